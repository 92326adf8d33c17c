package dev.lede.display;

import dev.lede.display.MimeBundle;
import dev.lede.display.Renderable;
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
     * cut) and as text/plain (aligned columns, cut the same way); numbers are formatted with {@link Locale#ROOT} as in the library's own tables.
     */
    public static MimeBundle table(Table table, int maxRows) {
        Objects.requireNonNull(table, "table");
        if (maxRows < 0) {
            throw new IllegalArgumentException("maxRows must be >= 0, got " + maxRows);
        }
        int rows = table.rowCount();
        int shown = Math.min(rows, maxRows);
        List<Column<?>> columns = table.columns();
        StringBuilder h = new StringBuilder(256 + 64 * shown * Math.max(1, columns.size()));
        h.append("<div class=\"lede-table\">");
        h.append("<table border=\"1\" class=\"dataframe\">");
        if (table.name() != null && !table.name().isEmpty()) {
            h.append("<caption>").append(Html.escape(table.name())).append("</caption>");
        }
        h.append("<thead><tr>");
        for (Column<?> c : columns) {
            h.append("<th>").append(Html.escape(c.name())).append("</th>");
        }
        h.append("</tr></thead><tbody>");
        for (int r = 0; r < shown; r++) {
            h.append("<tr>");
            for (Column<?> c : columns) {
                String cell = c.isMissing(r) ? "" : TableRender.cell(c, r);
                h.append(isNumeric(c) ? "<td style=\"text-align:right\">" : "<td>")
                        .append(Html.escape(cell)).append("</td>");
            }
            h.append("</tr>");
        }
        h.append("</tbody></table>");
        h.append("<p>").append(summary(rows, shown, columns.size())).append("</p></div>");
        String plain = aligned(table, shown) + (shown < rows ? "\n" + summary(rows, shown, columns.size()) : "");
        return MimeBundle.builder().html(h.toString()).text(plain).build();
    }

    /**
     * The first {@code shown} rows as aligned plain text. Cells go through {@link TableRender#cell}
     * rather than Tablesaw's printer, whose number formats follow the JVM's default locale.
     */
    private static String aligned(Table table, int shown) {
        List<Column<?>> columns = table.columns();
        String[][] cells = new String[shown + 1][columns.size()];
        int[] width = new int[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            Column<?> c = columns.get(i);
            cells[0][i] = c.name();
            for (int r = 0; r < shown; r++) {
                cells[r + 1][i] = c.isMissing(r) ? "" : TableRender.collapse(TableRender.cell(c, r)).strip();
            }
            for (String[] row : cells) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        StringBuilder b = new StringBuilder();
        if (table.name() != null && !table.name().isEmpty()) {
            b.append(table.name()).append('\n');
        }
        for (String[] row : cells) {
            for (int i = 0; i < row.length; i++) {
                boolean right = isNumeric(columns.get(i)) && row != cells[0];
                String pad = " ".repeat(width[i] - row[i].length());
                b.append(i == 0 ? "" : "  ").append(right ? pad + row[i] : row[i] + (i == row.length - 1 ? "" : pad));
            }
            b.append('\n');
        }
        return b.toString();
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
