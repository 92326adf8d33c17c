/**
 * Statistics on term counts: keyness of one set of texts against another (log-likelihood G²,
 * Log Ratio, %DIFF), concordances (keyword in context) and collocations.
 *
 * <p>Entry points: {@link dev.lede.stats.Keyness}, {@link dev.lede.stats.Concordance},
 * {@link dev.lede.stats.Collocations}. Each reads {@code dev.lede.corpus.Tokens} or
 * {@code TermFrequencies}.
 *
 * <pre>{@code
 * Keyness k = Keyness.of(target.tokens(), reference.tokens()).significant(0.05);
 * Concordance.of(corpus.tokens(), "pariah", 5);
 * }</pre>
 */
package dev.lede.stats;
