package dev.lede.text;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Term counts keyed by the UTF-8 bytes of the term: an open-addressing table (linear probing)
 * whose slots hold the first 16 bytes of the term packed in two longs, so looking up a short
 * term reads one slot and creates no object; longer terms compare their tail in a byte pool.
 * Not thread-safe: one per worker, merged with {@link #addAll(ByteTermTable)}.
 */
public final class ByteTermTable {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private long[] slots = new long[3 * 4096]; // per slot: k0, k1, length << 32 | (id + 1) (0 = empty)
    private int mask = 4096 - 1;
    private byte[] pool = new byte[1 << 16];
    private int poolSize;
    private int[] offsets = new int[1024];
    private int[] lengths = new int[1024];
    private int[] stats = new int[1024 * 4]; // per id: count, document frequency, last document
    private int size;
    private final boolean trace;
    private int[] ids = new int[0];
    private int traced;

    /** A table that only counts. */
    public ByteTermTable() {
        this(false);
    }

    /** With {@code trace}, the table also records the id of every term added, in order ({@link #traced()}). */
    public ByteTermTable(boolean trace) {
        this(trace, 1024);
    }

    /** A tracing table (if {@code trace}) with room for {@code expectedTokens} ids before it grows. */
    public ByteTermTable(boolean trace, int expectedTokens) {
        this.trace = trace;
        if (trace) {
            ids = new int[Math.max(16, expectedTokens)];
        }
    }

    /** Number of ids recorded (tracing tables only). */
    public int traced() {
        return traced;
    }

    /** The recorded ids (tracing tables only); the first {@link #traced()} are valid. */
    public int[] tracedIds() {
        return ids;
    }

    /** Number of distinct terms. */
    public int size() {
        return size;
    }

    /** Number of tokens added (with their multiplicity). */
    public long tokens() {
        long n = 0; // the sum of the counts (not kept per token: one memory update less on the hot path)
        for (int i = 0; i < size; i++) {
            n += stats[i << 2];
        }
        return n;
    }

    /** Eight bytes from {@code i} (zero past {@code end}), little-endian. */
    private static long pack(byte[] b, int i, int end) {
        int n = end - i;
        if (n <= 0) {
            return 0;
        }
        if (i + 8 <= b.length) {
            long v = (long) LONGS.get(b, i);
            return n >= 8 ? v : v & ((1L << (n << 3)) - 1);
        }
        long v = 0;
        for (int k = Math.min(n, 8) - 1; k >= 0; k--) {
            v = v << 8 | (b[i + k] & 0xFF);
        }
        return v;
    }

    /**
     * The slot hash: the key's words folded to 32 bits and multiplied; the product's high half
     * (which every key bit reaches) picks the slot. Terms of up to 16 bytes (nearly all) cost two
     * multiplies and no loop.
     */
    private static int hash(long k0, long k1, int len, byte[] b, int off) {
        long h = k1 * 0xC2B2AE3D27D4EB4FL + len;
        for (int i = off + 16, e = off + len; i < e; i++) {
            h = (h ^ b[i]) * 0x100000001B3L;
        }
        long x = k0 ^ h;
        x ^= x >>> 32; // so every byte of the key reaches the product's bits that pick the slot
        return (int) ((x * 0x9E3779B97F4A7C15L) >>> 32);
    }

    /**
     * Counts one occurrence of the term {@code b[off, off+len)} in document {@code doc};
     * documents must be added in non-decreasing order of {@code doc}.
     */
    public void add(byte[] b, int off, int len, int doc) {
        count(find(b, off, len), doc);
    }

    private static final long FOLD = 0x2020202020202020L;

    /**
     * Counts the ASCII term {@code b[off, off + len)} of at most 16 bytes, as {@link #add} would
     * count it, lower-cased first when {@code lowerCase}: its bytes are read as two longs and set
     * to lower case by turning on bit 0x20 of each, so it must hold only letters, digits and the
     * punctuation {@code . : ' , ;} (which have that bit), no '_'. No copy of the term is made
     * unless it is new.
     */
    public void addShortAscii(byte[] b, int off, int len, boolean lowerCase, int doc) {
        int end = off + len;
        long k0 = pack(b, off, end);
        long k1 = len > 8 ? pack(b, off + 8, end) : 0;
        if (lowerCase) {
            k0 |= len >= 8 ? FOLD : FOLD & ((1L << (len << 3)) - 1);
            if (len > 8) {
                k1 |= len >= 16 ? FOLD : FOLD & ((1L << ((len - 8) << 3)) - 1);
            }
        }
        count(idShort(k0, k1, len), doc);
    }

    /**
     * Counts the term of {@code len} (1 to 8) bytes packed little-endian in {@code k0} (bytes
     * past {@code len} zero), as {@link #add} would count those bytes.
     */
    void addPacked(long k0, int len, int doc) {
        count(idShort(k0, 0, len), doc);
    }

    /**
     * The id of the term of at most 16 bytes packed in {@code k0, k1} (bytes past {@code len}
     * zero), inserted if new; the hash reads no bytes beyond the two longs at that length.
     */
    private int idShort(long k0, long k1, int len) {
        int h = hash(k0, k1, len, null, 0);
        long lenTag = (long) len << 32;
        long[] sl = slots;
        int s = h & mask;
        while (true) {
            int base = s * 3;
            long v = sl[base + 2];
            if (v == 0) {
                return insertShort(k0, k1, len, s);
            }
            if ((v & 0xFFFFFFFF00000000L) == lenTag && sl[base] == k0 && sl[base + 1] == k1) {
                return (int) v - 1;
            }
            s = (s + 1) & mask;
        }
    }

    /** Inserts a term of at most 16 bytes given as its two packed longs. */
    private int insertShort(long k0, long k1, int len, int slot) {
        byte[] bytes = new byte[16];
        LONGS.set(bytes, 0, k0);
        LONGS.set(bytes, 8, k1);
        return insert(bytes, 0, len, k0, k1, slot);
    }

    private void count(int id, int doc) {
        if (trace) {
            if (traced == ids.length) {
                ids = Arrays.copyOf(ids, traced + (traced >> 1) + 16);
            }
            ids[traced++] = id;
        }
        int base = id << 2;
        int[] st = stats;
        st[base]++;
        // without a branch: whether a term was already seen in this document is unpredictable
        st[base + 1] += st[base + 2] != doc ? 1 : 0;
        st[base + 2] = doc;
    }

    private int find(byte[] b, int off, int len) {
        int end = off + len;
        long k0 = pack(b, off, end);
        long k1 = len > 8 ? pack(b, off + 8, end) : 0;
        int h = hash(k0, k1, len, b, off);
        long lenTag = (long) len << 32;
        long[] sl = slots;
        int s = h & mask;
        while (true) {
            int base = s * 3;
            long v = sl[base + 2];
            if (v == 0) {
                return insert(b, off, len, k0, k1, s);
            }
            if ((v & 0xFFFFFFFF00000000L) == lenTag && sl[base] == k0 && sl[base + 1] == k1) {
                int id = (int) v - 1;
                if (len <= 16 || Arrays.equals(pool, offsets[id] + 16, offsets[id] + len, b, off + 16, end)) {
                    return id;
                }
            }
            s = (s + 1) & mask;
        }
    }

    private int insert(byte[] b, int off, int len, long k0, long k1, int slot) {
        if (poolSize + len > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + len));
        }
        System.arraycopy(b, off, pool, poolSize, len);
        if (size == offsets.length) {
            offsets = Arrays.copyOf(offsets, size * 2);
            lengths = Arrays.copyOf(lengths, size * 2);
            stats = Arrays.copyOf(stats, size * 2 * 4);
        }
        int id = size++;
        offsets[id] = poolSize;
        lengths[id] = len;
        stats[(id << 2) + 2] = -1;
        poolSize += len;
        int base = slot * 3;
        slots[base] = k0;
        slots[base + 1] = k1;
        slots[base + 2] = (long) len << 32 | (id + 1);
        if (size * 2 > mask + 1) {
            rehash();
        }
        return id;
    }

    /** Doubles the slots; hashes are computed again from the pool (not stored: a quarter less memory). */
    private void rehash() {
        int n = (mask + 1) * 2;
        long[] s = new long[n * 3];
        int m = n - 1;
        for (int i = 0; i <= mask; i++) {
            int base = i * 3;
            long v = slots[base + 2];
            if (v == 0) {
                continue;
            }
            int id = (int) v - 1;
            int k = hash(slots[base], slots[base + 1], lengths[id], pool, offsets[id]) & m;
            while (s[k * 3 + 2] != 0) {
                k = (k + 1) & m;
            }
            System.arraycopy(slots, base, s, k * 3, 3);
        }
        slots = s;
        mask = m;
    }

    /**
     * Adds the counts and document frequencies of {@code other} (counted over other documents);
     * returns the id here of each of other's ids.
     */
    public int[] addAll(ByteTermTable other) {
        int[] map = new int[other.size];
        for (int j = 0; j < other.size; j++) {
            int id = find(other.pool, other.offsets[j], other.lengths[j]);
            map[j] = id;
            int base = id << 2;
            stats[base] += other.stats[j << 2];
            stats[base + 1] += other.stats[(j << 2) + 1];
        }
        return map;
    }

    /** The term with id {@code id} (ids in order of first occurrence). */
    public String term(int id) {
        return new String(pool, offsets[id], lengths[id], StandardCharsets.UTF_8);
    }

    public int count(int id) {
        return stats[id << 2];
    }

    /** The document frequency of every id, in id order (a copy). */
    public int[] documentFrequencies() {
        int[] df = new int[size];
        for (int i = 0; i < size; i++) {
            df[i] = stats[(i << 2) + 1];
        }
        return df;
    }

    public int documentFrequency(int id) {
        return stats[(id << 2) + 1];
    }
}
