package dev.lede.coverage;

import dev.lede.testing.Python;

import dev.lede.corpus.Corpus;
import dev.lede.corpus.Document;
import dev.lede.corpus.Metadata;
import dev.lede.display.Chart;
import dev.lede.display.MimeBundle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class ShareOfVoiceTest {

    private static final Corpus SMALL = Corpus.of(
            Document.of("a", "China and Beijing. Russia’s Kremlin met North Korea-Russia envoys in Pyongyang;"
                    + " the DPRK said Korea.", Metadata.of(Map.of("outlet", "X"))),
            Document.of("b", "Nothing about them.", Metadata.of(Map.of("outlet", "X"))),
            Document.of("c", "MOSCOW, beijing and chinaware.", Metadata.of(Map.of("outlet", "Y"))));

    @Test
    void countsAliasesHyphensPossessivesAndLongestNames() {
        ShareOfVoice sov = ShareOfVoice.of(SMALL, Actors.chinaRussiaNorthKorea());
        assertEquals(2, sov.count("a", "China"));       // China, Beijing
        assertEquals(3, sov.count("a", "Russia"));      // Russia’s, Kremlin, -Russia
        assertEquals(3, sov.count("a", "North Korea")); // North Korea-, Pyongyang, DPRK; "Korea" alone is no one
        assertEquals(0, sov.count("b", "China"));
        assertEquals(1, sov.count("c", "China"));       // beijing; "chinaware" is not China
        assertEquals(1, sov.count("c", "Russia"));
        assertEquals(3, sov.count("China"));
        assertEquals(100.0 * 3 / 10, sov.share("China").getAsDouble(), 1e-12);
        Table t = sov.table();
        assertEquals(List.of(ShareOfVoice.DOCUMENT, ShareOfVoice.ACTOR, ShareOfVoice.MENTIONS,
                ShareOfVoice.SHARE_PERCENT), t.columnNames());
        assertEquals(List.of("a", "a", "a", "b", "b", "b", "c", "c", "c"), t.stringColumn(ShareOfVoice.DOCUMENT).asList());
        assertEquals(List.of(2, 3, 3, 0, 0, 0, 1, 1, 0), t.intColumn(ShareOfVoice.MENTIONS).asList());
        assertEquals(25.0, t.doubleColumn(ShareOfVoice.SHARE_PERCENT).getDouble(0));
        assertEquals(37.5, t.doubleColumn(ShareOfVoice.SHARE_PERCENT).getDouble(1));
        assertTrue(Double.isNaN(t.doubleColumn(ShareOfVoice.SHARE_PERCENT).getDouble(3)), "no mentions: no share");
        assertEquals(0.0, t.doubleColumn(ShareOfVoice.SHARE_PERCENT).getDouble(8));
        Table m = sov.mentions();
        assertEquals(List.of("China", "Beijing", "Russia", "Kremlin", "North Korea", "Russia", "Pyongyang", "DPRK",
                "MOSCOW", "beijing"), m.stringColumn(ShareOfVoice.TEXT).asList());
        String a = SMALL.document("a").text();
        int nk = a.indexOf("North Korea");
        assertEquals(nk, m.intColumn(ShareOfVoice.START).get(4));
        assertEquals(nk + 11, m.intColumn(ShareOfVoice.END).get(4));
    }

    @Test
    void groupsAndTotals() {
        ShareOfVoice sov = ShareOfVoice.of(SMALL, Actors.chinaRussiaNorthKorea());
        Table g = sov.byGroup(Metadata.OUTLET);
        assertEquals(List.of(ShareOfVoice.GROUP, ShareOfVoice.ACTOR, ShareOfVoice.DOCUMENTS, ShareOfVoice.MENTIONS,
                ShareOfVoice.SHARE_PERCENT), g.columnNames());
        assertEquals(List.of("X", "X", "X", "Y", "Y", "Y"), g.stringColumn(ShareOfVoice.GROUP).asList());
        assertEquals(List.of(2, 2, 2, 1, 1, 1), g.intColumn(ShareOfVoice.DOCUMENTS).asList());
        assertEquals(List.of(2, 3, 3, 1, 1, 0), g.intColumn(ShareOfVoice.MENTIONS).asList());
        assertEquals(List.of(25.0, 37.5, 37.5, 50.0, 50.0, 0.0), g.doubleColumn(ShareOfVoice.SHARE_PERCENT).asList());
        Table t = sov.totals();
        assertEquals(List.of("China", "Russia", "North Korea"), t.stringColumn(ShareOfVoice.ACTOR).asList());
        assertEquals(List.of(3, 4, 3), t.intColumn(ShareOfVoice.MENTIONS).asList());
        assertEquals(List.of(30.0, 40.0, 30.0), t.doubleColumn(ShareOfVoice.SHARE_PERCENT).asList());
        CoverageMeasures measures = sov.toMeasures();
        assertEquals(9, measures.size());
        assertEquals("X", measures.get(1).outlet());
        assertEquals("Russia", measures.get(1).story());
        assertEquals(3.0, measures.get(1).value());
        assertEquals(CoverageUnit.MENTIONS, measures.get(1).unit());
        assertEquals("X gave China 2 mentions, 1 mention (33%) fewer than Russia (3 mentions, 50% more).",
                CoverageComparison.of(measures.get(0), measures.get(1)).statement());
    }

    @Test
    void ownActorsAndBadLists() {
        Actors own = Actors.builder().actor("Xi Jinping", "Xi").actor("Kim Jong Un", "Kim").build();
        ShareOfVoice sov = ShareOfVoice.of(Corpus.of(Document.of("d", "Xi Jinping, Xi’s aide and Kim Jong Un; Kim.")), own);
        assertEquals(2, sov.count("d", "Xi Jinping"));
        assertEquals(2, sov.count("d", "Kim Jong Un"));
        assertEquals(List.of("Xi"), own.aliases("Xi Jinping"));
        IllegalArgumentException clash = assertThrows(IllegalArgumentException.class,
                () -> Actors.builder().actor("China", "Beijing").actor("Xi", "beijing"));
        assertEquals("'beijing' would count for both 'China' and 'Xi' (matching ignores case, hyphens and possessives):"
                + " give each phrase to one actor", clash.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Actors.builder().actor("China").actor("China"));
        assertThrows(IllegalArgumentException.class, () -> Actors.builder().actor("China", "!!!"));
        assertThrows(IllegalArgumentException.class, () -> Actors.builder().build());
        assertThrows(IllegalArgumentException.class, () -> sov.count("d", "Putin"));
    }

    @Test
    void chartByGroup() {
        ShareOfVoice sov = ShareOfVoice.of(SMALL, Actors.chinaRussiaNorthKorea());
        Chart chart = sov.chart(Metadata.OUTLET);
        String svg = chart.toSvg();
        assertEquals(svg, ShareOfVoice.of(SMALL, Actors.chinaRussiaNorthKorea()).chart(Metadata.OUTLET).toSvg());
        assertEquals("Share of voice by outlet", chart.title());
        // X: 25, 37.5 -> "38", 37.5; Y: 50, 50
        assertTrue(svg.contains(">25<") && svg.contains(">38<") && svg.contains(">50<"), "shares labelled");
        assertTrue(svg.contains(">North Korea<") && svg.contains(">X<") && svg.contains(">Y<"));
        Actors odd = Actors.builder().actor("<b>Kremlin</b>", "Kremlin").build();
        String escaped = ShareOfVoice.of(SMALL, odd).chart(Metadata.OUTLET).toSvg();
        assertTrue(escaped.contains("&lt;b&gt;Kremlin&lt;/b&gt;") && !escaped.contains("<b>Kremlin"));
    }

    @Test
    void renderingEscapesActorNames() {
        Actors odd = Actors.builder().actor("<b>Kremlin</b>", "Kremlin").build();
        ShareOfVoice sov = ShareOfVoice.of(Corpus.of(Document.of("d", "The Kremlin said.")), odd);
        String html = sov.toMimeBundle().get(MimeBundle.TEXT_HTML);
        assertTrue(html.contains("&lt;b&gt;Kremlin&lt;/b&gt;"));
        assertTrue(!html.contains("<b>Kremlin"));
        assertEquals(sov.toMimeBundle(), ShareOfVoice.of(Corpus.of(Document.of("d", "The Kremlin said.")), odd).toMimeBundle());
    }

    /**
     * The seed corpus against an independent count with Python's re: whole-word, case-insensitive,
     * longest alternative first, non-overlapping.
     */
    @Test
    void seedCountsMatchARegexCount() {
        Corpus seed = Corpus.load(Path.of(System.getProperty("lede.data"), "putin-pyongyang-2024"));
        ShareOfVoice sov = ShareOfVoice.of(seed, Actors.chinaRussiaNorthKorea());
        StringBuilder in = new StringBuilder();
        for (Document d : seed.documents()) {
            in.append(d.text().replace('\u0000', ' ')).append('\u0000');
        }
        String out = Python.run(String.join("\n",
                "import sys, re",
                "actor = {'north korea': 'North Korea', 'pyongyang': 'North Korea', 'dprk': 'North Korea',",
                "         'china': 'China', 'beijing': 'China', 'russia': 'Russia', 'moscow': 'Russia', 'kremlin': 'Russia'}",
                "pat = re.compile(r'(?<!\\w)(north\\s+korea|pyongyang|dprk|china|beijing|russia|moscow|kremlin)(?!\\w)', re.I)",
                "for text in sys.stdin.read().split('\\0')[:-1]:",
                "    n = {'China': 0, 'Russia': 0, 'North Korea': 0}",
                "    for m in pat.finditer(text):",
                "        n[actor[re.sub(r'\\s+', ' ', m.group(1).lower())]] += 1",
                "    print(n['China'], n['Russia'], n['North Korea'])"), in.toString());
        String[] lines = out.strip().split("\n");
        assertEquals(seed.size(), lines.length, out);
        List<String> ours = new ArrayList<>();
        for (Document d : seed.documents()) {
            ours.add(sov.count(d.id(), "China") + " " + sov.count(d.id(), "Russia") + " " + sov.count(d.id(), "North Korea"));
        }
        assertEquals(List.of(lines), ours);
        assertEquals(List.of(88, 62, 68), sov.totals().intColumn(ShareOfVoice.MENTIONS).asList());
        // document 002, the Korean site: China 9, Russia 13, North Korea 12
        assertEquals(List.of(9, 13, 12), List.of(sov.count("002", "China"), sov.count("002", "Russia"),
                sov.count("002", "North Korea")));
    }
}
