package dev.lede.reuse;

import dev.lede.text.Span;
import java.util.Objects;

/**
 * Two sentences, one in each document, that say the same thing in other words: reuse of kind
 * paraphrase, found by {@link Paraphrases}. Offsets are character offsets into each document's
 * text, texts are the sentences as written, {@code similarity} the cosine of their sentence
 * vectors (at least the threshold that found them). {@code first} sorts like the documents of a
 * {@link SharedPassage} (earlier date, else smaller id).
 *
 * <pre>{@code
 * for (ParaphrasePair p : found.paraphrases("t01", "t03")) {
 *     System.out.println(p.similarity() + "  " + p.firstText() + "  |  " + p.secondText());
 * }
 * }</pre>
 */
public record ParaphrasePair(String first, String second, int firstStart, int firstEnd, int secondStart,
                             int secondEnd, String firstText, String secondText, double similarity) {

    public ParaphrasePair {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        Objects.requireNonNull(firstText, "firstText");
        Objects.requireNonNull(secondText, "secondText");
        if (firstStart < 0 || firstEnd < firstStart || secondStart < 0 || secondEnd < secondStart) {
            throw new IllegalArgumentException("invalid sentence offsets [" + firstStart + ", " + firstEnd + ") / ["
                    + secondStart + ", " + secondEnd + ")");
        }
    }

    public Span firstSpan() {
        return new Span(firstStart, firstEnd);
    }

    public Span secondSpan() {
        return new Span(secondStart, secondEnd);
    }

    /** True when this pair is between documents {@code a} and {@code b}, in either order. */
    public boolean between(String a, String b) {
        return first.equals(a) && second.equals(b) || first.equals(b) && second.equals(a);
    }
}
