package dev.lede.text;

import dev.lede.testing.SeedTexts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private static final Tokenizer STD = Tokenizer.standard();

    private static List<String> terms(String text) {
        return STD.tokenize(text).terms();
    }

    /** "term|TYPE|start,end" for every token. */
    private static List<String> detail(DocumentTokens t) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            out.add(t.term(i) + "|" + t.type(i) + "|" + t.start(i) + "," + t.end(i));
        }
        return out;
    }

    @Test
    void possessivesAndApostrophes() {
        DocumentTokens t = STD.tokenize("Putin’s visit, Putin's plan, don't, don’t, countries’ ties, it’s");
        assertEquals(List.of("putin|WORD|0,5", "visit|WORD|8,13", "putin|WORD|15,20", "plan|WORD|23,27",
                "don't|WORD|29,34", "don't|WORD|36,41", "countries|WORD|43,52", "ties|WORD|54,58",
                "it|WORD|60,62"), detail(t));
        assertEquals(List.of("putin", "s"), terms("PUTIN’S s"));
        // longer than two chars: "A's" is stripped too, "'s" alone is no word
        assertEquals(List.of("a", "s"), terms("A's 's"));
    }

    @Test
    void hyphenatedFormsStayOneTokenByDefault() {
        DocumentTokens t = STD.tokenize("a 20-second segment, “no-limits” ties, Moscow-Pyongyang, soon-to-be-former");
        assertEquals(List.of("a|WORD|0,1", "20-second|WORD|2,11", "segment|WORD|12,19", "no-limits|WORD|22,31",
                "ties|WORD|33,37", "moscow-pyongyang|WORD|39,55", "soon-to-be-former|WORD|57,74"), detail(t));
        assertEquals(List.of("2023-2024|NUMBER|0,9"), detail(STD.tokenize("2023-2024")));
        // U+2010 and U+2011 hyphens are normalised to '-' in the term, the span keeps the text
        assertEquals(List.of("north-korean|WORD|0,12", "kim-putin|WORD|13,22"),
                detail(STD.tokenize("North\u2010Korean Kim\u2011Putin’s")));
        // a hyphen with a space after it, or a leading minus, does not join
        assertEquals(List.of("5", "19", "5"), terms("5- 19 -5"));
        // a possessive before the hyphen ends the token
        assertEquals(List.of("putin", "style"), terms("Putin’s-style"));
    }

    @Test
    void splitHyphensSplitsThem() {
        Tokenizer split = Tokenizer.builder().splitHyphens(true).build();
        DocumentTokens t = split.tokenize("20-second no-limits Moscow-Pyongyang");
        assertEquals(List.of("20|NUMBER|0,2", "second|WORD|3,9", "no|WORD|10,12", "limits|WORD|13,19",
                "moscow|WORD|20,26", "pyongyang|WORD|27,36"), detail(t));
    }

    @Test
    void numbers() {
        DocumentTokens t = STD.tokenize("1,000 troops; 19.06.2024, 17:10 in 2024: 3.5% and 2nd");
        assertEquals(List.of("1,000|NUMBER|0,5", "troops|WORD|6,12", "19.06.2024|NUMBER|14,24", "17|NUMBER|26,28",
                "10|NUMBER|29,31", "in|WORD|32,34", "2024|NUMBER|35,39", "3.5|NUMBER|41,44", "and|WORD|46,49",
                "2nd|WORD|50,53"), detail(t));
    }

    @Test
    void asciiSummaryOfTheJavadoc() {
        assertEquals(List.of("a_b", "1_2", "a:b", "u.n", "don't", "1,000", "1;000", "a", "1", "1", "a", "17", "10",
                "a", "b", "a1.2b"), terms("a_b 1_2 a:b U.N. don't 1,000 1;000 a.1 1.a 17:10 a;b a1.2b"));
        assertEquals(List.of(), terms("_ __ -- ... $ % & #"));
        assertEquals(List.of("__a|WORD|0,3", "_1|NUMBER|4,6", "1__|NUMBER|7,10", "a_|WORD|11,13"),
                detail(STD.tokenize("__a _1 1__ a_")));
    }

    @Test
    void urlsAreOneToken() {
        DocumentTokens t = STD.tokenize("See https://www.BBC.com/News/World-Asia?id=6914. And (www.Reuters.com/A_b), "
                + "HTTP://X.org/P “www.a.io/q” http:// www.");
        assertEquals(List.of("see|WORD|0,3", "https://www.bbc.com/News/World-Asia?id=6914|URL|4,47", "and|WORD|49,52",
                "www.reuters.com/A_b|URL|54,73", "http://x.org/P|URL|76,90", "www.a.io/q|URL|92,102",
                "http|WORD|104,108", "www|WORD|112,115"), detail(t));
        Tokenizer keepCase = Tokenizer.builder().lowerCase(false).build();
        assertEquals(List.of("HTTP://X.org/P"), keepCase.tokenize("HTTP://X.org/P").terms());
        // balanced parentheses stay in the URL
        assertEquals(List.of("https://en.wikipedia.org/wiki/Kim_(name)"),
                terms("https://en.wikipedia.org/wiki/Kim_(name)."));
    }

    @Test
    void emojiAreTokensAndCanBeDropped() {
        String text = "🌏🌎 ok ❓ 😭 👍🏽 🇰🇵 © ©️ 1️⃣";
        DocumentTokens t = STD.tokenize(text);
        assertEquals(List.of("🌏|EMOJI|0,2", "🌎|EMOJI|2,4", "ok|WORD|5,7", "❓|EMOJI|8,9", "😭|EMOJI|10,12",
                "👍🏽|EMOJI|13,17", "🇰🇵|EMOJI|18,22", "©️|EMOJI|25,27", "1️⃣|EMOJI|28,31"), detail(t));
        Tokenizer noEmoji = Tokenizer.builder().exclude(TokenType.EMOJI).build();
        assertEquals(List.of("ok"), noEmoji.tokenize(text).terms());
    }

    @Test
    void caseFoldingIsLocaleRoot() {
        // surefire runs with a Turkish default locale: "I" must still be "i", not dotless "ı"
        assertEquals("tr", Locale.getDefault().getLanguage());
        // NFKC case folding: final sigma folds to σ, ß to ss, full-width letters to ASCII
        assertEquals(List.of("i", "india", "istanbul", "σασ", "strasse", "strasse", "nato"),
                terms("I INDIA ISTANBUL ΣΑΣ STRAßE Straße ＮＡＴＯ"));
        Tokenizer keepCase = Tokenizer.builder().lowerCase(false).build();
        assertEquals(List.of("Putin", "don't", "North-Korea"), keepCase.tokenize("Putin’s don’t North‐Korea").terms());
    }

    @Test
    void chineseAndJapaneseByDictionary() {
        DocumentTokens zh = STD.tokenize("北京反对制裁");
        assertEquals(List.of("北京|IDEOGRAPHIC|0,2", "反对|IDEOGRAPHIC|2,4", "制裁|IDEOGRAPHIC|4,6"), detail(zh));
        DocumentTokens ja = STD.tokenize("北朝鮮と韓国とコリア系日本人");
        assertEquals(List.of("北朝鮮|IDEOGRAPHIC|0,3", "と|KANA|3,4", "韓国|IDEOGRAPHIC|4,6", "と|KANA|6,7",
                "コリア|KANA|7,10", "系|IDEOGRAPHIC|10,11", "日本人|IDEOGRAPHIC|11,14"), detail(ja));
        assertEquals(List.of("북한과|WORD|0,3", "러시아|WORD|4,7"), detail(STD.tokenize("북한과 러시아")));
    }

    @Test
    void typeFilterAndMinLength() {
        String text = "In 2024, Kim met Putin 😭 at https://kcna.kp/x 北京";
        Tokenizer words = Tokenizer.builder().types(TokenType.WORD).build();
        assertEquals(List.of("in", "kim", "met", "putin", "at"), words.tokenize(text).terms());
        Tokenizer noNumbers = Tokenizer.builder().exclude(TokenType.NUMBER, TokenType.URL).minLength(3).build();
        assertEquals(List.of("kim", "met", "putin"), noNumbers.tokenize(text).terms());
        Tokenizer min2 = Tokenizer.builder().minLength(2).build();
        // the emoji is one code point: shorter than 2
        assertEquals(List.of("in", "2024", "kim", "met", "putin", "at", "https://kcna.kp/x", "北京"),
                min2.tokenize(text).terms());
        assertThrows(IllegalArgumentException.class, () -> Tokenizer.builder().minLength(0));
        assertThrows(IllegalArgumentException.class, () -> Tokenizer.builder().types(Set.of()));
        assertEquals(Set.of(TokenType.WORD), words.types());
        assertEquals(STD.toString(), STD.toBuilder().build().toString());
    }

    @Test
    void normaliseIsTheDocumentedTermFunction() {
        assertEquals("don't", STD.normalise("Don’t", TokenType.WORD));
        assertEquals("https://bbc.com/X", STD.normalise("HTTPS://BBC.COM/X", TokenType.URL));
        assertEquals("😭", STD.normalise("😭", TokenType.EMOJI));
    }

    @Test
    void seedText004Headline() {
        String text = SeedTexts.file("004");
        DocumentTokens t = STD.tokenize(text);
        assertEquals(List.of("china", "unhappy", "with", "putin-kim", "friendship", "last", "updated", "on", "june",
                "20", "2024", "9", "38", "am"), t.terms().subList(0, 14));
        assertEquals("Putin-Kim", text.substring(t.start(3), t.end(3)));
        assertTrue(t.terms().contains("moscow-pyongyang"));
    }

    @Test
    void seedText003NumbersAndAbbreviations() {
        String text = SeedTexts.file("003");
        DocumentTokens t = STD.tokenize(text);
        assertEquals(List.of("reuters", "china", "doesn't", "like", "putin", "visit", "to", "north", "korea", "5",
                "19.06.2024", "17", "10", "10,250", "beijing"), t.terms().subList(0, 15));
        assertEquals(TokenType.NUMBER, t.type(10));
        List<String> all = t.terms();
        assertTrue(all.containsAll(List.of("us-led", "post-pandemic", "korean-made", "u.n", "u.s", "de", "facto")));
        // “no limits” in quotes is two words
        int no = all.indexOf("no");
        assertEquals("limits", all.get(no + 1));
    }

    @Test
    void seedText002HyphenatedForms() {
        String text = SeedTexts.file("002");
        List<String> hyphenated = new ArrayList<>();
        for (String term : STD.tokenize(text).terms()) {
            if (term.contains("-")) {
                hyphenated.add(term);
            }
        }
        // the same forms, in text order, as `grep -o '[A-Za-z0-9]*-[A-Za-z0-9-]*'` finds them
        assertEquals(List.of("korea-russia", "china-russia", "korea-russia", "second-largest", "korea-russia",
                "state-run", "20-second", "korea-russia", "two-sentence", "35-second"), hyphenated);
        List<String> split = Tokenizer.builder().splitHyphens(true).build().tokenize(text).terms();
        assertTrue(split.stream().noneMatch(s -> s.contains("-")));
    }

    @Test
    void seedText000CommentsWithJapaneseAndEmoji() {
        String file = SeedTexts.file("000");
        // 000-comment-05: code points [5973, 5998) of the file
        String comment5 = SeedTexts.codePoints(file, 5973, 5998);
        assertEquals("🌏🌎から嫌われている国が同盟になったって事でしょ❓", comment5);
        DocumentTokens t = STD.tokenize(comment5);
        assertEquals(List.of("🌏", "🌎", "から", "嫌", "われ", "て", "いる", "国", "が", "同盟", "に", "な", "っ", "た",
                "って", "事", "で", "しょ", "❓"), t.terms());
        assertEquals(TokenType.EMOJI, t.type(0));
        assertEquals(TokenType.KANA, t.type(1 + 1));
        assertEquals(TokenType.IDEOGRAPHIC, t.type(3));
        // the transcript's first sentence-like stretch
        String transcript = SeedTexts.codePoints(file, 81, 4451);
        assertEquals(List.of("an", "elaborate", "ceremony", "has", "been", "taking", "place", "in", "pang", "main",
                "square"), STD.tokenize(transcript).terms().subList(0, 11));
    }

    @Test
    void offsetsPointAtTheTextOnSeedTexts() {
        for (String prefix : List.of("000", "001", "002", "003", "004")) {
            String text = SeedTexts.file(prefix);
            DocumentTokens t = STD.tokenize(text);
            assertTrue(t.size() > 100, prefix);
            for (int i = 0; i < t.size(); i++) {
                assertEquals(t.term(i), STD.normalise(text.substring(t.start(i), t.end(i)), t.type(i)), prefix + " " + i);
            }
        }
    }

    @Test
    void nullTextIsRejected() {
        assertThrows(NullPointerException.class, () -> STD.tokenize((String) null));
        assertEquals(0, STD.tokenize("").size());
        assertEquals(0, STD.tokenize(" \n\t.,;").size());
    }
}
