package dev.lede.text;

/**
 * A half-open character range {@code [start, end)} in a document's text, in UTF-16 indices as
 * {@link String#substring(int, int)} takes them.
 *
 * <pre>{@code
 * Span s = new Span(0, 5);
 * "Putin visits".substring(s.start(), s.end()); // "Putin"
 * }</pre>
 */
public record Span(int start, int end) implements Comparable<Span> {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid span [" + start + ", " + end + "): need 0 <= start <= end");
        }
    }

    public int length() {
        return end - start;
    }

    /** The text of this span in {@code text}. */
    public String of(CharSequence text) {
        return text.subSequence(start, end).toString();
    }

    @Override
    public int compareTo(Span o) {
        int c = Integer.compare(start, o.start);
        return c != 0 ? c : Integer.compare(end, o.end);
    }
}
