package dev.lede.maps;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The leading eigenvectors of a symmetric operator by the Lanczos method with full
 * re-orthogonalisation, in plain Java with a fixed start vector: the same operator gives the same
 * bytes on every machine and at every thread count (native LAPACK/ARPACK results change with the
 * number of OpenBLAS threads, and ARPACK's own start vector cannot be seeded). The small tridiagonal
 * matrix is diagonalised by cyclic Jacobi rotations.
 */
final class Krylov {

    /** Most Lanczos steps; a graph Laplacian's leading eigenvectors are well within them. */
    static final int MAX_STEPS = 300;

    private Krylov() {
    }

    /** y = A x for the symmetric operator A. */
    interface Operator {
        void apply(double[] x, double[] y);
    }

    /**
     * The {@code count} eigenvectors (unit length) of the largest eigenvalues of A on the subspace
     * orthogonal to the unit vector {@code known} (an eigenvector already known), largest first.
     */
    static double[][] largest(int n, Operator a, double[] known, int count) {
        int steps = Math.min(n - 1, MAX_STEPS);
        if (steps < count) {
            throw new IllegalArgumentException("too few documents (" + n + ") for " + count + " eigenvectors");
        }
        double[][] q = new double[steps + 1][];
        double[] alpha = new double[steps];
        double[] beta = new double[steps];
        SplittableRandom random = new SplittableRandom(20240619);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = random.nextDouble() - 0.5;
        }
        orthogonalise(v, known, q, 0);
        Umap.scale(v, 1 / Math.sqrt(Umap.dot(v, v)));
        q[0] = v;
        int m = steps;
        double[] w = new double[n];
        for (int j = 0; j < steps; j++) {
            a.apply(q[j], w);
            alpha[j] = Umap.dot(q[j], w);
            for (int i = 0; i < n; i++) {
                w[i] -= alpha[j] * q[j][i] + (j > 0 ? beta[j - 1] * q[j - 1][i] : 0);
            }
            orthogonalise(w, known, q, j + 1);
            orthogonalise(w, known, q, j + 1);
            double norm = Math.sqrt(Umap.dot(w, w));
            if (norm < 1e-10 || j == steps - 1) {
                m = j + 1; // an invariant subspace (all of it when n is small): its Ritz vectors are exact
                break;
            }
            beta[j] = norm;
            q[j + 1] = w.clone();
            Umap.scale(q[j + 1], 1 / norm);
        }
        double[][] t = new double[m][m];
        for (int j = 0; j < m; j++) {
            t[j][j] = alpha[j];
            if (j + 1 < m) {
                t[j][j + 1] = beta[j];
                t[j + 1][j] = beta[j];
            }
        }
        double[][] s = jacobi(t);
        Integer[] order = new Integer[m];
        for (int j = 0; j < m; j++) {
            order[j] = j;
        }
        Arrays.sort(order, (x, y) -> {
            int c = Double.compare(t[y][y], t[x][x]);
            return c != 0 ? c : Integer.compare(x, y);
        });
        double[][] out = new double[count][n];
        for (int c = 0; c < count; c++) {
            int col = order[c];
            for (int j = 0; j < m; j++) {
                double f = s[j][col];
                for (int i = 0; i < n; i++) {
                    out[c][i] += f * q[j][i];
                }
            }
        }
        return out;
    }

    private static void orthogonalise(double[] w, double[] known, double[][] q, int upto) {
        double d = Umap.dot(known, w);
        for (int i = 0; i < w.length; i++) {
            w[i] -= d * known[i];
        }
        for (int j = 0; j < upto; j++) {
            double p = Umap.dot(q[j], w);
            for (int i = 0; i < w.length; i++) {
                w[i] -= p * q[j][i];
            }
        }
    }

    /**
     * Cyclic Jacobi: diagonalises the symmetric matrix {@code a} in place (its diagonal becomes the
     * eigenvalues) and returns the eigenvectors as columns.
     */
    static double[][] jacobi(double[][] a) {
        int n = a.length;
        double[][] v = new double[n][n];
        for (int i = 0; i < n; i++) {
            v[i][i] = 1;
        }
        for (int sweep = 0; sweep < 100; sweep++) {
            double off = 0;
            double diag = 0;
            for (int p = 0; p < n; p++) {
                diag += a[p][p] * a[p][p];
                for (int r = p + 1; r < n; r++) {
                    off += a[p][r] * a[p][r];
                }
            }
            if (off <= 1e-30 * diag || off == 0) {
                break;
            }
            for (int p = 0; p < n; p++) {
                for (int r = p + 1; r < n; r++) {
                    double apr = a[p][r];
                    if (apr == 0) {
                        continue;
                    }
                    double theta = (a[r][r] - a[p][p]) / (2 * apr);
                    double t = (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                    double c = 1 / Math.sqrt(t * t + 1);
                    double s = t * c;
                    for (int k = 0; k < n; k++) {
                        double akp = a[k][p];
                        double akr = a[k][r];
                        a[k][p] = c * akp - s * akr;
                        a[k][r] = s * akp + c * akr;
                    }
                    for (int k = 0; k < n; k++) {
                        double apk = a[p][k];
                        double ark = a[r][k];
                        a[p][k] = c * apk - s * ark;
                        a[r][k] = s * apk + c * ark;
                    }
                    for (int k = 0; k < n; k++) {
                        double vkp = v[k][p];
                        double vkr = v[k][r];
                        v[k][p] = c * vkp - s * vkr;
                        v[k][r] = s * vkp + c * vkr;
                    }
                }
            }
        }
        return v;
    }
}
