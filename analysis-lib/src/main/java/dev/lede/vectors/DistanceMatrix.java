package dev.lede.vectors;

import dev.lede.display.MimeBundle;
import dev.lede.display.Rendering;
import dev.lede.display.Renderable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Distances between every pair of documents: symmetric, non-negative, zero on the diagonal,
 * one id per row. The input of {@link HierarchicalClustering} and of silhouettes, whatever made
 * the distances (cosine on a {@link DocumentTermMatrix}, text reuse, attribution, a mix of them).
 * Stored as the condensed upper triangle (as {@code scipy.spatial.distance.squareform} makes it),
 * so a matrix of {@code n} documents holds {@code n(n-1)/2} doubles. Immutable.
 *
 * <pre>{@code
 * DistanceMatrix d = DistanceMatrix.of(List.of("a", "b", "c"), new double[][] {
 *         {0, 1, 4},
 *         {1, 0, 2},
 *         {4, 2, 0}});
 * d.distance("a", "c");          // 4.0
 * d.toTable();                   // document_a, document_b, distance: one row per pair
 * HierarchicalClustering.of(d, HierarchicalClustering.Linkage.AVERAGE).cut(2);
 * }</pre>
 */
public final class DistanceMatrix implements Renderable {

    /** Column of {@link #toTable()}: the first document's id (earlier in {@link #ids()}). */
    public static final String DOCUMENT_A = "document_a";
    /** Column of {@link #toTable()}: the second document's id. */
    public static final String DOCUMENT_B = "document_b";
    /** Column of {@link #toTable()}: the distance between them. */
    public static final String DISTANCE = "distance";

    /** Largest asymmetry {@link #of(List, double[][])} accepts, relative to the larger value. */
    public static final double SYMMETRY_TOLERANCE = 1e-9;

    private final List<String> ids;
    private final double[] condensed;
    private final Map<String, Integer> index;

    private DistanceMatrix(List<String> ids, double[] condensed) {
        this.ids = List.copyOf(ids);
        this.condensed = condensed;
        this.index = new HashMap<>(this.ids.size() * 2);
        for (int i = 0; i < this.ids.size(); i++) {
            if (index.put(this.ids.get(i), i) != null) {
                throw new IllegalArgumentException("document id '" + this.ids.get(i)
                        + "' appears twice: give each row a distinct id");
            }
        }
    }

    /**
     * A distance matrix from a square array: {@code d[i][j]} is the distance between
     * {@code ids.get(i)} and {@code ids.get(j)}. The array is copied; it must be square, of the
     * size of {@code ids}, finite, non-negative, zero on the diagonal and symmetric (within
     * {@link #SYMMETRY_TOLERANCE}; the mean of {@code d[i][j]} and {@code d[j][i]} is kept).
     */
    public static DistanceMatrix of(List<String> ids, double[][] d) {
        Objects.requireNonNull(ids, "ids");
        Objects.requireNonNull(d, "d");
        int n = ids.size();
        if (d.length != n) {
            throw new IllegalArgumentException("distance array has " + d.length + " rows for " + n
                    + " ids: give one row per id");
        }
        for (int i = 0; i < n; i++) {
            Objects.requireNonNull(ids.get(i), "id " + i);
            if (d[i] == null || d[i].length != n) {
                throw new IllegalArgumentException("row " + i + " (" + ids.get(i) + ") has "
                        + (d[i] == null ? "no" : d[i].length) + " values, expected " + n + ": the array must be square");
            }
        }
        double[] c = new double[condensedLength(n)];
        int k = 0;
        for (int i = 0; i < n; i++) {
            check(ids, i, i, d[i][i]);
            if (d[i][i] != 0) {
                throw new IllegalArgumentException("distance of " + ids.get(i) + " to itself is " + d[i][i]
                        + ", must be 0");
            }
            for (int j = i + 1; j < n; j++) {
                double a = d[i][j];
                double b = d[j][i];
                check(ids, i, j, a);
                check(ids, j, i, b);
                if (Math.abs(a - b) > SYMMETRY_TOLERANCE * Math.max(1, Math.max(a, b))) {
                    throw new IllegalArgumentException("distances are not symmetric: d(" + ids.get(i) + ", "
                            + ids.get(j) + ") = " + a + " but d(" + ids.get(j) + ", " + ids.get(i) + ") = " + b);
                }
                c[k++] = a == b ? a : (a + b) / 2;
            }
        }
        return new DistanceMatrix(ids, c);
    }

