package dev.lede.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.corpus.Corpus;
import dev.lede.corpus.Document;
import dev.lede.corpus.Metadata;
import dev.lede.corpus.TermFrequencies;
import dev.lede.corpus.Tokens;
import dev.lede.stats.Keyness;
import dev.lede.text.Language;
import dev.lede.text.Stopwords;
import dev.lede.vectors.DocumentTermMatrix;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import org.apache.spark.ml.linalg.SparseVector;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Counts, document frequencies, groups, keyness and TF-IDF on Spark {@code local[2]} against the
 * single-machine path: the seed corpus, a hand-checked corpus of three documents and a few
 * thousand generated documents in several partitions.
 */
class SparkEquivalenceTest {

    static final Path SEED = Path.of(System.getProperty("lede.data", "../data"), "putin-pyongyang-2024");
    static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = LedeSpark.local("local[2]", 4);
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void handCheckedCounts() {
        Corpus c = Corpus.of(Document.of("a", "The cat sat."), Document.of("b", "the CAT, the cat!"),
                Document.of("c", "Dog"));
        SparkTokens t = SparkCorpus.of(spark, c, 2).tokens().removeStopwords(Stopwords.of("the"));
        TermFrequencies f = t.frequencies();
        assertEquals(List.of("cat", "dog", "sat"), f.terms());
        assertEquals(3, f.count("cat"));
        assertEquals(2, f.documentFrequency("cat"));
        assertEquals(5, f.totalTokens());
        assertEquals(3, f.documents());
        assertEquals(6000.0, f.per10k("cat"), 0);
        DocumentTermMatrix m = t.matrix().toMatrix();
        // idf(cat) = ln(4/3) + 1, idf(sat) = ln(4/2) + 1; row a = (idf(cat), idf(sat)) / its length
        double cat = Math.log(4.0 / 3) + 1;
        double sat = Math.log(2) + 1;
        assertEquals(cat / Math.sqrt(cat * cat + sat * sat), m.get("a", "cat"), 1e-15);
        assertEquals(1.0, m.get("b", "cat"), 1e-15);
        assertEquals(1.0, m.get("c", "dog"), 1e-15);
    }

    @Test
    void seedCorpusEqualsSingleMachine() {
        Corpus seed = Corpus.load(SEED);
        SparkCorpus distributed = SparkCorpus.of(spark, seed, 3);
        // the tokenizer's own tokens (counted by the byte path on both sides)
        assertSameFrequencies(seed.tokens().frequencies(), distributed.tokens().frequencies());
        Tokens words = seed.tokens().removeStopwords(Stopwords.forLanguages());
        SparkTokens sparkWords = distributed.tokens().removeStopwords(Stopwords.forLanguages());
        TermFrequencies single = words.frequencies();
        assertSameFrequencies(single, sparkWords.frequencies());
        assertTrue(single.count("putin") > 10, "the seed corpus names Putin: " + single.count("putin"));

        SortedMap<String, TermFrequencies> groups = sparkWords.byGroup(Metadata.KIND);
        assertEquals(single.byGroup(Metadata.KIND).keySet(), groups.keySet());
        single.byGroup(Metadata.KIND).forEach((k, v) -> assertSameFrequencies(v, groups.get(k)));
        assertEquals(single.byGroupTable(Metadata.RELAYS, 5).toString(), sparkWords.byGroupTable(Metadata.RELAYS, 5).toString());

        Keyness expected = Keyness.groupVsRest(words, Metadata.RELAYS, "BBC");
        Keyness actual = sparkWords.groupVsRest(Metadata.RELAYS, "BBC");
        assertEquals(expected.terms(), actual.terms());
        assertEquals(expected.table().toString(), actual.table().toString());
        assertEquals(expected.targetTokens(), actual.targetTokens());

        assertSameMatrix(DocumentTermMatrix.of(words), sparkWords.matrix().toMatrix());
        DocumentTermMatrix.Options o = DocumentTermMatrix.Options.builder().sublinearTf(true).smoothIdf(false)
                .minDocumentFrequency(2).maxDocumentProportion(0.9).maxFeatures(300).build();
        assertSameMatrix(DocumentTermMatrix.of(words, o), sparkWords.matrix(o).toMatrix());
        assertSameMatrix(DocumentTermMatrix.of(seed.tokens(), DocumentTermMatrix.Options.counts()),
                distributed.tokens().matrix(DocumentTermMatrix.Options.counts()).toMatrix());
    }

