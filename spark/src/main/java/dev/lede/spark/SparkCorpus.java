package dev.lede.spark;

import dev.lede.corpus.Corpus;
import dev.lede.corpus.CsvOptions;
import dev.lede.corpus.Document;
import dev.lede.corpus.LoadOptions;
import dev.lede.text.Tokenizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * A corpus spread over a Spark cluster: the documents of a folder of text files, a CSV, JSON Lines
 * or Parquet files, or of a {@link Corpus} loaded on this machine, as an RDD that Spark's
 * executors work on. {@link #tokens()} leads to the distributed counts, keyness and TF-IDF, which
 * equal the single-machine results. Immutable; nothing is read until a result is asked for,
 * except the checks that need the whole input (duplicate ids).
 *
 * <p>The readers keep the single-machine loaders' rules: a text file's id is its name without the
 * extension and it is decoded as {@code Corpus.fromFolder} decodes it (UTF-8 or UTF-16 with a BOM;
 * invalid UTF-8 is an error naming the file and byte offset; title and language as there); a
 * table's text is in column {@code text} (or {@link CsvOptions#textColumn()}), its id in
 * {@code id} if there is one (else the row number, 1 = first row), every other column is metadata
 * ({@code kind} and {@code published} checked), a Parquet or JSON {@code metadata} column of
 * string pairs adds its pairs. An empty id, a repeated id or a bad metadata value is an
 * {@link IllegalArgumentException} naming the file and row; the input is never written to.
 *
 * <pre>{@code
 * SparkSession spark = LedeSpark.local();
 * SparkCorpus wire = SparkCorpus.fromParquet(spark, "hdfs:///archive/wire-2024");
 * wire.tokens().removeStopwords(Stopwords.of(Language.ENGLISH)).frequencies().top(20);
 * SparkCorpus seed = SparkCorpus.of(spark, Corpus.load(Path.of("data/putin-pyongyang-2024")), 4);
 * }</pre>
 */
public final class SparkCorpus {

    /** Metadata column of Parquet and JSON Lines input holding string pairs. */
    public static final String METADATA = "metadata";

    private static final String FILE = "__lede_file";

    private final SparkSession spark;
    private final JavaRDD<Doc> docs;
    private final String shown;

    private SparkCorpus(SparkSession spark, JavaRDD<Doc> docs, String shown) {
        this.spark = spark;
        this.docs = docs;
        this.shown = shown;
    }

    /** The documents of {@code corpus}, in {@code partitions} slices. */
    public static SparkCorpus of(SparkSession spark, Corpus corpus, int partitions) {
        Objects.requireNonNull(spark, "spark");
        Objects.requireNonNull(corpus, "corpus");
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions " + partitions + " < 1: give 1 or more");
        }
        List<Doc> list = new ArrayList<>(corpus.size());
        for (int i = 0; i < corpus.size(); i++) {
            list.add(Doc.of(i, corpus.document(i)));
        }
        JavaRDD<Doc> rdd = JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(list, partitions);
        return new SparkCorpus(spark, rdd, "corpus");
    }

    /** The documents of {@code corpus}, in Spark's default number of slices. */
    public static SparkCorpus of(SparkSession spark, Corpus corpus) {
        return of(spark, corpus, spark.sparkContext().defaultParallelism());
    }

    /** Every .txt and .md file directly in {@code folder} (any Hadoop path: local, hdfs://, s3a://). */
    public static SparkCorpus fromTextFiles(SparkSession spark, String folder) {
        return fromTextFiles(spark, folder, LoadOptions.defaults());
    }

    /**
     * Every .txt and .md file directly in {@code folder}, one document each, in file-name order,
     * read by the executors. Files whose names start with {@code .} or {@code _} are skipped (as
     * Spark's own readers do); a PDF, Word or web page in the folder is an error (load such a
     * folder with {@code Corpus.load} and distribute it with {@link #of(SparkSession, Corpus, int)}).
     */
    public static SparkCorpus fromTextFiles(SparkSession spark, String folder, LoadOptions options) {
        Objects.requireNonNull(spark, "spark");
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(options, "options");
        org.apache.hadoop.fs.Path dir = new org.apache.hadoop.fs.Path(folder);
        List<String> names = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        try {
            FileSystem fs = dir.getFileSystem(spark.sparkContext().hadoopConfiguration());
            if (!fs.getFileStatus(dir).isDirectory()) {
                throw new IllegalArgumentException("'" + folder + "' is not a folder: give the folder that holds the"
                        + " .txt and .md files");
            }
            FileStatus[] listed = fs.listStatus(dir);
            java.util.Arrays.sort(listed, Comparator.comparing(s -> s.getPath().getName()));
            Map<String, String> ids = new HashMap<>();
            for (FileStatus s : listed) {
                String name = s.getPath().getName();
                if (!s.isFile() || name.startsWith(".") || name.startsWith("_")) {
                    continue;
                }
                String lower = name.toLowerCase(Locale.ROOT);
                if (lower.matches(".*\\.(html?|pdf|docx|odt|rtf|eml|mbox)")) {
                    throw new IllegalArgumentException("'" + name + "' in folder '" + folder + "': Spark reads .txt and"
                            + " .md files; load a folder with other formats with Corpus.load and distribute it with"
                            + " SparkCorpus.of(spark, corpus, partitions)");
                }
                if (!lower.endsWith(".txt") && !lower.endsWith(".md")) {
                    continue;
                }
                String id = name.substring(0, name.lastIndexOf('.'));
                String previous = ids.putIfAbsent(id, name);
                if (previous != null) {
                    throw new IllegalArgumentException("files '" + previous + "' and '" + name + "' in folder '" + folder
                            + "' both give document id '" + id + "': rename one of them");
                }
                names.add(name);
                paths.add(s.getPath().toString());
            }
        } catch (java.io.FileNotFoundException e) {
            throw new UncheckedIOException("folder '" + folder + "' not found: give the folder that holds the .txt and"
                    + " .md files", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list folder '" + folder + "': " + e.getMessage(), e);
        }
        if (names.isEmpty()) {
            throw new IllegalArgumentException("folder '" + folder + "' has no .txt or .md files");
        }
        Map<String, Long> order = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            order.put(names.get(i), (long) i);
        }
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Broadcast<Map<String, Long>> index = jsc.broadcast(order);
        boolean lenient = options.lenientUtf8();
        boolean dropControl = options.dropControlCharacters();
        int slices = Math.max(1, Math.min(names.size(), jsc.defaultParallelism() * 4));
        JavaRDD<Doc> rdd = jsc.binaryFiles(String.join(",", paths), slices).map(file -> {
            String name = new org.apache.hadoop.fs.Path(file._1()).getName();
            LoadOptions o = LoadOptions.builder().lenientUtf8(lenient).dropControlCharacters(dropControl).build();
            Document d = Corpus.fromTextBytes(name, file._2().toArray(), o).document(0);
            return Doc.of(index.value().get(name), d);
        });
        return new SparkCorpus(spark, rdd, folder);
    }

    /**
     * A UTF-8 text file (or a folder of them) in which every line is one document, as
     * {@code Tokens.ofLines} reads one: lines end at {@code \n} only, the ids are the line
     * numbers from "1" (in file-name order across the files of a folder), invalid bytes become
     * U+FFFD. The file is split among the executors, never read whole.
     */
    public static SparkCorpus fromLines(SparkSession spark, String path) {
        Objects.requireNonNull(spark, "spark");
        Objects.requireNonNull(path, "path");
        Dataset<Row> lines = spark.read().option("lineSep", "\n").text(path);
        JavaRDD<Doc> rdd = lines.javaRDD().zipWithIndex().map(t -> new Doc(t._2(), Long.toString(t._2() + 1),
                t._1().getString(0), new java.util.TreeMap<>(), "line " + (t._2() + 1)));
        return new SparkCorpus(spark, rdd, path);
    }

    /** A CSV with one document per row, read with {@link CsvOptions#defaults()}. */
    public static SparkCorpus fromCsv(SparkSession spark, String path) {
        return fromCsv(spark, path, CsvOptions.defaults());
    }

    /**
     * A CSV (a file, or a folder of CSV files with the same header) with one document per row:
     * RFC 4180 quoting (fields in double quotes may hold the delimiter and line breaks, {@code ""}
     * is a quote), a header row, a UTF-8 byte-order mark ignored. A row that cannot be parsed
     * stops the job with Spark's parser message and the file.
     */
    public static SparkCorpus fromCsv(SparkSession spark, String path, CsvOptions options) {
        Objects.requireNonNull(options, "options");
        Dataset<Row> df = spark.read().option("header", "true").option("multiLine", "true")
                .option("quote", "\"").option("escape", "\"").option("mode", "FAILFAST")
                .option("encoding", "UTF-8").option("sep", String.valueOf(options.delimiter()))
                .option("inferSchema", "false").csv(path);
        String first = df.columns().length == 0 ? "" : df.columns()[0];
        if (first.startsWith("\uFEFF")) {
            df = df.withColumnRenamed(first, first.substring(1));
        }
        return fromTable(spark, df, path, options.textColumn(), options.idColumn().orElse(null), "row",
                options.delimiter() == '\t' ? dev.lede.corpus.Metadata.TSV : dev.lede.corpus.Metadata.CSV);
    }

    /** JSON Lines (one JSON object per line; a file or a folder of them). */
    public static SparkCorpus fromJsonLines(SparkSession spark, String path) {
        Dataset<Row> df = spark.read().option("primitivesAsString", "true").option("mode", "FAILFAST").json(path);
        return fromTable(spark, df, path, "text", null, "line", "jsonl");
    }

    /** Parquet files (a file or a folder of them) with columns id, text and metadata. */
    public static SparkCorpus fromParquet(SparkSession spark, String path) {
        return fromTable(spark, spark.read().parquet(path), path, "text", null, "row", "parquet");
    }

    /**
     * Documents from any table Spark can read: the text in {@code textColumn}, the id in
     * {@code idColumn} (null: column {@code id} if present, else the row number), every other
     * column metadata. {@code shown} names the input in messages.
     */
    public static SparkCorpus fromDataset(Dataset<Row> table, String shown, String textColumn, String idColumn) {
        Objects.requireNonNull(table, "table");
        return fromTable(table.sparkSession(), table, shown, textColumn, idColumn, "row", null);
    }

    private static SparkCorpus fromTable(SparkSession spark, Dataset<Row> df, String shown, String textColumn,
                                         String idColumn, String rowWord, String format) {
        Objects.requireNonNull(spark, "spark");
        Objects.requireNonNull(shown, "shown");
        Objects.requireNonNull(textColumn, "textColumn");
        List<String> columns = List.of(df.columns());
        if (!columns.contains(textColumn)) {
            throw new IllegalArgumentException("'" + shown + "' has no text column '" + textColumn + "'; columns found: "
                    + columns + ". Name the column that holds the text with CsvOptions.builder().textColumn(...)");
        }
        String id = idColumn != null ? idColumn : columns.contains("id") ? "id" : null;
        if (id != null && !columns.contains(id)) {
            throw new IllegalArgumentException("'" + shown + "' has no id column '" + id + "'; columns found: " + columns
                    + ". Name an existing column with CsvOptions.builder().idColumn(...), or leave it unset to number"
                    + " the rows");
        }
        if (id != null && id.equals(textColumn)) {
            throw new IllegalArgumentException("the id column and the text column are both '" + id
                    + "': name two different columns");
        }
        StructType schema = df.schema();
        List<String> fields = new ArrayList<>();
        for (String c : columns) {
            var type = schema.apply(c).dataType();
            boolean pairs = c.equals(METADATA) && type.sameType(DataTypes.createMapType(DataTypes.StringType,
                    DataTypes.StringType));
            if (!pairs && (type instanceof org.apache.spark.sql.types.StructType
                    || type instanceof org.apache.spark.sql.types.ArrayType
                    || type instanceof org.apache.spark.sql.types.MapType
                    || type instanceof org.apache.spark.sql.types.BinaryType)) {
                throw new IllegalArgumentException("'" + shown + "' column '" + c + "' holds " + type.simpleString()
                        + ", not plain values: metadata columns hold text, numbers or dates (a column '" + METADATA
                        + "' may hold string pairs); select or flatten the columns first");
            }
            if (!c.equals(textColumn) && !c.equals(id)) {
                fields.add(c);
            }
        }
        if (!schema.apply(textColumn).dataType().sameType(DataTypes.StringType)) {
            throw new IllegalArgumentException("'" + shown + "' column '" + textColumn + "' holds "
                    + schema.apply(textColumn).dataType().simpleString() + ", not text");
        }
        Dataset<Row> withFile = df.withColumn(FILE, org.apache.spark.sql.functions.input_file_name());
        if (id != null) {
            uniqueIds(withFile, shown, id);
        }
        String[] fieldNames = fields.toArray(String[]::new);
        String idCol = id;
        int textAt = columns.indexOf(textColumn);
        int idAt = id == null ? -1 : columns.indexOf(id);
        int fileAt = columns.size();
        int[] fieldAt = fields.stream().mapToInt(columns::indexOf).toArray();
        JavaRDD<Doc> rdd = withFile.javaRDD().zipWithIndex().map(t -> {
            Row r = t._1();
            long row = t._2() + 1;
            String file = r.isNullAt(fileAt) ? shown : r.getString(fileAt);
            String name = file.isEmpty() ? shown : file.substring(file.lastIndexOf('/') + 1);
            String where = "'" + name + "' " + rowWord + " " + row;
            String docId;
            if (idAt < 0) {
                docId = Long.toString(row);
            } else {
                Object v = r.get(idAt);
                docId = v == null ? "" : v.toString().strip();
                if (docId.isEmpty()) {
                    throw new IllegalArgumentException(where + ": the id in column '" + idCol + "' is empty: give every"
                            + " row an id, or leave the id column unset to number the rows");
                }
            }
            java.util.TreeMap<String, String> meta = new java.util.TreeMap<>();
            for (int k = 0; k < fieldAt.length; k++) {
                Object v = r.get(fieldAt[k]);
                if (v instanceof scala.collection.Map<?, ?> m) {
                    scala.jdk.javaapi.CollectionConverters.asJava(m).forEach((a, b) -> {
                        if (a != null && b != null) {
                            meta.put(a.toString(), b.toString());
                        }
                    });
                } else if (v != null) {
                    meta.put(fieldNames[k], v.toString());
                }
            }
            // provenance as the single-machine readers give it; a column of the same name is kept as written
            // (a table that is not a file Lede read, fromDataset, has none; JSON Lines or Parquet that already
            // names its file, as a corpus Lede wrote out does, keeps the provenance it carries)
            boolean table = dev.lede.corpus.Metadata.CSV.equals(format) || dev.lede.corpus.Metadata.TSV.equals(format);
            if (format != null && (table || !meta.containsKey(dev.lede.corpus.Metadata.FILE))) {
                meta.putIfAbsent(dev.lede.corpus.Metadata.FILE, name);
                meta.putIfAbsent(dev.lede.corpus.Metadata.FORMAT, format);
                meta.putIfAbsent(dev.lede.corpus.Metadata.ROW, Long.toString(row));
            }
            dev.lede.corpus.Metadata checked = dev.lede.corpus.Metadata.checked(where, meta);
            String text = r.isNullAt(textAt) ? "" : r.getString(textAt);
            Document d = new Document(docId, text, checked, name + ":" + rowWord + " " + row);
            return Doc.of(t._2(), d);
        });
        return new SparkCorpus(spark, rdd, shown);
    }

    /** Stops with the first id given to two rows (one job over the id column only). */
    private static void uniqueIds(Dataset<Row> df, String shown, String id) {
        Dataset<Row> ids = df.select(org.apache.spark.sql.functions.trim(df.col(id).cast("string")).as("id"),
                df.col(FILE).as("file"));
        List<Row> twice = Jobs.run(() -> ids.filter("id is not null and id <> ''").groupBy("id")
                .agg(org.apache.spark.sql.functions.count("*").as("n"),
                        org.apache.spark.sql.functions.min("file").as("first"),
                        org.apache.spark.sql.functions.max("file").as("last"))
                .filter("n > 1").orderBy("id").limit(1).collectAsList());
        if (!twice.isEmpty()) {
            Row r = twice.get(0);
            String first = r.getString(2);
            String last = r.getString(3);
            String files = first.equals(last) ? "'" + first.substring(first.lastIndexOf('/') + 1) + "'"
                    : "'" + first.substring(first.lastIndexOf('/') + 1) + "' and '" + last.substring(last.lastIndexOf('/') + 1) + "'";
            throw new IllegalArgumentException("'" + shown + "': " + r.getLong(1) + " rows in " + files + " have id '"
                    + r.getString(0) + "' in column '" + id + "': ids must be unique");
        }
    }

    /** The session this corpus belongs to. */
    public SparkSession spark() {
        return spark;
    }

    /** The documents as Lede documents (made on the executors). */
    public JavaRDD<Document> documents() {
        return docs.map(Doc::document);
    }

    JavaRDD<Doc> docs() {
        return docs;
    }

    /** What the corpus was read from (a path, or "corpus"). */
    public String shown() {
        return shown;
    }

    /** Number of documents (a Spark job). */
    public long size() {
        return Jobs.run(docs::count);
    }

    /** Number of partitions the work is split into. */
    public int partitions() {
        return docs.getNumPartitions();
    }

    /** The same documents in {@code partitions} partitions (results do not change). */
    public SparkCorpus repartition(int partitions) {
        return new SparkCorpus(spark, docs.repartition(partitions), shown);
    }

    /** The documents on this machine, as a {@link Corpus} in input order (for small corpora). */
    public Corpus collect() {
        List<Doc> all = new ArrayList<>(Jobs.run(docs::collect));
        all.sort(Comparator.comparingLong(Doc::index));
        return Corpus.of(all.stream().map(Doc::document).toList());
    }

    /** The documents as a table: id, text and one column per metadata field present (strings). */
    public Dataset<Row> toDataset() {
        JavaRDD<Row> rows = docs.map(d -> RowFactory.create(d.index(), d.id(), d.text(),
                scala.jdk.javaapi.CollectionConverters.asScala(d.metadata())));
        StructType schema = new StructType()
                .add("index", DataTypes.LongType, false)
                .add("id", DataTypes.StringType, false)
                .add("text", DataTypes.StringType, false)
                .add(METADATA, DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType), false);
        return spark.createDataFrame(rows, schema);
    }

    /** The standard tokenizer's tokens of every document. */
    public SparkTokens tokens() {
        return tokens(Tokenizer.standard());
    }

    /** {@code tokenizer}'s tokens of every document. */
    public SparkTokens tokens(Tokenizer tokenizer) {
        return new SparkTokens(this, TokenRecipe.of(tokenizer));
    }

    @Override
    public String toString() {
        return "SparkCorpus[" + shown + ", " + partitions() + " partitions]";
    }
}
