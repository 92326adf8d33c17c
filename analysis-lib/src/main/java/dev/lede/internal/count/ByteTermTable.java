package dev.lede.internal.count;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Term counts keyed by the UTF-8 bytes of the term: an open-addressing table (linear probing)
 * over one byte pool, so counting a token creates no object. Not thread-safe: one per worker,
 * merged with {@link #addAll(ByteTermTable)}.
 */
public final class ByteTermTable {

    private byte[] pool = new byte[1 << 16];
    private int poolSize;
    private int[] offsets = new int[1024];
    private int[] lengths = new int[1024];
    private int[] hashes = new int[1024];
    private int[] counts = new int[1024];
    private int[] docFreqs = new int[1024];
    private int[] lastDoc = new int[1024];
    private int size;
    private int[] slots = new int[2048]; // id + 1, 0 = empty
    private int mask = slots.length - 1;
    private long tokens;

    /** Number of distinct terms. */
    public int size() {
        return size;
    }

    /** Number of tokens added (with their multiplicity). */
    public long tokens() {
        return tokens;
    }

    /** FNV-1a over a byte range; the table mixes it further. */
    public static int hash(byte[] b, int off, int len) {
        int h = 0x811C9DC5;
        for (int i = off, e = off + len; i < e; i++) {
            h = (h ^ b[i]) * 0x01000193;
        }
        return h;
    }

    /**
     * Counts one occurrence of the term {@code b[off, off+len)} (whose {@link #hash} is {@code h})
     * in document {@code doc}; documents must be added in non-decreasing order of {@code doc}.
     */
    public void add(byte[] b, int off, int len, int h, int doc) {
        int id = find(b, off, len, h);
        counts[id]++;
        if (lastDoc[id] != doc) {
            lastDoc[id] = doc;
            docFreqs[id]++;
        }
        tokens++;
    }

    private int find(byte[] b, int off, int len, int h) {
        int s = mix(h) & mask;
        while (true) {
            int v = slots[s];
            if (v == 0) {
                return insert(b, off, len, h, s);
            }
            int id = v - 1;
            if (hashes[id] == h && lengths[id] == len
                    && Arrays.equals(pool, offsets[id], offsets[id] + len, b, off, off + len)) {
                return id;
            }
            s = (s + 1) & mask;
        }
    }

    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        return h;
    }

    private int insert(byte[] b, int off, int len, int h, int slot) {
        if (poolSize + len > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + len));
        }
        System.arraycopy(b, off, pool, poolSize, len);
        if (size == offsets.length) {
            int n = size * 2;
            offsets = Arrays.copyOf(offsets, n);
            lengths = Arrays.copyOf(lengths, n);
            hashes = Arrays.copyOf(hashes, n);
            counts = Arrays.copyOf(counts, n);
            docFreqs = Arrays.copyOf(docFreqs, n);
            lastDoc = Arrays.copyOf(lastDoc, n);
        }
        int id = size++;
        offsets[id] = poolSize;
        lengths[id] = len;
        hashes[id] = h;
        lastDoc[id] = -1;
        poolSize += len;
        slots[slot] = id + 1;
        if (size * 2 > slots.length) {
            rehash();
        }
        return id;
    }

    private void rehash() {
        int[] s = new int[slots.length * 2];
        int m = s.length - 1;
        for (int id = 0; id < size; id++) {
            int k = mix(hashes[id]) & m;
            while (s[k] != 0) {
                k = (k + 1) & m;
            }
            s[k] = id + 1;
        }
        slots = s;
        mask = m;
    }

    /** Adds the counts and document frequencies of {@code other} (counted over other documents). */
    public void addAll(ByteTermTable other) {
        for (int j = 0; j < other.size; j++) {
            int id = find(other.pool, other.offsets[j], other.lengths[j], other.hashes[j]);
            counts[id] += other.counts[j];
            docFreqs[id] += other.docFreqs[j];
        }
        tokens += other.tokens;
    }

    /** The term with id {@code id} (ids in order of first occurrence). */
    public String term(int id) {
        return new String(pool, offsets[id], lengths[id], StandardCharsets.UTF_8);
    }

    public int count(int id) {
        return counts[id];
    }

    public int documentFrequency(int id) {
        return docFreqs[id];
    }
}
