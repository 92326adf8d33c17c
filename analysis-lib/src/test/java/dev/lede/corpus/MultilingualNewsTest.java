package dev.lede.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.text.DocumentTokens;
import dev.lede.text.Language;
import dev.lede.text.Stopwords;
import dev.lede.text.TokenType;
import dev.lede.text.Tokenizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One short news paragraph per language, written for this test (Putin's visit to Pyongyang), with
 * every token and the top terms checked by hand: Chinese, Japanese and Korean word segmentation
 * with the leaders' names whole, French elision and stopwords, German, Russian and Spanish.
 */
class MultilingualNewsTest {

    static final String ZH = "俄罗斯总统普京19日抵达平壤，与朝鲜最高领导人金正恩举行会谈。双方签署了全面战略伙伴关系条约。"
            + "中国外交部发言人林剑表示，这是俄朝两国之间的事情。普京说，条约规定在一方遭到侵略时相互提供援助。";
    static final String JA = "ロシアのプーチン大統領は19日、平壌で金正恩総書記と会談し、包括的戦略パートナーシップ条約に署名した。"
            + "中国外務省の報道官は、両国間の問題だと述べた。プーチン大統領は、侵略を受けた場合に相互に支援すると語った。";
    static final String KO = "블라디미르 푸틴 러시아 대통령은 19일 평양에서 김정은 국무위원장과 정상회담을 가졌다. "
            + "두 정상은 포괄적 전략적 동반자 관계 조약에 서명했다. 푸틴 대통령은 침략을 받으면 서로 지원하기로 했다고 밝혔다.";
    static final String FR = "Le président russe Vladimir Poutine est arrivé mercredi à Pyongyang, où il a été reçu par Kim"
            + " Jong Un. L'accord signé par les deux dirigeants prévoit une assistance mutuelle en cas d'agression. Selon"
            + " Poutine, l'accord est « une percée ». Pékin s'est dit préoccupé par l'alliance entre Moscou et Pyongyang,"
            + " qu'il juge dangereuse pour l'Extrême-Orient.";
    static final String DE = "Der russische Präsident Wladimir Putin ist am Mittwoch in Pjöngjang eingetroffen und hat sich"
            + " mit Kim Jong Un getroffen. Beide Staatschefs unterzeichneten ein Abkommen über eine umfassende strategische"
            + " Partnerschaft. Putin sagte, das Abkommen sehe gegenseitigen Beistand im Falle einer Aggression vor. Peking"
            + " äußerte sich zurückhaltend über das Abkommen.";
    static final String RU = "Президент России Владимир Путин прибыл в Пхеньян, где провёл переговоры с Ким Чен Ыном. Путин"
            + " и Ким подписали договор о всеобъемлющем стратегическом партнёрстве. По словам Путина, договор"
            + " предусматривает взаимную помощь в случае агрессии. В Пекине заявили, что договор касается только двух стран.";
    static final String ES = "El presidente ruso, Vladímir Putin, llegó el miércoles a Pionyang, donde se reunió con Kim Jong"
            + " Un. Ambos líderes firmaron un acuerdo de asociación estratégica integral. Según Putin, el acuerdo prevé"
            + " asistencia mutua en caso de agresión. Pekín evitó comentar el acuerdo entre Moscú y Pionyang.";

    private static final Tokenizer STD = Tokenizer.standard();

    private static List<String> terms(String text, Language l) {
        return STD.tokenize(text, l).terms();
    }

    /** The n most frequent terms after the language's stopwords, as "term=count". */
    private static List<String> top(String text, Language l, int n) {
        DocumentTokens t = STD.tokenize(text, l).removeStopwords(Stopwords.of(l));
        List<String> out = new ArrayList<>();
        for (TermFrequencies.Entry e : TermFrequencies.of(t).top(n).entries()) {
            out.add(e.term() + "=" + e.count());
        }
        return out;
    }

    @Test
    void chineseWordsWithTheLeadersNamesWhole() {
        assertEquals(List.of("俄罗斯", "总统", "普京", "19", "日", "抵达", "平壤", "与", "朝鲜", "最高", "领导人", "金正恩",
                "举行", "会谈", "双方", "签署", "了", "全面", "战略", "伙伴", "关系", "条约", "中国", "外交部", "发言人", "林剑",
                "表示", "这", "是", "俄", "朝", "两", "国", "之间", "的", "事情", "普京", "说", "条约", "规定", "在", "一", "方",
                "遭到", "侵略", "时", "相互", "提供", "援助"), terms(ZH, Language.CHINESE));
        assertEquals(List.of("普京=2", "条约=2", "19=1"), top(ZH, Language.CHINESE, 3));
        // without the language, ICU's dictionary splits the names: the complaint
        List<String> icu = STD.tokenize(ZH).terms();
        assertEquals(List.of("普", "京"), icu.subList(2, 4));
    }

    @Test
    void japaneseWordsWithTheLeadersNamesWhole() {
        assertEquals(List.of("ロシア", "の", "プーチン", "大統領", "は", "19", "日", "平壌", "で", "金正恩", "総書記", "と",
                "会談", "する", "包括的", "戦略", "パートナーシップ", "条約", "に", "署名", "する", "た", "中国", "外務省", "の",
                "報道官", "は", "両国間", "の", "問題", "だ", "と", "述べる", "た", "プーチン", "大統領", "は", "侵略", "を",
                "受ける", "た", "場合", "に", "相互", "に", "支援", "する", "と", "語る", "た"), terms(JA, Language.JAPANESE));
        assertEquals(List.of("プーチン=2", "大統領=2", "19=1"), top(JA, Language.JAPANESE, 3));
        DocumentTokens t = STD.tokenize(JA, Language.JAPANESE);
        // a verb's term is its dictionary form, its span the text: 語っ
        int i = t.terms().indexOf("語る");
        assertEquals("語っ", JA.substring(t.start(i), t.end(i)));
        assertEquals(TokenType.KANA, t.type(t.terms().indexOf("パートナーシップ")));
    }

    @Test
    void theSeedCorpusJapaneseCommentInWordsAJapaneseReaderWrites() {
        String comment = "北朝鮮と韓国とコリア系日本人とコリア系ロシア人とコリア系中国人は、まったく信用できない";
        assertEquals(List.of("北朝鮮", "と", "韓国", "と", "コリア系", "日本人", "と", "コリア系", "ロシア人", "と", "コリア系",
                "中国人", "は", "まったく", "信用", "できる", "ない"), terms(comment, Language.JAPANESE));
        assertEquals(List.of("北朝鮮", "韓国", "コリア系", "日本人", "コリア系", "ロシア人", "コリア系", "中国人", "まったく", "信用"),
                STD.tokenize(comment, Language.JAPANESE).removeStopwords(Stopwords.of(Language.JAPANESE)).terms());
    }

    @Test
    void koreanWordsWithoutParticlesAndVerbsInDictionaryForm() {
        assertEquals(List.of("블라디미르", "푸틴", "러시아", "대통령", "19", "일", "평양", "김정은", "국무", "위원장", "정상", "회담",
                "가지다", "두", "정상", "포괄", "전략", "동반자", "관계", "조약", "서명", "푸틴", "대통령", "침략", "받다", "서로",
                "지원", "하다", "밝히다"), terms(KO, Language.KOREAN));
        assertEquals(List.of("대통령=2", "정상=2", "푸틴=2", "19=1"), top(KO, Language.KOREAN, 4));
        DocumentTokens t = STD.tokenize(KO, Language.KOREAN);
        assertEquals("푸틴", KO.substring(t.start(1), t.end(1)));
        assertEquals(TokenType.NUMBER, t.type(4));
    }

    @Test
    void frenchElisionAndAReadersStopwords() {
        assertEquals(List.of("le", "président", "russe", "vladimir", "poutine", "est", "arrivé", "mercredi", "à", "pyongyang",
                "où", "il", "a", "été", "reçu", "par", "kim", "jong", "un", "accord", "signé", "par", "les", "deux", "dirigeants",
                "prévoit", "une", "assistance", "mutuelle", "en", "cas", "agression", "selon", "poutine", "accord", "est", "une",
                "percée", "pékin", "est", "dit", "préoccupé", "par", "alliance", "entre", "moscou", "et", "pyongyang", "il",
                "juge", "dangereuse", "pour", "extrême-orient"), terms(FR, Language.FRENCH));
        assertEquals(List.of("accord=2", "poutine=2", "pyongyang=2", "agression=1"), top(FR, Language.FRENCH, 4));
        DocumentTokens t = STD.tokenize(FR, Language.FRENCH);
        int accord = t.terms().indexOf("accord");
        assertEquals("accord", FR.substring(t.start(accord), t.end(accord))); // the span leaves out "L'"
        assertEquals(List.of("l'accord", "d'agression"), List.of(terms("l'accord d’agression", null).get(0),
                terms("l'accord d'agression", null).get(1))); // no language: no elision
        assertEquals(List.of("accord", "agression", "aujourd'hui", "qu", "était"),
                terms("L’accord d'agression aujourd'hui qu' s'était", Language.FRENCH));
        // "Un" of Kim Jong Un is a French stopword, the compounded name is not
        DocumentTokens names = STD.tokenize(FR, Language.FRENCH).compound(List.of("Kim Jong Un"))
                .removeStopwords(Stopwords.of(Language.FRENCH));
        assertEquals(1, names.terms().stream().filter("kim jong un"::equals).count());
    }

    @Test
    void italianAndCatalanElision() {
        assertEquals(List.of("accordo", "unione", "europa", "amica"),
                terms("l'accordo dell'Unione d'Europa un'amica", Language.ITALIAN));
        assertEquals(List.of("acord", "estat", "agrada"), terms("l'acord d'estat m'agrada", Language.CATALAN));
    }

    @Test
    void germanRussianAndSpanish() {
        assertEquals(List.of("der", "russische", "präsident", "wladimir", "putin", "ist", "am", "mittwoch", "in", "pjöngjang",
                "eingetroffen", "und", "hat", "sich", "mit", "kim", "jong", "un", "getroffen", "beide", "staatschefs",
                "unterzeichneten", "ein", "abkommen", "über", "eine", "umfassende", "strategische", "partnerschaft", "putin",
                "sagte", "das", "abkommen", "sehe", "gegenseitigen", "beistand", "im", "falle", "einer", "aggression", "vor",
                "peking", "äusserte", "sich", "zurückhaltend", "über", "das", "abkommen"), terms(DE, Language.GERMAN));
        assertEquals(List.of("abkommen=3", "putin=2", "aggression=1"), top(DE, Language.GERMAN, 3));
        assertEquals(List.of("президент", "россии", "владимир", "путин", "прибыл", "в", "пхеньян", "где", "провёл",
                "переговоры", "с", "ким", "чен", "ыном", "путин", "и", "ким", "подписали", "договор", "о", "всеобъемлющем",
                "стратегическом", "партнёрстве", "по", "словам", "путина", "договор", "предусматривает", "взаимную", "помощь",
                "в", "случае", "агрессии", "в", "пекине", "заявили", "что", "договор", "касается", "только", "двух", "стран"),
                terms(RU, Language.RUSSIAN));
        assertEquals(List.of("договор=3", "ким=2", "путин=2", "агрессии=1"), top(RU, Language.RUSSIAN, 4));
        assertEquals(List.of("el", "presidente", "ruso", "vladímir", "putin", "llegó", "el", "miércoles", "a", "pionyang",
                "donde", "se", "reunió", "con", "kim", "jong", "un", "ambos", "líderes", "firmaron", "un", "acuerdo", "de",
                "asociación", "estratégica", "integral", "según", "putin", "el", "acuerdo", "prevé", "asistencia", "mutua", "en",
                "caso", "de", "agresión", "pekín", "evitó", "comentar", "el", "acuerdo", "entre", "moscú", "y", "pionyang"),
                terms(ES, Language.SPANISH));
        assertEquals(List.of("acuerdo=3", "pionyang=2", "putin=2", "agresión=1"), top(ES, Language.SPANISH, 4));
    }

    @Test
    void aNameGivenToCompoundIsJoinedHoweverTheSegmenterCutIt() {
        // 韩正 (Han Zheng) is not on the built-in list; SmartCN cuts it, compound joins it
        String text = "国家副主席韩正会见了俄罗斯代表团。";
        DocumentTokens t = STD.tokenize(text, Language.CHINESE);
        DocumentTokens c = t.compound(List.of("韩正"));
        assertEquals(1, c.terms().stream().filter("韩正"::equals).count(), t.terms().toString());
        int i = c.terms().indexOf("韩正");
        assertEquals("韩正", text.substring(c.start(i), c.end(i)));
    }

    @Test
    void corpusTokensAndTheFastCounterUseEachDocumentsLanguage(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("zh.txt"), ZH);
        Files.writeString(dir.resolve("ja.txt"), JA);
        Files.writeString(dir.resolve("ko.txt"), KO);
        Files.writeString(dir.resolve("fr.txt"), FR);
        Files.writeString(dir.resolve("en.txt"), "Putin met Kim Jong Un in Pyongyang; l'accord stays whole in English.");
        Files.writeString(dir.resolve("corpus.csv"), "id,file,language\nzh,zh.txt,zh\nja,ja.txt,ja-JP\nko,ko.txt,ko\n"
                + "fr,fr.txt,fr\nen,en.txt,en\nnone,en.txt,\n");
        Corpus corpus = Corpus.load(dir);
        Tokens tokens = corpus.tokens();
        assertEquals(terms(ZH, Language.CHINESE), tokens.document(0).terms());
        assertEquals(terms(JA, Language.JAPANESE), tokens.document(1).terms());
        assertEquals(terms(FR, Language.FRENCH), tokens.document(3).terms());
        assertEquals(List.of("putin", "met", "kim", "jong", "un", "in", "pyongyang", "l'accord", "stays", "whole", "in",
                "english"), tokens.document(4).terms());
        TermFrequencies slow = TermFrequencies.of(tokens);
        for (int threads : new int[] {1, 2}) {
            TermFrequencies fast = corpus.tokens().withParallelism(Parallelism.of(threads)).frequencies();
            assertEquals(slow.entries(), fast.entries());
        }
        assertEquals(4, slow.count("普京") + slow.count("プーチン"));
        assertEquals(2, slow.count("푸틴"));
        assertEquals(List.of(49, 50, 29, 53, 12, 12), corpus.toTable().intColumn(Corpus.TOKENS).asList());
    }
}
