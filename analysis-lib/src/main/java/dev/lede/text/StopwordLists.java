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

    /** Provenance of the built-in list of {@code l}, as shown by {@code Stopwords.source()}. */
    public static String source(Language l) {
        return switch (l) {
            case ENGLISH -> "Snowball english_stop.txt (Lucene " + org.apache.lucene.util.Version.LATEST + ")";
            case JAPANESE -> "JapaneseAnalyzer default stop set (Lucene " + org.apache.lucene.util.Version.LATEST + ")";
            case CHINESE, KOREAN -> "stopwords-iso 1.1.0 (MIT), words only";
            default -> "Snowball list via Lucene " + org.apache.lucene.util.Version.LATEST;
        };
    }

    /** The raw entries of the built-in list of {@code l}. */
    public static List<String> load(Language l) {
        return switch (l) {
            case ENGLISH -> snowball("english_stop.txt");
            case RUSSIAN -> strings(RussianAnalyzer.getDefaultStopSet());
            case FRENCH -> strings(FrenchAnalyzer.getDefaultStopSet());
            case SPANISH -> strings(SpanishAnalyzer.getDefaultStopSet());
            case GERMAN -> strings(GermanAnalyzer.getDefaultStopSet());
            case ITALIAN -> strings(ItalianAnalyzer.getDefaultStopSet());
            case PORTUGUESE -> strings(PortugueseAnalyzer.getDefaultStopSet());
            case DUTCH -> strings(DutchAnalyzer.getDefaultStopSet());
            case JAPANESE -> strings(JapaneseAnalyzer.getDefaultStopSet());
            case CHINESE -> vendored("zh.txt");
            case KOREAN -> vendored("ko.txt");
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
