package dev.lede.display;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.util.List;
import java.util.Locale;

/**
 * Draws a dendrogram: leaves top to bottom with their labels on the left, heights growing to the
 * right, an axis of heights at the bottom. Children are drawn in the order of their smallest leaf
 * so the picture depends only on the tree.
 */
public final class Dendrogram {

    private static final int ROW = 16;
    private static final int TOP = 30;
    private static final int BOTTOM = 40;

    private Dendrogram() {
    }

    /** Leaf order (rows of the matrix) from left to right of the tree, children by smallest leaf. */
    public static int[] leafOrder(int n, int[][] merges) {
        int[] minLeaf = new int[2 * n - 1];
        for (int i = 0; i < n; i++) {
            minLeaf[i] = i;
        }
        for (int s = 0; s < merges.length; s++) {
            minLeaf[n + s] = Math.min(minLeaf[merges[s][0]], minLeaf[merges[s][1]]);
        }
        int[] order = new int[n];
        int[] stack = new int[2 * n];
        int top = 0;
        int k = 0;
        stack[top++] = merges.length == 0 ? 0 : n + merges.length - 1;
        while (top > 0) {
            int node = stack[--top];
            if (node < n) {
                order[k++] = node;
                continue;
            }
            int a = merges[node - n][0];
            int b = merges[node - n][1];
            int first = minLeaf[a] <= minLeaf[b] ? a : b;
            int second = first == a ? b : a;
            stack[top++] = second;
            stack[top++] = first;
        }
        return order;
    }

    /**
     * A label for SVG: characters XML 1.0 forbids become U+FFFD (JFreeSVG escapes markup but
     * passes control characters through), whitespace runs one space, at most {@code max} chars.
     */
    static String label(String s, int max) {
        StringBuilder b = new StringBuilder(Math.min(s.length(), max + 1));
        for (int i = 0; i < s.length() && b.length() < max; i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                b.append(c).append(s.charAt(++i));
            } else if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF' || (c < 0x20 && c != '\t'
                    && c != '\n' && c != '\r')) {
                b.append('\uFFFD');
            } else if (Character.isWhitespace(c)) {
                if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
                    b.append(' ');
                }
            } else {
                b.append(c);
            }
        }
        if (b.length() >= max && b.length() < s.length()) {
            b.setLength(max - 1);
            if (b.length() > 0 && Character.isHighSurrogate(b.charAt(b.length() - 1))) {
                b.setLength(b.length() - 1);
            }
            b.append('\u2026');
        }
        return b.toString();
    }

    public static Chart chart(String title, List<String> labels, int[][] merges, double[] heights) {
        int n = labels.size();
        int[] order = leafOrder(n, merges);
        int labelWidth = 0;
        for (String l : labels) {
            labelWidth = Math.max(labelWidth, Math.min(40, l.length()));
        }
        int left = 20 + labelWidth * 7;
        int plot = 480;
        int width = left + plot + 30;
        int height = TOP + n * ROW + BOTTOM;
        double top = 0;
        for (double h : heights) {
            top = Math.max(top, h);
        }
        double max = top;
        double scale = max > 0 ? plot / max : 0;
        return Chart.of(title, width, height, g -> draw(g, title, labels, order, merges, heights, left, scale, max, width,
                height));
    }

    private static void draw(Graphics2D g, String title, List<String> labels, int[] order, int[][] merges,
                             double[] heights, int left, double scale, double max, int width, int height) {
        int n = labels.size();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        g.drawString(title, 10, 18);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        FontMetrics fm = g.getFontMetrics();
        double[] y = new double[2 * n - 1];
        double[] x = new double[2 * n - 1];
        for (int r = 0; r < n; r++) {
            int leaf = order[r];
            y[leaf] = TOP + r * ROW + ROW / 2.0;
            x[leaf] = left;
            String label = label(labels.get(leaf), 40);
            g.drawString(label, left - 6 - fm.stringWidth(label), (float) (y[leaf] + 4));
        }
        g.setColor(new Color(0x1f, 0x4e, 0x79));
        g.setStroke(new BasicStroke(1.2f));
        for (int s = 0; s < merges.length; s++) {
            int a = merges[s][0];
            int b = merges[s][1];
            double hx = left + heights[s] * scale;
            g.draw(new Line2D.Double(x[a], y[a], hx, y[a]));
            g.draw(new Line2D.Double(x[b], y[b], hx, y[b]));
            g.draw(new Line2D.Double(hx, y[a], hx, y[b]));
            x[n + s] = hx;
            y[n + s] = (y[a] + y[b]) / 2;
        }
        g.setColor(Color.DARK_GRAY);
        g.setStroke(new BasicStroke(1f));
        int axisY = TOP + n * ROW + 8;
        int plot = (int) Math.round(max * scale);
        g.draw(new Line2D.Double(left, axisY, left + plot, axisY));
        for (int t = 0; t <= 4; t++) {
            double v = max * t / 4;
            double tx = left + v * scale;
            g.draw(new Line2D.Double(tx, axisY, tx, axisY + 4));
            String s = String.format(Locale.ROOT, "%.3g", v);
            g.drawString(s, (float) (tx - fm.stringWidth(s) / 2.0), axisY + 16);
        }
        g.drawString("height", left + plot / 2f - 15, axisY + 30);
    }
}
