package dev.lede.topics;

import static org.bytedeco.arpackng.global.arpack.dsaupd_c;
import static org.bytedeco.arpackng.global.arpack.dseupd_c;

import java.util.SplittableRandom;

/**
 * The k leading eigenpairs of the Gram matrix of a sparse matrix (A A' when it has fewer rows than
 * columns, else A' A) by ARPACK's implicitly restarted Lanczos method (the library Smile's own
 * {@code ARPACK} class calls). Unlike Smile's call, the starting vector is fixed here (ARPACK's own
 * comes from a generator whose state carries over from call to call), so the same matrix gives the
 * same bytes every time.
 */
final class Lanczos {

    private Lanczos() {
    }

    /** Eigenvalues (descending) in {@code values[0..k)} and unit eigenvectors in {@code vectors[j]}. */
    record Eigen(double[] values, double[][] vectors) {
    }

    static Eigen gram(int rows, int cols, int[] ptr, int[] idx, double[] val, int k) {
        boolean byRows = rows <= cols;
        int n = byRows ? rows : cols;
        int ncv = Math.min(n, Math.max(2 * k + 1, 20));
        int[] ido = {0};
        int[] info = {1}; // use resid as the starting vector
        byte[] bmat = {'I'};
        byte[] which = {'L', 'A'};
        int[] iparam = new int[11];
        iparam[0] = 1;
        iparam[2] = 100 * n;
        iparam[6] = 1;
        int[] ipntr = new int[11];
        double[] workd = new double[3 * n];
        double[] workl = new double[ncv * (ncv + 8)];
        double[] resid = new double[n];
        SplittableRandom random = new SplittableRandom(20240619);
        for (int i = 0; i < n; i++) {
            resid[i] = random.nextDouble() - 0.5;
        }
        double[] v = new double[n * ncv];
        double[] tmp = new double[byRows ? cols : rows];
        double tol = 1e-14;
        do {
            dsaupd_c(ido, bmat, n, which, k, tol, resid, ncv, v, n, iparam, ipntr, workd, workl, workl.length, info);
            if (ido[0] == -1 || ido[0] == 1) {
                int x = ipntr[0] - 1;
                int y = ipntr[1] - 1;
                java.util.Arrays.fill(tmp, 0);
                if (byRows) {
                    // y = A (A' x): tmp = A' x over rows, then y_i = row_i . tmp
                    for (int r = 0; r < rows; r++) {
                        double xr = workd[x + r];
                        if (xr != 0) {
                            for (int p = ptr[r]; p < ptr[r + 1]; p++) {
                                tmp[idx[p]] += val[p] * xr;
                            }
                        }
                    }
                    for (int r = 0; r < rows; r++) {
                        double s = 0;
                        for (int p = ptr[r]; p < ptr[r + 1]; p++) {
                            s += val[p] * tmp[idx[p]];
                        }
                        workd[y + r] = s;
                    }
                } else {
                    // y = A' (A x)
                    for (int r = 0; r < rows; r++) {
                        double s = 0;
                        for (int p = ptr[r]; p < ptr[r + 1]; p++) {
                            s += val[p] * workd[x + idx[p]];
                        }
                        tmp[r] = s;
                    }
                    java.util.Arrays.fill(workd, y, y + n, 0);
                    for (int r = 0; r < rows; r++) {
                        for (int p = ptr[r]; p < ptr[r + 1]; p++) {
                            workd[y + idx[p]] += val[p] * tmp[r];
                        }
                    }
                }
            }
        } while (ido[0] == -1 || ido[0] == 1);
        if (info[0] < 0 || info[0] == 1 || info[0] == 3) {
            throw new IllegalStateException("ARPACK (dsaupd) failed with code " + info[0] + " on a " + rows + " x " + cols
                    + " matrix for " + k + " topics; try fewer topics");
        }
        double[] d = new double[ncv * 2];
        int[] select = new int[ncv];
        double[] z = new double[n * ncv];
        info[0] = 0;
        dseupd_c(1, new byte[] {'A'}, select, d, z, n, 0.0, bmat, n, which, k, tol, resid, ncv, v, n, iparam, ipntr,
                workd, workl, workl.length, info);
        if (info[0] != 0) {
            throw new IllegalStateException("ARPACK (dseupd) failed with code " + info[0]);
        }
        int found = iparam[4];
        if (found < k) {
            throw new IllegalStateException("ARPACK found " + found + " of " + k + " singular values; try fewer topics");
        }
        // ascending from ARPACK: reverse
        double[] values = new double[k];
        double[][] vectors = new double[k][n];
        for (int j = 0; j < k; j++) {
            int c = found - 1 - j;
            values[j] = d[c];
            System.arraycopy(z, c * n, vectors[j], 0, n);
        }
        return new Eigen(values, vectors);
    }
}
