package dev.lede.coverage;

import dev.lede.corpus.Corpus;
import dev.lede.corpus.Document;
import dev.lede.display.MimeBundle;
import dev.lede.text.Span;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tech.tablesaw.api.Table;

class LengthClaimsTest {

    /** "text=value unit/noun" for compact exact assertions. */
    private static String describe(LengthClaim c) {
        return c.text() + "=" + CoverageUnit.SECONDS.format(c.value()).replace(" seconds", "").replace(" second", "")
                + " " + c.unit().label() + (c.hasNoun() ? "/" + c.noun() : "");
    }

    private static List<String> found(String text) {
        return LengthClaims.inText(text).stream().map(LengthClaimsTest::describe).collect(Collectors.toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The 20-year-old presenter read the news.",
            "CCTV's 7 PM news led with the summit.",
            "Putin has ruled Russia for 24 years.",
            "The 75th anniversary of diplomatic ties falls this year.",
            "Putin is on his second Asian tour of the year.",
            "China is the world’s second-largest economy.",
            "The treaty was signed on 19 June 2024 at 17:10, or 7.30 pm in Beijing.",
            "The treaty was signed within 24 hours of his arrival.",
            "Two hours later, the leaders met again.",
            "Ten minutes ago the motorcade left.",
            "He arrived at 20 minutes to midnight.",
            "In 2023 second place went to Vietnam.",
            "No one second-guessed the Kremlin.",
            "In other words, Beijing is uneasy.",
            "The 1990s saw a famine, and Kim was ranked No. 1 in the second round.",
            "Kim, born on 8 January 1984, is 40 years old and in his 13th year in power.",
            "Every 15 seconds a new headline appeared.",
            "It was his 2nd visit in 24 years, 3 months and 2 days.",
            "Moscow stuck to the 500-word limit.",
            "He told a 24-hour news channel that a two-day visit was planned.",
            "The 1:20 ratio of doctors to patients; kick-off at 20:45; the ceasefire took effect at 06:00.",
            "The vote was 2:1, the broadcast began at 7:30 pm and the summit at 10:15 local time.",
    })
    void noFalseAlarms(String sentence) {
        assertEquals(List.of(), found(sentence), sentence);
    }

    @Test
    void trueClaimsInDigitsAndWords() {
        assertEquals(List.of("20-second=20 seconds/segment"), found("CCTV aired a 20-second segment."));
        assertEquals(List.of("35 seconds=35 seconds"), found("It ran for 35 seconds."));
        assertEquals(List.of("two-sentence=2 sentences/segment"), found("The short two-sentence segment said little."));
        assertEquals(List.of("3 minutes and 10 seconds=190 seconds/report"), found("The report ran 3 minutes and 10 seconds."));
        assertEquals(List.of("one-minute=60 seconds/report"), found("BBC had a one-minute report."));
        assertEquals(List.of("90-second=90 seconds/clip"), found("A 90-second clip followed."));
        assertEquals(List.of("half an hour=1800 seconds"), found("The programme gave it half an hour."));
        assertEquals(List.of("Twenty-five seconds=25 seconds/airtime"), found("Twenty-five seconds of airtime went to Kim."));
        assertEquals(List.of("1,000-word=1000 words/article"), found("Reuters filed a 1,000-word article."));
        assertEquals(List.of("two and a half minutes=150 seconds"), found("It lasted two and a half minutes."));
        assertEquals(List.of("45 seconds=45 seconds/report"), found("It was a report lasting 45 seconds."));
        assertEquals(List.of("an hour and a half=5400 seconds"), found("The talks got an hour and a half."));
        assertEquals(List.of("20 second=20 seconds/segment"), found("A 20 second news segment."));
        assertEquals(List.of("1.5-minute=90 seconds/video"), found("A 1.5-minute video."));
        assertEquals(List.of("2 minutes, 5 seconds=125 seconds/item"), found("The item took 2 minutes, 5 seconds."));
        assertEquals(List.of("one hundred and twenty words=120 words"), found("He wrote one hundred and twenty words."));
        assertEquals(List.of("three-paragraph=3 paragraphs/statement"), found("A three-paragraph statement."));
        assertEquals(List.of("500 characters=500 characters/posts"), found("Weibo posts of 500 characters."));
        assertEquals(List.of("two-minute-long=120 seconds/clip"), found("A two-minute-long clip."));
    }

