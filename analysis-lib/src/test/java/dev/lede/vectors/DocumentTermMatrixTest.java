package dev.lede.vectors;

import dev.lede.testing.Python;

import dev.lede.vectors.DocumentTermMatrix.Options;
import dev.lede.vectors.DocumentTermMatrix.Weighting;

import dev.lede.corpus.Corpus;
import dev.lede.corpus.Document;
import dev.lede.corpus.Tokens;
import dev.lede.text.Language;
import dev.lede.text.Stopwords;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class DocumentTermMatrixTest {

    static final List<String> IDS = List.of("d1", "d2", "d3");
    static final List<List<String>> DOCS = List.of(
            List.of("b", "a", "b"),
            List.of("b", "c"),
            List.of("c", "c", "c"));

    @Test
    void countsAndBinaryHandChecked() {
        DocumentTermMatrix m = DocumentTermMatrix.of(IDS, DOCS, Options.counts());
        assertEquals(List.of("a", "b", "c"), m.terms());
        assertEquals(2, m.get("d1", "b"), 0);
        assertEquals(1, m.get("d1", "a"), 0);
        assertEquals(0, m.get("d1", "c"), 0);
        assertEquals(3, m.get("d3", "c"), 0);
        assertEquals(0, m.get("d3", "zebra"), 0);
        assertEquals(5, m.nonZeros());
        assertEquals(2, m.documentFrequency(m.column("b")));
        assertTrue(Double.isNaN(m.idf(0)));
        DocumentTermMatrix b = DocumentTermMatrix.of(IDS, DOCS, Options.builder().weighting(Weighting.BINARY).build());
        assertEquals(1, b.get("d1", "b"), 0);
        assertEquals(1, b.get("d3", "c"), 0);
        Table t = m.toTable();
        assertEquals(List.of(DocumentTermMatrix.DOCUMENT, DocumentTermMatrix.TERM, DocumentTermMatrix.WEIGHT),
                t.columnNames());
        assertEquals("d1", t.stringColumn(DocumentTermMatrix.DOCUMENT).get(0));
        assertEquals("a", t.stringColumn(DocumentTermMatrix.TERM).get(0));
    }

    @Test
    void vocabularyInStringOrderAcrossPrefixesAndHighCharacters() {
        // the column sort compares a 7-character prefix key first: terms that tie on it, end
        // inside it, hold U+0000 or characters from U+01FF up must still follow String.compareTo
        List<String> terms = List.of("b", "a\u0000", "a", "\uFFFF", "\u0200x", "\u01FFz", "\u01FFa", "\u01FEz",
                "\u0201a", "abcdefgh", "abcdefg", "abcdefgi", "abcdefga", "\uD83D\uDE00", "\uE000", "ab\u0300", "ab");
        List<List<String>> docs = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            docs.add(List.of(terms.get(i), terms.get((i * 7 + 3) % terms.size())));
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            ids.add("d" + i);
        }
        List<String> sorted = new ArrayList<>(terms);
        sorted.sort(String::compareTo);
        assertEquals(sorted, DocumentTermMatrix.of(ids, docs, Options.counts()).terms());
    }

    @Test
    void tfidfHandChecked() {
        // n = 3; df(a) = 1, df(b) = 2, df(c) = 2
        // smooth idf: a = ln(4/2) + 1, b = c = ln(4/3) + 1
        DocumentTermMatrix raw = DocumentTermMatrix.of(IDS, DOCS,
                Options.builder().l2Normalize(false).build());
        double ia = Math.log(2) + 1;
        double ib = Math.log(4.0 / 3) + 1;
        assertEquals(ia, raw.idf(raw.column("a")), 1e-15);
        assertEquals(ib, raw.idf(raw.column("b")), 1e-15);
        assertEquals(2 * ib, raw.get("d1", "b"), 1e-15);
        assertEquals(3 * ib, raw.get("d3", "c"), 1e-15);
        // L2: d1 = (ia, 2 ib) / sqrt(ia^2 + 4 ib^2)
        DocumentTermMatrix l2 = DocumentTermMatrix.of(IDS, DOCS, Options.defaults());
        double norm = Math.sqrt(ia * ia + 4 * ib * ib);
        assertEquals(ia / norm, l2.get("d1", "a"), 1e-15);
        assertEquals(1, l2.get("d3", "c"), 1e-15);
        // unsmoothed: ln(3/1) + 1; sublinear: (1 + ln 2) idf(b)
        DocumentTermMatrix plain = DocumentTermMatrix.of(IDS, DOCS,
                Options.builder().smoothIdf(false).sublinearTf(true).l2Normalize(false).build());
        assertEquals(Math.log(3) + 1, plain.idf(plain.column("a")), 1e-15);
        assertEquals((1 + Math.log(2)) * (Math.log(1.5) + 1), plain.get("d1", "b"), 1e-15);
    }

    @Test
    void documentFrequencyLimits() {
        Options o = Options.builder().weighting(Weighting.COUNT).minDocumentFrequency(2).build();
        assertEquals(List.of("b", "c"), DocumentTermMatrix.of(IDS, DOCS, o).terms());
        assertEquals(1, DocumentTermMatrix.of(IDS, DOCS, o).droppedTerms());
        o = Options.builder().weighting(Weighting.COUNT).maxDocumentFrequency(1).build();
        assertEquals(List.of("a"), DocumentTermMatrix.of(IDS, DOCS, o).terms());
        // proportions of n = 3: max 0.5 -> df <= 1.5; min 0.5 -> df >= 1.5
        o = Options.builder().weighting(Weighting.COUNT).maxDocumentProportion(0.5).build();
        assertEquals(List.of("a"), DocumentTermMatrix.of(IDS, DOCS, o).terms());
        o = Options.builder().weighting(Weighting.COUNT).minDocumentProportion(0.5).build();
        assertEquals(List.of("b", "c"), DocumentTermMatrix.of(IDS, DOCS, o).terms());
        // corpus counts: c = 4, b = 3, a = 1
        o = Options.builder().weighting(Weighting.COUNT).maxFeatures(1).build();
        assertEquals(List.of("c"), DocumentTermMatrix.of(IDS, DOCS, o).terms());
        o = Options.builder().weighting(Weighting.COUNT).maxFeatures(2).build();
        assertEquals(List.of("b", "c"), DocumentTermMatrix.of(IDS, DOCS, o).terms());
    }

    @Test
    void fromTokensNgramsAndCompounds() {
        Corpus c = Corpus.of(Document.of("x", "North Korea and South Korea."),
                Document.of("y", "North Korea, again."));
        Tokens t = c.tokens();
        DocumentTermMatrix words = DocumentTermMatrix.of(t, Options.counts());
        assertEquals(2, words.get("x", "korea"), 0);
        assertEquals(List.of("x", "y"), words.ids());
        DocumentTermMatrix bigrams = DocumentTermMatrix.of(t.ngrams(2), Options.counts());
        String northKorea = t.ngrams(2).document(0).term(0);
        assertTrue(northKorea.startsWith("north") && northKorea.endsWith("korea"), northKorea);
        assertEquals(1, bigrams.get("x", northKorea), 0);
        assertEquals(1, bigrams.get("y", northKorea), 0);
        DocumentTermMatrix compounds = DocumentTermMatrix.of(t.compound(List.of("North Korea")), Options.counts());
        String joined = t.compound(List.of("North Korea")).document(1).term(0);
        assertEquals(1, compounds.get("x", joined), 0);
        assertEquals(1, compounds.get("y", joined), 0);
        assertEquals(0, compounds.get("y", "north"), 0);
    }

    @Test
    void inputOrderDoesNotChangeColumnsOrWeights() {
        DocumentTermMatrix a = DocumentTermMatrix.of(IDS, DOCS, Options.defaults());
        DocumentTermMatrix b = DocumentTermMatrix.of(List.of("d3", "d1", "d2"),
                List.of(DOCS.get(2), DOCS.get(0), DOCS.get(1)), Options.defaults());
        assertEquals(a.terms(), b.terms());
        for (String id : IDS) {
            for (String term : a.terms()) {
                assertEquals(a.get(id, term), b.get(id, term), 0, id + " " + term);
            }
        }
    }

    @Test
    void emptyDocumentsAndEmptyVocabulary() {
        DocumentTermMatrix m = DocumentTermMatrix.of(List.of("a", "empty", "b"),
                List.of(List.of("x"), List.of(), List.of("x", "y")), Options.defaults());
        assertEquals(0, m.rowSize(1));
        assertEquals(List.of("empty"), m.emptyDocuments());
        assertEquals(List.of("a", "b"), m.withoutEmptyDocuments().ids());
        // idf counts the empty document: n = 3, df(x) = 2
        assertEquals(Math.log(4.0 / 3) + 1, m.idf(m.column("x")), 1e-15);

        Corpus c = Corpus.of(Document.of("s1", "the and of"), Document.of("s2", "to be or not to be"));
        Tokens onlyStopwords = c.tokens().removeStopwords(Stopwords.of(Language.ENGLISH));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DocumentTermMatrix.of(onlyStopwords));
        assertTrue(e.getMessage().contains("empty vocabulary"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> DocumentTermMatrix.of(IDS, DOCS,
                Options.builder().minDocumentFrequency(4).build()));
        assertTrue(e.getMessage().contains("no terms remain"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Options.builder().maxDocumentProportion(1.5));
        assertThrows(IllegalArgumentException.class,
                () -> Options.builder().weighting(Weighting.COUNT).sublinearTf(true).build());
        assertThrows(IllegalArgumentException.class, () -> DocumentTermMatrix.of(List.of("a", "a"),
                List.of(List.of("x"), List.of("y")), Options.counts()));
    }

    /**
     * Against {@code TfidfVectorizer(analyzer=lambda d: d)} and {@code CountVectorizer} on the same
     * pre-tokenized random documents, for several settings.
     */
    @Test
    void matchesScikitLearn() {
        SplittableRandom r = new SplittableRandom(11);
        List<List<String>> docs = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        StringBuilder in = new StringBuilder();
        for (int d = 0; d < 40; d++) {
            List<String> doc = new ArrayList<>();
            int len = 1 + r.nextInt(25);
            for (int i = 0; i < len; i++) {
                // Zipf-like: small term numbers are common
                int t = (int) Math.floor(Math.pow(r.nextDouble(), 2.5) * 60);
                doc.add("t" + t);
            }
            docs.add(doc);
            ids.add(String.format(Locale.ROOT, "doc%02d", d));
            in.append(String.join(" ", doc)).append('\n');
        }
        String out = Python.run(String.join("\n",
                "import sys, numpy as np",
                "from sklearn.feature_extraction.text import TfidfVectorizer, CountVectorizer",
                "docs = [l.split() for l in sys.stdin.read().splitlines()]",
                "an = lambda d: d",
                "cases = [",
                "  TfidfVectorizer(analyzer=an),",
                "  TfidfVectorizer(analyzer=an, smooth_idf=False, sublinear_tf=True),",
                "  TfidfVectorizer(analyzer=an, norm=None, min_df=3, max_df=0.5),",
                "  CountVectorizer(analyzer=an, min_df=2, max_df=20),",
                "  CountVectorizer(analyzer=an, binary=True)]",
                "for v in cases:",
                "    X = v.fit_transform(docs).toarray()",
                "    print(' '.join(v.get_feature_names_out()))",
                "    print(' '.join(repr(float(x)) for x in X.ravel()))"),
                in.toString());
        String[] lines = out.strip().split("\n");
        Options[] cases = {
                Options.defaults(),
                Options.builder().smoothIdf(false).sublinearTf(true).build(),
                Options.builder().l2Normalize(false).minDocumentFrequency(3).maxDocumentProportion(0.5).build(),
                Options.builder().weighting(Weighting.COUNT).minDocumentFrequency(2).maxDocumentFrequency(20).build(),
                Options.builder().weighting(Weighting.BINARY).build()};
        for (int c = 0; c < cases.length; c++) {
            DocumentTermMatrix m = DocumentTermMatrix.of(ids, docs, cases[c]);
            assertEquals(Arrays.asList(lines[2 * c].split(" ")), m.terms(), "vocabulary of case " + c);
            double[] expected = Python.doubles(lines[2 * c + 1]);
            double[] actual = new double[m.rows() * m.columns()];
            for (int i = 0; i < m.rows(); i++) {
                for (int j = 0; j < m.columns(); j++) {
                    actual[i * m.columns() + j] = m.get(i, j);
                }
            }
            assertArrayEquals(expected, actual, 1e-12, "weights of case " + c + ": " + cases[c]);
        }
    }

    /** Enough documents to be counted in several blocks: counts equal a plain map count, in any order. */
    @Test
    void blockedCountingEqualsPlainCounting() {
        SplittableRandom r = new SplittableRandom(8);
        List<String> ids = new ArrayList<>();
        List<List<String>> docs = new ArrayList<>();
        for (int d = 0; d < 3000; d++) {
            List<String> doc = new ArrayList<>();
            for (int i = 0; i < r.nextInt(30); i++) {
                doc.add("w" + (int) (Math.pow(r.nextDouble(), 3) * 5000));
            }
            docs.add(doc);
            ids.add(String.format(Locale.ROOT, "d%04d", d));
        }
        DocumentTermMatrix m = DocumentTermMatrix.of(ids, docs, Options.counts());
        java.util.TreeSet<String> vocabulary = new java.util.TreeSet<>();
        docs.forEach(vocabulary::addAll);
        assertEquals(new ArrayList<>(vocabulary), m.terms());
        for (int d = 0; d < docs.size(); d += 7) {
            java.util.Map<String, Integer> c = new java.util.TreeMap<>();
            docs.get(d).forEach(t -> c.merge(t, 1, Integer::sum));
            assertEquals(c.size(), m.rowSize(d));
            for (var e : c.entrySet()) {
                assertEquals(e.getValue(), m.get(ids.get(d), e.getKey()), 0, ids.get(d) + " " + e.getKey());
            }
        }
        List<String> rids = new ArrayList<>(ids);
        List<List<String>> rdocs = new ArrayList<>(docs);
        java.util.Collections.reverse(rids);
        java.util.Collections.reverse(rdocs);
        DocumentTermMatrix tf = DocumentTermMatrix.of(ids, docs, Options.defaults());
        DocumentTermMatrix rtf = DocumentTermMatrix.of(rids, rdocs, Options.defaults());
        assertEquals(tf.terms(), rtf.terms());
        Table a = tf.toTable();
        Table b = rtf.select(ids).toTable();
        assertEquals(a.stringColumn(DocumentTermMatrix.TERM).asList(), b.stringColumn(DocumentTermMatrix.TERM).asList());
        assertArrayEquals(a.doubleColumn(DocumentTermMatrix.WEIGHT).asDoubleArray(),
                b.doubleColumn(DocumentTermMatrix.WEIGHT).asDoubleArray(), 0);
    }

    /** 100,000 short generated documents stay sparse: surefire runs with -Xmx2g. */
    @Test
    void hundredThousandShortDocumentsFitInTwoGigabytes() {
        int n = 100_000;
        SplittableRandom r = new SplittableRandom(3);
        List<Document> docs = new ArrayList<>(n);
        StringBuilder b = new StringBuilder();
        for (int d = 0; d < n; d++) {
            b.setLength(0);
            int len = 8 + r.nextInt(25);
            for (int i = 0; i < len; i++) {
                int t = (int) Math.floor(Math.pow(r.nextDouble(), 3) * 50_000);
                b.append(i == 0 ? "" : " ").append("w").append(Integer.toString(t, 36));
            }
            docs.add(Document.of(String.format(Locale.ROOT, "g%06d", d), b.toString()));
        }
        Tokens tokens = Corpus.of(docs).tokens();
        DocumentTermMatrix m = DocumentTermMatrix.of(tokens, Options.builder().minDocumentFrequency(2).build());
        assertEquals(n, m.rows());
        assertTrue(m.columns() > 10_000 && m.columns() <= 50_000, m.toString());
        assertTrue(m.nonZeros() > 1_000_000, m.toString());
        long max = Runtime.getRuntime().maxMemory();
        assertTrue(max <= 2L * 1024 * 1024 * 1024 + (64L << 20), "test must run with -Xmx2g, has " + max);
        // a row's weights are unit length
        double s = 0;
        for (int j = 0; j < m.columns(); j++) {
            s += m.get(n - 1, j) * m.get(n - 1, j);
        }
        assertEquals(1, s, 1e-12);
    }
}
