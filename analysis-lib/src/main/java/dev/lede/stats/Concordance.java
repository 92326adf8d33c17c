package dev.lede.stats;

import dev.lede.display.Tables;
import dev.lede.corpus.Document;
import dev.lede.corpus.Tokens;
import dev.lede.display.Html;
import dev.lede.display.Cells;
import dev.lede.display.MimeBundle;
import dev.lede.display.Renderable;
import dev.lede.text.DocumentTokens;
import dev.lede.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tech.tablesaw.api.Table;

/**
 * Keyword in context (KWIC): every occurrence of a word or phrase (a sequence of terms) with
 * {@code window} tokens of context on each side, cut from the document's original text. Context
 * never crosses document boundaries. Lines are in corpus order, then by position.
 *
 * <p>{@link #table()} has the fixed schema
 * <table>
 *   <caption>Concordance table</caption>
 *   <tr><th>column</th><th>type</th><th>meaning</th></tr>
 *   <tr><td>{@value #DOCUMENT}</td><td>string</td><td>document id</td></tr>
 *   <tr><td>{@value #TOKEN}</td><td>int</td><td>index of the first matching token in the document</td></tr>
 *   <tr><td>{@value #START}</td><td>int</td><td>UTF-16 offset of the match in the document's text</td></tr>
 *   <tr><td>{@value #END}</td><td>int</td><td>end offset (exclusive) of the match</td></tr>
 *   <tr><td>{@value #LEFT}</td><td>string</td><td>text from the first left context token up to the match</td></tr>
 *   <tr><td>{@value #KEYWORD}</td><td>string</td><td>the matched text, text.substring(start, end)</td></tr>
 *   <tr><td>{@value #RIGHT}</td><td>string</td><td>text after the match up to the end of the last right context token</td></tr>
 * </table>
 * The text columns are exact substrings of the document (line breaks included); the HTML and
 * plain-text views collapse whitespace runs to one space. When any document has pages (a PDF),
 * the table gains the column {@value #PAGE} (int: the page of the match, 0 for a document without
 * pages) after {@value #END}, and the views cite lines as {@code "report p. 14"}.
 *
 * <pre>{@code
 * Concordance kwic = Concordance.of(corpus.tokens(), "north korea", 5);
 * kwic.table();
 * }</pre>
 */
public final class Concordance implements Renderable {

    public static final String DOCUMENT = "document";
    public static final String TOKEN = "token";
    public static final String START = "start";
    public static final String END = "end";
    public static final String LEFT = "left";
    public static final String KEYWORD = "keyword";
    public static final String RIGHT = "right";
    /** Column present only when a document has pages: the match's page (0 when its document has none). */
    public static final String PAGE = "page";

    private final List<String> query;
    private final int window;
    private final List<Line> lines;
    /** The page of each line's match, or null when no document of the corpus has pages. */
    private final List<Integer> pages;

    private Concordance(List<String> query, int window, List<Line> lines, List<Integer> pages) {
        this.query = List.copyOf(query);
        this.window = window;
        this.lines = List.copyOf(lines);
        this.pages = pages == null ? null : List.copyOf(pages);
    }

    /**
     * Occurrences of {@code query}, tokenized with the tokenizer that made {@code tokens} (the
     * standard one when unknown), so "Putin’s visit" finds the terms [putin, visit]. When the
     * tokens hold the phrase as one multi-word term ({@link Tokens#compound}), that term is found.
     */
    public static Concordance of(Tokens tokens, String query, int window) {
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(query, "query");
        List<String> terms = Queries.terms(tokens, query);
        if (terms.isEmpty()) {
            throw new IllegalArgumentException("the query '" + query + "' has no word tokens: give a word or phrase");
        }
        return of(tokens, terms, window);
    }

    /** Occurrences of the term sequence {@code phrase} (terms as the tokens hold them). */
    public static Concordance of(Tokens tokens, List<String> phrase, int window) {
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(phrase, "phrase");
        if (phrase.isEmpty()) {
            throw new IllegalArgumentException("the phrase is empty: give at least one term");
        }
        phrase.forEach(t -> Objects.requireNonNull(t, "phrase term"));
        if (window < 0) {
            throw new IllegalArgumentException("context window must be >= 0 tokens, got " + window);
        }
        String first = phrase.get(0);
        return find(tokens, phrase, window, phrase.size(), (dt, i) -> {
            if (!dt.term(i).equals(first)) {
                return false;
            }
            for (int j = 1; j < phrase.size(); j++) {
                if (!dt.term(i + j).equals(phrase.get(j))) {
                    return false;
                }
            }
            return true;
        });
    }

