package dev.lede.reuse;

import dev.lede.corpus.Corpus;
import dev.lede.corpus.Document;
import dev.lede.corpus.Parallelism;
import dev.lede.corpus.Tokens;
import dev.lede.semantic.SentenceEmbeddings;
import dev.lede.text.DocumentTokens;
import dev.lede.text.Sentences;
import dev.lede.text.Span;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

/** The semantic pass of {@link TextReuse}, as {@link Paraphrases} documents it. */
final class ParaphraseFinder {

    /** What the pass found: the paraphrase pairs (sorted) and the stock sentences left out. */
    record Result(List<ParaphrasePair> pairs, List<String> commonSentences) {
    }

    /** A sentence that takes part: its document, character span, token range, and text for the model. */
    private record Sentence(int doc, int start, int end, int fromToken, int toToken, String text) {
    }

    /** Two similar sentences of two documents (indexes into the sentence list, {@code u < v}). */
    private record Candidate(int u, int v, double similarity) {
    }

    static final Comparator<ParaphrasePair> ORDER = Comparator.comparing(ParaphrasePair::first)
            .thenComparing(ParaphrasePair::second).thenComparingInt(ParaphrasePair::firstStart)
            .thenComparingInt(ParaphrasePair::secondStart);

    private ParaphraseFinder() {
    }

    /**
     * @param template per document, which tokens are web template text
     * @param verbatim the non-boilerplate verbatim passages already found
     */
    static Result find(Paraphrases options, Tokens tokens, boolean[][] template, List<SharedPassage> verbatim,
                       int frequencyFilterMinDocuments) {
        Corpus corpus = tokens.corpus();
        int n = corpus.size();
        List<Sentence> sentences = new ArrayList<>();
        int[] firstOf = new int[n + 1];
        for (int d = 0; d < n; d++) {
            firstOf[d] = sentences.size();
            Document doc = corpus.document(d);
            String text = doc.text();
            DocumentTokens t = tokens.document(d);
            List<Span> spans = doc.language() == null ? Sentences.split(text) : Sentences.split(text, doc.language());
            for (Span s : spans) {
                int from = firstToken(t, s.start());
                int to = from;
                while (to < t.size() && t.end(to) <= s.end()) {
                    to++;
                }
                if (to - from < options.minSentenceTokens() || share(template[d], from, to) >= 0.5) {
                    continue;
                }
                sentences.add(new Sentence(d, s.start(), s.end(), from, to,
                        text.substring(s.start(), s.end()).replaceAll("\\s+", " ").strip()));
            }
        }
        firstOf[n] = sentences.size();
        if (n < 2 || sentences.isEmpty()) {
            return new Result(List.of(), List.of());
        }
        SentenceEmbeddings model = options.model();
        Parallelism parallelism = tokens.parallelism();
        float[][] vectors = model.embed(sentences.stream().map(Sentence::text).toList(), parallelism);

        // every pair of sentences of two different documents; each document's row writes its own slot
        double min = options.minSimilarity();
        List<List<Candidate>> byDocument = new ArrayList<>();
        for (int d = 0; d < n; d++) {
            byDocument.add(null);
        }
        parallelism.forEach(n, d -> {
            List<Candidate> found = new ArrayList<>();
            for (int u = firstOf[d]; u < firstOf[d + 1]; u++) {
                for (int v = firstOf[d + 1]; v < sentences.size(); v++) {
                    double c = SentenceEmbeddings.cosine(vectors[u], vectors[v]);
                    if (c >= min) {
                        found.add(new Candidate(u, v, c));
                    }
                }
            }
            byDocument.set(d, found);
        });

        // stock sentences: similar to sentences of too many documents
        List<BitSet> documentsOf = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            BitSet b = new BitSet(n);
            b.set(s.doc());
            documentsOf.add(b);
        }
        for (List<Candidate> cs : byDocument) {
            for (Candidate c : cs) {
                documentsOf.get(c.u()).set(sentences.get(c.v()).doc());
                documentsOf.get(c.v()).set(sentences.get(c.u()).doc());
            }
        }
        boolean[] stock = new boolean[sentences.size()];
        TreeSet<String> common = new TreeSet<>();
        if (n >= frequencyFilterMinDocuments) {
            for (int i = 0; i < sentences.size(); i++) {
                int df = documentsOf.get(i).cardinality();
                if (df >= 3 && df > options.maxDocumentFrequency() * n) {
                    stock[i] = true;
                    common.add(sentences.get(i).text());
                }
            }
        }

