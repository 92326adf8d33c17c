package dev.lede.coverage;

import dev.lede.corpus.Corpus;
import dev.lede.corpus.Document;
import dev.lede.display.MimeBundle;
import dev.lede.display.Rendering;
import dev.lede.display.Renderable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Duration and length claims found in English text: "a 20-second segment", "35 seconds",
 * "two-sentence segment", "3 minutes and 10 seconds", "a one-minute report", "90-second clip",
 * "half an hour". Immutable; claims are in corpus order, then text order.
 *
 * <h2>What counts as a claim</h2>
 * <ul>
 *   <li>A number (digits such as {@code 20}, {@code 1,000}, {@code 2.5}, or English number words up
 *       to "nine hundred and ninety-nine", optionally followed by "and a half") joined by a
 *       hyphen or white space to a unit: hour(s)/hr(s), minute(s)/min(s), second(s)/sec(s) (all
 *       converted to seconds), word(s), sentence(s), character(s), paragraph(s). An optional
 *       "-long" belongs to it ("two-minute-long").</li>
 *   <li>Time amounts chained by "and", commas or spaces, each of a smaller unit than the one
 *       before: "3 minutes and 10 seconds" is one claim of 190 s.</li>
 *   <li>The phrases "half an hour", "half a minute", "half a second", "half-hour", "an hour and a
 *       half", "a minute and a half", "quarter of an hour", "quarter-hour", "three quarters of an
 *       hour" (a leading article is not part of the claim's text).</li>
 *   <li>The measured noun is the word right after the amount when it is one of
 *       {@link ClaimFinder#NOUNS} (segment, report, clip, broadcast, item, airtime, ...), possibly
 *       after a modifier ("a 20-second news segment"), or the noun of "35 seconds of airtime" or
 *       "a report lasting 35 seconds".</li>
 * </ul>
 *
 * <h2>What does not count (no false alarms)</h2>
 * <ul>
 *   <li>Ages, years, days, weeks and months: those units are not in the grammar ("the 20-year-old",
 *       "24 years").</li>
 *   <li>Clock times and dates: "7 PM news", "17:10", "19.06.2024"; a number right after
 *       {@code : . , / -} is never read; "20 minutes to midnight" and "ten past" are clock times.</li>
 *   <li>Ordinals and ranks: "the 75th anniversary", "his second Asian tour", "second-largest"
 *       ("second" is a unit only after a number, and never before a hyphenated word).</li>
 *   <li>A hyphenated length is an adjective: it counts only before a measured noun ("a 20-second
 *       segment"), not before anything else ("a 24-hour ceasefire", "a 10-minute walk", "a 500-word
 *       limit", "a 24-hour news channel").</li>
 *   <li>A singular unit after a number other than one, written with a space ("in 2023 second place"),
 *       unless a measured noun follows ("a 20 second segment").</li>
 *   <li>Time windows and points in time: an amount right after one of
 *       {@link ClaimFinder#REJECT_BEFORE} ("within 24 hours", "the last 20 seconds") or right before
 *       one of {@link ClaimFinder#REJECT_AFTER} ("two hours later", "ten minutes ago").</li>
 * </ul>
 *
 * <p>{@link #table()} has the fixed schema: {@value #DOCUMENT} (string), {@value #START},
 * {@value #END} (int, UTF-16 offsets of the expression), {@value #TEXT} (string, as written),
 * {@value #VALUE} (double, in the base unit), {@value #UNIT} (string, {@link CoverageUnit#label()}),
 * {@value #NOUN} (string, "" when none), {@value #SENTENCE} (string), {@value #SENTENCE_START},
 * {@value #SENTENCE_END} (int).
 *
 * <pre>{@code
 * LengthClaims claims = LengthClaims.find(Corpus.load(Path.of("data/putin-pyongyang-2024")));
 * claims.table();            // 3 rows: 20-second, two-sentence, 35-second (document 002)
 * CoverageMeasure june = claims.get(0).toMeasure("CCTV 7 PM news", "June 2024 summit", null);
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
    public static final String SENTENCE = "sentence";
    public static final String SENTENCE_START = "sentence_start";
    public static final String SENTENCE_END = "sentence_end";

    private final List<LengthClaim> claims;

    private LengthClaims(List<LengthClaim> claims) {
        this.claims = List.copyOf(claims);
    }

    /** The claims in every document of {@code corpus}; each document is searched on its own. */
    public static LengthClaims find(Corpus corpus) {
        Objects.requireNonNull(corpus, "corpus");
        List<LengthClaim> all = new ArrayList<>();
        for (Document d : corpus.documents()) {
            all.addAll(ClaimFinder.find(d.id(), d.text()));
        }
        return new LengthClaims(all);
    }

    /** The claims in one document. */
    public static LengthClaims find(Document document) {
        Objects.requireNonNull(document, "document");
        return new LengthClaims(ClaimFinder.find(document.id(), document.text()));
    }

    /** The claims in a plain text (document id {@code ""}), in text order. */
    public static List<LengthClaim> inText(String text) {
        Objects.requireNonNull(text, "text");
        return ClaimFinder.find("", text);
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
        return new LengthClaims(claims.stream().filter(keep).toList());
    }

    /** The claims in this unit. */
    public LengthClaims in(CoverageUnit unit) {
        Objects.requireNonNull(unit, "unit");
        return filter(c -> c.unit() == unit);
    }

    /** The table described in the class comment, one row per claim. */
    public Table table() {
        StringColumn doc = StringColumn.create(DOCUMENT);
        IntColumn start = IntColumn.create(START);
        IntColumn end = IntColumn.create(END);
        StringColumn text = StringColumn.create(TEXT);
        DoubleColumn value = DoubleColumn.create(VALUE);
        StringColumn unit = StringColumn.create(UNIT);
        StringColumn noun = StringColumn.create(NOUN);
        StringColumn sentence = StringColumn.create(SENTENCE);
        IntColumn sStart = IntColumn.create(SENTENCE_START);
        IntColumn sEnd = IntColumn.create(SENTENCE_END);
        for (LengthClaim c : claims) {
            doc.append(c.document());
            start.append(c.span().start());
            end.append(c.span().end());
            text.append(c.text());
            value.append(c.value());
            unit.append(c.unit().label());
            noun.append(c.noun());
            sentence.append(c.sentence());
            sStart.append(c.sentenceSpan().start());
            sEnd.append(c.sentenceSpan().end());
        }
        return Table.create("length claims", doc, start, end, text, value, unit, noun, sentence, sStart, sEnd);
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
}
