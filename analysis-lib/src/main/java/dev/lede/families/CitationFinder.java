package dev.lede.families;

import dev.lede.corpus.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds which news organisations a document cites as its source, and which it merely names.
 * A name counts as cited when a citation cue stands next to it on the same line (see
 * {@link CitationKind}); every other name is a mention. Pure per document.
 */
final class CitationFinder {

    /** What one document cites and mentions. */
    public record Found(List<SourceCitation> citations, List<OrganisationMention> mentions) {
    }

    private static final int WINDOW = 80;
    private static final int I = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** Up to five words (no punctuation but apostrophes) between a cue and the name: "the country's state news agency". */
    private static final String DESCRIPTOR = "(?:[\\p{L}][\\p{L}'’-]*\\s+){0,5}";
    private static final Pattern ACCORDING_TO = Pattern.compile(
            "(?:\\baccording\\s+to|\\blaut|\\bselon|\\bseg[uú]n|\\bsecondo|\\bstando\\s+a|\\bsegundo|\\bd['’]apr[eè]s)\\s+"
                    + DESCRIPTOR + "$", I);
    /** A reporting verb before its subject, as in German, Spanish and French: "berichtete die Nachrichtenagentur Reuters". */
    private static final Pattern VERB_FIRST = Pattern.compile(
            "\\b(?:berichtete|berichtet|berichteten|meldete|meldet|schrieb|schreibt|teilte\\s+mit|inform[oó]|inform[aó]"
                    + "|report[oó]|public[oó]|se[nñ]al[oó]|indic[oó]|rapporte|a\\s+rapport[eé]|indique|a\\s+indiqu[eé]"
                    + "|riferisce|ha\\s+riferito|riporta)\\s+" + DESCRIPTOR + "$", I);
    private static final Pattern TOLD = Pattern.compile(
            "\\b(?:told|telling|tells|said\\s+to|says\\s+to|speaking\\s+to|spoke\\s+to|talking\\s+to|talked\\s+to"
                    + "|in\\s+(?:an?\\s+)?(?:(?:exclusive|telephone|phone|recent)\\s+)?(?:interview|conversation"
                    + "|statement|comments?)\\s+(?:with|to)|interviewed\\s+by)\\s+(?:the\\s+)?$", I);
    private static final Pattern REPORTED_BY = Pattern.compile(
            "\\b(?:as\\s+)?(?:reported|quoted|cited|published|broadcast|carried|aired|confirmed|first\\s+reported)"
                    + "\\s+(?:by|in|on)\\s+" + DESCRIPTOR + "$", I);
    private static final Pattern LABEL_COLON = Pattern.compile(
            "\\b(?:source|sources|credit|credits|photo|photos|image|video|footage|copyright)\\s*[:：]\\s*(?:the\\s+)?$", I);
    private static final Pattern LABEL_PLAIN = Pattern.compile(
            "(?:\\bvia|\\bcourtesy(?:\\s+of)?|©|\\(c\\))\\s*(?:the\\s+)?$", I);
    private static final Pattern DASH_BEFORE = Pattern.compile("(?:^|\\s)[—–-]{1,2}\\s*$");
    private static final Pattern DASH_AFTER = Pattern.compile("^\\s*[.)]?\\s*$");
    private static final Pattern THE_AT_LINE_START = Pattern.compile("^\\s*(?:the\\s+)?$", I);
    private static final Pattern COLON_AFTER = Pattern.compile("^\\s*[:：]");
    private static final Pattern SOURCE_NOTE = Pattern.compile(
            "^\\s+(?:is|was)\\s+(?:a|an|the)\\b[^.\\n]{0,100}?\\b(?:broadcaster|news\\s+agency|agency|newspaper"
                    + "|news\\s+organi[sz]ation|news\\s+outlet|outlet|network|news\\s+service"
                    + "|media\\s+(?:group|company|organi[sz]ation))\\b", I);
    /** What may stand between a name and its verb: "Yonhap news agency reported", "Kyodo News said". */
    private static final String AFTER_NAME = "(?:\\s+(?:news\\s+agency|news\\s+service|wire\\s+service|state\\s+news\\s+agency"
            + "|agency|newswire|broadcaster|television|TV|radio|newspaper|daily|network|news|Nachrichtenagentur"
            + "|agencia|agence))?";
    private static final Pattern REPORTS = Pattern.compile(
            "^" + AFTER_NAME + "\\s+(?:(?:also|earlier|further|later|previously|has|had|have|was|is|then|recently|first|reportedly"
                    + "|itself)\\s+){0,2}(?:reported|reports|reporting|writes|wrote|written|said|says|added|adds|noted"
                    + "|notes|explained|explains|argued|argues|quoted|quotes|cited|cites|claimed|claims|stated|states"
                    + "|confirmed|confirms|learned|learnt|learns|understands|revealed|reveals|analy[sz]ed|analy[sz]es"
                    + "|observed|observes|pointed\\s+out|points\\s+out|suggested|suggests|cautioned|warned"
                    + "|recalled|recalls|berichtete|berichtet|meldete|meldet|schrieb|schreibt|zufolge|inform[oó]"
                    + "|inform[aó]|dijo|report[oó]|se[nñ]al[oó]|a\\s+rapport[eé]|rapporte|indique|riferisce)(?![\\p{L}])", I);
    private static final Pattern POSSESSIVE_REPORT = Pattern.compile(
            "^(?:['’]s?)?\\s+(?:own\\s+)?(?:report|reports|reporting|analysis|article|story|correspondent|journalist"
                    + "|reporter|sources?|poll|survey|tally|calculations|investigation|interview|editorial)\\b", I);
    /** Between two names that share one cue: "Reuters and AFP reported", "according to Reuters, AFP". */
    private static final Pattern COORDINATED = Pattern.compile("^\\s*(?:,\\s*)?(?:(?:and|or|&)\\s+)?(?:the\\s+)?$", I);
    /** A line that is only the organisation: "Reuters", "(AFP)", "[AP]", "© Reuters". */
    private static final Pattern CREDIT_LINE = Pattern.compile("^[\\s(\\[©]*(?:the\\s+)?$", I);
    private static final Pattern CREDIT_LINE_AFTER = Pattern.compile("^[\\s)\\].]*$");
    /** How many non-blank lines at the top and at the bottom a stand-alone credit line may be on. */
    private static final int CREDIT_TOP_LINES = 2;
    private static final int CREDIT_BOTTOM_LINES = 3;
    /** Credits that name no agency: "(Agencies)", "— With agency reports", "with inputs from agencies". */
    private static final Pattern UNNAMED = Pattern.compile(
            "\\((?:agencies|with\\s+(?:agency|wire)\\s+(?:reports|inputs))\\)"
                    + "|(?m:^)[\\s—–-]*(?:agencies|with\\s+(?:additional\\s+)?(?:agency|wire)\\s+(?:reports|inputs|reporting)"
                    + "|with\\s+(?:inputs|reports)\\s+from\\s+agencies)[\\s.)]*(?m:$)"
                    + "|\\bwith\\s+(?:additional\\s+)?(?:agency|wire)\\s+(?:reports|inputs|reporting)\\b", I);
    /** The organisation name of a credit that names no agency. */
    static final String UNNAMED_AGENCIES = "(agencies)";
    private static final Pattern THE_BEFORE = Pattern.compile("\\bthe\\s+$", I);
    private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s[|–—-]\\s*([^|–—]+?)\\s*$");

