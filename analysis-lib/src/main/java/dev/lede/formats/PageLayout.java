package dev.lede.formats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Raw extracted text (pages separated by form feeds, blocks by blank lines, lines by newlines)
 * to a document's text: whitespace tidied, and for paged text (PDF) running headers and footers
 * removed, the lines of a paragraph joined with a space and a word hyphenated at a line end
 * joined back ({@code "sanc-" + "tions"} becomes {@code "sanctions"}).
 */
final class PageLayout {

    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0\\u2007\\u202F]+");
    private static final Pattern BLANK = Pattern.compile("\\n[ \\t]*\\n\\s*");
    private static final Pattern DIGITS = Pattern.compile("\\p{Nd}+");
    /** How many lines at the top and at the bottom of a page may be running headers or footers. */
    private static final int EDGE_LINES = 2;

    private PageLayout() {
    }

    /** The laid-out text, its page starts (one per page, also for empty pages) and the removed lines. */
    record Laid(String text, PageMap pages, List<String> boilerplate, boolean rawBlank) {
    }

    static Laid lay(String raw, boolean paged) {
        String[] rawPages = raw.replace("\r\n", "\n").replace('\r', '\n').split("\f", -1);
        List<List<List<String>>> pages = new ArrayList<>(); // page -> paragraph -> lines
        for (String p : rawPages) {
            List<List<String>> paragraphs = new ArrayList<>();
            for (String block : BLANK.split(p)) {
                List<String> lines = new ArrayList<>();
                for (String line : block.split("\n")) {
                    String l = SPACES.matcher(line).replaceAll(" ").strip();
                    if (!l.isEmpty()) {
                        lines.add(l);
                    }
                }
                if (!lines.isEmpty()) {
                    paragraphs.add(lines);
                }
            }
            pages.add(paragraphs);
        }
        List<String> boilerplate = paged ? removeRunning(pages) : List.of();
        StringBuilder text = new StringBuilder();
        int[] starts = new int[pages.size()];
        for (int i = 0; i < pages.size(); i++) {
            boolean first = true;
            for (List<String> paragraph : pages.get(i)) {
                if (text.length() > 0) {
                    text.append("\n\n");
                }
                if (first) {
                    starts[i] = text.length();
                    first = false;
                }
                text.append(paged ? joinLines(paragraph) : String.join("\n", paragraph));
            }
            if (first) {
                starts[i] = text.length(); // an empty page starts where the next text starts
            }
        }
        if (starts.length > 0) {
            starts[0] = 0;
        }
        return new Laid(text.toString(), paged ? PageMap.of(starts) : PageMap.none(), boilerplate, raw.isBlank());
    }

    /** A PDF's lines as one paragraph: joined with a space, or with nothing after a line-end hyphen. */
    static String joinLines(List<String> lines) {
        StringBuilder b = new StringBuilder(lines.get(0));
        for (int i = 1; i < lines.size(); i++) {
            String next = lines.get(i);
            int n = b.length();
            char last = b.charAt(n - 1);
            if (last == '\u00AD') {
                b.setLength(n - 1); // a soft hyphen: the word was broken here
            } else if ((last == '-' || last == '\u2010') && n >= 2 && Character.isLetter(b.charAt(n - 2))
                    && Character.isLowerCase(next.codePointAt(0))) {
                b.setLength(n - 1);
            } else {
                b.append(' ');
            }
            b.append(next);
        }
        return b.toString();
    }

    /**
     * Removes lines that recur at the top or bottom of most pages (digits ignored, so "Page 3 of 9"
     * counts as the same line on every page) and returns them, distinct, in first-seen order.
     * Needs at least three pages with text; a line counts when it is on at least half of them.
     */
    private static List<String> removeRunning(List<List<List<String>>> pages) {
        int withText = 0;
        for (List<List<String>> p : pages) {
            if (!p.isEmpty()) {
                withText++;
            }
        }
        if (withText < 3) {
            return List.of();
        }
        int needed = (withText + 1) / 2;
        Set<String> removed = new LinkedHashSet<>();
        for (int round = 0; round < EDGE_LINES; round++) {
            for (boolean top : new boolean[] {true, false}) {
                // the outermost line may differ in its digits (a page number); the one inside it must not
                boolean digits = round == 0;
                Map<String, Integer> counts = new HashMap<>();
                for (List<List<String>> p : pages) {
                    String edge = edge(p, top);
                    if (edge != null) {
                        counts.merge(digits ? key(edge) : edge, 1, Integer::sum);
                    }
                }
                for (List<List<String>> p : pages) {
                    String edge = edge(p, top);
                    if (edge != null && counts.get(digits ? key(edge) : edge) >= needed) {
                        removed.add(edge);
                        dropEdge(p, top);
                    }
                }
            }
        }
        return List.copyOf(removed);
    }

    private static String key(String line) {
        return DIGITS.matcher(line).replaceAll("#");
    }

    private static String edge(List<List<String>> page, boolean top) {
        if (page.isEmpty()) {
            return null;
        }
        List<String> para = top ? page.get(0) : page.get(page.size() - 1);
        return top ? para.get(0) : para.get(para.size() - 1);
    }

    private static void dropEdge(List<List<String>> page, boolean top) {
        int pi = top ? 0 : page.size() - 1;
        List<String> para = new ArrayList<>(page.get(pi));
        para.remove(top ? 0 : para.size() - 1);
        if (para.isEmpty()) {
            page.remove(pi);
        } else {
            page.set(pi, para);
        }
    }
}
