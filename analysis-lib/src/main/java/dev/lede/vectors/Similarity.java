package dev.lede.vectors;

import dev.lede.display.Chart;
import dev.lede.display.Rendering;
import dev.lede.display.Heatmap;
import dev.lede.display.MimeBundle;
import dev.lede.display.Renderable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Cosine similarity of every pair of documents of a {@link DocumentTermMatrix}, computed by sparse
 * dot products of the L2-normalised rows (the matrix itself stays sparse; the result is n x n).
 * A document with no terms has similarity 0 to every document, itself included, as in
 * {@code sklearn.metrics.pairwise.cosine_similarity}. Immutable.
 *
 * <pre>{@code
 * Similarity s = Similarity.cosine(DocumentTermMatrix.of(tokens));
 * s.get("003", "004");          // cosine of two documents
 * s.toTable();                  // document_a, document_b, cosine: every pair
 * s.heatmap().toSvg();          // labelled heatmap
 * Similarity.nearest(matrix, 3); // document, rank, neighbour, cosine, without the n x n array
 * }</pre>
 */
public final class Similarity implements Renderable {

    /** Column of {@link #toTable()}: the first document (earlier row). */
    public static final String DOCUMENT_A = "document_a";
    /** Column of {@link #toTable()}: the second document. */
    public static final String DOCUMENT_B = "document_b";
    /** Column of {@link #toTable()} and the nearest tables: cosine similarity (double). */
    public static final String COSINE = "cosine";
    /** Column of the nearest tables: the document (string). */
    public static final String DOCUMENT = "document";
    /** Column of the nearest tables: 1 for the most similar other document (int). */
    public static final String RANK = "rank";
    /** Column of the nearest tables: the similar document (string). */
    public static final String NEIGHBOUR = "neighbour";

    /** Largest corpus {@link #cosine} accepts: the n x n result of 20,000 documents takes 3.2 GB. */
    public static final int MAX_ALL_PAIRS = 20_000;
    /** Largest corpus {@link #heatmap()} draws. */
    public static final int MAX_HEATMAP = 300;

    private final List<String> ids;
    private final double[] s; // row-major n x n
    private volatile java.util.Map<String, Integer> index;

    private Similarity(List<String> ids, double[] s) {
        this.ids = List.copyOf(ids);
        this.s = s;
    }

    /** Cosine similarity of all pairs of rows of {@code matrix}. */
    public static Similarity cosine(DocumentTermMatrix matrix) {
        Objects.requireNonNull(matrix, "matrix");
        int n = matrix.rows();
        if (n > MAX_ALL_PAIRS) {
            throw new IllegalArgumentException(n + " documents are too many for all pairs (at most "
                    + MAX_ALL_PAIRS + "): use Similarity.nearest(matrix, k) or KMeansClustering");
        }
        double[] s = Cosine.allPairs(matrix.rowPointers(), matrix.columnIndices(), matrix.unitValues(), n,
                matrix.columns(), matrix.parallelism());
        return new Similarity(matrix.ids(), s);
    }

    /** Cosine distances 1 - cosine of all pairs (clamped at 0 against rounding), for clustering. */
    public static DistanceMatrix cosineDistances(DocumentTermMatrix matrix) {
        return cosine(matrix).toDistances();
    }

    /**
     * The {@code k} most similar other documents of each document, computed row by row without the
     * n x n array (for large corpora): columns document, rank (1..k), neighbour, cosine; ties by
     * neighbour row. Documents sharing no term come last at similarity 0, in row order.
     */
    public static Table nearest(DocumentTermMatrix matrix, int k) {
        Objects.requireNonNull(matrix, "matrix");
        int n = matrix.rows();
        checkK(k, n);
        int[] nb = new int[n * k];
        double[] sim = new double[n * k];
        Cosine.nearest(matrix.rowPointers(), matrix.columnIndices(), matrix.unitValues(), n, matrix.columns(), k, nb,
                sim, matrix.parallelism());
        return nearestTable(matrix.ids(), k, nb, sim);
    }

    private static void checkK(int k, int n) {
        if (k < 1 || k > n - 1) {
            throw new IllegalArgumentException("cannot find " + k + " nearest documents among " + n
                    + ": give k between 1 and " + (n - 1));
        }
    }

