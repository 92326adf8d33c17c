package dev.lede.coverage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

class CoverageCsvTest {

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void loadsMeasuresWithProvenance() throws IOException {
        Path f = write("airtime.csv", "outlet,story,date,unit,value,precision,notes\r\n"
                + "CCTV 7 PM news,June 2024 summit,2024-06-19,seconds,20,1,logged by hand\r\n"
                + "\r\n"
                + "CCTV 7 PM news,September 2023 summit,2023-09-13,Seconds,35,1,\r\n"
                + "\"Xinhua, English\",June 2024 summit,,words,412.5,,\"quoted, with comma\"\r\n");
        byte[] before = Files.readAllBytes(f);
        CoverageMeasures m = CoverageMeasures.fromCsv(f);
        assertArrayEquals(before, Files.readAllBytes(f), "the input is never modified");
        assertEquals(3, m.size());
        CoverageMeasure june = m.get(0);
        assertEquals("CCTV 7 PM news", june.outlet());
        assertEquals(LocalDate.of(2024, 6, 19), june.date());
        assertEquals(20.0, june.value());
        assertEquals(1.0, june.precision().getAsDouble());
        assertEquals(CoverageMeasure.Source.FILE, june.provenance().source());
        assertEquals(1, june.provenance().row());
        assertEquals(2, june.provenance().line());
        assertEquals(f + " row 2 (line 4)", m.get(1).provenance().toString());
        CoverageMeasure xinhua = m.get(2);
        assertEquals("Xinhua, English", xinhua.outlet());
        assertEquals(CoverageUnit.WORDS, xinhua.unit());
        assertEquals(412.5, xinhua.value());
        assertTrue(xinhua.precision().isEmpty());
        assertEquals(null, xinhua.date());
        assertEquals("CCTV 7 PM news gave June 2024 summit 20 ± 1 seconds, 15 ± 2 seconds (43%) less than"
                + " September 2023 summit (35 ± 1 seconds, 75% more).", m.in(CoverageUnit.SECONDS).compare().statement());
        Table t = m.table();
        assertEquals(List.of(CoverageMeasures.OUTLET, CoverageMeasures.STORY, CoverageMeasures.DATE,
                CoverageMeasures.UNIT, CoverageMeasures.VALUE, CoverageMeasures.PRECISION, CoverageMeasures.SOURCE,
                CoverageMeasures.DOCUMENT, CoverageMeasures.START, CoverageMeasures.END, CoverageMeasures.FILE,
                CoverageMeasures.ROW), t.columnNames());
        assertEquals(List.of(1, 2, 3), t.intColumn(CoverageMeasures.ROW).asList());
        assertTrue(t.dateColumn(CoverageMeasures.DATE).isMissing(2));
        assertTrue(Double.isNaN(t.doubleColumn(CoverageMeasures.PRECISION).getDouble(2)));
        assertTrue(t.intColumn(CoverageMeasures.START).isMissing(0));
        assertEquals(f.toString(), t.stringColumn(CoverageMeasures.FILE).get(0));
    }

    @Test
    void semicolonDelimiter() throws IOException {
        Path f = write("semi.csv", "outlet;story;unit;value\nNHK;summit;seconds;42\n");
        assertEquals(42.0, CoverageMeasures.fromCsv(f, ';').get(0).value());
    }

