package dev.lede.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The entry points for results made elsewhere (dev.lede.spark): frequencies counted and files read as bytes. */
class CountedElsewhereTest {

    @Test
    void countedFrequenciesAreSortedAndChecked() {
        TermFrequencies f = TermFrequencies.counted("corpus", List.of("b", "a", "c"), new int[] {2, 3, 2},
                new int[] {1, 2, 2}, 7, 2);
        assertEquals(List.of("a", "b", "c"), f.terms());
        assertEquals(new TermFrequencies.Entry("b", 2, 2 * 10_000.0 / 7, 1), f.entries().get(1));
        assertEquals(3, f.vocabularySize());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TermFrequencies.counted("x",
                List.of("a", "a"), new int[] {1, 1}, new int[] {1, 1}, 2, 1));
        assertEquals("term 'a' is listed twice: give each term once", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> TermFrequencies.counted("x", List.of("a"),
                new int[] {1}, new int[] {2}, 1, 2));
        assertEquals("term 'a': count 1 and document frequency 2 of 2 documents are not possible counts", e.getMessage());
    }

    @Test
    void textBytesLoadAsTheFolderLoadsTheFile(@TempDir Path dir) throws Exception {
        byte[] bytes = "\uFEFFSummit in Pyongyang\r\n\r\nPutin met Kim.\r\n".getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve("visit.txt"), bytes);
        Document folder = Corpus.fromFolder(dir).document(0);
        Document fromBytes = Corpus.fromTextBytes("visit.txt", bytes, LoadOptions.defaults()).document(0);
        assertEquals("visit", fromBytes.id());
        assertEquals(folder.text(), fromBytes.text());
        assertEquals(folder.metadata(), fromBytes.metadata());
        assertEquals("Summit in Pyongyang", fromBytes.metadata().title());
    }
}
