package dev.lede.spark;

import dev.lede.corpus.TermFrequencies;
import dev.lede.display.Tables;
import dev.lede.vectors.DocumentTermMatrix;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.SparseVector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;
import tech.tablesaw.api.Table;

/**
 * A document-term matrix on Spark, weighted as {@link DocumentTermMatrix} weights (see its class
 * comment: count, binary or TF-IDF with smooth idf and L2 normalisation by default, the same
 * document-frequency limits): the vocabulary is known here, the rows stay on the executors as
 * Spark ML sparse vectors ({@link #rows()}) until {@link #toMatrix()} brings a small matrix back
 * as a {@link DocumentTermMatrix}. Column {@code j} is {@code terms().get(j)} (sorted terms).
 *
 * <pre>{@code
 * SparkMatrix m = corpus.tokens().matrix(DocumentTermMatrix.Options.defaults());
 * m.rows().show();              // document, features
 * m.vocabularyTable();          // term, doc_freq, idf
 * DocumentTermMatrix small = m.toMatrix();
 * }</pre>
 */
public final class SparkMatrix {

    /** Column of {@link #rows()}: the document id. */
    public static final String DOCUMENT = DocumentTermMatrix.DOCUMENT;
    /** Column of {@link #rows()}: the row as a Spark ML sparse vector. */
    public static final String FEATURES = "features";
    /** Column of {@link #rows()}: the document's place in the corpus (the row order of {@link #toMatrix()}). */
    public static final String INDEX = "index";

    /** Largest matrix {@link #toMatrix()} brings back without being told. */
    public static final long DEFAULT_MAX_CELLS = 50_000_000L;

    private final SparkTokens tokens;
    private final DocumentTermMatrix.Options options;
    private final long documents;
    private final String[] terms;
    private final int[] df;
    private final double[] idf;
    private final int dropped;
    private final JavaRDD<Tuple2<Long, Tuple2<String, SparseVector>>> rows;

    private SparkMatrix(SparkTokens tokens, DocumentTermMatrix.Options options, long documents, String[] terms,
                        int[] df, double[] idf, int dropped, JavaRDD<Tuple2<Long, Tuple2<String, SparseVector>>> rows) {
        this.tokens = tokens;
        this.options = options;
        this.documents = documents;
        this.terms = terms;
        this.df = df;
        this.idf = idf;
        this.dropped = dropped;
        this.rows = rows;
    }

    static SparkMatrix build(SparkTokens tokens, DocumentTermMatrix.Options options) {
        Objects.requireNonNull(options, "options");
        TokenRecipe recipe = tokens.recipe();
        // document frequency and total count of every term: the counting job of frequencies()
        TermFrequencies counted = tokens.frequencies();
        long n = counted.documents();
        List<Tuple2<String, long[]>> vocabulary = new ArrayList<>(counted.size());
        for (TermFrequencies.Entry e : counted.entries()) {
            vocabulary.add(new Tuple2<>(e.term(), new long[] {e.documentFrequency(), e.count()}));
        }
        JavaRDD<SparkTokens.DocTerms> docTerms = tokens.corpus().docs()
                .mapPartitions(d -> SparkTokens.DocTerms.partition(d, recipe));
        Columns c = Columns.of(n, vocabulary, options);
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(tokens.corpus().spark().sparkContext());
        Broadcast<String[]> bTerms = jsc.broadcast(c.terms());
        Broadcast<double[]> bIdf = jsc.broadcast(c.idf() == null ? new double[0] : c.idf());
        DocumentTermMatrix.Weighting w = options.weighting();
        boolean sublinear = options.sublinearTf();
        boolean l2 = options.l2Normalize();
        int k = c.terms().length;
        JavaRDD<Tuple2<Long, Tuple2<String, SparseVector>>> weighted = docTerms.map(d -> {
            String[] vocab = bTerms.value();
            double[] idfs = bIdf.value();
            int[] cols = new int[d.terms().length];
            double[] vals = new double[d.terms().length];
            int m = 0;
            double norm = 0;
            // the document's terms are sorted as the vocabulary is, so its columns ascend
            for (int i = 0; i < d.terms().length; i++) {
                int col = Arrays.binarySearch(vocab, d.terms()[i]);
                if (col < 0) {
                    continue;
                }
                int count = d.counts()[i];
                double v = switch (w) {
                    case BINARY -> 1.0;
                    case TFIDF -> (sublinear ? 1 + Math.log(count) : count) * idfs[col];
                    default -> count;
                };
                cols[m] = col;
                vals[m++] = v;
                norm += v * v;
            }
            if (l2 && norm > 0) {
                double inv = 1 / Math.sqrt(norm);
                for (int p = 0; p < m; p++) {
                    vals[p] *= inv;
                }
            }
            return new Tuple2<>(d.index(), new Tuple2<>(d.id(),
                    new SparseVector(k, Arrays.copyOf(cols, m), Arrays.copyOf(vals, m))));
        });
        return new SparkMatrix(tokens, options, n, c.terms(), c.df(), c.idf(), c.dropped(), weighted);
    }

    /** The vocabulary after the options' limits, sorted, with document frequencies and idf (single-machine rules). */
    record Columns(String[] terms, int[] df, double[] idf, int dropped) {

