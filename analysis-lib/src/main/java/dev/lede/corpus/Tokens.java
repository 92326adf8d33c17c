package dev.lede.corpus;

import dev.lede.text.DocumentTokens;
import dev.lede.text.Language;
import dev.lede.text.Sentences;
import dev.lede.text.Snowball;
import dev.lede.text.Stopwords;
import dev.lede.text.TokenType;
import dev.lede.text.Tokenizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The tokens of every document of a corpus, in corpus order: the second step of the chain
 * corpus &rarr; tokens &rarr; document-term matrix &rarr; statistic. Immutable.
 *
 * <p>Each step applies the {@link DocumentTokens} step of the same name to every document:
 * <pre>{@code
 * Tokens tokens = corpus.tokens()
 *         .compound(List.of("North Korea", "Kim Jong Un"))
 *         .removeStopwords(Stopwords.of(Language.ENGLISH));
 * Tokens bigrams = corpus.tokens().ngramsWithinSentences(2);
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

    /** The tokens of the documents at {@code indices} (in that order), with their documents. */
    public Tokens subset(List<Integer> indices) {
        List<Document> docs = new ArrayList<>(indices.size());
        List<DocumentTokens> toks = new ArrayList<>(indices.size());
        for (int i : indices) {
            docs.add(corpus.document(i));
            toks.add(documents.get(i));
        }
        return new Tokens(Corpus.of(docs), toks, tokenizer);
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

    /** Keeps the tokens of these types in every document. */
    public Tokens keepTypes(TokenType first, TokenType... more) {
        return map(d -> d.keepTypes(first, more));
    }

    /** Removes {@code stopwords} from every document. */
    public Tokens removeStopwords(Stopwords stopwords) {
        Objects.requireNonNull(stopwords, "stopwords");
        return map(d -> d.removeStopwords(stopwords));
    }

    /**
     * Removes from each document the stopword list of its language ({@link Stopwords#forLanguages()}),
     * read from its {@link Metadata#LANGUAGE} field.
     */
    public Tokens removeStopwords(Stopwords.PerLanguage perLanguage) {
        Objects.requireNonNull(perLanguage, "perLanguage");
        return removeStopwords(d -> perLanguage.forDocument(d.id(), d.metadata() == null ? null : d.metadata().language()));
    }

    /**
     * Removes from each document the stopwords {@code perDocument} gives for it.
     */
    public Tokens removeStopwords(Function<Document, Stopwords> perDocument) {
        Objects.requireNonNull(perDocument, "perDocument");
        List<DocumentTokens> out = new ArrayList<>(documents.size());
        for (int i = 0; i < documents.size(); i++) {
            Stopwords sw = Objects.requireNonNull(perDocument.apply(corpus.document(i)),
                    "no stopwords for document " + corpus.document(i).id());
            out.add(documents.get(i).removeStopwords(sw));
        }
        return new Tokens(corpus, out, tokenizer);
    }

    /** Snowball-stems the WORD tokens of every document ({@link DocumentTokens#stem(Language)}). */
    public Tokens stem(Language language) {
        Objects.requireNonNull(language, "language");
        dev.lede.text.Snowball.stemmer(language); // fail early for languages without one
        return map(d -> d.stem(language));
    }

    /** The n-grams of every document ({@link DocumentTokens#ngrams(int)}). */
    public Tokens ngrams(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n-gram size " + n + " < 1: give 1 or more");
        }
        return map(d -> d.ngrams(n));
    }

    /**
     * The n-grams of every document that do not cross a sentence boundary
     * ({@link Sentences#split(String)} of the document's text).
     */
    public Tokens ngramsWithinSentences(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n-gram size " + n + " < 1: give 1 or more");
        }
        List<DocumentTokens> out = new ArrayList<>(documents.size());
        for (int i = 0; i < documents.size(); i++) {
            out.add(documents.get(i).ngrams(n, Sentences.split(corpus.document(i).text())));
        }
        return new Tokens(corpus, out, tokenizer);
    }

    /**
     * Joins multi-word terms in every document ({@link DocumentTokens#compound(Collection, Tokenizer)}),
     * splitting the phrases with this tokens' tokenizer (the standard one when built elsewhere).
     */
    public Tokens compound(Collection<String> phrases) {
        Objects.requireNonNull(phrases, "phrases");
        Tokenizer t = tokenizer == null ? Tokenizer.standard() : tokenizer;
        List<String> ps = List.copyOf(phrases);
        return map(d -> d.compound(ps, t));
    }

    /** Term frequencies of these tokens: {@code TermFrequencies.of(this)}. */
    public TermFrequencies frequencies() {
        return TermFrequencies.of(this);
    }

    @Override
    public String toString() {
        return "Tokens[" + documents.size() + " documents, " + totalTokens() + " tokens]";
    }
}
