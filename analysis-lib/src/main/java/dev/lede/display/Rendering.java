package dev.lede.display;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * How Lede shows values in a notebook: the one place that turns a result into a {@link MimeBundle},
 * shared by Lede's kernel and by the jjava {@code Extension} adapter so both render alike.
 * {@link Renderable}s render themselves; Tablesaw tables become an escaped HTML table (long tables
 * cut to {@link #DEFAULT_MAX_ROWS} rows with the total row count) plus a text/plain form.
 *
 * <pre>{@code
 * Optional<MimeBundle> b = Rendering.rich(table); // text/html + text/plain
 * Rendering.table(table, 5).get(MimeBundle.TEXT_HTML);
 * }</pre>
 */
public final class Rendering {

    /** Rows shown before a table is cut. */
    public static final int DEFAULT_MAX_ROWS = 20;

    private Rendering() {
    }

    /** True when {@link #rich(Object)} has a rich form for {@code value}. */
    public static boolean isRich(Object value) {
        return value instanceof Renderable || value instanceof Table;
    }

    /**
     * The rich form of {@code value}: its own bundle for a {@link Renderable}, an HTML table for a
     * Tablesaw {@link Table}; empty for anything else (a front end then shows its plain text).
     */
    public static Optional<MimeBundle> rich(Object value) {
        if (value instanceof Renderable r) {
            return Optional.of(Objects.requireNonNull(r.toMimeBundle(),
                    () -> value.getClass().getName() + ".toMimeBundle() returned null"));
        }
        if (value instanceof Table t) {
            return Optional.of(table(t, DEFAULT_MAX_ROWS));
        }
        return Optional.empty();
    }

    /** {@code value} as a bundle: its rich form, else its {@code String.valueOf} as text/plain. */
    public static MimeBundle bundle(Object value) {
        return rich(value).orElseGet(() -> MimeBundle.builder().text(String.valueOf(value)).build());
    }

    /**
     * A Tablesaw table as escaped HTML (the first {@code maxRows} rows and a note with the total when
     * cut) and as text/plain (aligned columns, cut the same way), with its name as caption; numbers
     * are formatted with {@link Locale#ROOT}.
     */
    public static MimeBundle table(Table table, int maxRows) {
        Objects.requireNonNull(table, "table");
        return table(table, table.name(), maxRows);
    }

    /** A result's table with {@code caption}, cut at {@link #DEFAULT_MAX_ROWS} rows: what every result shows. */
    public static MimeBundle table(Table table, String caption) {
        return table(table, caption, DEFAULT_MAX_ROWS);
    }

    /** {@code table} with {@code caption} (none when null or empty), cut at {@code maxRows} rows. */
    public static MimeBundle table(Table table, String caption, int maxRows) {
        return MimeBundle.builder().html(html(table, caption, maxRows)).text(text(table, caption, maxRows)).build();
    }

    /** The HTML form of {@link #table(Table, String)}, for results that show several tables. */
    public static String html(Table table, String caption) {
        return html(table, caption, DEFAULT_MAX_ROWS);
    }

    /** The text/plain form of {@link #table(Table, String)}, for results that show several tables. */
    public static String text(Table table, String caption) {
        return text(table, caption, DEFAULT_MAX_ROWS);
    }

    private static int shown(Table table, int maxRows) {
        Objects.requireNonNull(table, "table");
        if (maxRows < 0) {
            throw new IllegalArgumentException("maxRows must be >= 0, got " + maxRows);
        }
        return Math.min(table.rowCount(), maxRows);
    }

    private static String html(Table table, String caption, int maxRows) {
        int shown = shown(table, maxRows);
        int rows = table.rowCount();
        List<Column<?>> columns = table.columns();
        StringBuilder h = new StringBuilder(256 + 64 * shown * Math.max(1, columns.size()));
        h.append("<div class=\"lede-table\">");
        h.append("<table border=\"1\" class=\"dataframe\">");
        if (caption != null && !caption.isEmpty()) {
            h.append("<caption>").append(Html.escape(caption)).append("</caption>");
        }
        h.append("<thead><tr>");
        for (Column<?> c : columns) {
            h.append("<th>").append(Html.escape(c.name())).append("</th>");
        }
        h.append("</tr></thead><tbody>");
        boolean[] whole = wholeNumbers(columns);
        for (int r = 0; r < shown; r++) {
            h.append("<tr>");
            for (int i = 0; i < columns.size(); i++) {
                Column<?> c = columns.get(i);
                h.append(isNumeric(c) ? "<td style=\"text-align:right\">" : "<td>")
                        .append(Html.escape(Cells.collapse(Cells.cell(c, r, whole[i])).strip())).append("</td>");
            }
            h.append("</tr>");
        }
        h.append("</tbody></table>");
        h.append("<p>").append(summary(rows, shown, columns.size())).append("</p></div>");
        return h.toString();
    }

    /**
     * The first rows as aligned plain text under the caption. Cells go through {@link Cells#cell}
     * rather than Tablesaw's printer, whose number formats follow the JVM's default locale.
     */
    private static String text(Table table, String caption, int maxRows) {
        int shown = shown(table, maxRows);
        int rows = table.rowCount();
        List<Column<?>> columns = table.columns();
        String[][] cells = new String[shown + 1][columns.size()];
        int[] width = new int[columns.size()];
        boolean[] whole = wholeNumbers(columns);
        for (int i = 0; i < columns.size(); i++) {
            Column<?> c = columns.get(i);
            cells[0][i] = c.name();
            for (int r = 0; r < shown; r++) {
                cells[r + 1][i] = Cells.collapse(Cells.cell(c, r, whole[i])).strip();
            }
            for (String[] row : cells) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        StringBuilder b = new StringBuilder();
        if (caption != null && !caption.isEmpty()) {
            b.append(caption).append('\n');
        }
        for (String[] row : cells) {
            for (int i = 0; i < row.length; i++) {
                boolean right = isNumeric(columns.get(i)) && row != cells[0];
                String pad = " ".repeat(width[i] - row[i].length());
                b.append(i == 0 ? "" : "  ").append(right ? pad + row[i] : row[i] + (i == row.length - 1 ? "" : pad));
            }
            b.append('\n');
        }
        if (shown < rows) {
            b.append(summary(rows, shown, columns.size()));
        }
        return b.toString();
    }

    private static boolean[] wholeNumbers(List<Column<?>> columns) {
        boolean[] whole = new boolean[columns.size()];
        for (int i = 0; i < whole.length; i++) {
            whole[i] = Cells.wholeNumbers(columns.get(i));
        }
        return whole;
    }

    private static boolean isNumeric(Column<?> c) {
        return c instanceof tech.tablesaw.api.NumericColumn<?>;
    }

    private static String summary(int rows, int shown, int columns) {
        String size = rows + (rows == 1 ? " row" : " rows") + " × " + columns + (columns == 1 ? " column" : " columns");
        return shown < rows
                ? String.format(Locale.ROOT, "%s (showing the first %d)", size, shown)
                : size;
    }
}
