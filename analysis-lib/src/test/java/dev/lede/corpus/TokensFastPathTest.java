package dev.lede.corpus;

import static dev.lede.testing.RandomText.asciiHeavyText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.text.TokenType;
import dev.lede.text.Tokenizer;
import dev.lede.text.TokenizerFuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Tokens#frequencies()} of the tokenizer's own tokens reads the texts' bytes; it must give
 * exactly what counting the token objects gives: same terms in the same order, same counts,
 * document frequencies and totals, for every tokenizer option and any number of threads, with the
 * tokens still behind the result.
 */
class TokensFastPathTest {

    private static final List<Tokenizer> TOKENIZERS = List.of(
            Tokenizer.standard(),
            Tokenizer.builder().splitHyphens(true).build(),
            Tokenizer.builder().lowerCase(false).build(),
            Tokenizer.builder().types(TokenType.WORD, TokenType.NUMBER).minLength(3).build(),
            Tokenizer.builder().exclude(TokenType.URL).build(),
            Tokenizer.builder().types(TokenType.URL).build());

    private static void assertSame(TermFrequencies expected, TermFrequencies actual, String where) {
        assertEquals(expected.entries(), actual.entries(), where);
        assertEquals(expected.totalTokens(), actual.totalTokens(), where);
        assertEquals(expected.documents(), actual.documents(), where);
        assertEquals(expected.vocabularySize(), actual.vocabularySize(), where);
    }

    /** Counted from the token objects (the path every step after the tokenizer takes). */
    private static TermFrequencies fromObjects(Tokens t) {
        return TermFrequencies.of(t);
    }

    private static TermFrequencies fast(String text, Tokenizer tz) {
        Tokens t = Corpus.of(Document.of("t", text)).tokens(tz);
        assertTrue(t.isTokenizerOutput());
        return t.frequencies();
    }

    @Test
    void handCheckedCounts() {
        TermFrequencies tf = fast(
                "Putin's 20-second visit; the U.S. and Putin’s aides: 1,000 visits. https://BBC.com/News, www.x.org!",
                Tokenizer.standard());
        assertEquals(List.of("putin", "1,000", "20-second", "aides", "and", "https://bbc.com/News", "the", "u.s",
                "visit", "visits", "www.x.org"), tf.terms());
        assertEquals(2, tf.count("putin"));
        assertEquals(12, tf.totalTokens());
        assertEquals(1, tf.documents());
    }

    @Test
    void seedCorpusCountsEqualTokenizerCounts() {
        Corpus corpus = Corpus.load(Path.of(System.getProperty("lede.data"), "putin-pyongyang-2024"));
        for (Tokenizer tz : TOKENIZERS) {
            TermFrequencies expected = fromObjects(corpus.tokens(tz));
            for (int threads : new int[] {1, 2, 3}) {
                assertSame(expected, corpus.tokens(tz).withParallelism(Parallelism.of(threads)).frequencies(),
                        tz + " threads " + threads);
            }
        }
        TermFrequencies all = corpus.tokens().frequencies();
        assertTrue(all.vocabularySize() > 500, "seed corpus vocabulary " + all.vocabularySize());
    }

    @Test
    void seededAsciiHeavyTextEqualsTokenizer() {
        Random r = new Random(20240619L);
        for (int k = 0; k < 4000; k++) {
            String text = asciiHeavyText(r);
            for (Tokenizer tz : TOKENIZERS) {
                assertSame(TermFrequencies.of(tz.tokenize(text)), fast(text, tz), tz + " on \"" + text + "\"");
            }
        }
    }

    @Test
    void seededUnicodeTextEqualsTokenizer() {
        Random r = new Random(20240620L);
        for (int k = 0; k < 1500; k++) {
            String text = TokenizerFuzzTest.randomText(r);
            for (Tokenizer tz : TOKENIZERS) {
                assertSame(TermFrequencies.of(tz.tokenize(text)), fast(text, tz), tz + " string " + k);
            }
        }
    }