        static Columns of(long n, List<Tuple2<String, long[]>> vocabulary, DocumentTermMatrix.Options o) {
            int v = vocabulary.size();
            if (v == 0) {
                throw new IllegalArgumentException("empty vocabulary: the " + n
                        + " documents have no terms (are they empty, or only stopwords?); check the tokens");
            }
            double maxDf = o.maxDocumentProportion() >= 0 ? o.maxDocumentProportion() * n : o.maxDocumentFrequency();
            double minDf = o.minDocumentProportion() >= 0 ? o.minDocumentProportion() * n : o.minDocumentFrequency();
            List<Tuple2<String, long[]>> kept = new ArrayList<>();
            for (Tuple2<String, long[]> t : vocabulary) {
                if (t._2()[0] >= minDf && t._2()[0] <= maxDf) {
                    kept.add(t);
                }
            }
            if (kept.isEmpty()) {
                throw new IllegalArgumentException("after pruning by document frequency no terms remain (min "
                        + minDf + ", max " + maxDf + " documents of " + n + "): lower the minimum or raise the maximum");
            }
            if (o.maxFeatures() > 0 && kept.size() > o.maxFeatures()) {
                kept.sort(Comparator.comparingLong((Tuple2<String, long[]> t) -> -t._2()[1]).thenComparing(Tuple2::_1));
                kept = new ArrayList<>(kept.subList(0, o.maxFeatures()));
            }
            kept.sort(Comparator.comparing(Tuple2::_1));
            int k = kept.size();
            String[] terms = new String[k];
            int[] df = new int[k];
            for (int i = 0; i < k; i++) {
                terms[i] = kept.get(i)._1();
                df[i] = Math.toIntExact(kept.get(i)._2()[0]);
            }
            double[] idf = null;
            if (o.weighting() == DocumentTermMatrix.Weighting.TFIDF) {
                idf = new double[k];
                for (int i = 0; i < k; i++) {
                    idf[i] = o.smoothIdf() ? Math.log((1.0 + n) / (1.0 + df[i])) + 1 : Math.log((double) n / df[i]) + 1;
                }
            }
            return new Columns(terms, df, idf, v - k);
        }
    }

    /** The options the matrix was weighted with. */
    public DocumentTermMatrix.Options options() {
        return options;
    }

    /** Number of documents (rows). */
    public long documents() {
        return documents;
    }

    /** The vocabulary, sorted; column j is {@code terms().get(j)}. */
    public List<String> terms() {
        return Collections.unmodifiableList(Arrays.asList(terms));
    }

    /** Number of documents containing the term of {@code column}. */
    public int documentFrequency(int column) {
        return df[column];
    }

    /** The idf of the term of {@code column}; NaN unless TF-IDF. */
    public double idf(int column) {
        return idf == null ? Double.NaN : idf[column];
    }

    /** Terms the options' limits removed. */
    public int droppedTerms() {
        return dropped;
    }

    /** The vocabulary as {@link DocumentTermMatrix#vocabularyTable()} shows it: term, doc_freq, idf. */
    public Table vocabularyTable() {
        List<Integer> cols = new ArrayList<>(terms.length);
        for (int j = 0; j < terms.length; j++) {
            cols.add(j);
        }
        return Tables.of("vocabulary", cols,
                Tables.text(DocumentTermMatrix.TERM, j -> terms[j]),
                Tables.integer(DocumentTermMatrix.DOCUMENT_FREQUENCY, j -> df[j]),
                Tables.decimal(DocumentTermMatrix.IDF, this::idf));
    }

    /** The rows as pairs of corpus index and (document id, sparse vector), weighted on the executors. */
    public JavaRDD<Tuple2<Long, Tuple2<String, SparseVector>>> vectors() {
        return rows;
    }

    /** The rows as a table: {@value #INDEX} (long), {@value #DOCUMENT} (string), {@value #FEATURES} (vector). */
    public Dataset<Row> rows() {
        StructType schema = new StructType()
                .add(INDEX, DataTypes.LongType, false)
                .add(DOCUMENT, DataTypes.StringType, false)
                .add(FEATURES, SQLDataTypes.VectorType(), false);
        JavaRDD<Row> r = rows.map(t -> RowFactory.create(t._1(), t._2()._1(), t._2()._2()));
        return tokens.corpus().spark().createDataFrame(r, schema);
    }

    /** The matrix on this machine, rows in corpus order; at most {@value #DEFAULT_MAX_CELLS} cells. */
    public DocumentTermMatrix toMatrix() {
        return toMatrix(DEFAULT_MAX_CELLS);
    }

    /** The matrix on this machine, rows in corpus order; an error when it has more than {@code maxCells} cells. */
    public DocumentTermMatrix toMatrix(long maxCells) {
        long cells = Jobs.run(() -> rows.map(t -> (long) t._2()._2().indices().length).fold(0L, Long::sum));
        if (cells > maxCells || documents > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("the matrix has " + documents + " rows and " + cells + " non-zero cells,"
                    + " more than " + maxCells + ": keep it on the cluster (rows()), raise the limit with toMatrix(cells),"
                    + " or prune terms (minDocumentFrequency, maxFeatures)");
        }
        List<Tuple2<Long, Tuple2<String, SparseVector>>> all = new ArrayList<>(Jobs.run(rows::collect));
        all.sort(Comparator.comparingLong(Tuple2::_1));
        int n = all.size();
        List<String> ids = new ArrayList<>(n);
        int[] rowPtr = new int[n + 1];
        int[] cols = new int[(int) cells];
        double[] vals = new double[(int) cells];
        int q = 0;
        for (int i = 0; i < n; i++) {
            ids.add(all.get(i)._2()._1());
            SparseVector v = all.get(i)._2()._2();
            System.arraycopy(v.indices(), 0, cols, q, v.indices().length);
            System.arraycopy(v.values(), 0, vals, q, v.values().length);
            q += v.indices().length;
            rowPtr[i + 1] = q;
        }
        return DocumentTermMatrix.ofRows(ids, terms(), df, idf, rowPtr, cols, vals, dropped, options);
    }

    @Override
    public String toString() {
        return "SparkMatrix[" + documents + " documents, " + terms.length + " terms, " + options + "]";
    }
}
