package dev.lede.coverage;

import dev.lede.display.Tables;
import dev.lede.corpus.Corpus;
import dev.lede.corpus.Document;
import dev.lede.display.MimeBundle;
import dev.lede.display.Rendering;
import dev.lede.display.Renderable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import tech.tablesaw.api.Table;

/**
 * Duration and length claims found in English text: "a 20-second segment", "35 seconds",
 * "two-sentence segment", "3 minutes and 10 seconds", "a 1:30 package", "2m 30s", "a half-hour
 * special", "two and a half minutes", "fifteen hundred words", "a single paragraph", each with the
 * thing measured and its {@link LengthClaim.Kind kind} (coverage, event or unknown), so a
 * journalist keeps the coverage claims ({@link #coverage()}) without losing the others.
 * Immutable; claims are in corpus order, then text order. The words the rules use (nouns, units,
 * cue words) are a {@link Rules} object: {@link Rules#standard()} or your own from
 * {@link Rules#builder()}.
 *
 * <h2>What counts as a claim</h2>
 * <ul>
 *   <li>A number joined by a hyphen or white space to a unit word of the rules (standard:
 *       hour(s)/hr(s), minute(s)/min(s), second(s)/sec(s), all converted to seconds; word(s),
 *       sentence(s), character(s), paragraph(s)); an optional "-long" belongs to it. Numbers are
 *       digits ({@code 20}, {@code 1,000}, {@code 2.5}) or English number words through the
 *       thousands ("ninety", "one hundred and twenty", "fifteen hundred", "two thousand", "one
 *       thousand two hundred"), optionally followed by "and a half", "and a quarter" or "and three
 *       quarters" ("two and a half minutes", "one-and-a-half-minute").</li>
 *   <li>"a single" before any unit ("a single paragraph"); "a" or "an" before hour, minute or
 *       paragraph ("barely a minute", "an hour-long special"); "hour-long", "minute-long" alone.</li>
 *   <li>Time amounts chained by "and", commas or spaces, each of a smaller unit than the one
 *       before: "3 minutes and 40 seconds" is one claim of 220 s, "1 hour 20 minutes" one of 4800 s.</li>
 *   <li>Compact forms: "2m 30s", "4m 15s", "1h 05m", "1 min 20 sec".</li>
 *   <li>Clock forms "1:30" (m:ss) and "1:02:11" (h:mm:ss), only with a cue: a measured noun right
 *       after ("a 1:30 package"), a duration word before ("ran 0:45", "running time 4:10",
 *       "(2:05)"), "in all" or "long" after, or a coverage noun among the four words before ("the
 *       lead item, at 1:05"); never before a time-of-day word ("7:30 pm", "10:15 local time").</li>
 *   <li>The phrases "half an hour", "half a minute", "half a second", "half-hour", "an hour and a
 *       half", "an hour and a quarter", "a minute and a half", "quarter of an hour", "quarter-hour",
 *       "three quarters of an hour".</li>
 * </ul>
 *
 * <h2>What is measured, and the kind</h2>
 * <ol>
 *   <li>The noun right after the amount, possibly after one or two modifiers ("a 20-second news
 *       segment", "a 45-minute press conference") or after "of" ("35 seconds of airtime", "five
 *       minutes of conversation"); a noun of the rules' coverage list makes a COVERAGE claim, of its
 *       event list an EVENT claim; a noun of its other list ("speech", "statement") is kept as the
 *       noun but decides nothing.</li>
 *   <li>Else the first measured noun of the clause before, when a linking word joins them: "the
 *       clip lasted two and a half minutes", "the wire story ran to 1,200 words", "the report
 *       (2:05)", "talks between the delegations lasted two hours".</li>
 *   <li>Else a length in words, sentences, characters or paragraphs is COVERAGE (a text's length).</li>
 *   <li>Else the sentence decides: a coverage word (a coverage noun or cue such as "channel",
 *       "radio", "airtime") with a verb of giving or taking time ("the bulletin gave the deal 20
 *       seconds", "the resignation got one minute on the evening broadcast") is COVERAGE; otherwise
 *       the side with more cue words wins (event cues: "met", "waited", "queued", "silent", ...);
 *       with none, "for" or "after" before the amount in a sentence not about "it" or "that" is an
 *       EVENT ("rescuers dug for twelve hours"); anything else is UNKNOWN ("It took 45 minutes.").</li>
 * </ol>
 *
 * <h2>What does not count</h2>
 * <ul>
 *   <li>Ages, years, days, weeks and months: those units are not in the grammar ("the 20-year-old",
 *       "24 years", "a two-day visit").</li>
 *   <li>Clock times, dates, scores and ratios: "7 PM news", "at 14:20", "19.06.2024", "2:1", "the
 *       1:20 ratio"; a number right after {@code : . , / -} is never read.</li>
 *   <li>Ordinals and ranks: "the 75th anniversary", "his second Asian tour", "second-largest".</li>
 *   <li>A hyphenated length is an adjective: it counts only before a measured noun of the rules
 *       ("a 20-second segment", "a 40-minute drive"), not before anything else ("a 24-hour news
 *       channel", "a 500-word limit").</li>
 *   <li>A singular unit after a number other than one, written with a space ("in 2023 second
 *       place"), unless a measured noun follows ("a 20 second segment").</li>
 *   <li>Time windows and frequencies, decided by the word before: "within 24 hours", "the last 20
 *       seconds", "every 15 seconds" ({@link Rules#windowWords()}).</li>
 *   <li>Points in time, ages and distances whose offset word is part of the expression: "two hours
 *       later", "ten minutes ago", "20 minutes old", "20 minutes to midnight". No other words after a
 *       claim drop it: "a two-minute report before moving on to sport" is a claim.</li>
 * </ul>
 *
 * <p>{@link #table()} has the fixed schema: {@value #DOCUMENT} (string), {@value #START},
 * {@value #END} (int, UTF-16 offsets of the expression), when a searched document has pages (a
 * PDF) {@value #PAGE} (int, the page the claim starts on, 0 for a document without pages; each
 * claim's {@link LengthClaim#citation()} says "report p. 14"), {@value #TEXT} (string, as written),
 * {@value #VALUE} (double, in the base unit), {@value #UNIT} (string, {@link CoverageUnit#label()}),
 * {@value #NOUN} (string, "" when none), {@value #KIND} (string: coverage, event, unknown),
 * {@value #SENTENCE} (string), {@value #SENTENCE_START}, {@value #SENTENCE_END} (int).
 *
 * <pre>{@code
 * LengthClaims claims = LengthClaims.find(Corpus.load(Path.of("data/putin-pyongyang-2024")));
 * claims.table();            // 3 rows: 20-second, two-sentence, 35-second (document 002)
 * claims.coverage();         // the same 3: all are lengths of segments
 * CoverageMeasure june = claims.get(0).toMeasure("CCTV 7 PM news", "June 2024 summit", null);
 * LengthClaims.Rules mine = LengthClaims.Rules.builder().coverageNouns("vox-pop").eventNouns("vigil").build();
 * LengthClaims.inText("A 40-second vox-pop ran after the vigil.", mine);   // 40 s, vox-pop, COVERAGE
 * }</pre>
 */
