package dev.lede.vectors;

import dev.lede.corpus.Parallelism;

import dev.lede.corpus.io.TermIndex;
import java.util.Arrays;

/**
 * Builds a CSR document-term matrix from documents given as a number of terms and a term
 * accessor, without one object per cell: blocks of documents are counted independently (in
 * parallel) into primitive arrays, their vocabularies merged, then the kept terms are renumbered
 * in sorted order and each row written sorted by column. The result does not depend on the
 * blocking. The term accessor must be safe to call from several threads (reads only).
 */
final class Vectorizer {

    /** A term source for document {@code d}: its length and its i-th term. */
    public interface Documents {
        int size();

        int length(int d);

        String term(int d, int i);
    }

    /**
     * Tokens already numbered against one vocabulary (the byte fast path of DocumentTermMatrix.of), in chunks of
     * consecutive documents: the vocabulary with each term's document frequency and corpus count,
     * and per chunk its token ids, so the matrix needs no hashing of terms.
     */
    public record Numbered(int rows, String[] vocabulary, int[] df, long[] totals, Chunk[] chunks) {
    }

    /**
     * Documents {@code firstRow} to {@code firstRow + rowEnds.length - 1}: row r's tokens are
     * {@code ids[rowEnds[r - firstRow - 1], rowEnds[r - firstRow])} (from 0 for the first row), in
     * chunk-local numbers; {@code toVocabulary[id]} is the number in the vocabulary (null: the same)
     * and {@code localDf[id]} the number of the chunk's documents containing it.
     */
    public record Chunk(int firstRow, int[] rowEnds, int[] ids, int[] toVocabulary, int[] localDf) {
    }

    /** How terms are kept and weighted; see {@code DocumentTermMatrix.Options} for the meaning. */
    public record Settings(int weighting, boolean smoothIdf, boolean sublinearTf, boolean l2,
                           int minDf, double minDfProportion, int maxDf, double maxDfProportion, int maxFeatures) {
        public static final int COUNT = 0;
        public static final int BINARY = 1;
        public static final int TFIDF = 2;
    }

    /** The matrix: rows with sorted columns, the sorted vocabulary, document frequencies, idf or null. */
    public record Csr(int rows, int[] rowPtr, int[] cols, double[] vals, String[] terms, int[] df, double[] idf,
                      int droppedTerms) {
    }

    private Vectorizer() {
    }

    /** Counts of documents [from, to): their distinct terms (block-local ids) with counts, row by row. */
    private record Block(String[] terms, int[] lengths, int[] cols, int[] counts) {
    }

    /** A pure function of the documents it is given: no state outside the block. */
    private static Block count(Documents docs, int from, int to) {
        TermIndex index = new TermIndex();
        int[] mark = new int[1024];
        int[] count = new int[1024];
        Arrays.fill(mark, -1);
        int[] local = new int[256];
        int[] lengths = new int[to - from];
        int[] cols = new int[1024];
        int[] cnts = new int[1024];
        int nnz = 0;
        for (int d = from; d < to; d++) {
            int len = docs.length(d);
            int m = 0;
            for (int i = 0; i < len; i++) {
                int id = index.add(docs.term(d, i));
                if (id >= mark.length) {
                    int cap = Math.max(id + 1, mark.length * 2);
                    int old = mark.length;
                    mark = Arrays.copyOf(mark, cap);
                    Arrays.fill(mark, old, cap, -1);
                    count = Arrays.copyOf(count, cap);
                }
                if (mark[id] != d) {
                    mark[id] = d;
                    count[id] = 1;
                    if (m == local.length) {
                        local = Arrays.copyOf(local, m * 2);
                    }
                    local[m++] = id;
                } else {
                    count[id]++;
                }
            }
            if (nnz + m > cols.length) {
                int cap = (int) Math.min(Integer.MAX_VALUE - 8, Math.max((long) nnz + m, cols.length * 2L));
                cols = Arrays.copyOf(cols, cap);
                cnts = Arrays.copyOf(cnts, cap);
            }
            for (int j = 0; j < m; j++) {
                cols[nnz] = local[j];
                cnts[nnz++] = count[local[j]];
            }
            lengths[d - from] = m;
        }
        String[] terms = new String[index.size()];
        for (int t = 0; t < terms.length; t++) {
            terms[t] = index.term(t);
        }
        return new Block(terms, lengths, Arrays.copyOf(cols, nnz), Arrays.copyOf(cnts, nnz));
    }

