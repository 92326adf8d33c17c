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
            "Moscow agreed to a 24-hour ceasefire, a 10-minute walk from the 500-word limit.",
            "He told a 24-hour news channel at a half-hour drive from Pyongyang.",
            "CCTV held a 20-minute news conference.",
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
        assertEquals(List.of("2 minutes, 5 seconds=125 seconds"), found("The item took 2 minutes, 5 seconds."));
        assertEquals(List.of("one hundred and twenty words=120 words"), found("He wrote one hundred and twenty words."));
        assertEquals(List.of("three-paragraph=3 paragraphs/statement"), found("A three-paragraph statement."));
        assertEquals(List.of("500 characters=500 characters"), found("Weibo posts of 500 characters."));
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
        assertEquals("", second.noun()); // "long" is not a measured noun
        assertEquals(text.substring(s1.length() + 1), second.sentence());
        assertEquals(new Span(s1.length() + 1, text.length()), second.sentenceSpan());
    }

    @Test
    void numberWordsAndUnits() {
        assertEquals(List.of("ninety-nine-second=99 seconds/clip"), found("a ninety-nine-second clip"));
        assertEquals(List.of("a hundred words=100 words"), found("barely a hundred words"));
        assertEquals(List.of("1 minute=60 seconds"), found("It took 1 minute."));
        assertEquals(List.of("one second=1 seconds"), found("It lasted one second."));
        assertEquals(List.of("2 hrs=7200 seconds"), found("The special ran 2 hrs."));
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
                LengthClaims.VALUE, LengthClaims.UNIT, LengthClaims.NOUN, LengthClaims.SENTENCE,
                LengthClaims.SENTENCE_START, LengthClaims.SENTENCE_END), t.columnNames());
        assertEquals(List.of("30-second", "two-sentence"), t.stringColumn(LengthClaims.TEXT).asList());
        assertEquals(List.of(30.0, 2.0), t.doubleColumn(LengthClaims.VALUE).asList());
        assertEquals(List.of("seconds", "sentences"), t.stringColumn(LengthClaims.UNIT).asList());
        assertEquals(List.of("clip", "summary"), t.stringColumn(LengthClaims.NOUN).asList());
        assertEquals(List.of(2, 21), t.intColumn(LengthClaims.START).asList());
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
