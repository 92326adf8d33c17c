package dev.lede.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.formats.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/** Every loader records where each document came from (file, format, row, part, pages), in its metadata and in toTable(). */
class ProvenanceTest {

    @TempDir
    Path dir;

    @Test
    void folderOfTextFiles() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Putin arrived in Pyongyang.");
        Files.writeString(dir.resolve("b.md"), "Kim met him.");
        Corpus c = Corpus.load(dir);
        // the language is detected for the longer text, not for "Kim met him."
        assertEquals(Map.of("file", "a.txt", "format", "text", "language", "en"), c.document("a").metadata().asMap());
        assertEquals(Map.of("file", "b.md", "format", "markdown"), c.document("b").metadata().asMap());
        Table t = c.toTable();
        assertEquals(List.of("id", "file", "format", "kind", "language", "outlet", "published", "relays", "title",
                "characters", "tokens", "sentences"), t.columnNames());
        assertEquals(List.of("a.txt", "b.md"), t.stringColumn(Metadata.FILE).asList());
        // a single file loads the same way
        assertEquals(c.document("a").metadata(), Corpus.load(dir.resolve("a.txt")).document("a").metadata());
    }

    @Test
    void csvRowsSayTheirFileAndRow() throws IOException {
        Path csv = dir.resolve("comments.csv");
        Files.writeString(csv, "author,text\nAna,\"First,\nover two lines\"\nBo,Second\n", StandardCharsets.UTF_8);
        Corpus c = Corpus.fromCsv(csv);
        assertEquals(List.of("1", "2"), c.ids());
        assertEquals(Map.of("author", "Bo", "file", "comments.csv", "format", "csv", "row", "2"),
                c.document("2").metadata().asMap());
        assertEquals("comments.csv:line 4", c.document("2").source()); // row 2 starts on line 4
        Table t = c.toTable();
        assertEquals(List.of("id", "author", "file", "format", "kind", "language", "outlet", "published", "relays",
                "row", "title", "characters", "tokens", "sentences"), t.columnNames());
        assertEquals(List.of("1", "2"), t.stringColumn(Metadata.ROW).asList());
        Path tsv = dir.resolve("comments.tsv");
        Files.writeString(tsv, "text\nOne\n", StandardCharsets.UTF_8);
        assertEquals("tsv", Corpus.load(tsv).document("1").get(Metadata.FORMAT));
    }

    @Test
    void aCsvColumnOfTheSameNameIsKeptAndReported() throws IOException {
        Path csv = dir.resolve("clips.csv");
        Files.writeString(csv, "format,text\nvideo,First clip\nradio,Second clip\n", StandardCharsets.UTF_8);
        Corpus c = Corpus.fromCsv(csv);
        assertEquals("video", c.document("1").get(Metadata.FORMAT));
        assertEquals("clips.csv", c.document("1").get(Metadata.FILE));
        assertEquals(List.of("'" + csv + "' has its own column format: kept as written, so that field does not hold"
                + " Lede's provenance; Document.source() still names the file and line"), c.loadReport().warnings());
    }

    @Test
    void manifestRowsOfTextAndOfAPdf() throws IOException {
        Files.writeString(dir.resolve("bulletin.txt"), "Opening. Putin landed at night. Weather.");
        Fixtures.pdf(dir.resolve("report.pdf"), Fixtures.reportPages(), "Ana Lima", "Interim report", null);
        Files.writeString(dir.resolve("corpus.csv"), "id,file,start,end,outlet\n"
                + "landing,bulletin.txt,9,31,KCTV\nreport,report.pdf,,,Committee\n", StandardCharsets.UTF_8);
        Corpus c = Corpus.load(dir);
        Document landing = c.document("landing");
        assertEquals("Putin landed at night.", landing.text());
        assertEquals(Map.of("file", "bulletin.txt", "format", "text", "outlet", "KCTV"), landing.metadata().asMap());
        assertEquals("bulletin.txt:9-31", landing.source()); // the range stays in the source
        Document report = c.document("report");
        assertEquals("report.pdf", report.get(Metadata.FILE));
        assertEquals("pdf", report.get(Metadata.FORMAT));
        assertEquals("3", report.get(Metadata.PAGES));
        assertEquals("Committee", report.metadata().outlet());
        Table t = c.toTable();
        assertEquals(List.of("bulletin.txt", "report.pdf"), t.stringColumn(Metadata.FILE).asList());
        assertEquals(List.of("text", "pdf"), t.stringColumn(Metadata.FORMAT).asList());
        assertEquals(List.of("", "3"), t.stringColumn(Metadata.PAGES).asList());
    }

    @Test
    void tikaFormatsInAFolder() throws IOException {
        Fixtures.docx(dir.resolve("note.docx"), "Ana Lima", "Note to editor", List.of("The shipment left Nampo."));
        Files.writeString(dir.resolve("memo.txt"), "Call the ministry.");
        Corpus c = Corpus.load(dir);
        assertEquals("note.docx", c.document("note").get(Metadata.FILE));
        assertEquals("docx", c.document("note").get(Metadata.FORMAT));
        // a text file beside it gets the same provenance as in a folder of text files only
        assertEquals("memo.txt", c.document("memo").get(Metadata.FILE));
        assertEquals("text", c.document("memo").get(Metadata.FORMAT));
        assertTrue(c.toTable().columnNames().containsAll(List.of(Metadata.FILE, Metadata.FORMAT)));
    }
}
