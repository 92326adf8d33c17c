package dev.lede.vectors;

import static dev.lede.testing.RandomText.asciiHeavyText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.corpus.Corpus;
import dev.lede.corpus.Document;
import dev.lede.corpus.Parallelism;
import dev.lede.corpus.Tokens;
import dev.lede.text.Tokenizer;
import dev.lede.text.TokenizerFuzzTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link DocumentTermMatrix#of(Tokens, DocumentTermMatrix.Options)} of the tokenizer's own tokens
 * reads the texts' bytes; the matrix must equal the one built from the token objects, cell for
 * cell, on any number of threads.
 */
class DocumentTermMatrixFastPathTest {

    private static void assertSameMatrix(DocumentTermMatrix expected, DocumentTermMatrix actual, String where) {
        assertEquals(expected.ids(), actual.ids(), where);
        assertEquals(expected.terms(), actual.terms(), where);
        assertEquals(expected.nonZeros(), actual.nonZeros(), where);
        for (int r = 0; r < expected.rows(); r++) {
            for (int c = 0; c < expected.columns(); c++) {
                assertEquals(expected.get(r, c), actual.get(r, c), 0.0, where + " cell " + r + "," + c);
            }
        }
    }

    @Test
    void documentTermMatrixEqualsTheOneFromTokenObjects() {
        Corpus seed = Corpus.load(Path.of(System.getProperty("lede.data"), "putin-pyongyang-2024"));
        Random r = new Random(5);
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            docs.add(Document.of("r" + i, asciiHeavyText(r) + " " + TokenizerFuzzTest.randomText(r)));
        }
        for (Corpus corpus : List.of(seed, Corpus.of(docs))) {
            // built elsewhere: the token objects themselves are read
            Tokens objects = Tokens.of(corpus, corpus.tokens(Tokenizer.standard()).documents());
            for (DocumentTermMatrix.Options o : List.of(DocumentTermMatrix.Options.defaults(),
                    DocumentTermMatrix.Options.counts(),
                    DocumentTermMatrix.Options.builder().sublinearTf(true).minDocumentFrequency(2).build(),
                    DocumentTermMatrix.Options.builder().weighting(DocumentTermMatrix.Weighting.BINARY)
                            .maxDocumentProportion(0.5).maxFeatures(40).build(),
                    DocumentTermMatrix.Options.builder().smoothIdf(false).maxFeatures(25).build())) {
                DocumentTermMatrix expected = DocumentTermMatrix.of(objects, o);
                List<String> terms = expected.terms();
                for (int j = 1; j < terms.size(); j++) { // sorted by String.compareTo, independently checked
                    assertTrue(terms.get(j - 1).compareTo(terms.get(j)) < 0, terms.get(j - 1) + " before " + terms.get(j));
                }
                for (int threads : new int[] {1, 3}) {
                    Tokens fast = corpus.tokens().withParallelism(Parallelism.of(threads));
                    assertTrue(fast.isTokenizerOutput());
                    DocumentTermMatrix m = DocumentTermMatrix.of(fast, o);
                    assertSameMatrix(expected, m, corpus.size() + " documents, threads " + threads);
                    assertEquals(threads, m.parallelism().threads());
                }
            }
        }
    }
}