    private CitationFinder() {
    }

    public static Found find(Document d, NewsOrganisations orgs) {
        String text = d.text();
        List<SourceCitation> cites = new ArrayList<>();
        List<OrganisationMention> mentions = new ArrayList<>();
        String title = d.metadata().title();
        if (title != null) {
            Matcher t = TITLE_SUFFIX.matcher(title);
            if (t.find()) {
                orgs.resolve(t.group(1)).ifPresent(o ->
                        cites.add(new SourceCitation(d.id(), o, CitationKind.TITLE, title, -1, -1)));
            }
        }
        String outlet = d.metadata().outlet();
        if (outlet != null) {
            orgs.resolve(outlet).ifPresent(o ->
                    cites.add(new SourceCitation(d.id(), o, CitationKind.OUTLET, outlet, -1, -1)));
        }
        List<NewsOrganisations.Match> found = orgs.find(text);
        SourceCitation[] cited = new SourceCitation[found.size()];
        for (int k = 0; k < found.size(); k++) {
            cited[k] = classify(d.id(), text, found.get(k), k > 0 ? found.get(k - 1) : null);
        }
        // a name joined to a cited one by "and" or a comma shares its cue, in either direction
        for (boolean changed = true; changed; ) {
            changed = false;
            for (int k = 0; k + 1 < found.size(); k++) {
                NewsOrganisations.Match x = found.get(k);
                NewsOrganisations.Match y = found.get(k + 1);
                if ((cited[k] == null) == (cited[k + 1] == null)
                        || !COORDINATED.matcher(text.substring(x.end(), y.start())).find()) {
                    continue;
                }
                int to = cited[k] == null ? k : k + 1;
                CitationKind kind = cited[to == k ? k + 1 : k].kind();
                NewsOrganisations.Match m = found.get(to);
                cited[to] = new SourceCitation(d.id(), m.organisation(), kind, m.text(), m.start(), m.end());
                changed = true;
            }
        }
        List<SourceCitation> inText = new ArrayList<>(unnamed(d.id(), text));
        for (int k = 0; k < found.size(); k++) {
            if (cited[k] != null) {
                inText.add(cited[k]);
            }
        }
        inText.sort(java.util.Comparator.comparingInt(SourceCitation::start));
        cites.addAll(inText);
        for (int k = 0; k < found.size(); k++) {
            NewsOrganisations.Match m = found.get(k);
            if (cited[k] != null) {
                continue;
            } else {
                mentions.add(new OrganisationMention(d.id(), m.organisation(), m.text(), m.start(), m.end()));
            }
        }
        return new Found(List.copyOf(cites), List.copyOf(mentions));
    }

