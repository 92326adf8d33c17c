package dev.lede.text;

import dev.lede.corpus.Corpus;
import dev.lede.corpus.Document;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StemmingTest {

    private static final Tokenizer STD = Tokenizer.standard();

    @Test
    void englishPorter2() {
        // hand-checked against the Porter2 rules: relations -> relation -> relate (step 2) -> relat (step 5)
        DocumentTokens t = STD.tokenize("relations relationship visited visits countries nation's generously don't 2024");
        DocumentTokens s = t.stem(Language.ENGLISH);
        assertEquals(List.of("relat", "relationship", "visit", "visit", "countri", "nation", "generous", "don't", "2024"),
                s.terms());
        // spans are those of the words
        assertEquals(t.start(2), s.start(2));
        assertEquals(t.end(2), s.end(2));
    }

    @Test
    void otherLanguages() {
        assertEquals(List.of("haus", "haus", "bezieh"), STD.tokenize("Häuser Häusern Beziehungen").stem(Language.GERMAN).terms());
        assertEquals(List.of("новост", "отношен", "росс"), STD.tokenize("новости отношения России").stem(Language.RUSSIAN).terms());
        assertEquals(List.of("relat", "présidentiel"), STD.tokenize("relations présidentielles").stem(Language.FRENCH).terms());
        assertEquals(List.of("relacion", "president"), STD.tokenize("relaciones presidentes").stem(Language.SPANISH).terms());
    }

    @Test
    void onlyWordsAreStemmed() {
        DocumentTokens t = STD.tokenize("visits 北朝鮮 😭 https://x.org/visits 1,000").stem(Language.ENGLISH);
        assertEquals(List.of("visit", "北朝鮮", "😭", "https://x.org/visits", "1,000"), t.terms());
    }

    @Test
    void noStemmerForCjk() {
        for (Language l : List.of(Language.CHINESE, Language.JAPANESE, Language.KOREAN)) {
            assertTrue(!l.hasStemmer());
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> STD.tokenize("x").stem(l));
            assertTrue(e.getMessage().contains(l.code()), e.getMessage());
        }
        Corpus c = Corpus.of(Document.of("a", "visits"));
        assertThrows(IllegalArgumentException.class, () -> c.tokens().stem(Language.KOREAN));
        assertEquals(List.of("visit"), c.tokens().stem(Language.ENGLISH).document(0).terms());
    }
}
