package dev.lede.coverage;

import dev.lede.corpus.io.CsvTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Reads coverage measures from a CSV through {@link CsvTable} (Commons CSV). */
final class MeasureCsv {

    // The CSV columns are the table's (CoverageMeasures.OUTLET, ...), so a written file reads back.
    private static final String OUTLET = CoverageMeasures.OUTLET;
    private static final String STORY = CoverageMeasures.STORY;
    private static final String DATE = CoverageMeasures.DATE;
    private static final String UNIT = CoverageMeasures.UNIT;
    private static final String VALUE = CoverageMeasures.VALUE;
    private static final String PRECISION = CoverageMeasures.PRECISION;

    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(?:\\.[0-9]+)?");

    private MeasureCsv() {
    }

    public static List<CoverageMeasure> read(Path file, char delimiter) {
        String shown = file.toString();
        CsvTable table = CsvTable.read(file, shown, delimiter, false);
        List<String> missing = new ArrayList<>();
        for (String c : List.of(OUTLET, STORY, UNIT, VALUE)) {
            if (!table.has(c)) {
                missing.add(c);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("'" + shown + "' has no column" + (missing.size() == 1 ? " " : "s ")
                    + missing + "; columns found: " + table.columns() + ": a coverage CSV needs columns outlet,"
                    + " story, unit, value and may have date (yyyy-MM-dd) and precision");
        }
        List<CoverageMeasure> out = new ArrayList<>();
        int row = 0;
        for (CsvTable.Row r : table.rows()) {
            row++;
            String where = "'" + shown + "' row " + row + " (line " + r.line() + ")";
            String unitText = r.get(UNIT).strip();
            if (unitText.isEmpty()) {
                throw new IllegalArgumentException(where + ": column 'unit' is empty: give one of seconds, words,"
                        + " characters, sentences, paragraphs, items, mentions");
            }
            CoverageUnit unit;
            try {
                unit = CoverageUnit.parse(unitText);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ", column 'unit': " + e.getMessage(), e);
            }
            double value = number(where, VALUE, r.get(VALUE), unit);
            OptionalDouble precision = OptionalDouble.empty();
            if (table.has(PRECISION) && !r.get(PRECISION).isBlank()) {
                precision = OptionalDouble.of(number(where, PRECISION, r.get(PRECISION), unit));
            }
            LocalDate date = null;
            if (table.has(DATE) && !r.get(DATE).isBlank()) {
                try {
                    date = LocalDate.parse(r.get(DATE).strip());
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException(where + ", column 'date': '" + r.get(DATE)
                            + "' is not an ISO date: write it as yyyy-MM-dd, e.g. 2024-06-19", e);
                }
            }
            out.add(new CoverageMeasure(r.get(OUTLET).strip(), r.get(STORY).strip(), date, unit, value, precision,
                    CoverageMeasure.Provenance.file(shown, row, r.line())));
        }
        return out;
    }

    private static double number(String where, String column, String raw, CoverageUnit unit) {
        String v = raw.strip();
        if (v.isEmpty()) {
            throw new IllegalArgumentException(where + ": column '" + column + "' is empty: every measure needs a "
                    + column + " (a number of " + unit.label() + ")");
        }
        if (!NUMBER.matcher(v).matches()) {
            throw new IllegalArgumentException(where + ", column '" + column + "': '" + raw + "' is not a number:"
                    + " write the number of " + unit.label() + " alone with '.' for decimals, e.g. 20 or 2.5"
                    + " (no units, thousands separators or ranges)");
        }
        double d = Double.parseDouble(v);
        if (d < 0) {
            throw new IllegalArgumentException(where + ", column '" + column + "': " + raw + " is negative:"
                    + " coverage and precision are 0 or more");
        }
        return d;
    }

    /**
     * Writes measures in the format {@link #read} reads, plus a {@code source} column (ignored when
     * read back); refuses to replace an existing file so an input can never be overwritten.
     */
    public static Path write(List<CoverageMeasure> measures, Path file) {
        if (Files.exists(file)) {
            throw new IllegalArgumentException("'" + file + "' exists: write the measures to a new file (nothing"
                    + " is overwritten, so a loaded CSV cannot be replaced by accident)");
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE_NEW);
             CSVPrinter printer = new CSVPrinter(w, format)) {
            printer.printRecord(OUTLET, STORY, DATE, UNIT, VALUE, PRECISION, CoverageMeasures.SOURCE);
            for (CoverageMeasure m : measures) {
                printer.printRecord(m.outlet(), m.story(), m.date() == null ? "" : m.date().toString(),
                        m.unit().label(), plain(m.value()),
                        m.precision().isPresent() ? plain(m.precision().getAsDouble()) : "", m.provenance().toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write '" + file + "': " + e.getMessage(), e);
        }
        return file;
    }

    /** Shortest exact decimal form ("20", "2.5"), never scientific notation, so it reads back unchanged. */
    private static String plain(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
