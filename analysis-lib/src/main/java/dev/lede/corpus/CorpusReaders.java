package dev.lede.corpus;

import java.util.TreeMap;
import dev.lede.corpus.io.LanguageGuess;
import dev.lede.corpus.io.CsvTable;
import dev.lede.corpus.io.TextFiles;
import dev.lede.formats.Extracted;
import dev.lede.formats.Format;
import dev.lede.formats.Formats;
import dev.lede.formats.PageMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The corpus loaders behind {@code Corpus.load/fromManifest/fromFolder/fromCsv}. They only read:
 * no file is created or changed anywhere. Text is decoded by {@link TextFiles} (BOM stripped,
 * line ends normalised to LF, invalid UTF-8 an error unless lenient).
 */
final class CorpusReaders {

    /** Manifest columns that are not metadata. */
    public static final String ID = "id";
    public static final String FILE = "file";
    public static final String START = "start";
    public static final String END = "end";
    /** The manifest file looked for when a folder is given to {@link #load}. */
    public static final String MANIFEST_NAME = "corpus.csv";

    private static final Set<String> NOT_METADATA = Set.of(ID, FILE, START, END);

    private CorpusReaders() {
    }

    /** Loaded documents and what happened while loading them. */
    public record Loaded(List<Document> documents, LoadReport report) {
    }

    // ------------------------------------------------------------------ auto-detection

