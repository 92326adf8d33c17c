/**
 * Text reuse: passages two documents share (aligned word shingles), boilerplate excluded, and a
 * reuse score for every pair.
 *
 * <p>Entry points: {@link dev.lede.reuse.TextReuse} (the settings) finds
 * {@link dev.lede.reuse.SharedPassages}; {@link dev.lede.reuse.ReuseScores} scores each pair.
 *
 * <pre>{@code
 * SharedPassages reuse = TextReuse.standard().find(corpus);
 * reuse.scores().table();
 * }</pre>
 */
package dev.lede.reuse;