    private static SourceCitation classify(String id, String text, NewsOrganisations.Match m,
                                           NewsOrganisations.Match previous) {
        int s = m.start();
        int e = m.end();
        int lineStart = text.lastIndexOf('\n', s - 1) + 1;
        int lineEnd = text.indexOf('\n', e);
        if (lineEnd < 0) {
            lineEnd = text.length();
        }
        // the context before a name stops at the previous name: a cue belongs to the nearest name after it
        int floor = previous == null ? lineStart : Math.max(lineStart, previous.end());
        int bs = Math.max(floor, s - WINDOW);
        String before = text.substring(bs, s);
        String after = text.substring(e, Math.min(lineEnd, e + WINDOW));
        String org = m.organisation();

        if (before.endsWith("/") && after.startsWith("/")) {
            return cite(id, org, CitationKind.DATELINE, text, s - 1, e + 1);
        }
        if (before.endsWith("(") && after.startsWith(")")) {
            // "China Central Television (CCTV)" glosses a name, it credits nothing
            boolean gloss = previous != null && previous.organisation().equals(org)
                    && text.substring(previous.end(), s - 1).isBlank();
            if (!gloss) {
                return cite(id, org, CitationKind.PARENTHETICAL, text, s - 1, e + 1);
            }
        }
        Matcher x;
        if ((x = ACCORDING_TO.matcher(before)).find()) {
            return cite(id, org, CitationKind.ACCORDING_TO, text, bs + x.start(), e);
        }
        if ((x = TOLD.matcher(before)).find()) {
            return cite(id, org, CitationKind.TOLD, text, bs + x.start(), e);
        }
        if ((x = REPORTED_BY.matcher(before)).find()) {
            return cite(id, org, CitationKind.REPORTED_BY, text, bs + x.start(), e);
        }
        if ((x = VERB_FIRST.matcher(before)).find()) {
            return cite(id, org, CitationKind.REPORTED_BY, text, bs + x.start(), e);
        }
        if ((x = LABEL_COLON.matcher(before)).find() || (x = LABEL_PLAIN.matcher(before)).find()) {
            return cite(id, org, CitationKind.SOURCE_LABEL, text, bs + x.start(), e);
        }
        String line = text.substring(lineStart, lineEnd).strip();
        if (CREDIT_LINE.matcher(text.substring(lineStart, s)).find() && CREDIT_LINE_AFTER.matcher(text.substring(e, lineEnd)).find()
                && nearTopOrBottom(text, lineStart, lineEnd)) {
            return cite(id, org, CitationKind.CREDIT_LINE, text, s, e);
        }
        if (line.startsWith("By ") && line.length() <= 120) {
            return cite(id, org, CitationKind.BYLINE, text, lineStart + text.substring(lineStart).indexOf("By "), e);
        }
        if (DASH_BEFORE.matcher(before).find() && DASH_AFTER.matcher(after).find()) {
            int dash = bs + before.length() - 1;
            while (dash > bs && Character.isWhitespace(text.charAt(dash))) {
                dash--;
            }
            return cite(id, org, CitationKind.DASH_CREDIT, text, dash, e);
        }
        boolean atLineStart = THE_AT_LINE_START.matcher(before).find();
        if (atLineStart && (x = COLON_AFTER.matcher(after)).find()) {
            return cite(id, org, CitationKind.HEADLINE, text, s, e + x.end());
        }
        if (atLineStart && (x = SOURCE_NOTE.matcher(after)).find()) {
            return cite(id, org, CitationKind.SOURCE_NOTE, text, withThe(text, bs, before, s), e + x.end());
        }
        if ((x = REPORTS.matcher(after)).find() || (x = POSSESSIVE_REPORT.matcher(after)).find()) {
            return cite(id, org, CitationKind.REPORTS, text, withThe(text, bs, before, s), e + x.end());
        }
        return null;
    }

