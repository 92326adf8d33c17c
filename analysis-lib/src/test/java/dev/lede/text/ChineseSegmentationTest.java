package dev.lede.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Why Chinese is segmented with Lucene's SmartCN and not ICU: word recall on sentences written for
 * this test and segmented by hand (words separated by "/", punctuation left out of the scores).
 * Both segmenters run without the names list, then SmartCN with it (what Lede uses).
 */
class ChineseSegmentationTest {

    static final String[] GOLD = {
        "俄罗斯/总统/普京/19/日/抵达/平壤/，/与/朝鲜/最高/领导人/金正恩/举行/会谈/。",
        "双方/签署/了/全面/战略/伙伴/关系/条约/，/承诺/在/遭到/侵略/时/相互/提供/援助/。",
        "中国/外交部/发言人/林剑/在/被/问及/此事/时/表示/，/这/是/两/国/之间/的/事情/。",
        "分析/人士/认为/，/北京/对/莫斯科/和/平壤/之间/日益/密切/的/军事/合作/感到/不安/。",
        "他/不/愿意/评论/两/国/领导人/会面/的/细节/。",
        "美国/和/韩国/对/这/项/协议/表示/严重/关切/。",
        "普京/上/一/次/访问/朝鲜/是/在/2000/年/。",
        "韩国/总统/尹锡悦/表示/，/韩国/将/与/国际/社会/密切/合作/。",
        "日本/政府/发言人/说/，/东京/正在/密切/关注/局势/的/发展/。",
        "记者/问及/俄罗斯/是否/会/向/朝鲜/提供/先进/武器/技术/。",
    };

    private static boolean word(String s, int at) {
        return Character.isLetterOrDigit(s.codePointAt(at));
    }

    /** Words found / words in the gold segmentation, as "found/gold"; and words found in all, for precision. */
    private static int[] score(java.util.function.Function<String, List<int[]>> segmenter) {
        int gold = 0;
        int right = 0;
        int found = 0;
        for (String g : GOLD) {
            String text = g.replace("/", "");
            Set<String> want = new HashSet<>();
            int p = 0;
            for (String w : g.split("/")) {
                if (word(w, 0)) {
                    want.add(p + "," + (p + w.length()));
                }
                p += w.length();
            }
            gold += want.size();
            for (int[] s : segmenter.apply(text)) {
                if (word(text, s[0])) {
                    found++;
                    right += want.contains(s[0] + "," + s[1]) ? 1 : 0;
                }
            }
        }
        return new int[] {right, gold, found};
    }

    private static List<int[]> icu(String text) {
        List<int[]> out = new ArrayList<>();
        BreakIterator it = BreakIterator.getWordInstance(ULocale.ROOT);
        it.setText(text);
        int s = it.first();
        for (int e = it.next(); e != BreakIterator.DONE; s = e, e = it.next()) {
            out.add(new int[] {s, e});
        }
        return out;
    }

    private static List<int[]> smartcnAlone(String text) {
        List<int[]> out = new ArrayList<>();
        try (var t = new org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer()) {
            t.setReader(new java.io.StringReader(text));
            var off = t.addAttribute(org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class);
            t.reset();
            while (t.incrementToken()) {
                out.add(new int[] {off.startOffset(), off.endOffset()});
            }
            t.end();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }

    private static List<int[]> lede(String text) {
        DocumentTokens t = Tokenizer.standard().tokenize(text, Language.CHINESE);
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            out.add(new int[] {t.start(i), t.end(i)});
        }
        return out;
    }

    @Test
    void smartcnFindsMoreOfTheHandSegmentedWordsThanIcu() {
        // 126 words; ICU gets 100 right of the 132 it finds (他不, 将与, 是在 joined; 问及, 领导人,
        // 发言人 split), SmartCN 116 of 134; both split the names 普京, 金正恩, 林剑, 尹锡悦
        assertEquals(List.of(100, 126, 132), List.of(score(ChineseSegmentationTest::icu)[0], score(ChineseSegmentationTest::icu)[1],
                score(ChineseSegmentationTest::icu)[2]));
        int[] smart = score(ChineseSegmentationTest::smartcnAlone);
        assertEquals(List.of(116, 126, 134), List.of(smart[0], smart[1], smart[2]));
        // with the names list: the five names (普京 twice, 金正恩, 林剑, 尹锡悦) whole, 6 fewer pieces
        int[] lede = score(ChineseSegmentationTest::lede);
        assertEquals(List.of(121, 126, 128), List.of(lede[0], lede[1], lede[2]));
    }
}
