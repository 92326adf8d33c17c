package dev.lede.vectors;

import dev.lede.display.MimeBundle;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class DistanceMatrixTest {

    static final List<String> IDS = List.of("a", "b", "c");
    static final double[][] D = {{0, 1, 4}, {1, 0, 2}, {4, 2, 0}};

    @Test
    void valuesAndViews() {
        DistanceMatrix d = DistanceMatrix.of(IDS, D);
        assertEquals(3, d.size());
        assertEquals(4, d.distance("a", "c"), 0);
        assertEquals(4, d.distance("c", "a"), 0);
        assertEquals(0, d.distance("b", "b"), 0);
        assertArrayEquals(new double[] {1, 4, 2}, d.toCondensed());
        assertArrayEquals(D, d.toArray());
        assertEquals(d, DistanceMatrix.ofCondensed(IDS, new double[] {1, 4, 2}));
        Table t = d.toTable();
        assertEquals(List.of(DistanceMatrix.DOCUMENT_A, DistanceMatrix.DOCUMENT_B, DistanceMatrix.DISTANCE),
                t.columnNames());
        assertEquals(3, t.rowCount());
        assertEquals("b", t.stringColumn(DistanceMatrix.DOCUMENT_A).get(2));
        assertEquals(2, t.doubleColumn(DistanceMatrix.DISTANCE).get(2), 0);
        DistanceMatrix r = d.reorder(List.of("c", "a", "b"));
        assertEquals(4, r.distance(0, 1), 0);
        assertEquals(2, r.distance("b", "c"), 0);
        assertTrue(d.toMimeBundle().get(MimeBundle.TEXT_HTML).contains("lede-table"));
    }

    @Test
    void combine() {
        DistanceMatrix d = DistanceMatrix.of(IDS, D);
        DistanceMatrix other = DistanceMatrix.of(List.of("c", "b", "a"), new double[][] {{0, 0, 1}, {0, 0, 1}, {1, 1, 0}});
        DistanceMatrix m = d.combine(other, 0.25);
        assertEquals(IDS, m.ids());
        assertEquals(0.75 * 4 + 0.25 * 1, m.distance("a", "c"), 1e-15);
        assertEquals(0.75 * 2 + 0.25 * 0, m.distance("b", "c"), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> d.combine(other, 1.5));
        assertThrows(IllegalArgumentException.class, () -> d.combine(DistanceMatrix.of(List.of("x", "y"),
                new double[][] {{0, 1}, {1, 0}}), 0.5));
    }

    @Test
    void badInput() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DistanceMatrix.of(IDS, new double[][] {{0, 1, 4}, {1, 0, 2}, {4.5, 2, 0}}));
        assertTrue(e.getMessage().contains("not symmetric") && e.getMessage().contains("d(a, c) = 4.0"),
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> DistanceMatrix.of(IDS, new double[][] {{0, -1, 4}, {-1, 0, 2}, {4, 2, 0}}));
        assertTrue(e.getMessage().contains("-1.0"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> DistanceMatrix.of(IDS, new double[][] {{0, Double.NaN, 4}, {Double.NaN, 0, 2}, {4, 2, 0}}));
        e = assertThrows(IllegalArgumentException.class,
                () -> DistanceMatrix.of(IDS, new double[][] {{1, 1, 4}, {1, 0, 2}, {4, 2, 0}}));
        assertTrue(e.getMessage().contains("itself"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> DistanceMatrix.of(IDS, new double[][] {{0, 1}, {1, 0}, {4, 2}}));
        assertTrue(e.getMessage().contains("square"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DistanceMatrix.of(List.of("a", "b"), D));
        e = assertThrows(IllegalArgumentException.class, () -> DistanceMatrix.of(List.of("a", "a", "c"), D));
        assertTrue(e.getMessage().contains("twice"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DistanceMatrix.ofCondensed(IDS, new double[] {1, 2}));
        e = assertThrows(IllegalArgumentException.class, () -> DistanceMatrix.of(IDS, D).distance("a", "z"));
        assertTrue(e.getMessage().contains("'z'"), e.getMessage());
        // tiny asymmetry from rounding is accepted and averaged
        DistanceMatrix ok = DistanceMatrix.of(List.of("x", "y"), new double[][] {{0, 0.3}, {0.1 + 0.2, 0}});
        assertEquals((0.3 + (0.1 + 0.2)) / 2, ok.distance(0, 1), 0);
    }
}
