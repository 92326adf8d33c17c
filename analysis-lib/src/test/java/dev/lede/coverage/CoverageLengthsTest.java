package dev.lede.coverage;

import dev.lede.testing.Python;

import dev.lede.corpus.Corpus;
import dev.lede.corpus.Document;
import dev.lede.corpus.Metadata;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** Words, characters, sentences and paragraphs per document, totals and shares per group. */
class CoverageLengthsTest {

    private static final Corpus SMALL = Corpus.of(
            Document.of("a", "Putin met Kim. They signed a 20-second deal!\n\nSee https://bbc.com 😭",
                    Metadata.of(Map.of("outlet", "BBC", "kind", "article"))),
            Document.of("b", "First line.\nSecond line\n  \nnot blank", Metadata.of(Map.of("outlet", "BBC"))),
            Document.of("c", "普京访问朝鲜。中国 关注。", Metadata.of(Map.of("outlet", "CCTV", "kind", "article"))));

    @Test
    void perDocumentCounts() {
        Table t = CoverageMeasures.documentLengths(SMALL);
        assertEquals(List.of(CoverageMeasures.DOCUMENT, CoverageMeasures.OUTLET, CoverageMeasures.WORDS,
                CoverageMeasures.CHARACTERS, CoverageMeasures.SENTENCES, CoverageMeasures.PARAGRAPHS), t.columnNames());
        // a: putin met kim they signed a 20-second deal see = 9 words (URL and emoji are not words);
        // b: first line second line not blank = 6; c: ICU's dictionary gives 普 京 访问 朝鲜 中国 关注 = 6
        assertEquals(List.of(9, 6, 6), t.intColumn(CoverageMeasures.WORDS).asList());
        // a: Putin(5) met(3) Kim.(4) They(4) signed(6) a(1) 20-second(9) deal!(5) See(3) https://bbc.com(15) 😭(1) = 56
        // b: First(5) line.(5) Second(6) line(4) not(3) blank(5) = 28; c: 12 ideographs and full stops, no space
        assertEquals(List.of(56, 28, 12), t.intColumn(CoverageMeasures.CHARACTERS).asList());
        assertEquals(List.of(3, 3, 2), t.intColumn(CoverageMeasures.SENTENCES).asList());
        // a and b have a blank line: blocks between blank lines; c has none: non-blank lines
        assertEquals(List.of(2, 2, 1), t.intColumn(CoverageMeasures.PARAGRAPHS).asList());
        assertEquals(List.of("BBC", "BBC", "CCTV"), t.stringColumn(CoverageMeasures.OUTLET).asList());
    }

    @Test
    void paragraphRule() {
        Corpus c = Corpus.of(Document.of("lines", "One.\nTwo.\nThree."), Document.of("blocks", "One.\nstill one.\n\nTwo.\n\n\nThree."),
                Document.of("empty", ""), Document.of("crlf", "One.\r\n\r\nTwo."));
        assertEquals(List.of(3, 3, 0, 2), CoverageMeasures.documentLengths(c).intColumn(CoverageMeasures.PARAGRAPHS).asList());
    }

    @Test
    void groupTotalsAndShares() {
        Table g = CoverageMeasures.groupTotals(SMALL, Metadata.KIND);
        assertEquals(List.of(CoverageMeasures.GROUP, CoverageMeasures.DOCUMENTS, "words", "words_share_percent",
                "characters", "characters_share_percent", "sentences", "sentences_share_percent", "paragraphs",
                "paragraphs_share_percent"), g.columnNames());
        assertEquals(List.of("", "article"), g.stringColumn(CoverageMeasures.GROUP).asList()); // b has no kind
        assertEquals(List.of(1, 2), g.intColumn(CoverageMeasures.DOCUMENTS).asList());
        assertEquals(List.of(6, 15), g.intColumn("words").asList());
        assertEquals(List.of(100.0 * 6 / 21, 100.0 * 15 / 21), g.doubleColumn("words_share_percent").asList());
        assertEquals(List.of(3, 5), g.intColumn("sentences").asList());
        assertThrows(IllegalArgumentException.class, () -> CoverageMeasures.groupTotals(Corpus.of(), Metadata.KIND));
    }

    @Test
    void measuresFromTheCorpus() {
        CoverageMeasures words = CoverageMeasures.fromCorpus(SMALL, CoverageUnit.WORDS);
        assertEquals(List.of(9.0, 6.0, 6.0), words.measures().stream().map(CoverageMeasure::value).toList());
        assertEquals("a", words.get(0).story());
        assertEquals(0.0, words.get(0).precision().getAsDouble());
        assertEquals("BBC gave a 9 words, 3 words (50%) more than b (6 words, 33% fewer).",
                CoverageComparison.of(words.get(0), words.get(1)).statement());
        assertEquals(2, words.outlet("BBC").size());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CoverageMeasures.fromCorpus(SMALL, CoverageUnit.SECONDS));
        assertTrue(e.getMessage().startsWith("a corpus has no length in seconds"));
        String svg = words.chart().toSvg();
        assertEquals(svg, CoverageMeasures.fromCorpus(SMALL, CoverageUnit.WORDS).chart().toSvg());
        assertThrows(IllegalArgumentException.class,
                () -> words.concat(CoverageMeasures.fromCorpus(SMALL, CoverageUnit.SENTENCES)).chart());
    }

    /** Non-white-space characters of every seed document against Python's str.isspace. */
    @Test
    void seedCharactersMatchPython() {
        Corpus seed = Corpus.load(Path.of(System.getProperty("lede.data"), "putin-pyongyang-2024"));
        StringBuilder in = new StringBuilder();
        for (Document d : seed.documents()) {
            in.append(d.text()).append('\u0000');
        }
        String out = Python.run(String.join("\n", "import sys",
                "for t in sys.stdin.read().split('\\0')[:-1]:",
                "    print(sum(1 for ch in t if not ch.isspace()))"), in.toString());
        List<Integer> expected = new ArrayList<>();
        for (String line : out.strip().split("\n")) {
            expected.add(Integer.parseInt(line));
        }
        assertEquals(expected, CoverageMeasures.documentLengths(seed).intColumn(CoverageMeasures.CHARACTERS).asList());
    }
}
