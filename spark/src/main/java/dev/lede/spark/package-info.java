/**
 * Lede's analyses on Apache Spark, with the results of the single-machine path: a
 * {@link dev.lede.spark.SparkCorpus} read by the executors (text files, CSV, JSON Lines, Parquet,
 * lines) or distributed from a {@link dev.lede.corpus.Corpus}; its {@link dev.lede.spark.SparkTokens}
 * give the same {@code TermFrequencies}, {@code Keyness} and (through {@link dev.lede.spark.SparkMatrix})
 * TF-IDF as one machine; {@link dev.lede.spark.SparkReuse} the same shared passages;
 * {@link dev.lede.spark.SparkModels} Spark ML's k-means and LDA on Lede's matrices.
 *
 * <pre>{@code
 * SparkSession spark = LedeSpark.local();
 * SparkTokens words = SparkCorpus.fromCsv(spark, "wire.csv").tokens().removeStopwords(Stopwords.forLanguages());
 * words.frequencies().top(20);
 * }</pre>
 */
package dev.lede.spark;
