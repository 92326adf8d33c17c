package dev.lede.reuse;

import dev.lede.display.Tables;
import dev.lede.corpus.Tokens;
import dev.lede.display.MimeBundle;
import dev.lede.display.Rendering;
import dev.lede.display.Renderable;
import dev.lede.text.DocumentTokens;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import tech.tablesaw.api.Table;

/**
 * Reuse score of every pair of documents that share a passage: the share of each document's
 * tokens that lie inside its non-boilerplate shared passages with the other (gaps the alignment
 * bridged included), and {@link Pair#score()} = the larger of the two, i.e. how much of the more
 * dependent document the pair explains. Pairs that share only boilerplate are listed with score 0.
 * With the semantic pass ({@link Paraphrases}) the tokens of paraphrased sentences count too, and
 * pairs that share only paraphrases are listed; the table then has a column {@link #PARAPHRASES}.
 *
 * <pre>{@code
 * ReuseScores s = TextReuse.standard().find(corpus).scores();
 * s.score("003", "004");          // share of the more covered of the two
 * s.coverage("004", "003");       // share of 004 covered by passages shared with 003
 * s.table();
 * }</pre>
 */
public final class ReuseScores implements Renderable {

    public static final String FIRST = "first";
    public static final String SECOND = "second";
    public static final String PASSAGES = "passages";
    public static final String FIRST_TOKENS = "first_tokens";
    public static final String SECOND_TOKENS = "second_tokens";
    public static final String FIRST_COVERAGE = "first_coverage";
    public static final String SECOND_COVERAGE = "second_coverage";
    public static final String SCORE = "score";
    public static final String BOILERPLATE_PASSAGES = "boilerplate_passages";
    /** Column present only when the semantic pass ran: paraphrased sentence pairs. */
    public static final String PARAPHRASES = "paraphrases";

    /**
     * One pair: {@code first} as in its passages (earlier date, else smaller id), the number of
     * non-boilerplate passages, the tokens of each document inside them (and inside its paraphrased
     * sentences), coverage = those tokens / the document's tokens, and the number of paraphrased
     * sentence pairs (0 without the semantic pass).
     */
    public record Pair(String first, String second, int passages, int firstTokens, int secondTokens,
                       double firstCoverage, double secondCoverage, int boilerplatePassages, int paraphrases) {
        /** The larger coverage. */
        public double score() {
            return Math.max(firstCoverage, secondCoverage);
        }
    }

    private final List<Pair> pairs;
    /** Lookup only (never iterated): both orders of each pair. */
    private final java.util.HashMap<String, Pair> byKey = new java.util.HashMap<>();

    /** The ids of the corpus scored: asking for any other is an error, not a score of 0. */
    private final java.util.Set<String> known;

    private final boolean semantic;

    private ReuseScores(List<Pair> pairs, java.util.Set<String> known, boolean semantic) {
        this.pairs = List.copyOf(pairs);
        this.known = known;
        this.semantic = semantic;
        for (Pair p : this.pairs) {
            byKey.put(p.first() + "\u0000" + p.second(), p);
            byKey.put(p.second() + "\u0000" + p.first(), p);
        }
    }

    /** @param paraphrases the semantic pass's pairs, null when it did not run */
    static ReuseScores of(Tokens tokens, List<SharedPassage> all, List<ParaphrasePair> paraphrases) {
        TreeMap<String, List<SharedPassage>> byPair = new TreeMap<>();
        for (SharedPassage p : all) {
            byPair.computeIfAbsent(p.first() + "\u0000" + p.second(), k -> new ArrayList<>()).add(p);
        }
        TreeMap<String, List<ParaphrasePair>> paraphrased = new TreeMap<>();
        for (ParaphrasePair p : paraphrases == null ? List.<ParaphrasePair>of() : paraphrases) {
            String key = p.first() + "\u0000" + p.second();
            paraphrased.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
            byPair.computeIfAbsent(key, k -> new ArrayList<>());
        }
        java.util.HashMap<String, Integer> index = new java.util.HashMap<>();
        List<String> ids = tokens.corpus().ids();
        for (int i = 0; i < ids.size(); i++) {
            index.put(ids.get(i), i);
        }
        List<Pair> out = new ArrayList<>();
        for (var entry : byPair.entrySet()) {
            List<SharedPassage> ps = entry.getValue();
            int z = entry.getKey().indexOf('\u0000');
            String a = entry.getKey().substring(0, z);
            String b = entry.getKey().substring(z + 1);
            DocumentTokens ta = tokens.document(index.get(a));
            DocumentTokens tb = tokens.document(index.get(b));
            BitSet ca = new BitSet(ta.size());
            BitSet cb = new BitSet(tb.size());
            int n = 0;
            int bp = 0;
            for (SharedPassage p : ps) {
                if (p.boilerplate()) {
                    bp++;
                    continue;
                }
                n++;
                mark(ta, p.firstStart(), p.firstEnd(), ca);
                mark(tb, p.secondStart(), p.secondEnd(), cb);
            }
            List<ParaphrasePair> pp = paraphrased.getOrDefault(entry.getKey(), List.of());
            for (ParaphrasePair p : pp) {
                mark(ta, p.firstStart(), p.firstEnd(), ca);
                mark(tb, p.secondStart(), p.secondEnd(), cb);
            }
            int ka = ca.cardinality();
            int kb = cb.cardinality();
            out.add(new Pair(a, b, n, ka, kb, ta.size() == 0 ? 0 : (double) ka / ta.size(),
                    tb.size() == 0 ? 0 : (double) kb / tb.size(), bp, pp.size()));
        }
        out.sort(Comparator.comparingDouble(Pair::score).reversed().thenComparing(Pair::first)
                .thenComparing(Pair::second));
        return new ReuseScores(out, java.util.Set.copyOf(ids), paraphrases != null);
    }

