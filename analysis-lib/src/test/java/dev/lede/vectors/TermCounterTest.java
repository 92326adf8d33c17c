package dev.lede.vectors;

import dev.lede.corpus.Corpus;
import dev.lede.corpus.Document;
import dev.lede.corpus.TermFrequencies;
import dev.lede.text.TokenType;
import dev.lede.text.Tokenizer;
import dev.lede.text.TokenizerFuzzTest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TermCounter must give exactly what Tokenizer + TermFrequencies give: same terms in the same
 * order, same counts, document frequencies and totals, for every tokenizer option and any
 * number of threads.
 */
class TermCounterTest {

    private static final List<Tokenizer> TOKENIZERS = List.of(
            Tokenizer.standard(),
            Tokenizer.builder().splitHyphens(true).build(),
            Tokenizer.builder().lowerCase(false).build(),
            Tokenizer.builder().types(TokenType.WORD, TokenType.NUMBER).minLength(3).build(),
            Tokenizer.builder().exclude(TokenType.URL).build(),
            Tokenizer.builder().types(TokenType.URL).build());

    /** Fragments that exercise the ASCII fast path's rules and its hand-over to the Tokenizer. */
    private static final String[] FRAGMENTS = {"the", "The", "LORD", "Putin", "it's", "Putin's", "KIM'S", "a's",
        "'s", "s'", "countries'", "don't", "don’t", "Putin’s", "U.S.", "u.n", "a:b", "a.1", "1.a", "a;b", "1;2",
        "1,000", "1,000.50", "19.06.2024", "17:10", "3.5", "2nd", "a1", "1_2", "a_b", "_", "__", "_a", "x-y",
        "20-second", "2023-2024", "-5", "5- 19", "soon-to-be-former", "Kim-Putin's", "a--b", "x-", "-",
        "http://Www.BBC.com/News(x)).", "https://EXAMPLE.org/A/B?Q=Z#F", "www.", "www.1.com", "WWW.X.ORG",
        "http://", "https://a", "www.x.com/a_(b)]", "http://a.com/x'.", "http://[a]/b]", "HTTP://A.B*",
        "(", ")", "[", "]", "'", "\"", "<", ">", "*", "!", "?", ".", ",", ";", ":", "#", "@", "%", "/", "&",
        " ", " ", " ", "  ", "\t", "\n", "\r\n", "\u000B", "\f", "\u0001", "\u007F",
        "é", "café", "naïve", "’", "‐", "‑", "Путин", "Путина's", "김정은", "中国的", "東京タワー", "ไทย", "😭", "🇰🇵",
        "\u0301", "\u00A0", "\u200D", "\u3000", "ß", "İstanbul", "x\u0301y", "a\u00ADb"};

