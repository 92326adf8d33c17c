package dev.lede;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.HierarchicalClustering.Linkage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class HierarchicalClusteringTest {

    // Hand-checkable: a-b at 1, c-d at 2, then {a,b}-{c,d}:
    // average (4+5+5+6)/4 = 5, complete 6, single 4.
    static final double[][] D = {
            {0, 1, 4, 5},
            {1, 0, 5, 6},
            {4, 5, 0, 2},
            {5, 6, 2, 0}};
    static final List<String> IDS = List.of("a", "b", "c", "d");

    @Test
    void handCheckedHeights() {
        DistanceMatrix d = DistanceMatrix.of(IDS, D);
        assertArrayEquals(new double[] {1, 2, 5}, HierarchicalClustering.of(d, Linkage.AVERAGE).heights(), 1e-6);
        assertArrayEquals(new double[] {1, 2, 6}, HierarchicalClustering.of(d, Linkage.COMPLETE).heights(), 1e-6);
        assertArrayEquals(new double[] {1, 2, 4}, HierarchicalClustering.of(d, Linkage.SINGLE).heights(), 1e-6);
    }

    @Test
    void cutsAndNumbering() {
        HierarchicalClustering h = HierarchicalClustering.of(DistanceMatrix.of(IDS, D), Linkage.AVERAGE);
        Clustering two = h.cut(2);
        assertArrayEquals(new int[] {1, 1, 2, 2}, two.assignments());
        assertArrayEquals(new int[] {2, 2}, two.sizes());
        assertEquals(List.of("c", "d"), two.members(2));
        assertArrayEquals(new int[] {1, 1, 2, 3}, h.cutAtHeight(1.5).assignments());
        assertArrayEquals(new int[] {1, 1, 2, 2}, h.cutAtHeight(2).assignments());
        assertArrayEquals(new int[] {1, 1, 1, 1}, h.cut(1).assignments());
        assertArrayEquals(new int[] {1, 2, 3, 4}, h.cut(4).assignments());
        // silhouette of a: a = 1, b = (4+5)/2 = 4.5 -> 1 - 1/4.5
        assertEquals(1 - 1 / 4.5, two.silhouettes()[0], 1e-12);
        assertTrue(Double.isNaN(h.cut(1).silhouette()));
        assertTrue(Double.isNaN(h.cut(4).silhouette()));
    }

    @Test
    void inputOrderDoesNotMatter() {
        DistanceMatrix d = DistanceMatrix.of(IDS, D);
        DistanceMatrix shuffled = d.reorder(List.of("d", "b", "c", "a"));
        Clustering x = HierarchicalClustering.of(d, Linkage.AVERAGE).cut(2);
        Clustering y = HierarchicalClustering.of(shuffled, Linkage.AVERAGE).cut(2);
        for (String id : IDS) {
            assertEquals(x.cluster(id), y.cluster(id), id);
        }
        assertEquals(x.toTable().print(), y.toTable().print());
        assertEquals(HierarchicalClustering.of(d, Linkage.WARD).dendrogram().toSvg(),
                HierarchicalClustering.of(shuffled, Linkage.WARD).dendrogram().toSvg());
    }

    @Test
    void badInput() {
        DistanceMatrix d = DistanceMatrix.of(IDS, D);
        HierarchicalClustering h = HierarchicalClustering.of(d, Linkage.AVERAGE);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> h.cut(5));
        assertTrue(e.getMessage().contains("4 documents into 5 clusters"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> h.cut(0));
        assertThrows(IllegalArgumentException.class, () -> h.cutAtHeight(-1));
        assertThrows(IllegalArgumentException.class,
                () -> HierarchicalClustering.of(DistanceMatrix.of(List.of("a"), new double[][] {{0}}), Linkage.AVERAGE));
        HierarchicalClustering two = HierarchicalClustering.of(
                DistanceMatrix.of(List.of("y", "x"), new double[][] {{0, 0.5}, {0.5, 0}}), Linkage.WARD);
        assertArrayEquals(new double[] {0.5}, two.heights(), 1e-7);
        assertArrayEquals(new int[] {2, 1}, two.cut(2).assignments());
        assertTrue(two.dendrogram().toSvg().contains(">x<"));
    }

    @Test
    void identicalDocumentsMergeAtZero() {
        double[][] z = {{0, 0, 3}, {0, 0, 3}, {3, 3, 0}};
        HierarchicalClustering h = HierarchicalClustering.of(DistanceMatrix.of(List.of("x", "y", "z"), z), Linkage.WARD);
        assertEquals(0, h.heights()[0], 0);
        assertArrayEquals(new int[] {1, 1, 2}, h.cut(2).assignments());
        // x, y: a = 0, b = 3, s = 1; z alone: s = 0; mean 2/3
        assertEquals(2.0 / 3, h.cut(2).silhouette(), 1e-12);
    }

    @Test
    void dendrogramEscapesLabels() {
        List<String> ids = List.of("<script>", "b&c", "d\"e", "f");
        String svg = HierarchicalClustering.of(DistanceMatrix.of(ids, D), Linkage.COMPLETE).dendrogram().toSvg();
        assertTrue(svg.contains("&lt;script&gt;"), svg);
        assertTrue(svg.contains("b&amp;c"));
        assertTrue(!svg.contains("<script>"));
        assertTrue(svg.startsWith("<?xml") || svg.startsWith("<svg"));
    }

    /** Random points in the plane: merge heights of every linkage against scipy's linkage. */
    @Test
    void heightsMatchScipy() {
        SplittableRandom r = new SplittableRandom(7);
        int n = 30;
        double[][] pts = new double[n][2];
        for (double[] p : pts) {
            p[0] = r.nextDouble();
            p[1] = r.nextDouble();
        }
        double[][] d = new double[n][n];
        List<String> ids = new ArrayList<>();
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < n; i++) {
            ids.add(String.format(Locale.ROOT, "p%02d", i));
            in.append(pts[i][0]).append(' ').append(pts[i][1]).append('\n');
            for (int j = 0; j < n; j++) {
                d[i][j] = Math.hypot(pts[i][0] - pts[j][0], pts[i][1] - pts[j][1]);
            }
        }
        String out = Python.run(String.join("\n",
                "import sys, numpy as np",
                "from scipy.cluster.hierarchy import linkage, fcluster",
                "from scipy.spatial.distance import pdist, squareform",
                "from sklearn.metrics import silhouette_score",
                "X = np.loadtxt(sys.stdin)",
                "D = pdist(X)",
                "for m in ['average', 'complete', 'single', 'ward']:",
                "    Z = linkage(D, method=m)",
                "    print(' '.join(repr(float(h)) for h in Z[:, 2]))",
                "    lab = fcluster(Z, 4, criterion='maxclust')",
                "    print(repr(float(silhouette_score(squareform(D), lab, metric='precomputed'))))"),
                in.toString());
        String[] lines = out.strip().split("\n");
        DistanceMatrix dm = DistanceMatrix.of(ids, d);
        Linkage[] ls = {Linkage.AVERAGE, Linkage.COMPLETE, Linkage.SINGLE, Linkage.WARD};
        for (int i = 0; i < ls.length; i++) {
            HierarchicalClustering h = HierarchicalClustering.of(dm, ls[i]);
            double[] expected = Python.doubles(lines[2 * i]);
            double[] actual = h.heights();
            Arrays.sort(actual);
            assertArrayEquals(expected, actual, 1e-5, ls[i].toString());
            assertEquals(Double.parseDouble(lines[2 * i + 1]), h.cut(4).silhouette(), 1e-6, ls[i] + " silhouette");
        }
    }

    @Test
    void onDocumentTermMatrixWithCharacteristicTerms() {
        List<String> ids = List.of("r1", "s1", "r2", "s2", "r3");
        List<List<String>> docs = List.of(
                List.of("rain", "cloud", "wet"), List.of("sun", "heat", "dry"), List.of("rain", "wet", "storm"),
                List.of("sun", "dry", "beach"), List.of("cloud", "rain", "grey"));
        DocumentTermMatrix m = DocumentTermMatrix.of(ids, docs, DocumentTermMatrix.Options.defaults());
        HierarchicalClustering h = HierarchicalClustering.of(m, Linkage.AVERAGE);
        assertEquals(List.of("r1", "r2", "r3", "s1", "s2"), h.distances().ids());
        Clustering c = h.cut(2);
        assertEquals(List.of("r1", "r2", "r3"), c.members(1));
        assertEquals(List.of("s1", "s2"), c.members(2));
        assertEquals("rain", c.terms(1).get(0));
        assertTrue(c.terms(2).containsAll(List.of("dry", "sun")), c.terms(2).toString());
        assertTrue(c.terms(1).stream().noneMatch(c.terms(2)::contains));
        // the distances are the cosine distances
        assertEquals(1 - Similarity.cosine(m).get("r1", "r2"), h.distances().distance("r1", "r2"), 1e-15);
        Clustering plain = HierarchicalClustering.of(Similarity.cosineDistances(m), Linkage.AVERAGE).cut(2);
        assertEquals(c.silhouette(), plain.silhouette(), 1e-15);
        assertEquals(List.of(), plain.terms(1));
        assertEquals(c.terms(1), plain.withTerms(m).terms(1));
        assertEquals(c.terms(2), plain.withTerms(m).terms(2));
    }

    @Test
    void rendersTablesAndDendrogram() {
        HierarchicalClustering h = HierarchicalClustering.of(
                DistanceMatrix.of(List.of("<a>", "b", "c", "d"), D), Linkage.AVERAGE);
        assertEquals(List.of(HierarchicalClustering.STEP, HierarchicalClustering.LEFT, HierarchicalClustering.RIGHT,
                HierarchicalClustering.HEIGHT, HierarchicalClustering.SIZE), h.mergesTable().columnNames());
        assertEquals(java.util.Set.of("#1", "#2"), java.util.Set.of(
                h.mergesTable().stringColumn(HierarchicalClustering.LEFT).get(2),
                h.mergesTable().stringColumn(HierarchicalClustering.RIGHT).get(2)));
        assertEquals(4, h.mergesTable().intColumn(HierarchicalClustering.SIZE).get(2));
        MimeBundle b = h.toMimeBundle();
        assertTrue(b.has(MimeBundle.IMAGE_SVG));
        assertTrue(!b.get(MimeBundle.TEXT_HTML).contains("<a>"));
        MimeBundle c = h.cut(2).toMimeBundle();
        assertTrue(c.get(MimeBundle.TEXT_HTML).contains("&lt;a&gt;"));
        assertTrue(c.get(MimeBundle.TEXT_PLAIN).contains("average linkage, cut into 2 clusters"));
        assertEquals(b, HierarchicalClustering.of(DistanceMatrix.of(List.of("<a>", "b", "c", "d"), D),
                Linkage.AVERAGE).toMimeBundle());
    }
}