    /**
     * Seeded words of 1 to 20 characters in mixed case, with digits, '_', inner punctuation and
     * hyphens (lengths around 8 and 16 bytes, where the table's short-term lookup stops), now and
     * then an accented letter, CJK or an emoji.
     */
    static String mixedWords(Random r) {
        String chars = "AaBbEeHhSsTtWwZz0123456789_.:',;-";
        String[] odd = {"\u00e9", "\u00df", "\u4e2d\u6587", "\ud83d\ude00", "\u0301", "http://Ex.COM/A_b", "'s", "'S"};
        StringBuilder sb = new StringBuilder();
        for (int w = r.nextInt(40); w > 0; w--) {
            int len = 1 + r.nextInt(20);
            for (int i = 0; i < len; i++) {
                sb.append(r.nextInt(40) == 0 ? odd[r.nextInt(odd.length)] : String.valueOf(chars.charAt(
                        r.nextInt(r.nextInt(4) == 0 ? chars.length() : 16))));
            }
            sb.append(r.nextInt(6) == 0 ? "\t" : " ");
        }
        return sb.toString();
    }

    @Test
    void seededMixedCaseWordsEqualTokenizer() {
        Random r = new Random(20261207L);
        for (int k = 0; k < 3000; k++) {
            String text = mixedWords(r);
            for (Tokenizer tz : TOKENIZERS) {
                assertSame(TermFrequencies.of(tz.tokenize(text)), fast(text, tz), tz + " on \"" + text + "\"");
            }
        }
    }

