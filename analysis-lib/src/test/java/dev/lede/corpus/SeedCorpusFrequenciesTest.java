package dev.lede.corpus;

import dev.lede.stats.Concordance;
import dev.lede.stats.Keyness;
import dev.lede.text.Stopwords;
import dev.lede.text.TokenType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Term frequencies, keyness and the concordance of "pariah" on the seed corpus
 * data/putin-pyongyang-2024 (18 documents: BBC transcript, article and 12 reader comments, 001-004).
 *
 * <p>Content terms: the standard tokens minus each document's stopword list by its language
 * ({@link Stopwords#forLanguages()}: Snowball English for the English documents, Lucene's Japanese
 * list for the two Japanese comments), word tokens only (numbers, emoji and URLs dropped).
 */
class SeedCorpusFrequenciesTest {

    static Corpus seed() {
        return Corpus.load(Path.of(System.getProperty("lede.data"), "putin-pyongyang-2024"));
    }

    static Tokens content(Corpus c) {
        return c.tokens().removeStopwords(Stopwords.forLanguages())
                .keepTypes(TokenType.WORD, TokenType.IDEOGRAPHIC, TokenType.KANA);
    }

    record Tc(String term, int count) {
    }

    static List<Tc> top(TermFrequencies tf, int n) {
        List<Tc> out = new ArrayList<>();
        for (TermFrequencies.Entry e : tf.top(n).entries()) {
            out.add(new Tc(e.term(), e.count()));
        }
        return out;
    }

    /**
     * Hand check of "china" (grep -o -i china per manifest range, which counts "China’s" too: the
     * tokenizer drops the possessive, so those are the term china): transcript 17, article 1,
     * comments 2, 7, 8, 9, 11, 12 have 3+4+1+1+1+1 = 11, 001 13, 002 9 of which one is
     * "China-Russia" (one hyphenated token, not china) so 8, 003 9, 004 11. The title line of the
     * BBC file (one more China) lies outside every manifest range. Total 70; 59 without comments.
     * "korea" (grep -o -i -w, 55): 000 file 20 minus the title = 19, 001 14, 002 10 of which 4 are
     * "Korea-Russia" so 6, 003 5, 004 11; the comments have 4 (comments 7, 9, 11, 12).
     * The two Japanese comments are segmented by Kuromoji: comment 4 has 10 content words
     * (北朝鮮 韓国 コリア系 日本人 コリア系 ロシア人 コリア系 中国人 まったく 信用; ICU alone cut コリア|系 and
     * ロシア|人: 14), comment 5 has 6 (嫌う 国 同盟 って 事 でしょ; ICU: 嫌 われ 国 同盟 っ って 事 しょ, 8).
     * "will" (15, 14 without comments) was ninth until the modal verbs joined the English list
     * (docs/stopwords.md); "global" (grep -o -i -w: 11, all in the transcript) is tenth now.
     */
    @Test
    void topContentTermsWithComments() {
        TermFrequencies tf = TermFrequencies.of(content(seed()));
        assertEquals(18, tf.documents());
        assertEquals(1666, tf.totalTokens());
        assertEquals(List.of(new Tc("china", 70), new Tc("north", 59), new Tc("korea", 55), new Tc("russia", 52),
                new Tc("putin", 30), new Tc("visit", 19), new Tc("beijing", 17), new Tc("want", 16),
                new Tc("president", 14), new Tc("global", 11)), top(tf, 10));
        assertEquals(12, tf.documentFrequency("china"));
        assertEquals(70 * 10_000.0 / 1666, tf.per10k("china"), 1e-9);
    }

    @Test
    void topContentTermsWithoutComments() {
        Corpus noComments = seed().whereNot(Metadata.KIND, "comment");
        assertEquals(List.of("000-transcript", "000-article", "001", "002", "003", "004"), noComments.ids());
        TermFrequencies tf = TermFrequencies.of(content(noComments));
        assertEquals(1391, tf.totalTokens());
        assertEquals(List.of(new Tc("china", 59), new Tc("north", 56), new Tc("korea", 51), new Tc("russia", 46),
                new Tc("putin", 26), new Tc("visit", 18), new Tc("beijing", 17), new Tc("want", 15),
                new Tc("president", 13), new Tc("global", 11)), top(tf, 10));
        assertEquals(6, tf.documentFrequency("china"));
        // comments add 11 china, 3 north, 4 korea, 6 russia, 4 putin
        TermFrequencies all = TermFrequencies.of(content(seed()));
        assertEquals(11, all.count("china") - tf.count("china"));
        assertEquals(4, all.count("korea") - tf.count("korea"));
    }

    @Test
    void perRelayGroupTable() {
        var groups = TermFrequencies.of(content(seed().whereNot(Metadata.KIND, "comment"))).byGroup(Metadata.RELAYS);
        // 000 has no relays value (it is the BBC original): group ""
        assertEquals(List.of("", "BBC", "Reuters"), List.copyOf(groups.keySet()));
        assertEquals(20, groups.get("Reuters").count("china"));
        assertEquals(18, groups.get("").count("china"));
        assertEquals(21, groups.get("BBC").count("china"));
    }

    static final Predicate<Document> BBC_DERIVED =
            d -> d.id().startsWith("000-") || "BBC".equals(d.metadata().relays());

    /**
     * BBC-derived (000 transcript and article, 001, 002: 964 content tokens) against
     * Reuters-derived (003, 004: 427 content tokens), comments left out. The modal verbs that became stopwords (docs/stopwords.md) took 16 and 5 tokens: will 11/3, might 4/0, can 1/2.
     */
    @Test
    void keynessBbcAgainstReuters() {
        Tokens tokens = content(seed().whereNot(Metadata.KIND, "comment"));
        Keyness k = Keyness.of(tokens, BBC_DERIVED).named("BBC-derived", "Reuters-derived");
        assertEquals(964, k.targetTokens());
        assertEquals(427, k.referenceTokens());
        Keyness sig = k.significant(0.05);
        // key in the BBC family: the transcript's "global", "think", "region", "uh", "vietnam", ...
        assertEquals(List.of("global 11/0", "think 10/0", "us 10/0", "region 9/0", "two 8/0", "uh 8/0",
                "strategic 6/0", "vietnam 6/0", "president 12/1"), rows(sig.positive()));
        // key in the Reuters family: who is quoted and how places are named
        assertEquals(List.of("cooperation 0/4", "moscow 0/4", "reuters 0/4", "beijing 7/10", "international 2/5"),
                rows(sig.negative().top(5)));
        Keyness.KeyTerm global = k.term("global").orElseThrow();
        assertEquals(8.1059, global.g2(), 1e-4);
        assertEquals(0.0044, global.pValue(), 1e-4);
        // Log Ratio with 0.5 for the zero: log2((11/964) / (0.5/427))
        assertEquals(Math.log((11 / 964.0) / (0.5 / 427)) / Math.log(2), global.logRatio(), 1e-12);
        Keyness.KeyTerm beijing = k.term("beijing").orElseThrow();
        assertEquals(-5.7971, beijing.g2(), 1e-4);
        assertEquals(Math.log((7 / 964.0) / (10 / 427.0)) / Math.log(2), beijing.logRatio(), 1e-12);
        // same through the metadata: relays=Reuters against the rest, sign flipped
        Keyness reuters = Keyness.groupVsRest(tokens, Metadata.RELAYS, "Reuters");
        assertEquals(-global.g2(), reuters.term("global").orElseThrow().g2(), 1e-12);
        assertTrue(k.chart(10).toSvg().contains("key in Reuters-derived"));
    }

    private static List<String> rows(Keyness k) {
        return k.terms().stream().map(t -> t.term() + " " + t.targetCount() + "/" + t.referenceCount()).toList();
    }

    /**
     * "pariah" in the seed corpus, checked with a regex over each manifest range: the transcript's
     * "global Pariah" at 1367, 001's "rather than a pariah itself" at 646, 002's "an international
     * pariah." at 676 (all UTF-16 = code-point offsets here). The plural "pariahs" (twice in 001) and
     * the transcript's mis-heard "parayas" are other terms.
     */
    @Test
    void concordanceOfPariah() {
        Corpus c = seed();
        Concordance kwic = Concordance.of(c.tokens(), "pariah", 5);
        assertEquals(List.of("000-transcript", "001", "002"),
                kwic.lines().stream().map(Concordance.Line::document).toList());
        assertEquals(List.of(1367, 646, 676), kwic.lines().stream().map(Concordance.Line::start).toList());
        assertEquals(List.of(1373, 652, 682), kwic.lines().stream().map(Concordance.Line::end).toList());
        assertEquals(List.of("Pariah", "pariah", "pariah"),
                kwic.lines().stream().map(Concordance.Line::keyword).toList());
        assertEquals(List.of("want to be a global ", "global leader rather than a ", "as North Korea, an international "),
                kwic.lines().stream().map(Concordance.Line::left).toList());
        assertEquals(List.of(" and it wants the world", " itself. The visit also raises",
                ".\nChina’s sensitivity to the strengthened"),
                kwic.lines().stream().map(Concordance.Line::right).toList());
        for (Concordance.Line l : kwic.lines()) {
            assertEquals(l.keyword(), c.document(l.document()).text().substring(l.start(), l.end()));
        }
        Concordance plural = Concordance.of(c.tokens(), "pariahs", 3);
        assertEquals(List.of(552, 1122), plural.lines().stream().map(Concordance.Line::start).toList());
        assertEquals(1, Concordance.of(c.tokens(), "parayas", 3).size());
        // phrases: "global pariah" (transcript), "global pariahs" (001 twice), "international pariah" (002)
        assertEquals(List.of("000-transcript"), Concordance.of(c.tokens(), "global pariah", 0).lines().stream()
                .map(Concordance.Line::document).toList());
        assertEquals(List.of(545, 1115), Concordance.of(c.tokens(), "Global Pariahs", 0).lines().stream()
                .map(Concordance.Line::start).toList());
        assertEquals(List.of("international pariah"), Concordance.of(c.tokens(), "international pariah", 2)
                .lines().stream().map(Concordance.Line::keyword).toList());
    }
}
