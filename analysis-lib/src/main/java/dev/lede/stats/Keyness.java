package dev.lede.stats;

import dev.lede.display.Tables;
import dev.lede.corpus.Document;
import dev.lede.corpus.TermFrequencies;
import dev.lede.corpus.Tokens;
import dev.lede.display.Chart;
import dev.lede.display.Rendering;
import dev.lede.display.FreqCharts;
import dev.lede.display.MimeBundle;
import dev.lede.display.Renderable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Predicate;
import tech.tablesaw.api.Table;

/**
 * Keyness: which terms a target uses more (or less) than a reference. Immutable; filters and
 * sorts return new objects.
 *
 * <p>For a term seen {@code a} times in a target of {@code n1} tokens and {@code b} times in a
 * reference of {@code n2} tokens:
 * <ul>
 *   <li>{@value #G2}: log-likelihood G² (Dunning 1993) on the 4-cell contingency table
 *       [[a, b], [n1-a, n2-b]] with expected values from the margins, as in Rayson &amp; Garside
 *       (2000): G² = 2 &Sigma; O ln(O/E) over the four cells (0 ln 0 = 0). Signed: + when the
 *       target's relative frequency is higher (overuse), - when lower;</li>
 *   <li>{@value #P_VALUE}: P(&chi;²(1) &ge; |G²|), from the regularized upper incomplete gamma
 *       function Q(1/2, G²/2) of Apache Commons Math;</li>
 *   <li>{@value #LOG_RATIO}: Log Ratio (Hardie 2014), log2((a/n1) / (b/n2)). A zero count on
 *       either side is replaced by 0.5 before dividing, as Hardie (2014, "Log Ratio &ndash; an
 *       informal introduction", CASS, Lancaster) suggests, so terms absent on one side get a
 *       finite value (this counts as if half an occurrence had been seen);</li>
 *   <li>{@value #PERCENT_DIFF}: %DIFF (Gabrielatos &amp; Marchi 2012), 100 (NF1 - NF2) / NF2 with
 *       normalised frequencies per 10,000 tokens; when NF2 = 0 it is replaced by 1E-18 as the
 *       authors do, which gives a very large value for terms absent from the reference
 *       ({@link #percentDiff}); in {@link #table()} such a term's %DIFF is +&infin; (shown &infin;),
 *       which is what that value stands for.</li>
 * </ul>
 *
 * <p>{@link #table()} has the fixed schema
 * <table>
 *   <caption>Keyness table</caption>
 *   <tr><th>column</th><th>type</th></tr>
 *   <tr><td>{@value #TERM}</td><td>string</td></tr>
 *   <tr><td>{@value #TARGET_COUNT}, {@value #REFERENCE_COUNT}</td><td>int</td></tr>
 *   <tr><td>{@value #TARGET_PER_10K}, {@value #REFERENCE_PER_10K}</td><td>double</td></tr>
 *   <tr><td>{@value #G2}, {@value #P_VALUE}, {@value #LOG_RATIO}, {@value #PERCENT_DIFF}</td><td>double</td></tr>
 * </table>
 * Rows are sorted by the chosen {@link Order} descending (default {@link Order#G2}), ties by term.
 *
 * <pre>{@code
 * Tokens tokens = corpus.tokens();
 * Keyness k = Keyness.of(tokens, d -> "BBC".equals(d.metadata().relays()))
 *         .significant(0.05).minCount(3).sortBy(Keyness.Order.LOG_RATIO);
 * k.positive().top(10).table();
 * k.chart(10);
 * }</pre>
 */
public final class Keyness implements Renderable {

    public static final String TERM = "term";
    public static final String TARGET_COUNT = "target_count";
    public static final String REFERENCE_COUNT = "reference_count";
    public static final String TARGET_PER_10K = "target_per_10k";
    public static final String REFERENCE_PER_10K = "reference_per_10k";
    public static final String G2 = "g2";
    public static final String P_VALUE = "p_value";
    public static final String LOG_RATIO = "log_ratio";
    public static final String PERCENT_DIFF = "percent_diff";

    /** What to sort by (descending; ties by term). */
    public enum Order {
        /** Signed log-likelihood: strongest evidence of overuse first. */
        G2,
        /** Log Ratio: largest effect first. */
        LOG_RATIO,
        /** %DIFF. */
        PERCENT_DIFF;

        double of(KeyTerm k) {
            return switch (this) {
                case G2 -> k.g2();
                case LOG_RATIO -> k.logRatio();
                case PERCENT_DIFF -> k.percentDiff();
            };
        }
    }

    private final String targetName;
    private final String referenceName;
    private final long targetTokens;
    private final long referenceTokens;
    private final List<KeyTerm> terms;
    private final Order order;

    private Keyness(String targetName, String referenceName, long targetTokens, long referenceTokens,
                    List<KeyTerm> terms, Order order) {
        this.targetName = targetName;
        this.referenceName = referenceName;
        this.targetTokens = targetTokens;
        this.referenceTokens = referenceTokens;
        this.terms = List.copyOf(terms);
        this.order = order;
    }