    private static Table nearestTable(List<String> ids, int k, int[] nb, double[] sim) {
        int n = ids.size();
        StringColumn d = StringColumn.create(DOCUMENT);
        IntColumn r = IntColumn.create(RANK);
        StringColumn o = StringColumn.create(NEIGHBOUR);
        DoubleColumn c = DoubleColumn.create(COSINE, n * k);
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < k; a++) {
                d.append(ids.get(i));
                r.append(a + 1);
                o.append(ids.get(nb[i * k + a]));
                c.set(i * k + a, sim[i * k + a]);
            }
        }
        return Table.create("nearest documents", d, r, o, c);
    }

    /** Number of documents. */
    public int size() {
        return ids.size();
    }

    public List<String> ids() {
        return ids;
    }

    /** Similarity of rows i and j. */
    public double get(int i, int j) {
        int n = ids.size();
        if (i < 0 || j < 0 || i >= n || j >= n) {
            throw new IndexOutOfBoundsException("row " + i + " or " + j + " outside 0.." + (n - 1));
        }
        return s[i * n + j];
    }

    /** Similarity of documents a and b. */
    public double get(String a, String b) {
        return get(index(a), index(b));
    }

    private int index(String id) {
        java.util.Map<String, Integer> m = index;
        if (m == null) {
            m = new java.util.HashMap<>(ids.size() * 2);
            for (int i = 0; i < ids.size(); i++) {
                m.put(ids.get(i), i);
            }
            index = m;
        }
        Integer i = m.get(Objects.requireNonNull(id, "id"));
        if (i == null) {
            throw dev.lede.corpus.io.DocumentIds.unknown(id, m.keySet(), "similarity matrix");
        }
        return i;
    }

    /** The n x n similarities (a copy). */
    public double[][] toArray() {
        int n = ids.size();
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) {
            a[i] = java.util.Arrays.copyOfRange(s, i * n, (i + 1) * n);
        }
        return a;
    }

    /** 1 - cosine for every pair, clamped at 0 (rounding can give 1.0000000000000002). */
    public DistanceMatrix toDistances() {
        int n = ids.size();
        double[] c = new double[DistanceMatrix.condensedLength(n)];
        int k = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                c[k++] = Math.max(0, 1 - s[i * n + j]);
            }
        }
        return DistanceMatrix.wrap(ids, c);
    }

    /** Columns document_a, document_b, cosine: one row per pair, a before b in row order. */
    public Table toTable() {
        int n = ids.size();
        StringColumn a = StringColumn.create(DOCUMENT_A);
        StringColumn b = StringColumn.create(DOCUMENT_B);
        DoubleColumn c = DoubleColumn.create(COSINE, n * (n - 1) / 2);
        int k = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                a.append(ids.get(i));
                b.append(ids.get(j));
                c.set(k++, s[i * n + j]);
            }
        }
        return Table.create("cosine similarity", a, b, c);
    }

    /** The {@code k} most similar other documents of each (see {@link #nearest(DocumentTermMatrix, int)}). */
    public Table nearest(int k) {
        int n = ids.size();
        checkK(k, n);
        int[] nb = new int[n * k];
        double[] sim = new double[n * k];
        int[] rows = new int[k];
        double[] best = new double[k];
        for (int i = 0; i < n; i++) {
            int filled = 0;
            for (int j = 0; j < n; j++) {
                if (j == i) {
                    continue;
                }
                double v = s[i * n + j];
                int pos = filled;
                while (pos > 0 && (best[pos - 1] < v)) {
                    pos--;
                }
                if (pos < k) {
                    for (int a = Math.min(filled, k - 1); a > pos; a--) {
                        rows[a] = rows[a - 1];
                        best[a] = best[a - 1];
                    }
                    rows[pos] = j;
                    best[pos] = v;
                    filled = Math.min(filled + 1, k);
                }
            }
            System.arraycopy(rows, 0, nb, i * k, k);
            System.arraycopy(best, 0, sim, i * k, k);
        }
        return nearestTable(ids, k, nb, sim);
    }

    /** A heatmap of the similarities with the documents' ids as labels (at most {@link #MAX_HEATMAP}). */
    public Chart heatmap() {
        if (ids.size() > MAX_HEATMAP) {
            throw new IllegalArgumentException("a heatmap of " + ids.size() + " documents is unreadable (at most "
                    + MAX_HEATMAP + "): select fewer documents with DocumentTermMatrix.select");
        }
        return Heatmap.chart("Cosine similarity of " + ids.size() + " documents", ids, s);
    }

    @Override
    public MimeBundle toMimeBundle() {
        Table t = toTable().sortDescendingOn(COSINE);
        String caption = "Cosine similarity of " + ids.size() + " documents, most similar pairs first";
        MimeBundle.Builder b = MimeBundle.builder().text(Rendering.text(t, caption));
        if (ids.size() <= MAX_HEATMAP && ids.size() > 0) {
            String svg = heatmap().toSvg();
            b.svg(svg).html("<div class=\"lede-similarity\">" + svg.replaceFirst("^<\\?xml[^>]*>", "")
                    + Rendering.html(t, caption) + "</div>");
        } else {
            b.html(Rendering.html(t, caption));
        }
        return b.build();
    }

    @Override
    public String toString() {
        List<String> shown = new ArrayList<>(ids.subList(0, Math.min(5, ids.size())));
        return "Similarity[cosine, " + ids.size() + " documents " + shown + (ids.size() > 5 ? "...]" : "]");
    }
}
