package dev.lede.maps;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Random;
import smile.math.DifferentiableMultivariateFunction;
import smile.math.LevenbergMarquardt;

/**
 * UMAP as Smile's {@code smile.manifold.UMAP} computes it (the same neighbour graph, fuzzy set, curve,
 * spectral start and optimisation, steps and constants), with every source of chance under the map's
 * seed, so the same distances and seed give the same coordinates byte for byte. Smile's own cannot:
 * its spectral start comes from ARPACK with a random start vector that cannot be seeded (the native
 * generator's state carries over from call to call), and its negative samples from a per-thread
 * generator. Here the spectral start comes from {@link Krylov} (Lanczos in plain Java from a fixed start
 * on the sparse graph; native solvers change in the last digits with the number of OpenBLAS threads,
 * which the optimisation amplifies) with each eigenvector's sign fixed, the noise and the negative samples come
 * from one {@code java.util.Random(seed)}, edges are visited in a fixed order and the arithmetic of the
 * optimisation is {@link StrictMath}'s, the same on every machine. Smile's Levenberg-Marquardt fits the
 * curve 1 / (1 + a d^2b).
 */
final class Umap {

    private static final double EPSILON = 1e-8;
    private static final double TOLERANCE = 1e-5;
    private static final double MIN_SCALE = 1e-3;
    private static final int SEARCH_STEPS = 64;
    private static final double LEARNING_RATE = 1.0;
    private static final double MIN_DIST = 0.1;
    private static final double SPREAD = 1.0;
    private static final int NEGATIVE_SAMPLES = 5;
    private static final double REPULSION = 1.0;

    private Umap() {
    }

    /** n x 2 coordinates (null for documents off the largest connected part of the neighbour graph). */
    static double[][] layout(double[][] d, int k, int iterations, long seed) {
        int n = d.length;
        int[][] knn = neighbours(d, k);
        int[] keep = largestComponent(knn);
        int m = keep.length;
        int[] local = new int[n];
        Arrays.fill(local, -1);
        for (int i = 0; i < m; i++) {
            local[keep[i]] = i;
        }
        // directed k-nearest-neighbour weights within the kept part, as Smile's fuzzy simplicial set
        double[][] dist = new double[m][];
        int[][] nb = new int[m][];
        for (int a = 0; a < m; a++) {
            int i = keep[a];
            nb[a] = new int[knn[i].length];
            dist[a] = new double[knn[i].length];
            for (int q = 0; q < knn[i].length; q++) {
                nb[a][q] = local[knn[i][q]]; // a neighbour is in its document's connected part
                dist[a][q] = d[i][knn[i][q]];
            }
        }
        double[][] w = fuzzySet(nb, dist, k);
        Graph g = Graph.conorm(nb, w);
        Random random = new Random(seed);
        double[][] xy = spectral(g, random);
        double[] curve = curve();
        optimise(xy, g, curve[0], curve[1], iterations, random);
        double[][] out = new double[n][];
        for (int a = 0; a < m; a++) {
            out[keep[a]] = xy[a];
        }
        return out;
    }

    /** Each document's k nearest others, nearest first (ties by row order). */
    static int[][] neighbours(double[][] d, int k) {
        int n = d.length;
        int[][] out = new int[n][];
        for (int i = 0; i < n; i++) {
            final double[] row = d[i];
            Integer[] others = new Integer[n - 1];
            for (int j = 0, q = 0; j < n; j++) {
                if (j != i) {
                    others[q++] = j;
                }
            }
            Arrays.sort(others, (a, b) -> {
                int c = Double.compare(row[a], row[b]);
                return c != 0 ? c : Integer.compare(a, b);
            });
            out[i] = new int[k];
            for (int q = 0; q < k; q++) {
                out[i][q] = others[q];
            }
        }
        return out;
    }

