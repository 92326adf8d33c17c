package dev.lede.stats;

import dev.lede.corpus.Corpus;
import dev.lede.corpus.Document;
import dev.lede.corpus.Tokens;
import dev.lede.display.MimeBundle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class ConcordanceTest {

    // offsets:     0         1         2         3         4         5
    //              0123456789012345678901234567890123456789012345678901234567
    static final String A = "Putin’s visit to North Korea. Kim met Putin in North Korea";
    static final String B = "North\nKorea, first!";

    static Tokens tokens() {
        return Corpus.of(Document.of("a", A), Document.of("b", B)).tokens();
    }

    @Test
    void wordWithContextAndOffsets() {
        Concordance c = Concordance.of(tokens(), "Putin", 2);
        assertEquals(List.of("putin"), c.query());
        assertEquals(List.of(
                new Concordance.Line("a", 0, 0, 5, "", "Putin", "’s visit to"),
                new Concordance.Line("a", 7, 38, 43, "Kim met ", "Putin", " in North")), c.lines());
        for (Concordance.Line l : c.lines()) {
            assertEquals(l.keyword(), A.substring(l.start(), l.end()));
        }
    }

    @Test
    void phraseAcrossLineBreakAndPunctuation() {
        Concordance c = Concordance.of(tokens(), "north korea", 1);
        assertEquals(3, c.size());
        assertEquals(new Concordance.Line("a", 3, 17, 28, "to ", "North Korea", ". Kim"), c.lines().get(0));
        assertEquals(new Concordance.Line("a", 9, 47, 58, "in ", "North Korea", ""), c.lines().get(1));
        assertEquals(new Concordance.Line("b", 0, 0, 11, "", "North\nKorea", ", first"), c.lines().get(2));
        // the same via explicit terms
        assertEquals(c.lines(), Concordance.of(tokens(), List.of("north", "korea"), 1).lines());
        // no match: "korea north"
        assertEquals(0, Concordance.of(tokens(), "Korea North", 3).size());
    }

    @Test
    void zeroWindowAndBadInput() {
        Concordance c = Concordance.of(tokens(), "kim", 0);
        assertEquals(List.of(new Concordance.Line("a", 5, 30, 33, "", "Kim", "")), c.lines());
        assertThrows(IllegalArgumentException.class, () -> Concordance.of(tokens(), "kim", -1));
        assertThrows(IllegalArgumentException.class, () -> Concordance.of(tokens(), " ... ", 2));
        assertThrows(IllegalArgumentException.class, () -> Concordance.of(tokens(), List.of(), 2));
    }

    @Test
    void tableSchema() {
        Table t = Concordance.of(tokens(), "north korea", 1).table();
        assertEquals(List.of("document", "token", "start", "end", "left", "keyword", "right"), t.columnNames());
        assertEquals(List.of(Concordance.DOCUMENT, Concordance.TOKEN, Concordance.START, Concordance.END,
                Concordance.LEFT, Concordance.KEYWORD, Concordance.RIGHT), t.columnNames());
        assertEquals(List.of("a", "a", "b"), t.stringColumn(Concordance.DOCUMENT).asList());
        assertEquals(List.of(17, 47, 0), t.intColumn(Concordance.START).asList());
        assertEquals("North\nKorea", t.stringColumn(Concordance.KEYWORD).get(2));
    }

    @Test
    void alignedTextAndEscapedHtml() {
        Tokens t = Corpus.of(Document.of("x<1>", "a <b>&amp; Putin & c\nd")).tokens();
        Concordance c = Concordance.of(t, "putin", 2);
        assertEquals(List.of(new Concordance.Line("x<1>", 3, 11, 16, "b>&amp; ", "Putin", " & c\nd")), c.lines());
        String html = c.toHtml();
        assertTrue(html.contains("x&lt;1&gt;:11"), html);
        assertTrue(html.contains(">b&gt;&amp;amp;</td>"), html);
        assertTrue(html.contains("<b>Putin</b>"), html);
        assertTrue(html.contains(">&amp; c d</td>"), html);
        assertFalse(html.contains("<1>"));
        Concordance two = Concordance.of(tokens(), "putin", 2);
        assertEquals("Concordance of \u201cputin\u201d: 2 lines, 2 tokens of context\n"
                + "a:0\t        [Putin] ’s visit to\n"
                + "a:38\tKim met [Putin] in North\n", two.toText());
        assertEquals(two.toText(), two.toMimeBundle().get(MimeBundle.TEXT_PLAIN));
    }

    @Test
    void phraseAsMultiWordTerm() {
        Tokens compounded = tokens().compound(List.of("North Korea"));
        Concordance c = Concordance.of(compounded, "north korea", 1);
        assertEquals(List.of("north korea"), c.query());
        assertEquals(List.of(17, 47, 0), c.lines().stream().map(Concordance.Line::start).toList());
        assertEquals(List.of("North Korea", "North Korea", "North\nKorea"),
                c.lines().stream().map(Concordance.Line::keyword).toList());
    }
}
