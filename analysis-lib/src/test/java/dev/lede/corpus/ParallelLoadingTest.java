package dev.lede.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.formats.Fixtures;
import dev.lede.formats.UnreadableFileException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that need extraction are read on the load's threads ({@link LoadOptions#parallelism()}):
 * the documents, their order, the load report and the first error are those of one thread.
 */
class ParallelLoadingTest {

    @TempDir
    Path dir;

    /** Everything a load gives that a reader can see, as one string to compare. */
    private static String seen(Corpus c) {
        StringBuilder b = new StringBuilder();
        for (Document d : c.documents()) {
            b.append(d.id()).append('|').append(d.source()).append('|').append(d.metadata()).append('|')
                    .append(d.pages()).append('|').append(d.text()).append('\n');
        }
        return b.append(c.loadReport()).toString();
    }

    private static LoadOptions threads(int n, boolean skip) {
        return LoadOptions.builder().parallelism(Parallelism.of(n)).skipUnreadable(skip).build();
    }

    /** Twelve one-page PDFs, each naming its number, beside the mixed folder's files. */
    private void numberedPdfs() throws IOException {
        for (int i = 1; i <= 12; i++) {
            Fixtures.pdf(dir.resolve(String.format("n%02d.pdf", i)),
                    List.of(List.of(List.of("Filing number " + i + " of twelve."))), "Clerk " + i, "Filing " + i, null);
        }
    }

    @Test
    void folderGivesTheSameCorpusOnAnyNumberOfThreads() throws IOException {
        Fixtures.mixedFolder(dir);
        numberedPdfs();
        Fixtures.pdf(dir.resolve("locked.pdf"), Fixtures.reportPages(), "Ana Lima", "Locked", "secret");
        Files.write(dir.resolve("broken.pdf"), "%PDF-1.7 not really".getBytes(StandardCharsets.US_ASCII));
        Fixtures.imageOnlyPdf(dir.resolve("scan.pdf"), 2);

        Corpus one = Corpus.load(dir, threads(1, true));
        List<String> ids = new ArrayList<>(List.of("a-notes", "blog", "leak", "leak#attachment-1", "leak#attachment-2"));
        for (int i = 1; i <= 12; i++) {
            ids.add(String.format("n%02d", i));
        }
        ids.addAll(List.of("note", "report"));
        assertEquals(ids, one.ids());
        assertEquals("Filing number 7 of twelve.", one.document("n07").text());
        assertEquals("Clerk 7", one.document("n07").get("author"));
        // the three unreadable files are skipped and named, in file order
        List<String> warnings = one.loadReport().warnings();
        assertEquals(3, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("skipped 'broken.pdf'"), warnings.get(0));
        assertTrue(warnings.get(1).startsWith("skipped 'locked.pdf'"), warnings.get(1));
        assertTrue(warnings.get(2).startsWith("skipped 'scan.pdf'"), warnings.get(2));

        String expected = seen(one);
        for (int n : new int[] {2, 3, 8}) {
            assertEquals(expected, seen(Corpus.load(dir, threads(n, true))), n + " threads");
        }
    }

    @Test
    void theFirstUnreadableFileInOrderIsTheErrorOnAnyNumberOfThreads() throws IOException {
        numberedPdfs();
        // n03 sorts before n09: on several threads n09 may well be parsed first
        Files.write(dir.resolve("n03.pdf"), "%PDF-1.7 not really".getBytes(StandardCharsets.US_ASCII));
        Fixtures.pdf(dir.resolve("n09.pdf"), Fixtures.reportPages(), "Ana Lima", "Locked", "secret");
        String expected = assertThrows(UnreadableFileException.class, () -> Corpus.load(dir, threads(1, false)))
                .getMessage();
        assertTrue(expected.startsWith("'n03.pdf'"), expected);
        for (int n : new int[] {2, 4}) {
            for (int rep = 0; rep < 5; rep++) {
                assertEquals(expected, assertThrows(UnreadableFileException.class,
                        () -> Corpus.load(dir, threads(n, false))).getMessage(), n + " threads");
            }
        }
    }

    @Test
    void manifestRowsSharingFilesGiveTheSameCorpusOnAnyNumberOfThreads() throws IOException {
        numberedPdfs();
        StringBuilder m = new StringBuilder("id,file,start,end,outlet\n");
        for (int i = 1; i <= 12; i++) {
            String f = String.format("n%02d.pdf", i);
            m.append("whole-").append(i).append(',').append(f).append(",,,Court\n");
            m.append("head-").append(i).append(',').append(f).append(",0,13,\n");
        }
        Files.writeString(dir.resolve("corpus.csv"), m.toString(), StandardCharsets.UTF_8);
        Corpus one = Corpus.load(dir, threads(1, false));
        assertEquals(24, one.size());
        assertEquals("Filing number", one.document("head-5").text());
        assertEquals("Filing number 5 of twelve.", one.document("whole-5").text());
        String expected = seen(one);
        for (int n : new int[] {2, 5}) {
            assertEquals(expected, seen(Corpus.load(dir, threads(n, false))), n + " threads");
        }
    }

    @Test
    void optionsSayTheirThreads() {
        assertEquals(3, threads(3, false).parallelism().threads());
        assertEquals(Parallelism.available(), LoadOptions.defaults().parallelism());
        assertEquals("LoadOptions[lenientUtf8=false, dropControlCharacters=false, skipUnreadable=true, threads=2]",
                threads(2, true).toString());
    }
}