    /** Rows of the largest connected part of the (undirected) neighbour graph, ascending; the first of equal size. */
    static int[] largestComponent(int[][] knn) {
        int n = knn.length;
        int[][] adj = undirected(knn);
        int[] comp = new int[n];
        Arrays.fill(comp, -1);
        int best = -1;
        int bestSize = 0;
        int c = 0;
        for (int s = 0; s < n; s++) {
            if (comp[s] >= 0) {
                continue;
            }
            int size = 0;
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            queue.add(s);
            comp[s] = c;
            while (!queue.isEmpty()) {
                int v = queue.poll();
                size++;
                for (int u : adj[v]) {
                    if (comp[u] < 0) {
                        comp[u] = c;
                        queue.add(u);
                    }
                }
            }
            if (size > bestSize) {
                bestSize = size;
                best = c;
            }
            c++;
        }
        int[] keep = new int[bestSize];
        for (int i = 0, q = 0; i < n; i++) {
            if (comp[i] == best) {
                keep[q++] = i;
            }
        }
        return keep;
    }

    private static int[][] undirected(int[][] knn) {
        int n = knn.length;
        int[] deg = new int[n];
        for (int i = 0; i < n; i++) {
            for (int j : knn[i]) {
                deg[i]++;
                deg[j]++;
            }
        }
        int[][] adj = new int[n][];
        for (int i = 0; i < n; i++) {
            adj[i] = new int[deg[i]];
        }
        int[] fill = new int[n];
        for (int i = 0; i < n; i++) {
            for (int j : knn[i]) {
                adj[i][fill[i]++] = j;
                adj[j][fill[j]++] = i;
            }
        }
        return adj;
    }

    /** Smile's local fuzzy simplicial sets: w[a][q] = exp(-max(0, d - rho_a) / sigma_a) for a's q-th neighbour. */
    private static double[][] fuzzySet(int[][] nb, double[][] dist, int k) {
        int m = nb.length;
        double[][] w = new double[m][];
        double logK = StrictMath.log(k) / StrictMath.log(2);
        double total = 0;
        int count = 0;
        for (double[] ds : dist) {
            for (double x : ds) {
                if (Math.abs(x) > EPSILON) {
                    total += x;
                    count++;
                }
            }
        }
        double avg = count == 0 ? 0 : total / count;
        for (int a = 0; a < m; a++) {
            double rho = Double.POSITIVE_INFINITY;
            double sum = 0;
            int nonZero = 0;
            for (double x : dist[a]) {
                if (Math.abs(x) > EPSILON) {
                    rho = Math.min(rho, x);
                    sum += x;
                    nonZero++;
                }
            }
            if (nonZero == 0) {
                rho = 0;
            }
            double lo = 0;
            double hi = Double.POSITIVE_INFINITY;
            double mid = 1;
            for (int step = 0; step < SEARCH_STEPS; step++) {
                double psum = 0;
                for (double x : dist[a]) {
                    if (Math.abs(x) > EPSILON) {
                        double e = x - rho;
                        psum += e > 0 ? StrictMath.exp(-e / mid) : 1.0;
                    }
                }
                if (Math.abs(psum - logK) < TOLERANCE) {
                    break;
                }
                if (psum > logK) {
                    hi = mid;
                    mid = (lo + hi) / 2;
                } else {
                    lo = mid;
                    mid = Double.isInfinite(hi) ? mid * 2 : (lo + hi) / 2;
                }
            }
            double sigma = rho > 0 ? Math.max(mid, MIN_SCALE * (sum / nonZero)) : Math.max(mid, MIN_SCALE * avg);
            w[a] = new double[nb[a].length];
            for (int q = 0; q < nb[a].length; q++) {
                w[a][q] = StrictMath.exp(-Math.max(0, dist[a][q] - rho) / sigma);
            }
        }
        return w;
    }

    /** The symmetric fuzzy graph, by rows: each row's columns ascending with their weights. */
    record Graph(int[][] cols, double[][] vals) {

