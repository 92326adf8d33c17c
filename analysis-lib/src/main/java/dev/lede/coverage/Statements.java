package dev.lede.coverage;

import java.util.OptionalDouble;

/**
 * The one-line statement of a comparison, built only from the numbers and the measures' names so
 * a journalist can check it against their copy. Shapes:
 * <pre>
 * OUTLET gave STORY_A 20 seconds, 15 seconds (43%) less than STORY_B (35 seconds, 75% more).
 * OUTLET_A gave STORY_A 20 seconds, ... less than OUTLET_B gave STORY_B (35 seconds, 75% more).
 * LABEL_A got 20 seconds, the same as LABEL_B (20 seconds).
 * </pre>
 * followed, when known, by "; as shares of ...: 1.1% and 1.9%", by "; against the baseline, rank 5
 * of 8 (percentile 29) and rank 3 of 9 (percentile 69)" and, when the difference is
 * within the combined precision, "; the difference is within the combined precision of ±2
 * seconds, so it is not meaningful".
 */
final class Statements {

    private Statements() {
    }

    public static String of(CoverageComparison.Placed pa, CoverageComparison.Placed pb, double diff,
                            OptionalDouble precision, double pct, double reverse, CoverageComparison.Verdict verdict) {
        CoverageMeasure a = pa.measure();
        CoverageMeasure b = pb.measure();
        CoverageUnit u = a.unit();
        boolean sameNames = a.outlet().equals(b.outlet()) && a.story().equals(b.story());
        String subject;
        String reference;
        if (!sameNames && !a.outlet().isEmpty() && !a.story().isEmpty()) {
            subject = a.outlet() + " gave " + a.story() + " " + a.format();
            if (b.outlet().equals(a.outlet()) && !b.story().isEmpty()) {
                reference = b.story();
            } else if (!b.outlet().isEmpty() && !b.story().isEmpty()) {
                reference = b.outlet() + " gave " + b.story();
            } else {
                reference = b.label();
            }
        } else {
            subject = a.label() + " got " + a.format();
            reference = b.label();
        }
        StringBuilder s = new StringBuilder(subject).append(", ");
        if (diff == 0) {
            s.append("the same as ").append(reference).append(" (").append(b.format()).append(')');
        } else {
            double abs = Math.abs(diff);
            String amount = precision.isPresent() && precision.getAsDouble() > 0
                    ? u.format(abs, precision.getAsDouble())
                    : u.format(abs);
            String toward = diff < 0 ? u.less() : u.more();
            String back = diff < 0 ? u.more() : u.less();
            s.append(amount);
            if (!Double.isNaN(pct)) {
                s.append(" (").append(Format.percent(Math.abs(pct))).append("%)");
            }
            s.append(' ').append(toward).append(" than ").append(reference).append(" (").append(b.format());
            if (!Double.isNaN(reverse)) {
                s.append(", ").append(Format.percent(Math.abs(reverse))).append("% ").append(back);
            }
            s.append(')');
        }
        if (pa.sharePercent().isPresent() && pb.sharePercent().isPresent()) {
            if (pa.denominator().equals(pb.denominator())) {
                s.append("; as shares of ").append(pa.denominator().label()).append(" (")
                        .append(pa.denominator().format()).append("): ").append(share(pa)).append(" and ")
                        .append(share(pb));
            } else {
                s.append("; as shares: ").append(share(pa)).append(" of ").append(pa.denominator().label())
                        .append(" (").append(pa.denominator().format()).append(") and ").append(share(pb))
                        .append(" of ").append(pb.denominator().label()).append(" (")
                        .append(pb.denominator().format()).append(')');
            }
        }
        if (pa.baselineRank().isPresent() && pb.baselineRank().isPresent()) {
            s.append("; against the baseline, rank ").append(pa.baselineRank().getAsInt()).append(" of ")
                    .append(pa.baselineSize().getAsInt()).append(" (percentile ")
                    .append(Format.percent(pa.baselinePercentile().getAsDouble())).append(") and rank ")
                    .append(pb.baselineRank().getAsInt()).append(" of ").append(pb.baselineSize().getAsInt())
                    .append(" (percentile ").append(Format.percent(pb.baselinePercentile().getAsDouble())).append(')');
        }
        if (verdict == CoverageComparison.Verdict.NOT_MEANINGFUL && diff != 0) {
            s.append("; the difference is within the combined precision of ±")
                    .append(u.format(precision.getAsDouble())).append(", so it is not meaningful");
        }
        return s.append('.').toString();
    }

    private static String share(CoverageComparison.Placed p) {
        String v = Format.percent(p.sharePercent().getAsDouble());
        if (p.sharePrecision().isPresent()) {
            return v + " ± " + Format.percent(p.sharePrecision().getAsDouble()) + "%";
        }
        return v + "%";
    }
}
