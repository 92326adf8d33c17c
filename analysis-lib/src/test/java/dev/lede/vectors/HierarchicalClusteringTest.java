package dev.lede.vectors;

import dev.lede.testing.SeedTexts;

import dev.lede.testing.Python;

import dev.lede.vectors.HierarchicalClustering.Linkage;

import dev.lede.corpus.Corpus;
import dev.lede.display.MimeBundle;
import dev.lede.families.StoryFamilies;
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
        assertArrayEquals(new double[] {1, 2, 5}, HierarchicalClustering.of(d, Linkage.AVERAGE).heights(), 0);
        assertArrayEquals(new double[] {1, 2, 6}, HierarchicalClustering.of(d, Linkage.COMPLETE).heights(), 0);
        assertArrayEquals(new double[] {1, 2, 4}, HierarchicalClustering.of(d, Linkage.SINGLE).heights(), 0);
        // Ward by Lance-Williams: after {a,b} at 1, d({a,b},c)^2 = (2*16 + 2*25 - 1)/3 = 27 and
        // d({a,b},d)^2 = (2*25 + 2*36 - 1)/3 = 121/3; {c,d} at 2; then
        // d^2 = (3*27 + 3*121/3 - 2*4)/4 = 48.5
        assertArrayEquals(new double[] {1, 2, Math.sqrt(48.5)}, HierarchicalClustering.of(d, Linkage.WARD).heights(),
                1e-12);
        for (Linkage l : Linkage.values()) {
            int[][] m = HierarchicalClustering.of(d, l).merges();
            assertArrayEquals(new int[][] {{0, 1}, {2, 3}, {4, 5}}, m, l.toString());
        }
    }

    /**
     * All distances equal: scipy's tie rules give a chain, each document joining the cluster made
     * last ({@code linkage([1.0] * 6, m)} is [[0, 1], [2, 4], [3, 5]] for all four methods).
     */
    @Test
    void tiesAreBrokenAsScipyBreaksThem() {
        double[][] ones = {{0, 1, 1, 1}, {1, 0, 1, 1}, {1, 1, 0, 1}, {1, 1, 1, 0}};
        for (Linkage l : Linkage.values()) {
            HierarchicalClustering h = HierarchicalClustering.of(DistanceMatrix.of(IDS, ones), l);
            assertArrayEquals(new int[][] {{0, 1}, {2, 4}, {3, 5}}, h.merges(), l.toString());
            assertArrayEquals(new double[] {1, 1, 1}, h.heights(), l == Linkage.WARD ? 1e-15 : 0, l.toString());
            assertArrayEquals(new int[] {1, 1, 2, 3}, h.cut(3).assignments(), l.toString());
            assertArrayEquals(new int[] {1, 1, 1, 2}, h.cut(2).assignments(), l.toString());
        }
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
        assertArrayEquals(new double[] {0.5}, two.heights(), 0);
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

    /** Random points in the plane: merge heights and silhouettes of every linkage against scipy's. */
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
            assertArrayEquals(Python.doubles(lines[2 * i]), h.heights(), 1e-12, ls[i].toString());
            assertEquals(Double.parseDouble(lines[2 * i + 1]), h.cut(4).silhouette(), 1e-12, ls[i] + " silhouette");
        }
    }

    /** Random points in 3-D: the whole tree and every cut against scipy. */
    @Test
    void treeMatchesScipyOnRandomPoints() {
        SplittableRandom r = new SplittableRandom(11);
        int n = 150;
        double[][] pts = new double[n][3];
        for (double[] p : pts) {
            for (int c = 0; c < 3; c++) {
                p[c] = r.nextDouble();
            }
        }
        assertSameTreeAsScipy(euclidean(pts), 1e-12);
    }

    /**
     * The nearest-neighbour chain on the full matrix (rows in the caller's order) and on the
     * permuted condensed copy (used when the full matrix does not fit in the heap): the same tree,
     * bit for bit, on tied integer distances and on random ones, in shuffled orders.
     */
    @Test
    void fullAndCondensedMatricesGiveTheSameTree() {
        for (long seed : new long[] {1, 2, 3}) {
            SplittableRandom r = new SplittableRandom(seed);
            int n = 200 + r.nextInt(100);
            double[] c = new double[n * (n - 1) / 2];
            for (int k = 0; k < c.length; k++) {
                c[k] = seed == 1 ? 1 + r.nextInt(4) : r.nextDouble();
            }
            List<Integer> perm = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                perm.add(i);
            }
            java.util.Collections.shuffle(perm, new java.util.Random(seed));
            int[] shuffled = perm.stream().mapToInt(Integer::intValue).toArray();
            int[] identity = java.util.stream.IntStream.range(0, n).toArray();
            for (Linkage l : new Linkage[] {Linkage.AVERAGE, Linkage.COMPLETE, Linkage.WARD}) {
                for (int[] order : new int[][] {identity, shuffled}) {
                    Linkages.Tree full = Linkages.of(c, n, order, l, true);
                    Linkages.Tree condensed = Linkages.of(c, n, order, l, false);
                    String what = l + ", seed " + seed + (order == identity ? "" : ", shuffled");
                    assertArrayEquals(condensed.merges(), full.merges(), what);
                    assertArrayEquals(condensed.heights(), full.heights(), 0, what);
                }
            }
        }
    }

    /**
     * Average linkage (the benchmark's) on 1,500 points in 4-D with coordinates in tenths (tied
     * distances): every merge as scipy's, heights within 1e-12.
     */
    @Test
    void averageLinkageMatchesScipyOnFifteenHundredPoints() {
        SplittableRandom r = new SplittableRandom(17);
        int n = 1500;
        double[][] pts = new double[n][4];
        for (double[] p : pts) {
            for (int c = 0; c < 4; c++) {
                p[c] = r.nextInt(10) / 10.0;
            }
        }
        DistanceMatrix input = euclidean(pts);
        List<String> sorted = new ArrayList<>(input.ids());
        sorted.sort(null); // the tree's rows are in id order ("p1000" before "p101")
        DistanceMatrix d = input.reorder(sorted);
        StringBuilder in = new StringBuilder();
        for (double v : d.toCondensed()) {
            in.append(v).append('\n');
        }
        String out = Python.run(String.join("\n",
                "import sys, numpy as np",
                "from scipy.cluster.hierarchy import linkage",
                "Z = linkage(np.loadtxt(sys.stdin), method='average')",
                "print(' '.join(str(int(v)) for v in Z[:, :2].ravel()))",
                "print(' '.join(repr(float(h)) for h in Z[:, 2]))"), in.toString());
        String[] lines = out.strip().split("\n");
        HierarchicalClustering h = HierarchicalClustering.of(d, Linkage.AVERAGE);
        double[] pairs = Python.doubles(lines[0]);
        int[][] merges = h.merges();
        for (int s = 0; s < n - 1; s++) {
            assertArrayEquals(new int[] {(int) pairs[2 * s], (int) pairs[2 * s + 1]}, merges[s], "merge " + s);
        }
        assertArrayEquals(Python.doubles(lines[1]), h.heights(), 1e-12);
    }

    /** Integer distances 1..4: many ties, which scipy's nn-chain and spanning tree resolve by index. */
    @Test
    void treeMatchesScipyOnTiedIntegerDistances() {
        for (long seed : new long[] {3, 5}) {
            SplittableRandom r = new SplittableRandom(seed);
            int n = 40;
            double[][] d = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    d[i][j] = d[j][i] = 1 + r.nextInt(4);
                }
            }
            assertSameTreeAsScipy(DistanceMatrix.of(ids(n), d), 1e-12);
        }
    }

    /** Points on a 3 x 3 x 3 grid, some of them repeated: ties and zero distances. */
    @Test
    void treeMatchesScipyOnGridPointsWithDuplicates() {
        SplittableRandom r = new SplittableRandom(13);
        double[][] pts = new double[45][3];
        for (double[] p : pts) {
            for (int c = 0; c < 3; c++) {
                p[c] = r.nextInt(3);
            }
        }
        assertSameTreeAsScipy(euclidean(pts), 1e-12);
    }

    /**
     * The seed corpus (texts and reader comments): TF-IDF cosine distances, and the story-family
     * distances notebook 03 clusters; scipy's tree, and sklearn's AgglomerativeClustering cuts.
     */
    @Test
    void treeMatchesScipyOnTheSeedCorpus() {
        Corpus seed = Corpus.load(SeedTexts.folder());
        DocumentTermMatrix m = DocumentTermMatrix.of(seed.tokens());
        assertTrue(m.rows() >= 15, "seed corpus rows " + m.rows());
        assertSameTreeAsScipy(Similarity.cosineDistances(m), 1e-12);
        assertSameTreeAsScipy(StoryFamilies.of(seed).distances(0.5), 1e-12);
    }

    private static List<String> ids(int n) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(String.format(Locale.ROOT, "p%03d", i));
        }
        return ids;
    }

    private static DistanceMatrix euclidean(double[][] pts) {
        int n = pts.length;
        double[] condensed = new double[n * (n - 1) / 2];
        int k = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double s = 0;
                for (int c = 0; c < pts[i].length; c++) {
                    s += (pts[i][c] - pts[j][c]) * (pts[i][c] - pts[j][c]);
                }
                condensed[k++] = Math.sqrt(s);
            }
        }
        return DistanceMatrix.ofCondensed(ids(n), condensed);
    }

    /**
     * For each linkage: the same merge pairs as {@code scipy.cluster.hierarchy.linkage} on the
     * same condensed distances (rows in id order), heights within {@code tolerance}, the same
     * partitions as {@code cut_tree} for every k and as {@code fcluster(criterion='distance')} at
     * every merge height, and for average and complete linkage the same partitions as sklearn's
     * {@code AgglomerativeClustering(k, metric='precomputed')} (the benchmark's peer) for k = 2..6.
     */
    private static void assertSameTreeAsScipy(DistanceMatrix input, double tolerance) {
        List<String> sortedIds = new ArrayList<>(input.ids());
        sortedIds.sort(null);
        DistanceMatrix dm = input.reorder(sortedIds);
        int n = dm.size();
        StringBuilder in = new StringBuilder();
        for (double v : dm.toCondensed()) {
            in.append(v).append('\n');
        }
        String out = Python.run(String.join("\n",
                "import sys, numpy as np",
                "from scipy.cluster.hierarchy import linkage, cut_tree, fcluster",
                "from scipy.spatial.distance import squareform",
                "from sklearn.cluster import AgglomerativeClustering",
                "y = np.loadtxt(sys.stdin, ndmin=1)",
                "n = " + n,
                "for m in ['average', 'complete', 'single', 'ward']:",
                "    Z = linkage(y, method=m)",
                "    print(' '.join(str(int(v)) for v in Z[:, :2].ravel()))",
                "    print(' '.join(repr(float(h)) for h in Z[:, 2]))",
                // cut_tree orders equal heights its own way (by a breadth-first walk): only
                // without tied heights is it the state after n - k merges of Z
                "    C = cut_tree(Z) if len(set(Z[:, 2])) == n - 1 else None",
                "    for k in range(1, n + 1):",
                "        if C is None:",
                "            print('-')",
                "        else:",
                "            print(' '.join(str(int(v)) for v in C[:, n - k]))",
                "    for h in Z[:, 2]:",
                "        print(' '.join(str(int(v)) for v in fcluster(Z, h, criterion='distance')))",
                "    for k in range(2, 7):",
                "        if m != 'ward':",
                "            a = AgglomerativeClustering(n_clusters=k, metric='precomputed', linkage=m)",
                "            print(' '.join(str(int(v)) for v in a.fit(squareform(y)).labels_))"),
                in.toString());
        String[] lines = out.strip().split("\n");
        int at = 0;
        for (Linkage l : new Linkage[] {Linkage.AVERAGE, Linkage.COMPLETE, Linkage.SINGLE, Linkage.WARD}) {
            HierarchicalClustering h = HierarchicalClustering.of(input, l);
            String what = l + " on " + n + " documents";
            // the same tree from the rows in another order
            List<String> shuffled = new ArrayList<>(input.ids());
            java.util.Collections.shuffle(shuffled, new java.util.Random(n));
            HierarchicalClustering other = HierarchicalClustering.of(input.reorder(shuffled), l);
            assertArrayEquals(h.merges(), other.merges(), what + ", shuffled");
            assertArrayEquals(h.heights(), other.heights(), 0, what + ", shuffled");
            assertEquals(dm, other.distances());
            double[] pairs = Python.doubles(lines[at++]);
            int[][] merges = h.merges();
            for (int s = 0; s < n - 1; s++) {
                assertArrayEquals(new int[] {(int) pairs[2 * s], (int) pairs[2 * s + 1]}, merges[s],
                        what + ", merge " + s);
            }
            double[] heights = Python.doubles(lines[at++]);
            assertArrayEquals(heights, h.heights(), tolerance, what + " heights");
            for (int k = 1; k <= n; k++) {
                String line = lines[at++];
                if (!line.equals("-")) {
                    assertSamePartition(line, h.cut(k), sortedIds, what + ", cut into " + k);
                }
            }
            for (double height : heights) {
                assertSamePartition(lines[at++], h.cutAtHeight(height), sortedIds, what + ", cut at " + height);
            }
            if (l != Linkage.WARD) {
                for (int k = 2; k <= 6; k++) {
                    assertSamePartition(lines[at++], h.cut(k), sortedIds, what + ", sklearn, " + k + " clusters");
                }
            }
        }
        assertEquals(lines.length, at);
    }

    /** Labels in id order, compared as partitions (each side renumbered by first occurrence). */
    private static void assertSamePartition(String expectedLabels, Clustering actual, List<String> sortedIds,
                                            String what) {
        double[] e = Python.doubles(expectedLabels);
        int[] a = new int[sortedIds.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = actual.cluster(sortedIds.get(i));
        }
        int[] expected = new int[e.length];
        for (int i = 0; i < e.length; i++) {
            expected[i] = (int) e[i];
        }
        assertArrayEquals(firstOccurrence(expected), firstOccurrence(a), what);
    }

    private static int[] firstOccurrence(int[] labels) {
        java.util.Map<Integer, Integer> seen = new java.util.HashMap<>();
        int[] out = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            out[i] = seen.computeIfAbsent(labels[i], x -> seen.size());
        }
        return out;
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
