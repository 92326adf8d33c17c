package dev.lede.models;

import dev.lede.display.Rendering;
import dev.lede.corpus.Corpus;
import dev.lede.display.Chart;
import dev.lede.display.FreqCharts;
import dev.lede.display.MimeBundle;
import dev.lede.display.Renderable;
import dev.lede.vectors.DocumentTermMatrix;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A text classifier trained on the documents of a matrix that have a label (multinomial naive Bayes or
 * maximum-entropy logistic regression fitted by Smile's L-BFGS, see {@link ClassifierMethod}), which
 * predicts the label of other documents. Immutable; training is deterministic (the same matrix, labels
 * and options give the same model and predictions, on any number of threads). {@link Evaluation} says how well it does on documents it has not seen.
 *
 * <pre>{@code
 * DocumentTermMatrix counts = DocumentTermMatrix.of(corpus.tokens(), DocumentTermMatrix.Options.counts());
 * TextClassifier nb = TextClassifier.train(counts, corpus, "section", ClassifierOptions.of(ClassifierMethod.NAIVE_BAYES));
 * nb.predict(otherCounts);   // id, predicted
 * nb.topTerms(10);           // class, rank, term, weight
 * }</pre>
 */
public final class TextClassifier implements Renderable {

    /** Column of {@link #predict}: document id. */
    public static final String ID = "id";
    /** Column of {@link #predict}: the predicted label. */
    public static final String PREDICTED = "predicted";
    /** Column of {@link #topTerms}: the class (label). */
    public static final String CLASS = "class";
    /** Column of {@link #topTerms}: rank of the term within its class, 1 = weighs most. */
    public static final String RANK = "rank";
    /** Column of {@link #topTerms}: the term. */
    public static final String TERM = "term";
    /** Column of {@link #topTerms}: how much the term speaks for the class (see {@link #topTerms}). */
    public static final String WEIGHT = "weight";

    private final DocumentTermMatrix matrix;
    private final List<String> classes;
    private final ClassifierOptions options;
    private final Fitted fitted;
    private final int trained;

    private TextClassifier(DocumentTermMatrix matrix, List<String> classes, ClassifierOptions options, Fitted fitted,
                           int trained) {
        this.matrix = matrix;
        this.classes = classes;
        this.options = options;
        this.fitted = fitted;
        this.trained = trained;
    }

    /** Trains on the documents of {@code matrix} whose metadata {@code field} in {@code corpus} is set. */
    public static TextClassifier train(DocumentTermMatrix matrix, Corpus corpus, String field, ClassifierOptions options) {
        return train(matrix, labels(matrix, corpus, field), options);
    }

    /** Trains on the documents of {@code matrix} that have a label in {@code labelOfId} (others are left out). */
    public static TextClassifier train(DocumentTermMatrix matrix, Map<String, String> labelOfId, ClassifierOptions options) {
        Objects.requireNonNull(matrix, "matrix");
        Objects.requireNonNull(labelOfId, "labelOfId");
        Objects.requireNonNull(options, "options");
        Labelled l = Labelled.of(matrix, labelOfId);
        Fitted f = Fitted.fit(Fitted.Rows.of(matrix, l.rows), l.codes, l.classes.size(), options, matrix.parallelism());
        return new TextClassifier(matrix, l.classes, options, f, l.rows.length);
    }

    /** Labels of the matrix's documents from a corpus's metadata field (documents without it are unlabelled). */
    static Map<String, String> labels(DocumentTermMatrix matrix, Corpus corpus, String field) {
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(field, "field");
        Map<String, String> out = new LinkedHashMap<>();
        for (String id : matrix.ids()) {
            if (!corpus.contains(id)) {
                throw new IllegalArgumentException("document '" + id + "' of the matrix is not in the corpus given for "
                        + "its labels: give the corpus the matrix was made from");
            }
            String v = corpus.document(id).get(field);
            if (v != null && !v.isEmpty()) {
                out.put(id, v);
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no document of the corpus has metadata '" + field
                    + "': name a field the manifest or CSV has (e.g. the column of the labels)");
        }
        return out;
    }

    /** The labels, sorted; class codes are positions in this list. */
    public List<String> classes() {
        return classes;
    }

    public ClassifierOptions options() {
        return options;
    }

    /** How many documents it was trained on. */
    public int trainingDocuments() {
        return trained;
    }

    /** The predicted label of row {@code row} of the training matrix. */
    String predictRow(DocumentTermMatrix m, int row) {
        return classes.get(fitted.predict(m.rowColumns(row), m.rowWeights(row)));
    }

    /**
     * Predicts the label of every document of {@code other}, a matrix made the same way (same tokens and
     * weighting); its terms are matched by name with the training vocabulary and unknown terms ignored.
     * Columns id, predicted.
     */
    public Table predict(DocumentTermMatrix other) {
        Objects.requireNonNull(other, "other");
        int[] map = new int[other.columns()];
        for (int j = 0; j < map.length; j++) {
            map[j] = matrix.column(other.term(j));
        }
        StringColumn id = StringColumn.create(ID);
        StringColumn pred = StringColumn.create(PREDICTED);
        for (int r = 0; r < other.rows(); r++) {
            int[] cols = other.rowColumns(r);
            double[] vals = other.rowWeights(r);
            int n = 0;
            int[] c2 = new int[cols.length];
            double[] v2 = new double[cols.length];
            for (int q = 0; q < cols.length; q++) {
                if (map[cols[q]] >= 0) {
                    c2[n] = map[cols[q]];
                    v2[n++] = vals[q];
                }
            }
            // the vocabularies are both sorted, so the mapped columns stay ascending
            id.append(other.ids().get(r));
            pred.append(classes.get(fitted.predict(java.util.Arrays.copyOf(c2, n), java.util.Arrays.copyOf(v2, n))));
        }
        return Table.create("predictions (" + options + ")", id, pred);
    }

    /**
     * The {@code n} terms that weigh most for each class: for naive Bayes the term's log-probability in
     * the class less its mean over the classes; for logistic regression the term's coefficient for the
     * class less its mean over the classes (the models' predictions do not change by that shift). Ties
     * by term. Columns class, rank, term, weight.
     */
    public Table topTerms(int n) {
        return topTerms(fitted.weights(), n);
    }

    Table topTerms(double[][] w, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1, got " + n);
        }
        StringColumn cls = StringColumn.create(CLASS);
        IntColumn rank = IntColumn.create(RANK);
        StringColumn term = StringColumn.create(TERM);
        DoubleColumn weight = DoubleColumn.create(WEIGHT);
        for (int c = 0; c < classes.size(); c++) {
            final double[] wc = w[c];
            if (Double.isNaN(wc.length == 0 ? 0 : wc[0])) {
                continue;
            }
            TreeSet<Integer> best = new TreeSet<>((a, b) -> {
                int x = Double.compare(wc[b], wc[a]);
                return x != 0 ? x : Integer.compare(a, b);
            });
            for (int t = 0; t < wc.length; t++) {
                best.add(t);
                if (best.size() > n) {
                    best.pollLast();
                }
            }
            int r = 1;
            for (int t : best) {
                cls.append(classes.get(c));
                rank.append(r++);
                term.append(matrix.term(t));
                weight.append(wc[t]);
            }
        }
        return Table.create("top terms per class (" + options + ")", cls, rank, term, weight);
    }

    /** A bar chart of the {@code n} terms that weigh most for {@code label}. */
    public Chart topTermsChart(String label, int n) {
        int c = classes.indexOf(label);
        if (c < 0) {
            throw new IllegalArgumentException("no class '" + label + "'; the classes are " + classes);
        }
        Table t = topTerms(n);
        List<String> terms = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (int i = 0; i < t.rowCount(); i++) {
            if (t.stringColumn(CLASS).get(i).equals(label)) {
                terms.add(t.stringColumn(TERM).get(i));
                weights.add(t.doubleColumn(WEIGHT).get(i));
            }
        }
        return FreqCharts.diverging("Terms that speak for '" + label + "' (" + options + ")", "weight", terms, weights,
                "for " + label, "against");
    }

    @Override
    public MimeBundle toMimeBundle() {
        Table t = topTerms(5);
        return Rendering.table(t, toString());
    }

    @Override
    public String toString() {
        return "TextClassifier[" + options + ", " + classes.size() + " classes, trained on " + trained + " documents, "
                + matrix.columns() + " terms]";
    }

    /** The labelled rows of a matrix: row numbers (matrix order), class codes, sorted class names. */
    static final class Labelled {
        final int[] rows;
        final int[] codes;
        final List<String> classes;

        private Labelled(int[] rows, int[] codes, List<String> classes) {
            this.rows = rows;
            this.codes = codes;
            this.classes = classes;
        }

        static Labelled of(DocumentTermMatrix m, Map<String, String> labelOfId) {
            TreeSet<String> names = new TreeSet<>();
            List<Integer> rows = new ArrayList<>();
            for (int r = 0; r < m.rows(); r++) {
                String v = labelOfId.get(m.ids().get(r));
                if (v != null && !v.isEmpty()) {
                    names.add(v);
                    rows.add(r);
                }
            }
            for (String id : labelOfId.keySet()) {
                m.row(id); // fails naming an id that is not in the matrix
            }
            List<String> classes = List.copyOf(names);
            if (classes.size() < 2) {
                throw new IllegalArgumentException("a classifier needs at least two labels, got " + classes);
            }
            int[] rr = new int[rows.size()];
            int[] cc = new int[rows.size()];
            for (int i = 0; i < rr.length; i++) {
                rr[i] = rows.get(i);
                cc[i] = java.util.Collections.binarySearch(classes, labelOfId.get(m.ids().get(rr[i])));
            }
            return new Labelled(rr, cc, classes);
        }
    }
}