    @Test
    void trueClaimsNextToFalseAlarmsKeepOffsetsAndSentence() {
        String text = "The 20-year-old anchor read a 20-second segment on the 75th anniversary during the 7 PM news. "
                + "Putin, in power for 24 years, is on his second Asian tour; the segment was 35 seconds long.";
        List<LengthClaim> claims = LengthClaims.inText(text);
        assertEquals(2, claims.size());
        LengthClaim first = claims.get(0);
        int at = text.indexOf("20-second");
        assertEquals(new Span(at, at + "20-second".length()), first.span());
        assertEquals("20-second", first.span().of(text));
        assertEquals("segment", first.noun());
        assertEquals(20.0, first.value());
        assertEquals(CoverageUnit.SECONDS, first.unit());
        assertEquals("", first.document());
        String s1 = "The 20-year-old anchor read a 20-second segment on the 75th anniversary during the 7 PM news.";
        assertEquals(s1, first.sentence());
        assertEquals(new Span(0, s1.length()), first.sentenceSpan());
        LengthClaim second = claims.get(1);
        int at2 = text.indexOf("35 seconds");
        assertEquals(new Span(at2, at2 + 10), second.span());
        assertEquals(35.0, second.value());
        assertEquals("segment", second.noun()); // "the segment was 35 seconds long"
        assertEquals(LengthClaim.Kind.COVERAGE, second.kind());
        assertEquals(text.substring(s1.length() + 1), second.sentence());
        assertEquals(new Span(s1.length() + 1, text.length()), second.sentenceSpan());
    }

    @Test
    void numberWordsAndUnits() {
        assertEquals(List.of("ninety-nine-second=99 seconds/clip"), found("a ninety-nine-second clip"));
        assertEquals(List.of("a hundred words=100 words"), found("barely a hundred words"));
        assertEquals(List.of("1 minute=60 seconds"), found("It took 1 minute."));
        assertEquals(List.of("one second=1 seconds"), found("It lasted one second."));
        assertEquals(List.of("2 hrs=7200 seconds/special"), found("The special ran 2 hrs."));
        assertEquals(List.of("quarter of an hour=900 seconds"), found("It got a quarter of an hour."));
        assertEquals(List.of("half-hour=1800 seconds/programme"), found("A half-hour programme."));
        // units out of order are two claims, not one sum
        assertEquals(List.of("10 seconds=10 seconds", "3 minutes=180 seconds"), found("It took 10 seconds and 3 minutes."));
    }

    @Test
    void corpusClaimsCarryTheDocumentIdAndTable() {
        Corpus c = Corpus.of(Document.of("a", "The 20-year-old said nothing."),
                Document.of("b <x>", "A 30-second clip & a two-sentence summary of <b>Kim</b>."));
        LengthClaims claims = LengthClaims.find(c);
        assertEquals(2, claims.size());
        assertEquals("b <x>", claims.get(0).document());
        Table t = claims.table();
        assertEquals(List.of(LengthClaims.DOCUMENT, LengthClaims.START, LengthClaims.END, LengthClaims.TEXT,
                LengthClaims.VALUE, LengthClaims.UNIT, LengthClaims.NOUN, LengthClaims.KIND, LengthClaims.SENTENCE,
                LengthClaims.SENTENCE_START, LengthClaims.SENTENCE_END), t.columnNames());
        assertEquals(List.of("30-second", "two-sentence"), t.stringColumn(LengthClaims.TEXT).asList());
        assertEquals(List.of(30.0, 2.0), t.doubleColumn(LengthClaims.VALUE).asList());
        assertEquals(List.of("seconds", "sentences"), t.stringColumn(LengthClaims.UNIT).asList());
        assertEquals(List.of("clip", "summary"), t.stringColumn(LengthClaims.NOUN).asList());
        assertEquals(List.of(2, 21), t.intColumn(LengthClaims.START).asList());
        assertEquals(List.of("coverage", "coverage"), t.stringColumn(LengthClaims.KIND).asList());
        assertEquals(1, claims.in(CoverageUnit.SENTENCES).size());
        String html = claims.toMimeBundle().get(MimeBundle.TEXT_HTML);
        assertTrue(html.contains("&lt;b&gt;Kim&lt;/b&gt;") && !html.contains("<b>Kim"), "escaped");
        assertTrue(html.contains("b &lt;x&gt;"));
        assertTrue(claims.toString().startsWith("Length claims: 2 claims\n"));
        assertEquals(claims.toMimeBundle(), LengthClaims.find(c).toMimeBundle());
    }

