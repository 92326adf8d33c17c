package dev.lede.corpus.io;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The one rule for a document id that is not there, used by every analysis that takes ids
 * ({@link Corpus#document(String)}, attribution, reuse scores and passages, similarity, distances,
 * clusterings, story families): an {@link IllegalArgumentException} that names the id, what was
 * searched and the nearest known ids, so a typo never reads as "no reuse" or "score 0".
 *
 * <pre>{@code
 * DocumentIds.require("0003", Set.of("001", "002", "003"), "reuse result");
 * // IllegalArgumentException: no document '0003' among the 3 documents of this reuse result; nearest ids: 003, 001, 002
 * }</pre>
 */
public final class DocumentIds {

    /** How many nearest ids an error names. */
    public static final int NEAREST = 3;

    private DocumentIds() {
    }

    /**
     * {@code id} when {@code known} contains it; else the error described in the class comment.
     * {@code where} names the analysis ("reuse result", "attribution"). Give a set for a fast check.
     */
    public static String require(String id, Collection<String> known, String where) {
        Objects.requireNonNull(id, "document id");
        if (!known.contains(id)) {
            throw unknown(id, known, where);
        }
        return id;
    }

    /** The error for an id not in {@code known}. */
    public static IllegalArgumentException unknown(String id, Collection<String> known, String where) {
        List<String> near = nearest(id, known, NEAREST);
        return new IllegalArgumentException("no document '" + id + "' among the " + known.size()
                + (known.size() == 1 ? " document" : " documents") + " of this " + where
                + (near.isEmpty() ? "" : "; nearest ids: " + String.join(", ", near)));
    }

    /** Up to {@code n} ids of {@code known} closest to {@code id} by edit distance (case ignored), ties by id. */
    public static List<String> nearest(String id, Collection<String> known, int n) {
        record Scored(String id, int distance) {
        }
        String a = id.toLowerCase(Locale.ROOT);
        List<Scored> all = new ArrayList<>();
        for (String k : known) {
            all.add(new Scored(k, distance(a, k.toLowerCase(Locale.ROOT))));
        }
        all.sort(Comparator.comparingInt(Scored::distance).thenComparing(Scored::id));
        return all.stream().limit(n).map(Scored::id).toList();
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
