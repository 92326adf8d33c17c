package dev.lede.coverage;

import dev.lede.text.Sentences;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The unit of a {@link CoverageMeasure}. Durations are always in seconds: a length claim of "3
 * minutes" becomes 180 {@link #SECONDS} when it is extracted, a CSV must give seconds (there is no
 * minutes unit, so nothing is converted behind the reader's back). Measures of different units are
 * never compared.
 *
 * <pre>{@code
 * CoverageUnit u = CoverageUnit.parse("seconds");   // SECONDS
 * u.format(20);                                     // "20 seconds"
 * }</pre>
 */
public enum CoverageUnit {
    /** Airtime or running time, in seconds. */
    SECONDS("second", "seconds", "less", "more"),
    /** Words (word and number tokens, see {@link CoverageMeasures#fromCorpus}). */
    WORDS("word", "words", "fewer", "more"),
    /** Characters (Unicode code points that are not white space); the unit for Chinese and Japanese text. */
    CHARACTERS("character", "characters", "fewer", "more"),
    /** Sentences ({@link Sentences#split(String)}). */
    SENTENCES("sentence", "sentences", "fewer", "more"),
    /** Paragraphs (see {@link CoverageMeasures#fromCorpus}). */
    PARAGRAPHS("paragraph", "paragraphs", "fewer", "more"),
    /** Items, stories or segments of a bulletin or an outlet's output. */
    ITEMS("item", "items", "fewer", "more"),
    /** Mentions of a named actor ({@link ShareOfVoice}). */
    MENTIONS("mention", "mentions", "fewer", "more");

    private final String singular;
    private final String plural;
    private final String less;
    private final String more;

    CoverageUnit(String singular, String plural, String less, String more) {
        this.singular = singular;
        this.plural = plural;
        this.less = less;
        this.more = more;
    }

    /**
     * Parses a unit name, case-insensitive, singular or plural ({@code "seconds"}, {@code "Second"},
     * {@code "words"}). Anything else, minutes included, is an error: give durations in seconds.
     */
    public static CoverageUnit parse(String name) {
        Objects.requireNonNull(name, "unit");
        String n = name.strip().toLowerCase(Locale.ROOT);
        for (CoverageUnit u : values()) {
            if (u.singular.equals(n) || u.plural.equals(n)) {
                return u;
            }
        }
        String hint = n.startsWith("min") || n.startsWith("hour") || n.equals("s") || n.equals("sec")
                ? " (durations must be given in seconds: convert them before loading)" : "";
        throw new IllegalArgumentException("unknown coverage unit '" + name + "'" + hint + ": use one of "
                + Arrays.stream(values()).map(CoverageUnit::label).collect(Collectors.joining(", ")));
    }

    /** The plural name used in tables and CSV files, e.g. {@code "seconds"}. */
    public String label() {
        return plural;
    }

    /** "1 second", "20 seconds", "2.5 seconds": the number with the unit word, numbers in {@link Locale#ROOT}. */
    public String format(double value) {
        return number(value) + " " + (value == 1 ? singular : plural);
    }

    /**
     * "20 ± 1 seconds": the number, its precision and the unit word, singular only when the value is
     * exactly 1.
     */
    public String format(double value, double plusMinus) {
        return number(value) + " ± " + number(plusMinus) + " " + (value == 1 ? singular : plural);
    }

    /** The comparative for a smaller amount: "less" for seconds, "fewer" for countable units. */
    public String less() {
        return less;
    }

    /** The comparative for a larger amount: "more". */
    public String more() {
        return more;
    }

    static String number(double v) {
        return dev.lede.coverage.Format.number(v);
    }
}
