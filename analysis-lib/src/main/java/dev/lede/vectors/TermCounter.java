package dev.lede.vectors;

import dev.lede.corpus.Corpus;
import dev.lede.corpus.Document;
import dev.lede.corpus.TermCounts;
import dev.lede.corpus.TermFrequencies;
import dev.lede.corpus.Tokens;
import dev.lede.text.ByteTermTable;
import dev.lede.text.Tokenizer;
import dev.lede.text.Utf8Counter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Fast term counting: the same {@link TermFrequencies} as {@code TermFrequencies.of(corpus.tokens(tokenizer))},
 * term for term and count for count, without keeping the tokens. It works on the UTF-8 bytes of
 * the text: stretches of ASCII between white space are tokenized by a byte-level fast path that
 * implements the Tokenizer's rules (its "ASCII summary"), every stretch with a non-ASCII
 * character goes through the {@link Tokenizer} itself, and terms are counted in an
 * open-addressing table of byte slices, so no String or object is made per token. Documents (or
 * blocks of lines) are counted in parallel on {@link #threads()} threads and the partial counts
 * are merged; the result does not depend on the number of threads.
 *
 * <p>Immutable and thread-safe; counting is a pure function of the input. The frequencies it
 * returns have no tokens behind them, so {@link TermFrequencies#byDocument()} and
 * {@link TermFrequencies#byGroup(String)} need {@code TermFrequencies.of(Tokens)} instead.
 *
 * <pre>{@code
 * TermFrequencies tf = TermCounter.standard().count(corpus);       // = TermFrequencies.of(corpus.tokens(Tokenizer.standard()))
 * TermFrequencies big = TermCounter.standard().withThreads(1).countLines(Path.of("kjv.txt")); // one document per line
 * DocumentTermMatrix tfidf = TermCounter.standard().documentTermMatrix(corpus, DocumentTermMatrix.Options.defaults());
 * tf.top(10).table();
 * }</pre>
 */
public final class TermCounter {

    private static final TermCounter STANDARD = new TermCounter(Tokenizer.standard(),
            Runtime.getRuntime().availableProcessors());

    private final Tokenizer tokenizer;
    private final int threads;
    private final Utf8Counter counter;

    private TermCounter(Tokenizer tokenizer, int threads) {
        this.tokenizer = tokenizer;
        this.threads = threads;
        this.counter = new Utf8Counter(tokenizer);
    }

    /** Counts with {@link Tokenizer#standard()} on all available processors. */
    public static TermCounter standard() {
        return STANDARD;
    }

    /** Counts the terms {@code tokenizer} would produce, on all available processors. */
    public static TermCounter of(Tokenizer tokenizer) {
        Objects.requireNonNull(tokenizer, "tokenizer");
        return new TermCounter(tokenizer, Runtime.getRuntime().availableProcessors());
    }

    /** The same counter on {@code n} threads (1: on the calling thread only). */
    public TermCounter withThreads(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("threads " + n + " < 1: give 1 or more");
        }
        return new TermCounter(tokenizer, n);
    }

    public Tokenizer tokenizer() {
        return tokenizer;
    }

    public int threads() {
        return threads;
    }

    /** Term frequencies of every document of {@code corpus}; document frequency counts documents. */
    public TermFrequencies count(Corpus corpus) {
        Objects.requireNonNull(corpus, "corpus");
        List<Document> docs = corpus.documents();
        int n = docs.size();
        int tasks = Math.min(n, threads == 1 ? 1 : threads * 4);
        List<java.util.concurrent.Callable<ByteTermTable>> work = new ArrayList<>();
        for (int t = 0; t < tasks; t++) {
            int from = (int) ((long) n * t / tasks);
            int to = (int) ((long) n * (t + 1) / tasks);
            work.add(() -> {
                ByteTermTable table = new ByteTermTable();
                Utf8Counter.Scratch scratch = new Utf8Counter.Scratch();
                for (int i = from; i < to; i++) {
                    if (!countText(docs.get(i).text(), docs.get(i).language(), i, table, scratch)) {
                        return null;
                    }
                }
                return table;
            });
        }
        List<ByteTermTable> tables = run(work);
        if (tables.contains(null)) {
            // some text is not valid Unicode: terms with lone surrogates have no UTF-8 key
            return TermFrequencies.of(corpus.tokens(tokenizer));
        }
        return result("corpus", tables, n);
    }

    /**
     * The document-term matrix of {@code corpus} with {@code options}: the same matrix as
     * {@code DocumentTermMatrix.of(corpus.tokens(tokenizer), options)}, with the tokens read by
     * this counter's fast path (no String per token; each term is one shared String).
     */
    public DocumentTermMatrix documentTermMatrix(Corpus corpus, DocumentTermMatrix.Options options) {
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(options, "options");
        List<Document> docs = corpus.documents();
        int n = docs.size();
        // fewer, larger chunks than for counting: each has its own term table and token ids
        int tasks = Math.max(1, Math.min(n, threads == 1 ? 1 : threads * 2));
        int[][] rowEnds = new int[tasks][];
        List<java.util.concurrent.Callable<ByteTermTable>> work = new ArrayList<>();
        for (int t = 0; t < tasks; t++) {
            int from = (int) ((long) n * t / tasks);
            int to = (int) ((long) n * (t + 1) / tasks);
            int task = t;
            work.add(() -> {
                long chars = 0;
                for (int i = from; i < to; i++) {
                    chars += docs.get(i).text().length();
                }
                // English prose has a token per 5 to 6 characters; the id array grows if there are more
                ByteTermTable table = new ByteTermTable(true, (int) Math.min(Integer.MAX_VALUE - 16, chars / 5));
                Utf8Counter.Scratch scratch = new Utf8Counter.Scratch();
                int[] ends = new int[to - from];
                for (int i = from; i < to; i++) {
                    if (!countText(docs.get(i).text(), docs.get(i).language(), i, table, scratch)) {
                        return null;
                    }
                    ends[i - from] = table.traced();
                }
                rowEnds[task] = ends;
                return table;
            });
        }
        List<ByteTermTable> tables = run(work);
        if (tables.contains(null)) {
            return DocumentTermMatrix.of(corpus.tokens(tokenizer), options);
        }
        // one vocabulary: the first table takes in the others' terms (its own document
        // frequencies are kept first, they are its chunk's)
        ByteTermTable all = tables.get(0);
        Vectorizer.Chunk[] chunks = new Vectorizer.Chunk[tasks];
        chunks[0] = new Vectorizer.Chunk(0, rowEnds[0], all.tracedIds(), null, all.documentFrequencies());
        for (int t = 1; t < tasks; t++) {
            ByteTermTable table = tables.get(t);
            int[] map = all.addAll(table);
            chunks[t] = new Vectorizer.Chunk((int) ((long) n * t / tasks), rowEnds[t], table.tracedIds(), map,
                    table.documentFrequencies());
        }
        int v = all.size();
        String[] vocabulary = new String[v];
        int[] df = new int[v];
        long[] totals = new long[v];
        for (int i = 0; i < v; i++) {
            vocabulary[i] = all.term(i);
            df[i] = all.documentFrequency(i);
            totals[i] = all.count(i);
        }
        Vectorizer.Numbered numbered = new Vectorizer.Numbered(n, vocabulary, df, totals, chunks);
        all = null; // the term tables are not needed any more: let them go before the matrix is built
        tables = null;
        return DocumentTermMatrix.ofCorpus(corpus.ids(), options,
                Vectorizer.build(numbered, options.settings(), threads > 1));
    }

    /** Term frequencies of one text, counted as one document. */
    public TermFrequencies count(String text) {
        Objects.requireNonNull(text, "text");
        ByteTermTable table = new ByteTermTable();
        if (!countText(text, null, 0, table, new Utf8Counter.Scratch())) {
            return TermFrequencies.of(tokenizer.tokenize(text));
        }
        return result("document", List.of(table), 1);
    }

    /** False when the text holds an unpaired surrogate (not valid Unicode, so not representable in UTF-8). */
    private boolean countText(String text, dev.lede.text.Language language, int doc, ByteTermTable table,
            Utf8Counter.Scratch scratch) {
        if (Utf8Counter.needsLanguage(language)) { // segmentation or elision: the Tokenizer's own rules
            if (hasUnpairedSurrogate(text)) {
                return false;
            }
            counter.countTokens(tokenizer.tokenize(text, language), doc, table);
            return true;
        }
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        if (b.length != text.length() && hasUnpairedSurrogate(text)) {
            return false;
        }
        counter.countDocument(b, 0, b.length, doc, table, scratch);
        return true;
    }

    private static boolean hasUnpairedSurrogate(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** Bytes each worker reads from a file at a time (grown for longer lines). */
    private static final int BLOCK = 4 << 20;

    /**
     * Term frequencies of a UTF-8 text file, each line one document (as scikit-learn's
     * {@code CountVectorizer().fit(open(file))}); the same counts as tokenizing
     * {@code new String(bytes, UTF_8)} line by line. The file is streamed in blocks of 4 MB per
     * thread (never read whole), so memory does not grow with its size.
     */
    public TermFrequencies countLines(Path file) {
        return countLines(file, BLOCK);
    }

    /** {@link #countLines(Path)} reading {@code block} bytes at a time (small in tests, to cross block ends). */
    TermFrequencies countLines(Path file, int block) {
        Objects.requireNonNull(file, "file");
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            int tasks = threads == 1 ? 1 : threads * 4;
            long[] cut = new long[tasks + 1];
            cut[tasks] = size;
            for (int t = 1; t < tasks; t++) {
                cut[t] = lineStart(ch, Math.max(cut[t - 1], size * t / tasks), size);
            }
            int[] lines = new int[tasks];
            List<java.util.concurrent.Callable<ByteTermTable>> work = new ArrayList<>();
            for (int t = 0; t < tasks; t++) {
                long from = cut[t];
                long to = cut[t + 1];
                int task = t;
                work.add(() -> {
                    ByteTermTable table = new ByteTermTable();
                    Utf8Counter.Scratch scratch = new Utf8Counter.Scratch();
                    byte[] buf = new byte[(int) Math.min(block, Math.max(1, to - from))];
                    int line = 0;
                    long pos = from;
                    while (pos < to) {
                        int want = (int) Math.min(buf.length, to - pos);
                        readFully(ch, buf, want, pos, file);
                        int end = want;
                        if (pos + want < to) {
                            int k = want - 1;
                            while (k >= 0 && buf[k] != '\n') {
                                k--;
                            }
                            if (k < 0) { // a line longer than the buffer
                                buf = new byte[buf.length * 2];
                                continue;
                            }
                            end = k + 1;
                        }
                        int st = 0;
                        while (st < end) {
                            int e = st;
                            while (e < end && buf[e] != '\n') {
                                e++;
                            }
                            counter.countDocument(buf, st, e, line++, table, scratch);
                            st = e + 1;
                        }
                        pos += end;
                    }
                    lines[task] = line;
                    return table;
                });
            }
            List<ByteTermTable> tables = run(work);
            return result(Objects.toString(file.getFileName(), file.toString()), tables, Arrays.stream(lines).sum());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The first line start at or after {@code p}. */
    private static long lineStart(FileChannel ch, long p, long size) throws IOException {
        if (p <= 0) {
            return 0;
        }
        ByteBuffer b = ByteBuffer.allocate(8192);
        long q = p - 1;
        while (q < size) {
            b.clear();
            int n = ch.read(b, q);
            if (n <= 0) {
                break;
            }
            for (int i = 0; i < n; i++) {
                if (b.get(i) == '\n') {
                    return q + i + 1;
                }
            }
            q += n;
        }
        return size;
    }

    private static void readFully(FileChannel ch, byte[] buf, int len, long pos, Path file) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(buf, 0, len);
        while (b.hasRemaining()) {
            if (ch.read(b, pos + b.position()) < 0) {
                throw new IOException("file " + file + " ended early while being read: was it changed meanwhile?");
            }
        }
    }

    /** Like {@link #countLines(Path)} for UTF-8 bytes already in memory (not modified). */
    public TermFrequencies countLines(String label, byte[] utf8) {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(utf8, "utf8");
        byte[] b = utf8;
        int tasks = threads == 1 ? 1 : threads * 4;
        // piece boundaries just after a '\n', so no line is split
        int[] cut = new int[tasks + 1];
        cut[tasks] = b.length;
        for (int t = 1; t < tasks; t++) {
            int c = Math.max(cut[t - 1], (int) ((long) b.length * t / tasks));
            while (c < b.length && (c == 0 || b[c - 1] != '\n')) {
                c++;
            }
            cut[t] = c;
        }
        int[] lines = new int[tasks];
        List<java.util.concurrent.Callable<ByteTermTable>> work = new ArrayList<>();
        for (int t = 0; t < tasks; t++) {
            int from = cut[t];
            int to = cut[t + 1];
            int task = t;
            work.add(() -> {
                ByteTermTable table = new ByteTermTable();
                Utf8Counter.Scratch scratch = new Utf8Counter.Scratch();
                int line = 0;
                int s = from;
                while (s < to) {
                    int e = s;
                    while (e < to && b[e] != '\n') {
                        e++;
                    }
                    counter.countDocument(b, s, e, line++, table, scratch);
                    s = e + 1;
                }
                lines[task] = line;
                return table;
            });
        }
        List<ByteTermTable> tables = run(work);
        int total = Arrays.stream(lines).sum();
        return result(label, tables, total);
    }

    private List<ByteTermTable> run(List<java.util.concurrent.Callable<ByteTermTable>> work) {
        List<ByteTermTable> out = new ArrayList<>(work.size());
        if (threads == 1 || work.size() <= 1) {
            for (var w : work) {
                try {
                    out.add(w.call());
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, work.size()), r -> {
            Thread t = new Thread(r, "lede-count");
            t.setDaemon(true);
            return t;
        });
        try {
            for (Future<ByteTermTable> f : pool.invokeAll(work)) {
                out.add(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("counting interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            throw c instanceof RuntimeException r ? r : new IllegalStateException(c);
        } finally {
            pool.shutdownNow();
        }
        return out;
    }

    private static TermFrequencies result(String label, List<ByteTermTable> tables, int documents) {
        ByteTermTable all = tables.isEmpty() ? new ByteTermTable() : tables.get(0);
        for (int i = 1; i < tables.size(); i++) {
            all.addAll(tables.get(i));
        }
        int v = all.size();
        String[] terms = new String[v];
        int[] counts = new int[v];
        int[] df = new int[v];
        for (int i = 0; i < v; i++) {
            terms[i] = all.term(i);
            counts[i] = all.count(i);
            df[i] = all.documentFrequency(i);
        }
        TermCounts sorted = TermCounts.sorted(terms, counts, df, all.tokens(), documents);
        return TermFrequencies.ofCounts(label, sorted.terms(), sorted.counts(), sorted.documentFrequencies(),
                all.tokens(), documents);
    }

    @Override
    public String toString() {
        return "TermCounter[" + tokenizer + ", threads=" + threads + "]";
    }
}
