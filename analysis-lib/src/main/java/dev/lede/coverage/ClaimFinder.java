package dev.lede.coverage;

import dev.lede.text.Sentences;
import dev.lede.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds duration and length claims in English text with regular expressions over a small
 * grammar: NUMBER (digits or English number words, optionally "and a half") joined by a hyphen or
 * white space to a UNIT (hours, minutes, seconds, words, sentences, characters, paragraphs), time
 * amounts chained with "and" or commas, and fixed phrases ("half an hour", "a minute and a half").
 * Pure: no state beyond the compiled patterns.
 */
final class ClaimFinder {

    private static final String ONES = "one|two|three|four|five|six|seven|eight|nine";
    private static final String TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
    private static final String TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
    private static final String BELOW_100 = "(?:(?:" + TENS + ")(?:[-‐‑ ](?:" + ONES + "))?|" + TEENS + "|" + ONES
            + "|zero)";
    private static final String WORD_NUMBER = "(?:(?:" + ONES + "|a)[- ]hundred(?:(?: and)? " + BELOW_100 + ")?|"
            + BELOW_100 + ")";
    private static final String DIGITS = "(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?";
    private static final String NUMBER = "(?:" + DIGITS + "|" + WORD_NUMBER + ")(?:[-‐‑ ]and[-‐‑ ]a[-‐‑ ]half)?";
    private static final String UNIT = "hours?|hrs?|minutes?|mins?|seconds?|secs?|words?|sentences?|characters?|paragraphs?";
    private static final String TIME_UNIT = "hours?|hrs?|minutes?|mins?|seconds?|secs?";
    private static final String SPACE = "[\\s\\u00A0]+";
    private static final String HYPHEN = "[-‐‑]";

