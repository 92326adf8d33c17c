package dev.lede.reuse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Candidate pairs and passage alignment over shingle hashes. Everything here works on primitive
 * arrays; the public layer ({@code dev.lede.reuse.TextReuse}) turns the raw passages into records.
 */
final class ReuseEngine {

    /** A passage in token coordinates: tokens [aStart, aEnd) of document a match [bStart, bEnd) of b. */
    public record Raw(int a, int b, int aStart, int aEnd, int bStart, int bEnd, int matched, int matchedB) {
    }

    /** Settings, already validated by the public builder. */
    public record Settings(int shingleSize, int minPassageTokens, int maxGap, double maxDocumentFrequency,
                           int frequencyFilterMinDocuments, int maxOccurrences, boolean exact, int bands,
                           int rows, long seed) {
    }

    private ReuseEngine() {
    }

    /**
     * Hashes shared by more than {@code maxDocumentFrequency} of the documents (and by at least
     * three), sorted; empty when the corpus is smaller than the filter's minimum size.
     */
    public static long[] frequent(List<Shingles> docs, Settings s) {
        int n = docs.size();
        if (n < s.frequencyFilterMinDocuments() || s.maxDocumentFrequency() >= 1.0) {
            return new long[0];
        }
        long[][] distinct = new long[n][];
        int total = 0;
        for (int i = 0; i < n; i++) {
            distinct[i] = docs.get(i).distinct();
            total += distinct[i].length;
        }
        long[] all = new long[total];
        int p = 0;
        for (long[] d : distinct) {
            System.arraycopy(d, 0, all, p, d.length);
            p += d.length;
        }
        Arrays.sort(all);
        double limit = s.maxDocumentFrequency() * n;
        long[] out = new long[16];
        int m = 0;
        for (int k = 0; k < total; ) {
            int e = k;
            while (e < total && all[e] == all[k]) {
                e++;
            }
            int df = e - k;
            if (df >= 3 && df > limit) {
                if (m == out.length) {
                    out = Arrays.copyOf(out, m * 2);
                }
                out[m++] = all[k];
            }
            k = e;
        }
        return Arrays.copyOf(out, m);
    }

    /** usable[i] = shingle i of the document is not frequent. */
    public static boolean[] usable(Shingles d, long[] frequent) {
        boolean[] u = new boolean[d.count()];
        for (int i = 0; i < u.length; i++) {
            u[i] = frequent.length == 0 || Arrays.binarySearch(frequent, d.hashes[i]) < 0;
        }
        return u;
    }

    /** Candidate pairs (i < j) encoded as i * n + j, sorted. */
    public static long[] candidates(List<Shingles> docs, List<boolean[]> usable, Settings s) {
        return s.exact() ? exactCandidates(docs, usable) : lshCandidates(docs, usable, s);
    }

    /** Every pair that shares at least one usable shingle, from an inverted index built by sorting. */
    static long[] exactCandidates(List<Shingles> docs, List<boolean[]> usable) {
        int n = docs.size();
        long[][] keys = new long[n][];
        int total = 0;
        for (int d = 0; d < n; d++) {
            keys[d] = usableDistinct(docs.get(d), usable.get(d));
            total += keys[d].length;
        }
        long[] hs = new long[total];
        int[] ds = new int[total];
        int p = 0;
        for (int d = 0; d < n; d++) {
            for (long h : keys[d]) {
                hs[p] = h;
                ds[p] = d;
                p++;
            }
        }
        int[] order = Shingles.sortIndex(hs);
        LongSet pairs = new LongSet();
        for (int k = 0; k < total; ) {
            int e = k;
            while (e < total && hs[order[e]] == hs[order[k]]) {
                e++;
            }
            for (int x = k; x < e; x++) {
                for (int y = x + 1; y < e; y++) {
                    int i = ds[order[x]];
                    int j = ds[order[y]];
                    pairs.add(Math.min(i, j) * (long) n + Math.max(i, j));
                }
            }
            k = e;
        }
        return pairs.sorted();
    }

