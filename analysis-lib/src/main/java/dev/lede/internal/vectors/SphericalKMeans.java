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

    /** A bound must beat the other by more than this (far above rounding) to skip a document. */
    private static final double MARGIN = 1e-9;

    /** Raw cluster per row (0..k-1), iterations of the best restart, whether it converged, mean cosine. */
    public record Result(int[] cluster, int iterations, boolean converged, double meanCosine) {
    }

    private SphericalKMeans() {
    }

    public static Result fit(int[] rowPtr, int[] cols, double[] vals, int v, int[] order, int k, long seed,
                             int maxIterations, int restarts) {
        // centroid rows are stored by falling document frequency, so the rows most documents touch
        // share the cache; sums over terms still run in term order, so the result is unchanged
        int[] df = new int[v];
        for (int p = 0; p < rowPtr[rowPtr.length - 1]; p++) {
            df[cols[p]]++;
        }
        Integer[] byDf = new Integer[v];
        for (int t = 0; t < v; t++) {
            byDf[t] = t;
        }
        Arrays.sort(byDf, (a, b) -> df[a] != df[b] ? Integer.compare(df[b], df[a]) : Integer.compare(a, b));
        int[] slot = new int[v];
        for (int i = 0; i < v; i++) {
            slot[byDf[i]] = i;
        }
        int[] slots = new int[rowPtr[rowPtr.length - 1]];
        for (int p = 0; p < slots.length; p++) {
            slots[p] = slot[cols[p]];
        }
        Result best = null;
        for (int r = 0; r < restarts; r++) {
            // restart r draws from its own stream; restart 0 from the seed itself
            Result res = once(rowPtr, slots, vals, v, slot, order, k, new SplittableRandom(seed + 0x9E3779B97F4A7C15L * r),
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

    private static Result once(int[] rowPtr, int[] cols, double[] vals, int v, int[] slot, int[] order, int k,
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
        double[] spare = new double[v * k];
        int rows = rowPtr.length - 1;
        int[] label = new int[rows];
        Arrays.fill(label, -1);
        double[] sim = new double[rows];
        // Elkan's bounds: lower[row] <= cosine to its own centroid, upper[row * k + c] >= cosine to
        // centroid c; a centroid moving by shift changes any unit document's cosine to it by at most shift
        double[] lower = new double[rows];
        double[] upper = new double[rows * k];
        double[] shift = new double[k];
        int it = 0;
        boolean converged = false;
        int chunks = n < 4096 ? 1 : Math.min(64, Math.max(1, n / 2048));
        while (true) {
            // each document's nearest centroid is independent of the others: chunks run in parallel,
            // and the result is the same whatever thread computes which chunk
            final double[] centres0 = cent;
            final boolean first = it == 0;
            int changed = java.util.stream.IntStream.range(0, chunks).parallel().map(ch -> {
                int from = (int) ((long) n * ch / chunks);
                int to = (int) ((long) n * (ch + 1) / chunks);
                return assign(rowPtr, cols, vals, k, order, from, to, centres0, label, sim, lower, upper, shift,
                        first);
            }).sum();
            it++;
            if (changed == 0) {
                converged = true;
                break;
            }
            if (it >= maxIterations) {
                break;
            }
            double[] old = cent;
            cent = spare;
            spare = old;
            update(rowPtr, cols, vals, v, slot, order, k, label, sim, lower, upper, old, cent, shift);
        }
        // skipped documents kept only bounds: the exact cosines to the final centroids
        ownCosines(rowPtr, cols, vals, k, order, cent, label, sim);
        double total = 0;
        for (int r = 0; r < n; r++) {
            total += sim[order[r]];
        }
        return new Result(label, it, converged, total / n);
    }

    /** sim[row] = cosine of each row to its own centroid, summed in the same order as {@link #assign}. */
    private static void ownCosines(int[] rowPtr, int[] cols, double[] vals, int k, int[] order, double[] cent,
                                   int[] label, double[] sim) {
        for (int row : order) {
            sim[row] = ownDot(rowPtr, cols, vals, k, row, cent, label[row]);
        }
    }

    private static double ownDot(int[] rowPtr, int[] cols, double[] vals, int k, int row, double[] cent, int c) {
        double s = 0;
        for (int p = rowPtr[row]; p < rowPtr[row + 1]; p++) {
            s += vals[p] * cent[cols[p] * k + c];
        }
        return s;
    }

    /**
     * Assigns rows order[from..to) to their nearest centroid; returns how many changed cluster. A
     * row whose lower bound beats every other cluster's upper bound by more than rounding cannot
     * move and is skipped, so the labels are those of the full computation.
     */
    private static int assign(int[] rowPtr, int[] cols, double[] vals, int k, int[] order, int from, int to,
                              double[] cent, int[] label, double[] sim, double[] lower, double[] upper,
                              double[] shift, boolean first) {
        double[] acc = new double[k];
        int changed = 0;
        for (int r = from; r < to; r++) {
            int row = order[r];
            int base0 = row * k;
            if (!first) {
                int own = label[row];
                double l = lower[row] - shift[own];
                double u = Double.NEGATIVE_INFINITY;
                for (int c = 0; c < k; c++) {
                    double b = upper[base0 + c] + shift[c];
                    upper[base0 + c] = b;
                    if (c != own && b > u) {
                        u = b;
                    }
                }
                if (l - u > MARGIN) {
                    lower[row] = l;
                    continue;
                }
                l = ownDot(rowPtr, cols, vals, k, row, cent, own);
                if (l - u > MARGIN) {
                    lower[row] = l;
                    continue;
                }
            }
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
            System.arraycopy(acc, 0, upper, base0, k);
            sim[row] = acc[b];
            lower[row] = acc[b];
            if (label[row] != b) {
                label[row] = b;
                changed++;
            }
        }
        return changed;
    }

    private static void update(int[] rowPtr, int[] cols, double[] vals, int v, int[] slot, int[] order, int k,
                               int[] label,
                               double[] sim, double[] lower, double[] upper, double[] old, double[] cent,
                               double[] shift) {
        int n = order.length;
        int[] size = new int[k];
        for (int r = 0; r < n; r++) {
            size[label[order[r]]]++;
        }
        boolean anyEmpty = false;
        for (int c = 0; c < k; c++) {
            anyEmpty |= size[c] == 0;
        }
        if (anyEmpty) {
            // the farthest document is chosen on exact cosines to the centroids just used
            ownCosines(rowPtr, cols, vals, k, order, old, label, sim);
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
                // its bounds are for another cluster: compute it in full next time
                lower[far] = Double.NEGATIVE_INFINITY;
            }
        }
        // clusters are independent: groups of them are summed in parallel, each cluster's sums in
        // the same order as one thread would, so the centroids are the same whatever the threads
        int groups = Math.min(k, Math.max(1, Runtime.getRuntime().availableProcessors()));
        java.util.stream.IntStream.range(0, groups).parallel().forEach(g -> {
            int c0 = (int) ((long) k * g / groups);
            int c1 = (int) ((long) k * (g + 1) / groups);
            centroids(rowPtr, cols, vals, v, slot, order, k, label, old, cent, shift, c0, c1);
        });
    }

    /** Centroids c0..c1-1: normalised sums of their documents, and how far each moved from old. */
    private static void centroids(int[] rowPtr, int[] cols, double[] vals, int v, int[] slot, int[] order, int k,
                                  int[] label, double[] old, double[] cent, double[] shift, int c0, int c1) {
        int w = c1 - c0;
        for (int t = 0; t < v; t++) {
            Arrays.fill(cent, t * k + c0, t * k + c1, 0);
        }
        for (int row : order) {
            int c = label[row];
            if (c >= c0 && c < c1) {
                for (int p = rowPtr[row]; p < rowPtr[row + 1]; p++) {
                    cent[cols[p] * k + c] += vals[p];
                }
            }
        }
        double[] norm = new double[w];
        for (int t = 0; t < v; t++) {
            int base = slot[t] * k + c0;
            for (int j = 0; j < w; j++) {
                double x = cent[base + j];
                norm[j] += x * x;
            }
        }
        for (int j = 0; j < w; j++) {
            norm[j] = norm[j] > 0 ? 1 / Math.sqrt(norm[j]) : 0;
        }
        double[] moved = new double[w];
        for (int t = 0; t < v; t++) {
            int base = t * k + c0;
            for (int j = 0; j < w; j++) {
                double x = cent[base + j] * norm[j];
                cent[base + j] = x;
                double d = x - old[base + j];
                moved[j] += d * d;
            }
        }
        for (int j = 0; j < w; j++) {
            // a little slack for the rounding of the sum
            shift[c0 + j] = Math.sqrt(moved[j]) * (1 + 1e-9) + 1e-12;
        }
    }
}
