package dev.lede.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading never creates, changes or touches anything in the input folder, also when it fails. */
class LoadingReadOnlyTest {

    @TempDir
    Path dir;

    /** Every path under {@code root} with its size and modification time. */
    static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                FileTime t = Files.getLastModifiedTime(p);
                out.put(root.relativize(p).toString(), (Files.isDirectory(p) ? "dir" : Files.size(p) + " bytes") + " @"
                        + t.toMillis());
            }
        }
        return out;
    }

    @Test
    void seedCorpusFolderIsUnchanged() throws IOException {
        Path seed = CorpusLoadingTest.SEED;
        Map<String, String> before = snapshot(seed);
        Corpus.load(seed).toTable();
        Corpus.fromManifest(CorpusLoadingTest.MANIFEST);
        Corpus.fromFolder(seed);
        Corpus.load(seed, LoadOptions.builder().lenientUtf8(true).build());
        assertEquals(before, snapshot(seed));
        assertEquals(6, before.size() - 1); // five texts and the manifest
    }

    @Test
    void everyInputFormAndFailureLeavesTheFolderAlone() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "\uFEFFAlpha\r\ntext.\r\n");
        Files.write(dir.resolve("bad.md"), new byte[] {'x', (byte) 0xFF});
        Files.writeString(dir.resolve("rows.csv"), "id,text\nr,One\n");
        Files.writeString(dir.resolve("broken.csv"), "id,text\nr,\"open\n");
        Files.writeString(dir.resolve("corpus.csv"), "id,file,start,end\na,a.txt,0,5\nm,missing.txt,,\n");
        Map<String, String> before = snapshot(dir);
        LoadOptions lenient = LoadOptions.builder().lenientUtf8(true).build();
        Corpus.fromFolder(dir, lenient);
        Corpus.fromCsv(dir.resolve("rows.csv"));
        Corpus.load(dir.resolve("a.txt"));
        assertThrows(IllegalArgumentException.class, () -> Corpus.fromFolder(dir));
        assertThrows(IllegalArgumentException.class, () -> Corpus.fromCsv(dir.resolve("broken.csv")));
        assertThrows(UncheckedIOException.class, () -> Corpus.load(dir));
        assertEquals(before, snapshot(dir));
    }
}
