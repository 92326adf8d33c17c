package dev.lede.models;

import dev.lede.corpus.Parallelism;
import dev.lede.vectors.DocumentTermMatrix;
import java.util.Arrays;
import smile.math.BFGS;
import smile.math.DifferentiableMultivariateFunction;

/**
 * A model fitted on some rows of a matrix: classes are codes 0..k-1 of the caller's sorted labels; a
 * class without training rows is never predicted. Both models keep one table of {@code terms x classes}
 * numbers laid out term by term (a document's terms then read a few contiguous runs, as scikit-learn's
 * sparse-times-dense products do), and predict the class with the highest score, the first on a tie:
 * <ul>
 * <li>naive Bayes: the log-probability of each term in each class, log(n(t,c) + &alpha;) - log(n(c) +
 * &alpha;V), the class's score the document's weights times those plus the log prior, summed as
 * {@code MultinomialNB} does. The counts are summed straight from the matrix's sparse rows: Smile's
 * {@code DiscreteNaiveBayes} keeps its counts as integers (fractional weights would be cut) and reads
 * its class-by-term table one class at a time through an iterator, several times slower here.</li>
 * <li>logistic regression: the multinomial log-loss of the training rows plus &lambda;/2 &Vert;W&Vert;&sup2;
 * (intercepts free), scikit-learn's {@code LogisticRegression(C=1/&lambda;)} objective, minimised by Smile's
 * L-BFGS ({@link BFGS}); the objective and its gradient are computed here, on up to the matrix's
 * {@link Parallelism} threads, in pieces fixed by the data alone and summed in a fixed order, so the fit
 * does not depend on the thread count.</li>
 * </ul>
 * {@link #weights} holds, per class and term, how much the term speaks for the class: its log-probability
 * (naive Bayes) or coefficient (logistic regression) less its mean over the trained classes (neither
 * model's predictions change by that shift), NaN for untrained classes.
 */
final class Fitted {

    /** Rows per piece of the logistic objective (the pieces depend on the data, never on the threads). */
    private static final int ROWS_PER_PIECE = 512;
    /** Terms per piece of the logistic gradient. */
    private static final int TERMS_PER_PIECE = 2048;

    private final int[] present;
    /** p x kk, term-major: naive Bayes log-probabilities or logistic coefficients. */
    private final double[] table;
    /** kk: log priors (naive Bayes) or intercepts (logistic regression). */
    private final double[] offset;
    /** Whether a document's terms count once each (logistic regression) or by their weights (naive Bayes). */
    private final boolean presence;
    private final int p;
    private final int k;
    private double[][] weights;

    private Fitted(int[] present, double[] table, double[] offset, boolean presence, int p, int k) {
        this.present = present;
        this.table = table;
        this.offset = offset;
        this.presence = presence;
        this.p = p;
        this.k = k;
    }

    /** Per class and term, how much the term speaks for the class (computed on first use: cross-validation needs none). */
    synchronized double[][] weights() {
        if (weights == null) {
            int kk = present.length;
            double[][] w = new double[k][p];
            for (double[] row : w) {
                Arrays.fill(row, Double.NaN);
            }
            for (int t = 0; t < p; t++) {
                double mean = 0;
                for (int c = 0; c < kk; c++) {
                    mean += table[t * kk + c];
                }
                mean /= kk;
                for (int c = 0; c < kk; c++) {
                    w[present[c]][t] = table[t * kk + c] - mean;
                }
            }
            weights = w;
        }
        return weights;
    }

    /**
     * Rows of a matrix read once (columns ascending and weights), so cross-validation's folds share
     * them instead of copying them out of the matrix for every fold.
     */
    record Rows(DocumentTermMatrix matrix, int[] rows, int[][] columns, double[][] weights) {

        static Rows of(DocumentTermMatrix m, int[] rows) {
            int[][] c = new int[rows.length][];
            double[][] w = new double[rows.length][];
            for (int i = 0; i < rows.length; i++) {
                c[i] = m.rowColumns(rows[i]);
                w[i] = m.rowWeights(rows[i]);
            }
            return new Rows(m, rows, c, w);
        }

        /** These rows at positions {@code which}. */
        Rows subset(int[] which) {
            int[] r = new int[which.length];
            int[][] c = new int[which.length][];
            double[][] w = new double[which.length][];
            for (int i = 0; i < which.length; i++) {
                r[i] = rows[which[i]];
                c[i] = columns[which[i]];
                w[i] = weights[which[i]];
            }
            return new Rows(matrix, r, c, w);
        }
    }

