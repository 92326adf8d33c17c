package dev.lede.spark;

import java.util.Objects;
import org.apache.spark.sql.SparkSession;

/**
 * Spark sessions for Lede: {@link #local()} on this machine's cores for a notebook or a test,
 * {@link #connect(String)} to a cluster's master. Spark's own logging is set to errors only, so
 * a notebook shows results, not Spark's progress lines (a progress display can listen to the
 * session's {@code sparkContext().statusTracker()}); the web UI is off in local mode.
 *
 * <pre>{@code
 * SparkSession spark = LedeSpark.local();                          // local[*], created once
 * SparkSession cluster = LedeSpark.connect("spark://host:7077");   // a standalone cluster
 * }</pre>
 */
public final class LedeSpark {

    private static volatile SparkSession local;

    private LedeSpark() {
    }

    /** One local session on all cores of this machine, created on the first call. */
    public static SparkSession local() {
        SparkSession s = local;
        if (s == null || s.sparkContext().isStopped()) {
            synchronized (LedeSpark.class) {
                s = local;
                if (s == null || s.sparkContext().isStopped()) {
                    s = local("local[*]", 4);
                    local = s;
                }
            }
        }
        return s;
    }

    /**
     * A local session on {@code master} ({@code local[2]}: two threads) with
     * {@code shufflePartitions} partitions after a shuffle: for tests and benchmarks.
     */
    public static SparkSession local(String master, int shufflePartitions) {
        Objects.requireNonNull(master, "master");
        quiet();
        SparkSession s = SparkSession.builder()
                .appName("lede")
                .master(master)
                .config("spark.ui.enabled", "false")
                .config("spark.ui.showConsoleProgress", "false")
                .config("spark.sql.shuffle.partitions", Integer.toString(shufflePartitions))
                .config("spark.default.parallelism", Integer.toString(Math.max(2, shufflePartitions)))
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.session.timeZone", "UTC")
                .getOrCreate();
        s.sparkContext().setLogLevel("ERROR");
        SparkProgress.attach(s.sparkContext());
        return s;
    }

    /**
     * A session on a cluster: {@code master} is its URL ({@code spark://host:7077}, {@code yarn},
     * {@code k8s://...}); the executors need Lede's jars (spark-submit's {@code --jars}, or
     * {@code spark.jars}).
     */
    public static SparkSession connect(String master) {
        Objects.requireNonNull(master, "master");
        quiet();
        SparkSession s = SparkSession.builder().appName("lede").master(master)
                .config("spark.ui.showConsoleProgress", "false")
                .config("spark.sql.session.timeZone", "UTC")
                .getOrCreate();
        s.sparkContext().setLogLevel("ERROR");
        SparkProgress.attach(s.sparkContext());
        return s;
    }

    /**
     * Spark's, Hadoop's and every other logger at errors only, to standard error, before the first
     * session logs its start (Spark installs its own INFO profile only when log4j has no
     * configuration). A log4j configuration of the user's own (a file, a cluster's) is left alone.
     */
    static synchronized void quiet() {
        // where SLF4J's simple provider comes first on the class path (the Lede kernel's user JVM),
        // Spark logs through it: its loggers read their level from these properties when made
        for (String logger : new String[] {"org.apache.spark", "org.apache.hadoop", "org.sparkproject", "org.apache.parquet"}) {
            String key = "org.slf4j.simpleLogger.log." + logger;
            if (System.getProperty(key) == null) {
                System.setProperty(key, "error");
            }
        }
        var context = (org.apache.logging.log4j.core.LoggerContext) org.apache.logging.log4j.LogManager.getContext(false);
        if (!(context.getConfiguration() instanceof org.apache.logging.log4j.core.config.DefaultConfiguration)) {
            return;
        }
        var b = org.apache.logging.log4j.core.config.builder.api.ConfigurationBuilderFactory.newConfigurationBuilder();
        b.setStatusLevel(org.apache.logging.log4j.Level.ERROR);
        // the threshold is on the appender, not the root logger: Spark takes a root logger at ERROR
        // with one appender for log4j's unconfigured state and would install its INFO profile
        b.add(b.newAppender("stderr", "Console").addAttribute("target", "SYSTEM_ERR")
                .add(b.newFilter("ThresholdFilter", org.apache.logging.log4j.core.Filter.Result.ACCEPT,
                        org.apache.logging.log4j.core.Filter.Result.DENY).addAttribute("level", "ERROR"))
                .add(b.newLayout("PatternLayout").addAttribute("pattern", "%p %c{1}: %m%n")));
        b.add(b.newRootLogger(org.apache.logging.log4j.Level.WARN).add(b.newAppenderRef("stderr")));
        // a task failing on bad input: the caller gets Lede's error (Jobs), not the executor's trace too
        b.add(b.newLogger("org.apache.spark.executor.Executor", org.apache.logging.log4j.Level.OFF));
        b.add(b.newLogger("org.apache.spark.scheduler.TaskSetManager", org.apache.logging.log4j.Level.OFF));
        org.apache.logging.log4j.core.config.Configurator.reconfigure(b.build());
    }
}
