package dev.lede.corpus;

import static dev.lede.corpus.ManifestErrorsTest.assertMentions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** UTF-8 (strict and lenient), byte-order marks and line ends, for every input form. */
class EncodingTest {

    @TempDir
    Path dir;

    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void bomIsStrippedFromTextFilesAndOffsetsStartAfterIt() throws IOException {
        Files.write(dir.resolve("a.txt"), concat(BOM, utf8("Kim met Putin.")));
        Files.writeString(dir.resolve("corpus.csv"), "id,file,start,end\nk,a.txt,0,3\n");
        assertEquals("Kim", Corpus.load(dir).document("k").text());
        assertEquals("Kim met Putin.", Corpus.fromFolder(dir).document("a").text());
    }

    @Test
    void bomIsStrippedFromCsvHeaders() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Text.");
        Files.write(dir.resolve("corpus.csv"), concat(BOM, utf8("id,file\nk,a.txt\n")));
        assertEquals(List.of("k"), Corpus.fromManifest(dir.resolve("corpus.csv")).ids());
        Path rows = dir.resolve("rows.csv");
        Files.write(rows, concat(BOM, utf8("id,text\nr1,Hello\n")));
        assertEquals("Hello", Corpus.fromCsv(rows).document("r1").text());
    }

    @Test
    void crlfIsNormalisedSoOffsetsMatchTheLfFile() throws IOException {
        Path lf = Files.createDirectories(dir.resolve("lf"));
        Path crlf = Files.createDirectories(dir.resolve("crlf"));
        String text = "Title\n\nFirst part.\nStill first.\n\nSecond part.\n";
        Files.writeString(lf.resolve("t.txt"), text);
        Files.writeString(crlf.resolve("t.txt"), text.replace("\n", "\r\n"));
        String manifest = "id,file,start,end\none,t.txt,7,31\ntwo,t.txt,33,45\n";
        Files.writeString(lf.resolve("corpus.csv"), manifest);
        Files.writeString(crlf.resolve("corpus.csv"), manifest.replace("\n", "\r\n"));
        Corpus a = Corpus.load(lf);
        Corpus b = Corpus.load(crlf);
        assertEquals("First part.\nStill first.", a.document("one").text());
        assertEquals("Second part.", a.document("two").text());
        assertEquals(a.documents(), b.documents());
    }

    @Test
    void loneCarriageReturnsAreLineEndsToo() throws IOException {
        Files.writeString(dir.resolve("mac.txt"), "a\rb\r\nc\n");
        assertEquals("a\nb\nc\n", Corpus.fromFolder(dir).document("mac").text());
    }

    @Test
    void crlfInsideQuotedCsvFields() throws IOException {
        Path rows = dir.resolve("rows.csv");
        Files.writeString(rows, "id,text\r\nr1,\"line one\r\nline two\"\r\nr2,x\r\n");
        Corpus c = Corpus.fromCsv(rows);
        assertEquals("line one\nline two", c.document("r1").text());
        assertEquals("rows.csv:line 4", c.document("r2").source());
    }

    @Test
    void invalidUtf8IsAnErrorWithByteOffsetByDefault() throws IOException {
        // "Kim " then an overlong encoding of '/' (C0 AF), then more text
        Files.write(dir.resolve("bad.txt"), concat(utf8("Kim\nmet "), new byte[] {(byte) 0xC0, (byte) 0xAF, 'x'}));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Corpus.fromFolder(dir));
        assertMentions(e.getMessage(), "bad.txt' is not valid UTF-8", "byte offset 8", "(line 2)",
                "LoadOptions.builder().lenientUtf8(true)");
    }

    @Test
    void invalidUtf8InACsv() throws IOException {
        Path rows = dir.resolve("rows.csv");
        Files.write(rows, concat(utf8("id,text\nr1,ok\nr2,caf"), new byte[] {(byte) 0xE9, '\n'}));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Corpus.fromCsv(rows));
        assertMentions(e.getMessage(), "rows.csv' is not valid UTF-8", "byte offset 20", "(line 3)");
    }

    @Test
    void lenientUtf8ReplacesAndReports() throws IOException {
        // Latin-1 "café" (E9), a lone continuation byte (80) and a truncated 3-byte sequence at the end (E2 82)
        Files.write(dir.resolve("latin.txt"), concat(utf8("caf"), new byte[] {(byte) 0xE9, ' ', (byte) 0x80, ' ',
            (byte) 0xE2, (byte) 0x82}));
        Files.writeString(dir.resolve("good.txt"), "Fine.");
        LoadOptions lenient = LoadOptions.builder().lenientUtf8(true).build();
        Corpus c = Corpus.fromFolder(dir, lenient);
        assertEquals("caf\uFFFD \uFFFD \uFFFD", c.document("latin").text());
        assertEquals(3, c.loadReport().replacedCharacters());
        assertEquals(List.of("'latin.txt': 3 invalid UTF-8 byte sequences replaced with U+FFFD (first at byte offset 3)"),
                c.loadReport().warnings());
        assertEquals("Fine.", c.document("good").text());
        assertTrue(LoadOptions.builder().lenientUtf8(true).build().lenientUtf8());
        assertTrue(!LoadOptions.defaults().lenientUtf8());
    }

    @Test
    void aWrittenReplacementCharacterIsValidUtf8() throws IOException {
        // U+FFFD spelled in the file (EF BF BD) is text, not a decoding error; CRLF still becomes LF
        Path rows = dir.resolve("rows.csv");
        Files.write(rows, utf8("id,category,text\r\nr1,a,caf\uFFFD\r\nr2,a,\"two\r\nlines\"\r\n"));
        Corpus c = Corpus.fromCsv(rows);
        assertEquals("caf\uFFFD", c.document("r1").text());
        assertEquals("two\nlines", c.document("r2").text());
        assertEquals(0, c.loadReport().replacedCharacters());
        assertEquals("a", c.document("r2").get("category"));
        // provenance: the file, its format and the row (the second row starts on line 3)
        assertEquals(Map.of("category", "a", "file", "rows.csv", "format", "csv", "row", "1"), c.document("r1").metadata().asMap());
        assertEquals(Map.of("category", "a", "file", "rows.csv", "format", "csv", "row", "2"), c.document("r2").metadata().asMap());
        assertEquals("rows.csv:line 3", c.document("r2").source());
    }

    @Test
    void lenientUtf8ThroughCsvOptionsAndLoad() throws IOException {
        Path rows = dir.resolve("rows.csv");
        Files.write(rows, concat(utf8("id,text\nr1,caf"), new byte[] {(byte) 0xE9, '\n'}));
        LoadOptions lenient = LoadOptions.builder().lenientUtf8(true).build();
        Corpus c = Corpus.fromCsv(rows, CsvOptions.builder().loadOptions(lenient).build());
        assertEquals("caf\uFFFD", c.document("r1").text());
        assertEquals(1, c.loadReport().replacedCharacters());
        assertEquals(1, Corpus.load(rows, lenient).loadReport().replacedCharacters());
    }

    @Test
    void encodedSurrogatesAreInvalid() throws IOException {
        // CESU-style encoded surrogate half (ED A0 80) is not UTF-8
        Files.write(dir.resolve("s.txt"), new byte[] {'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Corpus.fromFolder(dir));
        assertMentions(e.getMessage(), "byte offset 1");
    }

    @Test
    void emptyDocumentsAreAllowedAndReported() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "");
        Files.writeString(dir.resolve("b.txt"), "Text.");
        Corpus c = Corpus.fromFolder(dir);
        assertEquals("", c.document("a").text());
        assertEquals(List.of("a"), c.loadReport().emptyDocuments());
        assertEquals(List.of("document 'a' (a.txt) is empty"), c.loadReport().warnings());
        Files.writeString(dir.resolve("corpus.csv"), "id,file,start,end\nnone,b.txt,2,2\nall,b.txt,,\n");
        Corpus m = Corpus.load(dir);
        assertEquals(List.of("none"), m.loadReport().emptyDocuments());
        assertEquals("b.txt:2-2", m.document("none").source());
    }
}
