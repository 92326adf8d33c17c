package dev.lede.corpus;

import dev.lede.progress.Progress;
import dev.lede.text.ByteTermTable;
import dev.lede.text.Utf8Counter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The byte fast path behind {@link Tokens#frequencies()} when the tokens are still the
 * tokenizer's own output: the UTF-8 bytes are counted by {@link Utf8Counter} into open-addressing
 * tables of byte slices, with no String or object per token, in pieces that run on the
 * {@link Parallelism} of the tokens and are merged in piece order, so the counts do not depend on
 * the thread count.
 */
final class ByteCounting {

    /** Bytes each worker reads from a file at a time (grown for longer lines). */
    static final int BLOCK = 4 << 20;

    private ByteCounting() {
    }

    /** Counts of every document of {@code corpus}, or {@code null} when a text is not valid Unicode. */
    static TermCounts count(Corpus corpus, Utf8Counter counter, Parallelism parallelism) {
        List<Document> docs = corpus.documents();
        int n = docs.size();
        int tasks = Math.min(n, parallelism.isParallel() ? parallelism.threads() * 4 : 1);
        List<Callable<ByteTermTable>> work = new ArrayList<>();
        Progress progress = Progress.start("Counting terms", n, Progress.Unit.DOCUMENTS);
        for (int t = 0; t < tasks; t++) {
            int from = (int) ((long) n * t / tasks);
            int to = (int) ((long) n * (t + 1) / tasks);
            work.add(() -> {
                ByteTermTable table = new ByteTermTable();
                Utf8Counter.Scratch scratch = new Utf8Counter.Scratch();
                for (int i = from; i < to; i++) {
                    if (!counter.countText(docs.get(i).text(), docs.get(i).language(), i, table, scratch)) {
                        return null;
                    }
                    progress.advance(1);
                }
                return table;
            });
        }
        List<ByteTermTable> tables;
        try (progress) {
            tables = parallelism.map(work);
        }
        return tables.contains(null) ? null : merge(tables, n);
    }

    /**
     * Counts of a UTF-8 file whose every line is one document, streamed in blocks of
     * {@code block} bytes per piece (never read whole).
     */
    static TermCounts countLines(Path file, int block, Utf8Counter counter, Parallelism parallelism) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
             Progress progress = Progress.start("Counting " + file.getFileName(), ch.size(), Progress.Unit.BYTES)) {
            long size = ch.size();
            int tasks = parallelism.isParallel() ? parallelism.threads() * 4 : 1;
            long[] cut = new long[tasks + 1];
            cut[tasks] = size;
            for (int t = 1; t < tasks; t++) {
                cut[t] = lineStart(ch, Math.max(cut[t - 1], size * t / tasks), size);
            }
            int[] lines = new int[tasks];
            List<Callable<ByteTermTable>> work = new ArrayList<>();
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
                        // one check of the block instead of one per line (most text is all ASCII),
                        // and an all-ASCII block tokenized in one pass that also finds its lines
                        if (Utf8Counter.isAscii(buf, 0, end)) {
                            line += counter.countAsciiLines(buf, 0, end, line, table, scratch);
                        } else {
                            int st = 0;
                            while (st < end) {
                                int e = st;
                                while (e < end && buf[e] != '\n') {
                                    e++;
                                }
                                counter.countDocument(buf, st, e, line++, table, scratch);
                                st = e + 1;
                            }
                        }
                        pos += end;
                        progress.advance(end);
                    }
                    lines[task] = line;
                    return table;
                });
            }
            List<ByteTermTable> tables = parallelism.map(work);
            return merge(tables, Arrays.stream(lines).sum());
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

    /** The tables merged in piece order, sorted as every frequency table is. */
    private static TermCounts merge(List<ByteTermTable> tables, int documents) {
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
        return TermCounts.sorted(terms, counts, df, all.tokens(), documents);
    }
}
