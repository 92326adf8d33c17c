package dev.lede.vectors;

import dev.lede.corpus.Parallelism;
import dev.lede.corpus.Tokens;
import dev.lede.display.MimeBundle;
import dev.lede.display.Rendering;
import dev.lede.display.Renderable;
import dev.lede.text.DocumentTokens;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A sparse document-term matrix: one row per document, one column per term, weighted by count,
 * presence or TF-IDF: the third step of the chain corpus &rarr; tokens &rarr; document-term matrix
 * &rarr; statistic. Immutable. Stored in compressed sparse rows (primitive arrays of column ids and
 * weights, no object per cell), so 100,000 short documents fit in a small heap.
 *
 * <p>The terms are whatever the tokens hold: words, n-grams ({@link Tokens#ngrams(int)}) or
 * multi-word terms ({@link Tokens#compound}). The vocabulary is sorted ({@link String#compareTo},
 * UTF-16 order: the same as sklearn's code-point order except between characters above U+FFFF and
 * those from U+E000), so column numbers depend only on the terms, never on the order of the documents.
 *
 * <p>Weights follow scikit-learn's {@code CountVectorizer} and {@code TfidfVectorizer} exactly, for
 * a corpus of n documents, a term t of document frequency df(t) and count tf(t, d) in d:
 * <ul>
 * <li>{@link Weighting#COUNT}: tf(t, d).</li>
 * <li>{@link Weighting#BINARY}: 1 if t occurs in d ({@code CountVectorizer(binary=True)}).</li>
 * <li>{@link Weighting#TFIDF}: tf(t, d) &middot; idf(t) with idf(t) = ln((1 + n) / (1 + df(t))) + 1
 * ({@code smooth_idf=True}, the default) or ln(n / df(t)) + 1 without smoothing; with
 * {@code sublinearTf} tf is replaced by 1 + ln(tf).</li>
 * <li>L2 normalisation (default for TF-IDF only, as {@code norm='l2'}) divides each row by its
 * Euclidean length; a row with no terms stays zero.</li>
 * </ul>
 * Terms are first kept when min &le; df(t) &le; max (absolute counts, or proportions of n as
 * sklearn's float {@code min_df}/{@code max_df}), then, with {@code maxFeatures}, the most frequent
 * in the whole corpus (ties by term); document frequencies and idf are those of the corpus.
 *
 * <pre>{@code
 * Tokens tokens = corpus.tokens().removeStopwords(Stopwords.of(Language.ENGLISH));
 * DocumentTermMatrix tfidf = DocumentTermMatrix.of(tokens);   // TF-IDF, smooth idf, L2
 * DocumentTermMatrix counts = DocumentTermMatrix.of(tokens, DocumentTermMatrix.Options.builder()
 *         .weighting(DocumentTermMatrix.Weighting.COUNT).minDocumentFrequency(2).build());
 * counts.get("003", "reuters");   // how often 003 says "reuters"
 * tfidf.toTable();                // document, term, weight: the non-zero cells
 * }</pre>
 */
public final class DocumentTermMatrix implements Renderable {

    /** Column of {@link #toTable()}: document id (string). */
    public static final String DOCUMENT = "document";
    /** Column of {@link #toTable()} and {@link #vocabularyTable()}: the term (string). */
    public static final String TERM = "term";
    /** Column of {@link #toTable()}: the cell's weight (double). */
    public static final String WEIGHT = "weight";
    /** Column of {@link #vocabularyTable()}: number of documents containing the term (int). */
    public static final String DOCUMENT_FREQUENCY = "doc_freq";
    /** Column of {@link #vocabularyTable()}: the term's idf, NaN unless TF-IDF (double). */
    public static final String IDF = "idf";

    /** How a cell is weighted; the formulas are in the class documentation. */
    public enum Weighting {
        /** Number of occurrences of the term in the document. */
        COUNT,
        /** 1 when the term occurs in the document. */
        BINARY,
        /** Term frequency times inverse document frequency. */
        TFIDF
    }

    /**
     * Weighting and vocabulary options; the defaults are {@code TfidfVectorizer}'s: TF-IDF,
     * smooth idf, no sublinear tf, L2 normalisation, every term kept.
     *
     * <pre>{@code
     * DocumentTermMatrix.Options o = DocumentTermMatrix.Options.builder()
     *         .sublinearTf(true).minDocumentFrequency(2).maxDocumentProportion(0.9).maxFeatures(5000).build();
     * }</pre>
     */
    public static final class Options {
        private final Weighting weighting;
        private final boolean smoothIdf;
        private final boolean sublinearTf;
        private final boolean l2;
        private final int minDf;
        private final double minProportion;
        private final int maxDf;
        private final double maxProportion;
        private final int maxFeatures;

        private Options(Builder b) {
            this.weighting = b.weighting;
            this.smoothIdf = b.smoothIdf;
            this.sublinearTf = b.sublinearTf;
            this.l2 = b.l2 == null ? b.weighting == Weighting.TFIDF : b.l2;
            this.minDf = b.minDf;
            this.minProportion = b.minProportion;
            this.maxDf = b.maxDf;
            this.maxProportion = b.maxProportion;
            this.maxFeatures = b.maxFeatures;
        }

        /** TF-IDF with smooth idf and L2 normalisation, every term kept. */
        public static Options defaults() {
            return builder().build();
        }

        /** Raw counts, not normalised, every term kept. */
        public static Options counts() {
            return builder().weighting(Weighting.COUNT).build();
        }

        public static Builder builder() {
            return new Builder();
        }

        public Weighting weighting() {
            return weighting;
        }

        public boolean smoothIdf() {
            return smoothIdf;
        }

        public boolean sublinearTf() {
            return sublinearTf;
        }

        public boolean l2Normalize() {
            return l2;
        }

        /** Smallest document frequency kept (absolute; see {@link #minDocumentProportion()}). */
        public int minDocumentFrequency() {
            return minDf;
        }

        /** Smallest proportion of documents a kept term is in, or -1 when given as a number of documents. */
        public double minDocumentProportion() {
            return minProportion;
        }

        /** Largest document frequency kept (absolute; see {@link #maxDocumentProportion()}). */
        public int maxDocumentFrequency() {
            return maxDf;
        }

        /** Largest proportion of documents a kept term is in, or -1 when given as a number of documents. */
        public double maxDocumentProportion() {
            return maxProportion;
        }

        /** Most terms kept (the most frequent), 0 for all. */
        public int maxFeatures() {
            return maxFeatures;
        }

        /** A builder starting from these options. */
        public Builder toBuilder() {
            Builder b = new Builder();
            b.weighting = weighting;
            b.smoothIdf = smoothIdf;
            b.sublinearTf = sublinearTf;
            b.l2 = l2;
            b.minDf = minDf;
            b.minProportion = minProportion;
            b.maxDf = maxDf;
            b.maxProportion = maxProportion;
            b.maxFeatures = maxFeatures;
            return b;
        }

        Vectorizer.Settings settings() {
            int w = switch (weighting) {
                case COUNT -> Vectorizer.Settings.COUNT;
                case BINARY -> Vectorizer.Settings.BINARY;
                case TFIDF -> Vectorizer.Settings.TFIDF;
            };
            return new Vectorizer.Settings(w, smoothIdf, sublinearTf, l2, minDf, minProportion, maxDf, maxProportion,
                    maxFeatures);
        }

        @Override
        public String toString() {
            StringBuilder b = new StringBuilder(weighting.name());
            if (weighting == Weighting.TFIDF) {
                b.append(smoothIdf ? ", smooth idf" : ", raw idf");
                if (sublinearTf) {
                    b.append(", sublinear tf");
                }
            }
            b.append(l2 ? ", L2-normalised" : "");
            if (minProportion >= 0 || minDf > 1) {
                b.append(", df >= ").append(minProportion >= 0 ? minProportion + " n" : String.valueOf(minDf));
            }
            if (maxProportion >= 0 || maxDf < Integer.MAX_VALUE) {
                b.append(", df <= ").append(maxProportion >= 0 ? maxProportion + " n" : String.valueOf(maxDf));
            }
            if (maxFeatures > 0) {
                b.append(", at most ").append(maxFeatures).append(" terms");
            }
            return b.toString();
        }

        /** Builds {@link Options}. */
        public static final class Builder {
            private Weighting weighting = Weighting.TFIDF;
            private boolean smoothIdf = true;
            private boolean sublinearTf;
            private Boolean l2;
            private int minDf = 1;
            private double minProportion = -1;
            private int maxDf = Integer.MAX_VALUE;
            private double maxProportion = -1;
            private int maxFeatures;

            private Builder() {
            }

            public Builder weighting(Weighting weighting) {
                this.weighting = Objects.requireNonNull(weighting, "weighting");
                return this;
            }

            /** idf = ln((1 + n) / (1 + df)) + 1 when true (default), ln(n / df) + 1 when false. TF-IDF only. */
            public Builder smoothIdf(boolean smooth) {
                this.smoothIdf = smooth;
                return this;
            }

            /** tf = 1 + ln(count) instead of count. TF-IDF only. */
            public Builder sublinearTf(boolean sublinear) {
                this.sublinearTf = sublinear;
                return this;
            }

            /** Divide each row by its Euclidean length; default true for TF-IDF, false otherwise. */
            public Builder l2Normalize(boolean normalize) {
                this.l2 = normalize;
                return this;
            }

            /** Keep terms in at least {@code documents} documents (default 1). */
            public Builder minDocumentFrequency(int documents) {
                if (documents < 0) {
                    throw new IllegalArgumentException("minimum document frequency " + documents + " < 0");
                }
                this.minDf = documents;
                this.minProportion = -1;
                return this;
            }

            /** Keep terms in at least this proportion (0..1) of the documents. */
            public Builder minDocumentProportion(double proportion) {
                this.minProportion = proportion(proportion, "minimum");
                return this;
            }

            /** Keep terms in at most {@code documents} documents. */
            public Builder maxDocumentFrequency(int documents) {
                if (documents < 0) {
                    throw new IllegalArgumentException("maximum document frequency " + documents + " < 0");
                }
                this.maxDf = documents;
                this.maxProportion = -1;
                return this;
            }

            /** Keep terms in at most this proportion (0..1) of the documents (default 1). */
            public Builder maxDocumentProportion(double proportion) {
                this.maxProportion = proportion(proportion, "maximum");
                return this;
            }

            /** Keep at most this many terms, the most frequent in the corpus; 0 (default) keeps all. */
            public Builder maxFeatures(int terms) {
                if (terms < 0) {
                    throw new IllegalArgumentException("maxFeatures " + terms + " < 0: give 0 for no limit");
                }
                this.maxFeatures = terms;
                return this;
            }

            private static double proportion(double p, String which) {
                if (!(p >= 0 && p <= 1)) {
                    throw new IllegalArgumentException(which + " document proportion " + p
                            + " outside [0, 1]; for a number of documents use the ...Frequency method");
                }
                return p;
            }

            public Options build() {
                if (sublinearTf && weighting != Weighting.TFIDF) {
                    throw new IllegalArgumentException("sublinearTf applies to TFIDF weighting, not " + weighting);
                }
                return new Options(this);
            }
        }
    }

    private final List<String> ids;
    private final Options options;
    private final Vectorizer.Csr m;
    private final Parallelism parallelism;
    private volatile Map<String, Integer> rowIndex;

    private DocumentTermMatrix(List<String> ids, Options options, Vectorizer.Csr m, Parallelism parallelism) {
        this.ids = List.copyOf(ids);
        this.options = options;
        this.m = m;
        this.parallelism = parallelism;
    }

    /** TF-IDF matrix with the default {@link Options}. */
    public static DocumentTermMatrix of(Tokens tokens) {
        return of(tokens, Options.defaults());
    }

    /**
     * The matrix of {@code tokens}, one row per document in corpus order, built on the tokens'
     * {@link Tokens#parallelism()}, which the matrix keeps for its similarities and clusters. The
     * tokenizer's own tokens are read from the texts' bytes (the same matrix, without a String per
     * token).
     */
    public static DocumentTermMatrix of(Tokens tokens, Options options) {
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(options, "options");
        Parallelism par = tokens.parallelism();
        if (tokens.isTokenizerOutput()) {
            Vectorizer.Csr fast = ByteVectorizing.build(tokens.corpus().documents(), tokens.tokenizer(),
                    options.settings(), par);
            if (fast != null) {
                return new DocumentTermMatrix(tokens.corpus().ids(), options, fast, par);
            }
        }
        List<DocumentTokens> docs = tokens.documents();
        Vectorizer.Documents src = new Vectorizer.Documents() {
            @Override
            public int size() {
                return docs.size();
            }

            @Override
            public int length(int d) {
                return docs.get(d).size();
            }

            @Override
            public String term(int d, int i) {
                return docs.get(d).term(i);
            }
        };
        return new DocumentTermMatrix(tokens.corpus().ids(), options, Vectorizer.build(src, options.settings(), par),
                par);
    }

    /**
     * The matrix of documents given as lists of terms (tokenized elsewhere), e.g. to compare with
     * {@code TfidfVectorizer(analyzer=lambda d: d)} on the same lists.
     */
    public static DocumentTermMatrix of(List<String> ids, List<? extends List<String>> documents, Options options) {
        Objects.requireNonNull(ids, "ids");
        Objects.requireNonNull(documents, "documents");
        Objects.requireNonNull(options, "options");
        if (ids.size() != documents.size()) {
            throw new IllegalArgumentException(ids.size() + " ids for " + documents.size() + " documents");
        }
        Vectorizer.Documents src = new Vectorizer.Documents() {
            @Override
            public int size() {
                return documents.size();
            }

            @Override
            public int length(int d) {
                return documents.get(d).size();
            }

            @Override
            public String term(int d, int i) {
                return Objects.requireNonNull(documents.get(d).get(i), "term " + i + " of " + ids.get(d));
            }
        };
        Parallelism par = Parallelism.available();
        DocumentTermMatrix out = new DocumentTermMatrix(ids, options, Vectorizer.build(src, options.settings(), par),
                par);
        out.rowIndex(); // fails on duplicate ids
        return out;
    }

    /**
     * A matrix weighted elsewhere (on a cluster, by {@code dev.lede.spark}) with the rules of the
     * class comment: rows {@code ids} in order, columns {@code terms} (sorted, distinct), row
     * {@code r}'s cells at {@code rowPtr[r] .. rowPtr[r + 1] - 1} of {@code cols} (ascending) and
     * {@code weights}; {@code df} per column, {@code idf} per column for TF-IDF (else null),
     * {@code droppedTerms} the terms {@code options} pruned. The arrays are copied and checked.
     */
    public static DocumentTermMatrix ofRows(List<String> ids, List<String> terms, int[] df, double[] idf, int[] rowPtr,
                                            int[] cols, double[] weights, int droppedTerms, Options options) {
        Objects.requireNonNull(options, "options");
        String[] t = terms.toArray(String[]::new);
        int n = ids.size();
        if (df.length != t.length || (idf != null && idf.length != t.length) || rowPtr.length != n + 1
                || cols.length != weights.length || rowPtr[0] != 0 || rowPtr[n] != cols.length) {
            throw new IllegalArgumentException("inconsistent matrix: " + n + " ids, " + t.length + " terms, " + df.length
                    + " document frequencies, " + (rowPtr.length - 1) + " rows, " + cols.length + " cells");
        }
        if ((idf != null) != (options.weighting() == Weighting.TFIDF)) {
            throw new IllegalArgumentException("idf must be given exactly for TF-IDF weighting (" + options + ")");
        }
        for (int j = 1; j < t.length; j++) {
            if (t[j - 1].compareTo(t[j]) >= 0) {
                throw new IllegalArgumentException("terms must be sorted and distinct: '" + t[j - 1] + "' before '"
                        + t[j] + "'");
            }
        }
        for (int r = 0; r < n; r++) {
            for (int p = rowPtr[r]; p < rowPtr[r + 1]; p++) {
                if (cols[p] < 0 || cols[p] >= t.length || (p > rowPtr[r] && cols[p] <= cols[p - 1])) {
                    throw new IllegalArgumentException("row " + ids.get(r) + ": columns must ascend within 0.."
                            + (t.length - 1) + ", found " + cols[p]);
                }
            }
        }
        Vectorizer.Csr m = new Vectorizer.Csr(n, rowPtr.clone(), cols.clone(), weights.clone(), t, df.clone(),
                idf == null ? null : idf.clone(), droppedTerms);
        DocumentTermMatrix out = new DocumentTermMatrix(ids, options, m, Parallelism.available());
        out.rowIndex(); // fails on duplicate ids
        return out;
    }

    /** The threads its similarities and clusters use (those of the tokens it was built from). */
    public Parallelism parallelism() {
        return parallelism;
    }

    /** The same matrix, its similarities and clusters computed on {@code parallelism} (results do not change). */
    public DocumentTermMatrix withParallelism(Parallelism parallelism) {
        return new DocumentTermMatrix(ids, options, m, Objects.requireNonNull(parallelism, "parallelism"));
    }

    public Options options() {
        return options;
    }

    /** Number of documents (rows). */
    public int rows() {
        return m.rows();
    }

    /** Number of terms (columns). */
    public int columns() {
        return m.terms().length;
    }

    /** Number of non-zero cells. */
    public int nonZeros() {
        return m.cols().length;
    }

    /** Terms the document-frequency and maxFeatures limits removed. */
    public int droppedTerms() {
        return m.droppedTerms();
    }

    public List<String> ids() {
        return ids;
    }

    /** The vocabulary, sorted; {@code terms().get(j)} is column j. */
    public List<String> terms() {
        String[] t = m.terms();
        return new AbstractList<>() {
            @Override
            public String get(int i) {
                return t[i];
            }

            @Override
            public int size() {
                return t.length;
            }
        };
    }

    public String term(int column) {
        return m.terms()[column];
    }

    /** Column of {@code term}, or -1 when it is not in the vocabulary. */
    public int column(String term) {
        int j = Arrays.binarySearch(m.terms(), Objects.requireNonNull(term, "term"));
        return j >= 0 ? j : -1;
    }

    /** Row of document {@code id}. */
    public int row(String id) {
        Integer i = rowIndex().get(Objects.requireNonNull(id, "id"));
        if (i == null) {
            throw dev.lede.corpus.io.DocumentIds.unknown(id, rowIndex().keySet(), "document-term matrix");
        }
        return i;
    }

    private Map<String, Integer> rowIndex() {
        Map<String, Integer> r = rowIndex;
        if (r == null) {
            r = new HashMap<>(ids.size() * 2);
            for (int i = 0; i < ids.size(); i++) {
                if (r.put(ids.get(i), i) != null) {
                    throw new IllegalArgumentException("document id '" + ids.get(i) + "' appears twice");
                }
            }
            rowIndex = r;
        }
        return r;
    }

    /** The weight of cell (row, column), 0 when empty. */
    public double get(int row, int column) {
        int from = m.rowPtr()[row];
        int to = m.rowPtr()[row + 1];
        int p = Arrays.binarySearch(m.cols(), from, to, column);
        return p >= 0 ? m.vals()[p] : 0;
    }

    /** The weight of {@code term} in document {@code id}, 0 when absent. */
    public double get(String id, String term) {
        int j = column(term);
        return j < 0 ? 0 : get(row(id), j);
    }

    /** Number of distinct terms of row {@code row}. */
    public int rowSize(int row) {
        return m.rowPtr()[row + 1] - m.rowPtr()[row];
    }

    /** The columns of the non-zero cells of row {@code row}, ascending (a copy). */
    public int[] rowColumns(int row) {
        return Arrays.copyOfRange(m.cols(), m.rowPtr()[row], m.rowPtr()[row + 1]);
    }

    /** The weights of the non-zero cells of row {@code row}, in the order of {@link #rowColumns(int)} (a copy). */
    public double[] rowWeights(int row) {
        return Arrays.copyOfRange(m.vals(), m.rowPtr()[row], m.rowPtr()[row + 1]);
    }

    /** Number of documents containing the term of {@code column}. */
    public int documentFrequency(int column) {
        return m.df()[column];
    }

    /** The idf of the term of {@code column}; NaN unless the weighting is TF-IDF. */
    public double idf(int column) {
        return m.idf() == null ? Double.NaN : m.idf()[column];
    }

    /** Ids of the documents with no terms (empty, or only removed terms), in row order. */
    public List<String> emptyDocuments() {
        List<String> e = new ArrayList<>();
        for (int i = 0; i < rows(); i++) {
            if (rowSize(i) == 0) {
                e.add(ids.get(i));
            }
        }
        return e;
    }

    /** The matrix without the documents that have no terms (weights, vocabulary and idf unchanged). */
    public DocumentTermMatrix withoutEmptyDocuments() {
        List<String> keep = new ArrayList<>();
        for (int i = 0; i < rows(); i++) {
            if (rowSize(i) > 0) {
                keep.add(ids.get(i));
            }
        }
        return keep.size() == rows() ? this : select(keep);
    }

    /** The rows of these documents, in this order (weights, vocabulary and idf unchanged). */
    public DocumentTermMatrix select(List<String> order) {
        Objects.requireNonNull(order, "order");
        int n = order.size();
        int[] src = new int[n];
        int nnz = 0;
        for (int i = 0; i < n; i++) {
            src[i] = row(order.get(i));
            nnz += rowSize(src[i]);
        }
        int[] ptr = new int[n + 1];
        int[] cols = new int[nnz];
        double[] vals = new double[nnz];
        int q = 0;
        for (int i = 0; i < n; i++) {
            int from = m.rowPtr()[src[i]];
            int len = rowSize(src[i]);
            System.arraycopy(m.cols(), from, cols, q, len);
            System.arraycopy(m.vals(), from, vals, q, len);
            q += len;
            ptr[i + 1] = q;
        }
        return new DocumentTermMatrix(order, options,
                new Vectorizer.Csr(n, ptr, cols, vals, m.terms(), m.df(), m.idf(), m.droppedTerms()), parallelism);
    }

    // CSR arrays for the library's own kernels; never handed to users.
    int[] rowPointers() {
        return m.rowPtr();
    }

    int[] columnIndices() {
        return m.cols();
    }

    double[] values() {
        return m.vals();
    }

    /** The values with every row scaled to unit length (this matrix's own array when already so). */
    double[] unitValues() {
        if (options.l2Normalize()) {
            return m.vals();
        }
        double[] v = m.vals().clone();
        int[] ptr = m.rowPtr();
        for (int i = 0; i < rows(); i++) {
            double s = 0;
            for (int p = ptr[i]; p < ptr[i + 1]; p++) {
                s += v[p] * v[p];
            }
            if (s > 0) {
                double inv = 1 / Math.sqrt(s);
                for (int p = ptr[i]; p < ptr[i + 1]; p++) {
                    v[p] *= inv;
                }
            }
        }
        return v;
    }

    /**
     * The {@code limit} terms that characterise each cluster: the largest positive differences
     * between the cluster's mean weight of a term and the mean weight in the other documents,
     * ties by term. {@code cluster[i]} in 0..k-1 is the cluster of row i; rows are summed in
     * {@code order} (null: row order) so that the input order cannot change a ranking.
     */
    List<List<String>> characteristicTerms(int[] cluster, int k, int limit, int[] order) {
        int v = columns();
        int n = rows();
        double[] sum = new double[k * v];
        double[] all = new double[v];
        int[] size = new int[k];
        int[] ptr = m.rowPtr();
        for (int r = 0; r < n; r++) {
            int i = order == null ? r : order[r];
            int base = cluster[i] * v;
            size[cluster[i]]++;
            for (int p = ptr[i]; p < ptr[i + 1]; p++) {
                sum[base + m.cols()[p]] += m.vals()[p];
                all[m.cols()[p]] += m.vals()[p];
            }
        }
        List<List<String>> out = new ArrayList<>(k);
        int[] top = new int[limit];
        double[] best = new double[limit];
        for (int c = 0; c < k; c++) {
            int rest = n - size[c];
            int filled = 0;
            // keep the best `limit` scores, in order; terms come in sorted order, so an equal score
            // never displaces an earlier term
            for (int t = 0; t < v; t++) {
                double in = sum[c * v + t] / size[c];
                double outMean = rest == 0 ? 0 : (all[t] - sum[c * v + t]) / rest;
                double score = in - outMean;
                if (score <= 1e-12 || (filled == limit && score <= best[limit - 1])) {
                    continue;
                }
                int pos = Math.min(filled, limit - 1);
                while (pos > 0 && best[pos - 1] < score) {
                    top[pos] = top[pos - 1];
                    best[pos] = best[pos - 1];
                    pos--;
                }
                top[pos] = t;
                best[pos] = score;
                filled = Math.min(filled + 1, limit);
            }
            List<String> terms = new ArrayList<>(filled);
            for (int i = 0; i < filled; i++) {
                terms.add(m.terms()[top[i]]);
            }
            out.add(terms);
        }
        return out;
    }

    /** Columns document, term, weight: the non-zero cells, by row then term. */
    public Table toTable() {
        StringColumn d = StringColumn.create(DOCUMENT);
        StringColumn t = StringColumn.create(TERM);
        DoubleColumn w = DoubleColumn.create(WEIGHT, nonZeros());
        int q = 0;
        for (int i = 0; i < rows(); i++) {
            for (int p = m.rowPtr()[i]; p < m.rowPtr()[i + 1]; p++) {
                d.append(ids.get(i));
                t.append(m.terms()[m.cols()[p]]);
                w.set(q++, m.vals()[p]);
            }
        }
        return Table.create("document-term matrix", d, t, w);
    }

    /** Columns term, doc_freq, idf: one row per column of the matrix. */
    public Table vocabularyTable() {
        StringColumn t = StringColumn.create(TERM, m.terms());
        IntColumn df = IntColumn.create(DOCUMENT_FREQUENCY, m.df());
        DoubleColumn idf = DoubleColumn.create(IDF, columns());
        for (int j = 0; j < columns(); j++) {
            idf.set(j, idf(j));
        }
        return Table.create("vocabulary", t, df, idf);
    }

    @Override
    public MimeBundle toMimeBundle() {
        String caption = toString();
        Table t = vocabularyTable();
        return Rendering.table(t, caption);
    }

    @Override
    public String toString() {
        return "DocumentTermMatrix[" + rows() + " documents x " + columns() + " terms, " + nonZeros()
                + " non-zero; " + options + "]";
    }
}
