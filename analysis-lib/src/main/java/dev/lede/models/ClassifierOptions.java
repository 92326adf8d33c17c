package dev.lede.models;

import java.util.Objects;

/**
 * Settings of a {@link TextClassifier}. Immutable; {@link #of(ClassifierMethod)} gives the defaults.
 *
 * <pre>{@code
 * ClassifierOptions o = ClassifierOptions.builder().method(ClassifierMethod.LOGISTIC_REGRESSION)
 *         .regularization(0.5).maxIterations(100).build();
 * }</pre>
 */
public final class ClassifierOptions {

    private final ClassifierMethod method;
    private final double smoothing;
    private final double regularization;
    private final double tolerance;
    private final int maxIterations;
    private final int corrections;

    private ClassifierOptions(Builder b) {
        this.method = b.method;
        this.smoothing = b.smoothing;
        this.regularization = b.regularization;
        this.tolerance = b.tolerance;
        this.maxIterations = b.maxIterations;
        this.corrections = b.corrections;
    }

    public static ClassifierOptions of(ClassifierMethod method) {
        return builder().method(method).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public ClassifierMethod method() {
        return method;
    }

    /** Naive Bayes' additive smoothing &alpha; (default 1, Laplace). */
    public double smoothing() {
        return smoothing;
    }

    /** Logistic regression's L2 penalty &lambda; (default 1, as scikit-learn's C = 1 / &lambda;). */
    public double regularization() {
        return regularization;
    }

    /** Logistic regression's convergence tolerance (default 1e-5). */
    public double tolerance() {
        return tolerance;
    }

    /** Logistic regression's most L-BFGS iterations (default 500). */
    public int maxIterations() {
        return maxIterations;
    }

    /**
     * Logistic regression's L-BFGS memory: how many of the last steps (corrections) approximate the
     * curvature (default 5; scikit-learn's {@code lbfgs} solver, scipy's L-BFGS-B, keeps 10). More
     * take more memory and work per iteration (two vectors of classes &times; terms each) and often
     * fewer iterations.
     */
    public int corrections() {
        return corrections;
    }

    @Override
    public String toString() {
        return method == ClassifierMethod.NAIVE_BAYES ? "naive Bayes, alpha=" + smoothing
                : "logistic regression, lambda=" + regularization;
    }

    /** Builder of {@link ClassifierOptions}. */
    public static final class Builder {
        private ClassifierMethod method = ClassifierMethod.NAIVE_BAYES;
        private double smoothing = 1;
        private double regularization = 1;
        private double tolerance = 1e-5;
        private int maxIterations = 500;
        private int corrections = 5;

        private Builder() {
        }

        public Builder method(ClassifierMethod method) {
            this.method = Objects.requireNonNull(method, "method");
            return this;
        }

        public Builder smoothing(double alpha) {
            if (!(alpha > 0) || Double.isInfinite(alpha)) {
                throw new IllegalArgumentException("smoothing must be a positive number, got " + alpha);
            }
            this.smoothing = alpha;
            return this;
        }

        public Builder regularization(double lambda) {
            if (!(lambda >= 0) || Double.isInfinite(lambda)) {
                throw new IllegalArgumentException("regularization must be a number >= 0, got " + lambda);
            }
            this.regularization = lambda;
            return this;
        }

        public Builder tolerance(double tolerance) {
            if (!(tolerance > 0)) {
                throw new IllegalArgumentException("tolerance must be positive, got " + tolerance);
            }
            this.tolerance = tolerance;
            return this;
        }

        public Builder maxIterations(int iterations) {
            if (iterations < 1) {
                throw new IllegalArgumentException("maxIterations must be at least 1, got " + iterations);
            }
            this.maxIterations = iterations;
            return this;
        }

        public Builder corrections(int corrections) {
            if (corrections < 1) {
                throw new IllegalArgumentException("corrections must be at least 1, got " + corrections);
            }
            this.corrections = corrections;
            return this;
        }

        public ClassifierOptions build() {
            return new ClassifierOptions(this);
        }
    }
}