    /**
     * MinHash signatures of {@code bands * rows} seeded hash functions over each document's usable
     * distinct shingles; documents that agree on all rows of some band are candidates.
     */
    static long[] lshCandidates(List<Shingles> docs, List<boolean[]> usable, Settings s) {
        int n = docs.size();
        int k = s.bands() * s.rows();
        long[] salts = new long[k];
        SplittableRandom r = new SplittableRandom(s.seed());
        for (int i = 0; i < k; i++) {
            salts[i] = r.nextLong();
        }
        long[][] sig = new long[n][k];
        boolean[] empty = new boolean[n];
        for (int d = 0; d < n; d++) {
            long[] hs = usableDistinct(docs.get(d), usable.get(d));
            empty[d] = hs.length == 0;
            Arrays.fill(sig[d], Long.MAX_VALUE);
            for (long h : hs) {
                for (int f = 0; f < k; f++) {
                    long v = Shingles.mix(h ^ salts[f]);
                    if (v < sig[d][f]) {
                        sig[d][f] = v;
                    }
                }
            }
        }
        LongSet pairs = new LongSet();
        long[] bucket = new long[n];
        for (int b = 0; b < s.bands(); b++) {
            for (int d = 0; d < n; d++) {
                long x = b;
                for (int row = 0; row < s.rows(); row++) {
                    x = Shingles.mix(x ^ sig[d][b * s.rows() + row]);
                }
                bucket[d] = x;
            }
            int[] order = Shingles.sortIndex(bucket);
            for (int i = 0; i < n; ) {
                int e = i;
                while (e < n && bucket[order[e]] == bucket[order[i]]) {
                    e++;
                }
                for (int x = i; x < e; x++) {
                    for (int y = x + 1; y < e; y++) {
                        int p = order[x];
                        int q = order[y];
                        if (!empty[p] && !empty[q]) {
                            pairs.add(Math.min(p, q) * (long) n + Math.max(p, q));
                        }
                    }
                }
                i = e;
            }
        }
        return pairs.sorted();
    }

    private static long[] usableDistinct(Shingles d, boolean[] usable) {
        long[] out = new long[d.count()];
        int m = 0;
        for (int k = 0; k < d.sortedHashes.length; k++) {
            if (!usable[d.order[k]]) {
                continue;
            }
            long h = d.sortedHashes[k];
            if (m == 0 || out[m - 1] != h) {
                out[m++] = h;
            }
        }
        return Arrays.copyOf(out, m);
    }

