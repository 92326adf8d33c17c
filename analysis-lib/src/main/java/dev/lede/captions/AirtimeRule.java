package dev.lede.captions;

/**
 * How {@link Airtime} turns cues that mention a topic into segments, and how precise it says
 * their durations are.
 * <ol>
 *   <li>A cue is <em>on the topic</em> when a match of the topic starts or ends in it.</li>
 *   <li>Cues on the topic, in time order, form one segment as long as each starts at most
 *       {@code maxGapSeconds} after the previous one on the topic ends; a longer gap starts a new
 *       segment. Cues in between, on the topic or not, belong to the segment (a story's sentences
 *       do not all name it).</li>
 *   <li>A segment runs from the start of its first cue on the topic to the end of its last one;
 *       its duration is end minus start.</li>
 *   <li>Captions are shown a little before or after the words are spoken, so each end of a
 *       segment is taken as known to ± {@code boundarySeconds}, and a duration to
 *       ± 2 × {@code boundarySeconds} (the precision {@link dev.lede.coverage.CoverageComparison}
 *       uses); a total of several segments adds their precisions (worst case).</li>
 * </ol>
 * The defaults, 10 s and 0.5 s, join the sentences of one news item (a story read in full rarely
 * goes 10 s without naming what it is about) and give whole-second durations ± 1 s, the
 * precision of durations reported in the press ("a 20-second item"). Change them when a
 * programme's items are longer or its captions are live (live captions lag speech by several
 * seconds: use a larger boundary).
 *
 * <pre>{@code
 * AirtimeRule rule = AirtimeRule.defaults().withMaxGap(5);
 * Airtime.of(bulletins, topic, rule);
 * }</pre>
 *
 * @param maxGapSeconds   the longest gap, in seconds, between cues on the topic in one segment (0 or more)
 * @param boundarySeconds the precision of each end of a segment, in seconds (0 or more)
 */
public record AirtimeRule(double maxGapSeconds, double boundarySeconds) {

    public AirtimeRule {
        if (!Double.isFinite(maxGapSeconds) || maxGapSeconds < 0) {
            throw new IllegalArgumentException("the largest gap in a segment is " + maxGapSeconds
                    + " s: give 0 or more seconds");
        }
        if (!Double.isFinite(boundarySeconds) || boundarySeconds < 0) {
            throw new IllegalArgumentException("the precision of a segment's ends is " + boundarySeconds
                    + " s: give 0 or more seconds");
        }
    }

    /** A gap of up to 10 s, ends known to ± 0.5 s. */
    public static AirtimeRule defaults() {
        return new AirtimeRule(10, 0.5);
    }

    public AirtimeRule withMaxGap(double seconds) {
        return new AirtimeRule(seconds, boundarySeconds);
    }

    public AirtimeRule withBoundary(double seconds) {
        return new AirtimeRule(maxGapSeconds, seconds);
    }

    /** The precision of one segment's duration: 2 × the boundary precision. */
    public double durationPrecision() {
        return 2 * boundarySeconds;
    }
}
