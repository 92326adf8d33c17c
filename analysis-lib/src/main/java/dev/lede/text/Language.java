package dev.lede.text;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A language Lede has a stopword list for, named by its ISO 639-1 code (the {@code language}
 * column of a corpus manifest). Whether Snowball stemming exists for it is {@link #hasStemmer()}.
 *
 * <pre>{@code
 * Language.fromCode("en");      // ENGLISH
 * Language.fromCode("ja-JP");   // JAPANESE (only the primary subtag counts)
 * Language.KOREAN.code();       // "ko"
 * }</pre>
 */
public enum Language {
    ENGLISH("en", true),
    CHINESE("zh", false),
    JAPANESE("ja", false),
    KOREAN("ko", false),
    RUSSIAN("ru", true),
    FRENCH("fr", true),
    SPANISH("es", true),
    GERMAN("de", true),
    ITALIAN("it", true),
    PORTUGUESE("pt", true),
    DUTCH("nl", true),
    CATALAN("ca", true);

    private final String code;
    private final boolean stemmer;

    Language(String code, boolean stemmer) {
        this.code = code;
        this.stemmer = stemmer;
    }

    /** The ISO 639-1 code, lower case ("en"). */
    public String code() {
        return code;
    }

    /** True when a Snowball stemmer exists for this language ({@link DocumentTokens#stem(Language)}). */
    public boolean hasStemmer() {
        return stemmer;
    }

    /**
     * The language of an ISO 639-1 code or a BCP 47 tag whose primary subtag is one ("en", "EN",
     * "en-GB", "zh_Hant"), or empty when Lede has no such language.
     */
    public static Optional<Language> find(String code) {
        Objects.requireNonNull(code, "code");
        String c = code.strip();
        int cut = 0;
        while (cut < c.length() && c.charAt(cut) != '-' && c.charAt(cut) != '_') {
            cut++;
        }
        String primary = c.substring(0, cut).toLowerCase(Locale.ROOT);
        for (Language l : values()) {
            if (l.code.equals(primary)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /** Like {@link #find(String)}, but an unknown code is an {@link IllegalArgumentException}. */
    public static Language fromCode(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("unknown language code \"" + code
                + "\": use one of " + Arrays.stream(values()).map(Language::code).collect(Collectors.joining(", "))
                + ", or give your own stopword list with Stopwords.of(words)"));
    }
}
