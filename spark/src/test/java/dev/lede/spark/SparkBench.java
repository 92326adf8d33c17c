package dev.lede.spark;

import dev.lede.corpus.Parallelism;
import dev.lede.corpus.TermFrequencies;
import dev.lede.corpus.Tokens;
import dev.lede.vectors.DocumentTermMatrix;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.feature.CountVectorizer;
import org.apache.spark.ml.feature.CountVectorizerModel;
import org.apache.spark.ml.feature.IDF;
import org.apache.spark.ml.feature.RegexTokenizer;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark rows of {@code make bench} (scripts/spark-bench.sh): on one file of one document per
 * line, in one JVM and one run, Lede on Spark against Spark ML's own RegexTokenizer +
 * CountVectorizer + IDF pipeline on local[2], Lede on Spark against Lede on this machine alone (2
 * threads), and Lede on Spark on local[1] against local[2]. Each timing is the median of
 * {@code reps} runs after one warm-up run on a small file; prints a Markdown table and writes CSV.
 *
 * <p>Usage: SparkBench FILE SMALL_FILE OUT.csv [reps]
 */
public final class SparkBench {

    /** scripts/bench_sklearn.py's token pattern without its trailing possessive (RegexTokenizer keeps whole matches). */
    static final String L = "[^\\W\\d_]";
    static final String SEG = "\\w+(?:(?<=" + L + ")(?:[.:]|'(?![sS](?!\\w)))(?=" + L + ")\\w+|(?<=\\d)[.,;'](?=\\d)\\w+)*";
    static final String TOKEN_PATTERN = SEG + "(?:-" + SEG + ")*";

    record Row2(String task, String mode, double seconds, double min, double max, double cpu, String note) {
    }

    /** CPU seconds of this process (all threads) spent by the last {@link #time} call's runs, per run. */
    static double lastCpu;

    static double cpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        Path small = Path.of(args[1]);
        Path csv = Path.of(args[2]);
        int reps = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        List<Row2> rows = new ArrayList<>();
        String name = file.getFileName().toString();

        // Lede on one machine, 2 threads (the peer for Spark's overhead)
        Parallelism two = Parallelism.of(2);
        time(() -> Tokens.ofLines(small).withParallelism(two).frequencies().vocabularySize(), 1);
        double[] singleCount = time(() -> Tokens.ofLines(file).withParallelism(two).frequencies().vocabularySize(), reps);
        double countCpu = lastCpu;
        TermFrequencies singleF = Tokens.ofLines(file).withParallelism(two).frequencies();
        double[] singleTfidf = time(() -> DocumentTermMatrix.of(Tokens.ofLines(file).withParallelism(two)).nonZeros(), reps);
        double tfidfCpu = lastCpu;
        rows.add(new Row2("count", "Lede, one machine, 2 threads", median(singleCount), min(singleCount), max(singleCount),
                countCpu, singleF.vocabularySize() + " terms"));
        rows.add(new Row2("tfidf", "Lede, one machine, 2 threads", median(singleTfidf), min(singleTfidf), max(singleTfidf), tfidfCpu, ""));
        System.gc();

