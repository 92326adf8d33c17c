package dev.lede.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A stopword list: terms to leave out of counts. Immutable and thread-safe.
 *
 * <p>Entries are normalised as the {@link Tokenizer standard tokenizer} normalises terms
 * (invisible characters removed, typographic apostrophe ’ &rarr; ', NFKC case folding, surrounding
 * white space trimmed), so a list written "Don’t" removes the term {@code don't} and "Straße" the
 * term {@code strasse}. Matching is exact on the
 * term: with {@link Tokenizer.Builder#lowerCase(boolean) lowerCase(false)} "The" is not removed by
 * the entry "the".
 *
 * <p>Built-in lists ({@link #of(Language)}) start from maintained sources and were then checked
 * against a frequency list of real text in each language (docs/stopwords.md; rerun with
 * {@code scripts/stopword-check.sh}): function words among the text's 150 commonest words that a
 * source leaves out were added, entries that are mostly a noun or a name in news removed;
 * {@link #source()} names both.
 * <ul>
 *   <li>English: the Snowball English list as shipped in Lucene
 *       ({@code org/apache/lucene/analysis/snowball/english_stop.txt}, 174 words, includes
 *       pronouns and auxiliaries; Lucene's {@code EnglishAnalyzer} default is a 33-word
 *       search-engine list that keeps "he", "we", "would"), plus the modal verbs it leaves out
 *       (can, will, must, might, shall; not "may", a month and a name): 179 words;</li>
 *   <li>Russian, Spanish, German, Italian, Portuguese, Dutch: Lucene's
 *       {@code RussianAnalyzer.getDefaultStopSet()} etc. (the Snowball lists), with additions
 *       (Russian "это" and the ё spellings "её", "ещё"; Portuguese "é"; Spanish "si"; Dutch "we";
 *       ...) and two removals: German "weg" (the noun "Weg") and Spanish "estados" ("Estados
 *       Unidos");</li>
 *   <li>French: the Snowball list ({@code FrenchAnalyzer.getDefaultStopSet()}, 154 words) plus 28
 *       words a French reader expects on it and Snowball leaves out although it has rarer forms
 *       of the same verbs: a, est, été, son, être, avoir, plus, ... (182 words). With elision (see
 *       {@link Tokenizer}) its l, d, qu, s entries no longer meet "l'accord" whole;</li>
 *   <li>Catalan: {@code CatalanAnalyzer.getDefaultStopSet()} (218 words);</li>
 *   <li>Japanese: {@code JapaneseAnalyzer.getDefaultStopSet()} (lucene-analysis-kuromoji) plus
 *       くださる, ませ, す;</li>
 *   <li>Chinese and Korean: the {@code zh} and {@code ko} lists of the npm package
 *       {@code stopwords-iso} 1.1.0 (MIT), vendored as resources with their provenance and licence
 *       ({@code dev/lede/stopwords/}). Lucene's smartcn list holds only punctuation and Lucene has
 *       no Korean word list. Entries that are punctuation, digits or contain a space were left out:
 *       they can never equal one term. Added: Chinese 表示 ("state", as frequent in news as 说,
 *       which the list has); Korean 하다, 되다, 않다 (the dictionary forms the Korean segmenter
 *       gives), 은, 수, 더, 또는, 모든, 입니다.</li>
 * </ul>
 *
 * <p>A multi-word name joined by {@link DocumentTokens#compound} ("kim jong un") is one term and
 * no list holds it, so it survives stopword removal in every language even where a part of it
 * ("un" in French) is a stopword: compound first, then remove stopwords.
 *
 * <p>Caveat for English: case folding makes "IT" the term {@code it}, a stopword. Keep it with
 * {@code Stopwords.of(Language.ENGLISH).without("it")}. ("US" is safe: "us" is not on the
 * Snowball list.)
 *
 * <pre>{@code
 * Stopwords sw = Stopwords.union(Stopwords.of(Language.ENGLISH), Stopwords.of("mr", "uh", "um"));
 * Tokens content = corpus.tokens().removeStopwords(sw);
 * // a corpus with a language column: each document gets the list of its language
 * Tokens perDoc = corpus.tokens().removeStopwords(Stopwords.forLanguages());
 * }</pre>
 */
public final class Stopwords {

    private static final Stopwords NONE = new Stopwords(Set.of(), "none");

    private final Set<String> lookup;
    private final SortedSet<String> sorted;
    private final String source;

    private Stopwords(Collection<String> normalisedWords, String source) {
        this.lookup = Set.copyOf(normalisedWords);
        this.sorted = Collections.unmodifiableSortedSet(new TreeSet<>(normalisedWords));
        this.source = source;
    }

    /** The built-in list of a language (sources above). */
    public static Stopwords of(Language language) {
        Objects.requireNonNull(language, "language");
        return Holder.BUILT_IN[language.ordinal()];
    }

    /** A user list. */
    public static Stopwords of(String... words) {
        return of(Arrays.asList(words));
    }

    /** A user list from a collection; blank entries are ignored. */
    public static Stopwords of(Collection<String> words) {
        Objects.requireNonNull(words, "words");
        Set<String> set = new HashSet<>();
        for (String w : words) {
            Objects.requireNonNull(w, "stopword list contains null");
            String n = normalise(w);
            if (!n.isEmpty()) {
                set.add(n);
            }
        }
        return new Stopwords(set, "user list");
    }

    /**
     * A user list from a UTF-8 file, one word per line. A leading byte-order mark is skipped;
     * blank lines and lines starting with {@code #} are ignored.
     *
     * @throws UncheckedIOException when the file is missing, unreadable or not valid UTF-8
     */
    public static Stopwords fromFile(Path file) {
        Objects.requireNonNull(file, "file");
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException("stopword file " + file + " does not exist: check the path", e);
        } catch (CharacterCodingException e) {
            throw new UncheckedIOException("stopword file " + file + " is not valid UTF-8: save it as UTF-8", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read stopword file " + file + ": " + e.getMessage(), e);
        }
        Set<String> set = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            String n = normalise(line);
            if (!n.isEmpty() && !n.startsWith("#")) {
                set.add(n);
            }
        }
        return new Stopwords(set, "file " + file.getFileName());
    }

    /** The empty list. */
    public static Stopwords none() {
        return NONE;
    }

    /** All words of all lists. */
    public static Stopwords union(Stopwords... lists) {
        Set<String> set = new HashSet<>();
        StringBuilder src = new StringBuilder();
        for (Stopwords l : lists) {
            Objects.requireNonNull(l, "stopword list");
            set.addAll(l.lookup);
            src.append(src.length() == 0 ? "" : " + ").append(l.source);
        }
        return new Stopwords(set, src.length() == 0 ? "none" : src.toString());
    }

    /**
     * Per-document lists for a corpus with a {@code language} field: each document gets the
     * built-in list of its language ({@link Language#fromCode(String)}). A document without a
     * language, or with one Lede has no list for, is an {@link IllegalArgumentException} naming
     * the document; use {@link #forLanguages(Stopwords)} to give those a fallback. Pass it to
     * {@code Tokens.removeStopwords}.
     */
    public static PerLanguage forLanguages() {
        return new PerLanguage(null);
    }

    /**
     * Per-document lists by the {@code language} field, with {@code fallback} for documents
     * without a language or with one Lede has no list for.
     */
    public static PerLanguage forLanguages(Stopwords fallback) {
        return new PerLanguage(Objects.requireNonNull(fallback, "fallback"));
    }

    /**
     * The stopword list of each document's language, made by {@link #forLanguages()}; {@code fallback}
     * (or {@code null}: none) serves documents without a language or with one Lede has no list for.
     */
    public record PerLanguage(Stopwords fallback) {

        /** The list for document {@code documentId} whose language field is {@code languageCode} (may be null). */
        public Stopwords forDocument(String documentId, String languageCode) {
            if (languageCode == null || languageCode.isBlank()) {
                if (fallback != null) {
                    return fallback;
                }
                throw new IllegalArgumentException("document " + documentId
                        + " has no language field: add one to the manifest or use Stopwords.forLanguages(fallback)");
            }
            Optional<Stopwords> list = Language.find(languageCode).map(Stopwords::of);
            if (list.isPresent() || fallback != null) {
                return list.orElse(fallback);
            }
            throw new IllegalArgumentException("document " + documentId + " has language \"" + languageCode
                    + "\" with no built-in stopword list: use Stopwords.forLanguages(fallback)");
        }
    }

    /** This list plus {@code words}. */
    public Stopwords with(String... words) {
        return union(this, of(words));
    }

    /** This list without {@code words} (normalised like the entries). */
    public Stopwords without(String... words) {
        Set<String> set = new HashSet<>(lookup);
        for (String w : words) {
            set.remove(normalise(w));
        }
        return new Stopwords(set, source + " - " + String.join(",", words));
    }

    /** True when {@code term} is on the list (exact match on the normalised term). */
    public boolean contains(String term) {
        return lookup.contains(term);
    }

    /** The words, sorted. */
    public SortedSet<String> words() {
        return sorted;
    }

    public int size() {
        return lookup.size();
    }

    /** Where the list comes from, e.g. "en: Snowball (Lucene)". */
    public String source() {
        return source;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Stopwords s && s.lookup.equals(lookup);
    }

    @Override
    public int hashCode() {
        return lookup.hashCode();
    }

    @Override
    public String toString() {
        return "Stopwords[" + source + ", " + lookup.size() + " words]";
    }

    static String normalise(String w) {
        return Tokenizer.fold(Invisibles.strip(w).strip()).replace('\u2019', '\'');
    }

    /** Lazily loads the built-in lists once: they are immutable afterwards. */
    private static final class Holder {
        static final Stopwords[] BUILT_IN = load();

        private static Stopwords[] load() {
            Language[] ls = Language.values();
            Stopwords[] out = new Stopwords[ls.length];
            for (Language l : ls) {
                Set<String> set = new HashSet<>();
                for (String w : StopwordLists.load(l)) {
                    String n = normalise(w);
                    if (!n.isEmpty()) {
                        set.add(n);
                    }
                }
                out[l.ordinal()] = new Stopwords(set, l.code() + ": " + StopwordLists.source(l));
            }
            return out;
        }
    }
}
