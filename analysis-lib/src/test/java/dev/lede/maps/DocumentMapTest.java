package dev.lede.maps;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.testing.Kjv;
import dev.lede.testing.Python;
import dev.lede.vectors.DistanceMatrix;
import dev.lede.vectors.DocumentTermMatrix;
import dev.lede.vectors.Similarity;
import dev.lede.corpus.Parallelism;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class DocumentMapTest {

    /** Four corners of a 3 x 4 rectangle: classical MDS gives back the distances exactly. */
    @Test
    void mdsOfARectangleKeepsEveryDistance() {
        double[][] p = {{0, 0}, {3, 0}, {3, 4}, {0, 4}};
        List<String> ids = List.of("a", "b", "c", "d");
        double[][] d = new double[4][4];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                d[i][j] = Math.hypot(p[i][0] - p[j][0], p[i][1] - p[j][1]);
            }
        }
        DocumentMap map = DocumentMap.of(DistanceMatrix.of(ids, d), MapOptions.of(MapMethod.MDS));
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                assertEquals(d[i][j], Math.hypot(map.x(i) - map.x(j), map.y(i) - map.y(j)), 1e-9, i + "-" + j);
            }
        }
        assertEquals(0, map.stress(), 1e-9);
        assertEquals(1.0, map.trustworthiness(1), 1e-12);
        Table t = map.labelledBy("side", Map.of("a", "left", "d", "left", "b", "right")).toTable();
        assertEquals(List.of(DocumentMap.ID, DocumentMap.X, DocumentMap.Y, DocumentMap.LABEL), t.columnNames());
        assertEquals(List.of("left", "right", DocumentMap.NO_LABEL, "left"), t.stringColumn(DocumentMap.LABEL).asList());
    }

    /** Trustworthiness equals sklearn.manifold.trustworthiness on random points and a poor 2-D view of them. */
    @Test
    void trustworthinessEqualsSklearn() {
        SplittableRandom r = new SplittableRandom(5);
        int n = 40;
        double[][] pts = new double[n][4];
        double[][] xy = new double[n][2];
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < 4; c++) {
                pts[i][c] = r.nextDouble();
            }
            xy[i][0] = pts[i][0] + 0.3 * r.nextDouble();
            xy[i][1] = pts[i][1];
            in.append(pts[i][0]).append(' ').append(pts[i][1]).append(' ').append(pts[i][2]).append(' ')
                    .append(pts[i][3]).append(' ').append(xy[i][0]).append(' ').append(xy[i][1]).append('\n');
        }
        double[][] d = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int c = 0; c < 4; c++) {
                    s += (pts[i][c] - pts[j][c]) * (pts[i][c] - pts[j][c]);
                }
                d[i][j] = Math.sqrt(s);
            }
        }
        String out = Python.run(String.join("\n",
                "import sys, numpy as np",
                "from sklearn.manifold import trustworthiness",
                "A = np.loadtxt(sys.stdin)",
                "print(' '.join(repr(float(trustworthiness(A[:, :4], A[:, 4:], n_neighbors=k))) for k in (1, 5, 10)))"),
                in.toString());
        double[] sk = Python.doubles(out);
        int[] ks = {1, 5, 10};
        for (int i = 0; i < ks.length; i++) {
            assertEquals(sk[i], Projections.trustworthiness(d, xy, ks[i]), 1e-12, "k=" + ks[i]);
        }
        assertTrue(sk[1] < 1);
        assertThrows(IllegalArgumentException.class, () -> Projections.trustworthiness(d, xy, 20));
    }

    /**
     * The KJV chapters' cosine distances: classical MDS equals numpy's eigen-decomposition of the
     * double-centred squared distances (up to each axis's sign), and its stress is comparable to that of
     * sklearn.manifold.MDS (metric SMACOF, which minimises stress itself).
     */
    @Test
    void mdsOfChaptersAgainstNumpyAndSklearn() {
        DistanceMatrix d = Similarity.cosineDistances(Kjv.tfidf());
        DocumentMap map = DocumentMap.of(d, MapOptions.of(MapMethod.MDS));
        StringBuilder in = new StringBuilder();
        for (double v : d.toCondensed()) {
            in.append(v).append('\n');
        }
        String out = Python.run(String.join("\n",
                "import sys, numpy as np",
                "from scipy.spatial.distance import squareform",
                "from sklearn.manifold import MDS",
                "D = squareform(np.loadtxt(sys.stdin))",
                "n = len(D); J = np.eye(n) - np.ones((n, n)) / n",
                "B = -0.5 * J @ (D ** 2) @ J",
                "w, V = np.linalg.eigh(B)",
                "X = V[:, ::-1][:, :2] * np.sqrt(w[::-1][:2])",
                "print(' '.join(repr(float(v)) for v in X[:, 0]))",
                "print(' '.join(repr(float(v)) for v in X[:, 1]))",
                "Y = MDS(n_components=2, dissimilarity='precomputed', random_state=0, n_init=4, max_iter=300).fit_transform(D)",
                "def stress1(Z):",
                "    iu = np.triu_indices(n, 1)",
                "    m = np.sqrt(((Z[:, None, :] - Z[None, :, :]) ** 2).sum(-1))[iu]; d = D[iu]",
                "    b = (d * m).sum() / (m * m).sum()",
                "    return np.sqrt(((d - b * m) ** 2).sum() / (d * d).sum())",
                "print(repr(float(stress1(Y))), repr(float(stress1(X))))"), in.toString());
        String[] lines = out.strip().split("\n");
        double[] x = Python.doubles(lines[0]);
        double[] y = Python.doubles(lines[1]);
        double sx = Math.signum(x[0] * map.x(0));
        double sy = Math.signum(y[0] * map.y(0));
        for (int i = 0; i < map.size(); i++) {
            assertEquals(x[i], sx * map.x(i), 1e-8, "x of " + map.ids().get(i));
            assertEquals(y[i], sy * map.y(i), 1e-8, "y of " + map.ids().get(i));
        }
        double[] stress = Python.doubles(lines[2]);
        System.out.printf(Locale.ROOT, "MDS stress-1 of the KJV chapters: Lede (classical) %.4f, numpy classical %.4f,"
                + " sklearn SMACOF %.4f%n", map.stress(), stress[1], stress[0]);
        assertEquals(stress[1], map.stress(), 1e-9);
        // SMACOF minimises stress; classical MDS is within a quarter of it on these chapters
        assertTrue(map.stress() <= 1.25 * stress[0], map.stress() + " vs sklearn " + stress[0]);
    }

    /** MDS and t-SNE: the same seed gives the same coordinates; t-SNE with another seed another map. */
    @Test
    void seededMapsRepeat() {
        DocumentTermMatrix tfidf = Kjv.tfidf();
        for (MapMethod m : new MapMethod[] {MapMethod.MDS, MapMethod.TSNE}) {
            MapOptions o = MapOptions.of(m);
            DocumentMap a = DocumentMap.of(tfidf, o);
            DocumentMap b = DocumentMap.of(tfidf, o);
            assertEquals(a.toTable().toString(), b.toTable().toString(), m.toString());
            double[] ax = new double[a.size()];
            double[] bx = new double[b.size()];
            for (int i = 0; i < a.size(); i++) {
                ax[i] = a.x(i);
                bx[i] = b.x(i);
            }
            assertArrayEquals(ax, bx, 0.0);
            if (m == MapMethod.TSNE) {
                DocumentMap c = DocumentMap.of(tfidf, MapOptions.builder().method(m).seed(7).build());
                assertNotEquals(a.x(0), c.x(0), m.toString());
            }
            assertTrue(a.trustworthiness() > (m == MapMethod.MDS ? 0.7 : 0.85), m + " trustworthiness " + a.trustworthiness());
            String svg = a.labelledBy(Kjv.corpus(), "section").chart().toSvg();
            assertTrue(svg.contains("prophets") && svg.contains("a map distorts distances"), m.toString());
        }
    }

    /** UMAP keeps neighbourhoods; chapters off its graph are listed. */
    @Test
    void umapKeepsNeighbourhoods() {
        DocumentTermMatrix tfidf = Kjv.tfidf();
        DocumentMap u = DocumentMap.of(tfidf, MapOptions.of(MapMethod.UMAP));
        assertEquals(tfidf.rows(), u.size() + u.omitted().size());
        assertTrue(u.trustworthiness() > 0.8, "UMAP trustworthiness " + u.trustworthiness());
        for (String id : u.omitted()) {
            assertTrue(!u.ids().contains(id), id);
        }
    }

    /**
     * UMAP (and MDS) repeat byte for byte: twice in this JVM from distances computed on 1 and on 4
     * threads, and in a fresh JVM that sees one processor and runs OpenBLAS on one thread; another seed
     * gives another UMAP map.
     */
    @Test
    void umapRepeatsExactly() throws Exception {
        DocumentTermMatrix tfidf = Kjv.tfidf();
        String one = MapBits.of(tfidf.withParallelism(Parallelism.of(1)), MapOptions.DEFAULT_SEED);
        String four = MapBits.of(tfidf.withParallelism(Parallelism.of(4)), MapOptions.DEFAULT_SEED);
        assertEquals(one, four);
        assertNotEquals(one, MapBits.of(tfidf, 7));
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:ActiveProcessorCount=1", "-Dlede.data=" + System.getProperty("lede.data"),
                "-cp", System.getProperty("java.class.path"), MapBits.class.getName());
        pb.environment().put("OPENBLAS_NUM_THREADS", "1");
        Path err = Files.createTempFile("umap", ".err");
        pb.redirectError(err.toFile());
        Process p = pb.start();
        String fresh = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "the fresh JVM did not finish");
        String log = Files.readString(err);
        Files.delete(err);
        assertEquals(0, p.exitValue(), log);
        assertEquals(one, fresh);
    }

    /**
     * The UMAP map of the KJV test chapters as the bits of every coordinate, then the MDS map's (both
     * eigen-solvers are Lede's plain-Java Lanczos); main prints the default seed's.
     */
    static final class MapBits {
        static String of(DocumentTermMatrix tfidf, long seed) {
            return bits(DocumentMap.of(tfidf, MapOptions.builder().method(MapMethod.UMAP).seed(seed).build()))
                    + bits(DocumentMap.of(tfidf, MapOptions.of(MapMethod.MDS)));
        }

        static String bits(DocumentMap m) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < m.size(); i++) {
                b.append(m.ids().get(i)).append(' ').append(Long.toHexString(Double.doubleToRawLongBits(m.x(i))))
                        .append(' ').append(Long.toHexString(Double.doubleToRawLongBits(m.y(i)))).append('\n');
            }
            return b.append("omitted ").append(m.omitted()).append('\n').toString();
        }

        public static void main(String[] args) {
            System.out.print(of(Kjv.tfidf(), MapOptions.DEFAULT_SEED));
        }
    }

    @Test
    void clearErrors() {
        DistanceMatrix two = DistanceMatrix.of(List.of("a", "b"), new double[][] {{0, 1}, {1, 0}});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DocumentMap.of(two, MapOptions.of(MapMethod.MDS)));
        assertTrue(e.getMessage().contains("at least 3"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> MapOptions.builder().perplexity(-1));
        assertThrows(IllegalArgumentException.class, () -> MapOptions.builder().neighbours(1));
    }
}
