package dev.lede.semantic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.corpus.Parallelism;
import dev.lede.testing.Python;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sentence-embedding model as the tests' class path carries it, and the loader's errors. */
class SentenceEmbeddingsTest {

    static final List<String> SENTENCES = List.of(
            "Dock workers at the port of Gdansk walked off the job on Tuesday in a dispute over pay.",
            "A pay dispute led dockers in Gdansk to stop work on Tuesday.",
            "The orchestra will perform the symphony in the cathedral on Easter Sunday.",
            "Der Streik legte den Hafen von Danzig am Dienstag lahm.");

    @Test
    void unitVectorsTheSameOnAnyNumberOfThreads() {
        SentenceEmbeddings model = SentenceEmbeddings.load();
        assertSame(model, SentenceEmbeddings.load());
        float[][] one = model.embed(SENTENCES, Parallelism.of(1));
        float[][] two = model.embed(SENTENCES, Parallelism.of(2));
        assertEquals(SENTENCES.size(), one.length);
        for (int i = 0; i < one.length; i++) {
            assertEquals(SentenceEmbeddings.DIMENSIONS, one[i].length);
            assertEquals(1.0, SentenceEmbeddings.cosine(one[i], one[i]), 1e-6);
            assertArrayEquals(one[i], two[i], "sentence " + i);
        }
        double paraphrase = SentenceEmbeddings.cosine(one[0], one[1]);
        double unrelated = SentenceEmbeddings.cosine(one[0], one[2]);
        assertTrue(paraphrase > 0.57 && unrelated < 0.2, paraphrase + " / " + unrelated);
        assertEquals(paraphrase, model.similarity(SENTENCES.get(0), SENTENCES.get(1)), 1e-12);
        System.out.printf(Locale.ROOT, "model loaded in %.2f s; paraphrase %.3f, unrelated %.3f, German %.3f%n",
                model.loadTime().toMillis() / 1000.0, paraphrase, unrelated, SentenceEmbeddings.cosine(one[0], one[3]));
    }

    @Test
    void cosineAgreesWithScipy() {
        float[][] v = SentenceEmbeddings.load().embed(SENTENCES);
        StringBuilder in = new StringBuilder();
        for (float[] x : v) {
            List<String> parts = new ArrayList<>();
            for (float f : x) {
                parts.add(Float.toString(f));
            }
            in.append(String.join(" ", parts)).append('\n');
        }
        String out = Python.run("""
                import sys, numpy as np
                from scipy.spatial.distance import cosine
                v = [np.array([float(x) for x in l.split()]) for l in sys.stdin if l.strip()]
                print(' '.join(repr(1 - cosine(v[i], v[j])) for i in range(len(v)) for j in range(i + 1, len(v))))
                """, in.toString());
        double[] want = Python.doubles(out);
        int k = 0;
        for (int i = 0; i < v.length; i++) {
            for (int j = i + 1; j < v.length; j++) {
                // scipy divides by the norms, which are 1 to float precision
                assertEquals(want[k++], SentenceEmbeddings.cosine(v[i], v[j]), 1e-6);
            }
        }
        assertEquals(6, k);
    }

    @Test
    void blankSentencesAreErrors() {
        SentenceEmbeddings model = SentenceEmbeddings.load();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> model.embed(Arrays.asList("A sentence.", " ")));
        assertEquals("sentence 1 is blank: give text to embed", e.getMessage());
        IllegalArgumentException invisible = assertThrows(IllegalArgumentException.class,
                () -> model.embed(List.of("A sentence.", "Another one.", "\u200B\u200B")));
        assertEquals("sentence 2 has nothing the model can read (only white space, invisible or control characters):"
                + " give text to embed", invisible.getMessage());
    }

    @Test
    void missingModelFolderSaysWhatToInstall(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("lede-embeddings");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> LazyModel.isolated(getClass().getClassLoader(), missing));
        assertTrue(e.getMessage().startsWith("paraphrase reuse needs the sentence-embedding model, which is not"
                + " installed beside Lede (looked for the folder " + missing + "): reinstall the kernel with"
                + " 'make kernel', or set -Dlede.embeddings.dir=FOLDER"), e.getMessage());
        Files.createDirectory(missing);
        Files.writeString(missing.resolve("README.txt"), "not a jar");
        IllegalStateException empty = assertThrows(IllegalStateException.class,
                () -> LazyModel.isolated(getClass().getClassLoader(), missing));
        assertEquals("the model folder " + missing + " holds no jar: reinstall the kernel with 'make kernel'",
                empty.getMessage());
    }
}
