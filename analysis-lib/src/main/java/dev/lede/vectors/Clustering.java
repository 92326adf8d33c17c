package dev.lede.vectors;

import dev.lede.display.Tables;
import dev.lede.display.MimeBundle;
import dev.lede.display.Cells;
import dev.lede.display.Rendering;
import dev.lede.display.Renderable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import tech.tablesaw.api.Table;

/**
 * A flat clustering of documents: the cluster of each document, the clusters' sizes, silhouettes
 * and characteristic terms. Made by {@link HierarchicalClustering#cut(int)},
 * {@link HierarchicalClustering#cutAtHeight(double)} and {@link KMeansClustering}. Immutable.
 *
 * <p>Clusters are numbered 1..k in the order of their smallest member id ({@link String#compareTo}),
 * so the numbering depends on the corpus, never on the order of its documents.
 *
 * <p>Silhouettes follow {@code sklearn.metrics.silhouette_samples} on the distances the clustering
 * used (s = (b - a) / max(a, b), 0 for a document alone in its cluster); they are NaN when
 * k &lt; 2 or k &gt; n - 1, where the coefficient is undefined.
 *
 * <pre>{@code
 * Clustering c = HierarchicalClustering.of(matrix, HierarchicalClustering.Linkage.AVERAGE).cut(2);
 * c.cluster("003");   // 2
 * c.sizes();          // [3, 2]
 * c.silhouette();     // mean silhouette
 * c.toTable();        // document, cluster, silhouette
 * c.clustersTable();  // cluster, size, silhouette, first_document, terms
 * }</pre>
 */
public final class Clustering implements Renderable {

    /** Column of {@link #toTable()}: document id (string). */
    public static final String DOCUMENT = "document";
    /** Column of both tables: cluster number 1..k (int). */
    public static final String CLUSTER = "cluster";
    /** Column of both tables: the document's silhouette, or the cluster's mean (double). */
    public static final String SILHOUETTE = "silhouette";
    /** Column of {@link #clustersTable()}: number of documents (int). */
    public static final String SIZE = "size";
    /** Column of {@link #clustersTable()}: the cluster's smallest document id (string). */
    public static final String FIRST_DOCUMENT = "first_document";
    /** Column of {@link #clustersTable()}: characteristic terms, comma-separated, or empty (string). */
    public static final String TERMS = "terms";

    /**
     * Number of characteristic terms kept per cluster: the terms with the largest positive
     * difference between the cluster's mean weight and the other documents' mean weight.
     */
    public static final int LABEL_TERMS = 5;

    private final String description;
    private final List<String> ids;
    private final int[] cluster;
    private final int k;
    // computed on first use: a k-means of many documents need not pay for them until asked
    private final java.util.function.Supplier<double[]> silhouetteSource;
    private final java.util.function.Supplier<List<List<String>>> termSource;
    private volatile double[] silhouettes;
    private volatile List<List<String>> terms;
    private final int[] byId; // rows in id order: sums run in this order, whatever the input order

    private Clustering(String description, List<String> ids, int[] cluster, int k,
                       java.util.function.Supplier<double[]> silhouettes,
                       java.util.function.Supplier<List<List<String>>> terms) {
        this.description = description;
        this.ids = List.copyOf(ids);
        this.cluster = cluster;
        this.k = k;
        this.silhouetteSource = silhouettes;
        this.termSource = terms;
        this.byId = idOrder(this.ids);
    }

    private static int[] idOrder(List<String> ids) {
        Integer[] order = new Integer[ids.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> ids.get(x).compareTo(ids.get(y)));
        int[] out = new int[order.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = order[i];
        }
        return out;
    }

    /**
     * Builds a clustering from raw labels (any ints, one per id), renumbering the clusters
     * 0..k-1 by smallest member id; {@code silhouettes} computes the per-document silhouettes
     * from the renumbered labels, {@code terms} the characteristic terms of each cluster.
     */
    static Clustering of(String description, List<String> ids, int[] raw,
                         java.util.function.BiFunction<int[], Integer, double[]> silhouettes,
                         java.util.function.BiFunction<int[], Integer, List<List<String>>> terms) {
        int[] c = canonical(ids, raw);
        int k = 0;
        for (int v : c) {
            k = Math.max(k, v + 1);
        }
        int kk = k;
        return new Clustering(description, ids, c, k, () -> silhouettes.apply(c, kk),
                terms == null ? () -> emptyTerms(kk) : () -> terms.apply(c, kk));
    }

    private double[] silhouetteArray() {
        double[] s = silhouettes;
        if (s == null) {
            s = silhouetteSource.get();
            silhouettes = s;
        }
        return s;
    }

    private List<List<String>> termLists() {
        List<List<String>> t = terms;
        if (t == null) {
            t = termSource.get().stream().map(List::copyOf).toList();
            terms = t;
        }
        return t;
    }

