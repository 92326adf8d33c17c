/**
 * Latent topics of a corpus by latent semantic analysis: the truncated SVD of a TF-IDF matrix with
 * Smile's ARPACK routine; each topic's strongest terms, each document's weights, a chart. Not LDA:
 * see {@link dev.lede.topics.LatentTopics}.
 *
 * <pre>{@code
 * LatentTopics.of(DocumentTermMatrix.of(corpus.tokens()), 5).topTerms(10);
 * }</pre>
 */
package dev.lede.topics;
