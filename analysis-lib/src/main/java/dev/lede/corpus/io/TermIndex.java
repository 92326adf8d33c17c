package dev.lede.corpus.io;

import java.util.Arrays;
import java.util.Objects;

/**
 * A growable map from term to a dense index 0..size-1 (insertion order), with open addressing
 * over the terms' cached {@link String#hashCode()}: looking up or adding a term allocates nothing
 * once the tables are large enough, so counting loops create no per-token objects.
 * Not thread-safe; each counting task owns its own index.
 */
public final class TermIndex {

    private String[] terms = new String[64];
    private int[] slots = new int[128]; // index + 1, 0 = empty
    private int size;

    /** The index of {@code term}, adding it if absent. */
    public int add(String term) {
        int mask = slots.length - 1;
        int h = mix(term.hashCode()) & mask;
        while (true) {
            int s = slots[h];
            if (s == 0) {
                break;
            }
            if (terms[s - 1].equals(term)) {
                return s - 1;
            }
            h = (h + 1) & mask;
        }
        Objects.requireNonNull(term, "term");
        if (size == terms.length) {
            terms = Arrays.copyOf(terms, size * 2);
        }
        terms[size] = term;
        slots[h] = ++size;
        if (size * 2 > slots.length) {
            rehash();
        }
        return size - 1;
    }

    /** The index of {@code term}, or -1 when absent. */
    public int get(String term) {
        int mask = slots.length - 1;
        int h = mix(term.hashCode()) & mask;
        while (true) {
            int s = slots[h];
            if (s == 0) {
                return -1;
            }
            if (terms[s - 1].equals(term)) {
                return s - 1;
            }
            h = (h + 1) & mask;
        }
    }

    public String term(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("term index " + index + " outside 0.." + (size - 1));
        }
        return terms[index];
    }

    public int size() {
        return size;
    }

    private void rehash() {
        int[] next = new int[slots.length * 2];
        int mask = next.length - 1;
        for (int i = 0; i < size; i++) {
            int h = mix(terms[i].hashCode()) & mask;
            while (next[h] != 0) {
                h = (h + 1) & mask;
            }
            next[h] = i + 1;
        }
        slots = next;
    }

    private static int mix(int h) {
        // String hashes of short words cluster in the low bits; spread them (as HashMap does, more strongly).
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