    public static Csr build(Documents docs, Settings s, Parallelism par) {
        int n = docs.size();
        // map: count each block of documents on its own (in parallel), with block-local term ids
        int blocks = Math.max(1, Math.min(64, n / 512));
        Block[] counted = new Block[blocks];
        par.forEach(blocks, b ->
                counted[b] = count(docs, (int) ((long) n * b / blocks), (int) ((long) n * (b + 1) / blocks)));
        // reduce: one vocabulary (first-seen order; sorted below, so the blocks cannot change it)
        TermIndex index = new TermIndex();
        long nnzLong = 0;
        for (Block blk : counted) {
            nnzLong += blk.cols().length;
        }
        if (nnzLong > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("the matrix would have " + nnzLong
                    + " non-zero cells, more than an array holds: raise minDocumentFrequency or split the corpus");
        }
        int[] rowPtr = new int[n + 1];
        int[] cols = new int[(int) nnzLong];
        int[] cnts = new int[(int) nnzLong];
        int[] df = new int[1024];
        long[] total = new long[1024];
        int nnz = 0;
        int row = 0;
        for (Block blk : counted) {
            int[] global = new int[blk.terms().length];
            for (int t = 0; t < global.length; t++) {
                global[t] = index.add(blk.terms()[t]);
            }
            if (index.size() > df.length) {
                int cap = Math.max(index.size(), df.length * 2);
                df = Arrays.copyOf(df, cap);
                total = Arrays.copyOf(total, cap);
            }
            int p = 0;
            for (int len : blk.lengths()) {
                for (int j = 0; j < len; j++, p++) {
                    int id = global[blk.cols()[p]];
                    int c = blk.counts()[p];
                    cols[nnz] = id;
                    cnts[nnz++] = c;
                    df[id]++;
                    total[id] += c;
                }
                rowPtr[++row] = nnz;
            }
        }
        int v = index.size();
        String[] names = new String[v];
        for (int id = 0; id < v; id++) {
            names[id] = index.term(id);
        }
        Columns columns = columns(n, names, df, total, s);
        int k = columns.terms().length;
        int[] newId = columns.newId();
        double[] idf = columns.idf();
        // second pass: renumber, sort each row by column (packed col << 32 | count), weight
        int[] outPtr = new int[n + 1];
        int outNnz = 0;
        for (int d = 0; d < n; d++) {
            for (int p = rowPtr[d]; p < rowPtr[d + 1]; p++) {
                if (newId[cols[p]] >= 0) {
                    outNnz++;
                }
            }
        }
        int[] outCols = new int[outNnz];
        double[] outVals = new double[outNnz];
        long[] packed = new long[64];
        int q = 0;
        for (int d = 0; d < n; d++) {
            int m = 0;
            for (int p = rowPtr[d]; p < rowPtr[d + 1]; p++) {
                int id = newId[cols[p]];
                if (id >= 0) {
                    if (m == packed.length) {
                        packed = Arrays.copyOf(packed, m * 2);
                    }
                    packed[m++] = ((long) id << 32) | cnts[p];
                }
            }
            Arrays.sort(packed, 0, m);
            double norm = 0;
            int start = q;
            for (int j = 0; j < m; j++) {
                int col = (int) (packed[j] >>> 32);
                int c = (int) packed[j];
                double w = switch (s.weighting()) {
                    case Settings.BINARY -> 1.0;
                    case Settings.TFIDF -> (s.sublinearTf() ? 1 + Math.log(c) : c) * idf[col];
                    default -> c;
                };
                outCols[q] = col;
                outVals[q++] = w;
                norm += w * w;
            }
            if (s.l2() && norm > 0) {
                double inv = 1 / Math.sqrt(norm);
                for (int p = start; p < q; p++) {
                    outVals[p] *= inv;
                }
            }
            outPtr[d + 1] = q;
        }
        return new Csr(n, outPtr, outCols, outVals, columns.terms(), columns.df(), idf, v - k);
    }

    /** The kept terms in column order: the vocabulary id of each column's term, and back. */
    private record Columns(String[] terms, int[] df, double[] idf, int[] newId) {
    }

    /**
     * Which of the v terms {@code names} (with document frequencies and corpus counts) become
     * columns, in sorted order: pruned by document frequency, then limited to maxFeatures.
     */
    private static Columns columns(int n, String[] names, int[] df, long[] total, Settings s) {
        int v = names.length;
        if (v == 0) {
            throw new IllegalArgumentException("empty vocabulary: the " + n
                    + " documents have no terms (are they empty, or only stopwords?); check the tokens");
        }
        double maxDf = s.maxDfProportion() >= 0 ? s.maxDfProportion() * n : s.maxDf();
        double minDf = s.minDfProportion() >= 0 ? s.minDfProportion() * n : s.minDf();
        int[] order = new int[v];
        int k = 0;
        for (int id = 0; id < v; id++) {
            if (df[id] >= minDf && df[id] <= maxDf) {
                order[k++] = id;
            }
        }
        if (k == 0) {
            throw new IllegalArgumentException("after pruning by document frequency no terms remain (min "
                    + minDf + ", max " + maxDf + " documents of " + n + "): lower the minimum or raise the maximum");
        }
        if (s.maxFeatures() > 0 && k > s.maxFeatures()) {
            IdSort.sort(order, k, (a, b) -> total[a] != total[b] ? Long.compare(total[b], total[a])
                    : names[a].compareTo(names[b]));
            k = s.maxFeatures();
        }
        long[] key = new long[v];
        for (int i = 0; i < k; i++) {
            key[order[i]] = IdSort.prefixKey(names[order[i]]);
        }
        IdSort.sort(order, k, (a, b) -> key[a] != key[b] ? Long.compare(key[a], key[b]) : names[a].compareTo(names[b]));
        int[] newId = new int[v];
        Arrays.fill(newId, -1);
        String[] terms = new String[k];
        int[] outDf = new int[k];
        for (int i = 0; i < k; i++) {
            newId[order[i]] = i;
            terms[i] = names[order[i]];
            outDf[i] = df[order[i]];
        }
        double[] idf = null;
        if (s.weighting() == Settings.TFIDF) {
            idf = new double[k];
            for (int i = 0; i < k; i++) {
                idf[i] = s.smoothIdf() ? Math.log((1.0 + n) / (1.0 + outDf[i])) + 1 : Math.log((double) n / outDf[i]) + 1;
            }
        }
        return new Columns(terms, outDf, idf, newId);
    }

