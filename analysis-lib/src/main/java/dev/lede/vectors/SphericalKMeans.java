package dev.lede.vectors;

import dev.lede.corpus.Parallelism;
import dev.lede.progress.Progress;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Spherical k-means (Dhillon and Modha 2001) on L2-normalised CSR rows: each document goes to the
 * centroid of largest cosine (ties to the lower cluster), each centroid is the normalised sum of
 * its documents, until no document moves. Seeded k-means++ initialisation on cosine distance
 * 1 - cos (half the squared Euclidean distance of unit vectors). Rows are visited in a fixed
 * canonical order (given by the caller, e.g. by id), so the result does not depend on the order of
 * the input.
 *
 * <p>Exact Lloyd iterations, made cheaper without changing a bit of the result:
 * <ul>
 * <li>A centroid whose members did not change is bit for bit the same in the next pass (its sum
 * runs over the same documents in the same order), and so are the document's cosines to it. The
 * n x k cosines are kept (when they fit in {@link #DEFAULT_CACHE_LIMIT} values) and each pass
 * recomputes only the columns of the clusters that gained or lost a document; late passes, where
 * a handful of documents move, touch a few clusters instead of all k.</li>
 * <li>Only the recomputed centroids are stored, term-major and side by side (terms x m for m
 * changed clusters), so a late pass reads a small matrix. A document's cosines to them are summed
 * in registers, eight clusters at a time; each cosine is still the sum of the document's products
 * in term order starting from 0, whatever the grouping. m is rounded up to a multiple of 4 with
 * unchanged clusters (whose cosines come out the same bits), as a group of four costs about what
 * a lone cosine, one long chain of additions, does.</li>
 * <li>A document whose own centroid did not change can only move to a recomputed one: its own
 * cosine was the first maximum of the kept ones and still is among those unchanged.</li>
 * <li>The clusters' member sums are kept and updated by the documents that moved (subtracted
 * from the cluster they left, added to the one they joined, in canonical order), instead of
 * summing every member again; the recomputed centroids are then scaled in parallel, each norm
 * summed in fixed chunks of terms, so the bits do not depend on the thread count. This keeps a
 * second terms x k array of doubles beside the centroids.</li>
 * <li>The passes read a copy of the rows laid out in canonical order, with the terms renumbered
 * by descending document frequency for the centroids' rows (a {@link Layout}): each row's products
 * are still summed in its own term order, so the bits do not change, but the frequent terms' rows
 * of the centroids, which most documents touch, lie together and stay in cache (12 bytes more
 * memory per non-zero; measured in docs/tuning-notes.md).</li>
 * <li>Documents are split into fixed chunks (1024 by canonical position, never by thread) that
 * run in parallel; each document's cosines and choice depend on nothing else, so any thread count
 * gives the same result. Only the count of moved documents is merged (an integer sum).</li>
 * </ul>
 * Bounds that skip documents (Elkan, Hamerly) or single cosines prune too little on sparse text
 * to pay: a pass costs the walk over each document's terms more than the multiplications
 * (measurements in docs/tuning-notes.md).
 */
final class SphericalKMeans {

    /** Cosine distances below this count as zero: identical documents. */
    private static final double SAME = 1e-12;

    /** Cosines kept (documents x clusters) up to this many (128 MB of doubles); beyond, every pass computes all. */
    public static final long DEFAULT_CACHE_LIMIT = 16L << 20;

    /** Documents per parallel chunk: fixed, so the chunking never depends on the machine. */
    private static final int CHUNK = 1024;

    /** Raw cluster per row (0..k-1), iterations of the best restart, whether it converged, mean cosine. */
    public record Result(int[] cluster, int iterations, boolean converged, double meanCosine) {
    }

    private SphericalKMeans() {
    }

    public static Result fit(int[] rowPtr, int[] cols, double[] vals, int v, int[] order, int k, long seed,
                             int maxIterations, int restarts, Parallelism par) {
        return fit(rowPtr, cols, vals, v, order, k, seed, maxIterations, restarts, DEFAULT_CACHE_LIMIT, par);
    }

    /**
     * As {@link #fit(int[], int[], double[], int, int[], int, long, int, int, Parallelism)} with the size limit of
     * the cosine cache ({@code 0}: no cache, every pass computes all n x k cosines; same result).
     */
    public static Result fit(int[] rowPtr, int[] cols, double[] vals, int v, int[] order, int k, long seed,
                             int maxIterations, int restarts, long cacheLimit, Parallelism par) {
        try (Progress progress = Progress.startAtMost("k-means, k = " + k, (long) restarts * maxIterations,
                Progress.Unit.ITERATIONS)) {
            return fit(rowPtr, cols, vals, v, order, k, seed, maxIterations, restarts, cacheLimit, par, progress);
        }
    }

    private static Result fit(int[] rowPtr, int[] cols, double[] vals, int v, int[] order, int k, long seed,
                              int maxIterations, int restarts, long cacheLimit, Parallelism par, Progress progress) {
        Layout layout = Layout.of(rowPtr, cols, vals, v, order);
        Result best = null;
        for (int r = 0; r < restarts; r++) {
            // restart r draws from its own stream; restart 0 from the seed itself
            Result res = once(rowPtr, cols, vals, v, order, layout, k, new SplittableRandom(seed + 0x9E3779B97F4A7C15L * r),
                    maxIterations, (long) order.length * k <= cacheLimit, par, progress);
            progress.advance(maxIterations - res.iterations()); // a converged restart counts in full
            if (best == null || res.meanCosine() > best.meanCosine()) {
                best = res;
            }
        }
        return best;
    }

    private static int chunks(int n) {
        return Math.max(1, (n + CHUNK - 1) / CHUNK);
    }

    private static int from(int n, int chunk) {
        return Math.min(n, chunk * CHUNK);
    }

    private static double dot(int[] rowPtr, int[] cols, double[] vals, int row, double[] dense) {
        double s = 0;
        for (int p = rowPtr[row]; p < rowPtr[row + 1]; p++) {
            s += vals[p] * dense[cols[p]];
        }
        return s;
    }

    /** k-means++ on cosine distance: the first centre uniformly, each next one with probability proportional to its distance. */
    private static int[] seeds(int[] rowPtr, int[] cols, double[] vals, int v, int[] order, int k,
                               SplittableRandom rnd, Parallelism par) {
        int n = order.length;
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
            par.forEach(chunks(n), ch -> {
                for (int r = from(n, ch), to = from(n, ch + 1); r < to; r++) {
                    double d = 1 - dot(rowPtr, cols, vals, order[r], dense);
                    d = d < SAME ? 0 : d;
                    if (d < dist[r]) {
                        dist[r] = d;
                    }
                }
            });
            for (int p = rowPtr[row]; p < rowPtr[row + 1]; p++) {
                dense[cols[p]] = 0;
            }
            if (c == k - 1) {
                return centres;
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
    }

    private static Result once(int[] rowPtr, int[] cols, double[] vals, int v, int[] order, Layout layout, int k,
                               SplittableRandom rnd, int maxIterations, boolean cache, Parallelism par,
                               Progress progress) {
        int n = order.length;
        int[] centres = seeds(rowPtr, cols, vals, v, order, k, rnd, par);
        // label and cosine to the own centroid by canonical position r (row order[r]); with the
        // cache, the cosines to every centroid (r * k + c)
        int[] label = new int[n];
        int[] before = new int[n];
        Arrays.fill(label, -1);
        double[] sim = new double[n];
        double[] cos = cache ? new double[n * k] : null;
        // the centroids to (re)compute this pass, term-major: packed[t * m + j] is cluster which[j]
        int[] which = new int[k];
        for (int c = 0; c < k; c++) {
            which[c] = c;
        }
        int m = k;
        double[] packed = new double[v * k];
        for (int c = 0; c < k; c++) {
            int row = centres[c];
            for (int p = rowPtr[row]; p < rowPtr[row + 1]; p++) {
                packed[layout.rank[cols[p]] * k + c] = vals[p];
            }
        }
        // the clusters' member sums, term-major (sums[t * k + c]), kept up to date by the moves
        double[] sums = new double[v * k];
        boolean[] dirty = new boolean[k];
        Arrays.fill(dirty, true);
        int chunks = chunks(n);
        int it = 0;
        boolean converged = false;
        while (true) {
            int mm = m;
            System.arraycopy(label, 0, before, 0, n);
            int[] moved = new int[chunks];
            par.forEach(chunks, ch -> moved[ch] = assign(layout.ptr, layout.cols, layout.vals, k,
                    from(n, ch), from(n, ch + 1), packed, which, mm, dirty, cos, label, sim));
            int changed = Arrays.stream(moved).sum();
            it++;
            progress.advance(1);
            progress.note(String.format(java.util.Locale.ROOT, "%,d documents moved", changed));
            if (changed == 0) {
                converged = true;
                break;
            }
            if (it >= maxIterations) {
                break;
            }
            emptyClusters(n, k, label, sim);
            // a centroid changes only when its members do (after the first pass, all: seeds become means)
            Arrays.fill(dirty, it == 1 || cos == null);
            for (int r = 0; r < n; r++) {
                int to = label[r];
                int was = before[r];
                if (to != was) {
                    dirty[to] = true;
                    int row = order[r];
                    for (int p = rowPtr[row]; p < rowPtr[row + 1]; p++) {
                        int b = cols[p] * k;
                        sums[b + to] += vals[p];
                        if (was >= 0) {
                            sums[b + was] -= vals[p];
                        }
                    }
                    if (was >= 0) {
                        dirty[was] = true;
                    }
                }
            }
            m = 0;
            for (int c = 0; c < k; c++) {
                if (dirty[c]) {
                    which[m++] = c;
                }
            }
            // round up to a multiple of 4 with unchanged clusters (their cosines come out the same
            // bits): a group of 4 costs about what a lone cosine does, whose sum is one long chain
            for (int c = 0; m % 4 != 0 && c < k; c++) {
                if (!dirty[c]) {
                    dirty[c] = true;
                    which[m++] = c;
                }
            }
            centroids(sums, v, k, which, m, packed, layout.rank, par);
        }
        double total = 0;
        for (int r = 0; r < n; r++) {
            total += sim[r];
        }
        int[] cluster = new int[rowPtr.length - 1];
        for (int r = 0; r < n; r++) {
            cluster[order[r]] = label[r];
        }
        return new Result(cluster, it, converged, total / n);
    }

    /** An empty cluster takes the document farthest from its centroid (among clusters of 2+). */
    private static void emptyClusters(int n, int k, int[] label, double[] sim) {
        int[] size = new int[k];
        for (int r = 0; r < n; r++) {
            size[label[r]]++;
        }
        for (int c = 0; c < k; c++) {
            if (size[c] == 0) {
                int far = -1;
                for (int r = 0; r < n; r++) {
                    if (size[label[r]] > 1 && (far < 0 || sim[r] < sim[far])) {
                        far = r;
                    }
                }
                size[label[far]]--;
                label[far] = c;
                size[c] = 1;
                sim[far] = 1;
            }
        }
    }

    /**
     * Assigns canonical positions [from, to) to their nearest centroid, computing the cosines to
     * the {@code m} clusters {@code which[0..m)} (flagged in {@code recomputed}) from {@code packed};
     * the others come from {@code cos} (null: m is k and nothing is kept). Returns how many changed.
     */
    private static int assign(int[] rowPtr, int[] cols, double[] vals, int k, int from, int to,
                              double[] packed, int[] which, int m, boolean[] recomputed, double[] cos,
                              int[] label, double[] sim) {
        double[] acc = new double[m];
        int changed = 0;
        for (int r = from; r < to; r++) {
            dots(cols, vals, rowPtr[r], rowPtr[r + 1], packed, m, acc);
            int best = 0;
            double bestCos;
            if (cos == null) {
                for (int c = 1; c < k; c++) {
                    if (acc[c] > acc[best]) {
                        best = c;
                    }
                }
                bestCos = acc[best];
            } else {
                int o = r * k;
                for (int j = 0; j < m; j++) {
                    cos[o + which[j]] = acc[j];
                }
                int own = label[r];
                if (own >= 0 && !recomputed[own]) {
                    // the own centroid is unchanged, and was the first maximum of the kept cosines:
                    // it stays so among the unchanged ones, so only the recomputed can beat it
                    best = own;
                    bestCos = cos[o + own];
                    for (int j = 0; j < m; j++) {
                        int c = which[j];
                        if (acc[j] > bestCos || acc[j] == bestCos && c < best) {
                            best = c;
                            bestCos = acc[j];
                        }
                    }
                } else {
                    for (int c = 1; c < k; c++) {
                        if (cos[o + c] > cos[o + best]) {
                            best = c;
                        }
                    }
                    bestCos = cos[o + best];
                }
            }
            sim[r] = bestCos;
            if (label[r] != best) {
                label[r] = best;
                changed++;
            }
        }
        return changed;
    }

    /**
     * Cosines of the row [lo, hi) to the m centroids of {@code packed} into acc[0..m), eight at a
     * time in independent sums; each is the row's products summed in term order from 0, whatever
     * the grouping, so the same bits as one cosine computed alone.
     */
    private static void dots(int[] cols, double[] vals, int lo, int hi, double[] packed, int m, double[] acc) {
        int j = 0;
        for (; j + 8 <= m; j += 8) {
            double a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0, a6 = 0, a7 = 0;
            for (int p = lo; p < hi; p++) {
                double x = vals[p];
                int b = cols[p] * m + j;
                a0 += x * packed[b];
                a1 += x * packed[b + 1];
                a2 += x * packed[b + 2];
                a3 += x * packed[b + 3];
                a4 += x * packed[b + 4];
                a5 += x * packed[b + 5];
                a6 += x * packed[b + 6];
                a7 += x * packed[b + 7];
            }
            acc[j] = a0;
            acc[j + 1] = a1;
            acc[j + 2] = a2;
            acc[j + 3] = a3;
            acc[j + 4] = a4;
            acc[j + 5] = a5;
            acc[j + 6] = a6;
            acc[j + 7] = a7;
        }
        if (j + 4 <= m) {
            double a0 = 0, a1 = 0, a2 = 0, a3 = 0;
            for (int p = lo; p < hi; p++) {
                double x = vals[p];
                int b = cols[p] * m + j;
                a0 += x * packed[b];
                a1 += x * packed[b + 1];
                a2 += x * packed[b + 2];
                a3 += x * packed[b + 3];
            }
            acc[j] = a0;
            acc[j + 1] = a1;
            acc[j + 2] = a2;
            acc[j + 3] = a3;
            j += 4;
        }
        if (j + 2 <= m) {
            double a0 = 0, a1 = 0;
            for (int p = lo; p < hi; p++) {
                double x = vals[p];
                int b = cols[p] * m + j;
                a0 += x * packed[b];
                a1 += x * packed[b + 1];
            }
            acc[j] = a0;
            acc[j + 1] = a1;
            j += 2;
        }
        if (j < m) {
            double a0 = 0;
            for (int p = lo; p < hi; p++) {
                a0 += vals[p] * packed[cols[p] * m + j];
            }
            acc[j] = a0;
        }
    }

    /** Terms per parallel chunk of the centroid step: fixed, so the norms' summation order never depends on the machine. */
    private static final int TERM_CHUNK = 4096;

    /**
     * Writes the centroids of clusters which[0..m) into {@code packed} (term-major, stride m): the
     * member sums scaled by 1 / their norm. Each norm is summed in fixed chunks of terms, the
     * chunks' partial sums then added in term order, so the same sums give the same bits on any
     * number of threads.
     */
    private static void centroids(double[] sums, int v, int k, int[] which, int m, double[] packed, int[] rank,
                                  Parallelism par) {
        int chunks = Math.max(1, (v + TERM_CHUNK - 1) / TERM_CHUNK);
        double[][] partial = new double[chunks][];
        par.forEach(chunks, ch -> {
            double[] norm = new double[m];
            for (int t = ch * TERM_CHUNK, end = Math.min(v, t + TERM_CHUNK); t < end; t++) {
                int b = t * k;
                for (int j = 0; j < m; j++) {
                    double x = sums[b + which[j]];
                    norm[j] += x * x;
                }
            }
            partial[ch] = norm;
        });
        double[] scale = new double[m];
        for (int j = 0; j < m; j++) {
            double s = 0;
            for (double[] p : partial) {
                s += p[j];
            }
            scale[j] = s > 0 ? 1 / Math.sqrt(s) : 0;
        }
        par.forEach(chunks, ch -> {
            for (int t = ch * TERM_CHUNK, end = Math.min(v, t + TERM_CHUNK); t < end; t++) {
                int b = t * k;
                int o = rank[t] * m;
                for (int j = 0; j < m; j++) {
                    packed[o + j] = sums[b + which[j]] * scale[j];
                }
            }
        });
    }

    /**
     * The rows in canonical order (row r is order[r]) with their terms renumbered by descending
     * document frequency (ties by term), the order of each row's entries unchanged: the sums run
     * over the same products in the same order, while the centroid rows of frequent terms, which
     * most documents touch, lie together in memory.
     */
    static final class Layout {
        final int[] ptr;
        final int[] cols;
        final double[] vals;
        final int[] rank;

        private Layout(int[] ptr, int[] cols, double[] vals, int[] rank) {
            this.ptr = ptr;
            this.cols = cols;
            this.vals = vals;
            this.rank = rank;
        }

        static Layout of(int[] rowPtr, int[] cols, double[] vals, int v, int[] order) {
            int n = order.length;
            int[] df = new int[v];
            for (int r = 0; r < n; r++) {
                int row = order[r];
                for (int p = rowPtr[row]; p < rowPtr[row + 1]; p++) {
                    df[cols[p]]++;
                }
            }
            // sort terms by descending frequency, ties by term: key = (maxDf - df) << 32 | term
            long[] key = new long[v];
            for (int t = 0; t < v; t++) {
                key[t] = ((long) (Integer.MAX_VALUE - df[t]) << 32) | t;
            }
            Arrays.sort(key);
            int[] rank = new int[v];
            for (int i = 0; i < v; i++) {
                rank[(int) key[i]] = i;
            }
            int[] ptr = new int[n + 1];
            for (int r = 0; r < n; r++) {
                int row = order[r];
                ptr[r + 1] = ptr[r] + rowPtr[row + 1] - rowPtr[row];
            }
            int[] c = new int[ptr[n]];
            double[] x = new double[ptr[n]];
            for (int r = 0; r < n; r++) {
                int row = order[r];
                for (int p = rowPtr[row], q = ptr[r]; p < rowPtr[row + 1]; p++, q++) {
                    c[q] = rank[cols[p]];
                    x[q] = vals[p];
                }
            }
            return new Layout(ptr, c, x, rank);
        }
    }
}
