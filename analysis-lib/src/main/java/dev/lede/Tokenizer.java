package dev.lede;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Splits text into word tokens by the Unicode word-break rules (UAX #29), with dictionary
 * segmentation for Chinese and Japanese, both from ICU4J. Immutable and thread-safe: every
 * method is a pure function of its arguments, so it can run inside parallel or distributed tasks.
 *
 * <p>Rules of the standard tokenizer:
 * <ul>
 *   <li>terms are lower-cased with {@link Locale#ROOT};</li>
 *   <li>typographic apostrophes (’) count as ASCII apostrophes, and a possessive {@code 's}
 *       is dropped: “Putin’s” is the term {@code putin};</li>
 *   <li>hyphenated forms stay one token ("20-second", "no-limits");
 *       {@link Builder#splitHyphens(boolean)} splits them;</li>
 *   <li>punctuation and spaces are not tokens.</li>
 * </ul>
 *
 * <pre>{@code
 * DocumentTokens t = Tokenizer.standard().tokenize("Putin’s 20-second visit");
 * t.terms(); // [putin, 20-second, visit]
 * }</pre>
 */
public final class Tokenizer {

    private static final Tokenizer STANDARD = builder().build();

    private final boolean splitHyphens;

    private Tokenizer(Builder b) {
        this.splitHyphens = b.splitHyphens;
    }

    /** The standard tokenizer (rules above). */
    public static Tokenizer standard() {
        return STANDARD;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Tokenizes one text. Pure: no state is kept between calls. */
    public DocumentTokens tokenize(String text) {
        Objects.requireNonNull(text, "text");
        BreakIterator words = BreakIterator.getWordInstance(ULocale.ROOT);
        words.setText(text);
        List<String> terms = new ArrayList<>();
        List<Span> spans = new ArrayList<>();
        List<TokenType> types = new ArrayList<>();
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            int status = words.getRuleStatus();
            TokenType type = typeOf(status);
            if (type == null) {
                continue;
            }
            int e = end;
            // possessive: 's or ’s at the end of a word
            if (type == TokenType.WORD && e - start > 2 && (text.charAt(e - 1) == 's' || text.charAt(e - 1) == 'S')
                    && isApostrophe(text.charAt(e - 2))) {
                e -= 2;
            }
            int n = terms.size();
            if (!splitHyphens && n > 0 && spans.get(n - 1).end() == start - 1 && isHyphen(text.charAt(start - 1))
                    && (types.get(n - 1) == TokenType.WORD || types.get(n - 1) == TokenType.NUMBER)
                    && (type == TokenType.WORD || type == TokenType.NUMBER)) {
                Span prev = spans.get(n - 1);
                spans.set(n - 1, new Span(prev.start(), e));
                terms.set(n - 1, normalise(text.substring(prev.start(), e)));
                types.set(n - 1, TokenType.WORD);
                continue;
            }
            terms.add(normalise(text.substring(start, e)));
            spans.add(new Span(start, e));
            types.add(type);
        }
        return DocumentTokens.of(terms, spans, types);
    }

    /** Tokenizes every document of a corpus. */
    public Tokens tokenize(Corpus corpus) {
        Objects.requireNonNull(corpus, "corpus");
        List<DocumentTokens> docs = new ArrayList<>(corpus.size());
        for (Document d : corpus.documents()) {
            docs.add(tokenize(d.text()));
        }
        return new Tokens(corpus, docs, this);
    }

    private static TokenType typeOf(int status) {
        if (status >= BreakIterator.WORD_IDEO && status < BreakIterator.WORD_IDEO_LIMIT) {
            return TokenType.IDEOGRAPHIC;
        }
        if (status >= BreakIterator.WORD_KANA && status < BreakIterator.WORD_KANA_LIMIT) {
            return TokenType.KANA;
        }
        if (status >= BreakIterator.WORD_LETTER && status < BreakIterator.WORD_LETTER_LIMIT) {
            return TokenType.WORD;
        }
        if (status >= BreakIterator.WORD_NUMBER && status < BreakIterator.WORD_NUMBER_LIMIT) {
            return TokenType.NUMBER;
        }
        return null;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    private static String normalise(String s) {
        return s.replace('\u2019', '\'').toLowerCase(Locale.ROOT);
    }

    /** Options for a {@link Tokenizer}. */
    public static final class Builder {
        private boolean splitHyphens;

        private Builder() {
        }

        /** Split "20-second" into "20" and "second" (default: keep one token). */
        public Builder splitHyphens(boolean split) {
            this.splitHyphens = split;
            return this;
        }

        public Tokenizer build() {
            return new Tokenizer(this);
        }
    }
}
