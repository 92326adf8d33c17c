package dev.lede.corpus;

import dev.lede.corpus.io.DocumentIds;

import dev.lede.display.MimeBundle;
import dev.lede.display.Renderable;
import dev.lede.text.Sentences;
import dev.lede.text.Tokenizer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;
import tech.tablesaw.api.Table;

/**
 * An ordered, immutable collection of {@link Document}s with unique ids: the start of every
 * analysis chain (corpus &rarr; tokens &rarr; document-term matrix &rarr; statistic).
 *
 * <p>Load one from files with {@link #load(Path)} (a manifest, a folder of text files or a CSV
 * with a text column; the formats are documented in {@code data/README.md}) or build one with
 * {@link #of(List)}. {@link #toTable()} gives one row per document; in a notebook the corpus shows
 * as an HTML table.
 *
 * <pre>{@code
 * Corpus seed = Corpus.load(Path.of("data/putin-pyongyang-2024"));
 * Corpus comments = seed.where(Metadata.KIND, "comment");
 * Corpus c = Corpus.of(List.of(Document.of("a", "Putin visits Pyongyang."),
 *                              Document.of("b", "China watches.")));
 * Tokens t = c.tokens();
 * }</pre>
 */
public final class Corpus implements Renderable {

    /** {@link #toTable()} column: the document id (text). */
    public static final String ID = "id";
    /** {@link #toTable()} column: length of the text in Unicode code points (integer). */
    public static final String CHARACTERS = "characters";
    /** {@link #toTable()} column: number of tokens by {@link Tokenizer#standard()} (integer). */
    public static final String TOKENS = "tokens";
    /** {@link #toTable()} column: number of sentences by {@link Sentences#split} (integer). */
    public static final String SENTENCES = "sentences";

    private final List<Document> documents;
    private final Map<String, Integer> index;
    private final LoadReport loadReport;

    private Corpus(List<Document> documents) {
        this(documents, LoadReport.none());
    }

    private Corpus(List<Document> documents, LoadReport loadReport) {
        this.loadReport = Objects.requireNonNull(loadReport, "loadReport");
        this.documents = List.copyOf(documents);
        Map<String, Integer> idx = new LinkedHashMap<>();
        for (int i = 0; i < this.documents.size(); i++) {
            Document d = this.documents.get(i);
            Integer prev = idx.putIfAbsent(d.id(), i);
            if (prev != null) {
                throw new IllegalArgumentException("duplicate document id '" + d.id() + "' (sources '"
                        + this.documents.get(prev).source() + "' and '" + d.source()
                        + "'): give every document its own id");
            }
        }
        this.index = Collections.unmodifiableMap(idx);
    }

    /** A corpus of these documents, in this order; ids must be unique. */
    public static Corpus of(List<Document> documents) {
        Objects.requireNonNull(documents, "documents");
        documents.forEach(d -> Objects.requireNonNull(d, "document"));
        return new Corpus(documents);
    }

    public static Corpus of(Document... documents) {
        return of(List.of(documents));
    }

    // ------------------------------------------------------------------ loading

    private static Corpus loaded(CorpusReaders.Loaded loaded) {
        return new Corpus(loaded.documents(), loaded.report());
    }

    /**
     * Loads a corpus from any of the three input forms, detected from what {@code path} is: a
     * folder with a {@code corpus.csv} manifest (loaded as the manifest), any other folder (its
     * documents, see {@link #fromFolder}), a CSV with columns {@code id} and {@code file} (a
     * manifest, see {@link #fromManifest}), a CSV with a {@code text} column (see
     * {@link #fromCsv}; a {@code .tsv} file is tab-separated), or a single document file (.txt,
     * .md, .html, .pdf, .docx, .odt, .rtf, .eml, .mbox; see {@link dev.lede.formats.Formats}).
     * Invalid UTF-8 is an error; see {@link #load(Path, LoadOptions)} to replace it instead.
     * Loading only reads: nothing is ever written next to the input.
     *
     * <pre>{@code
     * Corpus c = Corpus.load(Path.of("data/putin-pyongyang-2024"));   // 18 documents
     * }</pre>
     *
     * @throws IllegalArgumentException for bad content (message names file, line or byte offset)
     * @throws java.io.UncheckedIOException when a file is missing or cannot be read
     */
    public static Corpus load(Path path) {
        return load(path, LoadOptions.defaults());
    }

    /** {@link #load(Path)} with options (e.g. lenient UTF-8, reported in {@link #loadReport()}). */
    public static Corpus load(Path path, LoadOptions options) {
        return loaded(CorpusReaders.load(path, options));
    }

