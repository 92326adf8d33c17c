package dev.lede.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.ca.CatalanAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;

/** Reads the built-in stopword lists from Lucene's analyzers and Lede's vendored resources. */
final class StopwordLists {

    private StopwordLists() {
    }

    /**
     * Words added to each source list: function words among the 150 most frequent words of real
     * text in the language that the source list leaves out (scripts/stopword-check.sh;
     * docs/stopwords.md gives the corpus, each word's rank and the reason). Auxiliary and modal verbs
     * are added to lists that already hold their kin ("would", "could" but not "will", "can"), never
     * words that are as often a name or a noun in news (English "may", Italian "ora").
     */
    static final Map<Language, List<String>> ADDED = Map.ofEntries(
            // Snowball has would/should/could/ought but not these; "may" is a month and a name
            Map.entry(Language.ENGLISH, List.of("can", "will", "must", "might", "shall")),
            // Snowball has the rarer forms of avoir and être (eût, fussiez) but not the commonest
            Map.entry(Language.FRENCH, List.of("a", "est", "été", "son", "être", "avoir", "dont", "où", "si", "ni",
                    "ça", "comme", "aussi", "tout", "tous", "toute", "toutes", "plus", "comment", "autre", "autres",
                    "vers", "depuis", "ainsi", "quand", "non", "certains", "est-ce")),
            Map.entry(Language.GERMAN, List.of("wer", "mehr", "immer", "schon", "ja", "mal", "nie", "ganz")),
            // Snowball has sí (yes) but not si (if), más but not menos
            Map.entry(Language.SPANISH, List.of("si", "ser", "sino", "tan", "así", "nunca", "siempre", "sólo", "solo",
                    "cada", "mismo", "nadie", "menos", "toda", "todas")),
            Map.entry(Language.ITALIAN, List.of("essere", "quando", "mai", "sempre", "prima", "dopo", "ogni", "senza",
                    "poi", "molto", "altro", "altri", "allora", "ancora", "meno", "tutte", "me", "te")),
            // Snowball writes е for ё (ее, еще): Lede keeps ё, so the ё spellings are added
            Map.entry(Language.RUSSIAN, List.of("это", "её", "всё", "ещё", "неё", "чём", "лишь", "который", "которые",
                    "которая", "тебе", "нам", "тех", "тому", "оно", "кого", "своей", "очень", "пока", "такое", "каждый",
                    "сколько")),
            // Snowball's list has é (is) only in a comment: it expects accents stripped
            Map.entry(Language.PORTUGUESE, List.of("é", "ser", "todos", "todo", "tudo", "onde", "porque", "sobre",
                    "então", "ainda", "agora", "assim", "apenas", "cada", "outro", "outros", "qualquer", "nada",
                    "menos", "antes", "alguns", "sempre", "nunca")),
            // Snowball's 101-word Dutch list has wij but not we
            Map.entry(Language.DUTCH, List.of("we", "alle", "welke", "zoals", "via", "waar", "elk", "zullen", "werden",
                    "indien", "enkel", "sommige", "meeste", "wanneer")),
            // auxiliary forms as Kuromoji gives them (ください → くださる, ません → ませ, です → す)
            Map.entry(Language.JAPANESE, List.of("くださる", "ませ", "す")),
            // stopwords-iso has 说 (say) but not 表示 (state), as common in news
            Map.entry(Language.CHINESE, List.of("表示")),
            // the dictionary forms Nori gives verbs (하다 "do", 되다 "become", 않다 "not"), the topic
            // particle 은 (the list has 는), 수 ("can", in 수 있다), 더, 또는, 모든, 입니다
            Map.entry(Language.KOREAN, List.of("하다", "되다", "않다", "은", "수", "더", "또는", "모든", "입니다")),
            Map.entry(Language.CATALAN, List.of()));

    /**
     * Entries removed from the source lists: words a reader wants counted because in news they
     * are mostly a noun or part of a name (docs/stopwords.md).
     */
    static final Map<Language, List<String>> REMOVED = Map.of(
            // "Weg" (way, path) is the noun in 57% of its uses in the German text checked
            Language.GERMAN, List.of("weg"),
            // a participle of estar in the list, but in text "Estados Unidos", "los Estados"
            Language.SPANISH, List.of("estados"));

    private static List<String> changed(Language l, List<String> list) {
        List<String> out = new ArrayList<>(list);
        out.removeAll(REMOVED.getOrDefault(l, List.of()));
        out.addAll(ADDED.getOrDefault(l, List.of()));
        return out;
    }

    private static String changes(Language l) {
        List<String> added = ADDED.getOrDefault(l, List.of());
        List<String> removed = REMOVED.getOrDefault(l, List.of());
        return (added.isEmpty() ? "" : ", plus " + String.join(" ", added))
                + (removed.isEmpty() ? "" : ", minus " + String.join(" ", removed));
    }

    /** Provenance of the built-in list of {@code l}, as shown by {@code Stopwords.source()}. */
    public static String source(Language l) {
        String lucene = "Lucene " + org.apache.lucene.util.Version.LATEST;
        String base = switch (l) {
            case ENGLISH -> "Snowball english_stop.txt (" + lucene + ")";
            case JAPANESE -> "JapaneseAnalyzer default stop set (" + lucene + ")";
            case CHINESE, KOREAN -> "stopwords-iso 1.1.0 (MIT), words only";
            case CATALAN -> "CatalanAnalyzer default stop set (" + lucene + ")";
            default -> "Snowball list via " + lucene;
        };
        return base + changes(l);
    }

    /** The raw entries of the built-in list of {@code l}. */
    public static List<String> load(Language l) {
        List<String> source = switch (l) {
            case ENGLISH -> snowball("english_stop.txt");
            case RUSSIAN -> strings(RussianAnalyzer.getDefaultStopSet());
            case FRENCH -> strings(FrenchAnalyzer.getDefaultStopSet());
            case CATALAN -> strings(CatalanAnalyzer.getDefaultStopSet());
            case SPANISH -> strings(SpanishAnalyzer.getDefaultStopSet());
            case GERMAN -> strings(GermanAnalyzer.getDefaultStopSet());
            case ITALIAN -> strings(ItalianAnalyzer.getDefaultStopSet());
            case PORTUGUESE -> strings(PortugueseAnalyzer.getDefaultStopSet());
            case DUTCH -> strings(DutchAnalyzer.getDefaultStopSet());
            case JAPANESE -> strings(JapaneseAnalyzer.getDefaultStopSet());
            case CHINESE -> vendored("zh.txt");
            case KOREAN -> vendored("ko.txt");
        };
        return changed(l, source);
    }

    private static List<String> snowball(String resource) {
        try (InputStream in = SnowballFilter.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Lucene resource " + resource + " missing from the classpath");
            }
            return strings(WordlistLoader.getSnowballWordSet(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Lucene stopword resource " + resource, e);
        }
    }

    private static List<String> vendored(String name) {
        String path = "/dev/lede/stopwords/" + name;
        try (InputStream in = StopwordLists.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("resource " + path + " missing from the classpath");
            }
            Reader r = new InputStreamReader(in, StandardCharsets.UTF_8);
            return strings(WordlistLoader.getWordSet(r, "#", new CharArraySet(16, false)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read stopword resource " + path, e);
        }
    }

    private static List<String> strings(CharArraySet set) {
        List<String> out = new ArrayList<>(set.size());
        for (Object o : set) {
            out.add(o instanceof char[] c ? new String(c) : o.toString());
        }
        return out;
    }
}
