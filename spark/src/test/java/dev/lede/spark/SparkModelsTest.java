package dev.lede.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.corpus.Corpus;
import dev.lede.corpus.Document;
import dev.lede.vectors.Clustering;
import dev.lede.vectors.DocumentTermMatrix;
import dev.lede.vectors.KMeansClustering;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * Spark ML's cosine k-means and LDA on Lede's matrices: on three planted topics of separate
 * vocabularies both find the topics; k-means partitions the documents as the single-machine
 * spherical k-means does.
 */
class SparkModelsTest {

    static SparkSession spark;
    static final String[][] TOPICS = {
        {"summit", "treaty", "pact", "leaders", "alliance", "signed"},
        {"harvest", "wheat", "farmers", "drought", "grain", "rain"},
        {"goal", "match", "league", "striker", "coach", "season"}};

    @BeforeAll
    static void start() {
        spark = LedeSpark.local("local[2]", 4);
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    static Corpus planted() {
        Random r = new Random(3);
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < 90; i++) {
            String[] words = TOPICS[i % 3];
            StringBuilder b = new StringBuilder();
            for (int k = 0; k < 30; k++) {
                b.append(words[r.nextInt(words.length)]).append(' ');
            }
            docs.add(Document.of(String.format("d%02d", i), b.toString()));
        }
        return Corpus.of(docs);
    }

    @Test
    void kmeansFindsThePlantedTopicsAsSingleMachine() {
        Corpus c = planted();
        Table spark3 = SparkModels.kmeans(SparkCorpus.of(spark, c, 3).tokens().matrix(), 3, 42);
        assertEquals(List.of(Clustering.DOCUMENT, Clustering.CLUSTER), spark3.columnNames());
        Map<String, Integer> cluster = new HashMap<>();
        for (int i = 0; i < spark3.rowCount(); i++) {
            cluster.put(spark3.stringColumn(0).get(i), spark3.intColumn(1).get(i));
        }
        // numbered by first document: d00 is in 1, d01 in 2, d02 in 3, and every third document alike
        for (int i = 0; i < 90; i++) {
            assertEquals(i % 3 + 1, cluster.get(String.format("d%02d", i)), "d" + i);
        }
        Clustering single = KMeansClustering.of(DocumentTermMatrix.of(c.tokens()), 3, 42).clustering();
        for (int i = 0; i < 90; i++) {
            assertEquals(single.cluster(String.format("d%02d", i)) == single.cluster("d00"),
                    cluster.get(String.format("d%02d", i)) == 1);
        }
    }

    @Test
    void ldaTopicsAreThePlantedVocabularies() {
        Table t = SparkModels.topics(SparkCorpus.of(spark, planted(), 3).tokens(), 3, 4, 7);
        assertEquals(12, t.rowCount());
        for (int topic = 1; topic <= 3; topic++) {
            List<String> top = new ArrayList<>();
            for (int i = 0; i < t.rowCount(); i++) {
                if (t.intColumn("topic").get(i) == topic) {
                    top.add(t.stringColumn("term").get(i));
                }
            }
            boolean oneVocabulary = false;
            for (String[] words : TOPICS) {
                oneVocabulary |= Set.of(words).containsAll(top);
            }
            assertTrue(oneVocabulary, "topic " + topic + " mixes vocabularies: " + top);
        }
    }
}
