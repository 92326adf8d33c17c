package dev.lede.vectors;

import dev.lede.display.Chart;
import dev.lede.display.Cells;
import dev.lede.display.Rendering;
import dev.lede.display.Dendrogram;
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
 * Agglomerative clustering of documents on a {@link DistanceMatrix}: a dendrogram, and flat
 * clusterings by number of clusters or by height. Immutable.
 *
 * <p>Computed in double precision in O(n^2) time with the algorithms of
 * {@code scipy.cluster.hierarchy.linkage}: the nearest-neighbour chain with Lance-Williams updates
 * for average, complete and Ward linkage, a minimum spanning tree for single linkage. The
 * documents are put in id order first, so the tree, its heights and the cuts do not depend on the
 * order of the input; ties between equal distances are then resolved by position in id order
 * exactly as scipy resolves them, so on the same distances in id order the merges, heights and
 * cuts are scipy's.
 *
 * <pre>{@code
 * HierarchicalClustering h = HierarchicalClustering.of(distances, HierarchicalClustering.Linkage.AVERAGE);
 * h.heights();             // merge heights, ascending
 * h.cut(2);                // Clustering into 2 clusters
 * h.cutAtHeight(0.5);      // clusters whose members merge at height <= 0.5
 * h.dendrogram().toSvg();  // labelled dendrogram
 * }</pre>
 */
public final class HierarchicalClustering implements Renderable {

    /** How the distance between two clusters is computed from the distances of their members. */
    public enum Linkage {
        /** Mean distance between members (UPGMA; scipy {@code method='average'}). */
        AVERAGE,
        /** Largest distance between members (scipy {@code method='complete'}). */
        COMPLETE,
        /** Smallest distance between members (scipy {@code method='single'}). */
        SINGLE,
        /**
         * Ward's minimum variance (scipy {@code method='ward'}), by the Lance-Williams update on
         * distances: on Euclidean distances a merge's height is sqrt(2 * the increase of the
         * within-cluster sum of squares), as scipy's. Meant for Euclidean distances (on
         * L2-normalised vectors the Euclidean distance is sqrt(2 * cosine distance)).
         */
        WARD;

        String label() {
            return name().toLowerCase(java.util.Locale.ROOT) + " linkage";
        }
    }

    /** Column of {@link #mergesTable()}: merge step 1..n-1 (int). */
    public static final String STEP = "step";
    /** Column of {@link #mergesTable()}: first merged cluster, a document id or "#step" (string). */
    public static final String LEFT = "left";
    /** Column of {@link #mergesTable()}: second merged cluster (string). */
    public static final String RIGHT = "right";
    /** Column of {@link #mergesTable()}: distance between the merged clusters (double). */
    public static final String HEIGHT = "height";
    /** Column of {@link #mergesTable()}: number of documents in the merged cluster (int). */
    public static final String SIZE = "size";

    private final DistanceMatrix source;    // the caller's distances, rows in the caller's order
    private final List<String> ids;         // id order: the rows of the tree
    private final int[] order;              // order[row in id order] = row in source
    private final Linkage linkage;
    private final int[][] merges;   // scipy convention: < n a document, n + s the cluster of step s
    private final double[] heights;
    private final DocumentTermMatrix terms; // rows in id order, for cluster labels; or null
    private volatile DistanceMatrix sorted; // source in id order, made when first needed

