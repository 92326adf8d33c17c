package dev.lede.models;

import dev.lede.display.Rendering;
import dev.lede.corpus.Corpus;
import dev.lede.corpus.Parallelism;
import dev.lede.display.Chart;
import dev.lede.display.Heatmap;
import dev.lede.display.MimeBundle;
import dev.lede.display.Renderable;
import dev.lede.vectors.DocumentTermMatrix;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * How well a classifier tells the labels apart, by stratified k-fold cross-validation: the labelled
 * documents are split into k folds with each label in the same proportion in every fold (a seeded
 * shuffle within each label), and each fold is predicted by a classifier trained on the others. So every
 * prediction is of a document the model has not seen. Immutable; the same seed gives the same folds and
 * figures.
 *
 * <p>Figures: {@link #accuracy()} (share predicted right), {@link #macroF1()} (the mean over labels of
 * F1, the harmonic mean of precision and recall, so a small label counts as much as a large one),
 * {@link #confusion()} (which labels are taken for which), {@link #perClass()}.
 *
 * <pre>{@code
 * Evaluation e = Evaluation.crossValidate(counts, corpus, "section",
 *         ClassifierOptions.of(ClassifierMethod.NAIVE_BAYES), 5, 42);
 * e.accuracy(); e.macroF1(); e.confusion(); e.confusionChart();
 * }</pre>
 */
public final class Evaluation implements Renderable {

    /** Column of {@link #predictions()} and the tables: document id. */
    public static final String ID = "id";
    /** Column of {@link #predictions()} and {@link #confusion()}: the document's true label. */
    public static final String ACTUAL = "actual";
    /** Column of {@link #predictions()}: the label predicted for it. */
    public static final String PREDICTED = "predicted";
    /** Column of {@link #predictions()}: the fold it was held out in (1..k). */
    public static final String FOLD = "fold";
    /** Column of {@link #perClass()}: the label. */
    public static final String CLASS = "class";
    /** Column of {@link #perClass()}: documents with the label. */
    public static final String SUPPORT = "support";
    /** Column of {@link #perClass()}: share of the documents predicted as the label that have it (0 when none). */
    public static final String PRECISION = "precision";
    /** Column of {@link #perClass()}: share of the documents with the label predicted as it. */
    public static final String RECALL = "recall";
    /** Column of {@link #perClass()}: 2 precision recall / (precision + recall) (0 when both are 0). */
    public static final String F1 = "f1";

    private final List<String> ids;
    private final List<String> classes;
    private final int[] actual;
    private final int[] predicted;
    private final int[] fold;
    private final int folds;
    private final ClassifierOptions options;

    private Evaluation(List<String> ids, List<String> classes, int[] actual, int[] predicted, int[] fold, int folds,
                       ClassifierOptions options) {
        this.ids = ids;
        this.classes = classes;
        this.actual = actual;
        this.predicted = predicted;
        this.fold = fold;
        this.folds = folds;
        this.options = options;
    }

    /** Cross-validates on the documents whose metadata {@code field} is set. */
    public static Evaluation crossValidate(DocumentTermMatrix matrix, Corpus corpus, String field,
                                           ClassifierOptions options, int folds, long seed) {
        return crossValidate(matrix, TextClassifier.labels(matrix, corpus, field), options, folds, seed);
    }

    /** Cross-validates on the documents of {@code matrix} that have a label in {@code labelOfId}. */
    public static Evaluation crossValidate(DocumentTermMatrix matrix, Map<String, String> labelOfId,
                                           ClassifierOptions options, int folds, long seed) {
        Objects.requireNonNull(matrix, "matrix");
        Objects.requireNonNull(options, "options");
        TextClassifier.Labelled l = TextClassifier.Labelled.of(matrix, Objects.requireNonNull(labelOfId, "labelOfId"));
        int n = l.rows.length;
        if (folds < 2 || folds > n) {
            throw new IllegalArgumentException("folds must be between 2 and the " + n + " labelled documents, got " + folds);
        }
        int k = l.classes.size();
        int[] fold = stratifiedFolds(l.codes, k, folds, seed);
        int[] predicted = new int[n];
        // Naive Bayes: folds side by side on the matrix's threads, each fitted on one. Logistic
        // regression: one fold after the other, each fitted on the matrix's threads (an L-BFGS fit of
        // many terms holds hundreds of MB; two at once would double that). Every fold writes only its
        // own documents' predictions, and no model depends on the threads.
        Fitted.Rows rows = Fitted.Rows.of(matrix, l.rows);
        boolean foldsTogether = options.method() == ClassifierMethod.NAIVE_BAYES;
        Parallelism perFold = foldsTogether ? Parallelism.sequential() : matrix.parallelism();
        (foldsTogether ? matrix.parallelism() : Parallelism.sequential()).forEach(folds, f -> {
            int[] train = new int[n];
            int[] trainY = new int[n];
            int m = 0;
            for (int i = 0; i < n; i++) {
                if (fold[i] != f) {
                    train[m] = i;
                    trainY[m++] = l.codes[i];
                }
            }
            Fitted model = Fitted.fit(rows.subset(Arrays.copyOf(train, m)), Arrays.copyOf(trainY, m), k, options,
                    perFold);
            for (int i = 0; i < n; i++) {
                if (fold[i] == f) {
                    predicted[i] = model.predict(rows.columns()[i], rows.weights()[i]);
                }
            }
        });
        List<String> ids = new ArrayList<>(n);
        for (int r : l.rows) {
            ids.add(matrix.ids().get(r));
        }
        return new Evaluation(List.copyOf(ids), l.classes, l.codes, predicted, fold, folds, options);
    }

    /**
     * Fold (0..folds-1) of each document: within each class, in document order, a shuffle by
     * {@code new Random(seed)} (classes in sorted order, one generator), then dealt round-robin
     * continuing from where the previous class stopped, so fold sizes differ by at most one.
     */
    static int[] stratifiedFolds(int[] codes, int k, int folds, long seed) {
        Random random = new Random(seed);
        int[] fold = new int[codes.length];
        int next = 0;
        for (int c = 0; c < k; c++) {
            List<Integer> members = new ArrayList<>();
            for (int i = 0; i < codes.length; i++) {
                if (codes[i] == c) {
                    members.add(i);
                }
            }
            java.util.Collections.shuffle(members, random);
            for (int i : members) {
                fold[i] = next;
                next = (next + 1) % folds;
            }
        }
        return fold;
    }

    public List<String> classes() {
        return classes;
    }

    public int folds() {
        return folds;
    }

    public ClassifierOptions options() {
        return options;
    }

    /** Share of documents whose predicted label is their label. */
    public double accuracy() {
        int right = 0;
        for (int i = 0; i < actual.length; i++) {
            if (actual[i] == predicted[i]) {
                right++;
            }
        }
        return right / (double) actual.length;
    }

    /** Mean over the labels of F1 (as scikit-learn's {@code f1_score(average="macro")}, 0 for a label never predicted right). */
    public double macroF1() {
        double[][] m = metrics();
        double s = 0;
        for (double[] row : m) {
            s += row[2];
        }
        return s / m.length;
    }

    /** Per class: precision, recall, f1, support. */
    private double[][] metrics() {
        int k = classes.size();
        int[] tp = new int[k];
        int[] pred = new int[k];
        int[] support = new int[k];
        for (int i = 0; i < actual.length; i++) {
            support[actual[i]]++;
            pred[predicted[i]]++;
            if (actual[i] == predicted[i]) {
                tp[actual[i]]++;
            }
        }
        double[][] out = new double[k][4];
        for (int c = 0; c < k; c++) {
            double p = pred[c] == 0 ? 0 : tp[c] / (double) pred[c];
            double r = support[c] == 0 ? 0 : tp[c] / (double) support[c];
            out[c] = new double[] {p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), support[c]};
        }
        return out;
    }

    /** The confusion counts: cell [a][p] = documents of label a predicted as p (labels in {@link #classes()} order). */
    public int[][] confusionCounts() {
        int k = classes.size();
        int[][] c = new int[k][k];
        for (int i = 0; i < actual.length; i++) {
            c[actual[i]][predicted[i]]++;
        }
        return c;
    }

    /** The confusion matrix: column actual, then one column per label with how many were predicted as it. */
    public Table confusion() {
        int[][] c = confusionCounts();
        Table t = Table.create("confusion matrix (rows: actual; columns: predicted)", StringColumn.create(ACTUAL, classes));
        for (int p = 0; p < classes.size(); p++) {
            int[] col = new int[classes.size()];
            for (int a = 0; a < classes.size(); a++) {
                col[a] = c[a][p];
            }
            t.addColumns(IntColumn.create(classes.get(p), col));
        }
        return t;
    }

    /**
     * The confusion matrix as a heatmap of the share of each actual label (rows, top to bottom) predicted as
     * each label (columns): the diagonal is each label's recall.
     */
    public Chart confusionChart() {
        int[][] c = confusionCounts();
        int k = classes.size();
        double[] v = new double[k * k];
        for (int a = 0; a < k; a++) {
            int s = Arrays.stream(c[a]).sum();
            for (int p = 0; p < k; p++) {
                v[a * k + p] = s == 0 ? 0 : c[a][p] / (double) s;
            }
        }
        return Heatmap.chart("Confusion (rows: actual, columns: predicted)", classes, v);
    }

    /** Columns class, support, precision, recall, f1. */
    public Table perClass() {
        double[][] m = metrics();
        int k = classes.size();
        IntColumn support = IntColumn.create(SUPPORT, k);
        DoubleColumn p = DoubleColumn.create(PRECISION, k);
        DoubleColumn r = DoubleColumn.create(RECALL, k);
        DoubleColumn f = DoubleColumn.create(F1, k);
        for (int c = 0; c < k; c++) {
            support.set(c, (int) m[c][3]);
            p.set(c, m[c][0]);
            r.set(c, m[c][1]);
            f.set(c, m[c][2]);
        }
        return Table.create("per label", StringColumn.create(CLASS, classes), support, p, r, f);
    }

    /** Columns id, actual, predicted, fold (1..k): one row per labelled document, in matrix order. */
    public Table predictions() {
        StringColumn a = StringColumn.create(ACTUAL);
        StringColumn p = StringColumn.create(PREDICTED);
        IntColumn f = IntColumn.create(FOLD, actual.length);
        for (int i = 0; i < actual.length; i++) {
            a.append(classes.get(actual[i]));
            p.append(classes.get(predicted[i]));
            f.set(i, fold[i] + 1);
        }
        return Table.create("cross-validated predictions", StringColumn.create(ID, ids), a, p, f);
    }

    @Override
    public MimeBundle toMimeBundle() {
        Table t = perClass();
        return Rendering.table(t, toString());
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Evaluation[%s, %d-fold, %d documents: accuracy %.3f, macro-F1 %.3f]",
                options, folds, actual.length, accuracy(), macroF1());
    }
}