    /**
     * The lines where {@code matchesAt} holds at a token of each document (a match of {@code k}
     * tokens from there), with {@code window} tokens of context and the page of each match.
     */
    private static Concordance find(Tokens tokens, List<String> query, int window, int k,
                                    java.util.function.BiPredicate<DocumentTokens, Integer> matchesAt) {
        List<Line> out = new ArrayList<>();
        List<Integer> pages = new ArrayList<>();
        boolean paged = false;
        for (int d = 0; d < tokens.size(); d++) {
            DocumentTokens dt = tokens.document(d);
            Document doc = tokens.corpus().document(d);
            String text = doc.text();
            paged |= doc.pages().count() > 0;
            int n = dt.size();
            for (int i = 0; i + k <= n; i++) {
                if (!matchesAt.test(dt, i)) {
                    continue;
                }
                int last = i + k - 1;
                int start = dt.start(i);
                int end = dt.end(last);
                int leftStart = dt.start(Math.max(0, i - window));
                int rightEnd = dt.end(Math.min(n - 1, last + window));
                out.add(new Line(doc.id(), i, start, end, text.substring(leftStart, start), text.substring(start, end),
                        text.substring(end, rightEnd)));
                pages.add(doc.page(start));
            }
        }
        return new Concordance(query, window, out, paged ? pages : null);
    }

    /**
     * The page of line {@code i}'s match (1-based, as the PDF numbers it), or 0 when its document
     * has no pages.
     */
    public int page(int i) {
        return pages == null ? 0 : pages.get(i);
    }

    /** Where line {@code i} is: {@code "id p. 14"} on a page, else {@code "id:offset"}. */
    private String where(int i) {
        Line l = lines.get(i);
        int p = page(i);
        return p > 0 ? l.document() + " p. " + p : l.document() + ":" + l.start();
    }

    /**
     * Occurrences of a query with wildcards and regular expressions ({@link TermPattern}):
     * {@code pariah*}, {@code /sanction(s|ed)?/}, {@code north *}; plain words are tokenized like
     * the tokens. Lines are in corpus order, then by position; sort them with {@link #sortedBy}.
     *
     * <pre>{@code
     * Concordance.matching(corpus.tokens(), "/sanction(s|ed)?/", 5).sortedBy(Concordance.Sort.RIGHT);
     * }</pre>
     */
    public static Concordance matching(Tokens tokens, String query, int window) {
        Objects.requireNonNull(tokens, "tokens");
        Tokenizer tk = tokens.tokenizer() == null ? Tokenizer.standard() : tokens.tokenizer();
        List<TermPattern> phrase = TermPattern.phrase(query, tk);
        if (window < 0) {
            throw new IllegalArgumentException("context window must be >= 0 tokens, got " + window);
        }
        return find(tokens, phrase.stream().map(TermPattern::source).toList(), window, phrase.size(), (dt, i) -> {
            for (int j = 0; j < phrase.size(); j++) {
                if (!phrase.get(j).matches(dt.term(i + j))) {
                    return false;
                }
            }
            return true;
        });
    }

    /** The orders of {@link #sortedBy}. */
    public enum Sort {
        /** Corpus order, then position in the document (the order lines are found in). */
        POSITION,
        /**
         * By the left context read outwards from the keyword: the word just before it, then the
         * one before that (AntConc's L1, L2, ...; quanteda's sort by pre-context).
         */
        LEFT,
        /** By the right context: the word just after the keyword, then the next (R1, R2, ...). */
        RIGHT,
        /** By the keyword as written, case ignored (useful for wildcard queries). */
        KEYWORD
    }