    private HierarchicalClustering(DistanceMatrix source, Linkage linkage, DocumentTermMatrix terms) {
        this.source = source;
        this.linkage = linkage;
        int n = source.size();
        if (n < 2) {
            throw new IllegalArgumentException("hierarchical clustering needs at least 2 documents, got " + n);
        }
        List<String> inputIds = source.ids();
        Integer[] byId = new Integer[n];
        for (int i = 0; i < n; i++) {
            byId[i] = i;
        }
        java.util.Arrays.sort(byId, (a, b) -> inputIds.get(a).compareTo(inputIds.get(b)));
        this.order = new int[n];
        List<String> sortedIds = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            order[i] = byId[i];
            sortedIds.add(inputIds.get(byId[i]));
        }
        this.ids = List.copyOf(sortedIds);
        this.terms = terms == null ? null : terms.select(ids);
        // the tree is built on the distances in id order, so it does not depend on the input order
        Linkages.Tree tree = Linkages.of(source.condensedView(), n, order, linkage);
        this.merges = tree.merges();
        this.heights = tree.heights();
    }

    /** Clusters the documents of {@code distances} with {@code linkage}. */
    public static HierarchicalClustering of(DistanceMatrix distances, Linkage linkage) {
        Objects.requireNonNull(distances, "distances");
        Objects.requireNonNull(linkage, "linkage");
        return new HierarchicalClustering(distances, linkage, null);
    }

    /**
     * Clusters the rows of {@code matrix} on cosine distance ({@link Similarity#cosineDistances});
     * its cuts name each cluster by its characteristic terms. Ward's linkage on cosine distance is
     * a heuristic (Ward assumes Euclidean distances).
     */
    public static HierarchicalClustering of(DocumentTermMatrix matrix, Linkage linkage) {
        Objects.requireNonNull(matrix, "matrix");
        Objects.requireNonNull(linkage, "linkage");
        return new HierarchicalClustering(Similarity.cosineDistances(matrix), linkage, matrix);
    }

    public Linkage linkage() {
        return linkage;
    }

    /** The distances, with rows in id order. */
    public DistanceMatrix distances() {
        DistanceMatrix d = sorted;
        if (d == null) {
            d = source.ids().equals(ids) ? source : source.reorder(ids);
            sorted = d;
        }
        return d;
    }

    /** Number of documents. */
    public int size() {
        return ids.size();
    }

    /** Height of each of the n - 1 merges, in merge order (a copy). */
    public double[] heights() {
        return heights.clone();
    }

    /**
     * The merges in order, as {@code scipy.cluster.hierarchy.linkage} numbers them: row s merges
     * clusters {@code m[s][0]} and {@code m[s][1]}, where a value below n is a document (its row in
     * {@link #distances()}) and n + t the cluster made by merge t. A copy.
     */
    public int[][] merges() {
        int[][] m = new int[merges.length][];
        for (int i = 0; i < m.length; i++) {
            m[i] = merges[i].clone();
        }
        return m;
    }

    /** The flat clustering into {@code k} clusters (1 &le; k &le; n): the state after n - k merges. */
    public Clustering cut(int k) {
        int n = size();
        if (k < 1 || k > n) {
            throw new IllegalArgumentException("cannot cut " + n + " documents into " + k
                    + " clusters: give k between 1 and " + n);
        }
        return clustering(n - k, linkage.label() + ", cut into " + k + " clusters");
    }

    /**
     * The flat clustering in which documents are together when they merge at a height
     * &le; {@code height} (scipy {@code fcluster(Z, height, criterion='distance')}).
     */
    public Clustering cutAtHeight(double height) {
        if (!(height >= 0) || Double.isInfinite(height)) {
            throw new IllegalArgumentException("cut height " + height + " must be finite and >= 0");
        }
        int steps = 0;
        while (steps < heights.length && heights[steps] <= height) {
            steps++;
        }
        return clustering(steps, linkage.label() + ", cut at height " + Cells.number(height));
    }

    private Clustering clustering(int steps, String description) {
        int n = size();
        int[] parent = new int[2 * n - 1];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int s = 0; s < steps; s++) {
            parent[merges[s][0]] = n + s;
            parent[merges[s][1]] = n + s;
        }
        // rows of the tree are in id order; the clustering reports the caller's order
        int[] at = new int[n]; // at[input position] = row in id order
        for (int i = 0; i < n; i++) {
            at[order[i]] = i;
        }
        // a parent is numbered above its children: top down, each node takes its parent's root
        int[] root = new int[n + steps];
        for (int c = n + steps - 1; c >= 0; c--) {
            root[c] = parent[c] == c ? c : root[parent[c]];
        }
        int[] raw = new int[n];
        for (int i = 0; i < n; i++) {
            raw[i] = root[at[i]];
        }
        return Clustering.of(description, source.ids(), raw,
                (c, k) -> {
                    double[] s = Silhouette.fromCondensed(distances().condensedView(), n, toRows(c, at), k);
                    double[] out = new double[n];
                    for (int i = 0; i < n; i++) {
                        out[i] = s[at[i]];
                    }
                    return out;
                },
                terms == null ? null
                        : (c, k) -> terms.characteristicTerms(toRows(c, at), k, Clustering.LABEL_TERMS, null));
    }

    private static int[] toRows(int[] byInput, int[] at) {
        int[] rows = new int[byInput.length];
        for (int i = 0; i < byInput.length; i++) {
            rows[at[i]] = byInput[i];
        }
        return rows;
    }

    /** Columns step, left, right, height, size: one row per merge. */
    public Table mergesTable() {
        int n = size();
        IntColumn step = IntColumn.create(STEP);
        StringColumn left = StringColumn.create(LEFT);
        StringColumn right = StringColumn.create(RIGHT);
        DoubleColumn height = DoubleColumn.create(HEIGHT);
        IntColumn size = IntColumn.create(SIZE);
        int[] sizes = new int[n - 1];
        for (int s = 0; s < merges.length; s++) {
            int a = merges[s][0];
            int b = merges[s][1];
            sizes[s] = (a < n ? 1 : sizes[a - n]) + (b < n ? 1 : sizes[b - n]);
            step.append(s + 1);
            left.append(a < n ? ids.get(a) : "#" + (a - n + 1));
            right.append(b < n ? ids.get(b) : "#" + (b - n + 1));
            height.append(heights[s]);
            size.append(sizes[s]);
        }
        return Table.create("merges", step, left, right, height, size);
    }

    /** A dendrogram with a label per document (leaves from top to bottom). */
    public Chart dendrogram() {
        String title = "Dendrogram (" + linkage.label() + ", " + size() + " documents)";
        return Dendrogram.chart(title, ids, merges, heights);
    }

    @Override
    public MimeBundle toMimeBundle() {
        String svg = dendrogram().toSvg();
        String caption = "Hierarchical clustering, " + linkage.label() + ", " + size() + " documents";
        Table t = mergesTable();
        return MimeBundle.builder()
                .text(Rendering.text(t, caption))
                .html("<div class=\"lede-hclust\">" + svg.replaceFirst("^<\\?xml[^>]*>", "")
                        + Rendering.html(t, caption) + "</div>")
                .svg(svg)
                .build();
    }

    @Override
    public String toString() {
        return "HierarchicalClustering[" + linkage.label() + ", " + size() + " documents]";
    }
}
