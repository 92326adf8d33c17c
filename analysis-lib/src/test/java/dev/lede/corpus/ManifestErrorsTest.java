package dev.lede.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad manifests give errors that name the manifest, the line and what to do. */
class ManifestErrorsTest {

    @TempDir
    Path dir;

    static final String HEADER = "id,file,outlet,title,published,kind,language,relays,start,end\n";

    Path manifest(String rows) throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Alpha text here.\nSecond line.\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("b.txt"), "Beta.", StandardCharsets.UTF_8);
        Path m = dir.resolve("corpus.csv");
        Files.writeString(m, HEADER + rows, StandardCharsets.UTF_8);
        return m;
    }

    static void assertMentions(String message, String... parts) {
        for (String p : parts) {
            assertTrue(message.contains(p), "message lacks '" + p + "': " + message);
        }
    }

    @Test
    void validManifestLoads() throws IOException {
        Corpus c = Corpus.fromManifest(manifest("a1,a.txt,X,,2024-06-19,article,en,,0,5\nb,b.txt,,,,,,,,\n"));
        assertEquals("Alpha", c.document("a1").text());
        assertEquals("a.txt:0-5", c.document("a1").source());
        assertEquals("Beta.", c.document("b").text());
    }

    @Test
    void missingFileNamesTheManifestLine() throws IOException {
        Path m = manifest("a1,a.txt,,,,,,,,\nz,nothere.txt,,,,,,,,\n");
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> Corpus.fromManifest(m));
        assertMentions(e.getMessage(), "corpus.csv' line 3", "id 'z'", "'nothere.txt'", "not found",
                "relative to the manifest's folder");
    }

    @Test
    void missingManifest() {
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> Corpus.fromManifest(dir.resolve("none.csv")));
        assertMentions(e.getMessage(), "none.csv", "not found");
    }

    @Test
    void invalidUtf8InATextFileGivesByteOffsetAndLine() throws IOException {
        Path m = manifest("a1,a.txt,,,,,,,,\nbad,bad.txt,,,,,,,,\n");
        Files.write(dir.resolve("bad.txt"), new byte[] {'o', 'k', '\n', 'x', (byte) 0xC3, '(', 'y'});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Corpus.fromManifest(m));
        assertMentions(e.getMessage(), "corpus.csv' line 3", "'bad.txt' is not valid UTF-8", "byte offset 4",
                "(line 2)", "lenientUtf8(true)");
    }

    @Test
    void unbalancedQuotesNameTheLine() throws IOException {
        Path m = manifest("a1,a.txt,,\"Unclosed title,,,,,,\nb,b.txt,,,,,,,,\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Corpus.fromManifest(m));
        assertMentions(e.getMessage(), "corpus.csv' is not valid CSV at line 2", "no closing double quote", "(\"\")");
    }

    @Test
    void textAfterAClosingQuote() throws IOException {
        Path m = manifest("a1,a.txt,,\"Title\" more,,,,,,\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Corpus.fromManifest(m));
        assertMentions(e.getMessage(), "not valid CSV at line 2", "misplaced");
    }

    @Test
    void missingColumnsListTheColumnsFound() throws IOException {
        Path m = dir.resolve("m.csv");
        Files.writeString(m, "name,path\nx,a.txt\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Corpus.fromManifest(m));
        assertMentions(e.getMessage(), "needs columns 'id' and 'file'", "columns found: [name, path]");
    }

    @Test
    void duplicateIdsNameBothLines() throws IOException {
        Path m = manifest("a1,a.txt,,,,,,,,\nb,b.txt,,,,,,,,\na1,b.txt,,,,,,,,\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Corpus.fromManifest(m));
        assertMentions(e.getMessage(), "lines 2 and 4", "id 'a1'", "its own id");
    }

    @Test
    void rangeOutsideTheFile() throws IOException {
        // a.txt has 30 code points
        Path m = manifest("a1,a.txt,,,,,,,10,31\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Corpus.fromManifest(m));
        assertMentions(e.getMessage(), "line 2", "range 10-31 is outside 'a.txt'", "has 30 characters");
        assertEquals("Second line.\n", Corpus.fromManifest(manifest("a1,a.txt,,,,,,,17,30\n")).document("a1").text());
    }

    @Test
    void endBeforeStart() throws IOException {
        Path m = manifest("a1,a.txt,,,,,,,8,3\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Corpus.fromManifest(m));
        assertMentions(e.getMessage(), "line 2", "end 3 is before start 8");
    }

    @Test
    void offsetsMustBeWholeNumbers() throws IOException {
        IllegalArgumentException neg = assertThrows(IllegalArgumentException.class,
                () -> Corpus.fromManifest(manifest("a1,a.txt,,,,,,,-1,3\n")));
        assertMentions(neg.getMessage(), "line 2", "start '-1' is not a whole number");
        IllegalArgumentException text = assertThrows(IllegalArgumentException.class,
                () -> Corpus.fromManifest(manifest("a1,a.txt,,,,,,,0,five\n")));
        assertMentions(text.getMessage(), "line 2", "end 'five' is not a whole number");
    }

    @Test
    void onlyStartOrOnlyEnd() throws IOException {
        Corpus c = Corpus.fromManifest(manifest("s,a.txt,,,,,,,17,\ne,a.txt,,,,,,,,5\n"));
        assertEquals("Second line.\n", c.document("s").text());
        assertEquals("a.txt:17-30", c.document("s").source());
        assertEquals("Alpha", c.document("e").text());
        assertEquals("a.txt:0-5", c.document("e").source());
    }

    @Test
    void unknownKind() throws IOException {
        Path m = manifest("a1,a.txt,,,,opinion,,,,\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Corpus.fromManifest(m));
        assertMentions(e.getMessage(), "line 2", "unknown document kind 'opinion'", "transcript, summary, article, comment");
    }

    @Test
    void malformedPublishedDate() throws IOException {
        Path m = manifest("a1,a.txt,,,19.06.2024,,,,,\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Corpus.fromManifest(m));
        assertMentions(e.getMessage(), "line 2", "published '19.06.2024' is not an ISO date", "yyyy-MM-dd");
        assertThrows(IllegalArgumentException.class, () -> Corpus.fromManifest(manifest("a1,a.txt,,,2024-02-30,,,,,\n")));
    }

    @Test
    void wrongNumberOfFields() throws IOException {
        Path m = manifest("a1,a.txt,,,,,,,,\nb,b.txt,Outlet, with comma,,,,,,,\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Corpus.fromManifest(m));
        assertMentions(e.getMessage(), "line 3", "has 11 fields but the header has 10", "double quotes");
    }

    @Test
    void emptyIdAndEmptyFile() throws IOException {
        IllegalArgumentException id = assertThrows(IllegalArgumentException.class,
                () -> Corpus.fromManifest(manifest("a1,a.txt,,,,,,,,\n ,b.txt,,,,,,,,\n")));
        assertMentions(id.getMessage(), "line 3", "id is empty");
        IllegalArgumentException file = assertThrows(IllegalArgumentException.class,
                () -> Corpus.fromManifest(manifest("a1,,,,,,,,,\n")));
        assertMentions(file.getMessage(), "line 2", "file is empty");
    }

    @Test
    void lineNumbersCountQuotedLineBreaksAndBlankLines() throws IOException {
        Path m = manifest("a1,a.txt,,\"two\nline title\",,,,,,\n\nb,b.txt,,,,,,,,\na1,b.txt,,,,,,,,\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Corpus.fromManifest(m));
        assertMentions(e.getMessage(), "lines 2 and 6");
    }

    @Test
    void extraColumnsBecomeMetadataAndPathsResolveAgainstTheManifestFolder() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("texts"));
        Files.writeString(sub.resolve("c.txt"), "Gamma.");
        Path m = dir.resolve("other.csv");
        Files.writeString(m, "file,id,section,kind\ntexts/c.txt,c,World,comment\n");
        Document d = Corpus.fromManifest(m).document("c");
        assertEquals("Gamma.", d.text());
        assertEquals("World", d.get("section"));
        assertEquals(DocumentKind.COMMENT, d.metadata().kind());
        assertEquals("texts/c.txt", d.source());
        assertEquals(java.util.List.of("file", "format", "kind", "section"), java.util.List.copyOf(d.metadata().asMap().keySet()));
        assertEquals("texts/c.txt", d.get(Metadata.FILE)); // as the manifest names it
        assertEquals("text", d.get(Metadata.FORMAT));
    }
}
