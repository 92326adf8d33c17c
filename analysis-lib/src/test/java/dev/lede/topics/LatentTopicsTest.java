package dev.lede.topics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.testing.Kjv;
import dev.lede.testing.Python;
import dev.lede.vectors.DocumentTermMatrix;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class LatentTopicsTest {

    /** A 3 x 3 diagonal-ish matrix whose SVD is known: counts 3, 2, 1 on distinct terms. */
    @Test
    void diagonalByHand() {
        DocumentTermMatrix m = DocumentTermMatrix.of(List.of("a", "b", "c"), List.of(
                List.of("x", "x", "x"), List.of("y", "y"), List.of("z")), DocumentTermMatrix.Options.counts());
        LatentTopics t = LatentTopics.of(m, 2);
        assertArrayEquals(new double[] {3, 2}, t.singularValues(), 1e-12);
        assertArrayEquals(new double[] {1, 0, 0}, t.termWeights(1), 1e-12);
        assertArrayEquals(new double[] {0, 2, 0}, t.documentWeights(2), 1e-12);
        Table top = t.topTerms(1);
        assertEquals(List.of("x", "y"), top.stringColumn(LatentTopics.TERM).asList());
        assertThrows(IllegalArgumentException.class, () -> LatentTopics.of(m, 3));
        assertThrows(IllegalArgumentException.class, () -> t.termWeights(3));
    }

    /** Singular values of the KJV chapters' TF-IDF equal numpy's full SVD to 1e-6; topic directions agree up to sign. */
    @Test
    void singularValuesEqualNumpy() {
        DocumentTermMatrix tfidf = Kjv.tfidf();
        LatentTopics t = LatentTopics.of(tfidf, 8);
        String out = Python.run(String.join("\n", Kjv.READ_X,
                "from scipy.sparse.linalg import svds",
                "s = np.linalg.svd(X.toarray(), compute_uv=False)",
                "print(' '.join(repr(float(v)) for v in s[:8]))",
                "from sklearn.decomposition import TruncatedSVD",
                "svd = TruncatedSVD(n_components=8, algorithm='arpack', random_state=0).fit(X)",
                "print(' '.join(repr(float(v)) for v in svd.singular_values_))",
                "print(' '.join(repr(float(v)) for v in svd.components_[1]))"), Kjv.triplets(tfidf));
        String[] lines = out.strip().split("\n");
        double[] numpy = Python.doubles(lines[0]);
        double[] sk = Python.doubles(lines[1]);
        System.out.println("LSA singular values, Lede: " + java.util.Arrays.toString(t.singularValues()));
        System.out.println("numpy: " + java.util.Arrays.toString(numpy) + "\nTruncatedSVD: " + java.util.Arrays.toString(sk));
        assertArrayEquals(numpy, t.singularValues(), 1e-6);
        assertArrayEquals(sk, t.singularValues(), 1e-6);
        double[] v = Python.doubles(lines[2]);
        double[] mine = t.termWeights(2);
        double dot = 0;
        for (int i = 0; i < v.length; i++) {
            dot += v[i] * mine[i];
        }
        assertEquals(1.0, Math.abs(dot), 1e-6);
        assertArrayEquals(t.singularValues(), LatentTopics.of(tfidf, 8).singularValues(), 0.0);
        assertTrue(t.chart(2, 10).toSvg().contains("LSA topic 2"));
    }
}
