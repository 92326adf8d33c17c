package dev.lede.coverage;

import dev.lede.display.Chart;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Coverage bar charts: labelled, precision drawn, escaped, byte-for-byte repeatable. */
class CoverageChartsTest {

    private static CoverageMeasures airtime() {
        return CoverageMeasures.of(
                CoverageMeasure.of("CCTV", "June 2024 summit", 20, CoverageUnit.SECONDS).withPrecision(1),
                CoverageMeasure.of("CCTV", "September 2023 summit", 35, CoverageUnit.SECONDS).withPrecision(1),
                CoverageMeasure.of("KCTV <&>", "June 2024 summit", 600, CoverageUnit.SECONDS).withPrecision(15),
                CoverageMeasure.of("KCTV <&>", "September 2023 summit", 420, CoverageUnit.SECONDS));
    }

    private static int count(String s, String regex) {
        Matcher m = Pattern.compile(regex).matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void pairedBarsPerStoryAndOutlet() {
        Chart chart = airtime().pairedChart();
        String svg = chart.toSvg();
        assertEquals(svg, airtime().pairedChart().toSvg(), "deterministic");
        assertEquals("Coverage in seconds by story and outlet", chart.title());
        assertTrue(svg.contains(">KCTV &lt;&amp;&gt;<"), "outlet in the legend, escaped");
        assertFalse(svg.contains("KCTV <&>"));
        assertTrue(svg.contains(">CCTV<") && svg.contains(">June 2024 summit<") && svg.contains(">September 2023 summit<"));
        assertTrue(svg.contains(">20 ± 1<") && svg.contains(">35 ± 1<") && svg.contains(">600 ± 15<") && svg.contains(">420<"),
                "every bar labelled with its value and precision");
        assertEquals(1, count(svg, ">seconds<"), "value axis named by the unit");
    }

    @Test
    void singleBarsDrawOneErrorBarPerKnownPrecision() {
        CoverageMeasure a = CoverageMeasure.of("CCTV", "June", 20, CoverageUnit.SECONDS).withPrecision(1);
        CoverageMeasure b = CoverageMeasure.of("CCTV", "September", 35, CoverageUnit.SECONDS);
        String withBoth = CoverageComparison.of(a, b.withPrecision(1)).chart().toSvg();
        String withOne = CoverageComparison.of(a, b).chart().toSvg();
        // an error bar is three line segments (the bar and two caps): three fewer without one precision
        assertEquals(count(withBoth, "<line ") - 3, count(withOne, "<line "));
        assertTrue(withOne.contains(">35<") && withOne.contains(">20 ± 1<"));
    }

    @Test
    void badInput() {
        CoverageMeasures dup = CoverageMeasures.of(CoverageMeasure.of("CCTV", "June", 20, CoverageUnit.SECONDS),
                CoverageMeasure.of("CCTV", "June", 25, CoverageUnit.SECONDS));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, dup::pairedChart);
        assertTrue(e.getMessage().startsWith("two measures for outlet 'CCTV' and story 'June'"), e.getMessage());
        CoverageMeasures mixed = CoverageMeasures.of(CoverageMeasure.of("CCTV", "June", 20, CoverageUnit.SECONDS),
                CoverageMeasure.of("CCTV", "June", 25, CoverageUnit.WORDS));
        assertThrows(IllegalArgumentException.class, mixed::pairedChart);
        assertThrows(IllegalArgumentException.class, () -> CoverageMeasures.of().chart());
        // the same label twice is made unique, not merged
        assertTrue(dup.chart().toSvg().contains(">CCTV, June (2)<"));
    }
}
