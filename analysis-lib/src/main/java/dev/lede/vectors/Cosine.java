package dev.lede.vectors;

import dev.lede.corpus.Parallelism;

/**
 * Cosine similarities of L2-normalised CSR rows by sparse dot products over an inverted index
 * (the transpose): row i meets only the rows that share a term with it.
 */
final class Cosine {

    private Cosine() {
    }

    /** Column-major copy (CSC) of the rows: for each term, the rows containing it in ascending order. */
    public record Postings(int[] colPtr, int[] rows, double[] vals) {
    }

    public static Postings transpose(int[] rowPtr, int[] cols, double[] vals, int n, int v) {
        int[] colPtr = new int[v + 1];
        for (int c : cols) {
            colPtr[c + 1]++;
        }
        for (int t = 0; t < v; t++) {
            colPtr[t + 1] += colPtr[t];
        }
        int[] next = java.util.Arrays.copyOf(colPtr, v);
        int[] rows = new int[cols.length];
        double[] pv = new double[cols.length];
        for (int i = 0; i < n; i++) {
            for (int p = rowPtr[i]; p < rowPtr[i + 1]; p++) {
                int q = next[cols[p]]++;
                rows[q] = i;
                pv[q] = vals[p];
            }
        }
        return new Postings(colPtr, rows, pv);
    }

    /**
     * All pairs, as a dense row-major n x n array; the diagonal is each row's squared length
     * (1, or 0 for a row with no terms). Each pair's dot product is summed in the same term order
     * for (i, j) and (j, i), so the result is exactly symmetric.
     */
    public static double[] allPairs(int[] rowPtr, int[] cols, double[] vals, int n, int v, Parallelism par) {
        Postings t = transpose(rowPtr, cols, vals, n, v);
        double[] out = new double[n * n];
        // each unordered pair (i < j) is computed and written by the task that owns row i only, so
        // tasks never write the same cell and the values do not depend on the scheduling
        int chunks = n < 256 ? 1 : Math.min(256, n / 16);
        par.forEach(chunks, ch -> {
            double[] acc = new double[n];
            for (int i = ch; i < n; i += chunks) {
                row(rowPtr, cols, vals, n, t, i, acc, out);
            }
        });
        return out;
    }

    private static void row(int[] rowPtr, int[] cols, double[] vals, int n, Postings t, int i, double[] acc,
                            double[] out) {
        int[] colPtr = t.colPtr();
        int[] prow = t.rows();
        double[] pval = t.vals();
        double self = 0;
        for (int p = rowPtr[i]; p < rowPtr[i + 1]; p++) {
            int term = cols[p];
            double x = vals[p];
            self += x * x;
            int end = colPtr[term + 1];
            // the postings are in row order: start after row i itself
            int q = java.util.Arrays.binarySearch(prow, colPtr[term], end, i) + 1;
            for (; q < end; q++) {
                acc[prow[q]] += x * pval[q];
            }
        }
        int base = i * n;
        out[base + i] = self;
        for (int j = i + 1; j < n; j++) {
            double s = acc[j];
            if (s != 0) {
                out[base + j] = s;
                out[j * n + i] = s;
                acc[j] = 0;
            }
        }
    }

    /**
     * The k most similar other rows of every row: {@code neighbours[i * k + r]} and
     * {@code sims[i * k + r]} for rank r, most similar first, ties by smaller row; rows with fewer
     * than k others sharing a term are filled with the remaining rows at similarity 0, in row order.
     */
    public static void nearest(int[] rowPtr, int[] cols, double[] vals, int n, int v, int k,
                               int[] neighbours, double[] sims, Parallelism par) {
        Postings t = transpose(rowPtr, cols, vals, n, v);
        // rows are independent: blocks run in parallel, each writing only its own rows' results
        int blocks = n < 256 ? 1 : Math.min(256, n / 64);
        par.forEach(blocks, b -> nearestBlock(rowPtr, cols, vals, n, k, t,
                (int) ((long) n * b / blocks), (int) ((long) n * (b + 1) / blocks), neighbours, sims));
    }

    private static void nearestBlock(int[] rowPtr, int[] cols, double[] vals, int n, int k, Postings t, int from,
                                     int to, int[] neighbours, double[] sims) {
        int[] colPtr = t.colPtr();
        int[] prow = t.rows();
        double[] pval = t.vals();
        double[] acc = new double[n];
        int[] touched = new int[n];
        boolean[] seen = new boolean[n];
        int[] bestRow = new int[k];
        double[] bestSim = new double[k];
        for (int i = from; i < to; i++) {
            int m = 0;
            for (int p = rowPtr[i]; p < rowPtr[i + 1]; p++) {
                int term = cols[p];
                double x = vals[p];
                for (int q = colPtr[term]; q < colPtr[term + 1]; q++) {
                    int j = prow[q];
                    if (!seen[j]) {
                        seen[j] = true;
                        touched[m++] = j;
                    }
                    acc[j] += x * pval[q];
                }
            }
            int filled = 0;
            for (int a = 0; a < m; a++) {
                int j = touched[a];
                double s = acc[j];
                acc[j] = 0;
                seen[j] = false;
                if (j == i) {
                    continue;
                }
                filled = insert(bestRow, bestSim, filled, k, j, s);
            }
            // fewer than k rows share a term: the others, at similarity 0, in row order
            for (int j = 0; j < n && filled < k; j++) {
                if (j != i && !contains(bestRow, filled, j)) {
                    filled = insert(bestRow, bestSim, filled, k, j, 0);
                }
            }
            System.arraycopy(bestRow, 0, neighbours, i * k, k);
            System.arraycopy(bestSim, 0, sims, i * k, k);
        }
    }

    private static boolean contains(int[] rows, int len, int j) {
        for (int a = 0; a < len; a++) {
            if (rows[a] == j) {
                return true;
            }
        }
        return false;
    }

    private static int insert(int[] rows, double[] sims, int len, int k, int j, double s) {
        int pos = len;
        while (pos > 0 && (sims[pos - 1] < s || (sims[pos - 1] == s && rows[pos - 1] > j))) {
            pos--;
        }
        if (pos >= k) {
            return len;
        }
        int last = Math.min(len, k - 1);
        for (int a = last; a > pos; a--) {
            rows[a] = rows[a - 1];
            sims[a] = sims[a - 1];
        }
        rows[pos] = j;
        sims[pos] = s;
        return Math.min(len + 1, k);
    }
}
