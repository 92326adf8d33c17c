package dev.lede.reuse;

import dev.lede.display.Tables;
import dev.lede.corpus.Corpus;
import dev.lede.corpus.Tokens;
import dev.lede.display.MimeBundle;
import dev.lede.display.Renderable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import tech.tablesaw.api.Table;

/**
 * What {@link TextReuse#find(Tokens)} found: the shared passages, the boilerplate passages kept
 * apart, the shingles dropped as too common, and per-pair {@link #scores() reuse scores}.
 * Passages are sorted by first document, second document, then offsets. With the semantic pass
 * ({@link TextReuse.Builder#paraphrases(Paraphrases)}) also the {@link #paraphrases() paraphrased
 * sentence pairs} (reuse of kind paraphrase) and the stock sentences left out.
 *
 * <pre>{@code
 * SharedPassages found = TextReuse.standard().find(corpus);
 * for (SharedPassage p : found.between("003", "004")) {
 *     System.out.println(p.firstText() + "  |  " + p.secondText());
 * }
 * found.table();   // one row per passage, boilerplate included (column "boilerplate")
 * }</pre>
 */
public final class SharedPassages implements Renderable {

    public static final String FIRST = "first";
    public static final String SECOND = "second";
    public static final String FIRST_START = "first_start";
    public static final String FIRST_END = "first_end";
    public static final String SECOND_START = "second_start";
    public static final String SECOND_END = "second_end";
    public static final String TOKENS = "tokens";
    public static final String BOILERPLATE = "boilerplate";
    public static final String FIRST_TEXT = "first_text";
    public static final String SECOND_TEXT = "second_text";
    /** Column of {@link #paraphraseTable()}: the cosine similarity of the two sentences. */
    public static final String SIMILARITY = "similarity";

    static final Comparator<SharedPassage> ORDER = Comparator.comparing(SharedPassage::first)
            .thenComparing(SharedPassage::second).thenComparingInt(SharedPassage::firstStart)
            .thenComparingInt(SharedPassage::secondStart).thenComparingInt(SharedPassage::firstEnd)
            .thenComparingInt(SharedPassage::secondEnd);

    private final List<SharedPassage> passages;
    private final List<SharedPassage> boilerplate;
    private final List<String> commonShingles;
    private final ReuseScores scores;
    private final TextReuse options;
    private final int documents;
    private final java.util.Set<String> known;
    private final boolean semantic;
    private final List<ParaphrasePair> paraphrases;
    private final List<String> commonSentences;

    SharedPassages(Corpus corpus, Tokens tokens, List<SharedPassage> all, List<String> commonShingles,
                   TextReuse options, ParaphraseFinder.Result semantic) {
        List<SharedPassage> sorted = new ArrayList<>(all);
        sorted.sort(ORDER);
        this.passages = sorted.stream().filter(p -> !p.boilerplate()).toList();
        this.boilerplate = sorted.stream().filter(SharedPassage::boilerplate).toList();
        this.commonShingles = List.copyOf(commonShingles);
        this.options = options;
        this.documents = corpus.size();
        this.known = java.util.Set.copyOf(corpus.ids());
        this.semantic = semantic != null;
        this.paraphrases = semantic == null ? List.of() : semantic.pairs();
        this.commonSentences = semantic == null ? List.of() : semantic.commonSentences();
        this.scores = ReuseScores.of(tokens, sorted, semantic == null ? null : paraphrases);
    }

    /** The shared passages that are not boilerplate. */
    public List<SharedPassage> passages() {
        return passages;
    }

    /** Passages classified as web boilerplate; they count for no score. */
    public List<SharedPassage> boilerplate() {
        return boilerplate;
    }

    /**
     * The non-boilerplate passages between {@code a} and {@code b} (either order); an id not in
     * the corpus is an error naming the nearest ids, never an empty answer.
     */
    public List<SharedPassage> between(String a, String b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        dev.lede.corpus.io.DocumentIds.require(a, known, "reuse result");
        dev.lede.corpus.io.DocumentIds.require(b, known, "reuse result");
        return passages.stream().filter(p -> p.between(a, b)).toList();
    }

    /**
     * The paraphrased sentence pairs (reuse of kind paraphrase), sorted by first, second, then
     * offsets; empty when the semantic pass was not asked for.
     */
    public List<ParaphrasePair> paraphrases() {
        return paraphrases;
    }

    /** The paraphrased sentence pairs between {@code a} and {@code b} (either order); unknown ids as in {@link #between}. */
    public List<ParaphrasePair> paraphrases(String a, String b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        dev.lede.corpus.io.DocumentIds.require(a, known, "reuse result");
        dev.lede.corpus.io.DocumentIds.require(b, known, "reuse result");
        return paraphrases.stream().filter(p -> p.between(a, b)).toList();
    }

    /** Whether the semantic pass ran (paraphrases were asked for). */
    public boolean hasParaphrases() {
        return semantic;
    }

    /**
     * Sentences left out of the semantic pass as stock wording (similar to sentences of too many
     * documents, see {@link Paraphrases}), whitespace collapsed, sorted; empty without the pass.
     */
    public List<String> commonSentences() {
        return commonSentences;
    }

