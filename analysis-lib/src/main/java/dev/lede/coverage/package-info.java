/**
 * How much coverage a story got: lengths and durations claimed in texts, measured lengths of
 * documents by outlet, comparisons of two measures with their precision, and share of voice of
 * named actors.
 *
 * <p>Entry points: {@link dev.lede.coverage.LengthClaims}, {@link dev.lede.coverage.CoverageMeasures},
 * {@link dev.lede.coverage.CoverageComparison}, {@link dev.lede.coverage.ShareOfVoice} with
 * {@link dev.lede.coverage.Actors}.
 *
 * <pre>{@code
 * LengthClaims claims = LengthClaims.find(corpus);
 * CoverageComparison.of(claims.claims().get(0).toMeasure("CCTV", "summit", null), other);
 * }</pre>
 */
package dev.lede.coverage;
