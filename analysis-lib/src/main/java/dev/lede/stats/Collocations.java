package dev.lede.stats;

import dev.lede.display.Tables;
import dev.lede.corpus.io.TermIndex;
import dev.lede.corpus.Tokens;
import dev.lede.display.MimeBundle;
import dev.lede.display.Rendering;
import dev.lede.display.Renderable;
import dev.lede.text.DocumentTokens;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import tech.tablesaw.api.Table;

/**
 * Collocates of a node term: the terms that occur within {@code window} tokens to the left or
 * right of the node, with association measures. Windows stay inside a document.
 *
 * <p>Counting follows Evert's surface co-occurrence model (Evert 2008, "Corpora and
 * collocations"): the window tokens are the positions within {@code window} tokens of any node
 * occurrence, each position counted once even where windows overlap, node positions excluded.
 * With N tokens in the corpus, R = number of window tokens, C = corpus frequency of the
 * collocate, O = occurrences of the collocate among the window tokens, E = R C / N:
 * <ul>
 *   <li>{@value #G2}: log-likelihood on the 2x2 table [[O, R-O], [C-O, N-R-C+O]] (2 &Sigma; O ln O/E
 *       over four cells), signed: + when O &gt; E;</li>
 *   <li>{@value #MI}: pointwise mutual information log2(O / E);</li>
 *   <li>{@value #LOG_DICE}: 14 + log2(2 O / (f(node) + C)) (Rychlý 2008), with f(node) the
 *       node's corpus frequency; at most 14.</li>
 * </ul>
 *
 * <p>{@link #table()} has the fixed schema
 * <table>
 *   <caption>Collocations table</caption>
 *   <tr><th>column</th><th>type</th></tr>
 *   <tr><td>{@value #NODE}, {@value #COLLOCATE}</td><td>string</td></tr>
 *   <tr><td>{@value #COOCCURRENCES} (O), {@value #NODE_FREQUENCY}, {@value #COLLOCATE_FREQUENCY} (C),
 *       {@value #WINDOW_TOKENS} (R)</td><td>int</td></tr>
 *   <tr><td>{@value #G2}, {@value #MI}, {@value #LOG_DICE}</td><td>double</td></tr>
 * </table>
 * Sorted by the chosen {@link Measure} descending (default {@link Measure#LOG_DICE}), ties by
 * collocate.
 *
 * <pre>{@code
 * Collocations c = Collocations.of(corpus.tokens(), "china", 5).minCount(2);
 * c.sortBy(Collocations.Measure.G2).table();
 * }</pre>
 */
public final class Collocations implements Renderable {

    public static final String NODE = "node";
    public static final String COLLOCATE = "collocate";
    public static final String COOCCURRENCES = "cooccurrences";
    public static final String NODE_FREQUENCY = "node_freq";
    public static final String COLLOCATE_FREQUENCY = "collocate_freq";
    public static final String WINDOW_TOKENS = "window_tokens";
    public static final String G2 = "g2";
    public static final String MI = "mi";
    public static final String LOG_DICE = "log_dice";

    /** What to sort by (descending; ties by collocate). */
    public enum Measure {
        COUNT, G2, MI, LOG_DICE;

        double of(Collocate c) {
            return switch (this) {
                case COUNT -> c.cooccurrences();
                case G2 -> c.g2();
                case MI -> c.mi();
                case LOG_DICE -> c.logDice();
            };
        }
    }

    private final String node;
    private final int window;
    private final long totalTokens;
    private final List<Collocate> collocates;
    private final Measure order;

    private Collocations(String node, int window, long totalTokens, List<Collocate> collocates, Measure order) {
        this.node = node;
        this.window = window;
        this.totalTokens = totalTokens;
        this.collocates = List.copyOf(collocates);
        this.order = order;
    }

    /**
     * Collocates of {@code node} within &plusmn;{@code window} tokens. The node is tokenized like
     * the tokens (so "Putin’s" means putin) and must be a single term, or a multi-word term the
     * tokens hold ({@link Tokens#compound}).
     */
    public static Collocations of(Tokens tokens, String node, int window) {
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(node, "node");
        if (window < 1) {
            throw new IllegalArgumentException("collocation window must be >= 1 token, got " + window);
        }
        List<String> q = Queries.terms(tokens, node);
        if (q.size() != 1) {
            throw new IllegalArgumentException("the node '" + node + "' must be one term, it has " + q.size()
                    + " " + q + ": give a single word (for a phrase, make it one term with tokens.compound(List.of(\"" + node + "\")))");
        }
        String nodeTerm = q.get(0);
        TermIndex index = new TermIndex();
        int[] freq = new int[0];
        int[] cooc = new int[0];
        long total = 0;
        long windowTokens = 0;
        for (DocumentTokens d : tokens.documents()) {
            int n = d.size();
            total += n;
            int[] ids = new int[n];
            for (int i = 0; i < n; i++) {
                ids[i] = index.add(d.term(i));
            }
            if (index.size() > freq.length) {
                freq = Arrays.copyOf(freq, Math.max(index.size(), freq.length * 2));
                cooc = Arrays.copyOf(cooc, freq.length);
            }
            int nodeId = index.get(nodeTerm);
            boolean[] covered = new boolean[n];
            for (int i = 0; i < n; i++) {
                freq[ids[i]]++;
                if (ids[i] == nodeId) {
                    for (int j = Math.max(0, i - window); j <= Math.min(n - 1, i + window); j++) {
                        covered[j] = true;
                    }
                }
            }
            for (int j = 0; j < n; j++) {
                if (covered[j] && ids[j] != nodeId) {
                    cooc[ids[j]]++;
                    windowTokens++;
                }
            }
        }
        int nodeId = index.get(nodeTerm);
        int nodeFreq = nodeId < 0 ? 0 : freq[nodeId];
        List<Collocate> out = new ArrayList<>();
        for (int t = 0; t < index.size(); t++) {
            if (cooc[t] > 0) {
                out.add(Collocate.of(nodeTerm, index.term(t), cooc[t], nodeFreq, freq[t], windowTokens, total));
            }
        }
        out.sort(comparator(Measure.LOG_DICE));
        return new Collocations(nodeTerm, window, total, out, Measure.LOG_DICE);
    }

