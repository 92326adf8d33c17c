package dev.lede.internal.freq;

import dev.lede.display.Html;
import java.util.Locale;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * HTML and plain-text forms of the library's Tablesaw tables: every cell escaped, numbers
 * formatted with {@link Locale#ROOT} so output does not depend on the JVM's locale.
 */
public final class TableRender {

    /** Rows shown before the rendering says how many more there are. */
    public static final int MAX_ROWS = 50;

    private TableRender() {
    }

    public static String cell(Column<?> c, int row) {
        Object v = c.get(row);
        if (v instanceof Double d) {
            // a column of whole numbers (Tablesaw's sums and counts are doubles) is shown as whole numbers
            return c instanceof DoubleColumn dc && wholeNumbers(dc) ? Long.toString((long) d.doubleValue()) : number(d);
        }
        return v == null ? "" : String.valueOf(v);
    }

    /** True when every value of {@code c} is a whole number below 1E15 (missing values aside). */
    static boolean wholeNumbers(DoubleColumn c) {
        for (int i = 0; i < c.size(); i++) {
            double x = c.getDouble(i);
            if (!c.isMissing(i) && (x != Math.rint(x) || Math.abs(x) >= 1e15)) {
                return false;
            }
        }
        return true;
    }

    /** Doubles: 4 decimals; very small non-zero values (p-values) in scientific notation; infinity as ∞. */
    public static String number(double d) {
        if (Double.isNaN(d)) {
            return Double.toString(d);
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "∞" : "-∞";
        }
        if (d != 0 && Math.abs(d) < 1e-3) {
            return String.format(Locale.ROOT, "%.3e", d);
        }
        if (Math.abs(d) >= 1e9) {
            return String.format(Locale.ROOT, "%.3e", d);
        }
        return String.format(Locale.ROOT, "%.4f", d);
    }

    /** An HTML table with a caption; whitespace in cells is collapsed to single spaces. */
    public static String html(Table t, String caption) {
        StringBuilder b = new StringBuilder();
        b.append("<table class=\"lede-table\">\n<caption>").append(Html.escape(caption)).append("</caption>\n<thead><tr>");
        for (Column<?> c : t.columns()) {
            b.append("<th>").append(Html.escape(c.name())).append("</th>");
        }
        b.append("</tr></thead>\n<tbody>\n");
        int n = Math.min(t.rowCount(), MAX_ROWS);
        for (int r = 0; r < n; r++) {
            b.append("<tr>");
            for (Column<?> c : t.columns()) {
                boolean numeric = c.type().name().matches("INTEGER|LONG|DOUBLE|FLOAT|SHORT");
                b.append(numeric ? "<td style=\"text-align:right\">" : "<td>")
                        .append(Html.escape(collapse(cell(c, r)).strip())).append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</tbody>\n</table>\n");
        if (t.rowCount() > n) {
            b.append("<p>").append(t.rowCount() - n).append(" more rows</p>\n");
        }
        return b.toString();
    }

    /** Tab-separated text with a caption line. */
    public static String text(Table t, String caption) {
        StringBuilder b = new StringBuilder(caption).append('\n');
        b.append(String.join("\t", t.columnNames())).append('\n');
        int n = Math.min(t.rowCount(), MAX_ROWS);
        for (int r = 0; r < n; r++) {
            for (int i = 0; i < t.columnCount(); i++) {
                if (i > 0) {
                    b.append('\t');
                }
                b.append(collapse(cell(t.column(i), r)).strip());
            }
            b.append('\n');
        }
        if (t.rowCount() > n) {
            b.append(t.rowCount() - n).append(" more rows\n");
        }
        return b.toString();
    }

    /** Runs of whitespace (newlines in context text) become one space, also at either end. */
    public static String collapse(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
            } else {
                if (space) {
                    b.append(' ');
                }
                space = false;
                b.append(c);
            }
        }
        if (space) {
            b.append(' ');
        }
        return b.toString();
    }
}