    @Test
    void generatedCorpusInManyPartitionsEqualsSingleMachine() {
        Corpus c = generated(3000, 7);
        SparkCorpus distributed = SparkCorpus.of(spark, c, 7);
        assertEquals(7, distributed.partitions());
        Stopwords sw = Stopwords.of(Language.ENGLISH).with("lorem");
        Tokens words = c.tokens().removeStopwords(sw);
        SparkTokens sparkWords = distributed.tokens().removeStopwords(sw);
        assertSameFrequencies(c.tokens().frequencies(), distributed.tokens().frequencies());
        assertSameFrequencies(words.frequencies(), sparkWords.frequencies());
        TermFrequencies perLanguage = c.tokens().removeStopwords(Stopwords.forLanguages(Stopwords.none())).frequencies();
        assertSameFrequencies(perLanguage,
                distributed.tokens().removeStopwords(Stopwords.forLanguages(Stopwords.none())).frequencies());
        SortedMap<String, TermFrequencies> groups = sparkWords.byGroup("desk");
        assertEquals(words.frequencies().byGroup("desk").keySet(), groups.keySet());
        words.frequencies().byGroup("desk").forEach((k, v) -> assertSameFrequencies(v, groups.get(k)));
        Keyness expected = Keyness.groupVsRest(words, "desk", "politics");
        Keyness actual = sparkWords.groupVsRest("desk", "politics");
        assertEquals(expected.terms(), actual.terms());
        DocumentTermMatrix single = DocumentTermMatrix.of(words);
        SparkMatrix sm = sparkWords.matrix();
        assertSameMatrix(single, sm.toMatrix());
        // the sparse rows themselves, as Spark ML vectors, before collecting
        List<Row> rows = sm.rows().orderBy(SparkMatrix.INDEX).limit(50).collectAsList();
        for (Row r : rows) {
            SparseVector v = (SparseVector) r.get(2);
            int row = single.row(r.getString(1));
            assertEquals(List.of(box(single.rowColumns(row))), List.of(box(v.indices())));
            double[] w = single.rowWeights(row);
            for (int i = 0; i < w.length; i++) {
                assertEquals(w[i], v.values()[i], 1e-12);
            }
        }
        assertEquals(sm.terms(), single.terms());
    }

    @Test
    void keynessNeedsBothSides() {
        SparkTokens t = SparkCorpus.of(spark, generated(20, 3), 2).tokens();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> t.groupVsRest("desk", "no such desk"));
        assertEquals("the target selects 0 of 20 documents; keyness needs at least one document on each side",
                e.getMessage());
    }

    static Integer[] box(int[] a) {
        Integer[] out = new Integer[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i];
        }
        return out;
    }

    static void assertSameFrequencies(TermFrequencies expected, TermFrequencies actual) {
        assertEquals(expected.totalTokens(), actual.totalTokens(), "total tokens");
        assertEquals(expected.documents(), actual.documents(), "documents");
        assertEquals(expected.vocabularySize(), actual.vocabularySize(), "vocabulary");
        assertEquals(expected.entries(), actual.entries());
        assertEquals(expected.table().toString(), actual.table().toString());
    }

    static void assertSameMatrix(DocumentTermMatrix expected, DocumentTermMatrix actual) {
        assertEquals(expected.ids(), actual.ids());
        assertEquals(expected.terms(), actual.terms());
        assertEquals(expected.droppedTerms(), actual.droppedTerms());
        assertEquals(expected.nonZeros(), actual.nonZeros());
        for (int j = 0; j < expected.columns(); j++) {
            assertEquals(expected.documentFrequency(j), actual.documentFrequency(j));
            assertEquals(expected.idf(j), actual.idf(j), 1e-12);
        }
        for (int r = 0; r < expected.rows(); r++) {
            assertEquals(List.of(box(expected.rowColumns(r))), List.of(box(actual.rowColumns(r))), "row " + r);
            double[] e = expected.rowWeights(r);
            double[] a = actual.rowWeights(r);
            for (int i = 0; i < e.length; i++) {
                assertEquals(e[i], a[i], 1e-12, "row " + r);
            }
        }
        assertEquals(expected.vocabularyTable().toString(), actual.vocabularyTable().toString());
    }

    /**
     * Documents of random words: English with punctuation, numbers, hyphens, contractions, URLs,
     * emoji, accented and French words (elision) and Japanese sentences (segmented), in five desks.
     */
    static Corpus generated(int n, long seed) {
        Random r = new Random(seed);
        String[] words = {"the", "minister", "said", "summit", "Pyongyang", "Moscow", "lorem", "don't", "20-second",
            "1,000", "19.06.2024", "U.N.", "café", "naïve", "Kim's", "https://example.org/a?b=1", "😭", "and", "of",
            "Putin", "treaty", "ally", "sanctions", "wire", "AP", "Reuters", "x", "IT", "e-mail", "co-operation"};
        String[] french = {"l'accord", "d'Europe", "la", "Russie", "qu'il", "sommet", "Corée"};
        String[] japanese = {"プーチン大統領は北朝鮮を訪問した。", "金正恩総書記と会談した。", "ロシアと北朝鮮"};
        String[] desks = {"politics", "world", "business", "culture", ""};
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int kind = r.nextInt(20);
            String language = kind < 13 ? "en" : kind < 19 ? "fr" : "ja";
            StringBuilder b = new StringBuilder();
            int len = "ja".equals(language) ? r.nextInt(6) : r.nextInt(60);
            for (int k = 0; k < len; k++) {
                String w = switch (language) {
                    case "fr" -> french[r.nextInt(french.length)];
                    case "ja" -> japanese[r.nextInt(japanese.length)];
                    default -> words[r.nextInt(words.length)];
                };
                b.append(w).append(r.nextInt(8) == 0 ? ". " : " ");
            }
            String desk = desks[r.nextInt(desks.length)];
            docs.add(Document.of(String.format("g%05d", i), b.toString(),
                    Metadata.of(Map.of("desk", desk, Metadata.LANGUAGE, language))));
        }
        return Corpus.of(docs);
    }
}
