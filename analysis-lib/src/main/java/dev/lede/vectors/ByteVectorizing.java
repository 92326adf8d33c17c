package dev.lede.vectors;

import dev.lede.corpus.Document;
import dev.lede.corpus.Parallelism;
import dev.lede.text.ByteTermTable;
import dev.lede.text.Tokenizer;
import dev.lede.text.Utf8Counter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The byte fast path of {@link DocumentTermMatrix#of(dev.lede.corpus.Tokens, DocumentTermMatrix.Options)}
 * for the tokenizer's own tokens: each piece of documents is counted by {@link Utf8Counter} into
 * its own table of byte slices that also records every token's term id, the tables' vocabularies
 * are merged in piece order, and the numbered tokens go to {@link Vectorizer#build(Vectorizer.Numbered,
 * Vectorizer.Settings, Parallelism)}: no String per token, one shared String per term.
 */
final class ByteVectorizing {

    private ByteVectorizing() {
    }

    /** The matrix's arrays, or {@code null} when a text is not valid Unicode (the caller then uses the token objects). */
    static Vectorizer.Csr build(List<Document> docs, Tokenizer tokenizer, Vectorizer.Settings settings,
                                Parallelism par) {
        Utf8Counter counter = new Utf8Counter(tokenizer);
        int n = docs.size();
        // fewer, larger pieces than for counting: each has its own term table and token ids
        int tasks = Math.max(1, Math.min(n, par.isParallel() ? par.threads() * 2 : 1));
        int[][] rowEnds = new int[tasks][];
        List<Callable<ByteTermTable>> work = new ArrayList<>();
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
                    if (!counter.countText(docs.get(i).text(), docs.get(i).language(), i, table, scratch)) {
                        return null;
                    }
                    ends[i - from] = table.traced();
                }
                rowEnds[task] = ends;
                return table;
            });
        }
        List<ByteTermTable> tables = par.map(work);
        if (tables.contains(null)) {
            return null;
        }
        // one vocabulary: the first table takes in the others' terms (its own document
        // frequencies are kept first, they are its piece's)
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
        return Vectorizer.build(numbered, settings, par);
    }
}