    /**
     * A folder (its {@code corpus.csv} manifest if it has one, else its .txt/.md files), a CSV
     * manifest (columns id and file), a CSV with a {@code text} column, or a single .txt/.md file.
     */
    public static Loaded load(Path path, LoadOptions options) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(options, "options");
        if (Files.isDirectory(path)) {
            Path manifest = path.resolve(MANIFEST_NAME);
            return Files.isRegularFile(manifest) ? manifest(manifest, options) : folder(path, options);
        }
        if (!Files.exists(path)) {
            throw new UncheckedIOException("corpus '" + path + "' not found (" + path.toAbsolutePath()
                    + "): give a manifest CSV, a CSV with a text column, or a folder of .txt/.md files",
                    new NoSuchFileException(path.toString()));
        }
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt") || name.endsWith(".md")) {
            return textFiles(List.of(path), options);
        }
        if (Format.ofFileName(name).isPresent()) {
            return documentFiles(List.of(path), options);
        }
        char delimiter = name.endsWith(".tsv") ? '\t' : ',';
        CsvTable table = CsvTable.read(path, path.toString(), delimiter, options.lenientUtf8());
        if (table.has(ID) && table.has(FILE)) {
            return manifest(path, table, options);
        }
        if (table.has("text")) {
            return csv(path, table, CsvOptions.builder().delimiter(delimiter).loadOptions(options).build());
        }
        throw new IllegalArgumentException("'" + path + "' is neither a corpus manifest (columns 'id' and 'file') nor a CSV"
                + " with one document per row (a 'text' column); columns found: " + table.columns()
                + ". Use Corpus.fromCsv(path, CsvOptions.builder().textColumn(\"...\").build()) to name the text column"
                + (table.columns().size() == 1 && table.columns().get(0).contains(";")
                        ? ", and .delimiter(';') because this file seems to be separated by semicolons" : ""));
    }

    /** The corpus named by environment variable {@code variable} (any form {@link #load} takes), else {@code fallback}. */
    public static Loaded fromEnvironment(Function<String, String> env, String variable, Path fallback, LoadOptions options) {
        Objects.requireNonNull(variable, "variable");
        Objects.requireNonNull(fallback, "fallback");
        String value = env.apply(variable);
        if (value == null || value.isBlank()) {
            return load(fallback, options);
        }
        Path path = Path.of(value.strip());
        if (!Files.exists(path)) {
            throw new UncheckedIOException("environment variable " + variable + " names '" + value.strip()
                    + "', which does not exist (" + path.toAbsolutePath() + "): set it to a manifest CSV, a CSV with a"
                    + " text column or a folder of .txt/.md files, or unset it to use " + fallback,
                    new NoSuchFileException(value.strip()));
        }
        return load(path, options);
    }

    // ------------------------------------------------------------------ manifest

    public static Loaded manifest(Path manifest, LoadOptions options) {
        Objects.requireNonNull(manifest, "manifest");
        Objects.requireNonNull(options, "options");
        return manifest(manifest, CsvTable.read(manifest, manifest.toString(), ',', options.lenientUtf8()), options);
    }

    private static Loaded manifest(Path manifest, CsvTable table, LoadOptions options) {
        String shown = table.shown();
        if (!table.has(ID) || !table.has(FILE)) {
            throw new IllegalArgumentException("'" + shown + "' is not a corpus manifest: it needs columns 'id' and 'file'"
                    + " (and optionally start, end and metadata columns); columns found: " + table.columns()
                    + ". For a CSV with one document per row use Corpus.fromCsv");
        }
        Report report = new Report();
        report.replaced(shown, table.replaced(), table.firstReplacedByte());
        Path folder = manifest.toAbsolutePath().getParent();
        Map<Path, TextFiles.Decoded> files = new HashMap<>();
        Map<Path, Extracted> extractedFiles = new HashMap<>(); // rows sharing a PDF read it once
        Set<String> clashes = new java.util.TreeSet<>();
        Map<String, Long> idLines = new HashMap<>();
        List<Document> documents = new ArrayList<>();
        Map<Path, DocumentFiles.Extraction> ahead = extractAhead(folder, table, options);
        for (CsvTable.Row row : table.rows()) {
            String where = "'" + shown + "' line " + row.line();
            String id = row.get(ID).strip();
            if (id.isEmpty()) {
                throw new IllegalArgumentException(where + ": the id is empty: give every document an id");
            }
            Long previous = idLines.putIfAbsent(id, row.line());
            if (previous != null) {
                throw new IllegalArgumentException("'" + shown + "' lines " + previous + " and " + row.line()
                        + " both have id '" + id + "': give every document its own id");
            }
            where = where + " (id '" + id + "')";
            String file = row.get(FILE).strip();
            if (file.isEmpty()) {
                throw new IllegalArgumentException(where + ": the file is empty: name the text file, relative to "
                        + "the manifest's folder " + folder);
            }
            Path path = folder.resolve(file).normalize();
            if (!Files.isRegularFile(path)) {
                throw new UncheckedIOException(where + " refers to file '" + file + "', which was not found at " + path
                        + ": check the file name (relative to the manifest's folder) or remove the line",
                        new NoSuchFileException(path.toString()));
            }
            Format format = Format.ofFileName(file).orElse(Format.TEXT);
            Extracted extracted = null;
            if (!format.isPlainText()) {
                extracted = extractedFiles.containsKey(path) ? extractedFiles.get(path)
                        : DocumentFiles.manifestFile(path, where, file, ahead.get(path), options, report);
                extractedFiles.put(path, extracted);
                if (extracted == null) {
                    continue; // skipped and reported
                }
            }
            TextFiles.Decoded decoded = extracted != null ? new TextFiles.Decoded(extracted.text(), 0, -1) : files.get(path);
            if (decoded == null) {
                try {
                    decoded = TextFiles.read(path, file, options.lenientUtf8());
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
                }
                files.put(path, decoded);
                report.replaced(file, decoded.replaced(), decoded.firstReplacedByte());
            }
            String whole = decoded.text();
            int length = whole.codePointCount(0, whole.length());
            String startValue = row.get(START).strip();
            String endValue = row.get(END).strip();
            int start = startValue.isEmpty() ? 0 : offset(where, START, startValue);
            int end = endValue.isEmpty() ? length : offset(where, END, endValue);
            if (end < start) {
                throw new IllegalArgumentException(where + ": end " + end + " is before start " + start
                        + ": the range is [start, end) in characters, so end must be at least start");
            }
            if (end > length) {
                throw new IllegalArgumentException(where + ": range " + start + "-" + end + " is outside '" + file
                        + "', which has " + length + " characters (Unicode code points, after line-end normalisation):"
                        + " correct start/end, or leave both empty for the whole file");
            }
            int from = whole.offsetByCodePoints(0, start);
            String text = whole.substring(from, whole.offsetByCodePoints(from, end - start));
            boolean ranged = !startValue.isEmpty() || !endValue.isEmpty();
            String source = ranged ? file + ":" + start + "-" + end : file;
            Map<String, String> fields = new LinkedHashMap<>();
            if (extracted != null) {
                // the file's own metadata fills the columns the manifest leaves empty
                fields.putAll(extracted.metadata());
                fields.put(Formats.FILE, file);
            }
            for (Map.Entry<String, String> e : row.values().entrySet()) {
                if (!NOT_METADATA.contains(e.getKey()) && (extracted == null || !e.getValue().isBlank())) {
                    fields.put(e.getKey(), e.getValue());
                }
            }
            provenance(fields, Map.of(Metadata.FILE, file, Metadata.FORMAT, format.label()), clashes);
            PageMap pages = extracted == null ? PageMap.none() : extracted.pages().slice(from, from + text.length());
            Document d = report.document(new Document(id, text, Metadata.checked(where, fields), source, pages), options);
            documents.add(d);
        }
        clashed(report, shown, clashes);
        return new Loaded(documents, report.build());
    }

    /**
     * The extractions of the files a manifest names that need one (PDF, Word, HTML, e-mail; not a
     * mailbox, which a row may not name), each file once, made on the load's threads. Rows are
     * still checked and taken in order; a file a row names wrongly is simply not found here.
     */
    private static Map<Path, DocumentFiles.Extraction> extractAhead(Path folder, CsvTable table, LoadOptions options) {
        Map<Path, String> names = new LinkedHashMap<>();
        for (CsvTable.Row row : table.rows()) {
            String file = row.get(FILE).strip();
            if (!file.isEmpty() && DocumentFiles.extracted(file) && Format.ofFileName(file).orElseThrow() != Format.MBOX) {
                Path path = folder.resolve(file).normalize();
                if (Files.isRegularFile(path)) {
                    names.putIfAbsent(path, file);
                }
            }
        }
        List<Path> paths = new ArrayList<>(names.keySet());
        DocumentFiles.Extraction[] done = DocumentFiles.extractAll(paths, new ArrayList<>(names.values()),
                options.parallelism());
        Map<Path, DocumentFiles.Extraction> out = new HashMap<>();
        for (int i = 0; i < done.length; i++) {
            out.put(paths.get(i), done[i]);
        }
        return out;
    }

    /**
     * Puts the provenance fields into {@code fields}, except where the row has its own non-empty
     * column of that name (noted in {@code clashes}): what a user wrote is never overwritten.
     */
    private static void provenance(Map<String, String> fields, Map<String, String> provenance, Set<String> clashes) {
        for (Map.Entry<String, String> p : provenance.entrySet()) {
            String own = fields.get(p.getKey());
            if (own != null && !own.isBlank() && !own.strip().equals(p.getValue())) {
                clashes.add(p.getKey());
            } else {
                fields.put(p.getKey(), p.getValue());
            }
        }
    }

    private static void clashed(Report report, String shown, Set<String> clashes) {
        if (!clashes.isEmpty()) {
            report.warn("'" + shown + "' has its own column" + (clashes.size() == 1 ? " " : "s ")
                    + String.join(", ", new java.util.TreeSet<>(clashes)) + ": kept as written, so "
                    + (clashes.size() == 1 ? "that field does" : "those fields do")
                    + " not hold Lede's provenance; Document.source() still names the file and line");
        }
    }

    private static int offset(String where, String column, String value) {
        try {
            int v = Integer.parseInt(value);
            if (v >= 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(where + ": " + column + " '" + value + "' is not a whole number >= 0:"
                + " give a character offset (Unicode code points from the start of the file), or leave it empty");
    }

    // ------------------------------------------------------------------ folder / text files

    public static Loaded folder(Path folder, LoadOptions options) {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(options, "options");
        if (!Files.isDirectory(folder)) {
            throw new UncheckedIOException("folder '" + folder + "' not found (" + folder.toAbsolutePath()
                    + "): give a folder that holds .txt or .md files", new NoSuchFileException(folder.toString()));
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(Files::isRegularFile)
                    .filter(p -> {
                        String n = p.getFileName().toString();
                        String lower = n.toLowerCase(Locale.ROOT);
                        return !n.startsWith(".") && Format.ofFileName(lower).isPresent();
                    })
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list folder '" + folder + "': " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("folder '" + folder + "' has no documents (.txt, .md, .html, .pdf, .docx,"
                    + " .odt, .rtf, .eml or .mbox files): put one file per document there, or load a manifest or CSV instead");
        }
        boolean plain = files.stream().allMatch(p -> Format.ofFileName(p.getFileName().toString())
                .map(Format::isPlainText).orElse(false));
        return plain ? textFiles(files, options) : documentFiles(files, options);
    }

    /**
     * Files of any format, in the given order; every document gets its provenance (file, format,
     * part) as metadata, text files included, so the columns are the same for all.
     */
    private static Loaded documentFiles(List<Path> files, LoadOptions options) {
        Report report = new Report();
        Map<String, String> idFiles = new HashMap<>();
        List<Document> documents = new ArrayList<>();
        // extraction (Tika, jsoup) is most of the time and each file's is independent: do it
        // ahead on the load's threads, then take the files in order as on one thread
        DocumentFiles.Extraction[] ahead = DocumentFiles.extractAll(files,
                files.stream().map(f -> f.getFileName().toString()).toList(), options.parallelism());
        for (int i = 0; i < files.size(); i++) {
            Path p = files.get(i);
            String name = p.getFileName().toString();
            if (name.lastIndexOf('.') <= 0) {
                throw new IllegalArgumentException("file '" + p + "' has no name before its extension: rename it,"
                        + " because the file name (without extension) is the document id");
            }
            for (Document d : DocumentFiles.read(p, name, ahead[i], options, report)) {
                String previous = idFiles.putIfAbsent(d.id(), name);
                if (previous != null) {
                    throw new IllegalArgumentException("files '" + previous + "' and '" + name + "' in folder '"
                            + p.getParent() + "' both give document id '" + d.id() + "': rename one of them");
                }
                documents.add(report.document(d, options));
            }
        }
        return new Loaded(documents, report.build());
    }

    private static Loaded textFiles(List<Path> files, LoadOptions options) {
        Report report = new Report();
        Map<String, String> idFiles = new HashMap<>();
        List<Document> documents = new ArrayList<>();
        for (Path p : files) {
            String name = p.getFileName().toString();
            String id = name.substring(0, name.lastIndexOf('.'));
            if (id.isBlank()) {
                throw new IllegalArgumentException("file '" + p + "' has no name before its extension: rename it,"
                        + " because the file name (without extension) is the document id");
            }
            String previous = idFiles.putIfAbsent(id, name);
            if (previous != null) {
                throw new IllegalArgumentException("files '" + previous + "' and '" + name + "' in folder '" + p.getParent()
                        + "' both give document id '" + id + "': rename one of them");
            }
            TextFiles.Decoded decoded = TextFiles.read(p, p.toString(), options.lenientUtf8());
            report.replaced(name, decoded.replaced(), decoded.firstReplacedByte());
            Format format = Format.ofFileName(name).orElse(Format.TEXT);
            Metadata m = folderMetadata(decoded.text()).with(Metadata.FILE, name).with(Metadata.FORMAT, format.label());
            Document d = report.document(new Document(id, decoded.text(), m, name), options);
            documents.add(d);
        }
        return new Loaded(documents, report.build());
    }

    /** One text file's bytes, read as {@link #textFiles} reads each file. */
    static Loaded textBytes(String fileName, byte[] bytes, LoadOptions options) {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(options, "options");
        int dot = fileName.lastIndexOf('.');
        String id = dot < 0 ? fileName : fileName.substring(0, dot);
        if (id.isBlank()) {
            throw new IllegalArgumentException("file '" + fileName + "' has no name before its extension: rename it,"
                    + " because the file name (without extension) is the document id");
        }
        Report report = new Report();
        TextFiles.Decoded decoded = TextFiles.decode(bytes, fileName, options.lenientUtf8());
        report.replaced(fileName, decoded.replaced(), decoded.firstReplacedByte());
        String name = fileName.substring(fileName.lastIndexOf('/') + 1);
        Format format = Format.ofFileName(name).orElse(Format.TEXT);
        Metadata m = folderMetadata(decoded.text()).with(Metadata.FILE, name).with(Metadata.FORMAT, format.label());
        Document d = report.document(new Document(id, decoded.text(), m, fileName), options);
        return new Loaded(List.of(d), report.build());
    }

    // ------------------------------------------------------------------ CSV, one document per row

    public static Loaded csv(Path file, CsvOptions options) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(options, "options");
        CsvTable table = CsvTable.read(file, file.toString(), options.delimiter(), options.loadOptions().lenientUtf8());
        return csv(file, table, options);
    }

    private static Loaded csv(Path file, CsvTable table, CsvOptions options) {
        String shown = table.shown();
        String name = file.getFileName().toString();
        String textColumn = options.textColumn();
        if (!table.has(textColumn)) {
            throw new IllegalArgumentException("'" + shown + "' has no text column '" + textColumn + "'; columns found: "
                    + table.columns() + ". Name the column that holds the text with CsvOptions.builder().textColumn(...)");
        }
        String idColumn = options.idColumn().orElse(table.has(ID) ? ID : null);
        if (idColumn != null && !table.has(idColumn)) {
            throw new IllegalArgumentException("'" + shown + "' has no id column '" + idColumn + "'; columns found: "
                    + table.columns() + ". Name an existing column with CsvOptions.builder().idColumn(...), or leave"
                    + " it unset to number the rows");
        }
        if (idColumn != null && idColumn.equals(textColumn)) {
            throw new IllegalArgumentException("the id column and the text column are both '" + idColumn
                    + "': name two different columns");
        }
        Report report = new Report();
        report.replaced(name, table.replaced(), table.firstReplacedByte());
        Map<String, Long> idLines = new HashMap<>();
        List<Document> documents = new ArrayList<>();
        Set<String> clashes = new java.util.TreeSet<>();
        String format = options.delimiter() == '\t' ? Metadata.TSV : Metadata.CSV;
        int number = 0;
        for (CsvTable.Row row : table.rows()) {
            number++;
            String where = "'" + shown + "' line " + row.line();
            String id = idColumn == null ? Integer.toString(number) : row.get(idColumn).strip();
            if (id.isEmpty()) {
                throw new IllegalArgumentException(where + ": the id in column '" + idColumn + "' is empty: give every"
                        + " row an id, or leave the id column unset to number the rows");
            }
            Long previous = idLines.putIfAbsent(id, row.line());
            if (previous != null) {
                throw new IllegalArgumentException("'" + shown + "' lines " + previous + " and " + row.line()
                        + " both have id '" + id + "' in column '" + idColumn + "': ids must be unique");
            }
            Map<String, String> fields = new LinkedHashMap<>();
            for (Map.Entry<String, String> e : row.values().entrySet()) {
                if (!e.getKey().equals(textColumn) && !e.getKey().equals(idColumn)) {
                    fields.put(e.getKey(), e.getValue());
                }
            }
            provenance(fields, Map.of(Metadata.FILE, name, Metadata.FORMAT, format, Metadata.ROW,
                    Integer.toString(number)), clashes);
            Document d = report.document(new Document(id, row.get(textColumn), Metadata.checked(where, fields),
                    name + ":line " + row.line()), options.loadOptions());
            documents.add(d);
        }
        clashed(report, shown, clashes);
        return new Loaded(documents, report.build());
    }

    // ------------------------------------------------------------------ report

    static final class Report {
        private int replaced;
        private final List<String> empty = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();

        void replaced(String file, int count, long firstByte) {
            if (count > 0) {
                replaced += count;
                warnings.add("'" + file + "': " + count + " invalid UTF-8 byte sequence" + (count == 1 ? "" : "s")
                        + " replaced with U+FFFD (first at byte offset " + firstByte + ")");
            }
        }

        void warn(String warning) {
            warnings.add(warning);
        }

        private int controls;
        private LoadReport.Position firstControl;

        /** Counts the document's control characters (dropping them if asked) and notes it if empty. */
        Document document(Document d, LoadOptions options) {
            int[] c = TextFiles.controlCharacters(d.text());
            if (c[0] > 0) {
                controls += c[0];
                if (firstControl == null) {
                    firstControl = new LoadReport.Position(d.id(), c[1]);
                }
                int nul = 0;
                for (int i = c[1]; i < d.text().length(); i++) {
                    if (d.text().charAt(i) == 0) {
                        nul++;
                    }
                }
                warnings.add("document '" + d.id() + "' (" + d.source() + ") holds " + c[0] + " control character"
                        + (c[0] == 1 ? "" : "s") + " (" + nul + " NUL), the first U+"
                        + String.format(java.util.Locale.ROOT, "%04X", (int) d.text().charAt(c[1]))
                        + " at character offset " + c[1] + (options.dropControlCharacters() ? "; dropped"
                        : ": drop them with LoadOptions.builder().dropControlCharacters(true)"));
                if (options.dropControlCharacters()) {
                    d = new Document(d.id(), TextFiles.dropControlCharacters(d.text()), d.metadata(), d.source());
                }
            }
            if (d.text().isEmpty()) {
                empty.add(d.id());
                warnings.add("document '" + d.id() + "' (" + d.source() + ") is empty");
            }
            return d;
        }

        LoadReport build() {
            return new LoadReport(replaced, controls, firstControl, empty, warnings);
        }
    }

    /** Longest first line that counts as a title in a folder without a manifest. */
    static final int MAX_TITLE = 200;

    /**
     * What a text file in a folder without a manifest tells about itself: a {@code title} when its
     * first line is a headline (at most {@link #MAX_TITLE} characters, followed by a blank line; a
     * Markdown heading without its #) and
     * its {@code language}, detected ({@link LanguageGuess}). Nothing else (outlet, date, kind) can
     * be read from a plain file, so those fields stay absent.
     */
    static Metadata folderMetadata(String text) {
        Map<String, String> fields = new TreeMap<>();
        String[] lines = text.strip().split("\\R", 3);
        if (lines.length >= 2 && lines[1].isBlank() && !lines[0].isBlank() && lines[0].strip().length() <= MAX_TITLE) {
            fields.put(Metadata.TITLE, lines[0].strip().replaceFirst("^#+\\s*", ""));  // a Markdown heading's text
        }
        LanguageGuess.of(text).ifPresent(code -> fields.put(Metadata.LANGUAGE, code));
        return Metadata.of(fields);
    }
}
