package dev.lede.coverage;

import dev.lede.display.Chart;
import java.awt.Color;
import java.awt.Font;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;

/** Coverage charts with JFreeChart: bars with the measurement precision as error bars. */
final class CoverageCharts {

    /** Light fills, so that black value labels read inside the bars. */
    private static final Color BAR = new Color(0x8FB8DE);
    private static final Color[] PAIRED = {new Color(0x8FB8DE), new Color(0xF4A582), new Color(0xA6D96A),
            new Color(0xC2A5CF), new Color(0xFDD49E), new Color(0x80CDC1), new Color(0xBDBDBD)};
    private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    private CoverageCharts() {
    }

    /**
     * One horizontal bar per measure, first at the top, labelled with the measure's label (made
     * unique with " (2)", " (3)" when two measures share one) and its value; precision as an error bar.
     */
    public static Chart bars(String title, List<CoverageMeasure> measures) {
        Map<String, Map<String, CoverageMeasure>> cells = new LinkedHashMap<>();
        Map<String, CoverageMeasure> row = new LinkedHashMap<>();
        for (CoverageMeasure m : measures) {
            String label = m.label();
            String unique = label;
            for (int k = 2; row.containsKey(unique); k++) {
                unique = label + " (" + k + ")";
            }
            row.put(unique, m);
        }
        cells.put(measures.get(0).unit().label(), row);
        return draw(title, measures.get(0).unit().label(), cells, new ArrayList<>(row.keySet()), false,
                Math.max(200, 100 + 40 * measures.size()));
    }

    /**
     * Paired bars: one group per story (first-seen order), one bar per outlet in each (a colour
     * per outlet, with a legend), precision as error bars.
     *
     * @throws IllegalArgumentException when two measures have the same outlet and story
     */
    public static Chart paired(String title, List<CoverageMeasure> measures) {
        Map<String, Map<String, CoverageMeasure>> cells = new LinkedHashMap<>();
        List<String> stories = new ArrayList<>();
        for (CoverageMeasure m : measures) {
            String outlet = m.outlet().isEmpty() ? "(no outlet)" : m.outlet();
            String story = m.story().isEmpty() ? "(no story)" : m.story();
            if (!stories.contains(story)) {
                stories.add(story);
            }
            CoverageMeasure previous = cells.computeIfAbsent(outlet, k -> new LinkedHashMap<>()).putIfAbsent(story, m);
            if (previous != null) {
                throw new IllegalArgumentException("two measures for outlet '" + outlet + "' and story '" + story
                        + "' (" + previous.provenance() + " and " + m.provenance()
                        + "): a paired chart shows one bar per outlet and story; give the stories distinct names");
            }
        }
        return draw(title, measures.get(0).unit().label(), cells, stories, true,
                Math.max(220, 120 + 28 * measures.size() + 16 * stories.size()));
    }

    private static Chart draw(String title, String axis, Map<String, Map<String, CoverageMeasure>> cells,
                              List<String> categories, boolean legend, int height) {
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        Map<String, String> labels = new HashMap<>();
        List<String> series = new ArrayList<>(cells.keySet());
        // rows are added in series order and columns in category order, so the dataset keeps both orders
        for (String c : categories) {
            for (String s : series) {
                CoverageMeasure m = cells.get(s).get(c);
                if (m == null) {
                    data.add((Number) null, (Number) null, s, c);
                    continue;
                }
                Double precision = m.precision().isPresent() ? m.precision().getAsDouble() : null;
                data.add((Number) m.value(), (Number) precision, s, c);
                labels.put(s + "\u0000" + c, m.precision().isPresent() && m.precision().getAsDouble() > 0
                        ? Format.number(m.value()) + " ± " + Format.number(m.precision().getAsDouble())
                        : Format.number(m.value()));
            }
        }
        CategoryAxis categoryAxis = new CategoryAxis(null);
        categoryAxis.setTickLabelFont(LABEL_FONT);
        categoryAxis.setMaximumCategoryLabelWidthRatio(0.4f);
        NumberAxis values = new NumberAxis(axis);
        values.setStandardTickUnits(NumberAxis.createStandardTickUnits(Locale.ROOT));
        values.setUpperMargin(0.15);
        StatisticalBarRenderer r = new StatisticalBarRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(false);
        r.setItemMargin(0.05);
        for (int i = 0; i < series.size(); i++) {
            r.setSeriesPaint(i, legend ? PAIRED[i % PAIRED.length] : BAR);
        }
        r.setErrorIndicatorPaint(Color.BLACK);
        r.setDefaultItemLabelGenerator(new ValueLabels(labels));
        r.setDefaultItemLabelsVisible(true);
        r.setDefaultItemLabelFont(LABEL_FONT);
        r.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.INSIDE9, TextAnchor.CENTER_LEFT));
        // a bar too short for its label gets it to the right instead of losing it
        r.setPositiveItemLabelPositionFallback(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        r.setDefaultItemLabelPaint(Color.BLACK);
        CategoryPlot plot = new CategoryPlot(data, categoryAxis, values, r);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        return Chart.of(title, 640, height, chart);
    }

    /** "20 ± 1" on each bar, looked up by series and category key. */
    private record ValueLabels(Map<String, String> labels) implements CategoryItemLabelGenerator {
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
            return labels.get(dataset.getRowKey(row) + "\u0000" + dataset.getColumnKey(column));
        }
    }

    private static final Color[] SERIES = {new Color(0x3B6EA5), new Color(0xC0392B), new Color(0x27AE60),
            new Color(0x8E44AD), new Color(0xE67E22), new Color(0x16A085), new Color(0x7F8C8D)};

    /**
     * Share of voice: one horizontal bar per group, stacked by actor (shares in percent, summing to
     * 100 where anyone is mentioned), groups and actors in the order given.
     */
    public static Chart stackedShares(String title, List<String> groups, List<String> actors, double[][] shares) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int g = 0; g < groups.size(); g++) {
            for (int a = 0; a < actors.size(); a++) {
                data.addValue(Double.isNaN(shares[g][a]) ? null : shares[g][a], actors.get(a),
                        groups.get(g).isEmpty() ? "(none)" : groups.get(g));
            }
        }
        JFreeChart chart = ChartFactory.createStackedBarChart(title, null, "share of mentions (%)",
                data, PlotOrientation.HORIZONTAL, true, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.getDomainAxis().setTickLabelFont(LABEL_FONT);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.4f);
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        axis.setRange(0, 100);
        axis.setStandardTickUnits(NumberAxis.createStandardTickUnits(Locale.ROOT));
        BarRenderer r = (BarRenderer) plot.getRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(false);
        for (int a = 0; a < actors.size(); a++) {
            r.setSeriesPaint(a, SERIES[a % SERIES.length]);
        }
        r.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
                new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ROOT))));
        r.setDefaultItemLabelsVisible(true);
        r.setDefaultItemLabelFont(LABEL_FONT);
        r.setDefaultItemLabelPaint(Color.WHITE);
        return Chart.of(title, 640, Math.max(220, 120 + 30 * groups.size()), chart);
    }
}
