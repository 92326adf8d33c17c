package dev.lede.text;

import dev.lede.corpus.Corpus;
import dev.lede.corpus.Document;
import dev.lede.corpus.Metadata;
import dev.lede.corpus.Tokens;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StopwordsTest {

    private static final Tokenizer STD = Tokenizer.standard();

    @Test
    void builtInListSizesMatchTheirSources() {
        // sizes counted from the source files with sort -u (Snowball '|' comments removed;
        // ja/stopwords.txt '#' comments removed; the vendored files' word lines), plus the words of
        // StopwordLists.ADDED (none of which a source has) and minus those of REMOVED:
        // en 174+5, fr 154+28, de 231+8-1, es 308+15-1, it 279+18, ru 159+22, pt 203+23, nl 101+14,
        // ja 109+3, zh 754+1, ko 499+9, ca 218
        Map<Language, Integer> sizes = Map.ofEntries(Map.entry(Language.ENGLISH, 179), Map.entry(Language.RUSSIAN, 181),
                Map.entry(Language.FRENCH, 182), Map.entry(Language.SPANISH, 322), Map.entry(Language.GERMAN, 238),
                Map.entry(Language.ITALIAN, 297), Map.entry(Language.PORTUGUESE, 226), Map.entry(Language.DUTCH, 115),
                Map.entry(Language.JAPANESE, 112), Map.entry(Language.CHINESE, 755), Map.entry(Language.KOREAN, 508),
                Map.entry(Language.CATALAN, 218));
        for (Language l : Language.values()) {
            assertEquals(sizes.get(l), Stopwords.of(l).size(), l.toString());
        }
    }

    @Test
    void listsCheckedAgainstRealTextHaveTheirChanges() {
        // the changes of docs/stopwords.md, each hand-checked on a sentence
        assertEquals(List.of("kim", "jong", "rencontré", "poutine"),
                STD.tokenize("Kim Jong Un a rencontré Poutine, il est son allié depuis plus d'un an", Language.FRENCH)
                        .removeStopwords(Stopwords.of(Language.FRENCH)).terms().subList(0, 4));
        assertEquals(List.of("kim jong un", "rencontré", "poutine", "allié", "an"),
                STD.tokenize("Kim Jong Un a rencontré Poutine, il est son allié depuis plus d'un an", Language.FRENCH)
                        .compound(List.of("Kim Jong Un")).removeStopwords(Stopwords.of(Language.FRENCH)).terms());
        assertTrue(Stopwords.of(Language.FRENCH).words().containsAll(List.of("a", "est", "été", "son", "plus", "est-ce")));
        assertEquals(List.of("putin", "visit", "pyongyang"),
                STD.tokenize("Putin will visit Pyongyang; he can and must", Language.ENGLISH)
                        .removeStopwords(Stopwords.of(Language.ENGLISH)).terms());
        assertFalse(Stopwords.of(Language.ENGLISH).contains("may")); // a month and a name
        // German: "Weg" (way) is counted, "wer", "immer", "mehr" are not
        assertEquals(List.of("weg", "frieden"), STD.tokenize("Wer immer mehr will: der Weg zum Frieden", Language.GERMAN)
                .removeStopwords(Stopwords.of(Language.GERMAN)).terms());
        // Spanish: "si" (if) is a stopword, "Estados" (Estados Unidos) is not
        assertEquals(List.of("estados", "unidos", "acepta"), STD.tokenize("Si Estados Unidos lo acepta", Language.SPANISH)
                .removeStopwords(Stopwords.of(Language.SPANISH)).terms());
        // Portuguese "é"; Russian written with ё
        assertEquals(List.of("acordo", "histórico"), STD.tokenize("O acordo é histórico", Language.PORTUGUESE)
                .removeStopwords(Stopwords.of(Language.PORTUGUESE)).terms());
        assertEquals(List.of("путин", "подписал", "договор"), STD.tokenize("Это Путин ещё подписал её договор", Language.RUSSIAN)
                .removeStopwords(Stopwords.of(Language.RUSSIAN)).terms());
        assertEquals(List.of("akkoord"), STD.tokenize("We hebben alle akkoord", Language.DUTCH)
                .removeStopwords(Stopwords.of(Language.DUTCH)).terms());
        assertTrue(Stopwords.of(Language.ENGLISH).source().endsWith(", plus can will must might shall"),
                Stopwords.of(Language.ENGLISH).source());
        assertTrue(Stopwords.of(Language.GERMAN).source().endsWith(", minus weg"), Stopwords.of(Language.GERMAN).source());
    }

    @Test
    void builtInListsHoldTheirLanguagesFunctionWords() {
        assertTrue(Stopwords.of(Language.ENGLISH).words().containsAll(List.of("the", "we", "would", "don't", "it")));
        assertTrue(Stopwords.of(Language.RUSSIAN).words().containsAll(List.of("и", "в", "не")));
        assertTrue(Stopwords.of(Language.FRENCH).words().containsAll(List.of("le", "et", "que")));
        assertTrue(Stopwords.of(Language.SPANISH).words().containsAll(List.of("el", "y", "que")));
        assertTrue(Stopwords.of(Language.GERMAN).words().containsAll(List.of("und", "der", "nicht")));
        assertTrue(Stopwords.of(Language.JAPANESE).words().containsAll(List.of("の", "と", "は", "ない")));
        assertTrue(Stopwords.of(Language.CHINESE).words().containsAll(List.of("的", "了", "不", "与")));
        assertTrue(Stopwords.of(Language.KOREAN).words().containsAll(List.of("그리고", "및")));
        assertFalse(Stopwords.of(Language.ENGLISH).contains("putin"));
        assertTrue(Stopwords.of(Language.ENGLISH).source().startsWith("en: Snowball"));
    }

    @Test
    void removeStopwordsKeepsOffsets() {
        DocumentTokens t = STD.tokenize("China unhappy with Putin-Kim friendship!").removeStopwords(Stopwords.of(Language.ENGLISH));
        assertEquals(List.of("china", "unhappy", "putin-kim", "friendship"), t.terms());
        assertEquals(List.of(0, 6, 19, 29), List.of(t.start(0), t.start(1), t.start(2), t.start(3)));
        // "IT" folds to the stopword "it": keep it explicitly; "us" is not on the Snowball list
        assertEquals(List.of("us"), STD.tokenize("the IT US").removeStopwords(Stopwords.of(Language.ENGLISH)).terms());
        assertEquals(List.of("it", "us"),
                STD.tokenize("the IT US").removeStopwords(Stopwords.of(Language.ENGLISH).without("IT")).terms());
    }

    @Test
    void japaneseChineseKorean() {
        DocumentTokens ja = STD.tokenize("北朝鮮と韓国とコリア系日本人とコリア系ロシア人とコリア系中国人は、まったく信用できない");
        assertEquals(List.of("北朝鮮", "韓国", "コリア", "系", "日本人", "コリア", "系", "ロシア", "人", "コリア", "系", "中国人",
                "まったく", "信用"), ja.removeStopwords(Stopwords.of(Language.JAPANESE)).terms());
        assertEquals(List.of("中国", "希望", "视为", "朝鲜", "国际", "弃"),
                STD.tokenize("中国不希望被视为与朝鲜一样的国际弃儿").removeStopwords(Stopwords.of(Language.CHINESE)).terms());
        // Korean words carry particles ("중국은"), so only free-standing function words go
        assertEquals(List.of("중국은", "북한과"),
                STD.tokenize("중국은 그리고 북한과").removeStopwords(Stopwords.of(Language.KOREAN)).terms());
    }

    @Test
    void userListsAreNormalisedLikeTerms() {
        Stopwords user = Stopwords.of("  Don’t ", "UH", "", "um");
        assertEquals(List.of("don't", "uh", "um"), List.copyOf(user.words()));
        assertEquals(List.of("i", "see"), STD.tokenize("uh I don't see, um").removeStopwords(user).terms());
        Stopwords both = Stopwords.union(Stopwords.of(Language.ENGLISH), user);
        assertEquals(181, both.size()); // 179 + uh, um: "don't" is on both
        assertEquals(List.of("see"), STD.tokenize("uh I don't see, um").removeStopwords(both).terms());
        assertEquals(Stopwords.of("a", "b"), Stopwords.of("b").with("A"));
        assertEquals(0, Stopwords.none().size());
        assertThrows(NullPointerException.class, () -> Stopwords.of("a", null));
    }

    @Test
    void fromFile(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("my-stopwords.txt");
        Files.writeString(f, "\uFEFFsaid\r\n# a comment\n\n  Reuters \nBBC’s\n", StandardCharsets.UTF_8);
        Stopwords s = Stopwords.fromFile(f);
        assertEquals(List.of("bbc's", "reuters", "said"), List.copyOf(s.words()));
        assertEquals("file my-stopwords.txt", s.source());

        UncheckedIOException missing = assertThrows(UncheckedIOException.class,
                () -> Stopwords.fromFile(dir.resolve("nope.txt")));
        assertTrue(missing.getMessage().contains("nope.txt") && missing.getMessage().contains("does not exist"));

        Path latin1 = dir.resolve("latin1.txt");
        Files.write(latin1, new byte[] {'c', 'a', 'f', (byte) 0xE9, '\n'});
        UncheckedIOException bad = assertThrows(UncheckedIOException.class, () -> Stopwords.fromFile(latin1));
        assertTrue(bad.getMessage().contains("latin1.txt") && bad.getMessage().contains("not valid UTF-8"));
    }

    @Test
    void randomBytesGiveAListOrTheDocumentedError(@TempDir Path dir) throws IOException {
        Random r = new Random(42);
        int ok = 0;
        int invalid = 0;
        for (int k = 0; k < 200; k++) {
            byte[] bytes = new byte[r.nextInt(200)];
            for (int i = 0; i < bytes.length; i++) {
                // mostly ASCII so that some files are valid UTF-8
                bytes[i] = (byte) (r.nextInt(10) == 0 ? r.nextInt(256) : 0x20 + r.nextInt(0x5F) | (r.nextInt(8) == 0 ? 0 : 0));
                if (r.nextInt(12) == 0) {
                    bytes[i] = '\n';
                }
            }
            Path f = dir.resolve("random-" + k + ".txt");
            Files.write(f, bytes);
            try {
                Stopwords s = Stopwords.fromFile(f);
                for (String w : s.words()) {
                    assertFalse(w.isEmpty() || w.startsWith("#") || !w.equals(w.strip()), w);
                }
                ok++;
            } catch (UncheckedIOException e) {
                assertTrue(e.getMessage().contains(f.toString()) && e.getMessage().contains("UTF-8"), e.getMessage());
                invalid++;
            }
        }
        assertTrue(ok > 0 && invalid > 0, ok + " valid, " + invalid + " invalid");
    }

    @Test
    void perDocumentListsByLanguage() {
        Corpus corpus = Corpus.of(
                Document.of("en", "They are not fully thinking", Metadata.empty().with(Metadata.LANGUAGE, "en")),
                Document.of("ja", "北朝鮮と韓国は", Metadata.empty().with(Metadata.LANGUAGE, "ja")),
                Document.of("none", "the end", Metadata.empty()));
        Tokens tokens = corpus.tokens();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> tokens.removeStopwords(Stopwords.forLanguages()));
        assertTrue(e.getMessage().contains("document none"), e.getMessage());
        Tokens cleaned = tokens.removeStopwords(Stopwords.forLanguages(Stopwords.of("end")));
        assertEquals(List.of("fully", "thinking"), cleaned.document("en").terms());
        assertEquals(List.of("北朝鮮", "韓国"), cleaned.document("ja").terms());
        assertEquals(List.of("the"), cleaned.document("none").terms());
        Tokens xx = Corpus.of(Document.of("x", "a", Metadata.empty().with(Metadata.LANGUAGE, "xx"))).tokens();
        assertTrue(assertThrows(IllegalArgumentException.class, () -> xx.removeStopwords(Stopwords.forLanguages()))
                .getMessage().contains("\"xx\""));
    }

    @Test
    void languageCodes() {
        assertEquals(Language.ENGLISH, Language.fromCode("en"));
        assertEquals(Language.JAPANESE, Language.fromCode("ja-JP"));
        assertEquals(Language.CHINESE, Language.fromCode(" ZH_Hant "));
        assertEquals("ko", Language.KOREAN.code());
        assertEquals(Optional.empty(), Language.find("xx"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Language.fromCode("klingon"));
        assertTrue(e.getMessage().contains("\"klingon\"") && e.getMessage().contains("en, zh, ja, ko"), e.getMessage());
        // the Turkish default locale must not break "ID"-like codes: lower-casing is Locale.ROOT
        assertEquals(Language.ITALIAN, Language.fromCode("IT"));
    }
}
