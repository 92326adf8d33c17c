package dev.lede.models;

import dev.lede.vectors.DocumentTermMatrix;
import java.util.Arrays;
import smile.classification.DiscreteNaiveBayes;
import smile.classification.Maxent;
import smile.util.IntSet;
import smile.util.SparseArray;

/**
 * A model fitted by Smile on some rows of a matrix: classes are codes 0..k-1 of the caller's sorted
 * labels; a class without training rows is never predicted. {@link #weights} holds, per class and term,
 * how much the term speaks for the class: the class's log-probability (naive Bayes) or coefficient
 * (logistic regression) less its mean over the trained classes (both models predict the same after
 * that shift), NaN for untrained classes.
 */
final class Fitted {

    /** Smile's own per-thread partitions of the logistic objective are summed in an order that depends
     *  on the machine's thread count; one partition keeps the fit the same everywhere. */
    private static final String PARTITION_PROPERTY = "smile.data.partition.size";

    private final ClassifierMethod method;
    private final int[] present;
    private final DiscreteNaiveBayes nb;
    private final double[] logPrior;
    private final Maxent maxent;
    private final java.util.function.Supplier<double[][]> weightsOf;
    private double[][] weights;

    private Fitted(ClassifierMethod method, int[] present, DiscreteNaiveBayes nb, double[] logPrior, Maxent maxent,
                   java.util.function.Supplier<double[][]> weightsOf) {
        this.method = method;
        this.present = present;
        this.nb = nb;
        this.logPrior = logPrior;
        this.maxent = maxent;
        this.weightsOf = weightsOf;
    }

    /** Per class and term, how much the term speaks for the class (computed on first use: cross-validation needs none). */
    synchronized double[][] weights() {
        if (weights == null) {
            weights = weightsOf.get();
        }
        return weights;
    }

    /** Fits on {@code rows} of {@code m} with class codes {@code y[r]} (one per row of rows), k classes. */
    static Fitted fit(DocumentTermMatrix m, int[] rows, int[] y, int k, ClassifierOptions o) {
        int p = m.columns();
        int[] count = new int[k];
        for (int c : y) {
            count[c]++;
        }
        // trained classes, coded 0..kk-1 for Smile
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
            double[] prior = new double[kk];
            double[] logPrior = new double[kk];
            for (int c = 0; c < kk; c++) {
                prior[c] = count[present[c]] / (double) y.length;
                logPrior[c] = Math.log(prior[c]);
            }
            SparseArray[] x = new SparseArray[rows.length];
            double[][] ntc = new double[kk][p];
            double[] nt = new double[kk];
            for (int i = 0; i < rows.length; i++) {
                int[] cols = m.rowColumns(rows[i]);
                double[] vals = m.rowWeights(rows[i]);
                x[i] = sparse(cols, vals);
                for (int q = 0; q < cols.length; q++) {
                    if (vals[q] < 0) {
                        throw new IllegalArgumentException("naive Bayes needs weights >= 0; document '"
                                + m.ids().get(rows[i]) + "' has " + vals[q] + " for '" + m.term(cols[q]) + "'");
                    }
                    ntc[yy[i]][cols[q]] += vals[q];
                    nt[yy[i]] += vals[q];
                }
            }
            DiscreteNaiveBayes nb = new DiscreteNaiveBayes(DiscreteNaiveBayes.Model.MULTINOMIAL, prior, p,
                    o.smoothing(), IntSet.of(kk));
            nb.update(x, yy);
            double a = o.smoothing();
            int classes = kk;
            return new Fitted(o.method(), present, nb, logPrior, null, () -> {
                double[][] w = untrained(k, p);
                for (int t = 0; t < p; t++) {
                    double mean = 0;
                    for (int c = 0; c < classes; c++) {
                        mean += Math.log((ntc[c][t] + a) / (nt[c] + a * p));
                    }
                    mean /= classes;
                    for (int c = 0; c < classes; c++) {
                        w[present[c]][t] = Math.log((ntc[c][t] + a) / (nt[c] + a * p)) - mean;
                    }
                }
                return w;
            });
        }
        int[][] x = new int[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            x[i] = m.rowColumns(rows[i]);
        }
        Maxent model;
        synchronized (Fitted.class) {
            String saved = System.getProperty(PARTITION_PROPERTY);
            System.setProperty(PARTITION_PROPERTY, Integer.toString(Integer.MAX_VALUE));
            try {
                model = Maxent.fit(p, x, yy, o.regularization(), o.tolerance(), o.maxIterations());
            } finally {
                if (saved == null) {
                    System.clearProperty(PARTITION_PROPERTY);
                } else {
                    System.setProperty(PARTITION_PROPERTY, saved);
                }
            }
        }
        Maxent fitted = model;
        int classes = kk;
        return new Fitted(o.method(), present, null, null, model, () -> centred(fitted, classes, present, k, p));
    }

    /** Smile's coefficients relative to the last trained class (whose own are 0), centred over the classes. */
    private static double[][] centred(Maxent model, int kk, int[] present, int k, int p) {
        double[][] w = untrained(k, p);
        double[][] coef = new double[kk][p];
        if (model instanceof Maxent.Binomial) {
            double[] b = ((Maxent.Binomial) model).coefficients();
            // Smile's binomial model gives the log-odds of class 1 against class 0
            for (int t = 0; t < p; t++) {
                coef[1][t] = b[t];
            }
        } else {
            double[][] c = ((Maxent.Multinomial) model).coefficients();
            for (int j = 0; j < kk - 1; j++) {
                System.arraycopy(c[j], 0, coef[j], 0, p);
            }
        }
        for (int t = 0; t < p; t++) {
            double mean = 0;
            for (int c = 0; c < kk; c++) {
                mean += coef[c][t];
            }
            mean /= kk;
            for (int c = 0; c < kk; c++) {
                w[present[c]][t] = coef[c][t] - mean;
            }
        }
        return w;
    }

    private static double[][] untrained(int k, int p) {
        double[][] w = new double[k][p];
        for (double[] row : w) {
            Arrays.fill(row, Double.NaN);
        }
        return w;
    }

    static SparseArray sparse(int[] cols, double[] vals) {
        SparseArray s = new SparseArray(cols.length);
        for (int q = 0; q < cols.length; q++) {
            s.append(cols[q], vals[q]);
        }
        return s;
    }

    /** The class code of a row given by its columns (ascending) and weights in the training vocabulary. */
    int predict(int[] cols, double[] vals) {
        if (method == ClassifierMethod.NAIVE_BAYES) {
            if (cols.length == 0) {
                // no terms: the likeliest class a priori (the first on a tie, as scikit-learn's argmax)
                int best = 0;
                for (int c = 1; c < logPrior.length; c++) {
                    if (logPrior[c] > logPrior[best]) {
                        best = c;
                    }
                }
                return present[best];
            }
            return present[nb.predict(sparse(cols, vals))];
        }
        return present[maxent.predict(cols)];
    }
}
