package dev.lede.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.corpus.Corpus;
import dev.lede.corpus.Document;
import dev.lede.text.Tokenizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class TermPatternTest {

    @Test
    void wordsWildcardsAndRegex() {
        assertTrue(TermPattern.parse("pariah*").matches("pariahs"));
        assertTrue(TermPattern.parse("pariah*").matches("pariah"));
        assertFalse(TermPattern.parse("pariah*").matches("apariah"));
        assertTrue(TermPattern.parse("wom?n").matches("women"));
        assertFalse(TermPattern.parse("wom?n").matches("woman's"));
        assertTrue(TermPattern.parse("a.b*").matches("a.bc"));
        assertFalse(TermPattern.parse("a.b*").matches("axbc"));  // the dot is literal in a wildcard
        TermPattern re = TermPattern.parse("/sanction(s|ed)?/");
        assertEquals(TermPattern.Kind.REGEX, re.kind());
        assertTrue(re.matches("sanction") && re.matches("sanctions") && re.matches("sanctioned"));
        assertFalse(re.matches("sanctioning"));
        assertTrue(TermPattern.parse("Kim").matches("kim"));
        assertEquals("the regular expression '/(/' is not valid: Unclosed group near index 1 (Java regex syntax)",
                assertThrows(IllegalArgumentException.class, () -> TermPattern.parse("/(/")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> TermPattern.parse("/open"));
        assertEquals(List.of("north", "*"), TermPattern.phrase("North *", Tokenizer.standard()).stream()
                .map(TermPattern::source).toList());
        assertEquals(List.of("putin"), TermPattern.phrase("Putin’s", Tokenizer.standard()).stream()
                .map(TermPattern::source).toList());
    }

    static final String A = "Sanctions hit the pariah state. Officials sanctioned banks; new sanctions follow.";
    static final String B = "A pariah no more, after sanction relief.";

    @Test
    void concordanceWithPatternsSortedByContext() {
        var tokens = Corpus.of(Document.of("a", A), Document.of("b", B)).tokens();
        Concordance c = Concordance.matching(tokens, "/sanction(s|ed)?/", 1);
        assertEquals(List.of("Sanctions", "sanctioned", "sanctions", "sanction"),
                c.lines().stream().map(Concordance.Line::keyword).toList());
        // by the word to the right: banks, follow, hit, relief
        assertEquals(List.of("sanctioned", "sanctions", "Sanctions", "sanction"),
                c.sortedBy(Concordance.Sort.RIGHT).lines().stream().map(Concordance.Line::keyword).toList());
        // by the word to the left: after, new, officials; the line with no left context first
        assertEquals(List.of("Sanctions", "sanction", "sanctions", "sanctioned"),
                c.sortedBy(Concordance.Sort.LEFT).lines().stream().map(Concordance.Line::keyword).toList());
        assertEquals(List.of("sanction", "sanctioned", "Sanctions", "sanctions"),
                c.sortedBy(Concordance.Sort.KEYWORD).lines().stream().map(Concordance.Line::keyword).toList());
        Concordance p = Concordance.matching(tokens, "pariah* state", 0);
        assertEquals(List.of("pariah state"), p.lines().stream().map(Concordance.Line::keyword).toList());
        assertEquals(List.of("pariah*", "state"), p.query());
    }
}
