package dev.lede.coverage;

import dev.lede.display.Chart;
import dev.lede.display.Rendering;
import dev.lede.display.MimeBundle;
import dev.lede.display.Renderable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Compares coverage measures of one unit: for every pair (subject, reference) the absolute
 * difference, the ratio, the percent change in both directions, the precision of the difference
 * and whether the difference exceeds it, and a one-line plain-English statement; optionally each
 * measure as a share of a known denominator and its place in a baseline distribution. Immutable;
 * {@code with...} return new comparisons.
 *
 * <h2>Formulas</h2>
 * For subject {@code a} (precision ±pa) and reference {@code b} (±pb):
 * <ul>
 *   <li>{@value #DIFFERENCE} = a − b; {@value #DIFFERENCE_PRECISION} = pa + pb (worst case: ±1 s
 *       each side gives ±2 s), missing when either precision is unknown;</li>
 *   <li>{@value #MEANINGFUL}: {@code "no"} when |a − b| &lt; pa + pb (the difference could be an
 *       artefact of measuring) or when a = b, {@code "yes"} otherwise, {@code "unknown"} without
 *       both precisions;</li>
 *   <li>{@value #RATIO} = a / b; {@value #PERCENT_CHANGE} = 100 (a − b) / b (how much longer or
 *       shorter a is than b: 20 s against 35 s is −42.86, "43% shorter");
 *       {@value #REVERSE_PERCENT_CHANGE} = 100 (b − a) / a (35 s against 20 s is 75, "75% longer");
 *       missing (NaN) when the divisor is 0;</li>
 *   <li>with denominators {@code d} (±pd): {@value #SHARE_PERCENT} = 100 a / d,
 *       {@value #SHARE_PRECISION} = 100 (pa + (a/d) pd) / d (first-order worst case);</li>
 *   <li>with a baseline of other measures of the same unit (the measure itself, if listed, is left
 *       out): {@value #BASELINE_RANK} = 1 + the number of baseline values greater than a (1 = the
 *       most coverage; ties share a rank) among {@value #BASELINE_SIZE} = baseline size + 1 items;
 *       {@value #BASELINE_PERCENTILE} = 100 (number below a + ½ number equal to a) / baseline size,
 *       which is {@code scipy.stats.percentileofscore(baseline, a, kind='mean')}.</li>
 * </ul>
 *
 * <p>{@link #table()} has one row per pair, in the order (0,1), (0,2), ..., (1,2), ...; columns
 * {@value #SUBJECT}, {@value #REFERENCE}, {@value #UNIT} (string), {@value #SUBJECT_VALUE},
 * {@value #REFERENCE_VALUE}, {@value #DIFFERENCE}, {@value #DIFFERENCE_PRECISION}, {@value #RATIO},
 * {@value #PERCENT_CHANGE}, {@value #REVERSE_PERCENT_CHANGE} (double; missing values are NaN),
 * {@value #MEANINGFUL}, {@value #STATEMENT} (string). {@link #measuresTable()} has one row per
 * measure: {@value #MEASURE}, {@value #UNIT} (string), {@value #VALUE}, {@value #PRECISION},
 * {@value #DENOMINATOR}, {@value #SHARE_PERCENT}, {@value #SHARE_PRECISION} (double, NaN when
 * unknown), {@value #BASELINE_RANK}, {@value #BASELINE_SIZE} (int, missing without a baseline),
 * {@value #BASELINE_PERCENTILE} (double), {@value #SOURCE} (string).
 *
 * <p>Bad input is an error naming the measure: measures of different units, a denominator of 0
 * or less or smaller than its measure, fewer than two measures. Nothing is converted.
 *
 * <pre>{@code
 * CoverageMeasure june = CoverageMeasure.of("CCTV 7 PM news", "June 2024 summit", 20, CoverageUnit.SECONDS).withPrecision(1);
 * CoverageMeasure sept = CoverageMeasure.of("CCTV 7 PM news", "September 2023 summit", 35, CoverageUnit.SECONDS).withPrecision(1);
 * CoverageComparison c = CoverageComparison.of(june, sept);
 * c.statement();
 * // "CCTV 7 PM news gave June 2024 summit 20 ± 1 seconds, 15 ± 2 seconds (43%) less than
 * //  September 2023 summit (35 ± 1 seconds, 75% more)."
 * c.table();
 * c.chart();
 * }</pre>
 */
public final class CoverageComparison implements Renderable {

    public static final String SUBJECT = "subject";
    public static final String REFERENCE = "reference";
    public static final String UNIT = "unit";
    public static final String SUBJECT_VALUE = "subject_value";
    public static final String REFERENCE_VALUE = "reference_value";
    public static final String DIFFERENCE = "difference";
    public static final String DIFFERENCE_PRECISION = "difference_precision";
    public static final String RATIO = "ratio";
    public static final String PERCENT_CHANGE = "percent_change";
    public static final String REVERSE_PERCENT_CHANGE = "reverse_percent_change";
    public static final String MEANINGFUL = "meaningful";
    public static final String STATEMENT = "statement";
    public static final String MEASURE = "measure";
    public static final String VALUE = "value";
    public static final String PRECISION = "precision";
    public static final String DENOMINATOR = "denominator";
    public static final String SHARE_PERCENT = "share_percent";
    public static final String SHARE_PRECISION = "share_precision";
    public static final String BASELINE_RANK = "baseline_rank";
    public static final String BASELINE_SIZE = "baseline_size";
    public static final String BASELINE_PERCENTILE = "baseline_percentile";
    public static final String SOURCE = "source";

    /** Whether a difference is larger than the precision of the measures allows. */
    public enum Verdict {
        /** |difference| is at least the combined precision (and not 0). */
        MEANINGFUL,
        /** |difference| is smaller than the combined precision, or 0. */
        NOT_MEANINGFUL,
        /** At least one measure has no precision. */
        PRECISION_UNKNOWN;

        /** "yes", "no" or "unknown", as in the table. */
        public String label() {
            return switch (this) {
                case MEANINGFUL -> "yes";
                case NOT_MEANINGFUL -> "no";
                case PRECISION_UNKNOWN -> "unknown";
            };
        }
    }

    /**
     * One pair: {@code subject} against {@code reference}, with the numbers of the class comment.
     * {@code ratio}, {@code percentChange} and {@code reversePercentChange} are NaN when their
     * divisor is 0.
     */
    public record Pair(CoverageMeasure subject, CoverageMeasure reference, double difference,
                       OptionalDouble differencePrecision, double ratio, double percentChange,
                       double reversePercentChange, Verdict verdict, String statement) {
    }

    /**
     * A measure with its share of a denominator and its place in the baseline, where known:
     * {@code denominator} is null and the optionals are empty without a denominator or baseline.
     */
    public record Placed(CoverageMeasure measure, CoverageMeasure denominator, OptionalDouble sharePercent,
                         OptionalDouble sharePrecision, OptionalInt baselineRank, OptionalInt baselineSize,
                         OptionalDouble baselinePercentile) {
    }

    private final List<CoverageMeasure> measures;
    private final List<CoverageMeasure> denominators; // null or one per measure
    private final List<CoverageMeasure> baseline;     // null or the distribution
    private final List<Pair> pairs;
    private final List<Placed> placed;

    private CoverageComparison(List<CoverageMeasure> measures, List<CoverageMeasure> denominators,
                               List<CoverageMeasure> baseline) {
        this.measures = List.copyOf(measures);
        this.denominators = denominators == null ? null : List.copyOf(denominators);
        this.baseline = baseline == null ? null : List.copyOf(baseline);
        this.placed = place();
        this.pairs = pairUp();
    }

    /** {@code subject} against {@code reference}. */
    public static CoverageComparison of(CoverageMeasure subject, CoverageMeasure reference) {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(reference, "reference");
        return of(List.of(subject, reference));
    }

    /** Every pair of two or more measures of one unit, each earlier measure as the subject. */
    public static CoverageComparison of(List<CoverageMeasure> measures) {
        Objects.requireNonNull(measures, "measures");
        if (measures.size() < 2) {
            throw new IllegalArgumentException("a comparison needs two or more measures, got " + measures.size()
                    + ": add the measure to compare with");
        }
        for (int i = 0; i < measures.size(); i++) {
            Objects.requireNonNull(measures.get(i), "measure " + i + " is null");
        }
        sameUnit(measures.get(0), measures, "measure");
        return new CoverageComparison(measures, null, null);
    }

    private static void sameUnit(CoverageMeasure first, List<CoverageMeasure> others, String role) {
        for (CoverageMeasure m : others) {
            if (m.unit() != first.unit()) {
                throw new IllegalArgumentException("cannot compare '" + first.label() + "' (" + first.format()
                        + ") with " + role + " '" + m.label() + "' (" + m.format() + ", " + m.provenance()
                        + "): the units differ (" + first.unit().label() + " vs " + m.unit().label()
                        + "); compare measures of one unit, nothing is converted");
            }
        }
    }

    /** The same comparison with every measure as a share of {@code denominator} (e.g. the bulletin length). */
    public CoverageComparison withDenominator(CoverageMeasure denominator) {
        Objects.requireNonNull(denominator, "denominator");
        List<CoverageMeasure> ds = new ArrayList<>();
        for (int i = 0; i < measures.size(); i++) {
            ds.add(denominator);
        }
        return withDenominators(ds);
    }

    /** The same comparison with each measure as a share of its own denominator, given in measure order. */
    public CoverageComparison withDenominators(List<CoverageMeasure> denominators) {
        Objects.requireNonNull(denominators, "denominators");
        if (denominators.size() != measures.size()) {
            throw new IllegalArgumentException(denominators.size() + " denominators for " + measures.size()
                    + " measures: give one per measure, in the same order");
        }
        for (int i = 0; i < measures.size(); i++) {
            CoverageMeasure m = measures.get(i);
            CoverageMeasure d = Objects.requireNonNull(denominators.get(i), "denominator " + i + " is null");
            sameUnit(m, List.of(d), "denominator");
            if (d.value() <= 0) {
                throw new IllegalArgumentException("denominator '" + d.label() + "' (" + d.provenance() + ") of measure '"
                        + m.label() + "' is " + d.format() + ": a share needs a denominator above 0");
            }
            if (m.value() > d.value()) {
                throw new IllegalArgumentException("measure '" + m.label() + "' (" + m.format()
                        + ") is larger than its denominator '" + d.label() + "' (" + d.format()
                        + "): check that the denominator is the whole the measure is part of");
            }
        }
        return new CoverageComparison(measures, denominators, baseline);
    }

    /** The same comparison with each measure placed in the distribution of {@code baseline} (same unit). */
    public CoverageComparison withBaseline(List<CoverageMeasure> baseline) {
        Objects.requireNonNull(baseline, "baseline");
        for (int i = 0; i < baseline.size(); i++) {
            Objects.requireNonNull(baseline.get(i), "baseline measure " + i + " is null");
        }
        if (baseline.isEmpty()) {
            throw new IllegalArgumentException("the baseline is empty: give the other items of the same programme");
        }
        sameUnit(measures.get(0), baseline, "baseline measure");
        return new CoverageComparison(measures, denominators, baseline);
    }

    public List<CoverageMeasure> measures() {
        return measures;
    }

    public CoverageUnit unit() {
        return measures.get(0).unit();
    }

    /** The pairs, in the order of {@link #table()}. */
    public List<Pair> pairs() {
        return pairs;
    }

    /** The first pair (the only one for two measures). */
    public Pair pair() {
        return pairs.get(0);
    }

    /** Each measure with its share and baseline place (empty values where not known), in measure order. */
    public List<Placed> placed() {
        return placed;
    }

    /** The statement of the first pair (the only one for two measures). */
    public String statement() {
        return pairs.get(0).statement();
    }

    /** The statements of all pairs, in table order. */
    public List<String> statements() {
        return pairs.stream().map(Pair::statement).toList();
    }

    private List<Placed> place() {
        List<Placed> out = new ArrayList<>();
        for (int i = 0; i < measures.size(); i++) {
            CoverageMeasure m = measures.get(i);
            CoverageMeasure d = denominators == null ? null : denominators.get(i);
            OptionalDouble share = OptionalDouble.empty();
            OptionalDouble sharePrecision = OptionalDouble.empty();
            if (d != null) {
                double s = m.value() / d.value();
                share = OptionalDouble.of(100 * s);
                if (m.precision().isPresent() && d.precision().isPresent()) {
                    sharePrecision = OptionalDouble.of(100 * (m.precision().getAsDouble()
                            + s * d.precision().getAsDouble()) / d.value());
                }
            }
            OptionalInt rank = OptionalInt.empty();
            OptionalInt size = OptionalInt.empty();
            OptionalDouble percentile = OptionalDouble.empty();
            if (baseline != null) {
                int above = 0;
                int below = 0;
                int equal = 0;
                int n = 0;
                for (CoverageMeasure b : baseline) {
                    if (b.equals(m)) {
                        continue;
                    }
                    n++;
                    if (b.value() > m.value()) {
                        above++;
                    } else if (b.value() < m.value()) {
                        below++;
                    } else {
                        equal++;
                    }
                }
                if (n == 0) {
                    throw new IllegalArgumentException("the baseline holds only '" + m.label()
                            + "' itself: give the other items of the same programme");
                }
                rank = OptionalInt.of(1 + above);
                size = OptionalInt.of(n + 1);
                percentile = OptionalDouble.of(100.0 * (below + 0.5 * equal) / n);
            }
            out.add(new Placed(m, d, share, sharePrecision, rank, size, percentile));
        }
        return List.copyOf(out);
    }

    private List<Pair> pairUp() {
        List<Pair> out = new ArrayList<>();
        for (int i = 0; i < measures.size(); i++) {
            for (int j = i + 1; j < measures.size(); j++) {
                out.add(pair(placed.get(i), placed.get(j)));
            }
        }
        return List.copyOf(out);
    }

    private static Pair pair(Placed pa, Placed pb) {
        CoverageMeasure a = pa.measure();
        CoverageMeasure b = pb.measure();
        double diff = a.value() - b.value();
        OptionalDouble precision = a.precision().isPresent() && b.precision().isPresent()
                ? OptionalDouble.of(a.precision().getAsDouble() + b.precision().getAsDouble())
                : OptionalDouble.empty();
        Verdict verdict;
        if (diff == 0) {
            verdict = Verdict.NOT_MEANINGFUL;
        } else if (precision.isEmpty()) {
            verdict = Verdict.PRECISION_UNKNOWN;
        } else {
            verdict = Math.abs(diff) < precision.getAsDouble() ? Verdict.NOT_MEANINGFUL : Verdict.MEANINGFUL;
        }
        double ratio = b.value() == 0 ? Double.NaN : a.value() / b.value();
        double pct = b.value() == 0 ? Double.NaN : 100 * diff / b.value();
        double reverse = a.value() == 0 ? Double.NaN : -100 * diff / a.value();
        String statement = Statements.of(pa, pb, diff, precision, pct, reverse, verdict);
        return new Pair(a, b, diff, precision, ratio, pct, reverse, verdict, statement);
    }

    /** The pairs table described in the class comment. */
    public Table table() {
        StringColumn subject = StringColumn.create(SUBJECT);
        StringColumn reference = StringColumn.create(REFERENCE);
        StringColumn unit = StringColumn.create(UNIT);
        DoubleColumn av = DoubleColumn.create(SUBJECT_VALUE);
        DoubleColumn bv = DoubleColumn.create(REFERENCE_VALUE);
        DoubleColumn diff = DoubleColumn.create(DIFFERENCE);
        DoubleColumn dp = DoubleColumn.create(DIFFERENCE_PRECISION);
        DoubleColumn ratio = DoubleColumn.create(RATIO);
        DoubleColumn pct = DoubleColumn.create(PERCENT_CHANGE);
        DoubleColumn rev = DoubleColumn.create(REVERSE_PERCENT_CHANGE);
        StringColumn meaningful = StringColumn.create(MEANINGFUL);
        StringColumn statement = StringColumn.create(STATEMENT);
        for (Pair p : pairs) {
            subject.append(p.subject().label());
            reference.append(p.reference().label());
            unit.append(p.subject().unit().label());
            av.append(p.subject().value());
            bv.append(p.reference().value());
            diff.append(p.difference());
            dp.append(p.differencePrecision().orElse(Double.NaN));
            ratio.append(p.ratio());
            pct.append(p.percentChange());
            rev.append(p.reversePercentChange());
            meaningful.append(p.verdict().label());
            statement.append(p.statement());
        }
        return Table.create("coverage comparison", subject, reference, unit, av, bv, diff, dp, ratio, pct, rev,
                meaningful, statement);
    }

    /** The per-measure table described in the class comment. */
    public Table measuresTable() {
        StringColumn measure = StringColumn.create(MEASURE);
        StringColumn unit = StringColumn.create(UNIT);
        DoubleColumn value = DoubleColumn.create(VALUE);
        DoubleColumn precision = DoubleColumn.create(PRECISION);
        DoubleColumn denominator = DoubleColumn.create(DENOMINATOR);
        DoubleColumn share = DoubleColumn.create(SHARE_PERCENT);
        DoubleColumn sharePrecision = DoubleColumn.create(SHARE_PRECISION);
        IntColumn rank = IntColumn.create(BASELINE_RANK);
        IntColumn size = IntColumn.create(BASELINE_SIZE);
        DoubleColumn percentile = DoubleColumn.create(BASELINE_PERCENTILE);
        StringColumn source = StringColumn.create(SOURCE);
        for (Placed p : placed) {
            CoverageMeasure m = p.measure();
            measure.append(m.label());
            unit.append(m.unit().label());
            value.append(m.value());
            precision.append(m.precision().orElse(Double.NaN));
            denominator.append(p.denominator() == null ? Double.NaN : p.denominator().value());
            share.append(p.sharePercent().orElse(Double.NaN));
            sharePrecision.append(p.sharePrecision().orElse(Double.NaN));
            if (p.baselineRank().isPresent()) {
                rank.append(p.baselineRank().getAsInt());
                size.append(p.baselineSize().getAsInt());
            } else {
                rank.appendMissing();
                size.appendMissing();
            }
            percentile.append(p.baselinePercentile().orElse(Double.NaN));
            source.append(m.provenance().toString());
        }
        return Table.create("coverage measures compared", measure, unit, value, precision, denominator, share,
                sharePrecision, rank, size, percentile, source);
    }

    /**
     * A horizontal bar chart with one labelled bar per measure, in measure order, and the
     * precision drawn as an error bar (none when unknown). SVG text is escaped; the output is the
     * same for the same measures.
     */
    public Chart chart() {
        return CoverageCharts.bars("Coverage in " + unit().label(), measures);
    }

    /** The statements, the pairs table and the per-measure table; every cell escaped in HTML. */
    @Override
    public MimeBundle toMimeBundle() {
        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder("<div class=\"lede-coverage\">\n<ul>\n");
        for (String s : statements()) {
            text.append(s).append('\n');
            html.append("<li>").append(dev.lede.display.Html.escape(s)).append("</li>\n");
        }
        html.append("</ul>\n");
        Table pt = table().removeColumns(STATEMENT);
        String caption = "Coverage comparison (" + unit().label() + ")";
        text.append('\n').append(Rendering.text(pt, caption)).append('\n')
                .append(Rendering.text(measuresTable(), "Measures"));
        html.append(Rendering.html(pt, caption)).append(Rendering.html(measuresTable(), "Measures"))
                .append("</div>");
        return MimeBundle.builder().text(text.toString()).html(html.toString()).build();
    }

    @Override
    public String toString() {
        return toMimeBundle().get(MimeBundle.TEXT_PLAIN);
    }
}
