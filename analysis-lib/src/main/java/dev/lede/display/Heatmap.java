package dev.lede.display;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Locale;

/** Draws a similarity heatmap: white (0) to dark blue (1), labels left and on top, values in small maps. */
public final class Heatmap {

    private Heatmap() {
    }

    public static Chart chart(String title, List<String> labels, double[] values) {
        int n = labels.size();
        int cell = Math.max(4, Math.min(48, 640 / Math.max(1, n)));
        int labelChars = 0;
        for (String l : labels) {
            labelChars = Math.max(labelChars, Math.min(30, l.length()));
        }
        int margin = 16 + labelChars * 7;
        int left = margin;
        int top = 30 + margin;
        int width = left + n * cell + 80;
        int height = top + n * cell + 20;
        return Chart.of(title, width, height, g -> draw(g, title, labels, values, cell, left, top, width, height));
    }

    private static String shorten(String s) {
        return Dendrogram.label(s, 30);
    }

    private static Color colour(double v) {
        double t = Math.max(0, Math.min(1, v));
        int r = (int) Math.round(255 - t * (255 - 0x08));
        int gr = (int) Math.round(255 - t * (255 - 0x30));
        int b = (int) Math.round(255 - t * (255 - 0x6b));
        return new Color(r, gr, b);
    }

    private static void draw(Graphics2D g, String title, List<String> labels, double[] values, int cell, int left,
                             int top, int width, int height) {
        int n = labels.size();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        g.drawString(title, 10, 18);
        int fontSize = Math.max(6, Math.min(11, cell - 2));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, fontSize));
        FontMetrics fm = g.getFontMetrics();
        for (int i = 0; i < n; i++) {
            String l = shorten(labels.get(i));
            g.setColor(Color.BLACK);
            g.drawString(l, left - 4 - fm.stringWidth(l), top + i * cell + cell / 2f + fontSize / 2.5f);
            AffineTransform saved = g.getTransform();
            g.translate(left + i * cell + cell / 2.0 + fontSize / 2.5, top - 4);
            g.rotate(-Math.PI / 2);
            g.drawString(l, 0, 0);
            g.setTransform(saved);
        }
        boolean showValues = cell >= 32;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double v = values[i * n + j];
                g.setColor(colour(v));
                g.fill(new Rectangle2D.Double(left + j * cell, top + i * cell, cell, cell));
                if (showValues) {
                    String s = String.format(Locale.ROOT, "%.2f", v);
                    g.setColor(v > 0.55 ? Color.WHITE : Color.BLACK);
                    g.drawString(s, left + j * cell + (cell - fm.stringWidth(s)) / 2f,
                            top + i * cell + cell / 2f + fontSize / 2.5f);
                }
            }
        }
        int bx = left + n * cell + 20;
        int bh = Math.max(40, n * cell);
        for (int y = 0; y < bh; y++) {
            g.setColor(colour(1 - (double) y / bh));
            g.fillRect(bx, top + y, 14, 1);
        }
        g.setColor(Color.BLACK);
        g.drawString("1", bx + 18, top + fontSize);
        g.drawString("0", bx + 18, top + bh);
    }
}
