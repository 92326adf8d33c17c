package dev.lede.display;

import java.util.Locale;
import tech.tablesaw.api.Table;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.columns.Column;

/**
 * How one table cell reads, for {@link Rendering}'s tables and the library's captions: numbers
 * formatted with {@link Locale#ROOT} so output does not depend on the JVM's locale, white space
 * collapsed.
 *
 * <pre>{@code
 * Cells.number(0.125);      // "0.1250"
 * Cells.collapse(" a\n b "); // " a b "
 * }</pre>
 */
public final class Cells {

    private Cells() {
    }

    /** Row {@code row} of {@code c} as text (doubles by {@link #number(double)}; missing values empty). */
    public static String cell(Column<?> c, int row) {
        return cell(c, row, false);
    }

    /**
     * Row {@code row} of {@code c} as text; with {@code wholeNumbers} (see {@link #wholeNumbers(Column)},
     * decided once per column) a double is written without decimals: Tablesaw's sums and counts are doubles.
     */
    public static String cell(Column<?> c, int row, boolean wholeNumbers) {
        if (c.isMissing(row)) {
            return "";
        }
        Object v = c.get(row);
        if (v instanceof Double d) {
            return wholeNumbers ? Long.toString((long) d.doubleValue()) : number(d);
        }
        return v == null ? "" : String.valueOf(v);
    }

    /** True when {@code c} holds doubles that are all whole numbers below 1E15 (missing values aside). */
    public static boolean wholeNumbers(Column<?> c) {
        if (!(c instanceof DoubleColumn dc)) {
            return false;
        }
        for (int i = 0; i < dc.size(); i++) {
            double x = dc.getDouble(i);
            if (!dc.isMissing(i) && (x != Math.rint(x) || Math.abs(x) >= 1e15)) {
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
