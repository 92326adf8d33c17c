package dev.lede.spark;

import dev.lede.corpus.Corpus;
import dev.lede.corpus.TermFrequencies;
import dev.lede.corpus.Tokens;
import dev.lede.text.Stopwords;
import dev.lede.vectors.DocumentTermMatrix;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/**
 * Checks a Spark cluster against this machine: counts and TF-IDF of a corpus computed by the
 * cluster's executors must equal the single-machine results (weights to 1e-12). Run with
 * spark-submit (the master comes from {@code --master}); scripts/spark-cluster.sh runs it on a
 * standalone cluster of two workers on 127.0.0.1. Prints one line per check and exits with 1 when
 * one differs.
 *
 * <pre>
 * spark-submit --master spark://host:7077 --jars analysis-lib.jar --class dev.lede.spark.ClusterCheck \
 *     lede-spark.jar data/putin-pyongyang-2024 [lines.txt]
 * </pre>
 */
public final class ClusterCheck {

    private final List<String> failures = new ArrayList<>();

    private ClusterCheck() {
    }

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: ClusterCheck CORPUS_FOLDER [LINES_FILE]");
            System.exit(2);
        }
        LedeSpark.quiet();
        SparkSession spark = SparkSession.builder().appName("lede cluster check")
                .config("spark.ui.showConsoleProgress", "false").getOrCreate();
        spark.sparkContext().setLogLevel("ERROR");
        ClusterCheck c = new ClusterCheck();
        try {
            System.out.println("cluster: " + spark.sparkContext().master());
            Path folder = Path.of(args[0]);
            Corpus seed = Corpus.load(folder);
            SparkCorpus distributed = SparkCorpus.of(spark, seed, 4);
            Tokens words = seed.tokens().removeStopwords(Stopwords.forLanguages());
            SparkTokens sparkWords = distributed.tokens().removeStopwords(Stopwords.forLanguages());
            c.frequencies("corpus " + folder.getFileName() + ": term counts", words.frequencies(),
                    sparkWords.frequencies());
            c.matrix("corpus " + folder.getFileName() + ": TF-IDF", DocumentTermMatrix.of(words),
                    sparkWords.matrix().toMatrix());
            Corpus files = Corpus.fromFolder(folder);
            SparkCorpus read = SparkCorpus.fromTextFiles(spark, folder.toAbsolutePath().toString());
            c.frequencies("files of " + folder.getFileName() + " read by the executors: term counts",
                    files.tokens().frequencies(), read.tokens().frequencies());
            if (args.length > 1) {
                Path lines = Path.of(args[1]);
                SparkCorpus sparkLines = SparkCorpus.fromLines(spark, lines.toAbsolutePath().toString());
                c.frequencies(lines.getFileName() + ": term counts", Tokens.ofLines(lines).frequencies(),
                        sparkLines.tokens().frequencies());
                c.matrix(lines.getFileName() + ": TF-IDF", DocumentTermMatrix.of(Tokens.ofLines(lines)),
                        sparkLines.tokens().matrix().toMatrix());
            }
            // the executors that ran the jobs (the status tracker lists the driver too)
            System.out.println("executors: " + (spark.sparkContext().statusTracker().getExecutorInfos().length - 1));
        } finally {
            spark.stop();
        }
        if (!c.failures.isEmpty()) {
            System.out.println("cluster check: " + c.failures.size() + " differences: " + c.failures);
            System.exit(1);
        }
        System.out.println("cluster check: every result equals the single-machine one");
    }

    private void frequencies(String what, TermFrequencies expected, TermFrequencies actual) {
        boolean same = expected.entries().equals(actual.entries()) && expected.totalTokens() == actual.totalTokens()
                && expected.documents() == actual.documents();
        report(what, same, expected.vocabularySize() + " terms, " + expected.totalTokens() + " tokens, "
                + expected.documents() + " documents");
    }

    private void matrix(String what, DocumentTermMatrix expected, DocumentTermMatrix actual) {
        boolean same = expected.ids().equals(actual.ids()) && expected.terms().equals(actual.terms())
                && expected.nonZeros() == actual.nonZeros();
        double worst = 0;
        for (int r = 0; same && r < expected.rows(); r++) {
            int[] ce = expected.rowColumns(r);
            int[] ca = actual.rowColumns(r);
            same = java.util.Arrays.equals(ce, ca);
            double[] we = expected.rowWeights(r);
            double[] wa = actual.rowWeights(r);
            for (int i = 0; same && i < we.length; i++) {
                worst = Math.max(worst, Math.abs(we[i] - wa[i]));
            }
        }
        same &= worst <= 1e-12;
        report(what, same, expected.rows() + " x " + expected.columns() + ", " + expected.nonZeros()
                + " non-zero cells, largest weight difference " + worst);
    }

    private void report(String what, boolean same, String detail) {
        System.out.println((same ? "same    " : "DIFFERS ") + what + " (" + detail + ")");
        if (!same) {
            failures.add(what);
        }
    }
}
