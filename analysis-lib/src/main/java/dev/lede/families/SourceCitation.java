package dev.lede.families;

import java.util.Objects;

/**
 * Evidence that document {@code document} cites news organisation {@code organisation} as its
 * source: the cue phrase ("the BBC reported") with its character offsets [start, end) in the
 * document's text. For evidence from metadata ({@link CitationKind#TITLE},
 * {@link CitationKind#OUTLET}) the phrase is the metadata value and start and end are -1.
 *
 * <p>{@code confidence} in (0, 1] ranks the evidence: the kind's
 * {@link CitationKind#baseConfidence() base confidence}, less 0.05 for each word beyond four in the
 * phrase of a citation by cue (according to, reports, reported by, told) ("according to the country's state news agency Yonhap" is weaker
 * than "according to Yonhap"), never below 0.5. It orders citations; it is not a calibrated
 * probability.
 *
 * <pre>{@code
 * SourceCitation c = Attribution.of(corpus).citations("003").get(0);
 * c.organisation();  // "Reuters"
 * c.phrase();        // "Reuters:"
 * c.kind().evidence(); // RELAYED
 * c.confidence();    // 0.8
 * }</pre>
 */
public record SourceCitation(String document, String organisation, CitationKind kind, String phrase, int start,
                             int end, double confidence) {

    /** A citation with the confidence its kind and phrase give (see the class comment). */
    public SourceCitation(String document, String organisation, CitationKind kind, String phrase, int start, int end) {
        this(document, organisation, kind, phrase, start, end, confidenceOf(kind, phrase));
    }

    static double confidenceOf(CitationKind kind, String phrase) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(phrase, "phrase");
        double c = kind.baseConfidence();
        if (kind == CitationKind.ACCORDING_TO || kind == CitationKind.REPORTS || kind == CitationKind.REPORTED_BY
                || kind == CitationKind.TOLD) {
            int words = phrase.isBlank() ? 0 : phrase.strip().split("\\s+").length;
            c -= 0.05 * Math.max(0, words - 4);
        }
        return Math.max(0.5, Math.round(c * 100) / 100.0);
    }

    public SourceCitation {
        if (!(confidence > 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence " + confidence + " is not in (0, 1]");
        }
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
