package dev.lede.coverage;

import dev.lede.testing.Python;

import dev.lede.display.Chart;
import dev.lede.display.MimeBundle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class CoverageComparisonTest {

    private static final String CCTV = "CCTV 7 PM news";

    private static CoverageMeasure seconds(String outlet, String story, double v) {
        return CoverageMeasure.of(outlet, story, v, CoverageUnit.SECONDS);
    }

    private static final CoverageMeasure JUNE = seconds(CCTV, "June 2024 summit", 20);
    private static final CoverageMeasure SEPT = seconds(CCTV, "September 2023 summit", 35);

    @Test
    void differenceRatioAndPercentChangeBothWays() {
        CoverageComparison.Pair p = CoverageComparison.of(JUNE, SEPT).pair();
        assertEquals(-15.0, p.difference());
        assertEquals(20.0 / 35.0, p.ratio(), 1e-15);           // 0.5714
        assertEquals(-300.0 / 7.0, p.percentChange(), 1e-12);  // -42.857: "43% shorter"
        assertEquals(75.0, p.reversePercentChange(), 1e-12);   // 35 is 75% longer than 20
        assertTrue(p.differencePrecision().isEmpty());
        assertEquals(CoverageComparison.Verdict.PRECISION_UNKNOWN, p.verdict());
        assertEquals("CCTV 7 PM news gave June 2024 summit 20 seconds, 15 seconds (43%) less than"
                + " September 2023 summit (35 seconds, 75% more).", p.statement());
        // the other way round
        CoverageComparison.Pair q = CoverageComparison.of(SEPT, JUNE).pair();
        assertEquals(15.0, q.difference());
        assertEquals(1.75, q.ratio());
        assertEquals(75.0, q.percentChange(), 1e-12);
        assertEquals("CCTV 7 PM news gave September 2023 summit 35 seconds, 15 seconds (75%) more than"
                + " June 2024 summit (20 seconds, 43% less).", q.statement());
    }

    @Test
    void precisionCarriesThrough() {
        CoverageComparison c = CoverageComparison.of(JUNE.withPrecision(1), SEPT.withPrecision(1));
        CoverageComparison.Pair p = c.pair();
        assertEquals(2.0, p.differencePrecision().getAsDouble());
        assertEquals(CoverageComparison.Verdict.MEANINGFUL, p.verdict());
        assertEquals("CCTV 7 PM news gave June 2024 summit 20 ± 1 seconds, 15 ± 2 seconds (43%) less than"
                + " September 2023 summit (35 ± 1 seconds, 75% more).", c.statement());
        // 15-second clips: ±8 s each side, |15| < 16
        CoverageComparison coarse = CoverageComparison.of(JUNE.withPrecision(8), SEPT.withPrecision(8));
        assertEquals(CoverageComparison.Verdict.NOT_MEANINGFUL, coarse.pair().verdict());
        assertEquals("CCTV 7 PM news gave June 2024 summit 20 ± 8 seconds, 15 ± 16 seconds (43%) less than"
                + " September 2023 summit (35 ± 8 seconds, 75% more); the difference is within the combined"
                + " precision of ±16 seconds, so it is not meaningful.", coarse.statement());
        // exactly at the combined precision the intervals only touch: still reported as a difference
        assertEquals(CoverageComparison.Verdict.MEANINGFUL,
                CoverageComparison.of(JUNE.withPrecision(7.5), SEPT.withPrecision(7.5)).pair().verdict());
        // one side without precision: unknown, not assumed exact
        CoverageComparison.Pair half = CoverageComparison.of(JUNE.withPrecision(1), SEPT).pair();
        assertEquals(CoverageComparison.Verdict.PRECISION_UNKNOWN, half.verdict());
        assertTrue(half.differencePrecision().isEmpty());
        Table t = CoverageComparison.of(JUNE.withPrecision(1), SEPT).table();
        assertTrue(Double.isNaN(t.doubleColumn(CoverageComparison.DIFFERENCE_PRECISION).getDouble(0)));
        assertEquals("unknown", t.stringColumn(CoverageComparison.MEANINGFUL).get(0));
    }

    @Test
    void equalValuesAndOtherNames() {
        CoverageMeasure a = seconds("BBC News", "June 2024 summit", 120);
        CoverageMeasure b = seconds(CCTV, "June 2024 summit", 20);
        assertEquals("BBC News gave June 2024 summit 120 seconds, 100 seconds (500%) more than CCTV 7 PM news gave"
                + " June 2024 summit (20 seconds, 83% less).", CoverageComparison.of(a, b).statement());
        CoverageMeasure x = CoverageMeasure.of("", "Kim speech", 1, CoverageUnit.SENTENCES);
        CoverageMeasure y = CoverageMeasure.of("", "Putin speech", 1, CoverageUnit.SENTENCES);
        CoverageComparison same = CoverageComparison.of(x, y);
        assertEquals("Kim speech got 1 sentence, the same as Putin speech (1 sentence).", same.statement());
        assertEquals(CoverageComparison.Verdict.NOT_MEANINGFUL, same.pair().verdict());
        CoverageMeasure w1 = CoverageMeasure.of("Reuters", "", 400, CoverageUnit.WORDS);
        CoverageMeasure w2 = CoverageMeasure.of("Xinhua", "", 1000, CoverageUnit.WORDS);
        assertEquals("Reuters got 400 words, 600 words (60%) fewer than Xinhua (1000 words, 150% more).",
                CoverageComparison.of(w1, w2).statement());
        // a zero reference: no percentages rather than infinity
        CoverageMeasure none = seconds(CCTV, "Vietnam visit", 0);
        CoverageComparison.Pair p = CoverageComparison.of(JUNE, none).pair();
        assertTrue(Double.isNaN(p.ratio()) && Double.isNaN(p.percentChange()));
        assertEquals(-100.0, p.reversePercentChange());
        assertEquals("CCTV 7 PM news gave June 2024 summit 20 seconds, 20 seconds more than Vietnam visit"
                + " (0 seconds, 100% less).", p.statement());
    }

    @Test
    void sharesOfAKnownDenominator() {
        CoverageMeasure bulletin = seconds(CCTV, "bulletin", 1800);
        CoverageComparison c = CoverageComparison.of(JUNE, SEPT).withDenominator(bulletin);
        assertEquals(100.0 * 20 / 1800, c.placed().get(0).sharePercent().getAsDouble(), 1e-12); // 1.111
        assertEquals(100.0 * 35 / 1800, c.placed().get(1).sharePercent().getAsDouble(), 1e-12); // 1.944
        assertEquals("CCTV 7 PM news gave June 2024 summit 20 seconds, 15 seconds (43%) less than"
                + " September 2023 summit (35 seconds, 75% more); as shares of CCTV 7 PM news, bulletin"
                + " (1800 seconds): 1.1% and 1.9%.", c.statement());
        // each its own bulletin, with precision: share ± 100 (pa + s pd) / d
        CoverageMeasure june = JUNE.withPrecision(1);
        CoverageMeasure sept = SEPT.withPrecision(1);
        CoverageComparison own = CoverageComparison.of(june, sept).withDenominators(List.of(
                seconds(CCTV, "19 June bulletin", 1800).withPrecision(0), seconds(CCTV, "13 September bulletin", 1500).withPrecision(0)));
        assertEquals(100.0 / 1800, own.placed().get(0).sharePrecision().getAsDouble(), 1e-12);
        assertEquals(35.0 / 15, own.placed().get(1).sharePercent().getAsDouble(), 1e-12);   // 2.333
        assertTrue(own.statement().endsWith("; as shares: 1.1 ± 0.1% of CCTV 7 PM news, 19 June bulletin (1800 seconds)"
                + " and 2.3 ± 0.1% of CCTV 7 PM news, 13 September bulletin (1500 seconds)."), own.statement());
        Table m = own.measuresTable();
        assertEquals(List.of(1800.0, 1500.0), m.doubleColumn(CoverageComparison.DENOMINATOR).asList());
        // the precision of the denominator adds: 20/1800 with ±1 and ±60 -> 100 (1 + 20/1800*60)/1800
        CoverageComparison wide = CoverageComparison.of(june, sept).withDenominator(bulletin.withPrecision(60));
        assertEquals(100.0 * (1 + 20.0 / 1800 * 60) / 1800, wide.placed().get(0).sharePrecision().getAsDouble(), 1e-12);
    }

    @Test
    void badInputIsAClearError() {
        CoverageMeasure words = CoverageMeasure.of("Xinhua", "summit", 300, CoverageUnit.WORDS);
        IllegalArgumentException mixed = assertThrows(IllegalArgumentException.class,
                () -> CoverageComparison.of(JUNE, words));
        assertEquals("cannot compare 'CCTV 7 PM news, June 2024 summit' (20 seconds) with measure 'Xinhua, summit'"
                + " (300 words, entered): the units differ (seconds vs words); compare measures of one unit,"
                + " nothing is converted", mixed.getMessage());
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
                () -> CoverageComparison.of(JUNE, SEPT).withDenominator(seconds(CCTV, "bulletin", 0)));
        assertEquals("denominator 'CCTV 7 PM news, bulletin' (entered) of measure 'CCTV 7 PM news, June 2024 summit'"
                + " is 0 seconds: a share needs a denominator above 0", zero.getMessage());
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> seconds(CCTV, "bulletin", -30));
        assertTrue(negative.getMessage().startsWith("measure 'CCTV 7 PM news / bulletin' (entered) has value -30.0"),
                negative.getMessage());
        IllegalArgumentException tooSmall = assertThrows(IllegalArgumentException.class,
                () -> CoverageComparison.of(JUNE, SEPT).withDenominator(seconds(CCTV, "bulletin", 30)));
        assertTrue(tooSmall.getMessage().contains("'CCTV 7 PM news, September 2023 summit' (35 seconds) is larger"
                + " than its denominator"), tooSmall.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> CoverageComparison.of(JUNE, SEPT).withDenominator(CoverageMeasure.of(CCTV, "b", 900, CoverageUnit.WORDS)));
        IllegalArgumentException one = assertThrows(IllegalArgumentException.class,
                () -> CoverageComparison.of(List.of(JUNE)));
        assertTrue(one.getMessage().contains("two or more measures, got 1"));
        IllegalArgumentException noValue = assertThrows(IllegalArgumentException.class,
                () -> CoverageMeasure.builder().outlet(CCTV).story("June 2024 summit").build());
        assertTrue(noValue.getMessage().startsWith("measure 'CCTV 7 PM news / June 2024 summit' has no value"));
        assertThrows(IllegalArgumentException.class, () -> JUNE.withPrecision(Double.NaN));
        assertThrows(IllegalArgumentException.class,
                () -> CoverageComparison.of(JUNE, SEPT).withBaseline(List.of(words)));
        assertThrows(IllegalArgumentException.class, () -> CoverageComparison.of(JUNE, SEPT).withBaseline(List.of()));
    }

    @Test
    void baselineRankAndPercentile() {
        List<CoverageMeasure> items = new ArrayList<>();
        double[] other = {10, 20, 20, 30, 45, 60, 35};
        for (int i = 0; i < other.length; i++) {
            items.add(seconds(CCTV, "item " + (i + 1), other[i]));
        }
        items.add(JUNE); // listed in its own baseline: left out of it
        CoverageComparison c = CoverageComparison.of(JUNE, SEPT).withBaseline(items);
        CoverageComparison.Placed june = c.placed().get(0);
        // 20 among {10, 20, 20, 30, 45, 60, 35}: 4 above -> rank 5 of 8; (1 below + 2 equal / 2) / 7
        assertEquals(5, june.baselineRank().getAsInt());
        assertEquals(8, june.baselineSize().getAsInt());
        assertEquals(100.0 * 2 / 7, june.baselinePercentile().getAsDouble(), 1e-12);
        CoverageComparison.Placed sept = c.placed().get(1);
        // 35 among the 8 (June counts for September): 45, 60 above -> rank 3 of 9; (5 below + 1/2) / 8
        assertEquals(3, sept.baselineRank().getAsInt());
        assertEquals(9, sept.baselineSize().getAsInt());
        assertEquals(100.0 * 5.5 / 8, sept.baselinePercentile().getAsDouble(), 1e-12);
        assertEquals("CCTV 7 PM news gave June 2024 summit 20 seconds, 15 seconds (43%) less than September 2023"
                + " summit (35 seconds, 75% more); against the baseline, rank 5 of 8 (percentile 29) and rank 3 of 9"
                + " (percentile 69).", c.statement());
        Table m = c.measuresTable();
        assertEquals(List.of(5, 3), m.intColumn(CoverageComparison.BASELINE_RANK).asList());
        assertEquals(List.of(8, 9), m.intColumn(CoverageComparison.BASELINE_SIZE).asList());
    }

    /** Rank and percentile against scipy: rankdata(-x, method='min') and percentileofscore(kind='mean'). */
    @Test
    void baselineMatchesScipy() {
        double[] baseline = {12, 40, 40, 18, 95, 33, 7.5, 40, 61, 20, 20, 5};
        double[] values = {20, 40, 100, 0, 33, 7.5};
        List<CoverageMeasure> base = new ArrayList<>();
        for (int i = 0; i < baseline.length; i++) {
            base.add(seconds(CCTV, "baseline " + i, baseline[i]));
        }
        List<CoverageMeasure> measures = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            measures.add(seconds("Other", "measure " + i, values[i]));
        }
        CoverageComparison c = CoverageComparison.of(measures).withBaseline(base);
        StringBuilder in = new StringBuilder();
        for (double v : baseline) {
            in.append(v).append(' ');
        }
        in.append('\n');
        for (double v : values) {
            in.append(v).append(' ');
        }
        in.append('\n');
        String out = Python.run(String.join("\n",
                "import sys",
                "import numpy as np",
                "from scipy.stats import percentileofscore, rankdata",
                "b = np.array([float(x) for x in sys.stdin.readline().split()])",
                "for v in [float(x) for x in sys.stdin.readline().split()]:",
                "    r = rankdata(-np.append(b, v), method='min')[-1]",
                "    print(int(r), repr(float(percentileofscore(b, v, kind='mean'))))"), in.toString());
        String[] lines = out.strip().split("\n");
        assertEquals(values.length, lines.length, out);
        for (int i = 0; i < values.length; i++) {
            String[] f = lines[i].split(" ");
            CoverageComparison.Placed p = c.placed().get(i);
            assertEquals(Integer.parseInt(f[0]), p.baselineRank().getAsInt(), "rank of " + values[i]);
            assertEquals(Double.parseDouble(f[1]), p.baselinePercentile().getAsDouble(), 1e-9, "percentile of " + values[i]);
            assertEquals(baseline.length + 1, p.baselineSize().getAsInt());
        }
    }

    @Test
    void threeMeasuresGiveEveryPairInOrder() {
        CoverageMeasure vietnam = seconds(CCTV, "Vietnam visit", 28);
        CoverageComparison c = CoverageComparison.of(List.of(JUNE, SEPT, vietnam));
        assertEquals(3, c.pairs().size());
        Table t = c.table();
        assertEquals(List.of(CoverageComparison.SUBJECT, CoverageComparison.REFERENCE, CoverageComparison.UNIT,
                CoverageComparison.SUBJECT_VALUE, CoverageComparison.REFERENCE_VALUE, CoverageComparison.DIFFERENCE,
                CoverageComparison.DIFFERENCE_PRECISION, CoverageComparison.RATIO, CoverageComparison.PERCENT_CHANGE,
                CoverageComparison.REVERSE_PERCENT_CHANGE, CoverageComparison.MEANINGFUL, CoverageComparison.STATEMENT),
                t.columnNames());
        assertEquals(List.of(-15.0, -8.0, 7.0), t.doubleColumn(CoverageComparison.DIFFERENCE).asList());
        assertEquals(c.statements(), t.stringColumn(CoverageComparison.STATEMENT).asList());
        assertEquals("CCTV 7 PM news gave September 2023 summit 35 seconds, 7 seconds (25%) more than Vietnam visit"
                + " (28 seconds, 20% less).", c.statements().get(2));
        Table m = c.measuresTable();
        assertEquals(List.of(CoverageComparison.MEASURE, CoverageComparison.UNIT, CoverageComparison.VALUE,
                CoverageComparison.PRECISION, CoverageComparison.DENOMINATOR, CoverageComparison.SHARE_PERCENT,
                CoverageComparison.SHARE_PRECISION, CoverageComparison.BASELINE_RANK, CoverageComparison.BASELINE_SIZE,
                CoverageComparison.BASELINE_PERCENTILE, CoverageComparison.SOURCE), m.columnNames());
        assertEquals(3, m.rowCount());
        assertTrue(m.intColumn(CoverageComparison.BASELINE_RANK).isMissing(0));
    }

    @Test
    void chartAndRenderingAreDeterministicAndEscaped() {
        CoverageMeasure a = seconds("CCTV <7 PM> & news", "June \"summit\"", 20).withPrecision(1);
        CoverageComparison c = CoverageComparison.of(a, SEPT.withPrecision(1));
        Chart chart = c.chart();
        String svg = chart.toSvg();
        assertEquals(svg, CoverageComparison.of(a, SEPT.withPrecision(1)).chart().toSvg());
        assertTrue(svg.contains("CCTV &lt;7 PM&gt; &amp; news"), "label escaped");
        assertFalse(svg.contains("<7 PM>"));
        assertTrue(svg.contains(">20 ± 1<") && svg.contains(">35 ± 1<"), "values with precision labelled");
        assertEquals("Coverage in seconds", chart.title());
        MimeBundle b = c.toMimeBundle();
        assertTrue(b.get(MimeBundle.TEXT_HTML).contains("CCTV &lt;7 PM&gt; &amp; news gave June &quot;summit&quot;"));
        assertFalse(b.get(MimeBundle.TEXT_HTML).contains("<7 PM>"));
        assertTrue(b.get(MimeBundle.TEXT_PLAIN).startsWith("CCTV <7 PM> & news gave June \"summit\" 20 ± 1 seconds,"));
        assertEquals(b, CoverageComparison.of(a, SEPT.withPrecision(1)).toMimeBundle());
        // surefire runs with a Turkish default locale: numbers still use '.'
        String withDecimals = CoverageComparison.of(seconds("A", "x", 2.5), seconds("A", "y", 10)).statement();
        assertEquals("A gave x 2.5 seconds, 7.5 seconds (75%) less than y (10 seconds, 300% more).", withDecimals);
    }
}