    /** Marks the tokens lying inside the character range [start, end). */
    private static void mark(DocumentTokens t, int start, int end, BitSet into) {
        int lo = 0;
        int hi = t.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (t.start(mid) < start) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int i = lo; i < t.size() && t.end(i) <= end; i++) {
            into.set(i);
        }
    }

    /** All pairs that share a passage (boilerplate included), highest score first, ties by ids. */
    public List<Pair> pairs() {
        return pairs;
    }

    /**
     * Score of the pair {@code a}, {@code b} in either order; 0 when they share nothing. An id
     * that is not in the corpus is an error naming the nearest ids ({@link dev.lede.corpus.io.DocumentIds}).
     */
    public double score(String a, String b) {
        return find(a, b).map(Pair::score).orElse(0.0);
    }

    /** Share of {@code of}'s tokens inside passages it shares with {@code with}; 0 when none. */
    public double coverage(String of, String with) {
        return find(of, with).map(p -> p.first().equals(of) ? p.firstCoverage() : p.secondCoverage()).orElse(0.0);
    }

    private java.util.Optional<Pair> find(String a, String b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        dev.lede.corpus.io.DocumentIds.require(a, known, "reuse result");
        dev.lede.corpus.io.DocumentIds.require(b, known, "reuse result");
        return java.util.Optional.ofNullable(byKey.get(a + "\u0000" + b));
    }

    /**
     * One row per pair, sorted like {@link #pairs()}: {@link #FIRST}, {@link #SECOND} (text),
     * {@link #PASSAGES}, {@link #FIRST_TOKENS}, {@link #SECOND_TOKENS} (integers),
     * {@link #FIRST_COVERAGE}, {@link #SECOND_COVERAGE}, {@link #SCORE} (doubles),
     * {@link #BOILERPLATE_PASSAGES} (integer), and with the semantic pass {@link #PARAPHRASES}
     * (integer). Named {@code "reuse scores"}.
     */
    public Table table() {
        List<Tables.Field<Pair>> fields = new ArrayList<>(List.of(
                Tables.text(FIRST, Pair::first),
                Tables.text(SECOND, Pair::second),
                Tables.integer(PASSAGES, Pair::passages),
                Tables.integer(FIRST_TOKENS, Pair::firstTokens),
                Tables.integer(SECOND_TOKENS, Pair::secondTokens),
                Tables.decimal(FIRST_COVERAGE, Pair::firstCoverage),
                Tables.decimal(SECOND_COVERAGE, Pair::secondCoverage),
                Tables.decimal(SCORE, Pair::score),
                Tables.integer(BOILERPLATE_PASSAGES, Pair::boilerplatePassages)));
        if (semantic) {
            fields.add(Tables.integer(PARAPHRASES, Pair::paraphrases));
        }
        return Tables.of("reuse scores", pairs, fields);
    }

    @Override
    public MimeBundle toMimeBundle() {
        Table t = table();
        String caption = "Reuse scores: " + pairs.size() + " pairs";
        return Rendering.table(t, caption);
    }

    @Override
    public String toString() {
        return toMimeBundle().get(MimeBundle.TEXT_PLAIN);
    }
}
