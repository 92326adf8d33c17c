package dev.lede.corpus;

import dev.lede.display.Html;
import dev.lede.display.MimeBundle;
import dev.lede.text.Sentences;
import dev.lede.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Builds {@link Corpus#toTable()} and the corpus's HTML/plain-text rendering. */
final class CorpusTable {

    /** Rows shown when a corpus is rendered; the rest are summarised in one line. */
    public static final int SHOWN_ROWS = 20;
    /** Code points of text shown per document when a corpus is rendered. */
    public static final int PREVIEW_LENGTH = 60;
    /** Longest cell, in code points, of the plain-text rendering. */
    public static final int PLAIN_CELL = 40;
    /** Prefix for a metadata field whose name clashes with a fixed column. */
    public static final String CLASH_PREFIX = "metadata:";

    private static final Set<String> STANDARD = Set.of(Metadata.OUTLET, Metadata.TITLE, Metadata.PUBLISHED,
            Metadata.KIND, Metadata.LANGUAGE, Metadata.RELAYS);
    private static final Set<String> FIXED = Set.of(Corpus.ID, Corpus.CHARACTERS, Corpus.TOKENS, Corpus.SENTENCES);

    private CorpusTable() {
    }

    /** The column name for metadata field {@code field}. */
    public static String columnName(String field) {
        return FIXED.contains(field) ? CLASH_PREFIX + field : field;
    }

    public static Table table(Corpus corpus) {
        return table(corpus.documents());
    }

    private static Table table(List<Document> documents) {
        // the manifest's own fields are always columns (empty where unknown, as for a folder of text
        // files), so code that selects Metadata.OUTLET runs on any corpus; the provenance fields
        // (file, format) are set by every loader, so every loaded corpus has those columns too
        TreeSet<String> fields = new TreeSet<>(STANDARD);
        documents.forEach(d -> fields.addAll(d.metadata().asMap().keySet()));
        List<Column<?>> columns = new ArrayList<>();
        StringColumn ids = StringColumn.create(Corpus.ID);
        documents.forEach(d -> ids.append(d.id()));
        columns.add(ids);
        for (String f : fields) {
            StringColumn c = StringColumn.create(columnName(f));
            documents.forEach(d -> c.append(d.metadata().get(f, "")));
            columns.add(c);
        }
        int n = documents.size();
        int[] chars = new int[n];
        int[] tokens = new int[n];
        int[] sentences = new int[n];
        Tokenizer tokenizer = Tokenizer.standard();
        for (int i = 0; i < n; i++) {
            String text = documents.get(i).text();
            chars[i] = text.codePointCount(0, text.length());
            tokens[i] = tokenizer.tokenize(text, documents.get(i).language()).size();
            sentences[i] = Sentences.split(text).size();
        }
        columns.add(IntColumn.create(Corpus.CHARACTERS, chars));
        columns.add(IntColumn.create(Corpus.TOKENS, tokens));
        columns.add(IntColumn.create(Corpus.SENTENCES, sentences));
        return Table.create("corpus", columns.toArray(new Column<?>[0]));
    }

    /** HTML table (first {@link #SHOWN_ROWS} documents, text previews) and aligned plain text. */
    public static MimeBundle render(Corpus corpus) {
        List<Document> shown = corpus.documents().subList(0, Math.min(SHOWN_ROWS, corpus.size()));
        Table t = table(shown);
        List<String> header = new ArrayList<>(t.columnNames());
        header.add("text");
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < t.rowCount(); r++) {
            List<String> row = new ArrayList<>();
            for (Column<?> c : t.columns()) {
                row.add(c.getString(r));
            }
            row.add(preview(shown.get(r).text()));
            rows.add(row);
        }
        String summary = "Corpus: " + corpus.size() + " document" + (corpus.size() == 1 ? "" : "s");
        if (!corpus.loadReport().warnings().isEmpty()) {
            summary += " (loaded with warnings: " + String.join("; ", corpus.loadReport().warnings()) + ")";
        }
        String more = corpus.size() > shown.size() ? "… and " + (corpus.size() - shown.size()) + " more documents" : "";
        return MimeBundle.builder().text(plain(summary, header, rows, more, t.columnCount() - 3))
                .html(html(summary, header, rows, more, t.columnCount() - 3)).build();
    }

    private static String preview(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        int cps = oneLine.codePointCount(0, oneLine.length());
        if (cps <= PREVIEW_LENGTH) {
            return oneLine;
        }
        return oneLine.substring(0, oneLine.offsetByCodePoints(0, PREVIEW_LENGTH)) + "…";
    }

    private static boolean numeric(int column, int firstNumeric, int columns) {
        return column >= firstNumeric && column < columns - 1;
    }

    private static String html(String summary, List<String> header, List<List<String>> rows, String more, int firstNumeric) {
        StringBuilder b = new StringBuilder();
        b.append("<div class=\"lede-corpus\"><p>").append(Html.escape(summary)).append("</p>\n<table>\n<thead><tr>");
        for (String h : header) {
            b.append("<th>").append(Html.escape(h)).append("</th>");
        }
        b.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows) {
            b.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                // a short id (000-comment-01) is kept on one line beside the wide text column
                boolean shortId = i == 0 && cps(row.get(i)) <= PLAIN_CELL;
                b.append(numeric(i, firstNumeric, header.size()) ? "<td style=\"text-align:right\">"
                                : shortId ? "<td style=\"white-space:nowrap\">" : "<td>")
                        .append(Html.escape(row.get(i))).append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</tbody>\n</table>");
        if (!more.isEmpty()) {
            b.append("\n<p>").append(Html.escape(more)).append("</p>");
        }
        return b.append("</div>").toString();
    }

    private static String plain(String summary, List<String> header, List<List<String>> rows, String more, int firstNumeric) {
        // The text preview is left out of the plain form: it would make every line too wide.
        int cols = header.size() - 1;
        int[] width = new int[cols];
        for (int i = 0; i < cols; i++) {
            width[i] = cps(oneLine(header.get(i)));
            for (List<String> row : rows) {
                width[i] = Math.max(width[i], cps(oneLine(row.get(i))));
            }
        }
        StringBuilder b = new StringBuilder(summary).append('\n');
        appendLine(b, header, width, firstNumeric);
        for (List<String> row : rows) {
            appendLine(b, row, width, firstNumeric);
        }
        if (!more.isEmpty()) {
            b.append(more).append('\n');
        }
        return b.toString();
    }

    private static void appendLine(StringBuilder b, List<String> cells, int[] width, int firstNumeric) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < width.length; i++) {
            String cell = oneLine(cells.get(i));
            String pad = " ".repeat(width[i] - cps(cell));
            if (i > 0) {
                line.append("  ");
            }
            line.append(i >= firstNumeric ? pad + cell : cell + pad);
        }
        b.append(line.toString().stripTrailing()).append('\n');
    }

    /** One line, cut to {@link #PLAIN_CELL} code points so a long title does not make every row too wide. */
    private static String oneLine(String s) {
        String line = s.replaceAll("\\s+", " ");
        if (cps(line) <= PLAIN_CELL) {
            return line;
        }
        return line.substring(0, line.offsetByCodePoints(0, PLAIN_CELL - 1)) + "…";
    }

    private static int cps(String s) {
        return s.codePointCount(0, s.length());
    }
}