    /**
     * Aligns documents a and b: every usable shingle of a found in b is a match (i, j); matches are
     * chained in order of i when the next one starts at most {@code maxGap} tokens after the end
     * of the previous shingle in both documents (so a changed, inserted or dropped word of up to
     * maxGap tokens does not break a passage). A chain is a passage when its shingles cover at
     * least {@code minPassageTokens} tokens of a.
     */
    public static List<Raw> align(int a, int b, Shingles da, boolean[] ua, Shingles db, boolean[] ub, Settings s) {
        int n = s.shingleSize();
        int gap = s.maxGap();
        // chains, growable primitive arrays
        int cap = 16;
        int[] startI = new int[cap];
        int[] startJ = new int[cap];
        int[] lastI = new int[cap];
        int[] lastJ = new int[cap];
        int[] covered = new int[cap];
        int[] coveredB = new int[cap];
        int chains = 0;
        int[] active = new int[cap];
        int nActive = 0;
        List<Raw> out = new ArrayList<>();
        for (int i = 0; i < da.count(); i++) {
            if (!ua[i]) {
                continue;
            }
            int k = db.first(da.hashes[i]);
            if (k < 0) {
                continue;
            }
            int e = k;
            while (e < db.sortedHashes.length && db.sortedHashes[e] == da.hashes[i]) {
                e++;
            }
            // retire chains that can no longer be extended
            int w = 0;
            for (int x = 0; x < nActive; x++) {
                int c = active[x];
                if (lastI[c] + n + gap >= i) {
                    active[w++] = c;
                } else {
                    emit(out, a, b, startI[c], lastI[c], startJ[c], lastJ[c], covered[c], coveredB[c], n, s);
                }
            }
            nActive = w;
            if (e - k > s.maxOccurrences()) {
                continue; // a shingle repeated this often in b says nothing about where a passage is
            }
            int activeBefore = nActive;
            for (int m = k; m < e; m++) {
                int j = db.order[m];
                if (!ub[j]) {
                    continue;
                }
                int best = -1;
                int bestDev = Integer.MAX_VALUE;
                for (int x = 0; x < activeBefore; x++) {
                    int c = active[x];
                    int di = i - lastI[c];
                    int dj = j - lastJ[c];
                    if (di < 1 || dj < 1 || di - n > gap || dj - n > gap) {
                        continue;
                    }
                    int dev = Math.abs(di - dj);
                    if (dev > gap) {
                        continue;
                    }
                    if (dev < bestDev || (dev == bestDev && lastI[c] > lastI[best])) {
                        best = c;
                        bestDev = dev;
                    }
                }
                if (best >= 0) {
                    covered[best] += Math.min(n, i - lastI[best]);
                    coveredB[best] += Math.min(n, j - lastJ[best]);
                    lastI[best] = i;
                    lastJ[best] = j;
                } else {
                    if (chains == startI.length) {
                        cap = chains * 2;
                        startI = Arrays.copyOf(startI, cap);
                        startJ = Arrays.copyOf(startJ, cap);
                        lastI = Arrays.copyOf(lastI, cap);
                        lastJ = Arrays.copyOf(lastJ, cap);
                        covered = Arrays.copyOf(covered, cap);
                        coveredB = Arrays.copyOf(coveredB, cap);
                    }
                    startI[chains] = i;
                    startJ[chains] = j;
                    lastI[chains] = i;
                    lastJ[chains] = j;
                    covered[chains] = n;
                    coveredB[chains] = n;
                    if (nActive == active.length) {
                        active = Arrays.copyOf(active, nActive * 2);
                    }
                    active[nActive++] = chains;
                    chains++;
                }
            }
        }
        for (int x = 0; x < nActive; x++) {
            int c = active[x];
            emit(out, a, b, startI[c], lastI[c], startJ[c], lastJ[c], covered[c], coveredB[c], n, s);
        }
        out.sort((p, q) -> p.aStart() != q.aStart() ? Integer.compare(p.aStart(), q.aStart())
                : Integer.compare(p.bStart(), q.bStart()));
        return out;
    }

    private static void emit(List<Raw> out, int a, int b, int si, int li, int sj, int lj, int covered, int coveredB,
                             int n, Settings s) {
        if (covered >= s.minPassageTokens()) {
            out.add(new Raw(a, b, si, li + n, sj, lj + n, covered, coveredB));
        }
    }

    /** A minimal open-addressing set of longs (no boxing). */
    static final class LongSet {
        private long[] table = new long[64];
        private boolean[] used = new boolean[64];
        private int size;

        void add(long v) {
            if (size * 2 >= table.length) {
                grow();
            }
            int mask = table.length - 1;
            int p = (int) Shingles.mix(v) & mask;
            while (used[p]) {
                if (table[p] == v) {
                    return;
                }
                p = (p + 1) & mask;
            }
            used[p] = true;
            table[p] = v;
            size++;
        }

        private void grow() {
            long[] t = table;
            boolean[] u = used;
            table = new long[t.length * 2];
            used = new boolean[t.length * 2];
            size = 0;
            for (int i = 0; i < t.length; i++) {
                if (u[i]) {
                    add(t[i]);
                }
            }
        }

        long[] sorted() {
            long[] out = new long[size];
            int m = 0;
            for (int i = 0; i < table.length; i++) {
                if (used[i]) {
                    out[m++] = table[i];
                }
            }
            Arrays.sort(out);
            return out;
        }
    }
}
