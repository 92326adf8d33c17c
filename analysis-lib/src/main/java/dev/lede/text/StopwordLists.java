package dev.lede.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
     * Added to the Snowball French list, which has the rarer forms of avoir and être (eût,
     * fussiez) but not the commonest: "a" (has), "est" (is), "été" (been), and leaves out "son"
     * while it has "sa" and "ses"; the rest are function words as frequent in news text.
     */
    static final List<String> FRENCH_ADDED = List.of("a", "est", "été", "son", "être", "avoir", "dont", "où",
            "si", "ni", "ça", "comme", "aussi", "tout", "tous", "toute", "toutes");

    /** Added to stopwords-iso's Chinese list, which has 说 (say) but not 表示 (state), as common in news. */
    static final List<String> CHINESE_ADDED = List.of("表示");

    /**
     * Added to stopwords-iso's Korean list: the dictionary forms the Korean segmenter gives verbs
     * (하다 "do", 되다 "become"), whose stems the list has only as surface forms.
     */
    static final List<String> KOREAN_ADDED = List.of("하다", "되다");

    private static List<String> plus(List<String> list, List<String> more) {
        List<String> out = new ArrayList<>(list);
        out.addAll(more);
        return out;
    }

    /** Provenance of the built-in list of {@code l}, as shown by {@code Stopwords.source()}. */
    public static String source(Language l) {
        return switch (l) {
            case ENGLISH -> "Snowball english_stop.txt (Lucene " + org.apache.lucene.util.Version.LATEST + ")";
            case JAPANESE -> "JapaneseAnalyzer default stop set (Lucene " + org.apache.lucene.util.Version.LATEST + ")";
            case CHINESE -> "stopwords-iso 1.1.0 (MIT), words only, plus " + String.join(" ", CHINESE_ADDED);
            case KOREAN -> "stopwords-iso 1.1.0 (MIT), words only, plus " + String.join(" ", KOREAN_ADDED);
            case FRENCH -> "Snowball list via Lucene " + org.apache.lucene.util.Version.LATEST + ", plus "
                    + String.join(" ", FRENCH_ADDED);
            case CATALAN -> "CatalanAnalyzer default stop set (Lucene " + org.apache.lucene.util.Version.LATEST + ")";
            default -> "Snowball list via Lucene " + org.apache.lucene.util.Version.LATEST;
        };
    }

    /** The raw entries of the built-in list of {@code l}. */
    public static List<String> load(Language l) {
        return switch (l) {
            case ENGLISH -> snowball("english_stop.txt");
            case RUSSIAN -> strings(RussianAnalyzer.getDefaultStopSet());
            case FRENCH -> plus(strings(FrenchAnalyzer.getDefaultStopSet()), FRENCH_ADDED);
            case CATALAN -> strings(CatalanAnalyzer.getDefaultStopSet());
            case SPANISH -> strings(SpanishAnalyzer.getDefaultStopSet());
            case GERMAN -> strings(GermanAnalyzer.getDefaultStopSet());
            case ITALIAN -> strings(ItalianAnalyzer.getDefaultStopSet());
            case PORTUGUESE -> strings(PortugueseAnalyzer.getDefaultStopSet());
            case DUTCH -> strings(DutchAnalyzer.getDefaultStopSet());
            case JAPANESE -> strings(JapaneseAnalyzer.getDefaultStopSet());
            case CHINESE -> plus(vendored("zh.txt"), CHINESE_ADDED);
            case KOREAN -> plus(vendored("ko.txt"), KOREAN_ADDED);
        };
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
