package dev.lede.maps;

import java.util.List;
import smile.manifold.MDS;
import smile.manifold.TSNE;
import smile.math.MathEx;

/**
 * The calls into Smile's manifold learners. Smile draws its random numbers from a generator per
 * thread; each call seeds the calling thread's generator first, so a seed gives the same map. UMAP
 * runs in {@link Umap}, on its own seeded generator.
 */
final class Projections {

    static final int TSNE_ITERATIONS = 1000;
    static final int UMAP_ITERATIONS = 500;

    private Projections() {
    }

    /**
     * n x 2 coordinates of the documents at distances {@code d} (symmetric, zero diagonal); null for a
     * document UMAP leaves off the map (not connected to the largest part of its neighbour graph).
     */
    static double[][] project(double[][] d, MapOptions o) {
        int n = d.length;
        if (n < 3) {
            throw new IllegalArgumentException("a map needs at least 3 documents, got " + n);
        }
        synchronized (Projections.class) {
            MathEx.setSeed(o.seed());
            switch (o.method()) {
                case MDS:
                    return classicalMds(d);
                case TSNE: {
                    double[][] sq = new double[n][n];
                    for (int i = 0; i < n; i++) {
                        for (int j = 0; j < n; j++) {
                            sq[i][j] = d[i][j] * d[i][j];
                        }
                    }
                    double perplexity = o.perplexity() > 0 ? o.perplexity() : Math.min(30, (n - 1) / 3.0);
                    if (perplexity >= n - 1) {
                        throw new IllegalArgumentException("t-SNE's perplexity " + perplexity + " must be below the "
                                + "number of documents less one (" + (n - 1) + "): give a smaller perplexity");
                    }
                    int iterations = o.iterations() > 0 ? o.iterations() : TSNE_ITERATIONS;
                    return new TSNE(sq, 2, perplexity, 200, iterations).coordinates;
                }
                case UMAP: {
                    int k = o.neighbours() > 0 ? o.neighbours() : Math.min(15, n - 1);
                    if (k >= n) {
                        throw new IllegalArgumentException("UMAP's " + k + " neighbours must be fewer than the "
                                + n + " documents");
                    }
                    int iterations = o.iterations() > 0 ? o.iterations() : UMAP_ITERATIONS;
                    // the largest connected part of the neighbour graph is mapped; the rest stay off (null)
                    return Umap.layout(d, k, iterations, o.seed());
                }
                default:
                    throw new IllegalStateException(o.method().toString());
            }
        }
    }

    /**
     * Classical (Torgerson) MDS as {@link MDS} computes it: the two leading eigenvectors of
     * B = -1/2 J D&sup2; J (J centring), scaled by the square roots of their eigenvalues. Smile's
     * {@code MDS.of} finds them with ARPACK, whose random start carries over from call to call (so a
     * second call differs in the last digits), and LAPACK's dense solver changes in the last digits with
     * the number of OpenBLAS threads; here {@link Krylov} (plain Java, fixed start) finds them, the same
     * every time. Each axis's sign is fixed so its largest coordinate is positive.
     */
    static double[][] classicalMds(double[][] d) {
        int n = d.length;
        double[][] b = new double[n][n];
        double[] rowMean = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                b[i][j] = -0.5 * d[i][j] * d[i][j];
                rowMean[i] += b[i][j];
            }
            rowMean[i] /= n;
            total += rowMean[i];
        }
        double mean = total / n;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                b[i][j] = b[i][j] - rowMean[i] - rowMean[j] + mean;
            }
        }
        Krylov.Operator op = (x, y) -> {
            for (int i = 0; i < n; i++) {
                y[i] = Umap.dot(b[i], x);
            }
        };
        // B 1 = 0: the centring direction is an eigenvector (eigenvalue 0) that carries no coordinate
        double[] ones = new double[n];
        java.util.Arrays.fill(ones, 1 / Math.sqrt(n));
        double[][] v = Krylov.largest(n, op, ones, 2);
        double[][] xy = new double[n][2];
        double[] bv = new double[n];
        for (int axis = 0; axis < 2; axis++) {
            op.apply(v[axis], bv);
            double lambda = Umap.dot(v[axis], bv);
            if (!(lambda > 0)) {
                throw new IllegalArgumentException("the distances have fewer than 2 positive dimensions for MDS");
            }
            double scale = Math.sqrt(lambda);
            int big = 0;
            for (int i = 0; i < n; i++) {
                if (Math.abs(v[axis][i]) > Math.abs(v[axis][big])) {
                    big = i;
                }
            }
            double sign = v[axis][big] < 0 ? -scale : scale;
            for (int i = 0; i < n; i++) {
                xy[i][axis] = v[axis][i] * sign;
            }
        }
        return xy;
    }

    /**
     * Trustworthiness of the map (as scikit-learn's {@code sklearn.manifold.trustworthiness}): 1 less a
     * penalty for every document among a document's {@code k} nearest on the map that is not among its
     * {@code k} nearest by the original distances, weighted by how far down the original ranking it is.
     * 1 = every map neighbourhood is a true one. Ties broken by row order.
     */
    static double trustworthiness(double[][] d, double[][] xy, int k) {
        int n = d.length;
        if (k < 1 || k >= n / 2.0) {
            throw new IllegalArgumentException("trustworthiness needs 1 <= k < n/2 = " + (n / 2.0) + ", got " + k);
        }
        double t = 0;
        int[] rank = new int[n];
        for (int i = 0; i < n; i++) {
            final int row = i;
            Integer[] byOriginal = others(n, i);
            java.util.Arrays.sort(byOriginal, (a, b) -> {
                int c = Double.compare(d[row][a], d[row][b]);
                return c != 0 ? c : Integer.compare(a, b);
            });
            for (int r = 0; r < byOriginal.length; r++) {
                rank[byOriginal[r]] = r + 1;
            }
            Integer[] byMap = others(n, i);
            java.util.Arrays.sort(byMap, (a, b) -> {
                int c = Double.compare(sq(xy[row], xy[a]), sq(xy[row], xy[b]));
                return c != 0 ? c : Integer.compare(a, b);
            });
            for (int r = 0; r < k; r++) {
                int excess = rank[byMap[r]] - k;
                if (excess > 0) {
                    t += excess;
                }
            }
        }
        return 1 - t * (2.0 / (n * (double) k * (2.0 * n - 3.0 * k - 1.0)));
    }

    /**
     * Kruskal's stress-1 of the map against the original distances after the best scaling of the map:
     * sqrt(sum (d - b m)^2 / sum d^2) over pairs, with b = sum d m / sum m^2. 0 = distances kept exactly.
     */
    static double stress(double[][] d, double[][] xy) {
        int n = d.length;
        double dm = 0;
        double mm = 0;
        double dd = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double m = Math.sqrt(sq(xy[i], xy[j]));
                dm += d[i][j] * m;
                mm += m * m;
                dd += d[i][j] * d[i][j];
            }
        }
        double b = mm == 0 ? 0 : dm / mm;
        double r = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double e = d[i][j] - b * Math.sqrt(sq(xy[i], xy[j]));
                r += e * e;
            }
        }
        return dd == 0 ? 0 : Math.sqrt(r / dd);
    }

    private static Integer[] others(int n, int i) {
        Integer[] o = new Integer[n - 1];
        for (int j = 0, q = 0; j < n; j++) {
            if (j != i) {
                o[q++] = j;
            }
        }
        return o;
    }

    private static double sq(double[] a, double[] b) {
        double dx = a[0] - b[0];
        double dy = a[1] - b[1];
        return dx * dx + dy * dy;
    }
}
