package dev.lede.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.corpus.Parallelism;
import dev.lede.corpus.Corpus;
import dev.lede.testing.Kjv;
import dev.lede.testing.Python;
import dev.lede.vectors.DocumentTermMatrix;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class TextClassifierTest {

    private static final DocumentTermMatrix.Options COUNTS = DocumentTermMatrix.Options.counts();

    private static DocumentTermMatrix toy() {
        return DocumentTermMatrix.of(List.of("a", "b", "c", "d", "e"), List.of(
                List.of("goal", "goal", "match"), List.of("goal", "team"), List.of("vote", "poll"),
                List.of("vote", "vote", "party"), List.of("goal", "vote")), COUNTS);
    }

    /** Naive Bayes by hand: terms goal match party poll team vote (V = 6), alpha = 1. */
    @Test
    void naiveBayesByHand() {
        Map<String, String> labels = Map.of("a", "sport", "b", "sport", "c", "politics", "d", "politics");
        TextClassifier nb = TextClassifier.train(toy(), labels, ClassifierOptions.of(ClassifierMethod.NAIVE_BAYES));
        assertEquals(List.of("politics", "sport"), nb.classes());
        assertEquals(4, nb.trainingDocuments());
        // e = goal + vote. sport: 5 tokens, goal 3, vote 0 -> (4/11)(1/11); politics: 5 tokens, goal 0, vote 3
        // -> (1/11)(4/11): a tie, and equal priors: the first class (politics), as scikit-learn's argmax
        Table p = nb.predict(toy());
        assertEquals(List.of("sport", "sport", "politics", "politics", "politics"),
                p.stringColumn(TextClassifier.PREDICTED).asList());
        // top term of sport: goal, log(4/11) - mean(log(4/11), log(1/11)) = log(4)/2
        Table top = nb.topTerms(1);
        assertEquals(List.of("politics", "sport"), top.stringColumn(TextClassifier.CLASS).asList());
        assertEquals(List.of("vote", "goal"), top.stringColumn(TextClassifier.TERM).asList());
        assertEquals(Math.log(4) / 2, top.doubleColumn(TextClassifier.WEIGHT).get(1), 1e-12);
    }

    @Test
    void evaluationFiguresByHand() {
        // six documents, two labels; a classifier trained on the others must get these right or wrong
        DocumentTermMatrix m = DocumentTermMatrix.of(List.of("s1", "s2", "s3", "p1", "p2", "p3"), List.of(
                List.of("goal", "team"), List.of("goal", "match"), List.of("team", "match"),
                List.of("vote", "poll"), List.of("vote", "party"), List.of("poll", "party")), COUNTS);
        Map<String, String> labels = new LinkedHashMap<>();
        for (String id : m.ids()) {
            labels.put(id, id.startsWith("s") ? "sport" : "politics");
        }
        Evaluation e = Evaluation.crossValidate(m, labels, ClassifierOptions.of(ClassifierMethod.NAIVE_BAYES), 3, 1);
        assertEquals(1.0, e.accuracy());
        assertEquals(1.0, e.macroF1());
        assertArrayEquals(new int[][] {{3, 0}, {0, 3}}, e.confusionCounts());
        // every fold holds one of each label
        Table pred = e.predictions();
        for (int f = 1; f <= 3; f++) {
            final int fold = f;
            assertEquals(2, pred.where(pred.intColumn(Evaluation.FOLD).isEqualTo(fold)).rowCount());
        }
        assertTrue(e.confusionChart().toSvg().contains("politics"));
    }

    @Test
    void macroF1ByHand() {
        // 3 sport documents: one is only politics' words, so it is predicted politics
        DocumentTermMatrix m = DocumentTermMatrix.of(List.of("s1", "s2", "s3", "s4", "p1", "p2", "p3", "p4"), List.of(
                List.of("goal", "team"), List.of("goal", "match"), List.of("team", "match"), List.of("vote", "poll"),
                List.of("vote", "poll"), List.of("vote", "party"), List.of("poll", "party"), List.of("party", "vote")),
                COUNTS);
        Map<String, String> labels = new LinkedHashMap<>();
        for (String id : m.ids()) {
            labels.put(id, id.startsWith("s") ? "sport" : "politics");
        }
        Evaluation e = Evaluation.crossValidate(m, labels, ClassifierOptions.of(ClassifierMethod.NAIVE_BAYES), 4, 3);
        assertArrayEquals(new int[][] {{4, 0}, {1, 3}}, e.confusionCounts());
        assertEquals(7 / 8.0, e.accuracy());
        // politics: precision 4/5, recall 1, F1 8/9; sport: precision 1, recall 3/4, F1 6/7
        assertEquals((8 / 9.0 + 6 / 7.0) / 2, e.macroF1(), 1e-15);
        Table per = e.perClass();
        assertEquals(0.8, per.doubleColumn(Evaluation.PRECISION).get(0), 1e-15);
        assertEquals(0.75, per.doubleColumn(Evaluation.RECALL).get(1), 1e-15);
    }

    @Test
    void stratifiedFoldsAreBalancedAndSeeded() {
        int[] codes = new int[100];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = i < 53 ? 0 : i < 90 ? 1 : 2;
        }
        int[] f = Evaluation.stratifiedFolds(codes, 3, 5, 42);
        assertArrayEquals(f, Evaluation.stratifiedFolds(codes, 3, 5, 42));
        for (int c = 0; c < 3; c++) {
            int[] size = new int[5];
            for (int i = 0; i < codes.length; i++) {
                if (codes[i] == c) {
                    size[f[i]]++;
                }
            }
            int min = Integer.MAX_VALUE;
            int max = 0;
            for (int s : size) {
                min = Math.min(min, s);
                max = Math.max(max, s);
            }
            assertTrue(max - min <= 1, "class " + c + " folds " + java.util.Arrays.toString(size));
        }
        assertTrue(!java.util.Arrays.equals(f, Evaluation.stratifiedFolds(codes, 3, 5, 43)));
    }

    /**
     * The L-BFGS memory reaches the fit: its first two steps do not depend on it (one correction
     * at most), later ones do; the default keeps 5.
     */
    @Test
    void logisticCorrectionsReachTheFit() {
        // three labels over overlapping terms, so the curvature is not one direction
        DocumentTermMatrix m = DocumentTermMatrix.of(List.of("a", "b", "c", "d", "e", "f", "g"), List.of(
                List.of("goal", "team", "vote"), List.of("goal", "match"), List.of("vote", "poll", "team"),
                List.of("vote", "party"), List.of("rain", "wind", "goal"), List.of("rain", "poll"),
                List.of("wind", "match", "party")), COUNTS);
        Map<String, String> labels = Map.of("a", "sport", "b", "sport", "c", "politics", "d", "politics",
                "e", "weather", "f", "weather", "g", "weather");
        ClassifierOptions.Builder b = ClassifierOptions.builder().method(ClassifierMethod.LOGISTIC_REGRESSION);
        assertEquals(5, b.build().corrections());
        java.util.function.BiFunction<Integer, Integer, List<Double>> weights = (corrections, iterations) -> TextClassifier
                .train(m, labels, b.corrections(corrections).maxIterations(iterations).tolerance(1e-12)
                        .regularization(0.01).build())
                .topTerms(7).doubleColumn(TextClassifier.WEIGHT).asList();
        assertEquals(weights.apply(1, 2), weights.apply(10, 2));
        assertTrue(!weights.apply(1, 8).equals(weights.apply(10, 8)), "1 and 10 corrections gave the same weights");
        assertEquals(weights.apply(10, 8), weights.apply(10, 8));
    }

    @Test
    void clearErrors() {
        DocumentTermMatrix m = toy();
        IllegalArgumentException one = assertThrows(IllegalArgumentException.class, () -> TextClassifier.train(m,
                Map.of("a", "sport", "b", "sport"), ClassifierOptions.of(ClassifierMethod.NAIVE_BAYES)));
        assertTrue(one.getMessage().contains("at least two labels"), one.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> TextClassifier.train(m,
                Map.of("a", "sport", "zz", "politics", "c", "politics"), ClassifierOptions.of(ClassifierMethod.NAIVE_BAYES)));
        assertTrue(unknown.getMessage().contains("'zz'"), unknown.getMessage());
        Corpus c = Corpus.of(dev.lede.corpus.Document.of("a", "x"));
        IllegalArgumentException field = assertThrows(IllegalArgumentException.class,
                () -> TextClassifier.labels(DocumentTermMatrix.of(c.tokens(), COUNTS), c, "section"));
        assertTrue(field.getMessage().contains("'section'"), field.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ClassifierOptions.builder().smoothing(0));
        IllegalArgumentException corrections = assertThrows(IllegalArgumentException.class,
                () -> ClassifierOptions.builder().corrections(0));
        assertTrue(corrections.getMessage().contains("corrections must be at least 1, got 0"), corrections.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Evaluation.crossValidate(m,
                Map.of("a", "x", "c", "y"), ClassifierOptions.of(ClassifierMethod.NAIVE_BAYES), 3, 1));
    }

    /** Labels of the KJV chapters by section, and 5 stratified folds (of Lede's), as Python literals. */
    private static String foldsPython(Evaluation e) {
        Table p = e.predictions();
        StringBuilder b = new StringBuilder("fold = [");
        for (int i = 0; i < p.rowCount(); i++) {
            b.append(p.intColumn(Evaluation.FOLD).get(i)).append(',');
        }
        b.append("]\ny = [");
        for (int i = 0; i < p.rowCount(); i++) {
            b.append('"').append(p.stringColumn(Evaluation.ACTUAL).get(i)).append("\",");
        }
        return b.append("]\n").toString();
    }

    /** On the same folds of the same count matrix, scikit-learn's MultinomialNB(alpha=1) predicts every chapter alike. */
    @Test
    void naiveBayesPredictionsEqualMultinomialNB() {
        DocumentTermMatrix counts = Kjv.counts();
        Evaluation e = Evaluation.crossValidate(counts, Kjv.corpus(), "section",
                ClassifierOptions.of(ClassifierMethod.NAIVE_BAYES), 5, 42);
        String out = Python.run(String.join("\n", Kjv.READ_X, foldsPython(e),
                "from sklearn.naive_bayes import MultinomialNB",
                "fold = np.array(fold); y = np.array(y); pred = np.empty(len(y), dtype=object)",
                "for f in range(1, 6):",
                "    m = MultinomialNB(alpha=1.0).fit(X[fold != f], y[fold != f])",
                "    pred[fold == f] = m.predict(X[fold == f])",
                "print(' '.join(pred))"), Kjv.triplets(counts));
        List<String> sk = List.of(out.strip().split(" "));
        List<String> lede = e.predictions().stringColumn(Evaluation.PREDICTED).asList();
        assertEquals(238, lede.size());
        assertEquals(sk, lede);
        // 204 of the 238 chapters are predicted right (the diagonal of the confusion matrix; 205 while
        // the English list left out the modal verbs: docs/stopwords.md)
        assertEquals(204, java.util.stream.IntStream.range(0, 6).map(i -> e.confusionCounts()[i][i]).sum());
        assertEquals(204 / 238.0, e.accuracy(), 1e-15);
        // rerun, folds on one thread: identical
        assertEquals(lede, Evaluation.crossValidate(counts.withParallelism(Parallelism.sequential()), Kjv.corpus(), "section",
                ClassifierOptions.of(ClassifierMethod.NAIVE_BAYES), 5, 42).predictions()
                .stringColumn(Evaluation.PREDICTED).asList());
    }

    /** Logistic regression on term presence against LogisticRegression(C=1) on the same folds: accuracy within 2 points. */
    @Test
    void logisticRegressionAccuracyNearSklearn() {
        DocumentTermMatrix counts = Kjv.counts();
        Evaluation e = Evaluation.crossValidate(counts, Kjv.corpus(), "section",
                ClassifierOptions.of(ClassifierMethod.LOGISTIC_REGRESSION), 5, 42);
        String out = Python.run(String.join("\n", Kjv.READ_X, foldsPython(e),
                "from sklearn.linear_model import LogisticRegression",
                "X = (X > 0).astype(float)",
                "fold = np.array(fold); y = np.array(y); right = 0",
                "for f in range(1, 6):",
                "    m = LogisticRegression(C=1.0, max_iter=1000).fit(X[fold != f], y[fold != f])",
                "    right += int((m.predict(X[fold == f]) == y[fold == f]).sum())",
                "print(right / len(y))"), Kjv.triplets(counts));
        double sk = Double.parseDouble(out.strip());
        System.out.printf(java.util.Locale.ROOT, "logistic regression 5-fold accuracy on KJV sections: Lede %.4f, scikit-learn %.4f%n",
                e.accuracy(), sk);
        assertTrue(Math.abs(e.accuracy() - sk) <= 0.02, "Lede " + e.accuracy() + " vs scikit-learn " + sk);
        TextClassifier lr = TextClassifier.train(counts, Kjv.corpus(), "section",
                ClassifierOptions.of(ClassifierMethod.LOGISTIC_REGRESSION));
        Table top = lr.topTerms(3);
        assertEquals(18, top.rowCount());
        List<String> pred = new ArrayList<>(lr.predict(counts).stringColumn(TextClassifier.PREDICTED).asList());
        assertEquals(pred, lr.predict(counts).stringColumn(TextClassifier.PREDICTED).asList());
        // the same model, to the bit, fitted on 1 and on 3 threads
        for (int threads : new int[] {1, 3}) {
            TextClassifier again = TextClassifier.train(counts.withParallelism(Parallelism.of(threads)), Kjv.corpus(),
                    "section", ClassifierOptions.of(ClassifierMethod.LOGISTIC_REGRESSION));
            assertEquals(top.doubleColumn(TextClassifier.WEIGHT).asList(),
                    again.topTerms(3).doubleColumn(TextClassifier.WEIGHT).asList(), "threads " + threads);
        }
        assertEquals(e.predictions().stringColumn(Evaluation.PREDICTED).asList(),
                Evaluation.crossValidate(counts.withParallelism(Parallelism.of(3)), Kjv.corpus(), "section",
                        ClassifierOptions.of(ClassifierMethod.LOGISTIC_REGRESSION), 5, 42)
                        .predictions().stringColumn(Evaluation.PREDICTED).asList());
    }
}