    private String error(String content) throws IOException {
        Path f = write("bad.csv", content);
        byte[] before = Files.readAllBytes(f);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CoverageMeasures.fromCsv(f));
        assertArrayEquals(before, Files.readAllBytes(f));
        return e.getMessage().replace(f.toString(), "bad.csv");
    }

    @Test
    void badRowsNameTheFileRowAndValue() throws IOException {
        String header = "outlet,story,date,unit,value,precision\n";
        String ok = "CCTV,June,2024-06-19,seconds,20,1\n";
        assertEquals("'bad.csv' row 2 (line 3): column 'value' is empty: every measure needs a value (a number of"
                + " seconds)", error(header + ok + "CCTV,September,,seconds,,1\n"));
        assertEquals("'bad.csv' row 1 (line 2), column 'value': '20s' is not a number: write the number of seconds"
                + " alone with '.' for decimals, e.g. 20 or 2.5 (no units, thousands separators or ranges)",
                error(header + "CCTV,June,,seconds,20s,\n"));
        assertEquals("'bad.csv' row 1 (line 2), column 'value': '1,000' is not a number: write the number of words"
                + " alone with '.' for decimals, e.g. 20 or 2.5 (no units, thousands separators or ranges)",
                error(header + "CCTV,June,,words,\"1,000\",\n"));
        assertEquals("'bad.csv' row 1 (line 2), column 'unit': unknown coverage unit 'minutes' (durations must be"
                + " given in seconds: convert them before loading): use one of seconds, words, characters, sentences,"
                + " paragraphs, items, mentions", error(header + "CCTV,June,,minutes,3,\n"));
        assertEquals("'bad.csv' row 1 (line 2): column 'unit' is empty: give one of seconds, words, characters,"
                + " sentences, paragraphs, items, mentions", error(header + "CCTV,June,,,3,\n"));
        assertEquals("'bad.csv' row 1 (line 2), column 'date': '19/06/2024' is not an ISO date: write it as"
                + " yyyy-MM-dd, e.g. 2024-06-19", error(header + "CCTV,June,19/06/2024,seconds,20,\n"));
        assertEquals("'bad.csv' row 2 (line 3), column 'precision': -1 is negative: coverage and precision are 0"
                + " or more", error(header + ok + "CCTV,June,,seconds,20,-1\n"));
        assertEquals("'bad.csv' has no columns [unit, value]; columns found: [outlet, story, seconds]: a coverage CSV"
                + " needs columns outlet, story, unit, value and may have date (yyyy-MM-dd) and precision",
                error("outlet,story,seconds\nCCTV,June,20\n"));
        String fields = error(header + ok + "CCTV,June,,seconds,20\n");
        assertTrue(fields.startsWith("'bad.csv' line 3: the record has 5 fields but the header has 6"), fields);
        String quote = error(header + ok + "CCTV,\"June,,seconds,20,1\n");
        assertTrue(quote.startsWith("'bad.csv' is not valid CSV at line 3"), quote);
        String empty = error("");
        assertTrue(empty.contains("is empty"), empty);
    }

    @Test
    void writeAndReadBack() throws IOException {
        CoverageMeasures extracted = CoverageMeasures.of(
                LengthClaims.inText("CCTV aired a 20-second segment.").get(0)
                        .toMeasure("CCTV 7 PM news", "June \"2024\", summit", LocalDate.of(2024, 6, 19)).withPrecision(0.5),
                CoverageMeasure.of("Xinhua", "summit", 1234.25, CoverageUnit.WORDS));
        Path out = extracted.writeCsv(dir.resolve("measures.csv"));
        assertEquals("outlet,story,date,unit,value,precision,source\n"
                + "CCTV 7 PM news,\"June \"\"2024\"\", summit\",2024-06-19,seconds,20,0.5,\"text [13,22)\"\n"
                + "Xinhua,summit,,words,1234.25,,entered\n", Files.readString(out, StandardCharsets.UTF_8));
        CoverageMeasures back = CoverageMeasures.fromCsv(out);
        assertEquals(2, back.size());
        assertEquals("June \"2024\", summit", back.get(0).story());
        assertEquals(20.0, back.get(0).value());
        assertEquals(0.5, back.get(0).precision().getAsDouble());
        assertEquals(LocalDate.of(2024, 6, 19), back.get(0).date());
        assertEquals(1234.25, back.get(1).value());
        byte[] before = Files.readAllBytes(out);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> back.writeCsv(out));
        assertTrue(e.getMessage().endsWith("exists: write the measures to a new file (nothing is overwritten, so a"
                + " loaded CSV cannot be replaced by accident)"));
        assertArrayEquals(before, Files.readAllBytes(out));
    }
}
