package dev.lede.text;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tartarus.snowball.SnowballStemmer;

/**
 * The tokens of one document: for each token its normalised term, its type and the character
 * span it came from in the document's text. Immutable; produced by {@link Tokenizer#tokenize(String)}.
 *
 * <p>The steps after tokenizing each return a new instance: {@link #keepTypes}, {@link #compound},
 * {@link #removeStopwords}, {@link #stem}, {@link #ngrams(int)}. Run {@code compound} before
 * {@code removeStopwords} (so "United States of America" can still match) and n-grams last.
 * Terms, starts and ends are kept in arrays, not in one object per token.
 *
 * <pre>{@code
 * DocumentTokens t = Tokenizer.standard().tokenize("Putin’s visit");
 * t.term(0);   // "putin"
 * t.start(0);  // 0
 * t.end(0);    // 5  (the possessive is not part of the term, nor of its span)
 * t.ngrams(2).terms(); // [putin visit]
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

    /** Keeps the tokens whose type is in {@code keep}. */
    public DocumentTokens keepTypes(Collection<TokenType> keep) {
        Objects.requireNonNull(keep, "keep");
        EnumSet<TokenType> set = keep.isEmpty() ? EnumSet.noneOf(TokenType.class) : EnumSet.copyOf(keep);
        return filter(i -> set.contains(types[i]));
    }

    /** Keeps the tokens of these types. */
    public DocumentTokens keepTypes(TokenType first, TokenType... more) {
        return keepTypes(EnumSet.of(first, more));
    }

    /** Drops the tokens whose term is on {@code stopwords} (exact match on the term). */
    public DocumentTokens removeStopwords(Stopwords stopwords) {
        Objects.requireNonNull(stopwords, "stopwords");
        return filter(i -> !stopwords.contains(terms[i]));
    }

    /**
     * Replaces the term of every {@link TokenType#WORD} token by its Snowball stem for
     * {@code language} (Lucene's org.tartarus.snowball stemmers: English is Porter2). Spans and
     * other tokens are unchanged; n-grams and compound terms made earlier are stemmed as one word,
     * so stem before {@link #ngrams(int)}. Snowball expects lower-case input.
     *
     * @throws IllegalArgumentException for a language without a stemmer ({@link Language#hasStemmer()})
     */
    public DocumentTokens stem(Language language) {
        Objects.requireNonNull(language, "language");
        SnowballStemmer stemmer = Snowball.stemmer(language);
        Map<String, String> cache = new HashMap<>();
        String[] t = terms.clone();
        for (int i = 0; i < t.length; i++) {
            if (types[i] == TokenType.WORD) {
                t[i] = cache.computeIfAbsent(t[i], w -> Snowball.stem(stemmer, w));
            }
        }
        return new DocumentTokens(t, starts, ends, types);
    }

    /**
     * The n-grams of {@code n} consecutive tokens: terms joined with one space, span from the
     * first token's start to the last token's end, type the tokens' common type or WORD when they
     * differ. A document with fewer than {@code n} tokens has none; {@code ngrams(1)} is this.
     * Tokens removed earlier (stopwords) leave no gap: remove them after n-grams to keep phrases.
     */
    public DocumentTokens ngrams(int n) {
        return ngrams(n, null);
    }

    /**
     * Like {@link #ngrams(int)}, but only n-grams whose tokens all lie inside one of
     * {@code within} (sorted, non-overlapping spans, e.g. {@link Sentences#split(String)}).
     */
    public DocumentTokens ngrams(int n, List<Span> within) {
        if (n < 1) {
            throw new IllegalArgumentException("n-gram size " + n + " < 1: give 1 or more");
        }
        int size = terms.length;
        int[] segment = null;
        if (within != null) {
            segment = segments(within);
        }
        if (n == 1 && segment == null) {
            return this;
        }
        int max = Math.max(0, size - n + 1);
        String[] t = new String[max];
        int[] s = new int[max];
        int[] e = new int[max];
        TokenType[] ty = new TokenType[max];
        int k = 0;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i + n <= size; i++) {
            int last = i + n - 1;
            if (segment != null && (segment[i] < 0 || segment[i] != segment[last])) {
                continue;
            }
            TokenType type = types[i];
            sb.setLength(0);
            sb.append(terms[i]);
            for (int j = i + 1; j <= last; j++) {
                sb.append(' ').append(terms[j]);
                if (types[j] != type) {
                    type = TokenType.WORD;
                }
            }
            t[k] = n == 1 ? terms[i] : sb.toString();
            s[k] = starts[i];
            e[k] = ends[last];
            ty[k] = type;
            k++;
        }
        return new DocumentTokens(Arrays.copyOf(t, k), Arrays.copyOf(s, k), Arrays.copyOf(e, k), Arrays.copyOf(ty, k));
    }

    /** For each token, the index of the span of {@code within} that holds it, or -1. */
    private int[] segments(List<Span> within) {
        Objects.requireNonNull(within, "within");
        int[] seg = new int[terms.length];
        int j = 0;
        for (int i = 0; i < terms.length; i++) {
            while (j < within.size() && within.get(j).end() < ends[i]) {
                if (j > 0 && within.get(j).start() < within.get(j - 1).end()) {
                    throw new IllegalArgumentException("spans overlap or are unsorted at " + within.get(j)
                            + ": give sorted, non-overlapping spans");
                }
                j++;
            }
            seg[i] = j < within.size() && within.get(j).start() <= starts[i] && ends[i] <= within.get(j).end() ? j : -1;
        }
        return seg;
    }

    /**
     * Joins multi-word terms: wherever the consecutive terms of a phrase occur, they become one
     * token whose term is the phrase's terms joined with one space ("north korea"), whose span
     * runs from the first to the last token and whose type is their common type or WORD. Phrases
     * are split and normalised by {@code tokenizer} (so "North Korea’s" and "north korea" are the
     * same phrase); matching is on terms, left to right, longest phrase first ("Kim Jong Un"
     * before "Kim Jong"); a token joins at most one phrase. A phrase without spaces written in
     * Chinese, Japanese or Korean script ("金正恩", "崔善姬") also matches tokens that follow each
     * other with nothing between them and whose terms, put together, spell it (however the
     * segmenter cut it); the joined term is then the phrase itself, without spaces.
     *
     * @throws IllegalArgumentException when a phrase has no tokens
     */
    public DocumentTokens compound(Collection<String> phrases, Tokenizer tokenizer) {
        Objects.requireNonNull(phrases, "phrases");
        Objects.requireNonNull(tokenizer, "tokenizer");
        Map<String, List<String[]>> byFirst = new HashMap<>();
        List<String> unspaced = new ArrayList<>();
        for (String p : phrases) {
            Objects.requireNonNull(p, "phrase");
            if (isUnspacedCjk(p.strip())) {
                unspaced.add(Tokenizer.fold(p.strip()));
            }
            DocumentTokens pt = tokenizer.tokenize(p);
            if (pt.size() == 0) {
                throw new IllegalArgumentException("phrase \"" + p + "\" has no tokens: give words");
            }
            byFirst.computeIfAbsent(pt.terms[0], k -> new ArrayList<>()).add(pt.terms);
        }
        Comparator<String[]> longestFirst = Comparator.<String[]>comparingInt(a -> -a.length)
                .thenComparing(a -> String.join(" ", a));
        for (List<String[]> l : byFirst.values()) {
            l.sort(longestFirst);
        }
        int size = terms.length;
        String[] t = new String[size];
        int[] s = new int[size];
        int[] e = new int[size];
        TokenType[] ty = new TokenType[size];
        int k = 0;
        unspaced.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        for (int i = 0; i < size; ) {
            int matched = 1;
            String spelled = null;
            for (String u : unspaced) {
                int m = spells(u, i);
                if (m > 1) {
                    matched = m;
                    spelled = u;
                    break;
                }
            }
            List<String[]> cands = spelled != null ? null : byFirst.get(terms[i]);
            if (cands != null) {
                for (String[] c : cands) {
                    if (c.length > 1 && matches(c, i)) {
                        matched = c.length;
                        break;
                    }
                }
            }
            int last = i + matched - 1;
            TokenType type = types[i];
            for (int j = i + 1; j <= last; j++) {
                if (types[j] != type) {
                    type = TokenType.WORD;
                }
            }
            t[k] = spelled != null ? spelled
                    : matched == 1 ? terms[i] : String.join(" ", Arrays.asList(terms).subList(i, last + 1));
            s[k] = starts[i];
            e[k] = ends[last];
            ty[k] = type;
            k++;
            i += matched;
        }
        return new DocumentTokens(Arrays.copyOf(t, k), Arrays.copyOf(s, k), Arrays.copyOf(e, k), Arrays.copyOf(ty, k));
    }

    /** {@link #compound(Collection, Tokenizer)} with phrases split by {@link Tokenizer#standard()}. */
    public DocumentTokens compound(Collection<String> phrases) {
        return compound(phrases, Tokenizer.standard());
    }

    /** How many adjacent tokens from {@code i} spell {@code word}, or 0. */
    private int spells(String word, int i) {
        int at = 0;
        for (int j = i; j < terms.length; j++) {
            if (j > i && starts[j] != ends[j - 1] || !word.startsWith(terms[j], at)) {
                return 0;
            }
            at += terms[j].length();
            if (at == word.length()) {
                return j - i + 1;
            }
        }
        return 0;
    }

    private static boolean isUnspacedCjk(String p) {
        boolean cjk = false;
        for (int i = 0; i < p.length(); ) {
            int cp = p.codePointAt(i);
            if (Character.isWhitespace(cp)) {
                return false;
            }
            Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
            cjk |= sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA
                    || sc == Character.UnicodeScript.KATAKANA || sc == Character.UnicodeScript.HANGUL;
            i += Character.charCount(cp);
        }
        return cjk;
    }

    private boolean matches(String[] phrase, int i) {
        if (i + phrase.length > terms.length) {
            return false;
        }
        for (int j = 1; j < phrase.length; j++) {
            if (!phrase[j].equals(terms[i + j])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DocumentTokens d && Arrays.equals(terms, d.terms) && Arrays.equals(starts, d.starts)
                && Arrays.equals(ends, d.ends) && Arrays.equals(types, d.types);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(terms) * 31 + Arrays.hashCode(starts);
    }

    @Override
    public String toString() {
        return "DocumentTokens" + terms();
    }
}
