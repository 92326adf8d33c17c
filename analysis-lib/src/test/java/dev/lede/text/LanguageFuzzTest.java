package dev.lede.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random Unicode (TokenizerFuzzTest's generator, plus invisibles, elisions and CJK names) through
 * every language's rules: spans in order, inside the text, not cutting surrogate pairs, not empty,
 * and the same result twice; outside rule 7's dictionary forms each term is the normalised span.
 */
class LanguageFuzzTest {

    private static final String[] EXTRA = {"\u00AD", "\u200B", "\uFEFF", "\u202E", "\u2066", "l'", "qu’", "d'",
        "普京", "金正恩", "プーチン", "푸틴은", "했다", "語った", "ＮＡＴＯ", "ｶﾀｶﾅ", "19日"};

    @Test
    void everyLanguageKeepsTheOffsetContract() {
        Random r = new Random(17);
        long tokens = 0;
        List<Language> languages = List.of(Language.CHINESE, Language.JAPANESE, Language.KOREAN, Language.FRENCH,
                Language.ITALIAN, Language.CATALAN, Language.GERMAN);
        Tokenizer tz = Tokenizer.standard();
        for (int k = 0; k < 400; k++) {
            StringBuilder sb = new StringBuilder(TokenizerFuzzTest.randomText(r));
            for (int j = r.nextInt(6); j > 0; j--) {
                sb.insert(r.nextInt(sb.length() + 1), EXTRA[r.nextInt(EXTRA.length)]);
            }
            String text = sb.toString();
            for (Language l : languages) {
                DocumentTokens t = tz.tokenize(text, l);
                assertEquals(t, tz.tokenize(text, l), "deterministic");
                int prevEnd = 0;
                for (int i = 0; i < t.size(); i++) {
                    String where = l + " string " + k + " token " + i + ": " + text;
                    int s = t.start(i);
                    int e = t.end(i);
                    assertTrue(0 <= s && s < e && e <= text.length() && s >= prevEnd, where);
                    assertFalse(s > 0 && Character.isHighSurrogate(text.charAt(s - 1)) && Character.isLowSurrogate(text.charAt(s)), where);
                    assertFalse(t.term(i).isEmpty(), where);
                    if (l != Language.JAPANESE && l != Language.KOREAN) {
                        assertEquals(tz.normalise(text.substring(s, e), t.type(i)), t.term(i), where);
                    }
                    prevEnd = e;
                }
                tokens += t.size();
            }
        }
        assertTrue(tokens > 20_000, "the generator produces tokens: " + tokens);
    }
}
