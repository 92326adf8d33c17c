package dev.lede.coverage;

import dev.lede.text.Sentences;
import dev.lede.text.Span;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A duration or length stated in a text, such as "a 20-second segment" or "3 minutes and 10
 * seconds", found by {@link LengthClaims}.
 *
 * <ul>
 *   <li>{@code document}: the id of the document it was found in ({@code ""} for plain text);</li>
 *   <li>{@code value}: the amount in the base unit, durations in seconds ("3 minutes and 10
 *       seconds" is 190, "half an hour" 1800);</li>
 *   <li>{@code unit}: {@link CoverageUnit#SECONDS}, {@code WORDS}, {@code SENTENCES},
 *       {@code CHARACTERS} or {@code PARAGRAPHS};</li>
 *   <li>{@code noun}: the thing measured, lower case ("segment", "report", "clip", "airtime"),
 *       {@code ""} when the text names none;</li>
 *   <li>{@code text} and {@code span}: the expression as written ("20-second") and its UTF-16
 *       offsets [start, end) in the document's text;</li>
 *   <li>{@code sentence} and {@code sentenceSpan}: the sentence that holds it
 *       ({@link Sentences#split(String)});</li>
 *   <li>{@code kind}: what the length is of: {@link Kind#COVERAGE} (a segment, report, clip,
 *       article...), {@link Kind#EVENT} (talks, a meeting, a drive, a deadline...) or
 *       {@link Kind#UNKNOWN} (see {@link LengthClaims} for how it is decided);</li>
 *   <li>{@code page}: the page of a PDF the expression starts on (1-based, as the PDF numbers
 *       it), 0 when the document has no pages; cite it with {@link #citation()}
 *       ({@code "report p. 14"}).</li>
 * </ul>
 *
 * <pre>{@code
 * LengthClaim c = LengthClaims.inText("CCTV aired a 20-second segment.").get(0);
 * c.value();   // 20.0
 * c.noun();    // "segment"
 * c.kind();    // COVERAGE
 * CoverageMeasure m = c.toMeasure("CCTV 7 PM news", "June 2024 summit", null);
 * }</pre>
 */
public record LengthClaim(String document, double value, CoverageUnit unit, String noun, String text, Span span,
                          String sentence, Span sentenceSpan, Kind kind, int page) {

    /** What a stated length is the length of. */
    public enum Kind {
        /** A piece of coverage: a segment, report, clip, bulletin item, article, story, package, special, shot, airtime. */
        COVERAGE,
        /** Something that happened: talks, a meeting, a visit, a drive, a deadline, a silence. */
        EVENT,
        /** Nothing in the sentence says which ("It went on for twenty minutes."). */
        UNKNOWN
    }

    public LengthClaim {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(noun, "noun");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(sentenceSpan, "sentenceSpan");
        if (page < 0) {
            throw new IllegalArgumentException("page " + page + " is negative: pages count from 1, 0 for none");
        }
    }

    /** A claim in a text without pages (page 0). */
    public LengthClaim(String document, double value, CoverageUnit unit, String noun, String text, Span span,
                       String sentence, Span sentenceSpan, Kind kind) {
        this(document, value, unit, noun, text, span, sentence, sentenceSpan, kind, 0);
    }

    /** This claim on page {@code page} (0: none). */
    public LengthClaim withPage(int page) {
        return new LengthClaim(document, value, unit, noun, text, span, sentence, sentenceSpan, kind, page);
    }

    /**
     * Where the claim is, to cite: {@code "report p. 14"} on a page of a PDF, else
     * {@code "003:1726"} (document id and UTF-16 offset), as {@code Concordance} cites its lines.
     */
    public String citation() {
        return page > 0 ? document + " p. " + page : document + ":" + span.start();
    }

    /**
     * This claim as a coverage measure of {@code outlet}'s coverage of {@code story} on
     * {@code date} (null = unknown): same value and unit, no precision (add one with
     * {@link CoverageMeasure#withPrecision(double)}), provenance this document and span. The
     * outlet is not guessed: the document that states the claim is often not the outlet measured.
     */
    public CoverageMeasure toMeasure(String outlet, String story, LocalDate date) {
        return CoverageMeasure.builder().outlet(outlet).story(story).date(date).value(value, unit)
                .from(document, span).build();
    }

    /** True when this is the length of a piece of coverage. */
    public boolean isCoverage() {
        return kind == Kind.COVERAGE;
    }

    /** True when the text names what is measured. */
    public boolean hasNoun() {
        return !noun.isEmpty();
    }
}
