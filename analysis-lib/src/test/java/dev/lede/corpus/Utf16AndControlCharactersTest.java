package dev.lede.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** UTF-16 files with and without a byte-order mark, UTF-32, and NUL / C0 control characters in the load report. */
class Utf16AndControlCharactersTest {

    @TempDir
    Path dir;

    private static final String TEXT = "Putin met Kim in Pyongyang.\r\nПутин, 金正恩.\n";

    private static byte[] withBom(int[] bom, String text, Charset cs) {
        byte[] body = text.getBytes(cs);
        byte[] out = new byte[bom.length + body.length];
        for (int i = 0; i < bom.length; i++) {
            out[i] = (byte) bom[i];
        }
        System.arraycopy(body, 0, out, bom.length, body.length);
        return out;
    }

    @Test
    void utf16WithABomIsReadInEitherByteOrder() throws IOException {
        Path le = Files.createDirectories(dir.resolve("le"));
        Path be = Files.createDirectories(dir.resolve("be"));
        Files.write(le.resolve("a.txt"), withBom(new int[] {0xFF, 0xFE}, TEXT, StandardCharsets.UTF_16LE));
        Files.write(be.resolve("a.txt"), withBom(new int[] {0xFE, 0xFF}, TEXT, StandardCharsets.UTF_16BE));
        String expected = "Putin met Kim in Pyongyang.\nПутин, 金正恩.\n"; // CRLF normalised, BOM dropped
        assertEquals(expected, Corpus.fromFolder(le).document("a").text());
        assertEquals(expected, Corpus.fromFolder(be).document("a").text());
        assertTrue(Corpus.fromFolder(le).loadReport().isClean());
        // a manifest's character offsets work on the decoded text
        Files.writeString(le.resolve("corpus.csv"), "id,file,start,end\nk,a.txt,10,13\n");
        assertEquals("Kim", Corpus.load(le).document("k").text());
    }

    @Test
    void utf16WithoutABomIsRefusedNamingTheEncodingAndTheFix() throws IOException {
        Files.write(dir.resolve("le.txt"), TEXT.getBytes(StandardCharsets.UTF_16LE));
        var e = assertThrows(IllegalArgumentException.class, () -> Corpus.fromFolder(dir));
        assertEquals("'" + dir.resolve("le.txt") + "' looks like UTF-16LE without a byte-order mark (a NUL byte in every"
                + " second position): save it as UTF-8, or as UTF-16 with a BOM, e.g. iconv -f UTF-16LE -t UTF-8 '"
                + dir.resolve("le.txt") + "'", e.getMessage());
        Files.delete(dir.resolve("le.txt"));
        Files.write(dir.resolve("be.txt"), TEXT.getBytes(StandardCharsets.UTF_16BE));
        e = assertThrows(IllegalArgumentException.class, () -> Corpus.fromFolder(dir));
        assertTrue(e.getMessage().contains("looks like UTF-16BE without a byte-order mark"), e.getMessage());
    }

    @Test
    void utf32IsRefusedByName() throws IOException {
        Files.write(dir.resolve("a.txt"), withBom(new int[] {0xFF, 0xFE, 0, 0}, "Kim", Charset.forName("UTF-32LE")));
        var e = assertThrows(IllegalArgumentException.class, () -> Corpus.fromFolder(dir));
        assertTrue(e.getMessage().startsWith("'" + dir.resolve("a.txt") + "' is UTF-32"), e.getMessage());
    }

    @Test
    void utf16WithABomButAnOddByteIsAnErrorOrReplacedWhenLenient() throws IOException {
        byte[] b = withBom(new int[] {0xFF, 0xFE}, "Kim", StandardCharsets.UTF_16LE);
        byte[] odd = java.util.Arrays.copyOf(b, b.length + 1);
        Files.write(dir.resolve("a.txt"), odd);
        var e = assertThrows(IllegalArgumentException.class, () -> Corpus.fromFolder(dir));
        assertTrue(e.getMessage().contains("starts with a UTF-16LE byte-order mark but is not valid UTF-16LE"), e.getMessage());
        Corpus c = Corpus.fromFolder(dir, LoadOptions.builder().lenientUtf8(true).build());
        assertEquals("Kim\uFFFD", c.document("a").text());
        assertEquals(1, c.loadReport().replacedCharacters());
    }

    @Test
    void nulAndControlCharactersAreCountedWithTheFirstOffsetAndCanBeDropped() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Kim\u0000 met\tPutin\u0007.\n");
        Files.writeString(dir.resolve("b.txt"), "clean text\n");
        Files.writeString(dir.resolve("c.txt"), "\u001B[1mbold\u0000");
        Corpus kept = Corpus.fromFolder(dir);
        LoadReport r = kept.loadReport();
        assertEquals(4, r.controlCharacters());
        assertEquals(new LoadReport.Position("a", 3), r.firstControlCharacter());
        assertEquals(List.of("document 'a' (a.txt) holds 2 control characters (1 NUL), the first U+0000 at character"
                        + " offset 3: drop them with LoadOptions.builder().dropControlCharacters(true)",
                "document 'c' (c.txt) holds 2 control characters (1 NUL), the first U+001B at character offset 0:"
                        + " drop them with LoadOptions.builder().dropControlCharacters(true)"), r.warnings());
        assertEquals("Kim\u0000 met\tPutin\u0007.\n", kept.document("a").text());

        Corpus dropped = Corpus.fromFolder(dir, LoadOptions.builder().dropControlCharacters(true).build());
        assertEquals("Kim met\tPutin.\n", dropped.document("a").text());
        assertEquals("[1mbold", dropped.document("c").text());
        assertEquals(4, dropped.loadReport().controlCharacters());
        assertTrue(dropped.loadReport().warnings().get(0).endsWith("at character offset 3; dropped"));

        Files.delete(dir.resolve("a.txt"));
        Files.delete(dir.resolve("c.txt"));
        LoadReport clean = Corpus.fromFolder(dir).loadReport();
        assertEquals(0, clean.controlCharacters());
        assertNull(clean.firstControlCharacter());
        assertTrue(clean.isClean());
    }

    @Test
    void controlCharactersInAManifestRangeAreReportedAtTheirOffsetInTheDocument() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Intro.\nKim\u0000Jong Un.\n");
        Files.writeString(dir.resolve("corpus.csv"), "id,file,start,end\nk,a.txt,7,19\n");
        Corpus c = Corpus.load(dir);
        assertEquals(new LoadReport.Position("k", 3), c.loadReport().firstControlCharacter());
        assertEquals("KimJong Un.", Corpus.load(dir, LoadOptions.builder().dropControlCharacters(true).build())
                .document("k").text());
    }
}
