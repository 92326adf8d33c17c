package dev.lede.text;

import dev.lede.testing.SeedTexts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {

    private static List<String> texts(String text) {
        return Sentences.split(text).stream().map(s -> s.of(text)).toList();
    }

    @Test
    void abbreviationsDoNotEndSentences() {
        String text = "Mr. Putin met Mr. Kim. He left at 5 p.m. on Tuesday. The U.S. said no.";
        assertEquals(List.of(new Span(0, 22), new Span(23, 52), new Span(53, 70)), Sentences.split(text));
        assertEquals(List.of("Mr. Putin met Mr. Kim.", "He left at 5 p.m. on Tuesday.", "The U.S. said no."), texts(text));
        assertEquals(List.of("Mr. Putin arrived.", "It was short."), texts("Mr. Putin arrived. It was short."));
    }

    @Test
    void ledeAbbreviationsForNews() {
        assertEquals(List.of("Dr. Kim and Gen. Park met U.N. officials and (U.S. envoys).", "Then they left."),
                texts("Dr. Kim and Gen. Park met U.N. officials and (U.S. envoys). Then they left."));
        // only the whole word counts, case-sensitively, and never across a line break
        assertEquals(List.of("He said No.", "Then"), texts("He said No.\nThen"));
        assertEquals(List.of("They met at the UDr.", "Then"), texts("They met at the UDr. Then"));
        // not for other languages
        assertEquals(List.of("Dr.", "Kim"), texts(Sentences.split("Dr. Kim", Language.FRENCH), "Dr. Kim"));
    }

    @Test
    void languageSpecificAbbreviations() {
        // "Hr." (Herr) is on ICU's German list, not on the English one
        String text = "Hr. Scholz sprach. Dann ging er.";
        assertEquals(List.of("Hr. Scholz sprach.", "Dann ging er."), texts(Sentences.split(text, Language.GERMAN), text));
        assertEquals(List.of("Hr.", "Scholz sprach.", "Dann ging er."), texts(text));
    }

    private static List<String> texts(List<Span> spans, String text) {
        return spans.stream().map(s -> s.of(text)).toList();
    }

    @Test
    void lineBreaksParagraphsAndBullets() {
        String text = "Headline without stop\nA line\nanother line.\n\n  • bullet one\n  • bullet two\n"
                + "  1. this is it. then\n  2. Hope. More";
        assertEquals(List.of("Headline without stop", "A line", "another line.", "• bullet one", "• bullet two",
                "1. this is it. then", "2. Hope.", "More"), texts(text));
        assertEquals(List.of("one", "two"), texts("one\r\ntwo"));
    }

    @Test
    void otherScriptsAndPunctuation() {
        assertEquals(List.of("北朝鮮と韓国。", "信用できない！"), texts("北朝鮮と韓国。信用できない！"));
        // UAX #29: ? and ! end a sentence even inside quotes
        assertEquals(List.of("“Why?”", "he asked.", "Nobody knew!!"), texts("“Why?” he asked. Nobody knew!!"));
        assertEquals(List.of(), texts(" \n\n\t "));
        assertEquals(List.of(), texts(""));
        assertThrows(NullPointerException.class, () -> Sentences.split(null));
    }

    @Test
    void seedTranscriptWithoutPunctuationIsOneSentence() {
        String file = SeedTexts.file("000");
        String transcript = SeedTexts.codePoints(file, 81, 4451);
        List<Span> s = Sentences.split(transcript);
        assertEquals(List.of(new Span(0, 4370)), s);
        // the article: 4 one-sentence paragraphs
        String article = SeedTexts.codePoints(file, 4453, 5019);
        List<String> a = texts(article);
        assertEquals(4, a.size());
        assertEquals("North Korea’s leader Kim Jong Un has said he “fully supports” Russia’s invasion of Ukraine as "
                + "Vladimir Putin visits the country for the first time in 24 years.", a.get(0));
    }

    @Test
    void seedComment03LinesAreSentences() {
        String file = SeedTexts.file("000");
        String comment = SeedTexts.codePoints(file, 5729, 5913);
        // a full stop before "(" ends a sentence (UAX #29 SB8 needs a lower-case word to go on)
        assertEquals(List.of("200,000 views with 2000 likes….", "(1%)", "Alternative media… 60,000 views with 6000 likes….",
                "(10%)",
                "I think your audience has figured The BBC out, it’s full of narrative and nonsense…"), texts(comment));
    }

    @Test
    void seedText003() {
        String text = SeedTexts.file("003");
        List<String> s = texts(text);
        assertEquals("Reuters: China Doesn't Like Putin's Visit To North Korea", s.get(0));
        assertEquals("5- 19.06.2024, 17:10", s.get(1));
        // "U.N. Security Council" and "U.S. and allied officials" do not end sentences
        String un = s.stream().filter(x -> x.startsWith("Russia also took")).findFirst().orElseThrow();
        assertEquals("Russia also took the unprecedented step of using North Korean-made ballistic missiles, which are "
                + "banned by U.N. Security Council resolutions, to strike targets in Ukraine, according to U.S. and "
                + "allied officials, and U.N. sanctions monitors.", un);
        assertEquals("- 10,250", s.get(2));
        assertEquals(15, s.size());
    }
}
