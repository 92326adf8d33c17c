package dev.lede.corpus;

import dev.lede.corpus.io.TermIndex;

import dev.lede.display.Tables;
import dev.lede.display.Chart;
import dev.lede.display.Rendering;
import dev.lede.display.FreqCharts;
import dev.lede.display.MimeBundle;
import dev.lede.display.Renderable;
import dev.lede.text.DocumentTokens;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * How often each term occurs in some tokens: count, relative frequency per 10,000 tokens and
 * document frequency, sorted by count descending with ties broken by term
 * ({@link String#compareTo}, the same in every locale). Immutable.
 *
 * <p>{@link #table()} has the fixed schema
 * <table>
 *   <caption>Term frequency table</caption>
 *   <tr><th>column</th><th>type</th><th>meaning</th></tr>
 *   <tr><td>{@value #TERM}</td><td>string</td><td>the term</td></tr>
 *   <tr><td>{@value #COUNT}</td><td>int</td><td>occurrences</td></tr>
 *   <tr><td>{@value #PER_10K}</td><td>double</td><td>count * 10,000 / {@link #totalTokens()}</td></tr>
 *   <tr><td>{@value #DOCUMENT_FREQUENCY}</td><td>int</td><td>number of documents that contain the term</td></tr>
 * </table>
 * {@link #byDocumentTable(int)} and {@link #byGroupTable(String, int)} put a {@value #DOCUMENT} or
 * {@value #GROUP} column in front; there the relative frequency is per 10,000 tokens of that
 * document or group.
 *
 * <p>Relative frequencies are relative to the tokens given: after stopword removal they are per
 * 10,000 remaining tokens.
 *
 * <pre>{@code
 * TermFrequencies tf = corpus.tokens().frequencies();
 * tf.count("china");           // occurrences of "china"
 * tf.top(10).table();          // term, count, per_10k, doc_freq
 * tf.byGroup(Metadata.RELAYS); // one TermFrequencies per value of "relays"
 * tf.barChart(15);             // a Chart of the 15 most frequent terms
 * }</pre>
 */
public final class TermFrequencies implements Renderable {

    public static final String TERM = "term";
    public static final String COUNT = "count";
    public static final String PER_10K = "per_10k";
    public static final String DOCUMENT_FREQUENCY = "doc_freq";
    public static final String DOCUMENT = "document";
    public static final String GROUP = "group";

    private final String label;
    private final Tokens tokens;
    private final String[] terms;
    private final int[] counts;
    private final int[] documentFrequencies;
    private final long totalTokens;
    private final int documents;
    private final int vocabularySize;
    private volatile TermIndex index; // built on first lookup, published whole

    private TermFrequencies(String label, Tokens tokens, String[] terms, int[] counts, int[] df, long totalTokens,
                            int documents, int vocabularySize) {
        this.label = label;
        this.tokens = tokens;
        this.terms = terms;
        this.counts = counts;
        this.documentFrequencies = df;
        this.totalTokens = totalTokens;
        this.documents = documents;
        this.vocabularySize = vocabularySize;
    }

    /** Frequencies of all terms in {@code tokens}, counted from their token objects. */
    static TermFrequencies of(Tokens tokens) {
        return of("corpus", tokens);
    }

    private static TermFrequencies of(String label, Tokens tokens) {
        TermCounts c = TermCounts.count(tokens.documents());
        return ofCounts(label, tokens, c);
    }

    /** Frequencies counted by the byte fast path, with the tokens they came from. */
    static TermFrequencies ofCounts(String label, Tokens tokens, TermCounts c) {
        return new TermFrequencies(label, tokens, c.terms(), c.counts(), c.documentFrequencies(), c.totalTokens(),
                c.documents(), c.terms().length);
    }

    /** Frequencies of the terms of one document (document frequency is then 1 for every term). */
    public static TermFrequencies of(DocumentTokens document) {
        Objects.requireNonNull(document, "document");
        TermCounts c = TermCounts.count(List.of(document));
        return new TermFrequencies("document", null, c.terms(), c.counts(), c.documentFrequencies(), c.totalTokens(),
                1, c.terms().length);
    }

    /**
     * Frequencies counted elsewhere (on a cluster, by {@code dev.lede.spark}): term {@code i} occurs
     * {@code counts[i]} times in {@code documentFrequencies[i]} of the {@code documents} documents,
     * which hold {@code totalTokens} tokens. Sorted as every frequency table (count descending, ties
     * by term); {@link #byDocument()} and {@link #byGroup(String)} are not available (no tokens behind).
     *
     * <pre>{@code
     * TermFrequencies f = TermFrequencies.counted("corpus", List.of("a", "b"), new int[] {1, 3}, new int[] {1, 2}, 4, 2);
     * f.terms(); // [b, a]
     * }</pre>
     */
    public static TermFrequencies counted(String label, List<String> terms, int[] counts, int[] documentFrequencies,
                                          long totalTokens, int documents) {
        Objects.requireNonNull(label, "label");
        String[] t = terms.toArray(String[]::new);
        if (counts.length != t.length || documentFrequencies.length != t.length) {
            throw new IllegalArgumentException(t.length + " terms, " + counts.length + " counts and "
                    + documentFrequencies.length + " document frequencies: give one of each per term");
        }
        TermIndex seen = new TermIndex();
        for (int i = 0; i < t.length; i++) {
            Objects.requireNonNull(t[i], "term " + i);
            if (seen.add(t[i]) != i) {
                throw new IllegalArgumentException("term '" + t[i] + "' is listed twice: give each term once");
            }
            if (counts[i] < 1 || documentFrequencies[i] < 1 || documentFrequencies[i] > counts[i]
                    || documentFrequencies[i] > documents) {
                throw new IllegalArgumentException("term '" + t[i] + "': count " + counts[i] + " and document frequency "
                        + documentFrequencies[i] + " of " + documents + " documents are not possible counts");
            }
        }
        TermCounts c = TermCounts.sorted(t, counts.clone(), documentFrequencies.clone(), totalTokens, documents);
        return new TermFrequencies(label, null, c.terms(), c.counts(), c.documentFrequencies(), totalTokens, documents,
                t.length);
    }

    /** What these frequencies describe: "corpus", a document id or a group value. */
    public String label() {
        return label;
    }

    /** {@code count} per 10,000 of {@code total} (0 when {@code total} is 0): the relative frequency every table shows. */
    public static double per10k(long count, long total) {
        return total == 0 ? 0 : count * 10_000.0 / total;
    }

    /** Number of tokens counted (the denominator of {@link #per10k(String)}). */
    public long totalTokens() {
        return totalTokens;
    }

    /** Number of documents counted. */
    public int documents() {
        return documents;
    }

    /** Number of distinct terms counted (before any {@link #top(int)} or {@link #minCount(int)}). */
    public int vocabularySize() {
        return vocabularySize;
    }

    /** Number of terms listed here. */
    public int size() {
        return terms.length;
    }

    /** The listed terms, most frequent first. */
    public List<String> terms() {
        return Collections.unmodifiableList(Arrays.asList(terms));
    }

    /** The listed terms with their numbers, most frequent first. */
    public List<Entry> entries() {
        List<Entry> out = new ArrayList<>(terms.length);
        for (int i = 0; i < terms.length; i++) {
            out.add(entry(i));
        }
        return Collections.unmodifiableList(out);
    }

    private Entry entry(int i) {
        return new Entry(terms[i], counts[i], per10k(counts[i], totalTokens), documentFrequencies[i]);
    }

    /** Occurrences of {@code term} (0 when not listed). */
    public int count(String term) {
        int i = indexOf(term);
        return i < 0 ? 0 : counts[i];
    }

    /** Occurrences of {@code term} per 10,000 tokens. */
    public double per10k(String term) {
        return per10k(count(term), totalTokens);
    }

    /** Number of documents containing {@code term} (0 when not listed). */
    public int documentFrequency(String term) {
        int i = indexOf(term);
        return i < 0 ? 0 : documentFrequencies[i];
    }

    private int indexOf(String term) {
        Objects.requireNonNull(term, "term");
        TermIndex idx = index;
        if (idx == null) {
            idx = new TermIndex();
            for (String t : terms) {
                idx.add(t);
            }
            index = idx;
        }
        return idx.get(term);
    }

    /** The {@code n} most frequent terms (ties by term); totals stay those of all tokens. */
    public TermFrequencies top(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("top n must be >= 0, got " + n);
        }
        return slice(Math.min(n, terms.length));
    }

    /** The terms that occur at least {@code min} times. */
    public TermFrequencies minCount(int min) {
        int n = 0;
        while (n < counts.length && counts[n] >= min) {
            n++;
        }
        return slice(n);
    }

    private TermFrequencies slice(int n) {
        return new TermFrequencies(label, tokens, Arrays.copyOf(terms, n), Arrays.copyOf(counts, n),
                Arrays.copyOf(documentFrequencies, n), totalTokens, documents, vocabularySize);
    }

    /** The table described in the class comment. */
    public Table table() {
        return Tables.of(label, entries(), COLUMNS);
    }

    private static final List<Tables.Field<Entry>> COLUMNS = List.of(
            Tables.text(TERM, Entry::term),
            Tables.integer(COUNT, Entry::count),
            Tables.decimal(PER_10K, Entry::per10k),
            Tables.integer(DOCUMENT_FREQUENCY, Entry::documentFrequency));

    private Tokens source(String what) {
        if (tokens == null) {
            throw new IllegalStateException(what + " needs frequencies counted from a corpus; these were counted"
                    + " from a single document: use corpus.tokens().frequencies()");
        }
        return tokens;
    }

    /** Frequencies per document, keyed by document id in corpus order. */
    public Map<String, TermFrequencies> byDocument() {
        Tokens t = source("byDocument");
        Map<String, TermFrequencies> out = new LinkedHashMap<>();
        for (int i = 0; i < t.size(); i++) {
            Document d = t.corpus().document(i);
            TermCounts c = TermCounts.count(List.of(t.document(i)));
            out.put(d.id(), new TermFrequencies(d.id(), Tokens.of(Corpus.of(d), List.of(t.document(i))), c.terms(),
                    c.counts(), c.documentFrequencies(), c.totalTokens(), 1, c.terms().length));
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * Frequencies per value of a metadata field, groups sorted by value; documents without the
     * field form the group {@code ""}.
     */
    public SortedMap<String, TermFrequencies> byGroup(String field) {
        Objects.requireNonNull(field, "field");
        Tokens t = source("byGroup");
        TreeMap<String, List<Integer>> groups = new TreeMap<>();
        for (int i = 0; i < t.size(); i++) {
            groups.computeIfAbsent(t.corpus().document(i).metadata().get(field, ""), k -> new ArrayList<>()).add(i);
        }
        TreeMap<String, TermFrequencies> out = new TreeMap<>();
        groups.forEach((value, idx) -> out.put(value, of(value, t.subset(idx))));
        return Collections.unmodifiableSortedMap(out);
    }

    /** The top {@code n} terms of every document in one table, with a {@value #DOCUMENT} column first. */
    public Table byDocumentTable(int n) {
        return stacked(byDocument(), DOCUMENT, n, "by document");
    }

    /** The top {@code n} terms of every group in one table, with a {@value #GROUP} column first. */
    public Table byGroupTable(String field, int n) {
        return stacked(byGroup(field), GROUP, n, "by " + field);
    }

    private static Table stacked(Map<String, TermFrequencies> parts, String keyColumn, int n, String name) {
        StringColumn key = StringColumn.create(keyColumn);
        Table out = null;
        for (Map.Entry<String, TermFrequencies> e : parts.entrySet()) {
            Table part = e.getValue().top(n).table();
            for (int r = 0; r < part.rowCount(); r++) {
                key.append(e.getKey());
            }
            out = out == null ? part.copy() : out.append(part);
        }
        if (out == null) {
            out = Tables.of(name, List.<Entry>of(), COLUMNS);
        }
        out.insertColumn(0, key);
        out.setName(name);
        return out;
    }

    /** A horizontal bar chart of the {@code n} most frequent terms. */
    public Chart barChart(int n) {
        TermFrequencies top = top(n);
        return FreqCharts.topTerms("Top " + top.size() + " terms (" + label + ")", top.terms(),
                Arrays.stream(top.counts).boxed().toList());
    }

    @Override
    public MimeBundle toMimeBundle() {
        Table t = top(Rendering.DEFAULT_MAX_ROWS).table();
        String caption = "Term frequencies (" + label + "): " + totalTokens + " tokens, " + vocabularySize
                + " distinct terms, " + documents + " documents";
        return Rendering.table(t, caption);
    }

    @Override
    public String toString() {
        return "TermFrequencies[" + label + ", " + totalTokens + " tokens, " + terms.length + " terms]";
    }

    /**
     * One row of a frequency table.
     *
     * @param term the term
     * @param count occurrences
     * @param per10k occurrences per 10,000 tokens
     * @param documentFrequency number of documents containing it
     */
    public record Entry(String term, int count, double per10k, int documentFrequency) {
    }
}
