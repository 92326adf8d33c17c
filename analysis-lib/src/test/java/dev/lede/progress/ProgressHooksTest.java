package dev.lede.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.corpus.Corpus;
import dev.lede.corpus.Document;
import dev.lede.corpus.Parallelism;
import dev.lede.corpus.Tokens;
import dev.lede.reuse.SharedPassages;
import dev.lede.reuse.TextReuse;
import dev.lede.vectors.DocumentTermMatrix;
import dev.lede.vectors.KMeansClustering;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the long steps report, seen by a listener that is shown all work at once (delay 0): the
 * counting of a file of lines counts its bytes, the counting of a corpus its documents, k-means its
 * iterations (a converged restart in full) and text reuse its documents and then its candidate pairs.
 */
class ProgressHooksTest {

    private ProgressListener before;
    private ProgressTest.Recording seen;

    @BeforeEach
    void listen() {
        before = Progress.listener();
        seen = new ProgressTest.Recording();
        Progress.listenWith(seen, 0);
    }

    @AfterEach
    void restore() {
        Progress.listenWith(before);
    }

    private Progress.State ended() {
        synchronized (seen) {
            Progress.State last = seen.states.get(seen.states.size() - 1);
            assertTrue(last.ended(), "the last call is the end: " + seen.calls);
            assertEquals(1, seen.calls.stream().filter(c -> c.startsWith("begin: ")).count(), seen.calls.toString());
            return last;
        }
    }

    @Test
    void countingAFileOfLinesCountsItsBytesOnEveryThreadCount(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("lines.txt");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            b.append("line ").append(i).append(" of the file, with words\n");
        }
        Files.writeString(file, b, StandardCharsets.UTF_8);
        for (int threads : new int[] {1, 3}) {
            seen.calls.clear();
            seen.states.clear();
            Tokens.ofLines(file).withParallelism(Parallelism.of(threads)).frequencies();
            Progress.State s = ended();
            assertEquals("Counting lines.txt", s.label());
            assertEquals(Progress.Unit.BYTES, s.unit());
            assertEquals(Files.size(file), s.total());
            assertEquals(Files.size(file), s.done(), threads + " threads");
        }
    }

    @Test
    void countingACorpusCountsItsDocuments() {
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < 37; i++) {
            docs.add(Document.of("d" + i, "words of document " + i));
        }
        Corpus.of(docs).tokens().withParallelism(Parallelism.of(2)).frequencies();
        Progress.State s = ended();
        assertEquals("Counting terms", s.label());
        assertEquals(37, s.done());
        assertEquals(37, s.total());
    }

    @Test
    void kMeansCountsIterationsAndAConvergedRestartInFull() {
        List<Document> docs = new ArrayList<>();
        String[] topics = {"summit treaty kim putin pyongyang", "grain harvest rain farm field", "goal match team score"};
        for (int i = 0; i < 30; i++) {
            docs.add(Document.of(String.format("d%02d", i), topics[i % 3] + " note" + i));
        }
        DocumentTermMatrix m = DocumentTermMatrix.of(Corpus.of(docs).tokens());
        seen.calls.clear();
        seen.states.clear();
        KMeansClustering km = KMeansClustering.of(m, KMeansClustering.Options.builder().k(3).seed(1).restarts(2)
                .maxIterations(50).build());
        assertTrue(km.converged());
        Progress.State s = ended();
        assertEquals("k-means, k = 3", s.label());
        assertEquals(100, s.total());
        assertEquals(100, s.done());
        assertTrue(s.atMost());
        assertEquals("0 documents moved", s.note(), "the last pass of a converged restart moves nothing");
    }

    @Test
    void textReuseCountsDocumentsThenCandidatePairs() {
        String shared = "the two leaders signed a comprehensive strategic partnership treaty in pyongyang on wednesday";
        List<Document> docs = List.of(
                Document.of("a", "first report: " + shared + " and then left"),
                Document.of("b", "second report: " + shared + " before lunch"),
                Document.of("c", "an unrelated text about grain harvests and the weather in the north"));
        SharedPassages found = TextReuse.standard().find(Corpus.of(docs));
        Progress.State s = ended();
        assertEquals("Text reuse: aligning candidate pairs", s.label());
        assertEquals(Progress.Unit.PAIRS, s.unit());
        assertEquals(s.total(), s.done());
        assertTrue(s.total() >= 1, "a and b share a passage, so they are a candidate pair");
        assertEquals(1, found.passages().size(), found.passages().toString());
    }
}