    /**
     * The matrix of already numbered tokens: no term is hashed again; each chunk's rows are
     * written straight into the result (on the threads of {@code par}), at offsets known from
     * the chunks' document frequencies, so the only arrays besides the result are one column map
     * per chunk and a per-worker count table.
     */
    public static Csr build(Numbered src, Settings s, Parallelism par) {
        int n = src.rows();
        Columns c = columns(n, src.vocabulary(), src.df(), src.totals(), s);
        int[] newId = c.newId();
        int k = c.terms().length;
        Chunk[] chunks = src.chunks();
        // a chunk's non-zero cells: its distinct (document, kept term) pairs
        long[] offset = new long[chunks.length + 1];
        int[][] colOf = new int[chunks.length][];
        for (int t = 0; t < chunks.length; t++) {
            Chunk ch = chunks[t];
            int[] map = ch.toVocabulary();
            int[] local = new int[ch.localDf().length];
            long cells = 0;
            for (int j = 0; j < local.length; j++) {
                int col = newId[map == null ? j : map[j]];
                local[j] = col;
                if (col >= 0) {
                    cells += ch.localDf()[j];
                }
            }
            colOf[t] = local;
            offset[t + 1] = offset[t] + cells;
        }
        if (offset[chunks.length] > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("the matrix would have " + offset[chunks.length]
                    + " non-zero cells, more than an array holds: raise minDocumentFrequency or split the corpus");
        }
        int nnz = (int) offset[chunks.length];
        int[] outPtr = new int[n + 1];
        int[] outCols = new int[nnz];
        double[] outVals = new double[nnz];
        double[] idf = c.idf();
        // one worker per thread, each with one count table for all its chunks
        int workers = Math.min(par.threads(), chunks.length);
        par.forEach(workers, w -> {
            int[] mark = new int[k];
            int[] count = new int[k];
            Arrays.fill(mark, -1);
            for (int t = w; t < chunks.length; t += workers) {
                int q = rows(chunks[t], colOf[t], mark, count, (int) offset[t], outPtr, outCols, outVals, idf, s);
                if (q != offset[t + 1]) {
                    throw new IllegalStateException("chunk " + t + " wrote " + (q - offset[t]) + " cells, expected "
                            + (offset[t + 1] - offset[t]));
                }
            }
        });
        return new Csr(n, outPtr, outCols, outVals, c.terms(), c.df(), idf, src.vocabulary().length - k);
    }

    /** Writes the rows of one chunk from position {@code q}; returns the position after them. */
    private static int rows(Chunk ch, int[] colOf, int[] mark, int[] count, int q, int[] outPtr, int[] outCols,
                            double[] outVals, double[] idf, Settings s) {
        int[] local = new int[64];
        int[] ids = ch.ids();
        int[] ends = ch.rowEnds();
        int weighting = s.weighting();
        boolean sublinear = s.sublinearTf();
        int p = 0;
        for (int r = 0; r < ends.length; r++) {
            int row = ch.firstRow() + r;
            int m = 0;
            for (int e = ends[r]; p < e; p++) {
                int col = colOf[ids[p]];
                if (col < 0) {
                    continue;
                }
                if (mark[col] != row) {
                    mark[col] = row;
                    count[col] = 1;
                    if (m == local.length) {
                        local = Arrays.copyOf(local, m * 2);
                    }
                    local[m++] = col;
                } else {
                    count[col]++;
                }
            }
            Arrays.sort(local, 0, m);
            double norm = 0;
            int start = q;
            for (int j = 0; j < m; j++) {
                int col = local[j];
                int cnt = count[col];
                double w = switch (weighting) {
                    case Settings.BINARY -> 1.0;
                    case Settings.TFIDF -> (sublinear ? 1 + Math.log(cnt) : cnt) * idf[col];
                    default -> cnt;
                };
                outCols[q] = col;
                outVals[q++] = w;
                norm += w * w;
            }
            if (s.l2() && norm > 0) {
                double inv = 1 / Math.sqrt(norm);
                for (int x = start; x < q; x++) {
                    outVals[x] *= inv;
                }
            }
            outPtr[row + 1] = q;
        }
        return q;
    }
}
