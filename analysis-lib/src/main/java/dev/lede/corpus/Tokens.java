package dev.lede.corpus;

import dev.lede.text.DocumentTokens;
import dev.lede.text.Language;
import dev.lede.text.Sentences;
import dev.lede.text.Stopwords;
import dev.lede.text.TokenType;
import dev.lede.text.Tokenizer;
import dev.lede.text.Utf8Counter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The tokens of every document of a corpus, in corpus order: the second step of the chain
 * corpus &rarr; tokens &rarr; document-term matrix &rarr; statistic, and the one way in to term
 * counts ({@link #frequencies()}) and matrices ({@code DocumentTermMatrix.of(tokens)}). Immutable.
 *
 * <p>Tokens straight from the tokenizer ({@link Corpus#tokens()}, {@link #ofLines(Path)}) are made
 * only when a step or a caller asks for them: counting them, or building their matrix, reads the
 * UTF-8 bytes of the texts directly (a fast path with the same result, term for term), so a 200 MB
 * file of one document per line is counted without a String per token. After any step the tokens
 * are real objects and are counted from those. The work runs on {@link #parallelism()} threads;
 * the results never depend on it.
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

    private final Corpus corpus;          // null for a file of lines until it is read
    private final Path lines;             // the file of lines, or null
    private final Tokenizer tokenizer;    // null when the tokens were built elsewhere
    private final Parallelism parallelism;
    private final boolean tokenizerOutput;
    private volatile List<DocumentTokens> documents; // made on first use when tokenizerOutput
    private volatile Corpus linesCorpus;

    private Tokens(Corpus corpus, Path lines, List<DocumentTokens> documents, Tokenizer tokenizer,
                   Parallelism parallelism, boolean tokenizerOutput) {
        this.corpus = corpus;
        this.lines = lines;
        this.tokenizer = tokenizer;
        this.parallelism = Objects.requireNonNull(parallelism, "parallelism");
        this.tokenizerOutput = tokenizerOutput;
        if (documents != null) {
            this.documents = List.copyOf(documents);
            if (this.documents.size() != corpus.size()) {
                throw new IllegalArgumentException("tokens for " + this.documents.size() + " documents, corpus has "
                        + corpus.size());
            }
        }
    }

    /** The tokenizer's tokens of {@code corpus}, made when first needed. */
    static Tokens ofTokenizer(Corpus corpus, Tokenizer tokenizer) {
        return new Tokens(corpus, null, null, tokenizer, Parallelism.available(), true);
    }

    /**
     * The standard tokenizer's tokens of a UTF-8 text file in which every line is one document
     * (as scikit-learn's {@code CountVectorizer().fit(open(file))} reads it), with the line
     * numbers (from "1") as document ids. {@link #frequencies()} streams the file in blocks of 4 MB
     * per thread; the file is read whole only when documents are asked for. The text of a line is
     * its bytes decoded as UTF-8 (invalid bytes become U+FFFD).
     */
    public static Tokens ofLines(Path file) {
        return ofLines(file, Tokenizer.standard());
    }

    /** {@link #ofLines(Path)} with {@code tokenizer}. */
    public static Tokens ofLines(Path file, Tokenizer tokenizer) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(tokenizer, "tokenizer");
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no file " + file + ": give the path of a text file with one document per line");
        }
        return new Tokens(null, file, null, tokenizer, Parallelism.available(), true);
    }

    /** The same tokens, counted and vectorized on {@code parallelism} (results do not change). */
    public Tokens withParallelism(Parallelism parallelism) {
        Objects.requireNonNull(parallelism, "parallelism");
        Tokens t = new Tokens(corpus, lines, null, tokenizer, parallelism, tokenizerOutput);
        t.documents = documents;
        t.linesCorpus = linesCorpus;
        return t;
    }

    /** The threads the work on these tokens may use ({@link Parallelism#available()} unless set). */
    public Parallelism parallelism() {
        return parallelism;
    }

    /**
     * True while these are the tokenizer's own tokens, no step applied: then counting and
     * vectorizing may read the texts' bytes instead of the token objects (same results).
     */
    public boolean isTokenizerOutput() {
        return tokenizerOutput;
    }

    /** The tokens of the documents at {@code indices} (in that order), with their documents. */
    public Tokens subset(List<Integer> indices) {
        Corpus c = corpus();
        List<Document> docs = new ArrayList<>(indices.size());
        List<DocumentTokens> toks = new ArrayList<>(indices.size());
        List<DocumentTokens> all = documents();
        for (int i : indices) {
            docs.add(c.document(i));
            toks.add(all.get(i));
        }
        return derived(Corpus.of(docs), toks);
    }

    /** Tokens after a step: real objects, same tokenizer and parallelism. */
    private Tokens derived(Corpus c, List<DocumentTokens> toks) {
        return new Tokens(c, null, toks, tokenizer, parallelism, false);
    }

    /** Tokens built elsewhere, one {@link DocumentTokens} per document of {@code corpus}, in order. */
    public static Tokens of(Corpus corpus, List<DocumentTokens> documents) {
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(documents, "documents");
        return new Tokens(corpus, null, documents, null, Parallelism.available(), false);
    }

    /** The documents; for {@link #ofLines(Path)} the file is read on first call. */
    public Corpus corpus() {
        if (corpus != null) {
            return corpus;
        }
        Corpus c = linesCorpus;
        if (c == null) {
            c = readLines(lines);
            linesCorpus = c;
        }
        return c;
    }

    private static Corpus readLines(Path file) {
        byte[] b;
        try {
            b = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        List<Document> docs = new ArrayList<>();
        int s = 0;
        while (s < b.length) {
            int e = s;
            while (e < b.length && b[e] != '\n') {
                e++;
            }
            docs.add(Document.of(String.valueOf(docs.size() + 1), new String(b, s, e - s, StandardCharsets.UTF_8)));
            s = e + 1;
        }
        return Corpus.of(docs);
    }

    /** The tokenizer that made these tokens, or {@code null} when they were built elsewhere. */
    public Tokenizer tokenizer() {
        return tokenizer;
    }

    /** Number of documents. */
    public int size() {
        return corpus().size();
    }

    public DocumentTokens document(int i) {
        return documents().get(i);
    }

    public DocumentTokens document(String id) {
        Corpus c = corpus();
        return documents().get(c.ids().indexOf(c.document(id).id()));
    }

    /** The tokens of every document, made now (on {@link #parallelism()} threads) if not made yet. */
    public List<DocumentTokens> documents() {
        List<DocumentTokens> d = documents;
        if (d == null) {
            List<Document> docs = corpus().documents();
            DocumentTokens[] made = new DocumentTokens[docs.size()];
            parallelism.forEach(made.length, i -> made[i] = tokenizer.tokenize(docs.get(i).text(), docs.get(i).language()));
            d = List.of(made);
            documents = d;
        }
        return d;
    }

    /** Total number of tokens in all documents. */
    public long totalTokens() {
        long n = 0;
        for (DocumentTokens d : documents()) {
            n += d.size();
        }
        return n;
    }

    /** A copy with each document's tokens replaced by {@code f} applied to them. */
    public Tokens map(java.util.function.Function<DocumentTokens, DocumentTokens> f) {
        return derived(corpus(), documents().stream().map(f).toList());
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
        Corpus c = corpus();
        List<DocumentTokens> docs = documents();
        List<DocumentTokens> out = new ArrayList<>(docs.size());
        for (int i = 0; i < docs.size(); i++) {
            Stopwords sw = Objects.requireNonNull(perDocument.apply(c.document(i)),
                    "no stopwords for document " + c.document(i).id());
            out.add(docs.get(i).removeStopwords(sw));
        }
        return derived(c, out);
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
        Corpus c = corpus();
        List<DocumentTokens> docs = documents();
        List<DocumentTokens> out = new ArrayList<>(docs.size());
        for (int i = 0; i < docs.size(); i++) {
            out.add(docs.get(i).ngrams(n, Sentences.split(c.document(i).text())));
        }
        return derived(c, out);
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

    /**
     * How often each term occurs in these tokens, with the tokens kept behind the result so that
     * {@link TermFrequencies#byDocument()} and {@link TermFrequencies#byGroup(String)} work.
     * Tokenizer output is counted from the texts' bytes (see the class comment).
     */
    public TermFrequencies frequencies() {
        if (tokenizerOutput && documents == null) {
            Utf8Counter counter = new Utf8Counter(tokenizer);
            TermCounts c = lines != null
                    ? ByteCounting.countLines(lines, ByteCounting.BLOCK, counter, parallelism)
                    : ByteCounting.count(corpus, counter, parallelism);
            if (c != null) {
                String label = lines != null ? Objects.toString(lines.getFileName(), lines.toString()) : "corpus";
                return TermFrequencies.ofCounts(label, this, c);
            }
        }
        return TermFrequencies.of(this);
    }

    /** {@link #frequencies()} of a file of lines read {@code block} bytes at a time (small in tests, to cross block ends). */
    TermFrequencies frequencies(int block) {
        return TermFrequencies.ofCounts(lines.getFileName().toString(), this,
                ByteCounting.countLines(lines, block, new Utf8Counter(tokenizer), parallelism));
    }

    @Override
    public String toString() {
        if (documents == null) {
            return "Tokens[" + (lines != null ? "lines of " + lines.getFileName() : corpus.size() + " documents")
                    + ", not yet made]";
        }
        return "Tokens[" + documents.size() + " documents, " + totalTokens() + " tokens]";
    }
}
