package dev.lede.corpus;

import java.util.Locale;
import java.util.Objects;

/** What a document is: the {@code kind} column of a corpus manifest. */
public enum DocumentKind {
    TRANSCRIPT, SUMMARY, ARTICLE, COMMENT;

    /** Parses a manifest value such as {@code "comment"} (case-insensitive). */
    public static DocumentKind parse(String value) {
        Objects.requireNonNull(value, "kind");
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown document kind '" + value
                    + "': use one of transcript, summary, article, comment", e);
        }
    }

    /** The manifest spelling, lower case. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