    /**
     * Loads a manifest CSV: one row per document, columns {@code id} and {@code file} required,
     * optional {@code start} and {@code end} (Unicode code-point offsets [start,end) into the
     * file after BOM removal and line-end normalisation; empty = whole file), every other column
     * is metadata ({@code kind} and {@code published} are checked). File paths are relative to
     * the manifest's folder. Each document's {@link Document#source() source} names the file and
     * range, e.g. {@code "000_70de0a3d901cc9ac.txt:81-4451"}. The format is documented in
     * {@code data/README.md}.
     *
     * <pre>{@code
     * Corpus c = Corpus.fromManifest(Path.of("data/putin-pyongyang-2024/corpus.csv"));
     * c.where(Metadata.KIND, "comment").size();   // 12
     * }</pre>
     */
    public static Corpus fromManifest(Path manifest) {
        return fromManifest(manifest, LoadOptions.defaults());
    }

    public static Corpus fromManifest(Path manifest, LoadOptions options) {
        return loaded(CorpusReaders.manifest(manifest, options));
    }

    /**
     * Loads every document file directly in {@code folder} (not sub-folders, not hidden files),
     * sorted by file name; the id is the file name without extension and the source is the file
     * name. Plain text ({@code .txt}, {@code .md}) alone gives no metadata; web pages, PDFs, Word,
     * ODT, RTF and e-mail files (see {@link dev.lede.formats.Formats}) give their metadata and
     * provenance ({@code file}, {@code format}, {@code part}, a PDF's pages), and then every
     * document of the folder has {@code file} and {@code format}. E-mail attachments and mailbox
     * messages become documents of their own ({@code "leak#attachment-1"}). A file that has no
     * text for Lede (encrypted, corrupt, a scan needing OCR) is an error, or a reported skip with
     * {@link LoadOptions.Builder#skipUnreadable(boolean)}.
     *
     * <pre>{@code
     * Corpus c = Corpus.fromFolder(Path.of("my-articles"));
     * }</pre>
     */
    public static Corpus fromFolder(Path folder) {
        return fromFolder(folder, LoadOptions.defaults());
    }

    public static Corpus fromFolder(Path folder, LoadOptions options) {
        return loaded(CorpusReaders.folder(folder, options));
    }

    /**
     * One .txt or .md file given as its bytes (read from a cluster's storage, an archive, the
     * network), loaded as {@link #fromFolder(Path)} loads each file of a folder: id the file name
     * without its extension, the same decoding and errors (invalid UTF-8 names the file and byte
     * offset), title from a headline first line and the detected language.
     *
     * <pre>{@code
     * Corpus c = Corpus.fromTextBytes("story.txt", Files.readAllBytes(path), LoadOptions.defaults());
     * }</pre>
     */
    public static Corpus fromTextBytes(String fileName, byte[] bytes, LoadOptions options) {
        return loaded(CorpusReaders.textBytes(fileName, bytes, options));
    }

    /**
     * Loads a CSV with one document per row: the text column (default {@code text}), the id
     * column (default {@code id} if present, else the row number), and every other column as
     * metadata. Quoted fields may span lines. The source is {@code "file.csv:line N"}.
     *
     * <pre>{@code
     * Corpus c = Corpus.fromCsv(Path.of("scraped.csv"), CsvOptions.builder().textColumn("body").build());
     * }</pre>
     */
    public static Corpus fromCsv(Path file, CsvOptions options) {
        return loaded(CorpusReaders.csv(file, options));
    }

    /** {@link #fromCsv(Path, CsvOptions)} with default options. */
    public static Corpus fromCsv(Path file) {
        return fromCsv(file, CsvOptions.defaults());
    }

    /**
     * The corpus named by environment variable {@code variable} (a manifest, folder or CSV, as
     * for {@link #load(Path)}), or {@code fallback} when the variable is unset or blank. Notebooks
     * use {@code Corpus.fromEnvironment("LEDE_CORPUS", Path.of("data/putin-pyongyang-2024"))} so a
     * reader can point them at their own corpus.
     */
    public static Corpus fromEnvironment(String variable, Path fallback) {
        return loaded(CorpusReaders.fromEnvironment(System::getenv, variable, fallback, LoadOptions.defaults()));
    }

    /**
     * What happened while this corpus was loaded (replaced characters, empty documents,
     * warnings); {@link LoadReport#none()} for a corpus built with {@code of} or derived by
     * filtering, selecting, grouping or concatenating.
     */
    public LoadReport loadReport() {
        return loadReport;
    }

    // ------------------------------------------------------------------ access

    public List<Document> documents() {
        return documents;
    }

    public int size() {
        return documents.size();
    }

    public boolean isEmpty() {
        return documents.isEmpty();
    }

    public Document document(int i) {
        return documents.get(i);
    }

