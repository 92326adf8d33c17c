package dev.lede.coverage;

import dev.lede.text.Sentences;
import dev.lede.text.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds duration and length claims in English text for one set of {@link LengthClaims.Rules}:
 * regular expressions over a small grammar of amounts (see {@link LengthClaims} for the rules as a
 * user reads them), then the measured noun and the claim's {@link LengthClaim.Kind kind}.
 * Pure: no state beyond the compiled patterns, so one finder serves every thread.
 */
final class ClaimFinder {

    private static final int I = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String ONES = "one|two|three|four|five|six|seven|eight|nine";
    private static final String TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
    private static final String TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
    private static final String H = "[-‐‑ ]";
    private static final String BELOW_100 = "(?:(?:" + TENS + ")(?:" + H + "(?:" + ONES + "))?|" + TEENS + "|" + ONES
            + "|zero)";
    private static final String HUNDREDS = "(?:(?:" + BELOW_100 + "|a)" + H + "hundred(?:(?:" + H + "and)?" + H
            + BELOW_100 + ")?)";
    private static final String BELOW_1000 = "(?:" + HUNDREDS + "|" + BELOW_100 + ")";
    private static final String THOUSANDS = "(?:(?:" + BELOW_1000 + "|a)" + H + "thousand(?:(?:,?" + H + "and)?" + H
            + BELOW_1000 + ")?)";
    private static final String WORD_NUMBER = "(?:" + THOUSANDS + "|" + BELOW_1000 + ")";
    private static final String DIGITS = "(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?";
    private static final String FRACTION = "(?:" + H + "and" + H + "(?:a" + H + "half|a" + H + "quarter|three" + H
            + "quarters))";
    private static final String NUMBER = "(?:" + DIGITS + "|" + WORD_NUMBER + ")" + FRACTION + "?";
    private static final String SPACE = "[\\s\\u00A0]+";
    private static final String HYPHEN = "[-‐‑]";
    private static final String NOT_AFTER = "(?![\\p{L}\\p{N}_]|[-‐‑][\\p{L}\\p{N}])";