    static String asciiHeavyText(Random r) {
        int n = r.nextInt(60);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int k = r.nextInt(10);
            if (k < 6) {
                sb.append(FRAGMENTS[r.nextInt(FRAGMENTS.length)]);
            } else if (k < 8) {
                sb.append(' ');
            } else {
                sb.append((char) (0x20 + r.nextInt(0x5F)));
            }
        }
        return sb.toString();
    }

    private static void assertSame(TermFrequencies expected, TermFrequencies actual, String where) {
        assertEquals(expected.entries(), actual.entries(), where);
        assertEquals(expected.totalTokens(), actual.totalTokens(), where);
        assertEquals(expected.documents(), actual.documents(), where);
        assertEquals(expected.vocabularySize(), actual.vocabularySize(), where);
    }

    @Test
    void handCheckedCounts() {
        TermFrequencies tf = TermCounter.standard().count(
                "Putin's 20-second visit; the U.S. and Putin’s aides: 1,000 visits. https://BBC.com/News, www.x.org!");
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
            TermFrequencies expected = TermFrequencies.of(corpus.tokens(tz));
            for (int threads : new int[] {1, 2, 3}) {
                assertSame(expected, TermCounter.of(tz).withThreads(threads).count(corpus), tz + " threads " + threads);
            }
        }
        TermFrequencies all = TermCounter.standard().count(corpus);
        assertTrue(all.vocabularySize() > 500, "seed corpus vocabulary " + all.vocabularySize());
    }

    @Test
    void seededAsciiHeavyTextEqualsTokenizer() {
        Random r = new Random(20240619L);
        for (int k = 0; k < 4000; k++) {
            String text = asciiHeavyText(r);
            for (Tokenizer tz : TOKENIZERS) {
                assertSame(TermFrequencies.of(tz.tokenize(text)), TermCounter.of(tz).count(text),
                        tz + " on \"" + text + "\"");
            }
        }
    }

    @Test
    void seededUnicodeTextEqualsTokenizer() {
        Random r = new Random(20240620L);
        for (int k = 0; k < 1500; k++) {
            String text = TokenizerFuzzTest.randomText(r);
            for (Tokenizer tz : TOKENIZERS) {
                assertSame(TermFrequencies.of(tz.tokenize(text)), TermCounter.of(tz).count(text), tz + " string " + k);
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
        TermFrequencies expected = TermFrequencies.of(corpus.tokens(Tokenizer.standard()));
        for (int threads = 1; threads <= 5; threads++) {
            assertSame(expected, TermCounter.standard().withThreads(threads).count(corpus), "threads " + threads);
        }
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
        TermFrequencies expected = TermFrequencies.of(Corpus.of(lines).tokens(Tokenizer.standard()));
        for (int threads : new int[] {1, 2, 4}) {
            assertSame(expected, TermCounter.standard().withThreads(threads).countLines(file), "threads " + threads);
            for (int block : new int[] {16, 100, 1000}) {
                assertSame(expected, TermCounter.standard().withThreads(threads).countLines(file, block),
                        "threads " + threads + " block " + block);
            }
        }
        assertSame(expected, TermCounter.standard().countLines("lines", Files.readAllBytes(file)), "in memory");
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(file)), "input file unchanged");
    }

    private static void assertSameMatrix(DocumentTermMatrix expected, DocumentTermMatrix actual, String where) {
        assertEquals(expected.ids(), actual.ids(), where);
        assertEquals(expected.terms(), actual.terms(), where);
        assertEquals(expected.nonZeros(), actual.nonZeros(), where);
        for (int r = 0; r < expected.rows(); r++) {
            for (int c = 0; c < expected.columns(); c++) {
                assertEquals(expected.get(r, c), actual.get(r, c), 0.0, where + " cell " + r + "," + c);
            }
        }
    }

    @Test
    void documentTermMatrixEqualsTheOneFromTokens() {
        Corpus seed = Corpus.load(Path.of(System.getProperty("lede.data"), "putin-pyongyang-2024"));
        Random r = new Random(5);
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            docs.add(Document.of("r" + i, asciiHeavyText(r) + " " + TokenizerFuzzTest.randomText(r)));
        }
        for (Corpus corpus : List.of(seed, Corpus.of(docs))) {
            for (DocumentTermMatrix.Options o : List.of(DocumentTermMatrix.Options.defaults(),
                    DocumentTermMatrix.Options.counts(),
                    DocumentTermMatrix.Options.builder().sublinearTf(true).minDocumentFrequency(2).build(),
                    DocumentTermMatrix.Options.builder().weighting(DocumentTermMatrix.Weighting.BINARY)
                            .maxDocumentProportion(0.5).maxFeatures(40).build(),
                    DocumentTermMatrix.Options.builder().smoothIdf(false).maxFeatures(25).build())) {
                DocumentTermMatrix expected = DocumentTermMatrix.of(corpus.tokens(Tokenizer.standard()), o);
                List<String> terms = expected.terms();
                for (int j = 1; j < terms.size(); j++) { // sorted by String.compareTo, independently checked
                    assertTrue(terms.get(j - 1).compareTo(terms.get(j)) < 0, terms.get(j - 1) + " before " + terms.get(j));
                }
                for (int threads : new int[] {1, 3}) {
                    assertSameMatrix(expected, TermCounter.standard().withThreads(threads).documentTermMatrix(corpus, o),
                            corpus.size() + " documents, threads " + threads);
                }
            }
        }
    }

    @Test
    void badArguments(@TempDir Path dir) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TermCounter.standard().withThreads(0));
        assertTrue(e.getMessage().contains("threads 0"), e.getMessage());
        Path missing = dir.resolve("missing.txt");
        var io = assertThrows(java.io.UncheckedIOException.class, () -> TermCounter.standard().countLines(missing));
        assertTrue(io.getMessage().contains("missing.txt"), io.getMessage());
        assertThrows(IllegalStateException.class, () -> TermCounter.standard().count("a b").byDocument());
    }
}
