package dev.lede.timeline;

import dev.lede.display.Chart;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/** Timeline charts with JFreeChart: one line per group, or stacked shares, over labelled periods. */
final class TimelineCharts {

    static final Color[] SERIES = {new Color(0x3B6EA5), new Color(0xC0392B), new Color(0x27AE60),
            new Color(0x8E44AD), new Color(0xE67E22), new Color(0x16A085), new Color(0x7F8C8D)};
    private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
    private static final int MAX_LABELS = 10;

    private TimelineCharts() {
    }

    /**
     * A period on the category axis: unique by index, shown by its label, or by nothing when
     * there are too many periods to label them all (every k-th is labelled).
     */
    private record Period(int index, String shown) implements Comparable<Period> {
        @Override
        public int compareTo(Period o) {
            return Integer.compare(index, o.index);
        }

        @Override
        public String toString() {
            return shown;
        }
    }

    /** Every how many periods a label is drawn (horizontal labels need room; rotated ones would be drawn as outlines). */
    private static int every(int periods) {
        return Math.max(1, (periods + MAX_LABELS - 1) / MAX_LABELS);
    }

    private static Period[] periods(List<String> labels) {
        int every = every(labels.size());
        Period[] out = new Period[labels.size()];
        for (int i = 0; i < labels.size(); i++) {
            out[i] = new Period(i, i % every == 0 ? labels.get(i) : "");
        }
        return out;
    }

    /** One line per series; series that are zero throughout are left out (groups with no dated documents). */
    static Chart lines(String title, List<String> labels, List<String> series, double[][] values, String axis) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        Period[] ps = periods(labels);
        for (int s = 0; s < series.size(); s++) {
            boolean any = false;
            for (double v : values[s]) {
                any |= v != 0;
            }
            if (!any && series.size() > 1) {
                continue;
            }
            for (int p = 0; p < ps.length; p++) {
                data.addValue(values[s][p], series.get(s), ps[p]);
            }
        }
        CategoryAxis x = new CategoryAxis(null);
        x.setTickLabelFont(LABEL_FONT);
        x.setMaximumCategoryLabelWidthRatio(every(labels.size()));
        NumberAxis y = new NumberAxis(axis);
        y.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT)); // counts

        LineAndShapeRenderer r = new LineAndShapeRenderer(true, labels.size() <= 60);
        for (int s = 0; s < data.getRowCount(); s++) {
            r.setSeriesPaint(s, SERIES[s % SERIES.length]);
            r.setSeriesStroke(s, new BasicStroke(2f));
        }
        CategoryPlot plot = new CategoryPlot(data, x, y, r);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        return Chart.of(title, 720, 380, chart);
    }

    static Chart stacked(String title, List<String> labels, List<String> series, double[][] shares) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        Period[] ps = periods(labels);
        for (int s = 0; s < series.size(); s++) {
            for (int p = 0; p < ps.length; p++) {
                data.addValue(Double.isNaN(shares[s][p]) ? null : shares[s][p], series.get(s), ps[p]);
            }
        }
        CategoryAxis x = new CategoryAxis(null);
        x.setTickLabelFont(LABEL_FONT);
        x.setMaximumCategoryLabelWidthRatio(every(labels.size()));
        NumberAxis y = new NumberAxis("share of mentions (%)");
        y.setRange(0, 100);
        y.setStandardTickUnits(NumberAxis.createStandardTickUnits(Locale.ROOT));
        StackedBarRenderer r = new StackedBarRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(false);
        for (int s = 0; s < series.size(); s++) {
            r.setSeriesPaint(s, SERIES[s % SERIES.length]);
        }
        CategoryPlot plot = new CategoryPlot(data, x, y, r);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        return Chart.of(title, 720, 380, chart);
    }
}
