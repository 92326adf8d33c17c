package dev.lede.vectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lede.corpus.Corpus;
import dev.lede.corpus.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/** DocumentTermMatrix.ofRows: a matrix weighted elsewhere, checked and equal to the one built here. */
class MatrixOfRowsTest {

    @Test
    void rowsGivenBackMakeTheSameMatrix() {
        DocumentTermMatrix m = DocumentTermMatrix.of(Corpus.of(Document.of("a", "cat sat"), Document.of("b", "cat cat"))
                .tokens());
        int[] rowPtr = {0, m.rowSize(0), m.rowSize(0) + m.rowSize(1)};
        int[] cols = {0, 1, 0};
        double[] w = {m.get(0, 0), m.get(0, 1), m.get(1, 0)};
        DocumentTermMatrix back = DocumentTermMatrix.ofRows(m.ids(), m.terms(), new int[] {2, 1},
                new double[] {m.idf(0), m.idf(1)}, rowPtr, cols, w, 0, m.options());
        assertEquals(m.toTable().toString(), back.toTable().toString());
        assertEquals(m.vocabularyTable().toString(), back.vocabularyTable().toString());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DocumentTermMatrix.ofRows(
                m.ids(), List.of("sat", "cat"), new int[] {1, 2}, new double[] {1, 1}, rowPtr, cols, w, 0, m.options()));
        assertEquals("terms must be sorted and distinct: 'sat' before 'cat'", e.getMessage());
    }
}