        /** The probabilistic t-conorm a + a' - a a' of the directed weights and their reverse. */
        static Graph conorm(int[][] nb, double[][] w) {
            int m = nb.length;
            java.util.List<java.util.TreeMap<Integer, double[]>> rows = new java.util.ArrayList<>(m);
            for (int a = 0; a < m; a++) {
                rows.add(new java.util.TreeMap<>());
            }
            for (int a = 0; a < m; a++) {
                for (int q = 0; q < nb[a].length; q++) {
                    int b = nb[a][q];
                    rows.get(a).computeIfAbsent(b, x -> new double[2])[0] = w[a][q]; // a -> b
                    rows.get(b).computeIfAbsent(a, x -> new double[2])[1] = w[a][q]; // seen from b: b <- a
                }
            }
            int[][] cols = new int[m][];
            double[][] vals = new double[m][];
            for (int a = 0; a < m; a++) {
                cols[a] = new int[rows.get(a).size()];
                vals[a] = new double[cols[a].length];
                int q = 0;
                for (var e : rows.get(a).entrySet()) {
                    double x = e.getValue()[0];
                    double y = e.getValue()[1];
                    cols[a][q] = e.getKey();
                    vals[a][q++] = x + y - x * y;
                }
            }
            return new Graph(cols, vals);
        }
    }