    /** True when the line [start, end) is among the first or last few non-blank lines of the text. */
    private static boolean nearTopOrBottom(String text, int start, int end) {
        return nonBlankLines(text.substring(0, start)) < CREDIT_TOP_LINES
                || nonBlankLines(text.substring(end)) < CREDIT_BOTTOM_LINES;
    }

    private static int nonBlankLines(String s) {
        int n = 0;
        for (String l : s.split("\n")) {
            if (!l.isBlank()) {
                n++;
            }
        }
        return n;
    }

    /** Credits naming no agency, in text order. */
    private static List<SourceCitation> unnamed(String id, String text) {
        List<SourceCitation> out = new ArrayList<>();
        Matcher m = UNNAMED.matcher(text);
        while (m.find()) {
            int st = m.start();
            int en = m.end();
            while (st < en && Character.isWhitespace(text.charAt(st))) {
                st++;
            }
            while (en > st && Character.isWhitespace(text.charAt(en - 1))) {
                en--;
            }
            out.add(new SourceCitation(id, UNNAMED_AGENCIES, CitationKind.UNNAMED_AGENCIES, text.substring(st, en), st, en));
        }
        return out;
    }

    /** Starts the phrase at a "the" right before the name ("the BBC reported"). */
    private static int withThe(String text, int bs, String before, int s) {
        Matcher t = THE_BEFORE.matcher(before);
        return t.find() ? bs + t.start() : s;
    }

    private static SourceCitation cite(String id, String org, CitationKind kind, String text, int start, int end) {
        return new SourceCitation(id, org, kind, text.substring(start, end), start, end);
    }
}
