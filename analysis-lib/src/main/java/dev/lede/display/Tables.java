package dev.lede.display;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Records to a Tablesaw table in one call: each {@link Field} names a column and says how to read
 * its value from a record, so every result builds its table the same way, columns in the order
 * given, rows in the order of the list.
 *
 * <pre>{@code
 * record Hit(String term, int count, double share) {}
 * Table t = Tables.of("hits", List.of(new Hit("putin", 3, 0.5)),
 *         Tables.text("term", Hit::term), Tables.integer("count", Hit::count), Tables.decimal("share", Hit::share));
 * }</pre>
 */
public final class Tables {

    private Tables() {
    }

    /** One column: its name and how to read its value from a record of type {@code R}. */
    public static final class Field<R> {
        private final String name;
        private final Function<String, Column<?>> create;
        private final Appender<R> append;

        private interface Appender<R> {
            void append(Column<?> column, R row);
        }

        private Field(String name, Function<String, Column<?>> create, Appender<R> append) {
            this.name = Objects.requireNonNull(name, "name");
            this.create = create;
            this.append = append;
        }

        /** The column's name. */
        public String name() {
            return name;
        }
    }

    /** A text column ({@code null} values become missing cells). */
    public static <R> Field<R> text(String name, Function<? super R, String> value) {
        Objects.requireNonNull(value, "value");
        return new Field<>(name, StringColumn::create, (c, r) -> ((StringColumn) c).append(value.apply(r)));
    }

    /** An integer column. */
    public static <R> Field<R> integer(String name, ToIntFunction<? super R> value) {
        Objects.requireNonNull(value, "value");
        return new Field<>(name, IntColumn::create, (c, r) -> ((IntColumn) c).append(value.applyAsInt(r)));
    }

    /** A true/false column. */
    public static <R> Field<R> bool(String name, java.util.function.Predicate<? super R> value) {
        Objects.requireNonNull(value, "value");
        return new Field<>(name, BooleanColumn::create, (c, r) -> ((BooleanColumn) c).append(value.test(r)));
    }

    /** A column of doubles. */
    public static <R> Field<R> decimal(String name, ToDoubleFunction<? super R> value) {
        Objects.requireNonNull(value, "value");
        return new Field<>(name, DoubleColumn::create, (c, r) -> ((DoubleColumn) c).append(value.applyAsDouble(r)));
    }

    /** The table named {@code name} with one row per record of {@code rows} and one column per field. */
    @SafeVarargs
    public static <R> Table of(String name, List<? extends R> rows, Field<? super R>... fields) {
        return of(name, rows, List.of(fields));
    }

    /** As {@link #of(String, List, Field[])} with the fields in a list (e.g. built in a loop). */
    public static <R> Table of(String name, List<? extends R> rows, List<? extends Field<? super R>> fields) {
        Objects.requireNonNull(rows, "rows");
        List<Column<?>> columns = new ArrayList<>(fields.size());
        for (Field<? super R> f : fields) {
            columns.add(f.create.apply(f.name));
        }
        for (R row : rows) {
            for (int i = 0; i < columns.size(); i++) {
                append(fields.get(i), columns.get(i), row);
            }
        }
        return Table.create(name, columns);
    }

    private static <R> void append(Field<R> field, Column<?> column, Object row) {
        @SuppressWarnings("unchecked")
        R r = (R) row;
        field.append.append(column, r);
    }
}
