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

    private static final PageMap NONE = new PageMap(1, new int[0]);

    private final int first;
    private final int[] starts;

    private PageMap(int first, int[] starts) {
        this.first = first;
        this.starts = starts;
    }

    /** No pages. */
    public static PageMap none() {
        return NONE;
    }

    /** Pages 1, 2, ... starting at these offsets (first must be 0, non-decreasing). */
    public static PageMap of(int[] starts) {
        return of(1, starts);
    }

    /**
     * Pages {@code firstPage}, {@code firstPage + 1}, ... starting at these offsets: the pages of a
     * part of a file, which keep the file's page numbers.
     */
    public static PageMap of(int firstPage, int[] starts) {
        if (firstPage < 1) {
            throw new IllegalArgumentException("the first page number must be at least 1, not " + firstPage);
        }
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
        return new PageMap(firstPage, starts.clone());
    }

    /** The number of the first page (1 unless this is a part of a file). */
    public int firstPage() {
        return first;
    }

    /** Number of pages (0 for {@link #none()}). */
    public int count() {
        return starts.length;
    }

    /** The offset where page {@code page} (numbered from {@link #firstPage()}) starts. */
    public int start(int page) {
        if (page < first || page >= first + starts.length) {
            throw new IllegalArgumentException("page " + page + " is outside " + first + "-" + (first + starts.length - 1));
        }
        return starts[page - first];
    }

    /**
     * The page number of the character at {@code offset} (an offset at or past the end is on the
     * last page), or 0 when there are no pages.
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
            return first + i;
        }
        return first - i - 2;
    }

    /**
     * The pages of the part {@code [from, to)} of the text as a new map (offsets relative to
     * {@code from}, page numbers kept); {@link #none()} stays none.
     */
    public PageMap slice(int from, int to) {
        if (starts.length == 0) {
            return NONE;
        }
        int firstPage = pageAt(from);
        int lastPage = to > from ? pageAt(to - 1) : firstPage;
        int[] s = new int[lastPage - firstPage + 1];
        for (int p = firstPage; p <= lastPage; p++) {
            s[p - firstPage] = Math.max(0, starts[p - first] - from);
        }
        return new PageMap(firstPage, s);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PageMap p && p.first == first && Arrays.equals(p.starts, starts);
    }

    @Override
    public int hashCode() {
        return 31 * first + Arrays.hashCode(starts);
    }

    @Override
    public String toString() {
        return "PageMap" + (first == 1 ? "" : "(from page " + first + ")") + Arrays.toString(starts);
    }
}
