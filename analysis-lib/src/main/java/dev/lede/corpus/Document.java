package dev.lede.corpus;

import dev.lede.formats.PageMap;
import java.util.Objects;

/**
 * One document of a corpus: an id unique in its corpus, its text and its metadata, plus where
 * it came from ({@code source}: a file path, optionally with a line or character range, or a
 * part such as {@code "inbox.mbox#message-3"}), and for a PDF the {@link PageMap} of its pages,
 * so that any offset into the text has its page ({@link #page(int)}).
 *
 * <pre>{@code
 * Document d = Document.of("003", "Reuters writes ...");
 * d.text().length();
 * }</pre>
 */
public record Document(String id, String text, Metadata metadata, String source, PageMap pages) {

    public Document {
        Objects.requireNonNull(pages, "pages");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(source, "source");
        if (id.isBlank()) {
            throw new IllegalArgumentException("document id is blank (source '" + source + "')");
        }
    }

    /** A document without pages. */
    public Document(String id, String text, Metadata metadata, String source) {
        this(id, text, metadata, source, PageMap.none());
    }

    /**
     * The 1-based page of the character at UTF-16 offset {@code offset} (for a token, its start
     * offset), or 0 when the document has no pages (anything but a PDF).
     *
     * <pre>{@code
     * d.page(d.text().indexOf("sanctions"));   // 14: cite it as "p. 14"
     * }</pre>
     */
    public int page(int offset) {
        return pages.pageAt(offset);
    }

    public static Document of(String id, String text) {
        return new Document(id, text, Metadata.empty(), "");
    }

    public static Document of(String id, String text, Metadata metadata) {
        return new Document(id, text, metadata, "");
    }

    /** A metadata field, or {@code null} when absent. */
    public String get(String field) {
        return metadata.get(field);
    }

    /**
     * The language of the {@link Metadata#LANGUAGE} field when Lede knows it ({@link dev.lede.text.Language#find}),
     * else null (no field, or a language without built-in support): the tokenizer then uses no language's rules.
     */
    public dev.lede.text.Language language() {
        String code = metadata == null ? null : metadata.language();
        return code == null || code.isBlank() ? null : dev.lede.text.Language.find(code).orElse(null);
    }

    @Override
    public String toString() {
        return "Document[" + id + ", " + text.length() + " chars, " + metadata + "]";
    }
}