    /**
     * Smile's spectral start: the eigenvectors of the 2nd and 3rd smallest eigenvalues of the normalized
     * Laplacian I - D^-1/2 G D^-1/2 (here: of the 2nd and 3rd largest of D^-1/2 G D^-1/2, the same
     * vectors), scaled to 10 / their largest entry, with N(0, 1e-4) noise, then each axis stretched to
     * [0, 10]. Each eigenvector's sign is fixed so its largest entry is positive.
     */
    private static double[][] spectral(Graph g, Random random) {
        int m = g.cols().length;
        double[] dinv = new double[m];
        double[] top = new double[m]; // D^1/2 1: the eigenvector of eigenvalue 1, known
        for (int a = 0; a < m; a++) {
            double s = 0;
            for (double x : g.vals()[a]) {
                s += x;
            }
            dinv[a] = 1 / Math.sqrt(s);
            top[a] = Math.sqrt(s);
        }
        scale(top, 1 / Math.sqrt(dot(top, top)));
        double[][] vectors = Krylov.largest(m, (x, y) -> {
            for (int a = 0; a < m; a++) {
                double sum = 0;
                int[] cols = g.cols()[a];
                double[] vals = g.vals()[a];
                for (int q = 0; q < cols.length; q++) {
                    sum += vals[q] * dinv[cols[q]] * x[cols[q]];
                }
                y[a] = dinv[a] * sum;
            }
        }, top, 2);
        double[][] xy = new double[m][2];
        double absMax = 0;
        for (int axis = 0; axis < 2; axis++) {
            double[] v = vectors[axis];
            int big = 0;
            for (int a = 0; a < m; a++) {
                if (Math.abs(v[a]) > Math.abs(v[big])) {
                    big = a;
                }
            }
            double sign = v[big] < 0 ? -1 : 1;
            for (int a = 0; a < m; a++) {
                xy[a][axis] = sign * v[a];
                absMax = Math.max(absMax, Math.abs(xy[a][axis]));
            }
        }
        double expansion = 10 / absMax;
        for (int a = 0; a < m; a++) {
            for (int axis = 0; axis < 2; axis++) {
                xy[a][axis] = xy[a][axis] * expansion + random.nextGaussian() * 1e-4;
            }
        }
        for (int axis = 0; axis < 2; axis++) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (double[] p : xy) {
                min = Math.min(min, p[axis]);
                max = Math.max(max, p[axis]);
            }
            for (double[] p : xy) {
                p[axis] = 10 * (p[axis] - min) / (max - min);
            }
        }
        return xy;
    }

    static double dot(double[] x, double[] y) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += x[i] * y[i];
        }
        return s;
    }

    static void scale(double[] x, double f) {
        for (int i = 0; i < x.length; i++) {
            x[i] *= f;
        }
    }

    /** a and b of 1 / (1 + a d^2b) fitted to the offset exponential decay of min_dist 0.1, spread 1 (Smile's fit). */
    static double[] curve() {
        int size = 300;
        double[] x = new double[size];
        double[] y = new double[size];
        double interval = 3 * SPREAD / size;
        for (int i = 0; i < size; i++) {
            x[i] = (i + 1) * interval;
            y[i] = x[i] < MIN_DIST ? 1 : StrictMath.exp(-(x[i] - MIN_DIST) / SPREAD);
        }
        DifferentiableMultivariateFunction f = new DifferentiableMultivariateFunction() {
            @Override
            public double f(double[] p) {
                return 1 / (1 + p[0] * StrictMath.pow(p[2], p[1]));
            }

            @Override
            public double g(double[] p, double[] gr) {
                double pow = StrictMath.pow(p[2], p[1]);
                double de = 1 + p[0] * pow;
                gr[0] = -pow / (de * de);
                gr[1] = -(p[0] * p[1] * StrictMath.log(p[2]) * pow) / (de * de);
                return 1 / de;
            }
        };
        return LevenbergMarquardt.fit(f, x, y, new double[] {0.5, 0.0}).parameters;
    }

    /**
     * Smile's stochastic gradient descent on the fuzzy set cross entropy: every edge is sampled in
     * proportion to its strength (weaker edges every few epochs), pulling its two ends together, with
     * {@value #NEGATIVE_SAMPLES} negative samples per positive one pushing the document away from random
     * others; the learning rate falls linearly to 0. Edges are visited by row, then column.
     */
    private static void optimise(double[][] xy, Graph g, double a, double b, int iterations, Random random) {
        int m = xy.length;
        double max = 0;
        int edges = 0;
        for (double[] row : g.vals()) {
            for (double x : row) {
                if (x > 0) {
                    max = Math.max(max, x);
                    edges++;
                }
            }
        }
        int[] from = new int[edges];
        int[] to = new int[edges];
        double[] perSample = new double[edges];
        double min = max / iterations;
        for (int i = 0, e = 0; i < m; i++) {
            for (int q = 0; q < g.cols()[i].length; q++) {
                double x = g.vals()[i][q];
                if (x > 0) {
                    from[e] = i;
                    to[e] = g.cols()[i][q];
                    perSample[e++] = x < min ? 0 : max / x;
                }
            }
        }
        double[] perNegative = new double[edges];
        for (int e = 0; e < edges; e++) {
            perNegative[e] = perSample[e] / NEGATIVE_SAMPLES;
        }
        double[] nextNegative = perNegative.clone();
        double[] next = perSample.clone();
        double alpha = LEARNING_RATE;
        for (int iter = 1; iter <= iterations; iter++) {
            for (int e = 0; e < edges; e++) {
                if (!(next[e] > 0 && next[e] <= iter)) {
                    continue;
                }
                double[] current = xy[from[e]];
                double[] other = xy[to[e]];
                double dist2 = squared(current, other);
                if (dist2 > 0) {
                    double coeff = -2 * a * b * StrictMath.pow(dist2, b - 1);
                    coeff /= a * StrictMath.pow(dist2, b) + 1;
                    for (int i = 0; i < 2; i++) {
                        double grad = clamp(coeff * (current[i] - other[i]));
                        current[i] += grad * alpha;
                        other[i] -= grad * alpha;
                    }
                }
                next[e] += perSample[e];
                int negatives = (int) ((iter - nextNegative[e]) / perNegative[e]);
                for (int s = 0; s < negatives; s++) {
                    int k = random.nextInt(m);
                    if (k == from[e]) {
                        continue;
                    }
                    other = xy[k];
                    dist2 = squared(current, other);
                    double coeff = 0;
                    if (dist2 > 0) {
                        coeff = 2 * REPULSION * b;
                        coeff /= (0.001 + dist2) * (a * StrictMath.pow(dist2, b) + 1);
                    }
                    for (int i = 0; i < 2; i++) {
                        double grad = coeff > 0 ? clamp(coeff * (current[i] - other[i])) : 4.0;
                        current[i] += grad * alpha;
                    }
                }
                nextNegative[e] += perNegative[e] * negatives;
            }
            alpha = LEARNING_RATE * (1.0 - (double) iter / iterations);
        }
    }

    private static double squared(double[] p, double[] q) {
        double dx = p[0] - q[0];
        double dy = p[1] - q[1];
        return dx * dx + dy * dy;
    }

    private static double clamp(double v) {
        return Math.min(4.0, Math.max(v, -4.0));
    }
}
