package dev.lede.corpus;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A document's metadata: named string fields in a fixed (sorted) order, with typed views of the
 * fields the manifest defines ({@link #outlet()}, {@link #kind()}, {@link #published()}, ...).
 * Empty values are not stored: a field is either present with a non-empty value or absent.
 *
 * <pre>{@code
 * Metadata m = Metadata.of(Map.of("outlet", "BBC", "published", "2024-06-19"));
 * m.outlet();      // "BBC"
 * m.published();   // Optional[2024-06-19]
 * }</pre>
 */
public final class Metadata {

    public static final String OUTLET = "outlet";
    public static final String TITLE = "title";
    public static final String PUBLISHED = "published";
    public static final String KIND = "kind";
    public static final String LANGUAGE = "language";
    public static final String RELAYS = "relays";

    /*
     * Provenance, set by every loader (Corpus.load, fromFolder, fromManifest, fromCsv): where the
     * document came from, to cite it and to find it again.
     */
    /** Provenance: the file, as named to the loader (relative to the folder or manifest). */
    public static final String FILE = dev.lede.formats.Formats.FILE;
    /**
     * Provenance: the file's format, {@link dev.lede.formats.Format#label()} ("text", "markdown",
     * "pdf", "html", ...) or {@link #CSV} / {@link #TSV} for a row of a table.
     */
    public static final String FORMAT = dev.lede.formats.Formats.FORMAT;
    /** Provenance: the part of a file (an e-mail's attachment, a mailbox's message); absent for a whole file. */
    public static final String PART = dev.lede.formats.Formats.PART;
    /** Provenance: the number of pages of a PDF (each token's page: {@link Document#page(int)}). */
    public static final String PAGES = dev.lede.formats.Formats.PAGES;
    /**
     * Provenance of a document read from a CSV row: the row's number among the data rows (1 is the
     * first row after the header; a row whose text spans lines is one row). {@link Document#source()}
     * gives the file line it starts on.
     */
    public static final String ROW = "row";
    /** {@link #FORMAT} of a row of a comma-separated table. */
    public static final String CSV = "csv";
    /** {@link #FORMAT} of a row of a tab-separated table. */
    public static final String TSV = "tsv";

    private static final Metadata EMPTY = new Metadata(new TreeMap<>());

    private final SortedMap<String, String> fields;

    private Metadata(SortedMap<String, String> fields) {
        this.fields = Collections.unmodifiableSortedMap(fields);
    }

    public static Metadata empty() {
        return EMPTY;
    }

    /**
     * {@link #of(Map)} with the typed fields checked as every loader checks them: {@link #KIND}
     * one of {@link DocumentKind}'s names, {@link #PUBLISHED} an ISO date; a bad value is an error
     * that starts with {@code where} (the file and line or row) and says what to write instead.
     *
     * <pre>{@code
     * Metadata m = Metadata.checked("'wire.csv' row 2", Map.of("published", "2024-06-19"));
     * }</pre>
     */
    public static Metadata checked(String where, Map<String, String> fields) {
        String kind = fields.get(KIND);
        if (kind != null && !kind.isBlank()) {
            try {
                DocumentKind.parse(kind);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage() + " (or leave kind empty)", e);
            }
        }
        String published = fields.get(PUBLISHED);
        if (published != null && !published.isBlank()) {
            try {
                LocalDate.parse(published.strip());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(where + ": published '" + published + "' is not an ISO date:"
                        + " write it as yyyy-MM-dd (e.g. 2024-06-19), or leave it empty when the text gives no date", e);
            }
        }
        return of(fields);
    }

    /** Metadata from a map; null or blank values are dropped, keys must be non-blank. */
    public static Metadata of(Map<String, String> fields) {
        Objects.requireNonNull(fields, "fields");
        TreeMap<String, String> copy = new TreeMap<>();
        fields.forEach((k, v) -> {
            Objects.requireNonNull(k, "metadata field name");
            if (k.isBlank()) {
                throw new IllegalArgumentException("metadata field name is blank (value '" + v + "')");
            }
            if (v != null && !v.isBlank()) {
                copy.put(k, v.strip());
            }
        });
        return copy.isEmpty() ? EMPTY : new Metadata(copy);
    }

    /** A copy with {@code field} set to {@code value} (removed when value is null or blank). */
    public Metadata with(String field, String value) {
        TreeMap<String, String> copy = new TreeMap<>(fields);
        copy.put(field, value);
        return of(copy);
    }

    /** The value of {@code field}, or {@code null} when absent. */
    public String get(String field) {
        return fields.get(Objects.requireNonNull(field, "field"));
    }

    /** The value of {@code field}, or {@code defaultValue} when absent. */
    public String get(String field, String defaultValue) {
        return fields.getOrDefault(Objects.requireNonNull(field, "field"), defaultValue);
    }

    public boolean has(String field) {
        return fields.containsKey(field);
    }

    /** All fields, sorted by name. */
    public SortedMap<String, String> asMap() {
        return fields;
    }

    public String outlet() {
        return get(OUTLET);
    }

    public String title() {
        return get(TITLE);
    }

    public String language() {
        return get(LANGUAGE);
    }

    public String relays() {
        return get(RELAYS);
    }

    /** The document kind, or {@code null} when the field is absent. */
    public DocumentKind kind() {
        String k = get(KIND);
        return k == null ? null : DocumentKind.parse(k);
    }

    /** The publication date (ISO yyyy-MM-dd), empty when absent. */
    public Optional<LocalDate> published() {
        String p = get(PUBLISHED);
        if (p == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(p));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("published date '" + p + "' is not an ISO date (yyyy-MM-dd)", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Metadata m && m.fields.equals(fields);
    }

    @Override
    public int hashCode() {
        return fields.hashCode();
    }

    @Override
    public String toString() {
        return fields.toString();
    }
}
