package dev.lede.spark;

import dev.lede.corpus.DocumentKind;
import dev.lede.corpus.Metadata;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** The single-machine loaders' checks of the typed metadata fields, naming the file and row. */
final class Metadatas {

    private Metadatas() {
    }

    static void check(String where, Map<String, String> fields) {
        String kind = fields.get(Metadata.KIND);
        if (kind != null && !kind.isBlank()) {
            try {
                DocumentKind.parse(kind);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage() + " (or leave kind empty)", e);
            }
        }
        String published = fields.get(Metadata.PUBLISHED);
        if (published != null && !published.isBlank()) {
            try {
                LocalDate.parse(published.strip());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(where + ": published '" + published + "' is not an ISO date:"
                        + " write it as yyyy-MM-dd (e.g. 2024-06-19), or leave it empty when the text gives no date", e);
            }
        }
    }
}
