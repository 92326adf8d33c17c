package dev.lede.corpus;

import java.util.Objects;
import java.util.Optional;

/**
 * How to read a CSV file with one document per row (the usual shape of scraped articles):
 * which column holds the text, which holds the id, and the delimiter. Every other column
 * becomes metadata. Columns named like the manifest's ({@code kind}, {@code published}, ...)
 * are checked the same way: {@code kind} must be transcript, summary, article or comment and
 * {@code published} an ISO date (yyyy-MM-dd).
 *
 * <p>Defaults: text column {@code text}; id column {@code id} when the header has one, otherwise
 * the row number (1 for the first row after the header); delimiter comma.
 *
 * <pre>{@code
 * Corpus c = Corpus.fromCsv(Path.of("scraped.csv"),
 *         CsvOptions.builder().textColumn("body").idColumn("url").build());
 * }</pre>
 */
public final class CsvOptions {

    private static final CsvOptions DEFAULTS = builder().build();

    private final String textColumn;
    private final String idColumn;
    private final char delimiter;
    private final LoadOptions load;

    private CsvOptions(Builder b) {
        this.textColumn = b.textColumn;
        this.idColumn = b.idColumn;
        this.delimiter = b.delimiter;
        this.load = b.load;
    }

    public static CsvOptions defaults() {
        return DEFAULTS;
    }

    public static Builder builder() {
        return new Builder();
    }

    public String textColumn() {
        return textColumn;
    }

    /** The id column if one was named; empty means "{@code id} if present, else row numbers". */
    public Optional<String> idColumn() {
        return Optional.ofNullable(idColumn);
    }

    public char delimiter() {
        return delimiter;
    }

    public LoadOptions loadOptions() {
        return load;
    }

    @Override
    public String toString() {
        return "CsvOptions[text=" + textColumn + ", id=" + (idColumn == null ? "(auto)" : idColumn)
                + ", delimiter='" + delimiter + "', " + load + "]";
    }

    public static final class Builder {
        private String textColumn = "text";
        private String idColumn;
        private char delimiter = ',';
        private LoadOptions load = LoadOptions.defaults();

        private Builder() {
        }

        /** The column holding each document's text (default {@code text}). */
        public Builder textColumn(String column) {
            this.textColumn = requireName(column, "textColumn");
            return this;
        }

        /** The column holding each document's id; it must exist and its values must be unique. */
        public Builder idColumn(String column) {
            this.idColumn = requireName(column, "idColumn");
            return this;
        }

        /** The field delimiter (default {@code ','}; {@code ';'} for many spreadsheet exports, {@code '\t'} for TSV). */
        public Builder delimiter(char delimiter) {
            if (delimiter == '"' || delimiter == '\n' || delimiter == '\r') {
                throw new IllegalArgumentException("delimiter cannot be a double quote or a line break: use ',', ';' or '\\t'");
            }
            this.delimiter = delimiter;
            return this;
        }

        /** UTF-8 handling (strict by default). */
        public Builder loadOptions(LoadOptions options) {
            this.load = Objects.requireNonNull(options, "options");
            return this;
        }

        public CsvOptions build() {
            return new CsvOptions(this);
        }

        private static String requireName(String column, String what) {
            Objects.requireNonNull(column, what);
            if (column.isBlank()) {
                throw new IllegalArgumentException(what + " is blank: name a column of the CSV header");
            }
            return column.strip();
        }
    }
}
