package dev.lede.reuse;

import dev.lede.text.Span;
import java.util.Objects;

/**
 * A passage two documents share: tokens that match word for word (up to small edits) in both.
 * {@code first} is the earlier document when both have a {@code published} date, otherwise the
 * one whose id sorts first. Offsets are UTF-16 character indices into each document's text
 * ({@code [start, end)}, as {@link String#substring(int, int)} takes them); the texts are the
 * passage as it stands in each document, so they can differ where the alignment bridged an edit.
 *
 * <pre>{@code
 * SharedPassages found = TextReuse.standard().find(corpus);
 * SharedPassage p = found.between("003", "004").get(0);
 * p.first();       // "003" (dated 2024-06-19, 004 the day after)
 * p.firstText();   // "a bilateral exchange of views"
 * p.tokens();      // 5
 * }</pre>
 *
 * @param first       id of the first document
 * @param second      id of the second document
 * @param firstStart  start of the passage in the first document's text
 * @param firstEnd    end (exclusive) in the first document's text
 * @param secondStart start in the second document's text
 * @param secondEnd   end (exclusive) in the second document's text
 * @param firstText   the passage as it is in the first document
 * @param secondText  the passage as it is in the second document
 * @param tokens      tokens of the first document covered by matching shingles (gaps not counted)
 * @param boilerplate true when the passage is web template text (comment forms, footers)
 */
public record SharedPassage(String first, String second, int firstStart, int firstEnd, int secondStart,
                            int secondEnd, String firstText, String secondText, int tokens, boolean boilerplate)
        implements java.io.Serializable {

    public SharedPassage {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        Objects.requireNonNull(firstText, "firstText");
        Objects.requireNonNull(secondText, "secondText");
        if (firstStart < 0 || firstEnd < firstStart || secondStart < 0 || secondEnd < secondStart) {
            throw new IllegalArgumentException("invalid passage offsets [" + firstStart + ", " + firstEnd + ") / ["
                    + secondStart + ", " + secondEnd + ")");
        }
    }

    public Span firstSpan() {
        return new Span(firstStart, firstEnd);
    }

    public Span secondSpan() {
        return new Span(secondStart, secondEnd);
    }

    /** True when this passage is between documents {@code a} and {@code b}, in either order. */
    public boolean between(String a, String b) {
        return first.equals(a) && second.equals(b) || first.equals(b) && second.equals(a);
    }
}