    /** NUMBER, separator, UNIT, optional "-long"; not inside a longer word, number or date. */
    private static final Pattern AMOUNT = Pattern.compile(
            "(?<![\\p{L}\\p{N}_.,:/’'‐‑-])(?<num>" + NUMBER + ")(?<sep>" + HYPHEN + "|" + SPACE + ")(?<unit>" + UNIT
                    + ")(?<long>" + HYPHEN + "long)?(?![\\p{L}\\p{N}_]|[-‐‑][\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern TAIL = Pattern.compile(
            "(?:\\s*,\\s*|" + SPACE + "and" + SPACE + "|" + SPACE + ")(?<num>" + NUMBER + ")" + SPACE + "(?<unit>"
                    + TIME_UNIT + ")(?![\\p{L}\\p{N}_]|[-‐‑][\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern PHRASE = Pattern.compile(
            "(?<![\\p{L}\\p{N}_-])(?:half an hour|half a minute|half a second|half[-‐‑ ]hour|an hour and a half"
                    + "|a minute and a half|quarter of an hour|quarter[-‐‑]hour|three[- ]quarters of an hour)"
                    + "(?![\\p{L}\\p{N}_]|[-‐‑][\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern NEXT_WORDS = Pattern.compile(
            "^[\\s\\u00A0]+(?<w1>[\\p{L}][\\p{L}‐‑-]*)(?:[\\s\\u00A0]+(?<w2>[\\p{L}][\\p{L}‐‑-]*))?");
    private static final Pattern OF_NOUN = Pattern.compile(
            "^[\\s\\u00A0]+of[\\s\\u00A0]+(?:the[\\s\\u00A0]+)?(?<w>[\\p{L}][\\p{L}‐‑-]*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOUN_BEFORE = Pattern.compile(
            "(?<w>[\\p{L}][\\p{L}‐‑-]*)[\\s\\u00A0]+(?:of|lasting|lasted|running|ran)[\\s\\u00A0]+(?:just[\\s\\u00A0]+|only[\\s\\u00A0]+|about[\\s\\u00A0]+)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PREVIOUS_WORD = Pattern.compile("(?<w>[\\p{L}]+)[\\s\\u00A0]+(?:(?:a|an|the)[\\s\\u00A0]+)?$");
    private static final Pattern CLOCK_TO = Pattern.compile(
            "^[\\s\\u00A0]+(?:to|past)[\\s\\u00A0]+(?:\\d|midnight|noon|" + ONES + "|" + TEENS + ")",
            Pattern.CASE_INSENSITIVE);

    /** Things a length is stated for; plurals are accepted too. */
    public static final Set<String> NOUNS = Set.of("segment", "report", "clip", "broadcast", "bulletin", "item",
            "story", "piece", "package", "video", "interview", "spot", "slot", "feature", "summary", "article",
            "programme", "program", "newscast", "mention", "airtime", "coverage", "footage", "statement", "speech",
            "message", "dispatch", "news", "paragraph", "section", "passage", "sequence", "show", "update", "brief",
            "readout", "announcement", "soundbite", "sound-bite", "excerpt", "film", "documentary", "reference");
    /** Words that may stand between the length and its noun ("a 20-second news segment"). */
    private static final Set<String> MODIFIERS = Set.of("news", "television", "tv", "radio", "video", "short", "brief",
            "long", "live", "main", "evening", "morning", "nightly", "state", "prime-time", "primetime", "headline",
            "opening", "closing", "lead", "single", "separate");
    /** A claim right after one of these is a time window, not a length ("within 24 hours", "the last 20 seconds"). */
    public static final Set<String> REJECT_BEFORE = Set.of("within", "past", "last", "next", "every", "per", "after",
            "before", "since", "until", "till", "first");
    /** A claim right before one of these is a point in time or an age ("two hours later", "20 minutes old"). */
    public static final Set<String> REJECT_AFTER = Set.of("ago", "later", "earlier", "before", "after", "late",
            "early", "away", "behind", "ahead", "old", "into", "from", "since", "until", "till", "apart");

    private static final Pattern AND_A_HALF = Pattern.compile("[- ]+and[- ]+a[- ]+half$");

    private static final Map<String, Integer> SMALL = Map.ofEntries(Map.entry("zero", 0), Map.entry("one", 1),
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
            Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50),
            Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90),
            Map.entry("a", 1));

    private ClaimFinder() {
    }

    /** The claims in {@code text}, in text order. */
    public static List<LengthClaim> find(String document, String text) {
        List<Span> sentences = Sentences.split(text);
        List<LengthClaim> out = new ArrayList<>();
        List<Span> taken = new ArrayList<>();
        Matcher m = AMOUNT.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            from = m.end();
            double value = number(m.group("num"));
            String unitWord = m.group("unit").toLowerCase(Locale.ROOT);
            boolean hyphen = "-‐‑".indexOf(m.group("sep").charAt(0)) >= 0;
            int start = m.start();
            int end = m.end();
            CoverageUnit unit = unit(unitWord);
            double total = value * factor(unitWord);
            // chained time amounts, each of a smaller unit: "3 minutes and 10 seconds"
            if (!hyphen && unit == CoverageUnit.SECONDS && m.group("long") == null) {
                double lastFactor = factor(unitWord);
                Matcher t = TAIL.matcher(text);
                while (true) {
                    t.region(end, text.length());
                    if (!t.lookingAt()) {
                        break;
                    }
                    double f = factor(t.group("unit").toLowerCase(Locale.ROOT));
                    if (f >= lastFactor) {
                        break;
                    }
                    total += number(t.group("num")) * f;
                    lastFactor = f;
                    end = t.end();
                }
                from = end;
            }
            String noun = noun(text, start, end, !hyphen);
            boolean singular = !unitWord.endsWith("s");
            if (!hyphen && singular && value != 1 && noun.isEmpty()) {
                continue; // "2023 second" is not "2023 seconds"; "a 20 second segment" needs its noun
            }
            if (hyphen && noun.isEmpty()) {
                continue; // an adjective of something else: "a 24-hour ceasefire", "a 10-minute walk"
            }
            if (rejected(text, start, end)) {
                continue;
            }
            out.add(claim(document, text, sentences, total, unit, noun, start, end));
            taken.add(new Span(start, end));
        }
        Matcher p = PHRASE.matcher(text);
        while (p.find()) {
            Span s = new Span(p.start(), p.end());
            if (overlaps(taken, s) || rejected(text, p.start(), p.end())) {
                continue;
            }
            String phrase = p.group().toLowerCase(Locale.ROOT).replace('‐', '-').replace('‑', '-');
            double seconds;
            if (phrase.contains("three")) {
                seconds = 2700;
            } else if (phrase.contains("quarter")) {
                seconds = 900;
            } else if (phrase.contains("hour and a half")) {
                seconds = 5400;
            } else if (phrase.contains("minute and a half")) {
                seconds = 90;
            } else if (phrase.contains("hour")) {
                seconds = 1800;
            } else if (phrase.contains("minute")) {
                seconds = 30;
            } else {
                seconds = 0.5;
            }
            String noun = noun(text, p.start(), p.end(), true);
            if (phrase.contains("-") && noun.isEmpty()) {
                continue; // "a half-hour drive"
            }
            out.add(claim(document, text, sentences, seconds, CoverageUnit.SECONDS, noun, p.start(), p.end()));
        }
        out.sort((a, b) -> a.span().compareTo(b.span()));
        return out;
    }

    private static boolean overlaps(List<Span> taken, Span s) {
        for (Span t : taken) {
            if (t.start() < s.end() && s.start() < t.end()) {
                return true;
            }
        }
        return false;
    }

    private static LengthClaim claim(String document, String text, List<Span> sentences, double value,
                                     CoverageUnit unit, String noun, int start, int end) {
        Span sentence = new Span(start, end);
        for (Span s : sentences) {
            if (s.start() <= start && start < s.end()) {
                sentence = new Span(s.start(), Math.max(s.end(), end));
                break;
            }
        }
        return new LengthClaim(document, value, unit, noun, text.substring(start, end), new Span(start, end),
                sentence.of(text), sentence);
    }

    private static boolean rejected(String text, int start, int end) {
        Matcher before = PREVIOUS_WORD.matcher(text);
        before.region(Math.max(0, start - 40), start);
        if (before.find() && REJECT_BEFORE.contains(before.group("w").toLowerCase(Locale.ROOT))) {
            return true;
        }
        Matcher after = NEXT_WORDS.matcher(text);
        after.region(end, Math.min(text.length(), end + 60));
        if (after.lookingAt() && REJECT_AFTER.contains(after.group("w1").toLowerCase(Locale.ROOT))) {
            return true;
        }
        Matcher clock = CLOCK_TO.matcher(text);
        clock.region(end, Math.min(text.length(), end + 30));
        return clock.lookingAt();
    }

    /** The measured noun right after the amount, after "of", or before "of/lasting"; "" when none. */
    private static String noun(String text, int start, int end, boolean lookAround) {
        Matcher next = NEXT_WORDS.matcher(text);
        next.region(end, Math.min(text.length(), end + 80));
        if (next.lookingAt()) {
            String w1 = lower(next.group("w1"));
            String w2 = next.group("w2") == null ? null : lower(next.group("w2"));
            if (w2 != null && MODIFIERS.contains(w1) && isNoun(w2)) {
                return w2;
            }
            if (w1.equals("news") && w2 != null) {
                return ""; // "a 24-hour news channel", "news conference": not a length of coverage
            }
            if (isNoun(w1)) {
                return w1;
            }
        }
        if (!lookAround) {
            return "";
        }
        Matcher of = OF_NOUN.matcher(text);
        of.region(end, Math.min(text.length(), end + 60));
        if (of.lookingAt() && isNoun(lower(of.group("w")))) {
            return lower(of.group("w"));
        }
        Matcher before = NOUN_BEFORE.matcher(text);
        before.region(Math.max(0, start - 60), start);
        if (before.find() && isNoun(lower(before.group("w")))) {
            return lower(before.group("w"));
        }
        return "";
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT).replace('‐', '-').replace('‑', '-');
    }

    private static boolean isNoun(String w) {
        return NOUNS.contains(w) || (w.endsWith("s") && NOUNS.contains(w.substring(0, w.length() - 1)));
    }

    private static CoverageUnit unit(String unitWord) {
        if (unitWord.startsWith("h") || unitWord.startsWith("m") || unitWord.startsWith("sec")) {
            return CoverageUnit.SECONDS;
        }
        if (unitWord.startsWith("w")) {
            return CoverageUnit.WORDS;
        }
        if (unitWord.startsWith("sen")) {
            return CoverageUnit.SENTENCES;
        }
        if (unitWord.startsWith("c")) {
            return CoverageUnit.CHARACTERS;
        }
        return CoverageUnit.PARAGRAPHS;
    }

    private static double factor(String unitWord) {
        if (unitWord.startsWith("h")) {
            return 3600;
        }
        if (unitWord.startsWith("m")) {
            return 60;
        }
        return 1;
    }

    /** The value of a NUMBER match: "20", "1,000", "2.5", "twenty-five", "a hundred and ten", "two and a half". */
    static double number(String s) {
        String n = s.toLowerCase(Locale.ROOT).replace('‐', '-').replace('‑', '-');
        double half = 0;
        Matcher h = AND_A_HALF.matcher(n);
        if (h.find()) {
            half = 0.5;
            n = n.substring(0, h.start());
        }
        if (Character.isDigit(n.charAt(0))) {
            return Double.parseDouble(n.replace(",", "")) + half;
        }
        double total = 0;
        double current = 0;
        for (String w : n.split("[- ]+")) {
            if (w.equals("and")) {
                continue;
            }
            if (w.equals("hundred")) {
                current = (current == 0 ? 1 : current) * 100;
                continue;
            }
            Integer v = SMALL.get(w);
            if (v == null) {
                throw new IllegalStateException("number word '" + w + "' in '" + s + "' is not in the grammar");
            }
            current += v;
        }
        total += current;
        return total + half;
    }
}
