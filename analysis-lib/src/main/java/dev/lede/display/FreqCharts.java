package dev.lede.display;

import java.awt.Color;
import java.awt.Font;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/** The frequency charts, built with JFreeChart; every number format is fixed to {@link Locale#ROOT}. */
public final class FreqCharts {

    private static final Color BAR = new Color(0x3B6EA5);
    private static final Color OVER = new Color(0xC0392B);
    private static final Color UNDER = new Color(0x2E86AB);
    private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    private FreqCharts() {
    }

    /** Height that gives every bar room for its label. */
    public static int height(int bars) {
        return Math.max(200, 90 + 22 * bars);
    }

    /** A horizontal bar chart of counts, first term at the top. */
    public static Chart topTerms(String title, List<String> terms, List<? extends Number> counts) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < terms.size(); i++) {
            data.addValue(counts.get(i), "count", terms.get(i));
        }
        JFreeChart chart = ChartFactory.createBarChart(title, "term", "count", data, PlotOrientation.HORIZONTAL,
                false, false, false);
        CategoryPlot plot = style(chart);
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
        axis.setUpperMargin(0.12); // room for the value labels
        BarRenderer r = (BarRenderer) plot.getRenderer();
        r.setSeriesPaint(0, BAR);
        labels(r, new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        return Chart.of(title, 640, height(terms.size()), chart);
    }

    /**
     * A diverging bar chart: one bar per term, positive values (key in the target) to the right in
     * one colour, negative values (key in the reference) to the left in another, each labelled.
     */
    public static Chart diverging(String title, String measure, List<String> terms, List<Double> values,
                                  String positiveLabel, String negativeLabel) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < terms.size(); i++) {
            double v = values.get(i);
            data.addValue(v >= 0 ? v : null, positiveLabel, terms.get(i));
            data.addValue(v < 0 ? v : null, negativeLabel, terms.get(i));
        }
        JFreeChart chart = ChartFactory.createStackedBarChart(title, "term", measure, data,
                PlotOrientation.HORIZONTAL, true, false, false);
        CategoryPlot plot = style(chart);
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        axis.setStandardTickUnits(NumberAxis.createStandardTickUnits(Locale.ROOT));
        axis.setUpperMargin(0.15); // room for the value labels on both sides
        axis.setLowerMargin(0.15);
        BarRenderer r = (BarRenderer) plot.getRenderer();
        r.setSeriesPaint(0, OVER);
        r.setSeriesPaint(1, UNDER);
        labels(r, new DecimalFormat("0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        r.setDefaultNegativeItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT));
        return Chart.of(title, 640, height(terms.size()) + 30, chart);
    }

    private static CategoryPlot style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        CategoryAxis cat = plot.getDomainAxis();
        cat.setTickLabelFont(LABEL_FONT);
        cat.setMaximumCategoryLabelWidthRatio(0.4f);
        BarRenderer r = (BarRenderer) plot.getRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(false);
        r.setItemMargin(0);
        return plot;
    }

    private static void labels(BarRenderer r, DecimalFormat format) {
        r.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", format));
        r.setDefaultItemLabelsVisible(true);
        r.setDefaultItemLabelFont(LABEL_FONT);
        r.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
    }
}