    @Test
    void toMeasureKeepsProvenance() {
        Document d = Document.of("002", "CCTV aired a 20-second segment.");
        LengthClaim c = LengthClaims.find(d).get(0);
        CoverageMeasure m = c.toMeasure("CCTV 7 PM news", "June 2024 summit", null);
        assertEquals(20.0, m.value());
        assertEquals(CoverageUnit.SECONDS, m.unit());
        assertEquals("document 002 [13,22)", m.provenance().toString());
        assertEquals(new Span(13, 22), m.provenance().span());
        assertTrue(m.precision().isEmpty());
    }

    private static List<String> kinds(String text) {
        return LengthClaims.inText(text).stream().map(c -> describe(c) + " " + c.kind()).collect(Collectors.toList());
    }

    @Test
    void eventsAreClaimsOfTheirOwnKind() {
        assertEquals(List.of("24-hour=86400 seconds/ceasefire EVENT", "10-minute=600 seconds/walk EVENT"),
                kinds("Moscow agreed to a 24-hour ceasefire, a 10-minute walk from the border."));
        assertEquals(List.of("half-hour=1800 seconds/drive EVENT"), kinds("It is a half-hour drive from Pyongyang."));
        assertEquals(List.of("20-minute=1200 seconds/news conference EVENT"), kinds("CCTV held a 20-minute news conference."));
        assertEquals(List.of("two hours=7200 seconds/talks EVENT"), kinds("The talks lasted two hours."));
        assertEquals(List.of("five minutes=300 seconds/conversation EVENT"), kinds("They had five minutes of conversation."));
        assertEquals(List.of("48 hours=172800 seconds EVENT"), kinds("The deadline expires in 48 hours."));
        assertEquals(List.of("twenty minutes=1200 seconds UNKNOWN"), kinds("It went on for twenty minutes."));
        assertEquals(List.of("20 seconds=20 seconds COVERAGE"), kinds("The bulletin gave the deal 20 seconds."));
        assertEquals(List.of("three-minute=180 seconds/speech UNKNOWN"), kinds("He gave a three-minute speech."));
        LengthClaims both = LengthClaims.find(Document.of("d", "The talks lasted two hours. A 30-second clip aired."));
        assertEquals(List.of("30-second"), both.coverage().claims().stream().map(LengthClaim::text).toList());
        assertEquals(1, both.of(LengthClaim.Kind.EVENT).size());
    }

