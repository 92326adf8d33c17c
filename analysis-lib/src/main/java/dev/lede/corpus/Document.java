package dev.lede.corpus;

import java.util.Objects;

/**
 * One document of a corpus: an id unique in its corpus, its text and its metadata, plus where
 * it came from ({@code source}: a file path, optionally with a line or character range).
 *
 * <pre>{@code
 * Document d = Document.of("003", "Reuters writes ...");
 * d.text().length();
 * }</pre>
 */
public record Document(String id, String text, Metadata metadata, String source) {

    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(source, "source");
        if (id.isBlank()) {
            throw new IllegalArgumentException("document id is blank (source '" + source + "')");
        }
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
