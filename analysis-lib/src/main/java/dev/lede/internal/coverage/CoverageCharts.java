package dev.lede.internal.coverage;

import dev.lede.Chart;
import dev.lede.CoverageMeasure;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.data.category.CategoryDataset;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;

/** Coverage charts with JFreeChart: bars with the measurement precision as error bars. */
public final class CoverageCharts {

    private static final Color BAR = new Color(0x3B6EA5);
    private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    private CoverageCharts() {
    }

    /**
     * One horizontal bar per measure, first at the top, labelled with the measure's label (made
     * unique with " (2)", " (3)" when two measures share one) and its value; precision as an error bar.
     */
    public static Chart bars(String title, List<CoverageMeasure> measures) {
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        List<String> used = new ArrayList<>();
        for (CoverageMeasure m : measures) {
            String label = m.label();
            String unique = label;
            for (int k = 2; used.contains(unique); k++) {
                unique = label + " (" + k + ")";
            }
            used.add(unique);
            Double precision = m.precision().isPresent() ? m.precision().getAsDouble() : null;
            data.add((Number) m.value(), (Number) precision, m.unit().label(), unique);
        }
        CategoryAxis categories = new CategoryAxis(null);
        categories.setTickLabelFont(LABEL_FONT);
        categories.setMaximumCategoryLabelWidthRatio(0.4f);
        NumberAxis values = new NumberAxis(measures.get(0).unit().label());
        values.setStandardTickUnits(NumberAxis.createStandardTickUnits(Locale.ROOT));
        values.setUpperMargin(0.15);
        StatisticalBarRenderer r = new StatisticalBarRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(false);
        r.setSeriesPaint(0, BAR);
        r.setErrorIndicatorPaint(Color.BLACK);
        List<String> labels = new ArrayList<>();
        for (CoverageMeasure m : measures) {
            labels.add(m.precision().isPresent()
                    ? Format.number(m.value()) + " ± " + Format.number(m.precision().getAsDouble())
                    : Format.number(m.value()));
        }
        r.setDefaultItemLabelGenerator(new ValueLabels(labels));
        r.setDefaultItemLabelsVisible(true);
        r.setDefaultItemLabelFont(LABEL_FONT);
        r.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.INSIDE9, TextAnchor.CENTER_LEFT));
        r.setDefaultItemLabelPaint(Color.WHITE);
        CategoryPlot plot = new CategoryPlot(data, categories, values, r);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        return Chart.of(title, 640, Math.max(200, 100 + 40 * measures.size()), chart);
    }

    /** "20 ± 1" on each bar, in measure order (one series, one measure per column). */
    private record ValueLabels(List<String> labels) implements CategoryItemLabelGenerator {
        @Override
        public String generateRowLabel(CategoryDataset dataset, int row) {
            return dataset.getRowKey(row).toString();
        }

        @Override
        public String generateColumnLabel(CategoryDataset dataset, int column) {
            return dataset.getColumnKey(column).toString();
        }

        @Override
        public String generateLabel(CategoryDataset dataset, int row, int column) {
            return labels.get(column);
        }
    }
}
