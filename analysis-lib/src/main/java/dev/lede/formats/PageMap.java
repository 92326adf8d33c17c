package dev.lede.formats;

import java.util.Arrays;

/**
 * Where each page starts in a document's text: page {@code p} (1-based) covers the UTF-16 offsets
 * {@code [start(p), start(p + 1))}. A text without pages (anything but PDF) has
 * {@link #none()}, whose {@link #pageAt} is 0.
 *
 * <pre>{@code
 * PageMap pages = PageMap.of(new int[] {0, 1200, 2650});
 * pages.pageAt(1300);   // 2
 * pages.count();        // 3
 * }</pre>
 */
public final class PageMap {

    private static final PageMap NONE = new PageMap(new int[0]);

    private final int[] starts;

    private PageMap(int[] starts) {
        this.starts = starts;
    }

    /** No pages. */
    public static PageMap none() {
        return NONE;
    }

    /** Pages starting at these offsets (first must be 0, non-decreasing). */
    public static PageMap of(int[] starts) {
        if (starts.length == 0) {
            return NONE;
        }
        if (starts[0] != 0) {
            throw new IllegalArgumentException("page 1 must start at offset 0, not " + starts[0]);
        }
        for (int i = 1; i < starts.length; i++) {
            if (starts[i] < starts[i - 1]) {
                throw new IllegalArgumentException("page " + (i + 1) + " starts at " + starts[i]
                        + ", before page " + i + " (" + starts[i - 1] + ")");
            }
        }
        return new PageMap(starts.clone());
    }

    /** Number of pages (0 for {@link #none()}). */
    public int count() {
        return starts.length;
    }

    /** The offset where page {@code page} (1-based) starts. */
    public int start(int page) {
        if (page < 1 || page > starts.length) {
            throw new IllegalArgumentException("page " + page + " is outside 1-" + starts.length);
        }
        return starts[page - 1];
    }

    /**
     * The 1-based page holding the character at {@code offset} (an offset at or past the end is on
     * the last page), or 0 when there are no pages.
     */
    public int pageAt(int offset) {
        if (starts.length == 0) {
            return 0;
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset " + offset + " is negative");
        }
        int i = Arrays.binarySearch(starts, offset);
        if (i >= 0) {
            while (i + 1 < starts.length && starts[i + 1] == offset) {
                i++; // empty pages before it: the character is on the last page starting here
            }
            return i + 1;
        }
        return -i - 1;
    }

    /**
     * The pages of the part {@code [from, to)} of the text as a new map (offsets relative to
     * {@code from}); {@link #none()} stays none.
     */
    public PageMap slice(int from, int to) {
        if (starts.length == 0) {
            return NONE;
        }
        int first = pageAt(from);
        int last = to > from ? pageAt(to - 1) : first;
        int[] s = new int[last - first + 1];
        for (int p = first; p <= last; p++) {
            s[p - first] = Math.max(0, starts[p - 1] - from);
        }
        return new PageMap(s);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PageMap p && Arrays.equals(p.starts, starts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(starts);
    }

    @Override
    public String toString() {
        return "PageMap" + Arrays.toString(starts);
    }
}
