package dev.lede.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.progress.Progress;
import dev.lede.progress.ProgressListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A Spark job reported as Lede progress by the listener LedeSpark's sessions carry. */
class SparkProgressTest {

    static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = LedeSpark.local("local[2]", 4);
    }

    @AfterAll
    static void stop() {
        Progress.listenWith(null);
        spark.stop();
    }

    @Test
    void aJobIsOneProgressOfItsTasks() throws InterruptedException {
        List<Progress.State> begun = new CopyOnWriteArrayList<>();
        List<Progress.State> ended = new CopyOnWriteArrayList<>();
        Progress.listenWith(new ProgressListener() {
            @Override
            public void begin(Progress.State s) {
                begun.add(s);
            }

            @Override
            public void update(Progress.State s) {
            }

            @Override
            public void end(Progress.State s) {
                ended.add(s);
            }
        }, 0);
        // attaching again (as a second LedeSpark.local() would) must not report the job twice
        SparkProgress.attach(spark.sparkContext());
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        long n = jsc.parallelize(IntStream.range(0, 1000).boxed().toList(), 4).map(i -> i * 2).count();
        assertEquals(1000, n);
        // Spark calls listeners on its own thread, after the job has returned here
        for (int i = 0; i < 100 && ended.isEmpty(); i++) {
            Thread.sleep(50);
        }
        assertEquals(1, ended.size(), ended.toString());
        Progress.State end = ended.get(0);
        assertTrue(end.label().startsWith("Spark job "), end.label());
        assertEquals(Progress.Unit.TASKS, end.unit());
        assertEquals(4, end.total());
        assertEquals(4, end.done());
        assertEquals("1 of 1 stages", end.note());
        assertTrue(end.ended());
        assertEquals(1, begun.size());
    }
}