    @Test
    void clockCompactAndFractionForms() {
        assertEquals(List.of("1:30=90 seconds/package COVERAGE"), kinds("Channel Nord ran a 1:30 package."));
        assertEquals(List.of("0:45=45 seconds/item COVERAGE"), kinds("The item ran 0:45."));
        assertEquals(List.of("1:02:11=3731 seconds/film COVERAGE"), kinds("The film (1:02:11) was cut."));
        assertEquals(List.of("2m 30s=150 seconds/report COVERAGE"), kinds("We logged a 2m 30s report."));
        assertEquals(List.of("1h 05m=3900 seconds/documentary COVERAGE"), kinds("The documentary (1h 05m) aired."));
        assertEquals(List.of("two and a quarter minutes=135 seconds/clip COVERAGE"),
                kinds("The clip lasted two and a quarter minutes."));
        assertEquals(List.of("fifteen hundred words=1500 words COVERAGE"), kinds("She filed fifteen hundred words."));
        assertEquals(List.of("one thousand two hundred words=1200 words/essay COVERAGE"),
                kinds("The essay was one thousand two hundred words."));
        assertEquals(List.of("two thousand-word=2000 words/essay COVERAGE"), kinds("a two thousand-word essay"));
        assertEquals(List.of("a single paragraph=1 paragraphs COVERAGE"), kinds("The paper gave it a single paragraph."));
        assertEquals(List.of("an hour-long=3600 seconds/special COVERAGE"), kinds("It ran an hour-long special."));
        assertEquals(List.of("hour-long=3600 seconds/newscast COVERAGE"), kinds("the hour-long newscast"));
        // words after a claim never drop it
        assertEquals(List.of("two-minute=120 seconds/report COVERAGE"),
                kinds("It gave the protest a two-minute report before moving on to sport."));
        assertEquals(List.of("half-hour=1800 seconds/special COVERAGE"),
                kinds("It aired a half-hour special the night before the vote."));
    }

    @Test
    void aNewsroomAddsItsOwnWords() {
        LengthClaims.Rules mine = LengthClaims.Rules.standard().toBuilder().coverageNouns("vosot")
                .eventNouns("vigil").unit(CoverageUnit.SECONDS, 0.04, "frame", "frames").build();
        assertEquals(List.of(), LengthClaims.inText("A 40-second vosot ran."));
        List<LengthClaim> c = LengthClaims.inText("A 40-second vosot ran after a two-hour vigil; 50 frames of it.", mine);
        assertEquals(List.of("40-second vosot COVERAGE", "two-hour vigil EVENT", "50 frames  COVERAGE"),
                c.stream().map(x -> x.text() + " " + x.noun() + " " + x.kind()).toList());
        assertEquals(2.0, c.get(2).value(), 1e-12);
        assertTrue(mine.coverageNouns().contains("vosot"));
        assertTrue(LengthClaims.Rules.standard().coverageNouns().contains("segment"));
        IllegalArgumentException both = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> LengthClaims.Rules.standard().toBuilder().eventNouns("segment").build());
        assertEquals("noun 'segment' is both a coverage noun and an event noun: remove it from one list",
                both.getMessage());
        IllegalArgumentException bad = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> LengthClaims.Rules.builder().coverageNouns("20s"));
        assertEquals("bad coverage noun '20s': give a word of letters (hyphens, apostrophes and one space allowed)",
                bad.getMessage());
        assertEquals(List.of(), LengthClaims.inText("A 20-second segment.", LengthClaims.Rules.builder().build()));
    }

    /** Seeded random texts from claim-like pieces: no exception, and every claim points at its own text. */
    @Test
    void randomClaimLikeTextNeverBreaksTheFinder() {
        String[] pieces = {"20", "1,000", "2.5", "twenty", "five", "a", "hundred", "and", "half", "an", "hour",
                "minute", "minutes", "second", "seconds", "-", "‐", " ", " ", " ", "\n", ".", ",", ":", "segment",
                "news", "clip", "of", "airtime", "sentence", "words", "75th", "PM", "years", "-long", "’s", "\u00A0"};
        java.util.Random random = new java.util.Random(20240619L);
        for (int round = 0; round < 3000; round++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + random.nextInt(14);
            for (int i = 0; i < n; i++) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = b.toString();
            for (LengthClaim c : LengthClaims.inText(text)) {
                assertEquals(c.text(), c.span().of(text), text);
                assertTrue(c.value() >= 0 && Double.isFinite(c.value()), text);
                assertTrue(c.sentenceSpan().start() <= c.span().start() && c.span().end() <= c.sentenceSpan().end(), text);
                assertEquals(c.sentence(), c.sentenceSpan().of(text));
            }
        }
        assertEquals(List.of("two and-a half minutes=150 seconds"), found("two and-a half minutes"));
    }
}
