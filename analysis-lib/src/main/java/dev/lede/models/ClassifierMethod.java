package dev.lede.models;

/**
 * Which of Smile's classifiers a {@link TextClassifier} trains.
 *
 * <pre>{@code
 * ClassifierOptions.of(ClassifierMethod.NAIVE_BAYES);
 * }</pre>
 */
public enum ClassifierMethod {
    /**
     * Multinomial naive Bayes ({@code smile.classification.DiscreteNaiveBayes}, model MULTINOMIAL) on
     * the matrix's weights (give it counts, {@code Weighting.COUNT}) with additive smoothing:
     * P(t|c) = (n(t, c) + &alpha;) / (n(c) + &alpha; V), priors the classes' shares of the training
     * documents; the same model as scikit-learn's {@code MultinomialNB(alpha=&alpha;)}.
     */
    NAIVE_BAYES,
    /**
     * Maximum entropy, i.e. multinomial logistic regression on sparse binary features (which terms a
     * document has), {@code smile.classification.Maxent}, fitted by L-BFGS with an L2 penalty
     * &lambda;/2 &Vert;w&Vert;&sup2; on the term weights (not the intercepts); &lambda; = 1 corresponds to
     * scikit-learn's {@code LogisticRegression(C=1)} on the presence matrix.
     */
    LOGISTIC_REGRESSION
}
