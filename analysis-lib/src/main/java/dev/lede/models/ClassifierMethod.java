package dev.lede.models;

/**
 * Which classifier a {@link TextClassifier} trains.
 *
 * <pre>{@code
 * ClassifierOptions.of(ClassifierMethod.NAIVE_BAYES);
 * }</pre>
 */
public enum ClassifierMethod {
    /**
     * Multinomial naive Bayes on the matrix's weights (give it counts, {@code Weighting.COUNT}) with
     * additive smoothing: P(t|c) = (n(t, c) + &alpha;) / (n(c) + &alpha; V), priors the classes' shares of
     * the training documents; the same model and predictions as scikit-learn's
     * {@code MultinomialNB(alpha=&alpha;)}. Summed by Lede straight from the sparse rows (Smile's
     * {@code DiscreteNaiveBayes} keeps integer counts and was several times slower here).
     */
    NAIVE_BAYES,
    /**
     * Maximum entropy, i.e. multinomial logistic regression on sparse binary features (which terms a
     * document has): the log-loss plus an L2 penalty &lambda;/2 &Vert;W&Vert;&sup2; on the term weights of
     * every class (not the intercepts), scikit-learn's {@code LogisticRegression(C=1/&lambda;)} objective
     * on the presence matrix, minimised by Smile's L-BFGS ({@code smile.math.BFGS}) with the objective
     * computed by Lede on the matrix's threads (the fit does not depend on how many).
     */
    LOGISTIC_REGRESSION
}