    private static final Pattern PHRASE = Pattern.compile(
            "(?<![\\p{L}\\p{N}_-])(?:half an hour|half a minute|half a second|half[-‐‑ ]hour|an hour and a half"
                    + "|a minute and a half|an hour and a quarter|quarter of an hour|quarter[-‐‑]hour"
                    + "|three[- ]quarters of an hour)" + NOT_AFTER, I);
    /** Compact durations: "2m 30s", "4m 15s", "1h 05m", "1 min 20 sec", "1h 2m 3s". */
    private static final Pattern SHORT = Pattern.compile(
            "(?<![\\p{L}\\p{N}_.,:])(?:(?<h>\\d{1,2})\\s?(?:h|hrs?)\\s?(?<hm>\\d{1,2})\\s?m(?:ins?)?(?:\\s?(?<hs>\\d{1,2})"
                    + "\\s?s(?:ecs?)?)?|(?<m>\\d{1,3})\\s?m(?:ins?)?\\s?(?<ms>\\d{1,2})\\s?s(?:ecs?)?)(?![\\p{L}\\p{N}_])", I);
    /** Clock notation of a running time: "1:30", "0:45", "1:02:11" (only with a cue, see {@link #clockAccepted}). */
    private static final Pattern CLOCK = Pattern.compile(
            "(?<![\\p{N}:.,/\\p{L}])(?:(?<hh>\\d{1,2}):)?(?<mm>\\d{1,2}):(?<ss>[0-5]\\d)(?![\\p{N}:]|[.,]\\d)");
    /** "a single paragraph", "an hour", "a minute": an article as the number one. */
    private static final Pattern ARTICLE = Pattern.compile(
            "(?<![\\p{L}\\p{N}_-])(?<num>(?:a|an|one)" + SPACE + "single|a|an)" + SPACE + "(?<unit>[\\p{L}]+)(?<long>"
                    + HYPHEN + "long)?" + NOT_AFTER, I);
    /** "hour-long", "minute-long" without a number: one unit. */
    private static final Pattern LONG = Pattern.compile(
            "(?<![\\p{L}\\p{N}_-])(?<unit>hour|minute|second)" + HYPHEN + "long" + NOT_AFTER, I);

    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}‐‑'’-]*");
    private static final Pattern NEXT_WORDS = Pattern.compile(
            "^['’]?(?:[\\s\\u00A0]+(?<w1>[\\p{L}][\\p{L}‐‑-]*))(?:[\\s\\u00A0]+(?<w2>[\\p{L}][\\p{L}‐‑-]*))?"
                    + "(?:[\\s\\u00A0]+(?<w3>[\\p{L}][\\p{L}‐‑-]*))?");
    private static final Pattern OF_NOUN = Pattern.compile(
            "^[\\s\\u00A0]+of[\\s\\u00A0]+(?:(?:the|its|their|his|her)[\\s\\u00A0]+)?(?<w1>[\\p{L}][\\p{L}‐‑-]*)"
                    + "(?:[\\s\\u00A0]+(?<w2>[\\p{L}][\\p{L}‐‑-]*))?", I);
    private static final Pattern PREVIOUS_WORD = Pattern.compile("(?<w>[\\p{L}]+)[\\s\\u00A0]+(?:(?:a|an|the)[\\s\\u00A0]+)?$");
    /** Words right after an amount that make it a point in time, an age or a distance: "ten minutes ago". */
    private static final Pattern OFFSET = Pattern.compile(
            "^['’]?[\\s\\u00A0]+(?:ago|later|earlier|old|away|apart|(?:to|past)[\\s\\u00A0]+(?:\\d|midnight|noon|"
                    + ONES + "|" + TEENS + "))\\b", I);
    /** A verb that links a noun before the amount to it: "the clip lasted", "the story ran to". */
    private static final Pattern LINK = Pattern.compile(
            "(?:\\b(?:ran|runs|run|running|lasted|lasts|last|lasting|was|is|were|are|came|comes|clocked|clocks|clocking"
                    + "|totalled|totaled|totals|took|takes|reached|cut|reduced|trimmed|(?:\\w+[\\s\\u00A0]+)?in[\\s\\u00A0]+at"
                    + "|at|of|length|time)(?:[\\s\\u00A0]+(?:to|for|in|up|at|just|only|about|barely|nearly|roughly|some"
                    + "|exactly|under|over|around|a|tight|mere|less|more|fewer|than))*[\\s\\u00A0:,]*|[(][\\s\\u00A0]*"
                    + "|,[\\s\\u00A0]*(?:at[\\s\\u00A0]+)?)$", I);
    private static final Pattern CLOCK_CUE_BEFORE = Pattern.compile(
            "\\b(?:ran|runs|run|lasted|lasts|lasting|running[\\s\\u00A0]+time|length|duration|clocking[\\s\\u00A0]+in"
                    + "[\\s\\u00A0]+at|clocked[\\s\\u00A0]+in[\\s\\u00A0]+at|clocks[\\s\\u00A0]+in[\\s\\u00A0]+at|timed[\\s\\u00A0]+at)"
                    + "[\\s\\u00A0:]*(?:just[\\s\\u00A0]+|only[\\s\\u00A0]+|about[\\s\\u00A0]+)?$|[(][\\s\\u00A0]*$", I);
    private static final Pattern CLOCK_CUE_AFTER = Pattern.compile("^(?:[\\s\\u00A0]+in[\\s\\u00A0]+all|[\\s\\u00A0]*[)]"
            + "|[\\s\\u00A0]+long)\\b?", I);
    private static final Pattern CLOCK_TIME_AFTER = Pattern.compile(
            "^[\\s\\u00A0]*(?:a\\.?m\\b|p\\.?m\\b|h\\b|hrs\\b|gmt|utc|cet|local|o'clock|GMT)", I);
    /** Verbs by which a piece of coverage gives or gets time: "the bulletin gave the deal 20 seconds". */
    private static final Pattern GIVER = Pattern.compile(
            "\\b(?:gave|give|gives|giving|got|get|gets|getting|spent|spend|spends|devoted|devote|devotes|received|receives"
                    + "|earned|earns|allotted|allocated|went[\\s\\u00A0]+to|go[\\s\\u00A0]+to|took[\\s\\u00A0]+up|takes[\\s\\u00A0]+up"
                    + "|cut[\\s\\u00A0]+to|reduced[\\s\\u00A0]+to|trimmed[\\s\\u00A0]+to|aired|broadcast|ran|runs|showed"
                    + "|carried)\\b", I);
    private static final Pattern PRONOUN_START = Pattern.compile(
            "^[\\s\\u00A0\"“]*(?:it|that|this|the[\\s\\u00A0]+whole[\\s\\u00A0]+thing)\\b", I);

    private static final Map<String, Integer> SMALL = Map.ofEntries(Map.entry("zero", 0), Map.entry("one", 1),
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
            Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50),
            Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90),
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("single", 0));

    private final LengthClaims.Rules rules;
    private final Pattern amount;
    private final Pattern tail;

    ClaimFinder(LengthClaims.Rules rules) {
        this.rules = rules;
        List<String> words = new ArrayList<>(rules.unitWords());
        words.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        List<String> time = new ArrayList<>();
        for (String w : words) {
            if (rules.unitOf(w) == CoverageUnit.SECONDS) {
                time.add(w);
            }
        }
        String unit = alternation(words);
        this.amount = Pattern.compile(
                "(?<![\\p{L}\\p{N}_.,:/’'‐‑-])(?<num>" + NUMBER + ")(?<sep>" + HYPHEN + "|" + SPACE + ")(?<unit>" + unit
                        + ")(?<long>" + HYPHEN + "long)?" + NOT_AFTER, I);
        this.tail = time.isEmpty() ? null : Pattern.compile(
                "(?:\\s*,\\s*|" + SPACE + "and" + SPACE + "|" + SPACE + ")(?<num>" + NUMBER + ")" + SPACE + "(?<unit>"
                        + alternation(time) + ")" + NOT_AFTER, I);
    }

    private static String alternation(List<String> words) {
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            if (b.length() > 0) {
                b.append('|');
            }
            b.append(Pattern.quote(w));
        }
        return b.length() == 0 ? "(?!)" : b.toString();
    }

    /** One amount found by one of the patterns, before its noun and kind are known. */
    private record Candidate(int start, int end, double value, CoverageUnit unit, boolean attributive,
                             boolean singularWithSpace, boolean clock) {
    }

    /** The claims in {@code text}, in text order. */
    List<LengthClaim> find(String document, String text) {
        List<Span> sentences = Sentences.split(text);
        List<Candidate> found = new ArrayList<>();
        phrases(text, found);
        shorts(text, found);
        clocks(text, found);
        amounts(text, found);
        articles(text, found);
        longs(text, found);
        found.sort(Comparator.comparingInt(Candidate::start));
        List<LengthClaim> out = new ArrayList<>();
        for (Candidate c : found) {
            Span sentence = sentenceOf(sentences, c.start(), c.end());
            if (timePoint(text, c.start(), c.end())) {
                continue;
            }
            String after = noun(text, c.end());
            if (c.attributive() && after.isEmpty()) {
                continue; // an adjective of something not measured: "a 24-hour news channel", "a 500-word limit"
            }
            if (c.singularWithSpace() && after.isEmpty()) {
                continue; // "in 2023 second place" is not "2023 seconds"; "a 20 second segment" has its noun
            }
            String noun = after;
            LengthClaim.Kind kind = after.isEmpty() ? null : rules.kindOf(after);
            if (after.isEmpty()) {
                noun = nounBefore(text, sentence.start(), c.start());
                kind = noun.isEmpty() ? null : rules.kindOf(noun);
            }
            if (kind == null) {
                kind = c.unit() != CoverageUnit.SECONDS ? LengthClaim.Kind.COVERAGE
                        : context(text, sentence, c.start(), c.end());
            }
            out.add(new LengthClaim(document, c.value(), c.unit(), noun, text.substring(c.start(), c.end()),
                    new Span(c.start(), c.end()), text.substring(sentence.start(), sentence.end()), sentence, kind));
        }
        return out;
    }

    private static boolean overlaps(List<Candidate> taken, int start, int end) {
        for (Candidate t : taken) {
            if (t.start() < end && start < t.end()) {
                return true;
            }
        }
        return false;
    }

    private void phrases(String text, List<Candidate> out) {
        Matcher p = PHRASE.matcher(text);
        while (p.find()) {
            String phrase = p.group().toLowerCase(Locale.ROOT).replace('‐', '-').replace('‑', '-');
            double seconds;
            if (phrase.contains("three")) {
                seconds = 2700;
            } else if (phrase.contains("hour and a quarter")) {
                seconds = 4500;
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
            out.add(new Candidate(p.start(), p.end(), seconds, CoverageUnit.SECONDS, phrase.contains("-"), false, false));
        }
    }

    private void shorts(String text, List<Candidate> out) {
        Matcher m = SHORT.matcher(text);
        while (m.find()) {
            if (overlaps(out, m.start(), m.end())) {
                continue;
            }
            double v = m.group("h") != null
                    ? 3600 * Double.parseDouble(m.group("h")) + 60 * Double.parseDouble(m.group("hm"))
                    + (m.group("hs") == null ? 0 : Double.parseDouble(m.group("hs")))
                    : 60 * Double.parseDouble(m.group("m")) + Double.parseDouble(m.group("ms"));
            out.add(new Candidate(m.start(), m.end(), v, CoverageUnit.SECONDS, false, false, false));
        }
    }

    private void clocks(String text, List<Candidate> out) {
        Matcher m = CLOCK.matcher(text);
        while (m.find()) {
            if (overlaps(out, m.start(), m.end()) || !clockAccepted(text, m.start(), m.end())) {
                continue;
            }
            double v = (m.group("hh") == null ? 0 : 3600 * Double.parseDouble(m.group("hh")))
                    + 60 * Double.parseDouble(m.group("mm")) + Double.parseDouble(m.group("ss"));
            out.add(new Candidate(m.start(), m.end(), v, CoverageUnit.SECONDS, false, false, true));
        }
    }

    /**
     * A clock form is a running time only with a cue: a measured noun right after it ("a 1:30
     * package"), a duration word before it ("ran 0:45", "running time 4:10", "(2:05)"), "in all" or
     * "long" after it, or a coverage noun among the four words before it ("the lead item, at 1:05");
     * never when a time-of-day word follows ("7:30 pm", "10:15 local time") or "at" precedes with no noun.
     */
    private boolean clockAccepted(String text, int start, int end) {
        String after = text.substring(end, Math.min(text.length(), end + 20));
        if (CLOCK_TIME_AFTER.matcher(after).find()) {
            return false;
        }
        if (!noun(text, end).isEmpty() || CLOCK_CUE_AFTER.matcher(after).find()) {
            return true;
        }
        String before = text.substring(Math.max(0, start - 40), start);
        if (CLOCK_CUE_BEFORE.matcher(before).find()) {
            return true;
        }
        List<String> words = new ArrayList<>();
        Matcher w = WORD.matcher(before);
        while (w.find()) {
            words.add(lower(w.group()));
        }
        for (int k = words.size() - 1; k >= Math.max(0, words.size() - 4); k--) {
            if (rules.kindOf(words.get(k)) == LengthClaim.Kind.COVERAGE) {
                return true;
            }
        }
        return false;
    }

    private void amounts(String text, List<Candidate> out) {
        Matcher m = amount.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            from = m.end();
            if (overlaps(out, m.start(), m.end())) {
                continue;
            }
            String unitWord = m.group("unit").toLowerCase(Locale.ROOT);
            double value = number(m.group("num"));
            boolean hyphen = "-‐‑".indexOf(m.group("sep").charAt(0)) >= 0;
            CoverageUnit unit = rules.unitOf(unitWord);
            double factor = rules.factorOf(unitWord);
            double total = value * factor;
            int end = m.end();
            // chained time amounts, each of a smaller unit: "3 minutes and 10 seconds", "1 hour 20 minutes"
            if (!hyphen && unit == CoverageUnit.SECONDS && m.group("long") == null && tail != null) {
                double lastFactor = factor;
                Matcher t = tail.matcher(text);
                while (true) {
                    t.region(end, text.length());
                    if (!t.lookingAt()) {
                        break;
                    }
                    double f = rules.factorOf(t.group("unit").toLowerCase(Locale.ROOT));
                    if (f >= lastFactor) {
                        break;
                    }
                    total += number(t.group("num")) * f;
                    lastFactor = f;
                    end = t.end();
                }
                from = end;
            }
            boolean singular = rules.isSingular(unitWord) && value != 1 && !hyphen;
            out.add(new Candidate(m.start(), end, total, unit, hyphen, singular, false));
        }
    }

    private void articles(String text, List<Candidate> out) {
        Matcher m = ARTICLE.matcher(text);
        while (m.find()) {
            String unitWord = m.group("unit").toLowerCase(Locale.ROOT);
            boolean single = m.group("num").toLowerCase(Locale.ROOT).endsWith("single");
            boolean hyphen = m.group("long") != null;
            if (!rules.unitWords().contains(unitWord) || !rules.isSingular(unitWord)
                    || !(single || hyphen || rules.articleUnits().contains(unitWord))
                    || overlaps(out, m.start(), m.end())) {
                continue;
            }
            out.add(new Candidate(m.start(), m.end(), rules.factorOf(unitWord), rules.unitOf(unitWord), hyphen, false,
                    false));
        }
    }

    private void longs(String text, List<Candidate> out) {
        Matcher m = LONG.matcher(text);
        while (m.find()) {
            String unitWord = m.group("unit").toLowerCase(Locale.ROOT);
            if (overlaps(out, m.start(), m.end()) || !rules.unitWords().contains(unitWord)) {
                continue;
            }
            out.add(new Candidate(m.start(), m.end(), rules.factorOf(unitWord), rules.unitOf(unitWord), true, false,
                    false));
        }
    }

    private static Span sentenceOf(List<Span> sentences, int start, int end) {
        for (Span s : sentences) {
            if (s.start() <= start && start < s.end()) {
                return new Span(s.start(), Math.max(s.end(), end));
            }
        }
        return new Span(start, end);
    }

    /**
     * Not a length: a time window or frequency ("within 24 hours", "the last 20 seconds", "every
     * 15 seconds": the word before decides), or a point in time, age or distance whose offset word
     * belongs to the expression itself ("two hours later", "ten minutes ago", "20 minutes old",
     * "20 minutes to midnight"). No other words after a claim ever drop it.
     */
    private boolean timePoint(String text, int start, int end) {
        Matcher before = PREVIOUS_WORD.matcher(text);
        before.region(Math.max(0, start - 40), start);
        if (before.find() && rules.windowWords().contains(before.group("w").toLowerCase(Locale.ROOT))) {
            return true;
        }
        Matcher after = OFFSET.matcher(text);
        after.region(end, Math.min(text.length(), end + 40));
        return after.lookingAt();
    }

    /** The measured noun right after the amount (after up to two modifiers, or after "of"); "" when none. */
    private String noun(String text, int end) {
        Matcher next = NEXT_WORDS.matcher(text);
        next.region(end, Math.min(text.length(), end + 100));
        if (next.lookingAt()) {
            String w1 = lower(next.group("w1"));
            String w2 = next.group("w2") == null ? null : lower(next.group("w2"));
            String w3 = next.group("w3") == null ? null : lower(next.group("w3"));
            if (w2 != null && rules.isNoun(w1 + " " + w2)) {
                return w1 + " " + w2;
            }
            if (w2 != null && rules.isModifier(w1)) {
                if (w3 != null && rules.isNoun(w2 + " " + w3)) {
                    return w2 + " " + w3;
                }
                if (rules.isNoun(w2)) {
                    return w2;
                }
                if (w3 != null && rules.isModifier(w2) && rules.isNoun(w3)) {
                    return w3;
                }
            }
            if (w1.equals("news") && w2 != null) {
                return ""; // "a 24-hour news channel": the length of something else
            }
            if (rules.isNoun(w1)) {
                return w1;
            }
        }
        Matcher of = OF_NOUN.matcher(text);
        of.region(end, Math.min(text.length(), end + 80));
        if (of.lookingAt()) {
            String w1 = lower(of.group("w1"));
            String w2 = of.group("w2") == null ? null : lower(of.group("w2"));
            if (w2 != null && rules.isNoun(w1 + " " + w2)) {
                return w1 + " " + w2;
            }
            if (rules.isNoun(w1)) {
                return w1;
            }
            if (w2 != null && rules.isModifier(w1) && rules.isNoun(w2)) {
                return w2;
            }
        }
        return "";
    }

    /**
     * The noun of the clause before the amount when a linking word joins them: "the clip lasted
     * two minutes", "the wire story ran to 1,200 words", "the report (2:05)", "the lead item, at
     * 1:05". The first measured noun of the clause wins (its subject: "the report on the summit ran
     * ..." is the report's length, not the summit's).
     */
    private String nounBefore(String text, int sentenceStart, int start) {
        String before = text.substring(sentenceStart, start);
        Matcher link = LINK.matcher(before);
        if (!link.find()) {
            return "";
        }
        String clause = before.substring(0, link.start());
        int cut = Math.max(Math.max(clause.lastIndexOf(';'), clause.lastIndexOf(':')),
                Math.max(clause.lastIndexOf(" — "), clause.lastIndexOf(" – ")));
        if (cut >= 0) {
            clause = clause.substring(cut + 1);
        }
        List<String> words = new ArrayList<>();
        Matcher w = WORD.matcher(clause);
        while (w.find()) {
            words.add(lower(w.group()).replaceAll("['’]s?$", ""));
        }
        if (words.size() > 12) {
            words = words.subList(words.size() - 12, words.size());
        }
        for (int k = 0; k < words.size(); k++) {
            if (k + 1 < words.size() && rules.isNoun(words.get(k) + " " + words.get(k + 1))) {
                return words.get(k) + " " + words.get(k + 1);
            }
            if (rules.isNoun(words.get(k))) {
                return words.get(k);
            }
        }
        return "";
    }

    /**
     * The kind of a claim with no noun of a known kind, from its sentence: coverage when a coverage
     * word ("bulletin", "channel", "airtime", ...) stands with a verb of giving or taking time
     * ("the bulletin gave the deal 20 seconds"); otherwise the side with more cue words wins;
     * a sentence about "it" or "that" with no cue, or a tie, is unknown.
     */
    private LengthClaim.Kind context(String text, Span sentence, int start, int end) {
        String s = text.substring(sentence.start(), sentence.end());
        int coverage = 0;
        int event = 0;
        Matcher w = WORD.matcher(s);
        while (w.find()) {
            if (w.start() >= start - sentence.start() && w.end() <= end - sentence.start()) {
                continue;
            }
            String word = lower(w.group()).replaceAll("['’]s?$", "");
            LengthClaim.Kind k = rules.kindOf(word);
            if (k == LengthClaim.Kind.COVERAGE || rules.coverageCues().contains(word)) {
                coverage++;
            } else if (k == LengthClaim.Kind.EVENT || rules.eventCues().contains(word)) {
                event++;
            }
        }
        if (coverage > 0 && GIVER.matcher(s).find()) {
            return LengthClaim.Kind.COVERAGE;
        }
        if (coverage > event) {
            return LengthClaim.Kind.COVERAGE;
        }
        if (event > coverage) {
            return LengthClaim.Kind.EVENT;
        }
        if (coverage == 0 && !PRONOUN_START.matcher(s).find()) {
            String before = text.substring(Math.max(sentence.start(), start - 12), start).toLowerCase(Locale.ROOT);
            if (before.matches("(?s).*\\b(?:for|after)[\\s\\u00A0]+(?:(?:about|some|nearly|almost|over|more than|less than"
                    + "|just|only)[\\s\\u00A0]+)?$")) {
                return LengthClaim.Kind.EVENT; // "rescuers dug for twelve hours": something done for a time
            }
        }
        return LengthClaim.Kind.UNKNOWN;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT).replace('‐', '-').replace('‑', '-');
    }

    /**
     * The value of a NUMBER match: "20", "1,000", "2.5", "twenty-five", "a hundred and ten",
     * "fifteen hundred", "two thousand", "one thousand two hundred", "two and a half".
     */
    static double number(String s) {
        String n = lower(s);
        double fraction = 0;
        Matcher f = Pattern.compile("[- ]+and[- ]+(a[- ]+half|a[- ]+quarter|three[- ]+quarters)$").matcher(n);
        if (f.find()) {
            fraction = f.group(1).startsWith("a") ? (f.group(1).endsWith("half") ? 0.5 : 0.25) : 0.75;
            n = n.substring(0, f.start());
        }
        if (Character.isDigit(n.charAt(0))) {
            return Double.parseDouble(n.replace(",", "")) + fraction;
        }
        double total = 0;
        double current = 0;
        for (String w : n.split("[-, ]+")) {
            if (w.equals("and") || w.isEmpty()) {
                continue;
            }
            if (w.equals("hundred")) {
                current = (current == 0 ? 1 : current) * 100;
                continue;
            }
            if (w.equals("thousand")) {
                total += (current == 0 ? 1 : current) * 1000;
                current = 0;
                continue;
            }
            Integer v = SMALL.get(w);
            if (v == null) {
                throw new IllegalStateException("number word '" + w + "' in '" + s + "' is not in the grammar");
            }
            current += v;
        }
        total += current;
        return total + fraction;
    }
}