    /**
     * Fits on {@code rows} with class codes {@code y} (one per row), k classes, on up to
     * {@code parallelism} threads (the result does not depend on it).
     */
    static Fitted fit(Rows rows, int[] y, int k, ClassifierOptions o, Parallelism parallelism) {
        DocumentTermMatrix m = rows.matrix();
        int[] count = new int[k];
        for (int c : y) {
            count[c]++;
        }
        // trained classes, coded 0..kk-1
        int kk = 0;
        int[] local = new int[k];
        Arrays.fill(local, -1);
        for (int c = 0; c < k; c++) {
            if (count[c] > 0) {
                local[c] = kk++;
            }
        }
        if (kk < 2) {
            throw new IllegalArgumentException("a classifier needs documents of at least two classes to learn from, got "
                    + kk + " class" + (kk == 1 ? "" : "es"));
        }
        int[] present = new int[kk];
        for (int c = 0; c < k; c++) {
            if (local[c] >= 0) {
                present[local[c]] = c;
            }
        }
        int[] yy = new int[y.length];
        for (int i = 0; i < y.length; i++) {
            yy[i] = local[y[i]];
        }
        if (o.method() == ClassifierMethod.NAIVE_BAYES) {
            return naiveBayes(rows, yy, kk, count, present, k, o.smoothing());
        }
        return logistic(rows, yy, kk, present, k, o, parallelism);
    }

    private static Fitted naiveBayes(Rows rows, int[] yy, int kk, int[] count, int[] present, int k, double a) {
        DocumentTermMatrix m = rows.matrix();
        int p = m.columns();
        double[] table = new double[p * kk];
        double[] nt = new double[kk];
        for (int i = 0; i < yy.length; i++) {
            int[] cols = rows.columns()[i];
            double[] vals = rows.weights()[i];
            int c = yy[i];
            for (int q = 0; q < cols.length; q++) {
                double v = vals[q];
                if (v < 0) {
                    throw new IllegalArgumentException("naive Bayes needs weights >= 0; document '"
                            + m.ids().get(rows.rows()[i]) + "' has " + v + " for '" + m.term(cols[q]) + "'");
                }
                table[cols[q] * kk + c] += v;
                nt[c] += v;
            }
        }
        // MultinomialNB: feature_log_prob = log(n(t,c) + a) - log(sum over terms of (n(t,c) + a)),
        // class_log_prior = log(documents of c) - log(documents)
        double[] logTotal = new double[kk];
        double[] prior = new double[kk];
        for (int c = 0; c < kk; c++) {
            logTotal[c] = Math.log(nt[c] + a * p);
            prior[c] = Math.log(count[present[c]]) - Math.log(yy.length);
        }
        double logA = Math.log(a);
        for (int t = 0, i = 0; t < p; t++) {
            for (int c = 0; c < kk; c++, i++) {
                double n = table[i];
                table[i] = (n == 0 ? logA : Math.log(n + a)) - logTotal[c];
            }
        }
        return new Fitted(present, table, prior, false, p, k);
    }

    private static Fitted logistic(Rows rows, int[] yy, int kk, int[] present, int k, ClassifierOptions o,
                                   Parallelism parallelism) {
        int p = rows.matrix().columns();
        Objective f = new Objective(rows, yy, kk, o.regularization(), parallelism);
        double[] w = new double[(p + 1) * kk];
        BFGS.minimize(f, o.corrections(), w, o.tolerance(), o.maxIterations());
        return new Fitted(present, Arrays.copyOf(w, p * kk), Arrays.copyOfRange(w, p * kk, (p + 1) * kk), true, p,
                k);
    }

    /** The class code of a row given by its columns (ascending) and weights in the training vocabulary. */
    int predict(int[] cols, double[] vals) {
        int kk = present.length;
        double[] score = new double[kk];
        for (int q = 0; q < cols.length; q++) {
            double v = presence ? 1 : vals[q];
            int base = cols[q] * kk;
            for (int c = 0; c < kk; c++) {
                score[c] += v * table[base + c];
            }
        }
        int best = 0;
        for (int c = 0; c < kk; c++) {
            score[c] += offset[c];
            if (score[c] > score[best]) {
                best = c;
            }
        }
        return present[best];
    }

