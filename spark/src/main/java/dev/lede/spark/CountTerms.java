package dev.lede.spark;

import dev.lede.corpus.TermFrequencies;
import dev.lede.text.Stopwords;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;

/**
 * A counting job for spark-submit (scripts/lede-spark.sh wraps it): the term frequencies of a
 * corpus on the cluster, each document's language's stopwords removed (English for documents
 * without one), written as a CSV with the columns of {@link TermFrequencies#table()}.
 *
 * <p>Usage: CountTerms INPUT OUTPUT.csv, where INPUT is a folder of .txt/.md files, a .csv,
 * .jsonl or .parquet file or folder ({@link SparkCorpus}'s readers), or any other file of one
 * document per line.
 */
public final class CountTerms {

    private CountTerms() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: CountTerms INPUT OUTPUT.csv");
            System.exit(2);
        }
        LedeSpark.quiet();
        SparkSession spark = SparkSession.builder().appName("lede count").getOrCreate();
        spark.sparkContext().setLogLevel("ERROR");
        try {
            String in = args[0];
            String lower = in.toLowerCase(Locale.ROOT).replaceAll("/+$", "");
            SparkCorpus corpus;
            if (lower.endsWith(".csv") || lower.endsWith(".tsv")) {
                corpus = SparkCorpus.fromCsv(spark, in);
            } else if (lower.endsWith(".jsonl") || lower.endsWith(".json")) {
                corpus = SparkCorpus.fromJsonLines(spark, in);
            } else if (lower.endsWith(".parquet")) {
                corpus = SparkCorpus.fromParquet(spark, in);
            } else if (java.nio.file.Files.isDirectory(java.nio.file.Path.of(in))) {
                corpus = SparkCorpus.fromTextFiles(spark, in);
            } else {
                corpus = SparkCorpus.fromLines(spark, in);
            }
            long t0 = System.nanoTime();
            TermFrequencies f = corpus.tokens()
                    .removeStopwords(Stopwords.forLanguages(Stopwords.of(dev.lede.text.Language.ENGLISH)))
                    .frequencies();
            f.table().write().csv(args[1]);
            System.out.printf(Locale.ROOT, "%s: %d documents, %d tokens, %d terms in %.1f s -> %s%n", in, f.documents(),
                    f.totalTokens(), f.vocabularySize(), (System.nanoTime() - t0) / 1e9, args[1]);
        } finally {
            spark.stop();
        }
    }
}
