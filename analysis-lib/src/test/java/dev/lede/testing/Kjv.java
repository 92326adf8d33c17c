package dev.lede.testing;

import dev.lede.corpus.Corpus;
import dev.lede.corpus.Tokens;
import dev.lede.text.Language;
import dev.lede.text.Stopwords;
import dev.lede.vectors.DocumentTermMatrix;
import java.nio.file.Path;

/** The King James chapters of data/kjv-sections (notebook 04's corpus), loaded once per test JVM. */
public final class Kjv {

    private static Corpus corpus;
    private static Tokens tokens;

    private Kjv() {
    }

    public static synchronized Corpus corpus() {
        if (corpus == null) {
            String data = System.getProperty("lede.data");
            if (data == null) {
                throw new IllegalStateException("system property lede.data is not set: run the tests through Maven");
            }
            corpus = Corpus.load(Path.of(data, "kjv-sections"));
        }
        return corpus;
    }

    /** Tokens without English stopwords. */
    public static synchronized Tokens tokens() {
        if (tokens == null) {
            tokens = corpus().tokens().removeStopwords(Stopwords.of(Language.ENGLISH));
        }
        return tokens;
    }

    public static DocumentTermMatrix counts() {
        return DocumentTermMatrix.of(tokens(), DocumentTermMatrix.Options.counts());
    }

    public static DocumentTermMatrix tfidf() {
        return DocumentTermMatrix.of(tokens());
    }

    /** The matrix as text for numpy: "rows columns", then one "row column weight" line per non-zero cell. */
    public static String triplets(DocumentTermMatrix m) {
        StringBuilder b = new StringBuilder();
        b.append(m.rows()).append(' ').append(m.columns()).append('\n');
        for (int r = 0; r < m.rows(); r++) {
            int[] c = m.rowColumns(r);
            double[] v = m.rowWeights(r);
            for (int q = 0; q < c.length; q++) {
                b.append(r).append(' ').append(c[q]).append(' ').append(v[q]).append('\n');
            }
        }
        return b.toString();
    }

    /** Python lines that read {@link #triplets} from stdin into the scipy CSR matrix X. */
    public static final String READ_X = String.join("\n",
            "import sys, numpy as np, scipy.sparse as sp",
            "head = sys.stdin.readline().split()",
            "T = np.loadtxt(sys.stdin, ndmin=2)",
            "X = sp.csr_matrix((T[:, 2], (T[:, 0].astype(int), T[:, 1].astype(int))), shape=(int(head[0]), int(head[1])))");
}
