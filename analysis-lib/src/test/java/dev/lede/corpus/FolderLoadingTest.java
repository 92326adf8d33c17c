package dev.lede.corpus;

import static dev.lede.corpus.ManifestErrorsTest.assertMentions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder of .txt/.md files: ids from file names, sorted; no metadata. */
class FolderLoadingTest {

    @TempDir
    Path dir;

    @Test
    void textAndMarkdownFilesSortedByName() throws IOException {
        Files.writeString(dir.resolve("b-second.md"), "# Second\n\nBody.");
        Files.writeString(dir.resolve("a-first.txt"), "First.");
        Files.writeString(dir.resolve("C-upper.TXT"), "Upper.");
        Files.writeString(dir.resolve("notes.xlsx"), "ignored"); // not a format Lede reads
        Files.writeString(dir.resolve(".hidden.txt"), "ignored");
        Files.createDirectories(dir.resolve("sub")).resolve("x.txt").toFile().createNewFile();
        Corpus c = Corpus.fromFolder(dir);
        // sorted by file name, code-point order: upper case before lower case
        assertEquals(List.of("C-upper", "a-first", "b-second"), c.ids());
        assertEquals("# Second\n\nBody.", c.document("b-second").text());
        assertEquals("b-second.md", c.document("b-second").source());
        // no manifest: a title only where the first line is a headline, no language in texts this short
        // and its provenance, file and format
        assertEquals(Map.of("title", "Second", "file", "b-second.md", "format", "markdown"),
                c.document("b-second").metadata().asMap());
        assertEquals(Map.of("file", "a-first.txt", "format", "text"), c.document("a-first").metadata().asMap());
        assertEquals(Map.of("file", "C-upper.TXT", "format", "text"), c.document("C-upper").metadata().asMap()); // as named on disk
        assertEquals(c.ids(), Corpus.load(dir).ids());
    }

    @Test
    void sameNameWithTwoExtensionsIsADuplicateId() throws IOException {
        Files.writeString(dir.resolve("story.md"), "One.");
        Files.writeString(dir.resolve("story.txt"), "Two.");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Corpus.fromFolder(dir));
        assertMentions(e.getMessage(), "'story.md' and 'story.txt'", "document id 'story'", "rename one");
    }

    @Test
    void emptyOrMissingFolder() {
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class, () -> Corpus.fromFolder(dir));
        assertMentions(empty.getMessage(), "has no documents (.txt, .md,");
        UncheckedIOException missing = assertThrows(UncheckedIOException.class,
                () -> Corpus.fromFolder(dir.resolve("nope")));
        assertMentions(missing.getMessage(), "nope", "not found");
        UncheckedIOException load = assertThrows(UncheckedIOException.class, () -> Corpus.load(dir.resolve("nope")));
        assertMentions(load.getMessage(), "nope", "not found");
    }

    @Test
    void aSingleTextFile() throws IOException {
        Path f = dir.resolve("speech.txt");
        Files.writeString(f, "Words.");
        Corpus c = Corpus.load(f);
        assertEquals(List.of("speech"), c.ids());
        assertEquals("speech.txt", c.document("speech").source());
    }

    @Test
    void aFolderWithAManifestLoadsTheManifest() throws IOException {
        Files.writeString(dir.resolve("t.txt"), "Hello world.");
        Files.writeString(dir.resolve("corpus.csv"), "id,file,start,end\nhello,t.txt,0,5\n");
        assertEquals(List.of("hello"), Corpus.load(dir).ids());
        assertEquals(List.of("t"), Corpus.fromFolder(dir).ids()); // explicit: the text files only
    }
}
