package dev.lede;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;

/**
 * The tokens of one document: for each token its normalised term, its type and the character
 * span it came from in the document's text. Immutable; produced by {@link Tokenizer#tokenize(String)}.
 *
 * <pre>{@code
 * DocumentTokens t = Tokenizer.standard().tokenize("Putin’s visit");
 * t.term(0);   // "putin"
 * t.start(0);  // 0
 * t.end(0);    // 5  (the possessive is not part of the term, nor of its span)
 * }</pre>
 */
public final class DocumentTokens {

    private final String[] terms;
    private final int[] starts;
    private final int[] ends;
    private final TokenType[] types;

    /** Arrays are taken over, not copied: only the tokenizer and library code build these. */
    DocumentTokens(String[] terms, int[] starts, int[] ends, TokenType[] types) {
        if (terms.length != starts.length || terms.length != ends.length || terms.length != types.length) {
            throw new IllegalArgumentException("token arrays differ in length");
        }
        this.terms = terms;
        this.starts = starts;
        this.ends = ends;
        this.types = types;
    }

    /** Tokens from explicit lists (for tests and for callers that tokenize elsewhere). */
    public static DocumentTokens of(List<String> terms, List<Span> spans, List<TokenType> types) {
        Objects.requireNonNull(terms, "terms");
        int n = terms.size();
        if (spans.size() != n || types.size() != n) {
            throw new IllegalArgumentException("terms, spans and types differ in length: " + n + ", "
                    + spans.size() + ", " + types.size());
        }
        int[] s = new int[n];
        int[] e = new int[n];
        for (int i = 0; i < n; i++) {
            s[i] = spans.get(i).start();
            e[i] = spans.get(i).end();
        }
        return new DocumentTokens(terms.toArray(String[]::new), s, e, types.toArray(TokenType[]::new));
    }

    public int size() {
        return terms.length;
    }

    public String term(int i) {
        return terms[i];
    }

    public int start(int i) {
        return starts[i];
    }

    public int end(int i) {
        return ends[i];
    }

    public Span span(int i) {
        return new Span(starts[i], ends[i]);
    }

    public TokenType type(int i) {
        return types[i];
    }

    /** The terms as an unmodifiable list view. */
    public List<String> terms() {
        return new AbstractList<>() {
            @Override
            public String get(int index) {
                return terms[index];
            }

            @Override
            public int size() {
                return terms.length;
            }
        };
    }

    /** Keeps the tokens for which {@code keep.test(i)} holds. */
    public DocumentTokens filter(java.util.function.IntPredicate keep) {
        int n = 0;
        for (int i = 0; i < terms.length; i++) {
            if (keep.test(i)) {
                n++;
            }
        }
        String[] t = new String[n];
        int[] s = new int[n];
        int[] e = new int[n];
        TokenType[] ty = new TokenType[n];
        int j = 0;
        for (int i = 0; i < terms.length; i++) {
            if (keep.test(i)) {
                t[j] = terms[i];
                s[j] = starts[i];
                e[j] = ends[i];
                ty[j] = types[i];
                j++;
            }
        }
        return new DocumentTokens(t, s, e, ty);
    }

    @Override
    public String toString() {
        return "DocumentTokens" + terms();
    }
}