    /**
     * A distance matrix from the condensed upper triangle, row by row: the distances
     * (0,1), (0,2), ..., (0,n-1), (1,2), ... as {@code scipy.spatial.distance.pdist} returns them.
     * The array is copied.
     */
    public static DistanceMatrix ofCondensed(List<String> ids, double[] condensed) {
        Objects.requireNonNull(ids, "ids");
        Objects.requireNonNull(condensed, "condensed");
        int n = ids.size();
        if (condensed.length != condensedLength(n)) {
            throw new IllegalArgumentException("condensed distances have " + condensed.length + " values, "
                    + n + " ids need n(n-1)/2 = " + condensedLength(n));
        }
        int k = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                check(ids, i, j, condensed[k++]);
            }
        }
        return new DistanceMatrix(ids, condensed.clone());
    }

    /** Wraps an array this library computed and owns (no copy, no checks beyond the length). */
    static DistanceMatrix wrap(List<String> ids, double[] condensed) {
        if (condensed.length != condensedLength(ids.size())) {
            throw new IllegalStateException("condensed length " + condensed.length + " for " + ids.size() + " ids");
        }
        return new DistanceMatrix(ids, condensed);
    }

    private static void check(List<String> ids, int i, int j, double v) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException("distance d(" + ids.get(i) + ", " + ids.get(j) + ") = " + v
                    + ": distances must be finite and non-negative");
        }
    }

    static int condensedLength(int n) {
        long len = (long) n * (n - 1) / 2;
        if (len > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(n + " documents are too many for a distance matrix ("
                    + len + " pairs): use KMeansClustering, which needs no distance matrix");
        }
        return (int) len;
    }

    /** Number of documents. */
    public int size() {
        return ids.size();
    }

    /** The documents' ids, in row order. */
    public List<String> ids() {
        return ids;
    }

    public String id(int i) {
        return ids.get(i);
    }

    /** Row of document {@code id}. */
    public int indexOf(String id) {
        Integer i = index.get(Objects.requireNonNull(id, "id"));
        if (i == null) {
            throw dev.lede.corpus.io.DocumentIds.unknown(id, index.keySet(), "distance matrix");
        }
        return i;
    }

    /** The distance between rows {@code i} and {@code j}. */
    public double distance(int i, int j) {
        int n = ids.size();
        if (i < 0 || j < 0 || i >= n || j >= n) {
            throw new IndexOutOfBoundsException("row " + i + " or " + j + " outside 0.." + (n - 1));
        }
        if (i == j) {
            return 0;
        }
        return condensed[position(n, Math.min(i, j), Math.max(i, j))];
    }

    /** The distance between documents {@code a} and {@code b}. */
    public double distance(String a, String b) {
        return distance(indexOf(a), indexOf(b));
    }

    static int position(int n, int i, int j) {
        // row i of the upper triangle starts after the i previous rows of n-1, n-2, ... values
        return (int) ((long) n * i - (long) i * (i + 1) / 2 + (j - i - 1));
    }

    /** The condensed upper triangle (a copy), as {@code scipy.spatial.distance.pdist} returns it. */
    public double[] toCondensed() {
        return condensed.clone();
    }

    double[] condensedView() {
        return condensed;
    }

    /** The full square matrix (a copy). */
    public double[][] toArray() {
        int n = ids.size();
        double[][] d = new double[n][n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                d[i][j] = condensed[k];
                d[j][i] = condensed[k++];
            }
        }
        return d;
    }

    /** The same distances with the rows in this order of ids (a permutation of {@link #ids()}). */
    public DistanceMatrix reorder(List<String> order) {
        Objects.requireNonNull(order, "order");
        int n = ids.size();
        if (order.size() != n) {
            throw new IllegalArgumentException("order has " + order.size() + " ids, the matrix " + n);
        }
        int[] p = new int[n];
        boolean[] seen = new boolean[n];
        for (int i = 0; i < n; i++) {
            p[i] = indexOf(order.get(i));
            if (seen[p[i]]) {
                throw new IllegalArgumentException("id '" + order.get(i) + "' appears twice in the order");
            }
            seen[p[i]] = true;
        }
        double[] c = new double[condensed.length];
        int k = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                c[k++] = distance(p[i], p[j]);
            }
        }
        return new DistanceMatrix(order, c);
    }

    /**
     * {@code (1 - w) * this + w * other}, pair by pair: a combined distance, e.g. of text reuse and
     * attribution. Both matrices must have the same ids (in any order; the result has this one's).
     */
    public DistanceMatrix combine(DistanceMatrix other, double w) {
        Objects.requireNonNull(other, "other");
        if (!(w >= 0 && w <= 1)) {
            throw new IllegalArgumentException("weight " + w + " outside [0, 1]");
        }
        if (!new java.util.TreeSet<>(ids).equals(new java.util.TreeSet<>(other.ids))) {
            throw new IllegalArgumentException("the matrices have different documents: " + ids + " and " + other.ids);
        }
        DistanceMatrix o = other.ids.equals(ids) ? other : other.reorder(ids);
        double[] c = new double[condensed.length];
        for (int k = 0; k < c.length; k++) {
            c[k] = (1 - w) * condensed[k] + w * o.condensed[k];
        }
        return new DistanceMatrix(ids, c);
    }

    /**
     * One row per pair of documents, {@link #DOCUMENT_A} before {@link #DOCUMENT_B} in row order:
     * columns {@code document_a} (string), {@code document_b} (string), {@code distance} (double).
     */
    public Table toTable() {
        int n = ids.size();
        StringColumn a = StringColumn.create(DOCUMENT_A);
        StringColumn b = StringColumn.create(DOCUMENT_B);
        DoubleColumn d = DoubleColumn.create(DISTANCE, condensed.length);
        int k = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                a.append(ids.get(i));
                b.append(ids.get(j));
                d.set(k, condensed[k]);
                k++;
            }
        }
        return Table.create("distances", a, b, d);
    }

    @Override
    public MimeBundle toMimeBundle() {
        String caption = "Distances between " + ids.size() + " documents";
        Table t = toTable();
        return Rendering.table(t, caption);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DistanceMatrix m && m.ids.equals(ids) && Arrays.equals(m.condensed, condensed);
    }

    @Override
    public int hashCode() {
        return 31 * ids.hashCode() + Arrays.hashCode(condensed);
    }

    @Override
    public String toString() {
        List<String> shown = new ArrayList<>(ids.subList(0, Math.min(5, ids.size())));
        return "DistanceMatrix[" + ids.size() + " documents " + shown + (ids.size() > 5 ? "...]" : "]");
    }
}