    /** Every term of either side, target against reference. */
    public static Keyness of(TermFrequencies target, TermFrequencies reference) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(reference, "reference");
        if (target.size() != target.vocabularySize() || reference.size() != reference.vocabularySize()) {
            throw new IllegalArgumentException("keyness needs the full frequency lists, not top(n) or minCount(n)"
                    + " slices: pass tokens.frequencies() for both sides");
        }
        if (target.totalTokens() == 0 || reference.totalTokens() == 0) {
            throw new IllegalArgumentException("keyness needs tokens on both sides; the target has "
                    + target.totalTokens() + " and the reference " + reference.totalTokens()
                    + " (after stopword removal?): check the selection");
        }
        TreeSet<String> all = new TreeSet<>(target.terms());
        all.addAll(reference.terms());
        long n1 = target.totalTokens();
        long n2 = reference.totalTokens();
        List<KeyTerm> out = new ArrayList<>(all.size());
        for (String t : all) {
            out.add(KeyTerm.of(t, target.count(t), reference.count(t), n1, n2));
        }
        out.sort(comparator(Order.G2));
        return new Keyness(target.label(), reference.label(), n1, n2, out, Order.G2);
    }

    /** Two token sets, e.g. two corpora. */
    public static Keyness of(Tokens target, Tokens reference) {
        return of(target.frequencies(), reference.frequencies());
    }

    /** The documents that match {@code target} against the rest of the same tokens. */
    public static Keyness of(Tokens tokens, Predicate<Document> target) {
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(target, "target");
        List<Integer> in = new ArrayList<>();
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            (target.test(tokens.corpus().document(i)) ? in : out).add(i);
        }
        if (in.isEmpty() || out.isEmpty()) {
            throw new IllegalArgumentException("the target selects " + in.size() + " of " + tokens.size()
                    + " documents; keyness needs at least one document on each side");
        }
        Keyness k = of(tokens.subset(in).frequencies(),
                tokens.subset(out).frequencies());
        return new Keyness("target", "rest", k.targetTokens, k.referenceTokens, k.terms, k.order);
    }

    /** The documents whose metadata {@code field} equals {@code value} against all others. */
    public static Keyness groupVsRest(Tokens tokens, String field, String value) {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
        Keyness k = of(tokens, d -> value.equals(d.get(field)));
        return new Keyness(field + "=" + value, "rest", k.targetTokens, k.referenceTokens, k.terms, k.order);
    }

    /** A copy with names for the two sides (used in captions and chart legends). */
    public Keyness named(String target, String reference) {
        return new Keyness(Objects.requireNonNull(target, "target"), Objects.requireNonNull(reference, "reference"),
                targetTokens, referenceTokens, terms, order);
    }

    /** Signed G² of one term (see class comment). */
    public static double logLikelihood(long a, long b, long n1, long n2) {
        return Stats.keynessG2(a, b, n1, n2);
    }

    /** P(&chi;²(1) &ge; |g2|). */
    public static double pValue(double g2) {
        return Stats.chiSquare1Sf(Math.abs(g2));
    }

    /** Log Ratio of one term (see class comment for zero counts). */
    public static double logRatio(long a, long b, long n1, long n2) {
        return Stats.logRatio(a, b, n1, n2);
    }

    /** %DIFF of one term (see class comment for zero counts). */
    public static double percentDiff(long a, long b, long n1, long n2) {
        return Stats.percentDiff(a, b, n1, n2);
    }

    private static Comparator<KeyTerm> comparator(Order o) {
        return Comparator.comparingDouble((KeyTerm k) -> -o.of(k)).thenComparing(KeyTerm::term);
    }

    /** Sorted by {@code o} descending, ties by term. */
    public Keyness sortBy(Order o) {
        Objects.requireNonNull(o, "order");
        List<KeyTerm> s = new ArrayList<>(terms);
        s.sort(comparator(o));
        return with(s, o);
    }

    /** Terms with p &le; {@code maxP} (e.g. 0.05, 0.01, 0.0001). */
    public Keyness significant(double maxP) {
        if (!(maxP > 0 && maxP <= 1)) {
            throw new IllegalArgumentException("p threshold must be in (0, 1], got " + maxP);
        }
        return with(terms.stream().filter(k -> k.pValue() <= maxP).toList(), order);
    }

    /** Terms seen at least {@code min} times in target and reference together. */
    public Keyness minCount(int min) {
        return with(terms.stream().filter(k -> k.targetCount() + k.referenceCount() >= min).toList(), order);
    }

    /** Terms the target overuses (G² &gt; 0), in the current order. */
    public Keyness positive() {
        return with(terms.stream().filter(k -> k.g2() > 0).toList(), order);
    }

    /**
     * Terms the target underuses (G² &lt; 0), most negative first by the current measure (ties by
     * term): the terms key in the reference.
     */
    public Keyness negative() {
        List<KeyTerm> s = new ArrayList<>(terms.stream().filter(k -> k.g2() < 0).toList());
        s.sort(Comparator.comparingDouble((KeyTerm k) -> order.of(k)).thenComparing(KeyTerm::term));
        return with(s, order);
    }

    /** The first {@code n} terms. */
    public Keyness top(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("top n must be >= 0, got " + n);
        }
        return with(terms.subList(0, Math.min(n, terms.size())), order);
    }

    private Keyness with(List<KeyTerm> t, Order o) {
        return new Keyness(targetName, referenceName, targetTokens, referenceTokens, t, o);
    }

    public List<KeyTerm> terms() {
        return terms;
    }

    /** The row for {@code term}, if listed. */
    public java.util.Optional<KeyTerm> term(String term) {
        return terms.stream().filter(k -> k.term().equals(term)).findFirst();
    }

    public int size() {
        return terms.size();
    }

    public long targetTokens() {
        return targetTokens;
    }

    public long referenceTokens() {
        return referenceTokens;
    }

    public Order order() {
        return order;
    }

    /** The table described in the class comment. */
    public Table table() {
        return Tables.of("keyness " + targetName + " vs " + referenceName, terms,
                Tables.text(TERM, KeyTerm::term),
                Tables.integer(TARGET_COUNT, KeyTerm::targetCount),
                Tables.integer(REFERENCE_COUNT, KeyTerm::referenceCount),
                Tables.decimal(TARGET_PER_10K, KeyTerm::targetPer10k),
                Tables.decimal(REFERENCE_PER_10K, KeyTerm::referencePer10k),
                Tables.decimal(G2, KeyTerm::g2),
                Tables.decimal(P_VALUE, KeyTerm::pValue),
                Tables.decimal(LOG_RATIO, KeyTerm::logRatio),
                // absent from the reference: %DIFF is infinite (shown ∞), not the 1E-18 rule's 1E+22 or so
                Tables.decimal(PERCENT_DIFF, k -> k.referenceCount() == 0 ? Double.POSITIVE_INFINITY : k.percentDiff()));
    }

    /**
     * A diverging bar chart of the {@code n} most positive and {@code n} most negative terms by the
     * current order's measure: target's key terms to the right, the reference's to the left.
     */
    public Chart chart(int n) {
        // by the sign of the plotted measure: with the 0.5 substitution a rare term can have G² > 0
        // and Log Ratio < 0, and its bar must sit on the side its value says
        List<KeyTerm> pos = terms.stream().filter(k -> order.of(k) > 0).sorted(comparator(order)).limit(n).toList();
        List<KeyTerm> neg = terms.stream().filter(k -> order.of(k) < 0)
                .sorted(Comparator.comparingDouble((KeyTerm k) -> order.of(k)).thenComparing(KeyTerm::term))
                .limit(n).toList();
        List<String> names = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (KeyTerm k : pos) {
            names.add(k.term());
            values.add(order.of(k));
        }
        List<KeyTerm> negRev = new ArrayList<>(neg);
        Collections.reverse(negRev);
        for (KeyTerm k : negRev) {
            names.add(k.term());
            values.add(order.of(k));
        }
        String measure = switch (order) {
            case G2 -> "signed log-likelihood G²";
            case LOG_RATIO -> "Log Ratio (log2)";
            case PERCENT_DIFF -> "%DIFF";
        };
        return FreqCharts.diverging("Keyness: " + targetName + " vs " + referenceName, measure, names, values,
                "key in " + targetName, "key in " + referenceName);
    }

    @Override
    public MimeBundle toMimeBundle() {
        Table t = table();
        String caption = "Keyness of " + targetName + " (" + targetTokens + " tokens) against " + referenceName + " ("
                + referenceTokens + " tokens), " + terms.size() + " terms, sorted by " + order;
        return Rendering.table(t, caption);
    }

    @Override
    public String toString() {
        return "Keyness[" + targetName + " vs " + referenceName + ", " + terms.size() + " terms]";
    }

    /**
     * One term's keyness.
     *
     * @param term the term
     * @param targetCount occurrences in the target
     * @param referenceCount occurrences in the reference
     * @param targetPer10k target occurrences per 10,000 target tokens
     * @param referencePer10k reference occurrences per 10,000 reference tokens
     * @param g2 signed log-likelihood
     * @param pValue chi-square (1 df) p-value of |g2|
     * @param logRatio Log Ratio
     * @param percentDiff %DIFF
     */
    public record KeyTerm(String term, int targetCount, int referenceCount, double targetPer10k,
                          double referencePer10k, double g2, double pValue, double logRatio, double percentDiff) {

        static KeyTerm of(String term, int a, int b, long n1, long n2) {
            double g = Stats.keynessG2(a, b, n1, n2);
            return new KeyTerm(term, a, b, TermFrequencies.per10k(a, n1), TermFrequencies.per10k(b, n2), g, Stats.chiSquare1Sf(Math.abs(g)),
                    Stats.logRatio(a, b, n1, n2), Stats.percentDiff(a, b, n1, n2));
        }
    }
}
