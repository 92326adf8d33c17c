package dev.lede.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.corpus.TermFrequencies;
import dev.lede.corpus.Corpus;
import dev.lede.corpus.Document;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invisible and formatting characters do not split or change terms; spans point into the original text. */
class InvisibleCharactersTest {

    /** "evil" eight ways, each with the span of the word in "a X b" (the invisibles inside it included). */
    static final String[] EVIL = {
        "evil",                 // plain
        "ev\u00ADil",           // soft hyphen
        "ev\u200Dil",           // zero-width joiner
        "ev\u200Bil",           // zero-width space
        "\uFEFFevil",           // byte-order mark before it
        "ev\u202Eil\u202C",     // right-to-left override inside, pop after
        "\u2067evil\u2069",     // bidi isolate around it
        "ｅｖｉｌ\uFE0F",        // full-width letters and a variation selector (NFKC)
    };

    @Test
    void evilWrittenEightWaysIsOneTerm() {
        StringBuilder all = new StringBuilder();
        List<String> spans = new ArrayList<>();
        for (String e : EVIL) {
            String text = "a " + e + " b";
            DocumentTokens t = Tokenizer.standard().tokenize(text);
            assertEquals(List.of("a", "evil", "b"), t.terms(), e);
            spans.add(t.start(1) + "-" + t.end(1));
            all.append(e).append(' ');
        }
        assertEquals(List.of("2-6", "2-7", "2-7", "2-7", "3-7", "2-7", "3-7", "2-6"), spans);
        TermFrequencies tf = Corpus.of(Document.of("all", all.toString())).tokens().frequencies();
        assertEquals(1, tf.size());
        assertEquals(8, tf.count("evil"));
        assertEquals(tf.entries(), TermFrequencies.of(Tokenizer.standard().tokenize(all.toString())).entries());
    }

    @Test
    void emojiKeepTheirJoinersAndVariationSelectors() {
        String text = "👨\u200D👩\u200D👧 ©\uFE0F 1\uFE0F\u20E3 ok\u200D";
        DocumentTokens t = Tokenizer.standard().tokenize(text);
        assertEquals(List.of("👨\u200D👩\u200D👧", "©\uFE0F", "1\uFE0F\u20E3", "ok"), t.terms());
        assertEquals(List.of(TokenType.EMOJI, TokenType.EMOJI, TokenType.EMOJI, TokenType.WORD),
                List.of(t.type(0), t.type(1), t.type(2), t.type(3)));
        assertEquals("ok", text.substring(t.start(3), t.end(3)));
    }

    @Test
    void stopwordEntriesAreFoldedLikeTerms() {
        Stopwords sw = Stopwords.of("ＴＨＥ", "stra\u00DFe", "ev\u00ADil");
        assertEquals(List.of("evil", "strasse", "the"), List.copyOf(sw.words()));
        assertEquals(List.of("kim"), Tokenizer.standard().tokenize("The Kim STRASSE e\u200Bvil").removeStopwords(sw).terms());
    }
}
