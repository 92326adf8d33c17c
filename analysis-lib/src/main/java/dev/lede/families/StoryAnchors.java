package dev.lede.families;

import dev.lede.corpus.Corpus;
import dev.lede.corpus.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether two documents tell the same story, from the facts that survive paraphrase and
 * translation: names and figures. A document's <b>anchors</b> are its capitalised words that do not
 * start a sentence (lower-cased: "Rotterdam", "Codelco", "Wanjiru") and its numbers of two or more
 * digits with separators removed ("2,300" and "2.300" are both 2300; years 1900-2099 are left
 * out, as are news organisations' names, weekdays and months). The story similarity of two
 * documents is the IDF-weighted share of the smaller anchor set that the other document has too,
 * IDF = ln(1 + N / df) over the documents compared. Pure; the same corpus gives the same numbers.
 */
final class StoryAnchors {

    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}'’-]*");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}])\\d[\\d.,]*\\d|(?<![\\p{L}\\p{N}.,])\\d(?![\\p{N}])");
    private static final Set<String> IGNORED = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "i", "the", "a", "an", "in", "on", "at", "of", "and",
            "but", "for", "to", "by", "with", "as", "it", "he", "she", "we", "they", "this", "that", "editing",
            "reporting", "writing", "additional", "related", "breaking", "share", "subscribe", "copyright",
            "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "lunes", "martes",
            "miércoles", "jueves", "viernes", "sábado", "domingo", "lundi", "mardi", "mercredi", "jeudi",
            "vendredi", "samedi", "dimanche");

    private final List<String> ids;
    private final Map<String, Set<String>> anchors;
    private final Map<String, Double> idf;

    private StoryAnchors(List<String> ids, Map<String, Set<String>> anchors, Map<String, Double> idf) {
        this.ids = ids;
        this.anchors = anchors;
        this.idf = idf;
    }

    static StoryAnchors of(Corpus corpus, NewsOrganisations organisations) {
        Map<String, Set<String>> anchors = new TreeMap<>();
        TreeMap<String, Integer> df = new TreeMap<>();
        List<String> ids = new ArrayList<>();
        for (Document d : corpus.documents()) {
            Set<String> a = anchors(d.text(), organisations);
            anchors.put(d.id(), a);
            ids.add(d.id());
            for (String x : a) {
                df.merge(x, 1, Integer::sum);
            }
        }
        Map<String, Double> idf = new TreeMap<>();
        int n = ids.size();
        df.forEach((k, v) -> idf.put(k, Math.log(1 + (double) n / v)));
        return new StoryAnchors(List.copyOf(ids), anchors, idf);
    }

    /** The anchors of one text, sorted. */
    static Set<String> anchors(String text, NewsOrganisations organisations) {
        TreeSet<String> out = new TreeSet<>();
        boolean[] org = new boolean[text.length()];
        for (NewsOrganisations.Match m : organisations.find(text)) {
            for (int i = m.start(); i < m.end(); i++) {
                org[i] = true;
            }
        }
        Matcher c = CAPITALISED.matcher(text);
        while (c.find()) {
            if (org[c.start()] || sentenceStart(text, c.start())) {
                continue;
            }
            String w = c.group().toLowerCase(Locale.ROOT).replaceAll("['’]s?$", "");
            if (w.length() > 1 && !IGNORED.contains(w)) {
                out.add(w);
            }
        }
        Matcher n = NUMBER.matcher(text);
        while (n.find()) {
            String digits = n.group().replaceAll("[.,]", "");
            if (digits.length() < 2 || digits.length() == 4 && (digits.startsWith("19") || digits.startsWith("20"))) {
                continue;
            }
            out.add(digits);
        }
        return out;
    }

    /** True when only white space, quotes or brackets stand between the last sentence end (or line start) and i. */
    private static boolean sentenceStart(String text, int i) {
        int k = i - 1;
        while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == '\t' || "\"“‘'([".indexOf(text.charAt(k)) >= 0)) {
            k--;
        }
        return k < 0 || text.charAt(k) == '\n' || ".!?:—–-|".indexOf(text.charAt(k)) >= 0;
    }

    Set<String> of(String id) {
        return anchors.get(id);
    }

    /** The story similarity of two documents in [0, 1] (0 when either has no anchors). */
    double similarity(String a, String b) {
        Set<String> x = anchors.get(a);
        Set<String> y = anchors.get(b);
        double wx = weight(x);
        double wy = weight(y);
        if (wx == 0 || wy == 0) {
            return 0;
        }
        double shared = 0;
        for (String s : x) {
            if (y.contains(s)) {
                shared += idf.get(s);
            }
        }
        return shared / Math.min(wx, wy);
    }

    /** The anchors two documents share, sorted. */
    List<String> shared(String a, String b) {
        TreeSet<String> s = new TreeSet<>(anchors.get(a));
        s.retainAll(anchors.get(b));
        return List.copyOf(s);
    }

    private double weight(Set<String> s) {
        double w = 0;
        for (String x : s) {
            w += idf.get(x);
        }
        return w;
    }
}
