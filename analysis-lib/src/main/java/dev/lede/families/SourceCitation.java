package dev.lede.families;

import java.util.Objects;

/**
 * Evidence that document {@code document} cites news organisation {@code organisation} as its
 * source: the cue phrase ("the BBC reported") with its character offsets [start, end) in the
 * document's text. For evidence from metadata ({@link CitationKind#TITLE},
 * {@link CitationKind#OUTLET}) the phrase is the metadata value and start and end are -1.
 *
 * <pre>{@code
 * SourceCitation c = Attribution.of(corpus).citations("003").get(0);
 * c.organisation();  // "Reuters"
 * c.phrase();        // "Reuters:"
 * }</pre>
 */
public record SourceCitation(String document, String organisation, CitationKind kind, String phrase, int start,
                             int end) {

    public SourceCitation {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(phrase, "phrase");
        boolean meta = kind == CitationKind.TITLE || kind == CitationKind.OUTLET;
        if (meta ? start != -1 || end != -1 : start < 0 || end < start) {
            throw new IllegalArgumentException("invalid offsets [" + start + ", " + end + ") for a " + kind
                    + " citation: metadata evidence has -1, -1; text evidence 0 <= start <= end");
        }
    }

    /** True when the evidence is the document's metadata, not its text. */
    public boolean fromMetadata() {
        return start < 0;
    }
}
