package dev.lede.topics;

import dev.lede.display.Rendering;
import dev.lede.display.Chart;
import dev.lede.display.FreqCharts;
import dev.lede.display.MimeBundle;
import dev.lede.display.Renderable;
import dev.lede.vectors.DocumentTermMatrix;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Latent topics by latent semantic analysis (LSA): the truncated singular value decomposition
 * X &asymp; U S V<sup>T</sup> of a document-term matrix (usually TF-IDF) into its k leading singular
 * triples, computed by ARPACK's Lanczos method (the library under Smile's {@code ARPACK}, with a fixed start
 * so reruns give the same bytes) on the sparse matrix's Gram matrix (the same decomposition as
 * scikit-learn's {@code TruncatedSVD(algorithm="arpack")}, without centring). Topic j is the j-th right
 * singular vector: a weight for every term, positive or negative; a document's weight on topic j is
 * its coordinate U S in that direction.
 *
 * <p><b>What it is not.</b> This is not LDA (latent Dirichlet allocation): topics are not probability
 * distributions over words, a document is not a mixture of topics with shares summing to one, and
 * weights can be negative. Topic 1 is mostly the corpus's common vocabulary; later topics are
 * contrasts (terms with positive weight against terms with negative weight). The sign of a topic is
 * arbitrary; Lede fixes it so the term of largest absolute weight is positive (as scikit-learn's
 * {@code svd_flip}). Immutable and deterministic.
 *
 * <pre>{@code
 * LatentTopics lsa = LatentTopics.of(tfidf, 6);
 * lsa.singularValues();
 * lsa.topTerms(10);          // topic, rank, term, weight
 * lsa.documentWeights();     // document, topic, weight
 * lsa.chart(2, 12);          // topic 2's strongest terms, both signs
 * }</pre>
 */
public final class LatentTopics implements Renderable {

    /** Column of the tables: topic number, 1 = largest singular value. */
    public static final String TOPIC = "topic";
    /** Column of {@link #topTerms}: rank within the topic by absolute weight, 1 = largest. */
    public static final String RANK = "rank";
    /** Column of {@link #topTerms}: the term. */
    public static final String TERM = "term";
    /** Column of {@link #topTerms} and {@link #documentWeights}: the weight (may be negative). */
    public static final String WEIGHT = "weight";
    /** Column of {@link #documentWeights}: document id. */
    public static final String DOCUMENT = "document";
    /** Column of {@link #summary}: the singular value. */
    public static final String SINGULAR_VALUE = "singular_value";

    private final DocumentTermMatrix matrix;
    private final double[] s;
    private final double[][] termWeights; // [topic][term]
    private final double[][] docWeights;  // [topic][document] = U S

    private LatentTopics(DocumentTermMatrix matrix, double[] s, double[][] termWeights, double[][] docWeights) {
        this.matrix = matrix;
        this.s = s;
        this.termWeights = termWeights;
        this.docWeights = docWeights;
    }

    /** The {@code k} leading topics of {@code matrix} (k below the smaller of its rows and columns). */
    public static LatentTopics of(DocumentTermMatrix matrix, int k) {
        Objects.requireNonNull(matrix, "matrix");
        int m = matrix.rows();
        int n = matrix.columns();
        if (k < 1 || k >= Math.min(m, n)) {
            throw new IllegalArgumentException("k must be between 1 and " + (Math.min(m, n) - 1)
                    + " (fewer than the " + m + " documents and " + n + " terms), got " + k);
        }
        int[] ptr = new int[m + 1];
        for (int r = 0; r < m; r++) {
            ptr[r + 1] = ptr[r] + matrix.rowSize(r);
        }
        int[] idx = new int[ptr[m]];
        double[] val = new double[ptr[m]];
        for (int r = 0; r < m; r++) {
            System.arraycopy(matrix.rowColumns(r), 0, idx, ptr[r], ptr[r + 1] - ptr[r]);
            System.arraycopy(matrix.rowWeights(r), 0, val, ptr[r], ptr[r + 1] - ptr[r]);
        }
        Lanczos.Eigen e = Lanczos.gram(m, n, ptr, idx, val, k);
        boolean byRows = m <= n;
        double[] s = new double[k];
        double[][] v = new double[k][n];
        double[][] us = new double[k][m];
        for (int j = 0; j < k; j++) {
            s[j] = Math.sqrt(Math.max(0, e.values()[j]));
            double[] vec = e.vectors()[j];
            if (byRows) {
                // u = vec; v = A' u / s; document weights u s
                for (int r = 0; r < m; r++) {
                    for (int p = ptr[r]; p < ptr[r + 1]; p++) {
                        v[j][idx[p]] += val[p] * vec[r];
                    }
                    us[j][r] = vec[r] * s[j];
                }
                for (int t = 0; t < n; t++) {
                    v[j][t] = s[j] == 0 ? 0 : v[j][t] / s[j];
                }
            } else {
                // v = vec; document weights A v
                System.arraycopy(vec, 0, v[j], 0, n);
                for (int r = 0; r < m; r++) {
                    double d = 0;
                    for (int p = ptr[r]; p < ptr[r + 1]; p++) {
                        d += val[p] * vec[idx[p]];
                    }
                    us[j][r] = d;
                }
            }
            int big = 0;
            for (int t = 0; t < n; t++) {
                if (Math.abs(v[j][t]) > Math.abs(v[j][big])) {
                    big = t;
                }
            }
            double sign = v[j][big] < 0 ? -1 : 1;
            for (int t = 0; t < n; t++) {
                v[j][t] = sign * v[j][t] + 0.0;
            }
            for (int r = 0; r < m; r++) {
                us[j][r] = sign * us[j][r] + 0.0;
            }
        }
        return new LatentTopics(matrix, s, v, us);
    }

