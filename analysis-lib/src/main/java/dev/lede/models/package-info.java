/**
 * Text classifiers: multinomial naive Bayes and logistic regression (minimised by Smile's L-BFGS) trained on
 * the labelled documents of a document-term matrix, with stratified k-fold cross-validation (accuracy,
 * macro-F1, confusion matrix) and the terms that weigh most per label.
 *
 * <p>Entry points: {@link dev.lede.models.TextClassifier}, {@link dev.lede.models.Evaluation},
 * {@link dev.lede.models.ClassifierOptions}, {@link dev.lede.models.ClassifierMethod}.
 *
 * <pre>{@code
 * Evaluation.crossValidate(counts, corpus, "section", ClassifierOptions.of(ClassifierMethod.NAIVE_BAYES), 5, 42);
 * }</pre>
 */
package dev.lede.models;