public final class LengthClaims implements Renderable {

    public static final String DOCUMENT = "document";
    public static final String START = "start";
    public static final String END = "end";
    public static final String TEXT = "text";
    public static final String VALUE = "value";
    public static final String UNIT = "unit";
    public static final String NOUN = "noun";
    public static final String KIND = "kind";
    public static final String SENTENCE = "sentence";
    public static final String SENTENCE_START = "sentence_start";
    public static final String SENTENCE_END = "sentence_end";
    /**
     * Column present only when a claim's document has pages (a PDF), after {@value #END}: the page
     * the claim starts on (int, 0 for a document without pages).
     */
    public static final String PAGE = "page";

    private final List<LengthClaim> claims;
    /** True when a searched document had pages: the table then has the {@value #PAGE} column. */
    private final boolean paged;

    private LengthClaims(List<LengthClaim> claims, boolean paged) {
        this.claims = List.copyOf(claims);
        this.paged = paged;
    }

    /** The claims of {@code d}, each with the page it starts on when {@code d} has pages. */
    private static List<LengthClaim> inDocument(Document d, Rules rules) {
        List<LengthClaim> found = rules.finder().find(d.id(), d.text());
        if (d.pages().count() == 0) {
            return found;
        }
        return found.stream().map(c -> c.withPage(d.page(c.span().start()))).toList();
    }