    /**
     * Lines of mixed words in a file: blocks of only ASCII lines (checked once per block) and
     * blocks with other text counted as the Tokenizer counts each line.
     */
    @Test
    void linesOfMixedWordsEqualTokenizer(@TempDir Path dir) throws IOException {
        Random r = new Random(5);
        StringBuilder sb = new StringBuilder();
        List<Document> lines = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            String line = mixedWords(r);
            if (i % 300 < 200) { // long stretches of ASCII-only lines
                line = line.replaceAll("[^\\x00-\\x7f]", "x");
            }
            lines.add(Document.of("l" + i, line));
            sb.append(line).append('\n');
        }
        Path file = dir.resolve("mixed.txt");
        Files.writeString(file, sb, StandardCharsets.UTF_8);
        TermFrequencies expected = fromObjects(Corpus.of(lines).tokens(Tokenizer.standard()));
        for (int threads : new int[] {1, 2}) {
            Tokens t = Tokens.ofLines(file).withParallelism(Parallelism.of(threads));
            assertSame(expected, t.frequencies(), "threads " + threads);
            for (int block : new int[] {64, 4096}) {
                assertSame(expected, t.frequencies(block), "threads " + threads + " block " + block);
            }
        }
    }

    /**
     * Lines of an all-ASCII file counted in one pass: a token kept back for a hyphen join at the
     * end of a line belongs to that line, short letter runs (the 8-byte fast path) next to every
     * kind of ending, URL-like starts, possessives, '_' and digits.
     */
    @Test
    void asciiLinesInOnePassEqualTokenizer(@TempDir Path dir) throws IOException {
        Path hand = dir.resolve("hand.txt");
        Files.writeString(hand, "a-_\nb a-b\nThe the THE's\n", StandardCharsets.US_ASCII);
        TermFrequencies tf = Tokens.ofLines(hand).frequencies();
        assertEquals(List.of("the", "a", "a-b", "b"), tf.terms());
        assertEquals(3, tf.count("the"));
        assertEquals(1, tf.documentFrequency("the"));
        assertEquals(1, tf.documentFrequency("a"));
        assertEquals(6, tf.totalTokens());
        assertEquals(3, tf.documents());

        String[] parts = {"a-_", "x-", "-y", "Http", "http://A.b/C", "www", "www.x", "ht", "WW", "abcdefg", "abcdefgh",
            "ABCDEFGHIJKLMNOPQ", "abc.", "abc.d", "it's", "IT'S", "e:", "e:f", "1,000", "a_b", "_", "(word)", "\"q\"",
            "!", "\r", " ", " ", " ", "\t", ",", ";", "'", "-", "2nd", "a1", "Zz", "\n"};
        Random r = new Random(2026);
        for (int round = 0; round < 20; round++) {
            StringBuilder sb = new StringBuilder();
            for (int i = r.nextInt(400); i > 0; i--) {
                sb.append(parts[r.nextInt(parts.length)]);
            }
            Path file = dir.resolve("lines" + round + ".txt");
            Files.writeString(file, sb, StandardCharsets.US_ASCII);
            List<Document> lines = new ArrayList<>();
            String[] split = sb.toString().split("\n", -1);
            int n = sb.length() > 0 && sb.charAt(sb.length() - 1) == '\n' ? split.length - 1 : split.length;
            for (int i = 0; i < n; i++) {
                lines.add(Document.of("l" + i, split[i]));
            }
            TermFrequencies expected = fromObjects(Corpus.of(lines).tokens(Tokenizer.standard()));
            for (int threads : new int[] {1, 2}) {
                Tokens t = Tokens.ofLines(file).withParallelism(Parallelism.of(threads));
                assertSame(expected, t.frequencies(), "round " + round + " threads " + threads);
                for (int block : new int[] {16, 100}) {
                    assertSame(expected, t.frequencies(block), "round " + round + " block " + block);
                }
            }
        }
    }

    @Test
    void resultDoesNotDependOnThreads() {
        Random r = new Random(7);
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            docs.add(Document.of("d" + i, asciiHeavyText(r) + " " + TokenizerFuzzTest.randomText(r)));
        }
        Corpus corpus = Corpus.of(docs);
        TermFrequencies expected = fromObjects(corpus.tokens(Tokenizer.standard()));
        for (int threads = 1; threads <= 5; threads++) {
            assertSame(expected, corpus.tokens().withParallelism(Parallelism.of(threads)).frequencies(),
                    "threads " + threads);
        }
    }

    @Test
    void fastFrequenciesKeepTheirTokens() {
        Corpus corpus = Corpus.of(Document.of("a", "Putin met Kim. Putin left."),
                Document.of("b", "Kim stayed", Metadata.of(Map.of(Metadata.OUTLET, "KCNA"))));
        TermFrequencies fast = corpus.tokens().frequencies();
        TermFrequencies slow = fromObjects(corpus.tokens());
        assertEquals(List.of("a", "b"), List.copyOf(fast.byDocument().keySet()));
        assertSame(slow.byDocument().get("a"), fast.byDocument().get("a"), "document a");
        assertEquals(2, fast.byDocument().get("a").count("putin"));
        assertEquals(List.of("", "KCNA"), List.copyOf(fast.byGroup(Metadata.OUTLET).keySet()));
        assertEquals(1, fast.byGroup(Metadata.OUTLET).get("KCNA").count("kim"));
    }

    @Test
    void linesOfAFileAreDocuments(@TempDir Path dir) throws IOException {
        Random r = new Random(11);
        StringBuilder sb = new StringBuilder();
        List<Document> lines = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            String line = asciiHeavyText(r).replace('\n', ' ').replace('\r', ' ');
            lines.add(Document.of("l" + i, line));
            sb.append(line).append(i % 7 == 0 ? "\r\n" : "\n");
        }
        Path file = dir.resolve("lines.txt");
        Files.writeString(file, sb, StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(file);
        TermFrequencies expected = fromObjects(Corpus.of(lines).tokens(Tokenizer.standard()));
        for (int threads : new int[] {1, 2, 4}) {
            Tokens t = Tokens.ofLines(file).withParallelism(Parallelism.of(threads));
            assertSame(expected, t.frequencies(), "threads " + threads);
            for (int block : new int[] {16, 100, 1000}) {
                assertSame(expected, t.frequencies(block), "threads " + threads + " block " + block);
            }
        }
        // the documents, read when asked for: one per line, ids from "1", same counts from their objects
        Tokens t = Tokens.ofLines(file);
        assertEquals(500, t.size());
        assertEquals("1", t.corpus().document(0).id());
        assertEquals(lines.get(7).text(), t.corpus().document(7).text().replace("\r", ""));
        assertSame(expected, fromObjects(t), "from the documents");
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(file)), "input file unchanged");
    }

    @Test
    void badArguments(@TempDir Path dir) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Parallelism.of(0));
        assertTrue(e.getMessage().contains("threads 0"), e.getMessage());
        Path missing = dir.resolve("missing.txt");
        var io = assertThrows(IllegalArgumentException.class, () -> Tokens.ofLines(missing));
        assertTrue(io.getMessage().contains("missing.txt"), io.getMessage());
        IllegalStateException single = assertThrows(IllegalStateException.class,
                () -> TermFrequencies.of(Tokenizer.standard().tokenize("a b")).byDocument());
        assertTrue(single.getMessage().contains("single document"), single.getMessage());
    }
}