    /**
     * The same lines in another order. Context words are the standard tokenizer's terms (lower
     * case), compared by UTF-16 code units so the order does not depend on the machine's locale;
     * a shorter context that is a prefix of a longer one comes first; ties keep
     * {@link Sort#POSITION} order.
     */
    public Concordance sortedBy(Sort sort) {
        Objects.requireNonNull(sort, "sort");
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            order.add(i);
        }
        if (sort != Sort.POSITION) {
            java.util.Map<Line, List<String>> keys = new java.util.IdentityHashMap<>();
            for (Line l : lines) {
                List<String> key = switch (sort) {
                    case LEFT -> {
                        List<String> t = new ArrayList<>(Tokenizer.standard().tokenize(l.left()).terms());
                        java.util.Collections.reverse(t);
                        yield t;
                    }
                    case RIGHT -> Tokenizer.standard().tokenize(l.right()).terms();
                    default -> List.of(l.keyword().toLowerCase(java.util.Locale.ROOT));
                };
                keys.put(l, key);
            }
            order.sort((a, b) -> compareKeys(keys.get(lines.get(a)), keys.get(lines.get(b))));
        }
        return new Concordance(query, window, order.stream().map(lines::get).toList(),
                pages == null ? null : order.stream().map(pages::get).toList());
    }

    private static int compareKeys(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    public List<Line> lines() {
        return lines;
    }

    public int size() {
        return lines.size();
    }

    /** The searched terms. */
    public List<String> query() {
        return query;
    }

    public int window() {
        return window;
    }

    /** The table described in the class comment. */
    public Table table() {
        List<Integer> rows = java.util.stream.IntStream.range(0, lines.size()).boxed().toList();
        List<Tables.Field<Integer>> fields = new ArrayList<>(List.of(
                Tables.text(DOCUMENT, i -> lines.get(i).document()),
                Tables.integer(TOKEN, i -> lines.get(i).token()),
                Tables.integer(START, i -> lines.get(i).start()),
                Tables.integer(END, i -> lines.get(i).end())));
        if (pages != null) { // a page column only where some document has pages
            fields.add(Tables.integer(PAGE, this::page));
        }
        fields.addAll(List.of(
                Tables.text(LEFT, i -> lines.get(i).left()),
                Tables.text(KEYWORD, i -> lines.get(i).keyword()),
                Tables.text(RIGHT, i -> lines.get(i).right())));
        return Tables.of("concordance " + String.join(" ", query), rows, fields);
    }

    private String caption() {
        return "Concordance of \u201c" + String.join(" ", query) + "\u201d: " + lines.size() + " lines, "
                + window + " tokens of context";
    }

    /** Aligned KWIC lines as HTML: left context right-aligned, keyword bold and centred, all text escaped. */
    public String toHtml() {
        StringBuilder b = new StringBuilder();
        b.append("<table class=\"lede-kwic\" style=\"border-collapse:collapse;font-family:monospace\">\n<caption>")
                .append(Html.escape(caption())).append("</caption>\n<tbody>\n");
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            b.append("<tr><td style=\"color:#666;padding-right:1em\">").append(Html.escape(where(i))).append("</td>")
                    .append("<td style=\"text-align:right;white-space:nowrap\">")
                    .append(Html.escape(Cells.collapse(l.left()).strip())).append("</td>")
                    .append("<td style=\"text-align:center;white-space:nowrap;padding:0 0.5em\"><b>")
                    .append(Html.escape(Cells.collapse(l.keyword()))).append("</b></td>")
                    .append("<td style=\"text-align:left;white-space:nowrap\">")
                    .append(Html.escape(Cells.collapse(l.right()).strip())).append("</td></tr>\n");
        }
        b.append("</tbody>\n</table>\n");
        return b.toString();
    }

    /** Aligned KWIC lines as plain text: left contexts padded to one width. */
    public String toText() {
        int width = 0;
        List<String> lefts = new ArrayList<>();
        for (Line l : lines) {
            String s = Cells.collapse(l.left()).strip();
            lefts.add(s);
            width = Math.max(width, s.codePointCount(0, s.length()));
        }
        StringBuilder b = new StringBuilder(caption()).append('\n');
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            String s = lefts.get(i);
            b.append(where(i)).append('\t')
                    .append(" ".repeat(width - s.codePointCount(0, s.length()))).append(s)
                    .append(" [").append(Cells.collapse(l.keyword())).append("] ")
                    .append(Cells.collapse(l.right()).strip()).append('\n');
        }
        return b.toString();
    }

    @Override
    public MimeBundle toMimeBundle() {
        return MimeBundle.builder().text(toText()).html(toHtml()).build();
    }

    @Override
    public String toString() {
        return "Concordance[" + String.join(" ", query) + ", " + lines.size() + " lines]";
    }

    /**
     * One concordance line.
     *
     * @param document document id
     * @param token index of the first matching token
     * @param start offset of the match in the document's text
     * @param end end offset (exclusive)
     * @param left left context text
     * @param keyword matched text
     * @param right right context text
     */
    public record Line(String document, int token, int start, int end, String left, String keyword, String right) {
    }
}