        for (String master : List.of("local[2]", "local[1]")) {
            SparkSession spark = LedeSpark.local(master, master.equals("local[2]") ? 4 : 2);
            time(() -> SparkCorpus.fromLines(spark, small.toString()).tokens().frequencies().vocabularySize(), 1);
            double[] count = time(() -> SparkCorpus.fromLines(spark, file.toString()).tokens().frequencies()
                    .vocabularySize(), reps);
            double sparkCountCpu = lastCpu;
            TermFrequencies f = SparkCorpus.fromLines(spark, file.toString()).tokens().frequencies();
            String same = f.entries().equals(singleF.entries()) ? "equal to one machine" : "DIFFERS from one machine";
            rows.add(new Row2("count", "Lede on Spark " + master, median(count), min(count), max(count),
                    sparkCountCpu, f.vocabularySize() + " terms, " + same));
            double[] tfidf = time(() -> nonZeros(SparkCorpus.fromLines(spark, file.toString()).tokens().matrix()), reps);
            rows.add(new Row2("tfidf", "Lede on Spark " + master, median(tfidf), min(tfidf), max(tfidf), lastCpu, ""));
            if (master.equals("local[2]")) {
                time(() -> sparkMl(spark, small.toString())[0], 1);
                long[] vocabulary = new long[1];
                double[] ml = time(() -> {
                    long[] r = sparkMl(spark, file.toString());
                    vocabulary[0] = r[1];
                    return r[0];
                }, reps);
                rows.add(new Row2("tfidf", "Spark ML RegexTokenizer+CountVectorizer+IDF " + master, median(ml), min(ml),
                        max(ml), lastCpu, vocabulary[0] + " terms"));
            }
            spark.stop();
        }

        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(csv, StandardCharsets.UTF_8))) {
            w.println("task,corpus,mode,seconds,min_s,max_s,cpu_s,reps,note");
            for (Row2 r : rows) {
                w.printf(Locale.ROOT, "%s,%s,\"%s\",%.3f,%.3f,%.3f,%.3f,%d,\"%s\"%n", r.task(), name, r.mode(), r.seconds(),
                        r.min(), r.max(), r.cpu(), reps, r.note());
            }
        }
        System.out.println("| task | corpus | mode | seconds (median, min-max) | CPU seconds | note |");
        System.out.println("|---|---|---|---|---|---|");
        for (Row2 r : rows) {
            System.out.printf(Locale.ROOT, "| %s | %s | %s | %.2f (%.2f-%.2f) | %.1f | %s |%n", r.task(), name,
                    r.mode(), r.seconds(), r.min(), r.max(), r.cpu(), r.note());
        }
    }

    /** Forces the weighting of every row: the number of non-zero cells. */
    static long nonZeros(SparkMatrix m) {
        return m.vectors().map(t -> (long) t._2()._2().indices().length).fold(0L, Long::sum);
    }

    /** Spark ML's pipeline fitted and applied: {non-zero cells, vocabulary size}. */
    static long[] sparkMl(SparkSession spark, String path) {
        Dataset<Row> lines = spark.read().option("lineSep", "\n").text(path);
        RegexTokenizer tok = new RegexTokenizer().setInputCol("value").setOutputCol("tokens").setGaps(false)
                .setPattern(TOKEN_PATTERN).setToLowercase(true).setMinTokenLength(1);
        CountVectorizer cv = new CountVectorizer().setInputCol("tokens").setOutputCol("counts").setVocabSize(1 << 24);
        IDF idf = new IDF().setInputCol("counts").setOutputCol("tfidf");
        PipelineModel model = new Pipeline().setStages(new PipelineStage[] {tok, cv, idf}).fit(lines);
        long cells = model.transform(lines).select("tfidf").javaRDD()
                .map(r -> (long) ((Vector) r.get(0)).numNonzeros()).fold(0L, Long::sum);
        long vocabulary = ((CountVectorizerModel) model.stages()[1]).vocabulary().length;
        return new long[] {cells, vocabulary};
    }

    static double[] time(Supplier<?> task, int reps) {
        double[] s = new double[reps];
        for (int i = 0; i < reps; i++) {
            long t0 = System.nanoTime();
            double c0 = cpuSeconds();
            task.get();
            s[i] = (System.nanoTime() - t0) / 1e9;
            lastCpu = (i == 0 ? 0 : lastCpu) + (cpuSeconds() - c0) / reps;
        }
        return s;
    }

    static double median(double[] x) {
        double[] c = x.clone();
        Arrays.sort(c);
        return c.length % 2 == 1 ? c[c.length / 2] : (c[c.length / 2 - 1] + c[c.length / 2]) / 2;
    }

    static double min(double[] x) {
        return Arrays.stream(x).min().orElse(0);
    }

    static double max(double[] x) {
        return Arrays.stream(x).max().orElse(0);
    }
}
