package dev.lede.vectors;

/**
 * Silhouette coefficients as {@code sklearn.metrics.silhouette_samples} defines them: for document
 * i with mean distance a to the other members of its cluster and smallest mean distance b to the
 * members of another cluster, s = (b - a) / max(a, b); s = 0 for a document alone in its cluster
 * (and when a = b = 0). Defined only for 2 &le; k &le; n - 1 clusters; otherwise every value is NaN.
 */
final class Silhouette {

    private Silhouette() {
    }

    /** From a condensed upper-triangle distance array; {@code cluster} holds 0..k-1. */
    public static double[] fromCondensed(double[] condensed, int n, int[] cluster, int k) {
        double[] s = new double[n];
        if (k < 2 || k > n - 1) {
            java.util.Arrays.fill(s, Double.NaN);
            return s;
        }
        int[] size = sizes(cluster, k);
        // sums[i * k + c] = sum of distances from i to the members of c
        double[] sums = new double[n * k];
        int p = 0;
        for (int i = 0; i < n; i++) {
            int ci = cluster[i];
            for (int j = i + 1; j < n; j++) {
                double d = condensed[p++];
                sums[i * k + cluster[j]] += d;
                sums[j * k + ci] += d;
            }
        }
        for (int i = 0; i < n; i++) {
            s[i] = coefficient(sums, i * k, cluster[i], size, k);
        }
        return s;
    }

    /**
     * Cosine-distance silhouettes of L2-normalised sparse rows (CSR) without a distance matrix:
     * the summed distance from i to the members of c is |c| - x_i . S_c, S_c the sum of c's rows;
     * rows with no terms have similarity 0 to every other row (distance 1), as sklearn treats them.
     * {@code order} is the canonical order of the rows (a permutation of 0..n-1).
     */
    public static double[] cosine(int[] rowPtr, int[] cols, double[] vals, int n, int vocabulary,
                                  int[] cluster, int k, int[] order) {
        double[] s = new double[n];
        if (k < 2 || k > n - 1) {
            java.util.Arrays.fill(s, Double.NaN);
            return s;
        }
        int[] size = sizes(cluster, k);
        double[] sum = new double[k * vocabulary];
        // summed in the canonical row order, so that the result does not depend on the input order
        for (int r = 0; r < n; r++) {
            int i = order[r];
            int base = cluster[i] * vocabulary;
            for (int p = rowPtr[i]; p < rowPtr[i + 1]; p++) {
                sum[base + cols[p]] += vals[p];
            }
        }
        double[] sums = new double[k];
        for (int i = 0; i < n; i++) {
            double self = 0;
            for (int p = rowPtr[i]; p < rowPtr[i + 1]; p++) {
                self += vals[p] * vals[p];
            }
            for (int c = 0; c < k; c++) {
                int base = c * vocabulary;
                double dot = 0;
                for (int p = rowPtr[i]; p < rowPtr[i + 1]; p++) {
                    dot += vals[p] * sum[base + cols[p]];
                }
                // distance to itself is 0: take its own term out of its cluster's sum
                sums[c] = c == cluster[i] ? (size[c] - 1) - (dot - self) : size[c] - dot;
            }
            s[i] = coefficient(sums, 0, cluster[i], size, k);
        }
        return s;
    }

    private static double coefficient(double[] sums, int off, int own, int[] size, int k) {
        if (size[own] <= 1) {
            return 0;
        }
        double a = Math.max(0, sums[off + own] / (size[own] - 1));
        double b = Double.POSITIVE_INFINITY;
        for (int c = 0; c < k; c++) {
            if (c != own && size[c] > 0) {
                b = Math.min(b, Math.max(0, sums[off + c] / size[c]));
            }
        }
        double m = Math.max(a, b);
        return m == 0 ? 0 : (b - a) / m;
    }

    public static int[] sizes(int[] cluster, int k) {
        int[] size = new int[k];
        for (int c : cluster) {
            size[c]++;
        }
        return size;
    }
}
