package dev.lede;

import java.util.List;
import java.util.Objects;

/**
 * The tokens of every document of a corpus, in corpus order: the second step of the chain
 * corpus &rarr; tokens &rarr; document-term matrix &rarr; statistic. Immutable.
 *
 * <pre>{@code
 * Tokens tokens = corpus.tokens();
 * tokens.document(0).term(0);
 * }</pre>
 */
public final class Tokens {

    private final Corpus corpus;
    private final List<DocumentTokens> documents;
    private final Tokenizer tokenizer;

    Tokens(Corpus corpus, List<DocumentTokens> documents, Tokenizer tokenizer) {
        this.corpus = Objects.requireNonNull(corpus, "corpus");
        this.documents = List.copyOf(documents);
        this.tokenizer = tokenizer;
        if (this.documents.size() != corpus.size()) {
            throw new IllegalArgumentException("tokens for " + this.documents.size() + " documents, corpus has "
                    + corpus.size());
        }
    }

    /** Tokens built elsewhere, one {@link DocumentTokens} per document of {@code corpus}, in order. */
    public static Tokens of(Corpus corpus, List<DocumentTokens> documents) {
        return new Tokens(corpus, documents, null);
    }

    public Corpus corpus() {
        return corpus;
    }

    /** The tokenizer that made these tokens, or {@code null} when they were built elsewhere. */
    public Tokenizer tokenizer() {
        return tokenizer;
    }

    /** Number of documents. */
    public int size() {
        return documents.size();
    }

    public DocumentTokens document(int i) {
        return documents.get(i);
    }

    public DocumentTokens document(String id) {
        return documents.get(corpus.ids().indexOf(corpus.document(id).id()));
    }

    public List<DocumentTokens> documents() {
        return documents;
    }

    /** Total number of tokens in all documents. */
    public long totalTokens() {
        long n = 0;
        for (DocumentTokens d : documents) {
            n += d.size();
        }
        return n;
    }

    /** A copy with each document's tokens replaced by {@code f} applied to them. */
    public Tokens map(java.util.function.Function<DocumentTokens, DocumentTokens> f) {
        return new Tokens(corpus, documents.stream().map(f).toList(), tokenizer);
    }

    @Override
    public String toString() {
        return "Tokens[" + documents.size() + " documents, " + totalTokens() + " tokens]";
    }
}
