package dev.lede.reuse;

import dev.lede.corpus.Corpus;
import dev.lede.corpus.Document;
import dev.lede.corpus.Tokens;
import dev.lede.progress.Progress;
import dev.lede.text.DocumentTokens;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds the passages documents share (text reuse): word n-gram shingles over the documents'
 * tokens, candidate pairs, then an alignment that extends matching shingles into maximal
 * passages. Immutable; configure with {@link #builder()}.
 *
 * <p>How it works, and what each option changes:
 * <ol>
 * <li><b>Shingles.</b> Every run of {@link Builder#shingleSize(int) shingleSize} consecutive
 * tokens (default {@value #DEFAULT_SHINGLE_SIZE}) is hashed to 64 bits. Use the standard tokens
 * (stopwords kept): reuse is about verbatim wording.</li>
 * <li><b>Common shingles.</b> A shingle found in more than {@link Builder#maxDocumentFrequency(double)
 * maxDocumentFrequency} of the documents (default {@value #DEFAULT_MAX_DOCUMENT_FREQUENCY}) and in
 * at least three of them is the corpus's shared vocabulary (the event's own name, "Putin's visit
 * to North Korea"), not evidence of reuse: it is dropped, so it neither makes two documents
 * candidates nor starts or extends a passage (a passage can still bridge it as a gap). The filter
 * applies only to corpora of at least {@value #FREQUENCY_FILTER_MIN_DOCUMENTS} documents: in
 * smaller ones "most documents" is two or three and the filter would drop genuine reuse.
 * {@link SharedPassages#commonShingles()} lists what was dropped. Caveat: when most documents
 * of a corpus are copies of one wire story, that story is "common" too and is dropped; give
 * {@code maxDocumentFrequency(1.0)} (filter off) for such corpora.</li>
 * <li><b>Candidates.</b> Up to {@value #DEFAULT_EXACT_UP_TO} documents every pair sharing a
 * shingle is aligned (exact); above, MinHash with locality-sensitive hashing picks the pairs
 * ({@link CandidateSearch}; {@link Builder#bands(int)} &times; {@link Builder#rows(int)} hash
 * functions, seeded by {@link Builder#seed(long)}, so the result is the same on every run; with
 * the default 32 &times; 2 a pair whose shingle sets have a Jaccard similarity above about
 * (1/32)^(1/2) = 0.18 is found with high probability, a short passage in two long documents
 * may be missed).</li>
 * <li><b>Alignment.</b> Matching shingles are chained in document order while the next match
 * starts at most {@link Builder#maxGap(int) maxGap} tokens (default {@value #DEFAULT_MAX_GAP})
 * after the previous one ends in both documents: a changed, inserted or dropped word does not
 * break a passage. A chain is a passage when it covers at least
 * {@link Builder#minPassageTokens(int) minPassageTokens} tokens (default
 * {@value #DEFAULT_MIN_PASSAGE_TOKENS}) of the first document. A shingle repeated more than
 * {@value #MAX_OCCURRENCES} times in one document does not seed passages.</li>
 * <li><b>Boilerplate.</b> A passage at least half of whose tokens (in either document) are web
 * template text is reported as boilerplate ({@link SharedPassages#boilerplate()}) and counts
 * for no reuse score. Template text is a known phrase of the maintained list
 * {@code dev/lede/reuse/boilerplate-phrases.txt} ("Your email address will not be published",
 * extend it with {@link Builder#boilerplatePhrases(List)}) or anything after a footer heading
 * such as "Leave a Reply" standing alone on a line in the second half of a document.</li>
 * <li><b>Paraphrases</b> (off unless {@link Builder#paraphrases(Paraphrases)} is given): sentences
 * two documents share in other words, found with a sentence-embedding model after the verbatim
 * passages ({@link Paraphrases} has the rules); their tokens count towards the
 * {@link ReuseScores reuse scores} beside the verbatim passages.</li>
 * </ol>
 * Pairs are ordered earlier document first where both have a {@code published} date, otherwise by
 * id. Empty documents and documents shorter than a shingle share nothing; identical documents
 * share one passage covering both; a corpus of one document has no pairs (all without error).
 *
 * <pre>{@code
 * Corpus corpus = Corpus.load(Path.of("data/putin-pyongyang-2024"))
 *         .filter(d -> d.metadata().kind() != DocumentKind.COMMENT);
 * SharedPassages found = TextReuse.standard().find(corpus);
 * found.between("003", "004");   // "a bilateral exchange of views", ...
 * found.boilerplate();           // 001/004 "Leave a Reply Your email address ..."
 * found.scores().table();        // one row per pair: coverage of each document
 * }</pre>
 */
public final class TextReuse {

    public static final int DEFAULT_SHINGLE_SIZE = 3;
    public static final int DEFAULT_MIN_PASSAGE_TOKENS = 5;
    public static final int DEFAULT_MAX_GAP = 4;
    public static final double DEFAULT_MAX_DOCUMENT_FREQUENCY = 0.5;
    /** The common-shingle filter is off for corpora with fewer documents than this. */
    public static final int FREQUENCY_FILTER_MIN_DOCUMENTS = 5;
    /** {@link CandidateSearch#AUTO} compares all pairs up to this many documents. */
    public static final int DEFAULT_EXACT_UP_TO = 500;
    public static final int DEFAULT_BANDS = 32;
    public static final int DEFAULT_ROWS = 2;
    public static final long DEFAULT_SEED = 20240619L;
    /** A shingle found more often than this in one document of a pair does not seed passages. */
    public static final int MAX_OCCURRENCES = 50;

    private final int shingleSize;
    private final int minPassageTokens;
    private final int maxGap;
    private final double maxDocumentFrequency;
    private final CandidateSearch candidates;
    private final int exactUpTo;
    private final int bands;
    private final int rows;
    private final long seed;
    private final boolean detectBoilerplate;
    private final List<String> boilerplatePhrases;
    private final Paraphrases paraphrases;

    private TextReuse(Builder b) {
        this.shingleSize = b.shingleSize;
        this.minPassageTokens = b.minPassageTokens;
        this.maxGap = b.maxGap;
        this.maxDocumentFrequency = b.maxDocumentFrequency;
        this.candidates = b.candidates;
        this.exactUpTo = b.exactUpTo;
        this.bands = b.bands;
        this.rows = b.rows;
        this.seed = b.seed;
        this.detectBoilerplate = b.detectBoilerplate;
        this.boilerplatePhrases = List.copyOf(b.boilerplatePhrases);
        this.paraphrases = b.paraphrases;
    }

    /** The defaults documented above. */
    public static TextReuse standard() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Passages shared by the documents of {@code corpus}, with its standard tokens. */
    public SharedPassages find(Corpus corpus) {
        Objects.requireNonNull(corpus, "corpus");
        return find(corpus.tokens());
    }

    /**
     * Passages shared by the documents of {@code tokens}. Offsets and texts come from the
     * tokens' character spans in each document's text, so any tokens of the corpus work
     * (e.g. stemmed, for reuse that tolerates inflection).
     */
    public SharedPassages find(Tokens tokens) {
        Objects.requireNonNull(tokens, "tokens");
        try (Progress progress = Progress.start("Text reuse: shingles", tokens.size(), Progress.Unit.DOCUMENTS)) {
            return find(tokens, progress);
        }
    }

    private SharedPassages find(Tokens tokens, Progress progress) {
        Corpus corpus = tokens.corpus();
        int n = tokens.size();
        List<Shingles> sh = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            sh.add(Shingles.of(tokens.document(i), shingleSize));
            progress.advance(1);
        }
        boolean exact = candidates == CandidateSearch.EXACT
                || candidates == CandidateSearch.AUTO && n <= exactUpTo;
        ReuseEngine.Settings s = new ReuseEngine.Settings(shingleSize, minPassageTokens, maxGap,
                maxDocumentFrequency, FREQUENCY_FILTER_MIN_DOCUMENTS, MAX_OCCURRENCES, exact, bands, rows, seed);
        progress.stage("Text reuse: finding candidate pairs", 0, Progress.Unit.PAIRS);
        long[] frequent = ReuseEngine.frequent(sh, s);
        List<boolean[]> usable = new ArrayList<>(n);
        for (Shingles d : sh) {
            usable.add(ReuseEngine.usable(d, frequent));
        }
        Boilerplate bp = detectBoilerplate ? Boilerplate.standard(boilerplatePhrases) : Boilerplate.none();
        boolean[][] template = new boolean[n][];
        long[] pairs = ReuseEngine.candidates(sh, usable, s);
        progress.stage("Text reuse: aligning candidate pairs", pairs.length, Progress.Unit.PAIRS);
        List<SharedPassage> passages = new ArrayList<>();
        for (long pair : pairs) {
            progress.advance(1);
            int x = (int) (pair / n);
            int y = (int) (pair % n);
            passages.addAll(pair(corpus, tokens, x, y, sh, usable, s, bp, template));
        }
        List<String> common = commonShingles(tokens, sh, frequent);
        ParaphraseFinder.Result semantic = null;
        if (paraphrases != null) {
            for (int d = 0; d < n; d++) {
                if (template[d] == null) {
                    template[d] = bp.mask(tokens.document(d), corpus.document(d).text());
                }
            }
            semantic = ParaphraseFinder.find(paraphrases, tokens, template,
                    passages.stream().filter(p -> !p.boilerplate()).toList(), FREQUENCY_FILTER_MIN_DOCUMENTS);
        }
        return new SharedPassages(corpus, tokens, passages, common, this, semantic);
    }

    /** The passages of candidate pair (x, y), aligned from the pair's first document. */
    private static List<SharedPassage> pair(Corpus corpus, Tokens tokens, int x, int y, List<Shingles> sh,
                                            List<boolean[]> usable, ReuseEngine.Settings s, Boilerplate bp,
                                            boolean[][] template) {
        // align from the pair's first document, so the result does not depend on corpus order
        boolean swap = before(corpus.document(y), corpus.document(x));
        int a = swap ? y : x;
        int b = swap ? x : y;
        List<ReuseEngine.Raw> raw = ReuseEngine.align(a, b, sh.get(a), usable.get(a), sh.get(b), usable.get(b), s);
        if (raw.isEmpty()) {
            return List.of();
        }
        for (int d : new int[] {a, b}) {
            if (template[d] == null) {
                template[d] = bp.mask(tokens.document(d), corpus.document(d).text());
            }
        }
        List<SharedPassage> out = new ArrayList<>(raw.size());
        for (ReuseEngine.Raw r : raw) {
            boolean boiler = share(template[a], r.aStart(), r.aEnd()) >= 0.5
                    || share(template[b], r.bStart(), r.bEnd()) >= 0.5;
            out.add(passage(tokens, corpus, a, r.aStart(), r.aEnd(), b, r.bStart(), r.bEnd(), r.matched(), boiler));
        }
        return out;
    }

    // ------------------------------------------------------------------ find in pieces (dev.lede.spark)

    /** The distinct shingle hashes of one document's tokens, sorted: what {@link #isCommon} is counted over. */
    public long[] shingleHashes(DocumentTokens tokens) {
        return Shingles.of(Objects.requireNonNull(tokens, "tokens"), shingleSize).distinct();
    }

    /**
     * Whether a shingle found in {@code documentFrequency} of {@code documents} documents is
     * common, and dropped (step 2 of the class comment).
     */
    public boolean isCommon(int documentFrequency, int documents) {
        return documents >= FREQUENCY_FILTER_MIN_DOCUMENTS && maxDocumentFrequency < 1.0 && documentFrequency >= 3
                && documentFrequency > maxDocumentFrequency * documents;
    }

    /**
     * The passages documents {@code x} and {@code y} (with their tokens) share, aligned exactly as
     * {@link #find(Tokens)} aligns a candidate pair, given the sorted hashes of the whole corpus's
     * common shingles ({@link #shingleHashes}, {@link #isCommon}): so a pair aligned on another
     * machine gives the passages the single-machine run gives for it.
     */
    public List<SharedPassage> align(Document x, DocumentTokens tx, Document y, DocumentTokens ty, long[] common) {
        Corpus pair = Corpus.of(x, y);
        Tokens tokens = Tokens.of(pair, List.of(tx, ty));
        List<Shingles> sh = List.of(Shingles.of(tx, shingleSize), Shingles.of(ty, shingleSize));
        long[] frequent = common.clone();
        java.util.Arrays.sort(frequent);
        List<boolean[]> usable = List.of(ReuseEngine.usable(sh.get(0), frequent), ReuseEngine.usable(sh.get(1), frequent));
        ReuseEngine.Settings s = new ReuseEngine.Settings(shingleSize, minPassageTokens, maxGap,
                maxDocumentFrequency, FREQUENCY_FILTER_MIN_DOCUMENTS, MAX_OCCURRENCES, true, bands, rows, seed);
        Boilerplate bp = detectBoilerplate ? Boilerplate.standard(boilerplatePhrases) : Boilerplate.none();
        return pair(pair, tokens, 0, 1, sh, usable, s, bp, new boolean[2][]);
    }

    private static SharedPassage passage(Tokens tokens, Corpus corpus, int x, int xs, int xe, int y, int ys, int ye,
                                         int matched, boolean boiler) {
        DocumentTokens tx = tokens.document(x);
        DocumentTokens ty = tokens.document(y);
        String textX = corpus.document(x).text();
        String textY = corpus.document(y).text();
        int cxs = tx.start(xs);
        int cxe = tx.end(xe - 1);
        int cys = ty.start(ys);
        int cye = ty.end(ye - 1);
        return new SharedPassage(corpus.document(x).id(), corpus.document(y).id(), cxs, cxe, cys, cye,
                textX.substring(cxs, cxe), textY.substring(cys, cye), matched, boiler);
    }

    private static double share(boolean[] mask, int from, int to) {
        int k = 0;
        for (int i = from; i < to; i++) {
            if (mask[i]) {
                k++;
            }
        }
        return to > from ? (double) k / (to - from) : 0;
    }

    /** True when {@code x} goes before {@code y}: earlier date when both are dated, else smaller id. */
    static boolean before(Document x, Document y) {
        Optional<LocalDate> dx = x.metadata().published();
        Optional<LocalDate> dy = y.metadata().published();
        if (dx.isPresent() && dy.isPresent() && !dx.get().equals(dy.get())) {
            return dx.get().isBefore(dy.get());
        }
        return x.id().compareTo(y.id()) < 0;
    }

    private List<String> commonShingles(Tokens tokens, List<Shingles> sh, long[] frequent) {
        java.util.TreeSet<String> out = new java.util.TreeSet<>();
        for (int d = 0; d < sh.size() && frequent.length > 0; d++) {
            Shingles s = sh.get(d);
            DocumentTokens t = tokens.document(d);
            for (int i = 0; i < s.count(); i++) {
                if (java.util.Arrays.binarySearch(frequent, s.hash(i)) >= 0) {
                    out.add(String.join(" ", t.terms().subList(i, i + shingleSize)));
                }
            }
        }
        return List.copyOf(out);
    }

    public int shingleSize() {
        return shingleSize;
    }

    public int minPassageTokens() {
        return minPassageTokens;
    }

    public int maxGap() {
        return maxGap;
    }

    public double maxDocumentFrequency() {
        return maxDocumentFrequency;
    }

    public CandidateSearch candidates() {
        return candidates;
    }

    public int exactUpTo() {
        return exactUpTo;
    }

    public int bands() {
        return bands;
    }

    public int rows() {
        return rows;
    }

    public long seed() {
        return seed;
    }

    /** The boilerplate phrases added to the maintained list ({@link Builder#boilerplatePhrases(List)}). */
    public List<String> boilerplatePhrases() {
        return boilerplatePhrases;
    }

    public boolean detectsBoilerplate() {
        return detectBoilerplate;
    }

    /** The semantic pass's settings, empty when it is off (the default). */
    public Optional<Paraphrases> paraphrases() {
        return Optional.ofNullable(paraphrases);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT,
                "TextReuse[shingleSize=%d, minPassageTokens=%d, maxGap=%d, maxDocumentFrequency=%s, candidates=%s, "
                        + "bands=%d, rows=%d, seed=%d, boilerplate=%s]",
                shingleSize, minPassageTokens, maxGap, maxDocumentFrequency, candidates, bands, rows, seed,
                detectBoilerplate) + (paraphrases == null ? "" : " + " + paraphrases);
    }

    /** Options of {@link TextReuse}; every setter checks its value. */
    public static final class Builder {
        private int shingleSize = DEFAULT_SHINGLE_SIZE;
        private int minPassageTokens = DEFAULT_MIN_PASSAGE_TOKENS;
        private int maxGap = DEFAULT_MAX_GAP;
        private double maxDocumentFrequency = DEFAULT_MAX_DOCUMENT_FREQUENCY;
        private CandidateSearch candidates = CandidateSearch.AUTO;
        private int exactUpTo = DEFAULT_EXACT_UP_TO;
        private int bands = DEFAULT_BANDS;
        private int rows = DEFAULT_ROWS;
        private long seed = DEFAULT_SEED;
        private boolean detectBoilerplate = true;
        private final List<String> boilerplatePhrases = new ArrayList<>();
        private Paraphrases paraphrases;

        private Builder() {
        }

        /** Tokens per shingle, 1 or more (default 3). */
        public Builder shingleSize(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("shingle size " + n + " < 1: give 1 or more tokens");
            }
            this.shingleSize = n;
            return this;
        }

        /** Least tokens a passage must cover (default 5); a passage always covers at least one shingle. */
        public Builder minPassageTokens(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("minPassageTokens " + n + " < 1: give 1 or more tokens");
            }
            this.minPassageTokens = n;
            return this;
        }

        /** Tokens of difference a passage may bridge between two matching shingles (default 4; 0 = exact runs). */
        public Builder maxGap(int tokens) {
            if (tokens < 0) {
                throw new IllegalArgumentException("maxGap " + tokens + " < 0: give 0 or more tokens");
            }
            this.maxGap = tokens;
            return this;
        }

        /** Share of documents above which a shingle is too common to count, in (0, 1]; 1 turns the filter off. */
        public Builder maxDocumentFrequency(double share) {
            if (!(share > 0 && share <= 1)) {
                throw new IllegalArgumentException("maxDocumentFrequency " + share + " is not in (0, 1]: give e.g. 0.5");
            }
            this.maxDocumentFrequency = share;
            return this;
        }

        public Builder candidates(CandidateSearch search) {
            this.candidates = Objects.requireNonNull(search, "search");
            return this;
        }

        /** Largest corpus that {@link CandidateSearch#AUTO} compares exactly (default 500). */
        public Builder exactUpTo(int documents) {
            if (documents < 0) {
                throw new IllegalArgumentException("exactUpTo " + documents + " < 0");
            }
            this.exactUpTo = documents;
            return this;
        }

        /** LSH bands (default 32). */
        public Builder bands(int bands) {
            if (bands < 1) {
                throw new IllegalArgumentException("bands " + bands + " < 1");
            }
            this.bands = bands;
            return this;
        }

        /** MinHash rows per LSH band (default 2). */
        public Builder rows(int rows) {
            if (rows < 1) {
                throw new IllegalArgumentException("rows " + rows + " < 1");
            }
            this.rows = rows;
            return this;
        }

        /** Seed of the MinHash functions. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** Whether to classify template passages as boilerplate (default true). */
        public Builder detectBoilerplate(boolean detect) {
            this.detectBoilerplate = detect;
            return this;
        }

        /** More phrases that count as web boilerplate, added to the built-in list. */
        public Builder boilerplatePhrases(List<String> phrases) {
            for (String p : Objects.requireNonNull(phrases, "phrases")) {
                if (Objects.requireNonNull(p, "phrase").isBlank()) {
                    throw new IllegalArgumentException("blank boilerplate phrase: give words");
                }
                boilerplatePhrases.add(p);
            }
            return this;
        }

        /**
         * Also find paraphrased sentences with a sentence-embedding model ({@link Paraphrases}; the
         * model loads when {@link TextReuse#find} first runs); {@code null} turns the pass off (the default).
         */
        public Builder paraphrases(Paraphrases paraphrases) {
            this.paraphrases = paraphrases;
            return this;
        }

        public TextReuse build() {
            return new TextReuse(this);
        }
    }
}