        // per pair of documents: most similar first, each sentence once, verbatim ones dropped
        TreeMap<Long, List<Candidate>> byPair = new TreeMap<>();
        for (List<Candidate> cs : byDocument) {
            for (Candidate c : cs) {
                if (!stock[c.u()] && !stock[c.v()]) {
                    long key = (long) sentences.get(c.u()).doc() * n + sentences.get(c.v()).doc();
                    byPair.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
                }
            }
        }
        List<ParaphrasePair> out = new ArrayList<>();
        for (var e : byPair.entrySet()) {
            int a = (int) (e.getKey() / n);
            int b = (int) (e.getKey() % n);
            BitSet[] covered = verbatimCoverage(tokens, a, b, verbatim);
            List<Candidate> cs = e.getValue();
            cs.sort(Comparator.comparingDouble(Candidate::similarity).reversed().thenComparingInt(Candidate::u)
                    .thenComparingInt(Candidate::v));
            BitSet used = new BitSet(sentences.size());
            for (Candidate c : cs) {
                if (used.get(c.u()) || used.get(c.v())) {
                    continue;
                }
                used.set(c.u());
                used.set(c.v());
                Sentence su = sentences.get(c.u());
                Sentence sv = sentences.get(c.v());
                if (share(covered[0], su.fromToken(), su.toToken()) >= 0.5
                        && share(covered[1], sv.fromToken(), sv.toToken()) >= 0.5) {
                    continue;
                }
                boolean swap = TextReuse.before(corpus.document(b), corpus.document(a));
                Sentence x = swap ? sv : su;
                Sentence y = swap ? su : sv;
                out.add(new ParaphrasePair(corpus.document(x.doc()).id(), corpus.document(y.doc()).id(), x.start(),
                        x.end(), y.start(), y.end(), corpus.document(x.doc()).text().substring(x.start(), x.end()),
                        corpus.document(y.doc()).text().substring(y.start(), y.end()), c.similarity()));
            }
        }
        out.sort(ORDER);
        return new Result(List.copyOf(out), List.copyOf(common));
    }

    /** Tokens of documents {@code a} and {@code b} inside the verbatim passages the two share. */
    private static BitSet[] verbatimCoverage(Tokens tokens, int a, int b, List<SharedPassage> verbatim) {
        Corpus corpus = tokens.corpus();
        String ida = corpus.document(a).id();
        String idb = corpus.document(b).id();
        DocumentTokens ta = tokens.document(a);
        DocumentTokens tb = tokens.document(b);
        BitSet ca = new BitSet(ta.size());
        BitSet cb = new BitSet(tb.size());
        for (SharedPassage p : verbatim) {
            if (p.first().equals(ida) && p.second().equals(idb)) {
                mark(ta, p.firstStart(), p.firstEnd(), ca);
                mark(tb, p.secondStart(), p.secondEnd(), cb);
            } else if (p.first().equals(idb) && p.second().equals(ida)) {
                mark(ta, p.secondStart(), p.secondEnd(), ca);
                mark(tb, p.firstStart(), p.firstEnd(), cb);
            }
        }
        return new BitSet[] {ca, cb};
    }

    /** Marks the tokens lying inside the character range [start, end). */
    static void mark(DocumentTokens t, int start, int end, BitSet into) {
        for (int i = firstToken(t, start); i < t.size() && t.end(i) <= end; i++) {
            into.set(i);
        }
    }

    /** The first token starting at or after {@code start}. */
    static int firstToken(DocumentTokens t, int start) {
        int lo = 0;
        int hi = t.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (t.start(mid) < start) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static double share(BitSet set, int from, int to) {
        return to > from ? (double) set.get(from, to).cardinality() / (to - from) : 0;
    }

    private static double share(boolean[] mask, int from, int to) {
        int k = 0;
        for (int i = from; i < to; i++) {
            if (mask[i]) {
                k++;
            }
        }
        return to > from ? (double) k / (to - from) : 0;
    }
}