    public int topics() {
        return s.length;
    }

    /** The singular values, largest first. */
    public double[] singularValues() {
        return s.clone();
    }

    /** Topic {@code topic}'s (1-based) weight for every term, in the matrix's column order. */
    public double[] termWeights(int topic) {
        return termWeights[check(topic)].clone();
    }

    /** Topic {@code topic}'s (1-based) weight for every document, in the matrix's row order. */
    public double[] documentWeights(int topic) {
        return docWeights[check(topic)].clone();
    }

    private int check(int topic) {
        if (topic < 1 || topic > s.length) {
            throw new IllegalArgumentException("topic must be between 1 and " + s.length + ", got " + topic);
        }
        return topic - 1;
    }

    /** Columns topic, singular_value: one row per topic. */
    public Table summary() {
        int[] t = new int[s.length];
        for (int j = 0; j < s.length; j++) {
            t[j] = j + 1;
        }
        return Table.create("topics (LSA)", IntColumn.create(TOPIC, t), DoubleColumn.create(SINGULAR_VALUE, s.clone()));
    }

    /** The {@code n} terms of largest absolute weight per topic (ties by term). Columns topic, rank, term, weight. */
    public Table topTerms(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1, got " + n);
        }
        IntColumn topic = IntColumn.create(TOPIC);
        IntColumn rank = IntColumn.create(RANK);
        StringColumn term = StringColumn.create(TERM);
        DoubleColumn weight = DoubleColumn.create(WEIGHT);
        for (int j = 0; j < s.length; j++) {
            int r = 1;
            for (int t : strongest(j, n)) {
                topic.append(j + 1);
                rank.append(r++);
                term.append(matrix.term(t));
                weight.append(termWeights[j][t]);
            }
        }
        return Table.create("top terms per topic (LSA)", topic, rank, term, weight);
    }

    private List<Integer> strongest(int j, int n) {
        double[] w = termWeights[j];
        TreeSet<Integer> best = new TreeSet<>((a, b) -> {
            int c = Double.compare(Math.abs(w[b]), Math.abs(w[a]));
            return c != 0 ? c : Integer.compare(a, b);
        });
        for (int t = 0; t < w.length; t++) {
            best.add(t);
            if (best.size() > n) {
                best.pollLast();
            }
        }
        return new ArrayList<>(best);
    }

    /** Columns document, topic, weight: every document's weight on every topic. */
    public Table documentWeights() {
        StringColumn d = StringColumn.create(DOCUMENT);
        IntColumn topic = IntColumn.create(TOPIC);
        DoubleColumn weight = DoubleColumn.create(WEIGHT);
        for (int r = 0; r < matrix.rows(); r++) {
            for (int j = 0; j < s.length; j++) {
                d.append(matrix.ids().get(r));
                topic.append(j + 1);
                weight.append(docWeights[j][r]);
            }
        }
        return Table.create("document weights per topic (LSA)", d, topic, weight);
    }

    /** A diverging bar chart of topic {@code topic}'s {@code n} strongest terms: positive weights one way, negative the other. */
    public Chart chart(int topic, int n) {
        int j = check(topic);
        List<String> terms = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (int t : strongest(j, n)) {
            terms.add(matrix.term(t));
            weights.add(termWeights[j][t]);
        }
        return FreqCharts.diverging(String.format(Locale.ROOT, "LSA topic %d (singular value %.3f): strongest terms",
                topic, s[j]), "weight", terms, weights, "positive", "negative");
    }

    @Override
    public MimeBundle toMimeBundle() {
        Table t = topTerms(8);
        return Rendering.table(t, toString());
    }

    @Override
    public String toString() {
        return "LatentTopics[" + s.length + " LSA topics of " + matrix.rows() + " documents x " + matrix.columns()
                + " terms]";
    }
}
