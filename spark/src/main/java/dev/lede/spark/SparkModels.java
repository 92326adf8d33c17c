package dev.lede.spark;

import dev.lede.topics.LatentTopics;
import dev.lede.vectors.Clustering;
import dev.lede.vectors.DocumentTermMatrix;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.ml.clustering.KMeans;
import org.apache.spark.ml.clustering.KMeansModel;
import org.apache.spark.ml.clustering.LDA;
import org.apache.spark.ml.clustering.LDAModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Clusters and topics of a corpus on Spark, with Spark ML's own algorithms on Lede's matrices:
 * spherical k-means ({@link KMeans} with cosine distance on the TF-IDF rows of a
 * {@link SparkMatrix}) and latent Dirichlet allocation ({@link LDA}, online variational Bayes, on
 * the count rows). Seeded, so a rerun on the same partitions gives the same result; the results
 * are not the single-machine {@code KMeansClustering} and {@code LatentTopics} ones (other
 * initialisations and algorithms), and come back as tables with their column names.
 *
 * <pre>{@code
 * SparkTokens words = corpus.tokens().removeStopwords(Stopwords.forLanguages());
 * SparkModels.kmeans(words.matrix(), 5, 42);     // document, cluster
 * SparkModels.topics(words, 5, 10, 42);          // topic, rank, term, weight
 * }</pre>
 */
public final class SparkModels {

    private SparkModels() {
    }

    /**
     * Spherical k-means: {@code k} clusters of the matrix's rows by cosine distance, at most 20
     * iterations, seeded. Columns {@value Clustering#DOCUMENT}, {@value Clustering#CLUSTER}
     * (1..k, numbered in the order of each cluster's first document in the corpus); rows sorted by
     * cluster, then document. Documents without terms have no direction and are left out.
     */
    public static Table kmeans(SparkMatrix matrix, int k, long seed) {
        Objects.requireNonNull(matrix, "matrix");
        if (k < 2) {
            throw new IllegalArgumentException("k = " + k + ": give at least 2 clusters");
        }
        Dataset<Row> rows = matrix.rows().filter(
                org.apache.spark.sql.functions.udf((org.apache.spark.sql.api.java.UDF1<org.apache.spark.ml.linalg.Vector,
                        Boolean>) v -> v.numNonzeros() > 0, org.apache.spark.sql.types.DataTypes.BooleanType)
                        .apply(org.apache.spark.sql.functions.col(SparkMatrix.FEATURES)));
        KMeansModel model = Jobs.run(() -> new KMeans().setK(k).setSeed(seed).setMaxIter(20)
                .setDistanceMeasure("cosine").setFeaturesCol(SparkMatrix.FEATURES).setPredictionCol("prediction")
                .fit(rows));
        List<Row> assigned = Jobs.run(() -> model.transform(rows)
                .select(SparkMatrix.INDEX, SparkMatrix.DOCUMENT, "prediction").collectAsList());
        List<Row> byIndex = new ArrayList<>(assigned);
        byIndex.sort(Comparator.comparingLong(r -> r.getLong(0)));
        Map<Integer, Integer> number = new HashMap<>();
        for (Row r : byIndex) {
            number.putIfAbsent(r.getInt(2), number.size() + 1);
        }
        byIndex.sort(Comparator.comparingInt((Row r) -> number.get(r.getInt(2))).thenComparing(r -> r.getString(1)));
        StringColumn doc = StringColumn.create(Clustering.DOCUMENT);
        IntColumn cluster = IntColumn.create(Clustering.CLUSTER);
        for (Row r : byIndex) {
            doc.append(r.getString(1));
            cluster.append(number.get(r.getInt(2)));
        }
        return Table.create("clustering (Spark k-means, cosine)", doc, cluster);
    }

    /**
     * {@code k} latent Dirichlet allocation topics of the tokens' counts (terms in at least two
     * documents), 20 online iterations over all documents, seeded: the {@code n} terms of largest weight per topic.
     * Columns {@value LatentTopics#TOPIC} (1..k), {@value LatentTopics#RANK}, {@value LatentTopics#TERM},
     * {@value LatentTopics#WEIGHT} (the term's probability in the topic).
     */
    public static Table topics(SparkTokens tokens, int k, int n, long seed) {
        Objects.requireNonNull(tokens, "tokens");
        if (k < 2 || n < 1) {
            throw new IllegalArgumentException("k = " + k + ", n = " + n + ": give at least 2 topics and 1 term");
        }
        SparkMatrix counts = tokens.matrix(DocumentTermMatrix.Options.builder()
                .weighting(DocumentTermMatrix.Weighting.COUNT).minDocumentFrequency(2).build());
        Dataset<Row> rows = counts.rows();
        LDAModel model = Jobs.run(() -> new LDA().setK(k).setSeed(seed).setMaxIter(20).setOptimizer("online")
                .setSubsamplingRate(1.0)
                .setFeaturesCol(SparkMatrix.FEATURES).fit(rows));
        List<Row> described = model.describeTopics(n).orderBy("topic").collectAsList();
        IntColumn topic = IntColumn.create(LatentTopics.TOPIC);
        IntColumn rank = IntColumn.create(LatentTopics.RANK);
        StringColumn term = StringColumn.create(LatentTopics.TERM);
        DoubleColumn weight = DoubleColumn.create(LatentTopics.WEIGHT);
        List<String> vocabulary = counts.terms();
        for (Row r : described) {
            List<Integer> terms = r.getList(1);
            List<Double> weights = r.getList(2);
            for (int i = 0; i < terms.size(); i++) {
                topic.append(r.getInt(0) + 1);
                rank.append(i + 1);
                term.append(vocabulary.get(terms.get(i)));
                weight.append(weights.get(i));
            }
        }
        return Table.create("top terms per topic (Spark LDA)", topic, rank, term, weight);
    }
}
