package dev.lede.corpus.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file with a header row, read through Apache Commons CSV after {@link TextFiles} decoding
 * (so BOM, CRLF and invalid UTF-8 are handled the same way as for text files). Each row keeps the
 * line on which its record starts, for error messages.
 */
public final class CsvTable {

    /** One record: the 1-based line it starts on and its values by column name (header order). */
    public record Row(long line, Map<String, String> values) {
        public String get(String column) {
            String v = values.get(column);
            return v == null ? "" : v;
        }
    }

    private static final Pattern LINE_IN_MESSAGE = Pattern.compile("(?:startline |at line: ?)(\\d+)");

    private final String shown;
    private final List<String> columns;
    private final List<Row> rows;
    private final int replaced;
    private final long firstReplacedByte;

    private CsvTable(String shown, List<String> columns, List<Row> rows, int replaced, long firstReplacedByte) {
        this.shown = shown;
        this.columns = columns;
        this.rows = rows;
        this.replaced = replaced;
        this.firstReplacedByte = firstReplacedByte;
    }

    public static CsvTable read(Path file, String shown, char delimiter, boolean lenient) {
        TextFiles.Decoded decoded = TextFiles.read(file, shown, lenient);
        return parse(decoded, shown, delimiter);
    }

    static CsvTable parse(TextFiles.Decoded decoded, String shown, char delimiter) {
        String text = decoded.text();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        LineIndex lines = new LineIndex(text);
        try (CSVParser parser = CSVParser.parse(text, format)) {
            try {
                for (CSVRecord record : parser) {
                    // Commons CSV reports the position before any skipped empty lines.
                    int position = (int) record.getCharacterPosition();
                    while (position < text.length() && text.charAt(position) == '\n') {
                        position++;
                    }
                    long line = lines.lineOf(position);
                    if (header == null) {
                        header = header(record, shown, line);
                        continue;
                    }
                    if (record.size() == 1 && record.get(0).isBlank() && header.size() > 1) {
                        continue; // a line of spaces
                    }
                    if (record.size() != header.size()) {
                        throw new IllegalArgumentException("'" + shown + "' line " + line + ": the record has "
                                + record.size() + " fields but the header has " + header.size() + " (" + header
                                + "): check for a missing or extra delimiter '" + delimiter
                                + "', and enclose fields that contain it in double quotes");
                    }
                    Map<String, String> values = new LinkedHashMap<>();
                    for (int i = 0; i < header.size(); i++) {
                        values.put(header.get(i), record.get(i));
                    }
                    rows.add(new Row(line, Collections.unmodifiableMap(values)));
                }
            } catch (UncheckedIOException | IllegalStateException e) {
                throw malformed(shown, parser.getCurrentLineNumber() + 1, e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse '" + shown + "' as CSV: " + e.getMessage(), e);
        }
        if (header == null) {
            throw new IllegalArgumentException("'" + shown + "' is empty: a CSV file needs a header row naming its columns");
        }
        return new CsvTable(shown, List.copyOf(header), List.copyOf(rows), decoded.replaced(), decoded.firstReplacedByte());
    }

    private static IllegalArgumentException malformed(String shown, long fallbackLine, RuntimeException e) {
        String detail = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage() : e.getMessage();
        long line = fallbackLine;
        Matcher m = detail == null ? null : LINE_IN_MESSAGE.matcher(detail);
        if (m != null && m.find()) {
            line = Long.parseLong(m.group(1));
        }
        boolean eof = detail != null && detail.contains("EOF");
        return new IllegalArgumentException("'" + shown + "' is not valid CSV at line " + line + ": "
                + (eof ? "a quoted field that starts there has no closing double quote"
                        : "a double quote is misplaced (text after a closing quote)")
                + " [" + detail + "]: a field containing a double quote, delimiter or line break must be enclosed"
                + " in double quotes, and a double quote inside it must be doubled (\"\")", e);
    }

    private static List<String> header(CSVRecord record, String shown, long line) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < record.size(); i++) {
            String name = record.get(i).strip();
            if (name.isEmpty()) {
                throw new IllegalArgumentException("'" + shown + "' line " + line + ": header column " + (i + 1)
                        + " has no name (header " + record.toList() + "): give every column a name");
            }
            if (names.contains(name)) {
                throw new IllegalArgumentException("'" + shown + "' line " + line + ": column '" + name
                        + "' appears twice in the header " + record.toList() + ": rename one of them");
            }
            names.add(name);
        }
        return names;
    }

    public String shown() {
        return shown;
    }

    /** Column names in header order. */
    public List<String> columns() {
        return columns;
    }

    public boolean has(String column) {
        return columns.contains(column);
    }

    public List<Row> rows() {
        return rows;
    }

    public int replaced() {
        return replaced;
    }

    public long firstReplacedByte() {
        return firstReplacedByte;
    }

    /** 1-based line numbers of character positions. */
    private static final class LineIndex {
        private final int[] starts;

        LineIndex(String text) {
            int[] at = new int[1024];
            int count = 1;
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
                if (count == at.length) {
                    at = java.util.Arrays.copyOf(at, count * 2);
                }
                at[count++] = i + 1;
            }
            starts = java.util.Arrays.copyOf(at, count);
        }

        long lineOf(long position) {
            int i = java.util.Arrays.binarySearch(starts, (int) position);
            return (i >= 0 ? i : -i - 2) + 1L;
        }
    }
}
