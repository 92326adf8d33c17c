/**
 * When and where coverage happens: documents, words and mentions per day, week or month per
 * outlet ({@link dev.lede.timeline.CoverageOverTime}), and where in each text (or broadcast) the
 * words of a topic occur ({@link dev.lede.timeline.Dispersion}).
 *
 * <pre>{@code
 * CoverageOverTime.of(corpus, TimeStep.DAY).by(Metadata.OUTLET).table();
 * Dispersion.of(corpus, "pariah*", "/sanction(s|ed)?/").chart();
 * }</pre>
 */
package dev.lede.timeline;
