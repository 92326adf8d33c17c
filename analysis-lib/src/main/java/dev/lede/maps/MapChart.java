package dev.lede.maps;

import dev.lede.display.Chart;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** The scatter chart of a map: one colour per group, optionally each point labelled with its id. */
final class MapChart {

    /** Colour-blind-safe palette (Okabe-Ito, then Tableau), cycled when there are more groups. */
    static final Color[] PALETTE = {
        new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73), new Color(0xCC79A7), new Color(0xD55E00),
        new Color(0x56B4E9), new Color(0xF0E442), new Color(0x000000), new Color(0x8C564B), new Color(0x7F7F7F)};
    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 10);

    private MapChart() {
    }

    /** {@code groups}: group name to the indices of its points, in the order the legend shows them. */
    static Chart draw(String title, String subtitle, List<String> ids, double[] x, double[] y,
                      Map<String, List<Integer>> groups, boolean labels) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (Map.Entry<String, List<Integer>> g : groups.entrySet()) {
            XYSeries s = new XYSeries(g.getKey(), false, true);
            for (int i : g.getValue()) {
                s.add(x[i], y[i]);
            }
            data.addSeries(s);
        }
        NumberAxis xAxis = new NumberAxis("x");
        NumberAxis yAxis = new NumberAxis("y");
        for (NumberAxis a : new NumberAxis[] {xAxis, yAxis}) {
            a.setAutoRangeIncludesZero(false);
            a.setStandardTickUnits(NumberAxis.createStandardTickUnits(Locale.ROOT));
            a.setTickLabelFont(FONT);
        }
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        int s = 0;
        for (Map.Entry<String, List<Integer>> g : groups.entrySet()) {
            r.setSeriesPaint(s, PALETTE[s % PALETTE.length]);
            r.setSeriesShape(s, new Ellipse2D.Double(-4, -4, 8, 8));
            s++;
        }
        if (labels) {
            List<List<Integer>> members = List.copyOf(groups.values());
            r.setDefaultItemLabelGenerator((dataset, series, item) -> pointLabel(ids.get(members.get(series).get(item))));
            r.setDefaultItemLabelsVisible(true);
            r.setDefaultItemLabelFont(FONT);
            r.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        }
        XYPlot plot = new XYPlot(data, xAxis, yAxis, r);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        plot.setOutlineStroke(new BasicStroke(0.5f));
        JFreeChart chart = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, 14), plot, groups.size() > 1);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        if (subtitle != null) {
            chart.addSubtitle(new org.jfree.chart.title.TextTitle(subtitle, FONT));
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setPosition(RectangleEdge.RIGHT);
            legend.setItemFont(FONT);
        }
        return Chart.of(title, 720, 520, chart);
    }

    /** A label short enough for a point: at most 24 characters, characters XML forbids replaced. */
    static String pointLabel(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().limit(24).forEach(c -> b.appendCodePoint(
                Character.isISOControl(c) || c == 0xFFFE || c == 0xFFFF || (c >= 0xD800 && c <= 0xDFFF) ? 0xFFFD : c));
        return s.codePointCount(0, s.length()) > 24 ? b.substring(0, b.offsetByCodePoints(0, 23)) + "\u2026" : b.toString();
    }
}
