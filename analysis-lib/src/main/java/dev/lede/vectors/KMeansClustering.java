package dev.lede.vectors;

import dev.lede.display.MimeBundle;
import dev.lede.display.Cells;
import dev.lede.display.Renderable;
import java.util.Objects;

/**
 * k-means on cosine geometry for corpora too large for a distance matrix: spherical k-means on the
 * L2-normalised rows of a sparse {@link DocumentTermMatrix} (never densified; only the k centroids
 * and their member sums are dense, 16 bytes per term and cluster). Each document goes to the
 * centroid of largest cosine similarity (ties to the lower cluster), each centroid is the
 * normalised sum of its documents, until no document moves or {@code maxIterations}. Initialised
 * by k-means++ on cosine distance with a seeded {@link java.util.SplittableRandom}; documents are
 * visited in id order, so the same corpus and seed give the same clusters and numbering whatever
 * the input order. Silhouettes are on cosine distance (as {@code silhouette_score(X, labels,
 * metric='cosine')}), computed from cluster sums in O(non-zeros x k).
 *
 * <p>Bad input: k larger than the number of documents, documents with no terms (remove them with
 * {@link DocumentTermMatrix#withoutEmptyDocuments()}) and fewer distinct documents than k are
 * rejected with an {@link IllegalArgumentException}.
 *
 * <pre>{@code
 * KMeansClustering km = KMeansClustering.of(matrix, KMeansClustering.Options.builder().k(20).seed(42).build());
 * km.clustering().sizes();
 * km.clustering().terms(1);   // characteristic terms of cluster 1
 * km.iterations();
 * }</pre>
 */
public final class KMeansClustering implements Renderable {

    /**
     * k (required), seed (default 0), maximum iterations (default 100), restarts (default 1; the
     * restart with the highest mean cosine to its centroid wins, ties to the first).
     *
     * <pre>{@code
     * KMeansClustering.Options o = KMeansClustering.Options.builder().k(20).seed(7).restarts(3).build();
     * }</pre>
     */
    public static final class Options {
        private final int k;
        private final long seed;
        private final int maxIterations;
        private final int restarts;

        private Options(Builder b) {
            this.k = b.k;
            this.seed = b.seed;
            this.maxIterations = b.maxIterations;
            this.restarts = b.restarts;
        }

        public static Builder builder() {
            return new Builder();
        }

        public int k() {
            return k;
        }

        public long seed() {
            return seed;
        }

        public int maxIterations() {
            return maxIterations;
        }

        public int restarts() {
            return restarts;
        }

        /** Builds {@link Options}. */
        public static final class Builder {
            private int k = -1;
            private long seed;
            private int maxIterations = 100;
            private int restarts = 1;

            private Builder() {
            }

            public Builder k(int k) {
                if (k < 1) {
                    throw new IllegalArgumentException("k = " + k + ": give at least 1 cluster");
                }
                this.k = k;
                return this;
            }

            public Builder seed(long seed) {
                this.seed = seed;
                return this;
            }

            public Builder maxIterations(int iterations) {
                if (iterations < 1) {
                    throw new IllegalArgumentException("maxIterations " + iterations + " < 1");
                }
                this.maxIterations = iterations;
                return this;
            }

            public Builder restarts(int restarts) {
                if (restarts < 1) {
                    throw new IllegalArgumentException("restarts " + restarts + " < 1");
                }
                this.restarts = restarts;
                return this;
            }

            public Options build() {
                if (k < 1) {
                    throw new IllegalArgumentException("k is not set: call k(number of clusters)");
                }
                return new Options(this);
            }
        }
    }

    private final Options options;
    private final Clustering clustering;
    private final int iterations;
    private final boolean converged;
    private final double meanCosine;

    private KMeansClustering(Options options, Clustering clustering, int iterations, boolean converged,
                             double meanCosine) {
        this.options = options;
        this.clustering = clustering;
        this.iterations = iterations;
        this.converged = converged;
        this.meanCosine = meanCosine;
    }

    /** {@code k} clusters with {@code seed}, default iterations and one start. */
    public static KMeansClustering of(DocumentTermMatrix matrix, int k, long seed) {
        return of(matrix, Options.builder().k(k).seed(seed).build());
    }

    public static KMeansClustering of(DocumentTermMatrix matrix, Options options) {
        Objects.requireNonNull(matrix, "matrix");
        Objects.requireNonNull(options, "options");
        int n = matrix.rows();
        int k = options.k();
        if (k > n) {
            throw new IllegalArgumentException("cannot make " + k + " clusters of " + n
                    + " documents: ask for at most " + n);
        }
        java.util.List<String> empty = matrix.emptyDocuments();
        if (!empty.isEmpty()) {
            throw new IllegalArgumentException(empty.size() + " documents have no terms and no direction in cosine"
                    + " geometry: " + (empty.size() <= 5 ? empty : empty.subList(0, 5) + "...")
                    + "; remove them with matrix.withoutEmptyDocuments()");
        }
        java.util.List<String> ids = matrix.ids();
        Integer[] boxed = new Integer[n];
        for (int i = 0; i < n; i++) {
            boxed[i] = i;
        }
        java.util.Arrays.sort(boxed, (a, b) -> ids.get(a).compareTo(ids.get(b)));
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = boxed[i];
        }
        int[] ptr = matrix.rowPointers();
        int[] cols = matrix.columnIndices();
        double[] vals = matrix.unitValues();
        int v = matrix.columns();
        SphericalKMeans.Result r = SphericalKMeans.fit(ptr, cols, vals, v, order, k, options.seed(),
                options.maxIterations(), options.restarts(), matrix.parallelism());
        String description = "spherical k-means, k = " + k + ", seed " + options.seed();
        Clustering c = Clustering.of(description, ids, r.cluster(),
                (lab, kk) -> Silhouette.cosine(ptr, cols, vals, n, v, lab, kk, order),
                (lab, kk) -> matrix.characteristicTerms(lab, kk, Clustering.LABEL_TERMS, order));
        return new KMeansClustering(options, c, r.iterations(), r.converged(), r.meanCosine());
    }

    public Options options() {
        return options;
    }

    /** The clusters, sizes, silhouettes and terms. */
    public Clustering clustering() {
        return clustering;
    }

    /** Assignment passes of the chosen start. */
    public int iterations() {
        return iterations;
    }

    /** Whether no document moved in the last pass (false when {@code maxIterations} stopped it). */
    public boolean converged() {
        return converged;
    }

    /** Mean cosine similarity of each document to its cluster's centroid (higher is tighter). */
    public double meanCosine() {
        return meanCosine;
    }

    @Override
    public MimeBundle toMimeBundle() {
        MimeBundle inner = clustering.toMimeBundle();
        String note = iterations + " iterations" + (converged ? ", converged" : ", stopped before converging")
                + ", mean cosine to centroid " + Cells.number(meanCosine);
        return MimeBundle.builder()
                .text(note + "\n" + inner.get(MimeBundle.TEXT_PLAIN))
                .html("<p>" + dev.lede.display.Html.escape(note) + "</p>" + inner.get(MimeBundle.TEXT_HTML))
                .build();
    }

    @Override
    public String toString() {
        return "KMeansClustering[k=" + options.k() + ", seed=" + options.seed() + ", " + iterations + " iterations, "
                + clustering + "]";
    }
}