    private static Comparator<Collocate> comparator(Measure m) {
        return Comparator.comparingDouble((Collocate c) -> -m.of(c)).thenComparing(Collocate::collocate);
    }

    /** Sorted by {@code m} descending, ties by collocate. */
    public Collocations sortBy(Measure m) {
        Objects.requireNonNull(m, "measure");
        List<Collocate> s = new ArrayList<>(collocates);
        s.sort(comparator(m));
        return new Collocations(node, window, totalTokens, s, m);
    }

    /** Collocates seen at least {@code min} times in the node's windows. */
    public Collocations minCount(int min) {
        return new Collocations(node, window, totalTokens,
                collocates.stream().filter(c -> c.cooccurrences() >= min).toList(), order);
    }

    /** Collocates whose corpus frequency is at least {@code min}. */
    public Collocations minCollocateFrequency(int min) {
        return new Collocations(node, window, totalTokens,
                collocates.stream().filter(c -> c.collocateFrequency() >= min).toList(), order);
    }

    /** The first {@code n} collocates. */
    public Collocations top(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("top n must be >= 0, got " + n);
        }
        return new Collocations(node, window, totalTokens, collocates.subList(0, Math.min(n, collocates.size())),
                order);
    }

    public List<Collocate> collocates() {
        return collocates;
    }

    public Optional<Collocate> collocate(String term) {
        return collocates.stream().filter(c -> c.collocate().equals(term)).findFirst();
    }

    public String node() {
        return node;
    }

    public int window() {
        return window;
    }

    public int size() {
        return collocates.size();
    }

    /** The table described in the class comment. */
    public Table table() {
        return Tables.of("collocations of " + node, collocates,
                Tables.text(NODE, Collocate::node),
                Tables.text(COLLOCATE, Collocate::collocate),
                Tables.integer(COOCCURRENCES, Collocate::cooccurrences),
                Tables.integer(NODE_FREQUENCY, Collocate::nodeFrequency),
                Tables.integer(COLLOCATE_FREQUENCY, Collocate::collocateFrequency),
                Tables.integer(WINDOW_TOKENS, c -> (int) c.windowTokens()),
                Tables.decimal(G2, Collocate::g2),
                Tables.decimal(MI, Collocate::mi),
                Tables.decimal(LOG_DICE, Collocate::logDice));
    }

    @Override
    public MimeBundle toMimeBundle() {
        Table t = table();
        String caption = "Collocates of \u201c" + node + "\u201d within \u00b1" + window + " tokens (" + totalTokens
                + " tokens), sorted by " + order;
        return Rendering.table(t, caption);
    }

    @Override
    public String toString() {
        return "Collocations[" + node + ", \u00b1" + window + ", " + collocates.size() + " collocates]";
    }

    /**
     * One collocate of the node.
     *
     * @param node the node term
     * @param collocate the collocate term
     * @param cooccurrences O: occurrences of the collocate among the window tokens
     * @param nodeFrequency corpus frequency of the node
     * @param collocateFrequency C: corpus frequency of the collocate
     * @param windowTokens R: number of window tokens
     * @param g2 signed log-likelihood
     * @param mi log2(O / E)
     * @param logDice 14 + log2(2 O / (f(node) + C))
     */
    public record Collocate(String node, String collocate, int cooccurrences, int nodeFrequency,
                            int collocateFrequency, long windowTokens, double g2, double mi, double logDice) {

        static Collocate of(String node, String collocate, int o, int nodeFreq, int c, long r, long n) {
            double e = (double) r * c / n;
            double g = Stats.g2(o, r - o, c - o, n - r - c + o);
            if (o < e) {
                g = -g;
            }
            double mi = Stats.log2(o / e);
            double logDice = 14 + Stats.log2(2.0 * o / (nodeFreq + c));
            return new Collocate(node, collocate, o, nodeFreq, c, r, g, mi, logDice);
        }
    }
}
