package dev.lede.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random input: strings mixing ASCII, letters of many scripts, CJK, emoji sequences,
 * combining marks, control characters, valid surrogate pairs and lone surrogates, URL and
 * apostrophe fragments. Every tokenizer configuration must run without an exception, and every
 * token must point at its text.
 */
public final class TokenizerFuzzTest {

    private static final long SEED = 20240619L;
    private static final int STRINGS = 3000;

    private static final String[] FRAGMENTS = {"http://", "https://", "www.", "’s", "'s", "-", "\u2010", "\u2011",
        "--", "don’t", "1,000", "19.06.2024", ".", ",", "\r\n", "\n\n", "  • ", "2. ", "Mr. ", "\u200D", "\uFE0F",
        "\u20E3", "🇰🇵", "👍🏽", "(", ")", "[", "]", "“", "”", "_", "İ", "ß", "Σ", "ς"};

    public static String randomText(Random r) {
        int n = r.nextInt(120);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            switch (r.nextInt(14)) {
                case 0, 1, 2 -> sb.append((char) (0x20 + r.nextInt(0x5F)));              // printable ASCII
                case 3 -> sb.append((char) r.nextInt(0x20));                             // C0 controls
                case 4 -> sb.append((char) (0x7F + r.nextInt(0x21)));                    // DEL, C1 controls
                case 5 -> sb.append((char) (0x0300 + r.nextInt(0x70)));                  // combining marks
                case 6 -> sb.append((char) (0xD800 + r.nextInt(0x800)));                 // lone surrogate
                case 7 -> sb.appendCodePoint(0x1F300 + r.nextInt(0x700));                // emoji (pairs)
                case 8 -> sb.appendCodePoint(0x20000 + r.nextInt(0x2000));               // CJK ext. B (pairs)
                case 9 -> sb.append((char) (0x3040 + r.nextInt(0xC0)));                  // kana
                case 10 -> sb.append((char) (0x4E00 + r.nextInt(0x400)));                // CJK
                case 11 -> sb.append((char) (0xAC00 + r.nextInt(0x400)));                // Hangul
                case 12 -> sb.append((char) r.nextInt(0x10000));                         // any BMP unit
                default -> sb.append(FRAGMENTS[r.nextInt(FRAGMENTS.length)]);
            }
        }
        return sb.toString();
    }

    private static final List<Tokenizer> TOKENIZERS = List.of(
            Tokenizer.standard(),
            Tokenizer.builder().splitHyphens(true).build(),
            Tokenizer.builder().lowerCase(false).build(),
            Tokenizer.builder().types(TokenType.WORD, TokenType.IDEOGRAPHIC).minLength(2).build(),
            Tokenizer.builder().exclude(TokenType.EMOJI, TokenType.URL).build());

    @Test
    void randomUnicodeNeverBreaksTheOffsetContract() {
        Random r = new Random(SEED);
        long tokens = 0;
        for (int k = 0; k < STRINGS; k++) {
            String text = randomText(r);
            for (Tokenizer tz : TOKENIZERS) {
                DocumentTokens t = tz.tokenize(text);
                assertEquals(t, tz.tokenize(text), "deterministic");
                int prevEnd = 0;
                for (int i = 0; i < t.size(); i++) {
                    int s = t.start(i);
                    int e = t.end(i);
                    String where = "string " + k + " token " + i + " " + tz + ": " + escape(text);
                    assertTrue(0 <= s && s < e && e <= text.length(), where);
                    assertTrue(s >= prevEnd, "tokens in order and not overlapping: " + where);
                    assertFalse(splitsPair(text, s) || splitsPair(text, e), "cuts a surrogate pair: " + where);
                    assertEquals(t.term(i), tz.normalise(text.substring(s, e), t.type(i)), where);
                    assertFalse(t.term(i).isEmpty(), where);
                    assertTrue(tz.types().contains(t.type(i)), where);
                    assertTrue(t.term(i).codePointCount(0, t.term(i).length()) >= tz.minLength(), where);
                    prevEnd = e;
                }
                tokens += t.size();
            }
        }
        assertTrue(tokens > 50_000, "the generator produces tokens: " + tokens);
    }

    @Test
    void randomUnicodeSentencesAndLaterSteps() {
        Random r = new Random(SEED + 1);
        for (int k = 0; k < STRINGS / 3; k++) {
            String text = randomText(r);
            List<Span> sentences = Sentences.split(text);
            int prevEnd = 0;
            for (Span s : sentences) {
                assertTrue(s.start() >= prevEnd && s.end() > s.start() && s.end() <= text.length(), escape(text));
                assertFalse(Character.isWhitespace(text.charAt(s.start())), escape(text));
                assertFalse(Character.isWhitespace(text.charAt(s.end() - 1)), escape(text));
                prevEnd = s.end();
            }
            DocumentTokens t = Tokenizer.standard().tokenize(text);
            for (DocumentTokens d : List.of(t.ngrams(2), t.ngrams(3, sentences),
                    t.compound(List.of("a b", "www x"), Tokenizer.standard()),
                    t.removeStopwords(Stopwords.of(Language.ENGLISH)), t.stem(Language.ENGLISH))) {
                for (int i = 0; i < d.size(); i++) {
                    assertTrue(0 <= d.start(i) && d.start(i) < d.end(i) && d.end(i) <= text.length(), escape(text));
                }
            }
        }
    }

    private static boolean splitsPair(String text, int at) {
        return at > 0 && at < text.length() && Character.isHighSurrogate(text.charAt(at - 1))
                && Character.isLowSurrogate(text.charAt(at));
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            sb.append(c >= 0x20 && c < 0x7F ? String.valueOf(c) : String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
        }
        return sb.toString();
    }
}