    /**
     * The logistic objective on the training rows' term presence, as scikit-learn's multinomial
     * {@code LogisticRegression}: sum over rows of -log softmax(z)[y] with z = x W + b, plus &lambda;/2
     * &Vert;W&Vert;&sup2;. Parameters: W term-major (p x kk), then the kk intercepts. The loss and the
     * gradient are computed together and kept: Smile's L-BFGS asks for the loss at a point of its line
     * search and then for the gradient at the same point.
     */
    static final class Objective implements DifferentiableMultivariateFunction {
        private final int[][] x;
        private final int[] y;
        private final int kk;
        private final int p;
        private final double lambda;
        private final Parallelism parallelism;
        /** For each term, the training rows that have it, ascending. */
        private final int[][] rowsOfTerm;
        /** n x kk: softmax probability less the one-hot label. */
        private final double[] residual;
        private final double[] loss;
        private double[] at;
        private double atLoss;
        private final double[] atGradient;

        Objective(Rows rows, int[] y, int kk, double lambda, Parallelism parallelism) {
            this.p = rows.matrix().columns();
            this.y = y;
            this.kk = kk;
            this.lambda = lambda;
            this.parallelism = parallelism;
            int n = y.length;
            this.x = rows.columns();
            int[] df = new int[p];
            for (int i = 0; i < n; i++) {
                for (int t : x[i]) {
                    df[t]++;
                }
            }
            rowsOfTerm = new int[p][];
            for (int t = 0; t < p; t++) {
                rowsOfTerm[t] = new int[df[t]];
            }
            int[] fill = new int[p];
            for (int i = 0; i < n; i++) {
                for (int t : x[i]) {
                    rowsOfTerm[t][fill[t]++] = i;
                }
            }
            residual = new double[n * kk];
            loss = new double[n];
            atGradient = new double[(p + 1) * kk];
        }

        @Override
        public double f(double[] w) {
            evaluate(w);
            return atLoss;
        }

        @Override
        public double g(double[] w, double[] gradient) {
            evaluate(w);
            System.arraycopy(atGradient, 0, gradient, 0, gradient.length);
            return atLoss;
        }

        private void evaluate(double[] w) {
            if (at != null && Arrays.equals(at, w)) {
                return;
            }
            int n = x.length;
            int interceptAt = p * kk;
            parallelism.forEach((n + ROWS_PER_PIECE - 1) / ROWS_PER_PIECE, piece -> {
                double[] z = new double[kk];
                for (int i = piece * ROWS_PER_PIECE, end = Math.min(n, i + ROWS_PER_PIECE); i < end; i++) {
                    Arrays.fill(z, 0);
                    for (int t : x[i]) {
                        int base = t * kk;
                        for (int c = 0; c < kk; c++) {
                            z[c] += w[base + c];
                        }
                    }
                    double max = Double.NEGATIVE_INFINITY;
                    for (int c = 0; c < kk; c++) {
                        z[c] += w[interceptAt + c];
                        max = Math.max(max, z[c]);
                    }
                    double sum = 0;
                    for (int c = 0; c < kk; c++) {
                        sum += Math.exp(z[c] - max);
                    }
                    double logSum = Math.log(sum) + max;
                    loss[i] = logSum - z[y[i]];
                    for (int c = 0, r = i * kk; c < kk; c++, r++) {
                        residual[r] = Math.exp(z[c] - logSum);
                    }
                    residual[i * kk + y[i]] -= 1;
                }
            });
            parallelism.forEach((p + TERMS_PER_PIECE - 1) / TERMS_PER_PIECE, piece -> {
                for (int t = piece * TERMS_PER_PIECE, end = Math.min(p, t + TERMS_PER_PIECE); t < end; t++) {
                    int base = t * kk;
                    for (int c = 0; c < kk; c++) {
                        atGradient[base + c] = lambda * w[base + c];
                    }
                    for (int i : rowsOfTerm[t]) {
                        int r = i * kk;
                        for (int c = 0; c < kk; c++) {
                            atGradient[base + c] += residual[r + c];
                        }
                    }
                }
            });
            Arrays.fill(atGradient, interceptAt, interceptAt + kk, 0);
            double total = 0;
            for (int i = 0; i < n; i++) {
                total += loss[i];
                for (int c = 0, r = i * kk; c < kk; c++, r++) {
                    atGradient[interceptAt + c] += residual[r];
                }
            }
            double norm = 0;
            for (int j = 0; j < interceptAt; j++) {
                norm += w[j] * w[j];
            }
            atLoss = total + 0.5 * lambda * norm;
            // the point kept in one array for the whole fit (a copy per evaluation was classes x terms
            // of garbage each time, and the collector grew the heap for it)
            if (at == null) {
                at = new double[w.length];
            }
            System.arraycopy(w, 0, at, 0, w.length);
        }
    }
}
