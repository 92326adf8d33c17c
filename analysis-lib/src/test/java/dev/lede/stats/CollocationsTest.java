package dev.lede.stats;

import dev.lede.corpus.Corpus;
import dev.lede.corpus.Document;
import dev.lede.corpus.Tokens;
import dev.lede.display.MimeBundle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class CollocationsTest {

    private static final double LOG2 = Math.log(2);

    /**
     * "a b c a d b", node a, window 1: windows cover positions 1 (b), 2 (c), 4 (d), node positions
     * excluded, so R = 3 window tokens in N = 6; f(a) = 2, f(b) = 2, f(c) = f(d) = 1.
     * b: O = 1, E = 3*2/6 = 1 -> MI 0, logDice 14 + log2(2/4) = 13, G² 0.
     * c: O = 1, E = 3*1/6 = 0.5 -> MI 1, logDice 14 + log2(2/3), G² on [[1, 2], [0, 3]].
     */
    @Test
    void handCheckedMeasures() {
        Collocations c = Collocations.of(Corpus.of(Document.of("d", "a b c a d b")).tokens(), "A", 1);
        assertEquals("a", c.node());
        assertEquals(List.of("c", "d", "b"), c.collocates().stream().map(Collocations.Collocate::collocate).toList());
        Collocations.Collocate b = c.collocate("b").orElseThrow();
        assertEquals(1, b.cooccurrences());
        assertEquals(2, b.nodeFrequency());
        assertEquals(2, b.collocateFrequency());
        assertEquals(3, b.windowTokens());
        assertEquals(0.0, b.mi(), 1e-12);
        assertEquals(13.0, b.logDice(), 1e-12);
        assertEquals(0.0, b.g2(), 1e-12);
        Collocations.Collocate cc = c.collocate("c").orElseThrow();
        assertEquals(1.0, cc.mi(), 1e-12);
        assertEquals(14 + Math.log(2.0 / 3) / LOG2, cc.logDice(), 1e-12);
        assertEquals(13.415037, cc.logDice(), 1e-6);
        // E = [[0.5, 2.5], [0.5, 2.5]]
        double g2 = 2 * (1 * Math.log(1 / 0.5) + 2 * Math.log(2 / 2.5) + 3 * Math.log(3 / 2.5));
        assertEquals(g2, cc.g2(), 1e-12);
        assertEquals(1.587649, cc.g2(), 1e-6);
    }

    @Test
    void overlappingWindowsCountOncePerPositionAndStayInDocument() {
        Tokens t = Corpus.of(Document.of("d1", "a b a c"), Document.of("d2", "b b")).tokens();
        Collocations c = Collocations.of(t, "a", 2);
        // covered: positions 1 (b) and 3 (c) of d1 only; b is counted once although both windows reach it
        Collocations.Collocate b = c.collocate("b").orElseThrow();
        assertEquals(1, b.cooccurrences());
        assertEquals(3, b.collocateFrequency());
        assertEquals(2, b.windowTokens());
        assertEquals(List.of("c", "b"), c.collocates().stream().map(Collocations.Collocate::collocate).toList());
        // the node is never its own collocate
        assertTrue(c.collocate("a").isEmpty());
        // b: O = 1 = E = R*C/N = 2*3/6: no association
        assertEquals(0.0, b.g2(), 1e-12);
        assertEquals(0.0, b.mi(), 1e-12);
        // c: O = 1 > E = 2*1/6: MI log2(3)
        assertEquals(Math.log(3) / LOG2, c.collocate("c").orElseThrow().mi(), 1e-12);
    }

    @Test
    void filtersSortAndTable() {
        Tokens t = Corpus.of(Document.of("d", "x a y x a y z a x")).tokens();
        Collocations c = Collocations.of(t, "a", 1);
        // windows: x(0) y(2) x(3) y(5) z(6) x(8): x 3, y 2, z 1
        assertEquals(List.of("x", "y", "z"), c.sortBy(Collocations.Measure.COUNT).collocates().stream()
                .map(Collocations.Collocate::collocate).toList());
        assertEquals(List.of("x", "y"), c.minCount(2).sortBy(Collocations.Measure.COUNT).collocates().stream()
                .map(Collocations.Collocate::collocate).toList());
        assertEquals(1, c.top(1).size());
        assertEquals(List.of("x"), c.minCollocateFrequency(3).collocates().stream()
                .map(Collocations.Collocate::collocate).toList());
        Table table = c.sortBy(Collocations.Measure.COUNT).table();
        assertEquals(List.of("node", "collocate", "cooccurrences", "node_freq", "collocate_freq", "window_tokens",
                "g2", "mi", "log_dice"), table.columnNames());
        assertEquals(List.of(3, 2, 1), table.intColumn(Collocations.COOCCURRENCES).asList());
        assertEquals(List.of(6, 6, 6), table.intColumn(Collocations.WINDOW_TOKENS).asList());
        // x: O 3, f(a) 3, C 3 -> logDice 14 + log2(6/6) = 14, the maximum
        assertEquals(14.0, table.doubleColumn(Collocations.LOG_DICE).get(0), 1e-12);
        // x: E = 6*3/9 = 2 -> MI log2(1.5)
        assertEquals(Math.log(1.5) / LOG2, table.doubleColumn(Collocations.MI).get(0), 1e-12);
    }

    @Test
    void badInputAndRendering() {
        Tokens t = Corpus.of(Document.of("d", "<b>& a <b>&")).tokens();
        assertThrows(IllegalArgumentException.class, () -> Collocations.of(t, "a", 0));
        assertThrows(IllegalArgumentException.class, () -> Collocations.of(t, "north korea", 2));
        assertEquals(0, Collocations.of(t, "absent", 2).size());
        String html = Collocations.of(t, "a", 2).toMimeBundle().get(MimeBundle.TEXT_HTML);
        assertFalse(html.contains("<b>"), html);
    }

    @Test
    void multiWordNode() {
        Tokens t = Corpus.of(Document.of("d", "China and North Korea; North Korea and Russia")).tokens()
                .compound(List.of("North Korea"));
        Collocations c = Collocations.of(t, "North Korea", 1);
        assertEquals("north korea", c.node());
        // windows: and(1), and(4); "north korea" at 2 and 3 are node positions
        assertEquals(List.of("and"), c.collocates().stream().map(Collocations.Collocate::collocate).toList());
        assertEquals(2, c.collocate("and").orElseThrow().cooccurrences());
        assertEquals(2, c.collocate("and").orElseThrow().nodeFrequency());
    }
}