    private static List<List<String>> emptyTerms(int k) {
        List<List<String>> t = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            t.add(List.of());
        }
        return t;
    }

    /** Relabels clusters 0..k-1 in the order of their smallest member id. */
    static int[] canonical(List<String> ids, int[] raw) {
        int n = ids.size();
        java.util.HashMap<Integer, Integer> next = new java.util.HashMap<>();
        int[] out = new int[n];
        for (int i : idOrder(ids)) {
            Integer c = next.get(raw[i]);
            if (c == null) {
                c = next.size();
                next.put(raw[i], c);
            }
            out[i] = c;
        }
        return out;
    }

    /**
     * This clustering with each cluster's characteristic terms taken from {@code matrix} (e.g. for
     * a clustering of a reuse or attribution distance); the matrix must have a row for every
     * document of the clustering (extra rows are ignored).
     */
    public Clustering withTerms(DocumentTermMatrix matrix) {
        Objects.requireNonNull(matrix, "matrix");
        List<String> sorted = new ArrayList<>(ids);
        sorted.sort(null);
        DocumentTermMatrix rows = matrix.select(sorted);
        int[] c = new int[sorted.size()];
        for (int r = 0; r < c.length; r++) {
            c[r] = cluster[byId[r]];
        }
        return new Clustering(description, ids, cluster, k, this::silhouetteArray,
                () -> rows.characteristicTerms(c, k, LABEL_TERMS, null));
    }

    /** What made this clustering, e.g. "average linkage, cut into 2 clusters". */
    public String description() {
        return description;
    }

    /** Number of clusters. */
    public int k() {
        return k;
    }

    /** Number of documents. */
    public int size() {
        return ids.size();
    }

    /** The documents' ids, in the order of the input (matrix rows). */
    public List<String> ids() {
        return ids;
    }

    /** Cluster 1..k of each document, in the order of {@link #ids()} (a copy). */
    public int[] assignments() {
        int[] a = new int[cluster.length];
        for (int i = 0; i < a.length; i++) {
            a[i] = cluster[i] + 1;
        }
        return a;
    }

    /** Cluster 1..k of document {@code id}. */
    public int cluster(String id) {
        Objects.requireNonNull(id, "id");
        int lo = 0;
        int hi = byId.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = ids.get(byId[mid]).compareTo(id);
            if (c == 0) {
                return cluster[byId[mid]] + 1;
            }
            if (c < 0) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        throw dev.lede.corpus.io.DocumentIds.unknown(id, ids, "clustering");
    }

    /** The ids in cluster {@code c} (1..k), sorted. */
    public List<String> members(int c) {
        checkCluster(c);
        List<String> m = new ArrayList<>();
        for (int i = 0; i < cluster.length; i++) {
            if (cluster[i] == c - 1) {
                m.add(ids.get(i));
            }
        }
        m.sort(null);
        return m;
    }

    private void checkCluster(int c) {
        if (c < 1 || c > k) {
            throw new IllegalArgumentException("cluster " + c + " outside 1.." + k);
        }
    }

    /** Sizes of clusters 1..k (index 0 holds cluster 1). */
    public int[] sizes() {
        return Silhouette.sizes(cluster, k);
    }

    /** Mean silhouette over all documents (as {@code sklearn.metrics.silhouette_score}); NaN if undefined. */
    public double silhouette() {
        if (silhouetteArray().length == 0) {
            return Double.NaN;
        }
        double t = 0;
        for (int i : byId) {
            t += silhouetteArray()[i];
        }
        return t / silhouetteArray().length;
    }

    /** Silhouette of each document, in the order of {@link #ids()} (a copy). */
    public double[] silhouettes() {
        return silhouetteArray().clone();
    }

    /** Characteristic terms of cluster {@code c} (1..k), most characteristic first; empty when unknown. */
    public List<String> terms(int c) {
        checkCluster(c);
        return termLists().get(c - 1);
    }

    /** Columns document (string), cluster (int), silhouette (double); rows sorted by cluster, then id. */
    public Table toTable() {
        Integer[] order = new Integer[ids.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> cluster[x] != cluster[y] ? Integer.compare(cluster[x], cluster[y])
                : ids.get(x).compareTo(ids.get(y)));
        double[] silhouettes = silhouetteArray();
        return Tables.of("clustering", Arrays.asList(order),
                Tables.text(DOCUMENT, ids::get),
                Tables.integer(CLUSTER, i -> cluster[i] + 1),
                Tables.decimal(SILHOUETTE, i -> silhouettes[i]));
    }

    /** Columns cluster (int), size (int), silhouette (double, the members' mean), first_document, terms. */
    public Table clustersTable() {
        int[] sizes = sizes();
        double[] sum = new double[k];
        for (int i : byId) {
            sum[cluster[i]] += silhouetteArray()[i];
        }
        return Tables.of("clusters", java.util.stream.IntStream.range(0, k).boxed().toList(),
                Tables.integer(CLUSTER, j -> j + 1),
                Tables.integer(SIZE, j -> sizes[j]),
                Tables.decimal(SILHOUETTE, j -> sum[j] / sizes[j]),
                Tables.text(FIRST_DOCUMENT, j -> members(j + 1).get(0)),
                Tables.text(TERMS, j -> String.join(", ", termLists().get(j))));
    }

    @Override
    public MimeBundle toMimeBundle() {
        String caption = description + ": " + k + " clusters of " + ids.size() + " documents, mean silhouette "
                + Cells.number(silhouette());
        Table clusters = clustersTable();
        Table docs = toTable();
        return MimeBundle.builder()
                .text(Rendering.text(clusters, caption) + "\n" + Rendering.text(docs, "Documents"))
                .html("<div class=\"lede-clustering\">" + Rendering.html(clusters, caption)
                        + Rendering.html(docs, "Documents") + "</div>")
                .build();
    }

    @Override
    public String toString() {
        return "Clustering[" + description + ", k=" + k + ", sizes=" + Arrays.toString(sizes()) + "]";
    }
}
