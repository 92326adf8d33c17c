package dev.lede.vectors;

import dev.lede.corpus.Parallelism;

import dev.lede.testing.Python;

import dev.lede.vectors.DocumentTermMatrix.Options;

import dev.lede.display.MimeBundle;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class KMeansClusteringTest {

    /** Three topics with their own words ("a3", "b7", ...) plus shared words; ids "a07", "b02", ... */
    static List<List<String>> topics(List<String> ids, int perTopic, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<List<String>> docs = new ArrayList<>();
        for (String topic : List.of("a", "b", "c")) {
            for (int d = 0; d < perTopic; d++) {
                List<String> doc = new ArrayList<>();
                int len = 5 + r.nextInt(6);
                for (int i = 0; i < len; i++) {
                    doc.add(topic + r.nextInt(10));
                }
                doc.add("shared" + r.nextInt(3));
                docs.add(doc);
                ids.add(String.format(Locale.ROOT, "%s%02d", topic, d));
            }
        }
        return docs;
    }

    /**
     * Seeded documents ids "d0000", ...: each of a random topic, its words either shared ("w" and
     * a skewed number below {@code shared}, one in {@code sharedOneIn}) or the topic's own
     * ("t3_17", below {@code own}); the length bound is drawn again at each word, as
     * {@code minLength + nextInt(lengthRange)}.
     */
    static DocumentTermMatrix randomTopics(long seed, int documents, int topics, int minLength, int lengthRange,
                                           int sharedOneIn, int skew, int shared, int own) {
        SplittableRandom r = new SplittableRandom(seed);
        List<String> ids = new ArrayList<>();
        List<List<String>> docs = new ArrayList<>();
        for (int d = 0; d < documents; d++) {
            List<String> doc = new ArrayList<>();
            int topic = r.nextInt(topics);
            for (int i = 0; i < minLength + r.nextInt(lengthRange); i++) {
                doc.add(r.nextInt(sharedOneIn) == 0 ? "w" + (int) (Math.pow(r.nextDouble(), skew) * shared)
                        : "t" + topic + "_" + r.nextInt(own));
            }
            docs.add(doc);
            ids.add(String.format(Locale.ROOT, "d%04d", d));
        }
        return DocumentTermMatrix.of(ids, docs, Options.defaults());
    }

    @Test
    void recoversTopicsWithCharacteristicTerms() {
        List<String> ids = new ArrayList<>();
        List<List<String>> docs = topics(ids, 10, 1);
        DocumentTermMatrix m = DocumentTermMatrix.of(ids, docs, Options.defaults());
        KMeansClustering km = KMeansClustering.of(m, 3, 42);
        Clustering c = km.clustering();
        assertTrue(km.converged());
        assertArrayEquals(new int[] {10, 10, 10}, c.sizes());
        // numbered by smallest member id: a.. is 1, b.. is 2, c.. is 3
        for (int i = 0; i < ids.size(); i++) {
            assertEquals("abc".indexOf(ids.get(i).charAt(0)) + 1, c.assignments()[i], ids.get(i));
        }
        for (int k = 1; k <= 3; k++) {
            char topic = "abc".charAt(k - 1);
            assertEquals(Clustering.LABEL_TERMS, c.terms(k).size());
            assertTrue(c.terms(k).stream().allMatch(t -> t.charAt(0) == topic), c.terms(k).toString());
        }
        assertTrue(c.silhouette() > 0.3, "silhouette " + c.silhouette());
        assertEquals(List.of(Clustering.CLUSTER, Clustering.SIZE, Clustering.SILHOUETTE, Clustering.FIRST_DOCUMENT,
                Clustering.TERMS), c.clustersTable().columnNames());
        assertTrue(km.toMimeBundle().get(MimeBundle.TEXT_HTML).contains("spherical k-means"));
    }

    @Test
    void sameCorpusAndSeedGiveSameClustersWhateverTheOrder() {
        SplittableRandom r = new SplittableRandom(9);
        List<String> ids = new ArrayList<>();
        List<List<String>> docs = new ArrayList<>();
        for (int d = 0; d < 300; d++) {
            List<String> doc = new ArrayList<>();
            for (int i = 0; i < 3 + r.nextInt(10); i++) {
                doc.add("w" + (int) (Math.pow(r.nextDouble(), 2) * 200));
            }
            docs.add(doc);
            ids.add(String.format(Locale.ROOT, "doc%03d", d));
        }
        List<Integer> perm = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            perm.add(i);
        }
        Collections.shuffle(perm, new java.util.Random(4));
        List<String> ids2 = perm.stream().map(ids::get).toList();
        List<List<String>> docs2 = perm.stream().map(docs::get).toList();
        Clustering a = KMeansClustering.of(DocumentTermMatrix.of(ids, docs, Options.defaults()), 7, 123).clustering();
        Clustering b = KMeansClustering.of(DocumentTermMatrix.of(ids2, docs2, Options.defaults()), 7, 123)
                .clustering();
        for (String id : ids) {
            assertEquals(a.cluster(id), b.cluster(id), id);
        }
        assertEquals(a.toTable().print(), b.toTable().print());
        assertEquals(a.clustersTable().print(), b.clustersTable().print());
        assertEquals(a.toMimeBundle(), b.toMimeBundle());
        // another seed may differ, but is itself reproducible
        assertEquals(KMeansClustering.of(DocumentTermMatrix.of(ids, docs, Options.defaults()), 7, 5).clustering()
                        .toTable().print(),
                KMeansClustering.of(DocumentTermMatrix.of(ids, docs, Options.defaults()), 7, 5).clustering()
                        .toTable().print());
        assertEquals(300, java.util.Arrays.stream(a.sizes()).sum());
    }

    /** The parallel assignment and update give the same clusters on one thread as on several. */
    @Test
    void sameClustersWhateverTheThreadCount() throws Exception {
        DocumentTermMatrix m = randomTopics(17, 6000, 8, 3, 8, 2, 2, 400, 60);
        KMeansClustering a = KMeansClustering.of(m.withParallelism(Parallelism.of(1)), 12, 8);
        KMeansClustering b = KMeansClustering.of(m.withParallelism(Parallelism.of(3)), 12, 8);
        KMeansClustering c = KMeansClustering.of(m, 12, 8);
        assertArrayEquals(a.clustering().assignments(), b.clustering().assignments());
        assertArrayEquals(a.clustering().assignments(), c.clustering().assignments());
        assertEquals(a.meanCosine(), b.meanCosine(), 0.0);
        assertEquals(a.iterations(), c.iterations());
        assertTrue(a.iterations() > 2, "iterations " + a.iterations());
    }

    /** Silhouettes on cosine distance against sklearn.metrics.silhouette_samples(metric='cosine'). */
    @Test
    void silhouetteMatchesScikitLearn() {
        List<String> ids = new ArrayList<>();
        List<List<String>> docs = topics(ids, 12, 2);
        // blur the topics so that silhouettes vary
        docs.get(0).addAll(List.of("b1", "b2", "c3"));
        docs.get(15).addAll(List.of("a1", "a1", "c3"));
        DocumentTermMatrix m = DocumentTermMatrix.of(ids, docs, Options.builder().weighting(
                DocumentTermMatrix.Weighting.COUNT).build());
        Clustering c = KMeansClustering.of(m, 4, 7).clustering();
        StringBuilder in = new StringBuilder();
        int[] labels = c.assignments();
        for (int i = 0; i < docs.size(); i++) {
            in.append(labels[i]).append(' ').append(String.join(" ", docs.get(i))).append('\n');
        }
        String out = Python.run(String.join("\n",
                "import sys",
                "from sklearn.feature_extraction.text import CountVectorizer",
                "from sklearn.metrics import silhouette_samples, silhouette_score",
                "rows = [l.split() for l in sys.stdin.read().splitlines()]",
                "labels = [int(r[0]) for r in rows]",
                "X = CountVectorizer(analyzer=lambda d: d).fit_transform([r[1:] for r in rows])",
                "print(repr(float(silhouette_score(X, labels, metric='cosine'))))",
                "print(' '.join(repr(float(s)) for s in silhouette_samples(X, labels, metric='cosine')))"),
                in.toString());
        String[] lines = out.strip().split("\n");
        assertEquals(Double.parseDouble(lines[0]), c.silhouette(), 1e-9);
        assertArrayEquals(Python.doubles(lines[1]), c.silhouettes(), 1e-9);
    }

    @Test
    void badInput() {
        List<String> ids = List.of("x", "y", "z");
        DocumentTermMatrix m = DocumentTermMatrix.of(ids, List.of(List.of("a"), List.of("b"), List.of("c")),
                Options.defaults());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KMeansClustering.of(m, 4, 0));
        assertTrue(e.getMessage().contains("4 clusters of 3 documents"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> KMeansClustering.Options.builder().k(0));
        assertThrows(IllegalArgumentException.class, () -> KMeansClustering.Options.builder().build());

        DocumentTermMatrix withEmpty = DocumentTermMatrix.of(ids, List.of(List.of("a"), List.of(), List.of("c")),
                Options.defaults());
        e = assertThrows(IllegalArgumentException.class, () -> KMeansClustering.of(withEmpty, 2, 0));
        assertTrue(e.getMessage().contains("[y]") && e.getMessage().contains("withoutEmptyDocuments"),
                e.getMessage());
        assertEquals(2, KMeansClustering.of(withEmpty.withoutEmptyDocuments(), 2, 0).clustering().k());

        DocumentTermMatrix same = DocumentTermMatrix.of(List.of("p", "q", "r", "s"),
                List.of(List.of("a", "b"), List.of("b", "a"), List.of("a", "b"), List.of("c")), Options.defaults());
        e = assertThrows(IllegalArgumentException.class, () -> KMeansClustering.of(same, 3, 1));
        assertTrue(e.getMessage().contains("only 2 distinct"), e.getMessage());
        Clustering two = KMeansClustering.of(same, 2, 1).clustering();
        assertArrayEquals(new int[] {1, 1, 1, 2}, two.assignments());
        // k = 1 and k = n: silhouette undefined, NaN as documented
        assertTrue(Double.isNaN(KMeansClustering.of(m, 1, 0).clustering().silhouette()));
        Clustering each = KMeansClustering.of(m, 3, 0).clustering();
        assertArrayEquals(new int[] {1, 2, 3}, each.assignments());
        assertTrue(Double.isNaN(each.silhouette()));
    }

    /** ~15,000 short documents (the size of the fortunes benchmark) in 20 clusters, sparse throughout. */
    @Test
    void manyShortDocuments() {
        SplittableRandom r = new SplittableRandom(21);
        int n = 15_000;
        List<String> ids = new ArrayList<>(n);
        List<List<String>> docs = new ArrayList<>(n);
        for (int d = 0; d < n; d++) {
            List<String> doc = new ArrayList<>();
            int topic = r.nextInt(20);
            for (int i = 0; i < 4 + r.nextInt(12); i++) {
                doc.add(r.nextInt(3) == 0 ? "common" + r.nextInt(500) : "t" + topic + "_" + r.nextInt(300));
            }
            docs.add(doc);
            ids.add(String.format(Locale.ROOT, "f%05d", d));
        }
        KMeansClustering km = KMeansClustering.of(DocumentTermMatrix.of(ids, docs, Options.defaults()),
                KMeansClustering.Options.builder().k(20).seed(3).maxIterations(50).build());
        Clustering c = km.clustering();
        assertEquals(20, c.k());
        assertEquals(n, java.util.Arrays.stream(c.sizes()).sum());
        Set<String> firsts = new HashSet<>(c.clustersTable().stringColumn(Clustering.FIRST_DOCUMENT).asList());
        assertEquals(20, firsts.size());
        assertTrue(km.iterations() >= 1 && km.iterations() <= 50);
    }

    /**
     * Convergence, hand-checked: "a a" and "a" point the same way, as do "b b" and "b". k-means++
     * takes a second seed of the other direction (the same direction is at distance 0), pass 1
     * puts each document with its direction, pass 2 moves nothing: converged after 2 passes. With
     * maxIterations(1) the first pass is the last, not converged.
     */
    @Test
    void convergesWhenNoDocumentMoves() {
        DocumentTermMatrix m = DocumentTermMatrix.of(List.of("p1", "p2", "q1", "q2"),
                List.of(List.of("a", "a"), List.of("a"), List.of("b", "b"), List.of("b")), Options.defaults());
        for (long seed = 0; seed < 5; seed++) {
            KMeansClustering km = KMeansClustering.of(m, 2, seed);
            assertTrue(km.converged());
            assertEquals(2, km.iterations());
            assertArrayEquals(new int[] {1, 1, 2, 2}, km.clustering().assignments());
            assertEquals(1.0, km.meanCosine(), 1e-15);
            KMeansClustering once = KMeansClustering.of(m,
                    KMeansClustering.Options.builder().k(2).seed(seed).maxIterations(1).build());
            assertEquals(1, once.iterations());
            assertTrue(!once.converged());
            assertArrayEquals(new int[] {1, 1, 2, 2}, once.clustering().assignments());
        }
    }

    /**
     * A converged result is a fixed point of plain Lloyd iterations, checked from scratch: each
     * centroid summed again from its final members (dense, in double) and normalised, every
     * document's cosine to each computed directly; no document has a centroid strictly closer than
     * its own (beyond 1e-12, rounding), and the mean cosine is the mean of the own cosines. This
     * catches member sums kept wrong across the passes, which the comparison with recomputing all
     * cosines (same sums) cannot.
     */
    @Test
    void convergedClustersAreAFixedPointOfLloyd() {
        DocumentTermMatrix m = randomTopics(17, 2000, 5, 3, 15, 3, 3, 200, 30);
        int[] ptr = m.rowPointers();
        int[] cols = m.columnIndices();
        double[] vals = m.unitValues();
        int n = m.rows();
        int v = m.columns();
        for (int k : new int[] {4, 9, 16}) {
            KMeansClustering km = KMeansClustering.of(m, k, 3);
            assertTrue(km.converged(), "k = " + k);
            int[] label = km.clustering().assignments(); // 1-based, in row order
            double[][] centroid = new double[k][v];
            for (int i = 0; i < n; i++) {
                for (int p = ptr[i]; p < ptr[i + 1]; p++) {
                    centroid[label[i] - 1][cols[p]] += vals[p];
                }
            }
            for (double[] c : centroid) {
                double norm = 0;
                for (double x : c) {
                    norm += x * x;
                }
                for (int t = 0; t < v; t++) {
                    c[t] /= Math.sqrt(norm);
                }
            }
            double total = 0;
            for (int i = 0; i < n; i++) {
                double own = 0;
                double best = Double.NEGATIVE_INFINITY;
                for (int c = 0; c < k; c++) {
                    double cos = 0;
                    for (int p = ptr[i]; p < ptr[i + 1]; p++) {
                        cos += vals[p] * centroid[c][cols[p]];
                    }
                    if (c == label[i] - 1) {
                        own = cos;
                    }
                    best = Math.max(best, cos);
                }
                assertTrue(best - own <= 1e-12, "k = " + k + ", " + m.ids().get(i) + ": own " + own + ", best " + best);
                total += own;
            }
            assertEquals(total / n, km.meanCosine(), 1e-12, "k = " + k);
        }
    }

    /**
     * The kept cosines (only the clusters whose members changed are recomputed) give the same
     * result, bit for bit, as recomputing every cosine every pass (cache limit 0), on 1 and 3 threads.
     */
    @Test
    void keptCosinesGiveTheSameResultAsRecomputingAll() throws Exception {
        DocumentTermMatrix m = randomTopics(5, 3000, 6, 2, 12, 3, 3, 300, 40);
        int[] order = new int[m.rows()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i; // ids are already sorted
        }
        for (int k : new int[] {3, 7, 13, 20}) {
            SphericalKMeans.Result all = SphericalKMeans.fit(m.rowPointers(), m.columnIndices(),
                    m.unitValues(), m.columns(), order, k, 11, 100, 2, 0, Parallelism.of(1));
            for (Parallelism par : List.of(Parallelism.of(1), Parallelism.of(3))) {
                SphericalKMeans.Result kept = SphericalKMeans.fit(m.rowPointers(), m.columnIndices(),
                        m.unitValues(), m.columns(), order, k, 11, 100, 2, par);
                assertArrayEquals(all.cluster(), kept.cluster(), "k = " + k);
                assertEquals(all.iterations(), kept.iterations(), "k = " + k);
                assertEquals(all.converged(), kept.converged(), "k = " + k);
                assertEquals(Double.doubleToLongBits(all.meanCosine()), Double.doubleToLongBits(kept.meanCosine()),
                        "k = " + k);
            }
            assertTrue(all.iterations() > 3, "k = " + k + ": " + all.iterations() + " iterations");
        }
    }
}