    /**
     * One row per paraphrased sentence pair, sorted like {@link #paraphrases()}: {@link #FIRST},
     * {@link #SECOND} (text), {@link #FIRST_START}, {@link #FIRST_END}, {@link #SECOND_START},
     * {@link #SECOND_END} (integers), {@link #SIMILARITY} (double), {@link #FIRST_TEXT},
     * {@link #SECOND_TEXT} (text). Named {@code "paraphrases"}.
     */
    public Table paraphraseTable() {
        return Tables.of("paraphrases", paraphrases,
                Tables.text(FIRST, ParaphrasePair::first),
                Tables.text(SECOND, ParaphrasePair::second),
                Tables.integer(FIRST_START, ParaphrasePair::firstStart),
                Tables.integer(FIRST_END, ParaphrasePair::firstEnd),
                Tables.integer(SECOND_START, ParaphrasePair::secondStart),
                Tables.integer(SECOND_END, ParaphrasePair::secondEnd),
                Tables.decimal(SIMILARITY, ParaphrasePair::similarity),
                Tables.text(FIRST_TEXT, ParaphrasePair::firstText),
                Tables.text(SECOND_TEXT, ParaphrasePair::secondText));
    }

    /** The shingles dropped as too common (terms joined by a space), sorted. */
    public List<String> commonShingles() {
        return commonShingles;
    }

    /** Reuse scores per pair of documents. */
    public ReuseScores scores() {
        return scores;
    }

    public TextReuse options() {
        return options;
    }

    /**
     * One row per passage, boilerplate included: {@link #FIRST}, {@link #SECOND} (text),
     * {@link #FIRST_START}, {@link #FIRST_END}, {@link #SECOND_START}, {@link #SECOND_END},
     * {@link #TOKENS} (integers), {@link #BOILERPLATE} (boolean), {@link #FIRST_TEXT},
     * {@link #SECOND_TEXT} (text). Sorted like {@link #passages()}, boilerplate rows last.
     * Named {@code "shared passages"}.
     */
    public Table table() {
        List<SharedPassage> rows = new ArrayList<>(passages);
        rows.addAll(boilerplate);
        return tableOf(rows);
    }

    /** Passages found elsewhere (dev.lede.spark) in the order of {@link #table()}: sorted, boilerplate last. */
    public static List<SharedPassage> ordered(List<SharedPassage> all) {
        List<SharedPassage> sorted = new ArrayList<>(all);
        sorted.sort(ORDER);
        List<SharedPassage> out = new ArrayList<>(sorted.stream().filter(p -> !p.boilerplate()).toList());
        out.addAll(sorted.stream().filter(SharedPassage::boilerplate).toList());
        return List.copyOf(out);
    }

    /** {@link #table()} of passages found elsewhere (dev.lede.spark), in the order given. */
    public static Table tableOf(List<SharedPassage> rows) {
        return Tables.of("shared passages", rows,
                Tables.text(FIRST, SharedPassage::first),
                Tables.text(SECOND, SharedPassage::second),
                Tables.integer(FIRST_START, SharedPassage::firstStart),
                Tables.integer(FIRST_END, SharedPassage::firstEnd),
                Tables.integer(SECOND_START, SharedPassage::secondStart),
                Tables.integer(SECOND_END, SharedPassage::secondEnd),
                Tables.integer(TOKENS, SharedPassage::tokens),
                Tables.bool(BOILERPLATE, SharedPassage::boilerplate),
                Tables.text(FIRST_TEXT, SharedPassage::firstText),
                Tables.text(SECOND_TEXT, SharedPassage::secondText));
    }

    /**
     * A summary line, the passages side by side (escaped), then the boilerplate passages; with the
     * semantic pass, then the paraphrased sentence pairs.
     */
    @Override
    public MimeBundle toMimeBundle() {
        String summary = summary();
        String text = ReuseRender.passagesText(summary, passages, boilerplate);
        String html = ReuseRender.passagesHtml(summary, passages, boilerplate);
        if (semantic) {
            String caption = "Paraphrases: " + paraphrases.size() + " sentence pairs";
            text += dev.lede.display.Rendering.text(paraphraseTable(), caption);
            html += dev.lede.display.Rendering.html(paraphraseTable(), caption);
        }
        return MimeBundle.builder().text(text).html(html).build();
    }

    private String summary() {
        return passages.size() + " shared passages between " + scores.pairs().stream()
                .filter(p -> p.passages() > 0).count() + " pairs of " + documents + " documents; "
                + boilerplate.size() + " boilerplate passages excluded; " + commonShingles.size()
                + " common shingles dropped"
                + (semantic ? "; " + paraphrases.size() + " paraphrased sentence pairs (similarity >= "
                + java.math.BigDecimal.valueOf(options.paraphrases().orElseThrow().minSimilarity()).stripTrailingZeros()
                .toPlainString() + "), "
                + commonSentences.size() + " stock sentences left out" : "");
    }

    @Override
    public String toString() {
        return toMimeBundle().get(MimeBundle.TEXT_PLAIN);
    }
}