    /** The claims in every document of {@code corpus}, with the standard rules; each document is searched on its own. */
    public static LengthClaims find(Corpus corpus) {
        return find(corpus, Rules.standard());
    }

    /** The claims in every document of {@code corpus}, with {@code rules}. */
    public static LengthClaims find(Corpus corpus, Rules rules) {
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(rules, "rules");
        List<LengthClaim> all = new ArrayList<>();
        boolean paged = false;
        for (Document d : corpus.documents()) {
            all.addAll(inDocument(d, rules));
            paged |= d.pages().count() > 0;
        }
        return new LengthClaims(all, paged);
    }

    /** The claims in one document, with the standard rules. */
    public static LengthClaims find(Document document) {
        return find(document, Rules.standard());
    }

    /** The claims in one document, with {@code rules}. */
    public static LengthClaims find(Document document, Rules rules) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(rules, "rules");
        return new LengthClaims(inDocument(document, rules), document.pages().count() > 0);
    }

    /** The claims in a plain text (document id {@code ""}), in text order, with the standard rules. */
    public static List<LengthClaim> inText(String text) {
        return inText(text, Rules.standard());
    }

    /** The claims in a plain text (document id {@code ""}), in text order, with {@code rules}. */
    public static List<LengthClaim> inText(String text, Rules rules) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(rules, "rules");
        return rules.finder().find("", text);
    }

    public List<LengthClaim> claims() {
        return claims;
    }

    public int size() {
        return claims.size();
    }

    public boolean isEmpty() {
        return claims.isEmpty();
    }

    public LengthClaim get(int i) {
        return claims.get(i);
    }

    /** The claims that match. */
    public LengthClaims filter(Predicate<LengthClaim> keep) {
        Objects.requireNonNull(keep, "keep");
        return new LengthClaims(claims.stream().filter(keep).toList(), paged);
    }

    /** The claims of this kind. */
    public LengthClaims of(LengthClaim.Kind kind) {
        Objects.requireNonNull(kind, "kind");
        return filter(c -> c.kind() == kind);
    }

    /** The lengths of pieces of coverage: {@code of(LengthClaim.Kind.COVERAGE)}. */
    public LengthClaims coverage() {
        return of(LengthClaim.Kind.COVERAGE);
    }

    /** The claims in this unit. */
    public LengthClaims in(CoverageUnit unit) {
        Objects.requireNonNull(unit, "unit");
        return filter(c -> c.unit() == unit);
    }

    /** The table described in the class comment, one row per claim. */
    public Table table() {
        List<Tables.Field<LengthClaim>> columns = new ArrayList<>(List.of(
                Tables.text(DOCUMENT, LengthClaim::document),
                Tables.integer(START, c -> c.span().start()),
                Tables.integer(END, c -> c.span().end())));
        if (paged) {
            columns.add(Tables.integer(PAGE, LengthClaim::page));
        }
        columns.addAll(List.of(
                Tables.text(TEXT, LengthClaim::text),
                Tables.decimal(VALUE, LengthClaim::value),
                Tables.text(UNIT, c -> c.unit().label()),
                Tables.text(NOUN, LengthClaim::noun),
                Tables.text(KIND, c -> c.kind().name().toLowerCase(java.util.Locale.ROOT)),
                Tables.text(SENTENCE, LengthClaim::sentence),
                Tables.integer(SENTENCE_START, c -> c.sentenceSpan().start()),
                Tables.integer(SENTENCE_END, c -> c.sentenceSpan().end())));
        return Tables.of("length claims", claims, columns);
    }

    private String caption() {
        return "Length claims: " + claims.size() + (claims.size() == 1 ? " claim" : " claims");
    }

    /** An HTML table (every cell escaped) and the same as tab-separated text. */
    @Override
    public MimeBundle toMimeBundle() {
        Table t = table();
        return Rendering.table(t, caption());
    }

    @Override
    public String toString() {
        return toMimeBundle().get(MimeBundle.TEXT_PLAIN);
    }

    /**
     * The words the claim rules use, immutable: the units (word, singular or plural, its
     * {@link CoverageUnit} and factor to the base unit), the measured nouns of each
     * {@link LengthClaim.Kind kind}, the modifiers that may stand between an amount and its noun
     * ("a 20-second <b>news</b> segment"), cue words that tell coverage from events in a sentence
     * with no noun, and the words before an amount that make it a time window ("within"). A
     * newsroom adds its own words with {@link #toBuilder()}; nouns are matched lower case, a
     * plural "s" or "es" is accepted, and two-word nouns ("press conference") are allowed.
     *
     * <pre>{@code
     * LengthClaims.Rules mine = LengthClaims.Rules.standard().toBuilder()
     *         .coverageNouns("vox-pop", "two-way").eventNouns("vigil")
     *         .unit(CoverageUnit.SECONDS, 0.04, "frame", "frames")
     *         .build();
     * LengthClaims.find(corpus, mine).coverage();
     * }</pre>
     */
    public static final class Rules {

        private static final Rules STANDARD = builder()
                .unit(CoverageUnit.SECONDS, 3600, "hour", "hours", "hr", "hrs")
                .unit(CoverageUnit.SECONDS, 60, "minute", "minutes", "min", "mins")
                .unit(CoverageUnit.SECONDS, 1, "second", "seconds", "sec", "secs")
                .unit(CoverageUnit.WORDS, 1, "word", "words")
                .unit(CoverageUnit.SENTENCES, 1, "sentence", "sentences")
                .unit(CoverageUnit.CHARACTERS, 1, "character", "characters")
                .unit(CoverageUnit.PARAGRAPHS, 1, "paragraph", "paragraphs")
                .coverageNouns("segment", "report", "reportage", "clip", "broadcast", "bulletin", "item", "story",
                        "piece", "package", "video", "interview", "spot", "slot", "feature", "summary", "article",
                        "programme", "program", "newscast", "mention", "airtime", "coverage", "footage", "dispatch",
                        "news", "paragraph", "section", "passage", "sequence", "show", "update", "brief", "excerpt",
                        "extract", "snippet", "film", "documentary", "reference", "special", "shot", "explainer",
                        "teaser", "trailer", "montage", "advert", "advertisement", "commercial", "column",
                        "editorial", "op-ed", "essay", "profile", "investigation", "obituary", "note", "episode",
                        "podcast", "soundbite", "sound-bite", "headline", "write-up", "post", "recap", "roundup",
                        "round-up", "preview", "newsreel", "edition", "phone-in", "talk show", "live blog",
                        "news item", "news story", "news report", "vox pop", "vox-pop", "two-way", "cutaway",
                        "voiceover", "voice-over", "sound bite")
                .eventNouns("talks", "meeting", "visit", "drive", "deadline", "silence", "conversation", "ceremony",
                        "summit", "session", "flight", "walk", "trip", "journey", "ride", "delay", "wait", "hearing",
                        "trial", "negotiation", "standoff", "stand-off", "ceasefire", "truce", "strike", "stoppage",
                        "walkout", "protest", "march", "siege", "blackout", "outage", "break", "pause", "recess",
                        "lunch", "dinner", "breakfast", "banquet", "match", "game", "race", "conference", "briefing",
                        "call", "rally", "debate", "exchange", "ovation", "shift", "failure", "lockdown", "curfew",
                        "ultimatum", "vigil", "search", "operation", "battle", "fight", "storm", "blaze", "fire",
                        "drill", "exercise", "parade", "tour", "stay", "stopover", "layover", "detention",
                        "interrogation", "questioning", "spacewalk", "shutdown", "closure", "halt", "queue",
                        "commute", "audience", "handshake", "dialogue", "consultation", "discussion", "deliberation",
                        "power cut", "press conference", "news conference", "photo session", "photo opportunity",
                        "phone call", "rain delay", "standing ovation", "minute's silence", "voyage", "crossing",
                        "evacuation", "rescue", "attack", "bombardment", "shelling", "raid", "chase", "ordeal",
                        "vote", "count", "recount", "play", "half", "overtime", "extra time", "workout",
                        "sleep", "nap", "quarantine", "jail term", "hunger strike")
                .otherNouns("speech", "statement", "address", "announcement", "message", "readout", "remarks",
                        "performance", "concert", "recording", "song", "presentation", "sermon", "lecture",
                        "testimony", "appearance")
                .modifiers("news", "television", "tv", "radio", "video", "short", "brief", "long", "live", "main",
                        "evening", "morning", "nightly", "state", "prime-time", "primetime", "headline", "opening",
                        "closing", "lead", "single", "separate", "photo", "power", "press", "rain", "signal",
                        "standing", "podcast", "phone", "round", "closed-door", "emergency", "private", "one-on-one",
                        "exclusive", "promotional", "campaign", "online", "breaking", "weekly", "daily", "front-page",
                        "cover", "follow-up", "introductory", "explanatory", "animated", "filmed", "recorded",
                        "televised", "scheduled", "tense", "marathon", "crisis", "bilateral", "informal", "formal",
                        "extra", "special", "documentary", "sound", "wire", "web", "studio", "field", "location",
                        "in-depth", "investigative", "lunchtime", "late", "weekend", "news-only", "hostage")
                .coverageCues("channel", "radio", "tv", "television", "network", "station", "broadcaster",
                        "aired", "airs", "broadcast", "edition", "reporter", "anchor", "newsroom", "viewers",
                        "listeners", "outlets", "outlet", "newspaper", "paper", "tabloid", "magazine", "agency",
                        "correspondent", "programme", "segment", "bulletin", "newscast",
                        "page", "website", "wire")
                .eventCues("met", "waited", "queued", "battled", "dug", "raged", "questioned", "held", "spoke",
                        "silent", "walked", "worked", "negotiated", "talked", "marched", "stood", "fought", "burned",
                        "searched", "sat", "debated", "deliberated", "delayed", "trapped", "stranded", "detained",
                        "interrogated", "argued", "hostages", "police", "troops", "rescuers", "firefighters")
                .windowWords("within", "past", "last", "next", "every", "per", "first", "each")
                .articleUnits("hour", "minute", "paragraph")
                .build();

        private final java.util.TreeMap<String, CoverageUnit> units;
        private final java.util.TreeMap<String, Double> factors;
        private final java.util.TreeSet<String> singulars;
        private final java.util.TreeSet<String> coverageNouns;
        private final java.util.TreeSet<String> eventNouns;
        private final java.util.TreeSet<String> otherNouns;
        private final java.util.TreeSet<String> modifiers;
        private final java.util.TreeSet<String> coverageCues;
        private final java.util.TreeSet<String> eventCues;
        private final java.util.TreeSet<String> windowWords;
        private final java.util.TreeSet<String> articleUnits;
        private final ClaimFinder finder;

        private Rules(Builder b) {
            this.units = new java.util.TreeMap<>(b.units);
            this.factors = new java.util.TreeMap<>(b.factors);
            this.singulars = new java.util.TreeSet<>(b.singulars);
            this.coverageNouns = new java.util.TreeSet<>(b.coverageNouns);
            this.eventNouns = new java.util.TreeSet<>(b.eventNouns);
            this.otherNouns = new java.util.TreeSet<>(b.otherNouns);
            this.modifiers = new java.util.TreeSet<>(b.modifiers);
            this.coverageCues = new java.util.TreeSet<>(b.coverageCues);
            this.eventCues = new java.util.TreeSet<>(b.eventCues);
            this.windowWords = new java.util.TreeSet<>(b.windowWords);
            this.articleUnits = new java.util.TreeSet<>(b.articleUnits);
            this.finder = new ClaimFinder(this);
        }

        /** The rules documented in {@link LengthClaims}. */
        public static Rules standard() {
            return STANDARD;
        }

        /** Empty rules: no units, no nouns (a start for a grammar of one's own). */
        public static Builder builder() {
            return new Builder();
        }

        /** A builder holding these rules, to add words to. */
        public Builder toBuilder() {
            Builder b = new Builder();
            b.units.putAll(units);
            b.factors.putAll(factors);
            b.singulars.addAll(singulars);
            b.coverageNouns.addAll(coverageNouns);
            b.eventNouns.addAll(eventNouns);
            b.otherNouns.addAll(otherNouns);
            b.modifiers.addAll(modifiers);
            b.coverageCues.addAll(coverageCues);
            b.eventCues.addAll(eventCues);
            b.windowWords.addAll(windowWords);
            b.articleUnits.addAll(articleUnits);
            return b;
        }

        ClaimFinder finder() {
            return finder;
        }

        /** Every unit word, lower case, sorted. */
        public java.util.SortedSet<String> unitWords() {
            return java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(units.keySet()));
        }

        /** The unit of a unit word ("minutes": SECONDS); an unknown word is an error. */
        public CoverageUnit unitOf(String word) {
            CoverageUnit u = units.get(word.toLowerCase(java.util.Locale.ROOT));
            if (u == null) {
                throw new IllegalArgumentException("'" + word + "' is not a unit word of these rules: use one of "
                        + units.keySet());
            }
            return u;
        }

        /** How many base units one of {@code word} is ("minutes": 60). */
        public double factorOf(String word) {
            unitOf(word);
            return factors.get(word.toLowerCase(java.util.Locale.ROOT));
        }

        boolean isSingular(String word) {
            return singulars.contains(word);
        }

        public java.util.SortedSet<String> coverageNouns() {
            return java.util.Collections.unmodifiableSortedSet(coverageNouns);
        }

        public java.util.SortedSet<String> eventNouns() {
            return java.util.Collections.unmodifiableSortedSet(eventNouns);
        }

        /** Nouns measured without saying which kind ("speech", "statement"). */
        public java.util.SortedSet<String> otherNouns() {
            return java.util.Collections.unmodifiableSortedSet(otherNouns);
        }

        public java.util.SortedSet<String> modifiers() {
            return java.util.Collections.unmodifiableSortedSet(modifiers);
        }

        public java.util.SortedSet<String> coverageCues() {
            return java.util.Collections.unmodifiableSortedSet(coverageCues);
        }

        public java.util.SortedSet<String> eventCues() {
            return java.util.Collections.unmodifiableSortedSet(eventCues);
        }

        /** A word right before an amount (an article may stand between) that makes it a time window. */
        public java.util.SortedSet<String> windowWords() {
            return java.util.Collections.unmodifiableSortedSet(windowWords);
        }

        /** Singular unit words that "a"/"an" may count as one of ("barely a minute"). */
        public java.util.SortedSet<String> articleUnits() {
            return java.util.Collections.unmodifiableSortedSet(articleUnits);
        }

        /** The kind a measured noun gives (plural accepted); null for other or unknown nouns. */
        LengthClaim.Kind kindOf(String noun) {
            String n = stem(noun, coverageNouns);
            if (n != null) {
                return LengthClaim.Kind.COVERAGE;
            }
            n = stem(noun, eventNouns);
            return n != null ? LengthClaim.Kind.EVENT : null;
        }

        boolean isNoun(String w) {
            return stem(w, coverageNouns) != null || stem(w, eventNouns) != null || stem(w, otherNouns) != null;
        }

        boolean isModifier(String w) {
            return modifiers.contains(w);
        }

        private static String stem(String w, java.util.Set<String> set) {
            if (set.contains(w)) {
                return w;
            }
            if (w.endsWith("s") && set.contains(w.substring(0, w.length() - 1))) {
                return w.substring(0, w.length() - 1);
            }
            if (w.endsWith("es") && set.contains(w.substring(0, w.length() - 2))) {
                return w.substring(0, w.length() - 2);
            }
            return null;
        }

        @Override
        public String toString() {
            return "LengthClaims.Rules[" + units.size() + " unit words, " + coverageNouns.size() + " coverage nouns, "
                    + eventNouns.size() + " event nouns, " + otherNouns.size() + " other nouns]";
        }

        /** Builds {@link Rules}; every word is stored lower case, hyphens and spaces as written. */
        public static final class Builder {
            private final java.util.TreeMap<String, CoverageUnit> units = new java.util.TreeMap<>();
            private final java.util.TreeMap<String, Double> factors = new java.util.TreeMap<>();
            private final java.util.TreeSet<String> singulars = new java.util.TreeSet<>();
            private final java.util.TreeSet<String> coverageNouns = new java.util.TreeSet<>();
            private final java.util.TreeSet<String> eventNouns = new java.util.TreeSet<>();
            private final java.util.TreeSet<String> otherNouns = new java.util.TreeSet<>();
            private final java.util.TreeSet<String> modifiers = new java.util.TreeSet<>();
            private final java.util.TreeSet<String> coverageCues = new java.util.TreeSet<>();
            private final java.util.TreeSet<String> eventCues = new java.util.TreeSet<>();
            private final java.util.TreeSet<String> windowWords = new java.util.TreeSet<>();
            private final java.util.TreeSet<String> articleUnits = new java.util.TreeSet<>();

            private Builder() {
            }

            /**
             * A unit: one of it is {@code factor} base units of {@code unit} (durations in seconds:
             * a minute is 60); {@code singular} and {@code plural} are its words, {@code abbreviations}
             * more words that take any number ("min", "secs").
             */
            public Builder unit(CoverageUnit unit, double factor, String singular, String plural,
                                String... abbreviations) {
                Objects.requireNonNull(unit, "unit");
                if (!(factor > 0) || !Double.isFinite(factor)) {
                    throw new IllegalArgumentException("unit factor " + factor + " for '" + singular
                            + "' must be a positive number: e.g. 60 for minutes in seconds");
                }
                String s = word(singular, "singular");
                units.put(s, unit);
                factors.put(s, factor);
                singulars.add(s);
                String p = word(plural, "plural");
                units.put(p, unit);
                factors.put(p, factor);
                for (String a : abbreviations) {
                    String w = word(a, "abbreviation");
                    units.put(w, unit);
                    factors.put(w, factor);
                }
                return this;
            }

            public Builder coverageNouns(String... nouns) {
                return add(coverageNouns, "coverage noun", nouns);
            }

            public Builder eventNouns(String... nouns) {
                return add(eventNouns, "event noun", nouns);
            }

            public Builder otherNouns(String... nouns) {
                return add(otherNouns, "other noun", nouns);
            }

            /** Removes nouns from every list ("spot" if your newsroom uses it otherwise). */
            public Builder withoutNouns(String... nouns) {
                for (String n : nouns) {
                    String w = word(n, "noun");
                    coverageNouns.remove(w);
                    eventNouns.remove(w);
                    otherNouns.remove(w);
                }
                return this;
            }

            public Builder modifiers(String... words) {
                return add(modifiers, "modifier", words);
            }

            public Builder coverageCues(String... words) {
                return add(coverageCues, "coverage cue", words);
            }

            public Builder eventCues(String... words) {
                return add(eventCues, "event cue", words);
            }

            public Builder windowWords(String... words) {
                return add(windowWords, "window word", words);
            }

            public Builder articleUnits(String... words) {
                return add(articleUnits, "article unit", words);
            }

            /** The rules; a noun in two kinds' lists is an error. */
            public Rules build() {
                for (String n : coverageNouns) {
                    if (eventNouns.contains(n) || otherNouns.contains(n)) {
                        throw new IllegalArgumentException("noun '" + n + "' is both a coverage noun and "
                                + (eventNouns.contains(n) ? "an event" : "an other") + " noun: remove it from one list");
                    }
                }
                for (String n : eventNouns) {
                    if (otherNouns.contains(n)) {
                        throw new IllegalArgumentException("noun '" + n + "' is both an event noun and an other noun:"
                                + " remove it from one list");
                    }
                }
                return new Rules(this);
            }

            private Builder add(java.util.Set<String> set, String what, String... words) {
                for (String w : words) {
                    set.add(word(w, what));
                }
                return this;
            }

            private static String word(String w, String what) {
                Objects.requireNonNull(w, what);
                String s = ClaimFinder.lower(w.strip());
                if (s.isEmpty() || !s.matches("[\\p{L}][\\p{L}'’ -]*")) {
                    throw new IllegalArgumentException("bad " + what + " '" + w
                            + "': give a word of letters (hyphens, apostrophes and one space allowed)");
                }
                return s;
            }
        }
    }
}
