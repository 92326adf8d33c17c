package dev.lede.internal.vectors;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Spherical k-means (Dhillon and Modha 2001) on L2-normalised CSR rows: each document goes to the
 * centroid of largest cosine, each centroid is the normalised sum of its documents. Centroids are
 * dense (terms x k, term-major so the inner loop runs over clusters); documents stay sparse.
 * Seeded k-means++ initialisation on cosine distance 1 - cos (half the squared Euclidean distance
 * of unit vectors). Rows are visited in a fixed canonical order (given by the caller, e.g. by
 * id), so the result does not depend on the order of the input.
 */
public final class SphericalKMeans {

    /** Cosine distances below this count as zero: identical documents. */
    private static final double SAME = 1e-12;

    /** Raw cluster per row (0..k-1), iterations of the best restart, whether it converged, mean cosine. */
    public record Result(int[] cluster, int iterations, boolean converged, double meanCosine) {
    }

    private SphericalKMeans() {
    }

    public static Result fit(int[] rowPtr, int[] cols, double[] vals, int v, int[] order, int k, long seed,
                             int maxIterations, int restarts) {
        Result best = null;
        for (int r = 0; r < restarts; r++) {
            // restart r draws from its own stream; restart 0 from the seed itself
            Result res = once(rowPtr, cols, vals, v, order, k, new SplittableRandom(seed + 0x9E3779B97F4A7C15L * r),
                    maxIterations);
            if (best == null || res.meanCosine() > best.meanCosine()) {
                best = res;
            }
        }
        return best;
    }

    private static double dot(int[] rowPtr, int[] cols, double[] vals, int row, double[] dense) {
        double s = 0;
        for (int p = rowPtr[row]; p < rowPtr[row + 1]; p++) {
            s += vals[p] * dense[cols[p]];
        }
        return s;
    }

    private static Result once(int[] rowPtr, int[] cols, double[] vals, int v, int[] order, int k,
                               SplittableRandom rnd, int maxIterations) {
        int n = order.length;
        // k-means++ seeding
        int[] centres = new int[k];
        double[] dist = new double[n];
        double[] dense = new double[v];
        centres[0] = order[rnd.nextInt(n)];
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
        for (int c = 0; ; c++) {
            int row = centres[c];
            for (int p = rowPtr[row]; p < rowPtr[row + 1]; p++) {
                dense[cols[p]] = vals[p];
            }
            for (int r = 0; r < n; r++) {
                double d = 1 - dot(rowPtr, cols, vals, order[r], dense);
                d = d < SAME ? 0 : d;
                if (d < dist[r]) {
                    dist[r] = d;
                }
            }
            for (int p = rowPtr[row]; p < rowPtr[row + 1]; p++) {
                dense[cols[p]] = 0;
            }
            if (c == k - 1) {
                break;
            }
            double total = 0;
            for (double d : dist) {
                total += d;
            }
            if (total == 0) {
                throw new IllegalArgumentException("the documents have only " + (c + 1)
                        + " distinct term profiles (identical documents count once), fewer than the " + k
                        + " clusters asked for: ask for at most " + (c + 1) + " clusters");
            }
            double u = rnd.nextDouble() * total;
            int pick = -1;
            double cum = 0;
            for (int r = 0; r < n; r++) {
                if (dist[r] > 0) {
                    cum += dist[r];
                    pick = r;
                    if (cum > u) {
                        break;
                    }
                }
            }
            centres[c + 1] = order[pick];
        }
        double[] cent = new double[v * k];
        for (int c = 0; c < k; c++) {
            int row = centres[c];
            for (int p = rowPtr[row]; p < rowPtr[row + 1]; p++) {
                cent[cols[p] * k + c] = vals[p];
            }
        }
        int rows = rowPtr.length - 1;
        int[] label = new int[rows];
        Arrays.fill(label, -1);
        double[] sim = new double[rows];
        int it = 0;
        boolean converged = false;
        int chunks = n < 4096 ? 1 : Math.min(64, Math.max(1, n / 2048));
        while (true) {
            // each document's nearest centroid is independent of the others: chunks run in parallel,
            // and the result is the same whatever thread computes which chunk
            final double[] centres0 = cent;
            int changed = java.util.stream.IntStream.range(0, chunks).parallel().map(ch -> {
                int from = (int) ((long) n * ch / chunks);
                int to = (int) ((long) n * (ch + 1) / chunks);
                return assign(rowPtr, cols, vals, k, order, from, to, centres0, label, sim);
            }).sum();
            it++;
            if (changed == 0) {
                converged = true;
                break;
            }
            if (it >= maxIterations) {
                break;
            }
            update(rowPtr, cols, vals, v, order, k, label, sim, cent);
        }
        double total = 0;
        for (int r = 0; r < n; r++) {
            total += sim[order[r]];
        }
        return new Result(label, it, converged, total / n);
    }

    /** Assigns rows order[from..to) to their nearest centroid; returns how many changed cluster. */
    private static int assign(int[] rowPtr, int[] cols, double[] vals, int k, int[] order, int from, int to,
                              double[] cent, int[] label, double[] sim) {
        double[] acc = new double[k];
        int changed = 0;
        for (int r = from; r < to; r++) {
            int row = order[r];
            Arrays.fill(acc, 0);
            for (int p = rowPtr[row]; p < rowPtr[row + 1]; p++) {
                double x = vals[p];
                int base = cols[p] * k;
                for (int c = 0; c < k; c++) {
                    acc[c] += x * cent[base + c];
                }
            }
            int b = 0;
            for (int c = 1; c < k; c++) {
                if (acc[c] > acc[b]) {
                    b = c;
                }
            }
            sim[row] = acc[b];
            if (label[row] != b) {
                label[row] = b;
                changed++;
            }
        }
        return changed;
    }

    private static void update(int[] rowPtr, int[] cols, double[] vals, int v, int[] order, int k, int[] label,
                               double[] sim, double[] cent) {
        int n = order.length;
        int[] size = new int[k];
        for (int r = 0; r < n; r++) {
            size[label[order[r]]]++;
        }
        // an empty cluster takes the document farthest from its centroid (among clusters of 2+)
        for (int c = 0; c < k; c++) {
            if (size[c] == 0) {
                int far = -1;
                for (int r = 0; r < n; r++) {
                    int row = order[r];
                    if (size[label[row]] > 1 && (far < 0 || sim[row] < sim[far])) {
                        far = row;
                    }
                }
                size[label[far]]--;
                label[far] = c;
                size[c] = 1;
                sim[far] = 1;
            }
        }
        Arrays.fill(cent, 0);
        for (int r = 0; r < n; r++) {
            int row = order[r];
            int c = label[row];
            for (int p = rowPtr[row]; p < rowPtr[row + 1]; p++) {
                cent[cols[p] * k + c] += vals[p];
            }
        }
        double[] norm = new double[k];
        for (int t = 0; t < v; t++) {
            for (int c = 0; c < k; c++) {
                double x = cent[t * k + c];
                norm[c] += x * x;
            }
        }
        for (int c = 0; c < k; c++) {
            norm[c] = norm[c] > 0 ? 1 / Math.sqrt(norm[c]) : 0;
        }
        for (int t = 0; t < v; t++) {
            for (int c = 0; c < k; c++) {
                cent[t * k + c] *= norm[c];
            }
        }
    }
}
