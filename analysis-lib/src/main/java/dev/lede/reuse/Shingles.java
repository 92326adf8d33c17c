package dev.lede.reuse;

import dev.lede.text.DocumentTokens;

/**
 * Word n-gram shingles of one document as 64-bit hashes, plus an index of positions sorted by
 * hash for lookups. Pure per-document work; primitive arrays only.
 */
final class Shingles {

    /** hash of the shingle starting at token i, for i in [0, tokens - n]. */
    final long[] hashes;
    /** positions sorted by (hash, position). */
    final int[] order;
    /** hashes[order[k]], for binary search. */
    final long[] sortedHashes;
    final int tokens;
    final int n;

    private Shingles(long[] hashes, int tokens, int n) {
        this.hashes = hashes;
        this.tokens = tokens;
        this.n = n;
        this.order = sortIndex(hashes);
        this.sortedHashes = new long[hashes.length];
        for (int k = 0; k < order.length; k++) {
            sortedHashes[k] = hashes[order[k]];
        }
    }

    /** Shingles of size {@code n} of the terms of {@code t}; none when it has fewer than n tokens. */
    public static Shingles of(DocumentTokens t, int n) {
        int size = t.size();
        int count = Math.max(0, size - n + 1);
        long[] termHash = new long[size];
        for (int i = 0; i < size; i++) {
            termHash[i] = termHash(t.term(i));
        }
        long[] h = new long[count];
        for (int i = 0; i < count; i++) {
            long x = 0x9E3779B97F4A7C15L;
            for (int k = 0; k < n; k++) {
                x = mix(x ^ termHash[i + k]) + k;
            }
            h[i] = mix(x);
        }
        return new Shingles(h, size, n);
    }

    public int count() {
        return hashes.length;
    }

    public long hash(int i) {
        return hashes[i];
    }

    /** First index k in the sorted view with sortedHashes[k] == h, or -1. */
    int first(long h) {
        int lo = 0;
        int hi = sortedHashes.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sortedHashes[mid] < h) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < sortedHashes.length && sortedHashes[lo] == h ? lo : -1;
    }

    /** The distinct hashes, sorted. */
    long[] distinct() {
        int m = 0;
        long[] out = new long[sortedHashes.length];
        for (int k = 0; k < sortedHashes.length; k++) {
            if (k == 0 || sortedHashes[k] != sortedHashes[k - 1]) {
                out[m++] = sortedHashes[k];
            }
        }
        return java.util.Arrays.copyOf(out, m);
    }

    /** String.hashCode is specified by the JLS, so term hashes are the same on every JVM. */
    static long termHash(String term) {
        long h = 1125899906842597L;
        for (int i = 0; i < term.length(); i++) {
            h = 31 * h + term.charAt(i);
        }
        return mix(h);
    }

    /** MurmurHash3 fmix64 finaliser. */
    static long mix(long z) {
        z ^= z >>> 33;
        z *= 0xff51afd7ed558ccdL;
        z ^= z >>> 33;
        z *= 0xc4ceb9fe1a85ec53L;
        z ^= z >>> 33;
        return z;
    }

    /** Positions 0..h.length-1 sorted by (h[i], i): a stable merge sort on primitives. */
    static int[] sortIndex(long[] h) {
        int len = h.length;
        int[] a = new int[len];
        for (int i = 0; i < len; i++) {
            a[i] = i;
        }
        int[] tmp = new int[len];
        for (int width = 1; width < len; width *= 2) {
            for (int lo = 0; lo < len; lo += 2 * width) {
                int mid = Math.min(lo + width, len);
                int hi = Math.min(lo + 2 * width, len);
                int i = lo;
                int j = mid;
                int k = lo;
                while (i < mid && j < hi) {
                    tmp[k++] = h[a[j]] < h[a[i]] ? a[j++] : a[i++];
                }
                while (i < mid) {
                    tmp[k++] = a[i++];
                }
                while (j < hi) {
                    tmp[k++] = a[j++];
                }
            }
            int[] s = a;
            a = tmp;
            tmp = s;
        }
        return a;
    }
}
