package dev.lede.reuse;

import dev.lede.semantic.SentenceEmbeddings;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The semantic pass of {@link TextReuse}: sentences two documents share in other words (reuse of
 * kind paraphrase), found with a sentence-embedding model ({@link SentenceEmbeddings}, loaded the
 * first time this pass runs, never before). Off unless asked for:
 * {@code TextReuse.builder().paraphrases(Paraphrases.standard())}.
 *
 * <p>How it works:
 * <ol>
 * <li><b>Sentences.</b> Each document is split into sentences ({@code dev.lede.text.Sentences}, in
 * the document's language). A sentence counts when it has at least
 * {@link Builder#minSentenceTokens(int) minSentenceTokens} tokens (default
 * {@value #DEFAULT_MIN_SENTENCE_TOKENS}: credit lines, datelines and short headlines carry no story)
 * and is not mostly web template text (the boilerplate rule of {@link TextReuse}).</li>
 * <li><b>Similarity.</b> Every sentence becomes a unit vector; two sentences of two documents are
 * similar when the cosine of their vectors is at least {@link Builder#minSimilarity(double)
 * minSimilarity} (default {@value #DEFAULT_MIN_SIMILARITY}, calibrated on the tuning part of the
 * evaluation set under {@code src/test/resources/eval}: see its README).</li>
 * <li><b>Stock sentences.</b> A sentence similar to sentences of more than
 * {@link Builder#maxDocumentFrequency(double) maxDocumentFrequency} of the documents (itself
 * included; default {@value #DEFAULT_MAX_DOCUMENT_FREQUENCY}) and of at least three is the corpus's
 * stock wording, not evidence of reuse: it pairs with nothing and is listed in
 * {@link SharedPassages#commonSentences()}. As for shingles, the filter applies to corpora of at
 * least {@value TextReuse#FREQUENCY_FILTER_MIN_DOCUMENTS} documents. Caveat: in a corpus about one
 * event the event's main statements are stock too (in the seed corpus, six texts on Putin's visit,
 * about 40 sentences are); give {@code maxDocumentFrequency(1.0)} to pair them anyway.</li>
 * <li><b>Alignment.</b> For each pair of documents the similar sentence pairs are taken from the most
 * similar down, each sentence at most once. A pair both of whose sentences lie mostly (half their
 * tokens or more) inside verbatim passages the two documents share is verbatim reuse, already
 * counted, and is dropped; what is left are the {@link ParaphrasePair paraphrase pairs}, whose tokens
 * count towards the pair's {@link ReuseScores reuse score} beside the verbatim passages.</li>
 * </ol>
 * Every pair of documents is compared (no candidate search): the cost grows with the square of the
 * number of sentences, about 2 seconds for 4,000 sentences besides encoding them (50 to 150
 * sentences a second a thread: the Gospels' 3,821 sentences take about 90 s on two busy cores); the
 * vectors take 1.5 KB a sentence. Vectors and therefore results do not depend on the number of
 * threads. The model was trained on English; a translation is not found as a paraphrase of its
 * original.
 *
 * <pre>{@code
 * SharedPassages found = TextReuse.builder().paraphrases(Paraphrases.standard()).build().find(corpus);
 * found.paraphrases();          // ParaphrasePair(first=t01, second=t03, ..., similarity=0.77)
 * found.paraphraseTable();
 * found.scores().table();       // coverage counts verbatim passages and paraphrased sentences
 * }</pre>
 */
public final class Paraphrases {

    public static final double DEFAULT_MIN_SIMILARITY = 0.57;
    public static final int DEFAULT_MIN_SENTENCE_TOKENS = 5;
    public static final double DEFAULT_MAX_DOCUMENT_FREQUENCY = 0.5;

    private final double minSimilarity;
    private final int minSentenceTokens;
    private final double maxDocumentFrequency;
    private final Supplier<SentenceEmbeddings> model;

    private Paraphrases(Builder b) {
        this.minSimilarity = b.minSimilarity;
        this.minSentenceTokens = b.minSentenceTokens;
        this.maxDocumentFrequency = b.maxDocumentFrequency;
        this.model = b.model;
    }

    /** The defaults documented above, with the standard model. */
    public static Paraphrases standard() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public double minSimilarity() {
        return minSimilarity;
    }

    public int minSentenceTokens() {
        return minSentenceTokens;
    }

    public double maxDocumentFrequency() {
        return maxDocumentFrequency;
    }

    /** The model, loaded on the first call ({@link SentenceEmbeddings#load()}). */
    SentenceEmbeddings model() {
        return model.get();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Paraphrases[minSimilarity=%s, minSentenceTokens=%d, maxDocumentFrequency=%s]",
                minSimilarity, minSentenceTokens, maxDocumentFrequency);
    }

    /** Options of {@link Paraphrases}; every setter checks its value. */
    public static final class Builder {
        private double minSimilarity = DEFAULT_MIN_SIMILARITY;
        private int minSentenceTokens = DEFAULT_MIN_SENTENCE_TOKENS;
        private double maxDocumentFrequency = DEFAULT_MAX_DOCUMENT_FREQUENCY;
        private Supplier<SentenceEmbeddings> model = SentenceEmbeddings::load;

        private Builder() {
        }

        /** Least cosine similarity of two sentences' vectors for a paraphrase, in (0, 1] (default {@value #DEFAULT_MIN_SIMILARITY}). */
        public Builder minSimilarity(double similarity) {
            if (!(similarity > 0 && similarity <= 1)) {
                throw new IllegalArgumentException("minSimilarity " + similarity + " is not in (0, 1]: give e.g. "
                        + DEFAULT_MIN_SIMILARITY);
            }
            this.minSimilarity = similarity;
            return this;
        }

        /** Least tokens of a sentence that takes part, 1 or more (default {@value #DEFAULT_MIN_SENTENCE_TOKENS}). */
        public Builder minSentenceTokens(int tokens) {
            if (tokens < 1) {
                throw new IllegalArgumentException("minSentenceTokens " + tokens + " < 1: give 1 or more tokens");
            }
            this.minSentenceTokens = tokens;
            return this;
        }

        /** Share of documents above which a sentence is stock wording, in (0, 1]; 1 turns the filter off. */
        public Builder maxDocumentFrequency(double share) {
            if (!(share > 0 && share <= 1)) {
                throw new IllegalArgumentException("maxDocumentFrequency " + share + " is not in (0, 1]: give e.g. 0.5");
            }
            this.maxDocumentFrequency = share;
            return this;
        }

        public Paraphrases build() {
            return new Paraphrases(this);
        }
    }
}
