package dev.lede.corpus;

import dev.lede.corpus.io.TermIndex;

import dev.lede.text.DocumentTokens;
import java.util.Arrays;
import java.util.List;

/**
 * Term counts and document frequencies of a list of documents, sorted by count descending, ties
 * by term ({@link String#compareTo}, independent of locale). A pure function of its input.
 *
 * @param terms the distinct terms, in order
 * @param counts occurrences of each term
 * @param documentFrequencies number of documents containing each term
 * @param totalTokens number of tokens counted
 * @param documents number of documents counted
 */
record TermCounts(String[] terms, int[] counts, int[] documentFrequencies, long totalTokens, int documents) {

    /** Counts the terms of {@code docs}. */
    public static TermCounts count(List<DocumentTokens> docs) {
        TermIndex index = new TermIndex();
        int[] counts = new int[256];
        int[] df = new int[256];
        int[] lastDoc = new int[256];
        long total = 0;
        int docNo = 0;
        for (DocumentTokens d : docs) {
            docNo++;
            int n = d.size();
            total += n;
            for (int i = 0; i < n; i++) {
                int t = index.add(d.term(i));
                if (t == counts.length) {
                    counts = Arrays.copyOf(counts, t * 2);
                    df = Arrays.copyOf(df, t * 2);
                    lastDoc = Arrays.copyOf(lastDoc, t * 2);
                }
                counts[t]++;
                if (lastDoc[t] != docNo) {
                    lastDoc[t] = docNo;
                    df[t]++;
                }
            }
        }
        int v = index.size();
        String[] terms = new String[v];
        for (int i = 0; i < v; i++) {
            terms[i] = index.term(i);
        }
        return sorted(terms, counts, df, total, docs.size());
    }

    /**
     * The counts of terms {@code 0 .. terms.length - 1} (the arrays may be longer), sorted by count
     * descending, ties by term: the one order every frequency table of the library uses.
     */
    public static TermCounts sorted(String[] terms, int[] counts, int[] documentFrequencies, long totalTokens,
                                    int documents) {
        int v = terms.length;
        Integer[] order = new Integer[v];
        for (int i = 0; i < v; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> counts[x] != counts[y] ? Integer.compare(counts[y], counts[x])
                : terms[x].compareTo(terms[y]));
        String[] sTerms = new String[v];
        int[] sCounts = new int[v];
        int[] sDf = new int[v];
        for (int i = 0; i < v; i++) {
            sTerms[i] = terms[order[i]];
            sCounts[i] = counts[order[i]];
            sDf[i] = documentFrequencies[order[i]];
        }
        return new TermCounts(sTerms, sCounts, sDf, totalTokens, documents);
    }
}
