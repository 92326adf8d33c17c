package dev.lede.spark;

import dev.lede.corpus.Document;
import dev.lede.text.DocumentTokens;
import dev.lede.text.Stopwords;
import dev.lede.text.TokenType;
import dev.lede.text.Tokenizer;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How the documents are split into terms, written down so it can be sent to Spark's executors:
 * the {@link Tokenizer}'s options and the stopwords to remove (none, one list, or each document's
 * language's list with an optional fallback). Each executor rebuilds the same tokenizer and lists
 * once and tokenizes with them, so its terms are the single-machine path's, term for term.
 */
record TokenRecipe(boolean splitHyphens, boolean lowerCase, EnumSet<TokenType> types, int minLength,
                   StopMode stopMode, ArrayList<String> stopwords, boolean hasFallback) implements Serializable {

    enum StopMode { NONE, LIST, PER_LANGUAGE }

    static TokenRecipe of(Tokenizer t) {
        Objects.requireNonNull(t, "tokenizer");
        EnumSet<TokenType> types = t.types().isEmpty() ? EnumSet.noneOf(TokenType.class) : EnumSet.copyOf(t.types());
        return new TokenRecipe(t.splitsHyphens(), t.lowerCases(), types, t.minLength(), StopMode.NONE,
                new ArrayList<>(), false);
    }

    TokenRecipe withStopwords(Stopwords s) {
        Objects.requireNonNull(s, "stopwords");
        return new TokenRecipe(splitHyphens, lowerCase, types, minLength, StopMode.LIST, new ArrayList<>(s.words()),
                false);
    }

    TokenRecipe withStopwords(Stopwords.PerLanguage p) {
        Objects.requireNonNull(p, "perLanguage");
        ArrayList<String> fallback = p.fallback() == null ? new ArrayList<>() : new ArrayList<>(p.fallback().words());
        return new TokenRecipe(splitHyphens, lowerCase, types, minLength, StopMode.PER_LANGUAGE, fallback,
                p.fallback() != null);
    }

    /** Tokenizers and lists already built in this JVM (an executor builds each once). */
    private static final Map<TokenRecipe, Built> BUILT = new ConcurrentHashMap<>();

    private record Built(Tokenizer tokenizer, Stopwords list, Stopwords.PerLanguage perLanguage) {
    }

    private Built built() {
        return BUILT.computeIfAbsent(this, r -> {
            Tokenizer t = Tokenizer.builder().splitHyphens(r.splitHyphens).lowerCase(r.lowerCase).types(r.types)
                    .minLength(r.minLength).build();
            Stopwords list = r.stopMode == StopMode.LIST ? Stopwords.of(r.stopwords) : null;
            Stopwords.PerLanguage per = r.stopMode == StopMode.PER_LANGUAGE
                    ? (r.hasFallback ? Stopwords.forLanguages(Stopwords.of(r.stopwords)) : Stopwords.forLanguages())
                    : null;
            return new Built(t, list, per);
        });
    }

    Tokenizer tokenizer() {
        return built().tokenizer();
    }

    /** The stopwords of {@code d}, or null when none are removed. */
    Stopwords stopwordsFor(Document d) {
        Built b = built();
        return switch (stopMode) {
            case NONE -> null;
            case LIST -> b.list();
            case PER_LANGUAGE -> b.perLanguage().forDocument(d.id(), d.metadata().language());
        };
    }

    /** The terms of {@code d}, as {@code corpus.tokens()} (then {@code removeStopwords}) gives them. */
    DocumentTokens tokens(Document d) {
        DocumentTokens t = tokenizer().tokenize(d.text(), d.language());
        Stopwords s = stopwordsFor(d);
        return s == null ? t : t.removeStopwords(s);
    }

    List<String> terms(Document d) {
        return tokens(d).terms();
    }
}
