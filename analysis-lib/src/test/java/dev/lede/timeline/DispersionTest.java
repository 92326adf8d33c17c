package dev.lede.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.captions.Captions;
import dev.lede.corpus.Corpus;
import dev.lede.corpus.Document;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class DispersionTest {

    //                                  0         1         2         3         4         5
    //                                  012345678901234567890123456789012345678901234567890123456
    static final String TEXT = "The pariah state faces sanctions. Pariahs are sanctioned.";

    static Corpus corpus() {
        return Corpus.of(Document.of("a", TEXT), Document.of("b", "Nothing to see."));
    }

    @Test
    void byTokensAndCharacters() {
        Dispersion d = Dispersion.of(corpus(), PositionUnit.TOKENS, "pariah*", "/sanction(s|ed)?/");
        Table t = d.table();
        assertEquals(List.of("pariah", "sanctions", "Pariahs", "sanctioned"), t.stringColumn(Dispersion.TEXT).asList());
        assertEquals(List.of("pariah*", "/sanction(s|ed)?/", "pariah*", "/sanction(s|ed)?/"),
                t.stringColumn(Dispersion.QUERY).asList());
        assertEquals(List.of(1.0, 4.0, 5.0, 7.0), t.doubleColumn(Dispersion.POSITION).asList());
        assertEquals(List.of(0.125, 0.5, 0.625, 0.875), t.doubleColumn(Dispersion.RELATIVE).asList());
        assertEquals(8.0, d.length("a"));
        assertEquals(2, d.count("a", "pariah*"));
        assertEquals(0, d.count("b", "pariah*"));
        Dispersion c = Dispersion.of(corpus(), PositionUnit.CHARACTERS, "pariah*", "/sanction(s|ed)?/");
        assertEquals(List.of(4.0, 23.0, 34.0, 46.0), c.table().doubleColumn(Dispersion.POSITION).asList());
        assertEquals(57.0, c.length("a"));
        assertThrows(IllegalArgumentException.class, () -> Dispersion.of(corpus(), PositionUnit.SECONDS, "x"));
    }

    @Test
    void captionsBySeconds() {
        Captions bulletins = Captions.load(Path.of(System.getProperty("lede.data"), "captions-evening-bulletin"));
        Dispersion d = Dispersion.of(bulletins, "summit");
        // "summit" at character 53 of cue 4 (90 characters, 15 s to 21 s), 4 of cue 9 (62, 44 s to 50 s),
        // and 55 of cue 4 of 2024 (88 characters, 16 s to 22 s)
        List<Double> expected = List.of(15 + 6 * 53 / 90.0, 44 + 6 * 4 / 62.0, 16 + 6 * 55 / 88.0);
        List<Double> got = d.table().doubleColumn(Dispersion.POSITION).asList();
        assertEquals(3, got.size());
        for (int i = 0; i < 3; i++) {
            assertEquals(expected.get(i), got.get(i), 1e-9);
        }
        assertEquals(66.0, d.length("harbour-2023-09-13"));
        assertEquals(PositionUnit.SECONDS, d.unit());
        String svg = d.chart().toSvg();
        assertEquals(svg, Dispersion.of(bulletins, "summit").chart().toSvg());
        assertTrue(svg.contains("harbour-2023-09-1") && svg.contains("66 s"), svg);
    }
}