    /** The document with this id; {@link IllegalArgumentException} naming the id when absent. */
    public Document document(String id) {
        Integer i = index.get(Objects.requireNonNull(id, "id"));
        if (i == null) {
            throw DocumentIds.unknown(id, index.keySet(), "corpus");
        }
        return documents.get(i);
    }

    public boolean contains(String id) {
        return index.containsKey(id);
    }

    /** The ids, in corpus order. */
    public List<String> ids() {
        return documents.stream().map(Document::id).toList();
    }

    /** The documents that match, in corpus order. */
    public Corpus filter(Predicate<Document> keep) {
        Objects.requireNonNull(keep, "keep");
        return new Corpus(documents.stream().filter(keep).toList());
    }

    /** The documents whose metadata {@code field} equals {@code value}. */
    public Corpus where(String field, String value) {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
        return filter(d -> value.equals(d.get(field)));
    }

    /** The documents whose metadata {@code field} does not equal {@code value} (absent counts as not equal). */
    public Corpus whereNot(String field, String value) {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
        return filter(d -> !value.equals(d.get(field)));
    }

    /** The documents with these ids, in corpus order; unknown ids are an error. */
    public Corpus select(List<String> ids) {
        Set<String> wanted = new HashSet<>(ids);
        for (String id : ids) {
            document(id);
        }
        return filter(d -> wanted.contains(d.id()));
    }

    /**
     * Groups by a metadata field, groups sorted by value; documents without the field go to the
     * group named by {@code missing}.
     */
    public SortedMap<String, Corpus> groupBy(String field, String missing) {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(missing, "missing");
        TreeMap<String, List<Document>> groups = new TreeMap<>();
        for (Document d : documents) {
            groups.computeIfAbsent(d.metadata().get(field, missing), k -> new ArrayList<>()).add(d);
        }
        TreeMap<String, Corpus> out = new TreeMap<>();
        groups.forEach((k, v) -> out.put(k, new Corpus(v)));
        return Collections.unmodifiableSortedMap(out);
    }

    /** Groups by a metadata field; documents without it go to the group {@code ""}. */
    public SortedMap<String, Corpus> groupBy(String field) {
        return groupBy(field, "");
    }

    /** This corpus followed by {@code other}; ids must stay unique. */
    public Corpus concat(Corpus other) {
        List<Document> all = new ArrayList<>(documents);
        all.addAll(other.documents);
        return new Corpus(all);
    }

    /** Tokens of every document with the {@link Tokenizer#standard() standard} tokenizer. */
    public Tokens tokens() {
        return tokens(Tokenizer.standard());
    }

    /**
     * Tokens of every document with the given tokenizer, each in its {@link Document#language()}
     * ({@link Tokenizer#tokenize(String, dev.lede.text.Language)}: word segmentation for Chinese,
     * Japanese and Korean, elision for French, Italian and Catalan).
     */
    public Tokens tokens(Tokenizer tokenizer) {
        return Tokens.ofTokenizer(this, Objects.requireNonNull(tokenizer, "tokenizer"));
    }

    /**
     * One row per document, in corpus order, with a fixed schema: {@link #ID} (text), then one
     * text column per metadata field present in any document, sorted by name (empty string where a
     * document lacks the field; a field named like a fixed column gets the prefix
     * {@code "metadata:"}), then {@link #CHARACTERS}, {@link #TOKENS} and {@link #SENTENCES}
     * (integers). The table is named {@code "corpus"}. The manifest's fields (kind, language,
     * outlet, published, relays, title) are always columns. Every loader sets the provenance
     * fields {@link Metadata#FILE} and {@link Metadata#FORMAT}, so a loaded corpus always has those
     * columns too (a corpus made in memory with {@link #of} has them only if its documents do), and
     * {@link Metadata#ROW} (a CSV row), {@link Metadata#PART} (an attachment) and
     * {@link Metadata#PAGES} (a PDF) where they apply.
     *
     * <pre>{@code
     * Table t = Corpus.load(Path.of("data/putin-pyongyang-2024")).toTable();
     * t.columnNames();  // [id, file, format, kind, language, outlet, published, relays, title, characters, tokens, sentences]
     * }</pre>
     */
    public Table toTable() {
        return CorpusTable.table(this);
    }

    /**
     * An HTML table of the first 20 documents ({@link #toTable()}'s columns plus a short text
     * preview, all escaped) and the same without previews as aligned plain text.
     */
    @Override
    public MimeBundle toMimeBundle() {
        return CorpusTable.render(this);
    }

    /** The plain-text rendering: a summary line and the table of the first 20 documents. */
    @Override
    public String toString() {
        return toMimeBundle().get(MimeBundle.TEXT_PLAIN);
    }
}
