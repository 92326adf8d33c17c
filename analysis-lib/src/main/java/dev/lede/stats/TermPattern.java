package dev.lede.stats;

import dev.lede.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One element of a search query, matched against one term at a time: a plain word
 * ({@code sanctions}, matched exactly as the tokenizer writes terms, lower case), a wildcard
 * ({@code pariah*}: {@code *} stands for any characters, none included, {@code ?} for exactly
 * one) or a regular expression between slashes ({@code /sanction(s|ed)?/}, Java syntax, which
 * must match the whole term, case ignored). Phrases are elements separated by spaces
 * ({@code north *}, {@code /kim|putin/ visit*}); a regular expression cannot hold a space.
 * Immutable.
 *
 * <pre>{@code
 * TermPattern.parse("pariah*").matches("pariahs");                 // true
 * TermPattern.parse("/sanction(s|ed)?/").matches("sanctioned");    // true
 * TermPattern.phrase("north *", Tokenizer.standard());             // [north, *]
 * }</pre>
 */
public final class TermPattern {

    /** How an element matches. */
    public enum Kind {
        /** The term equals the (normalised) word. */
        WORD,
        /** The term matches a {@code *}/{@code ?} wildcard. */
        WILDCARD,
        /** The whole term matches a regular expression, case ignored. */
        REGEX
    }

    private final String source;
    private final Kind kind;
    private final String word;     // WORD
    private final Pattern pattern; // WILDCARD, REGEX

    private TermPattern(String source, Kind kind, String word, Pattern pattern) {
        this.source = source;
        this.kind = kind;
        this.word = word;
        this.pattern = pattern;
    }

    /**
     * One element: {@code /.../} a regular expression, anything with {@code *} or {@code ?} a
     * wildcard (lower-cased in {@link Locale#ROOT}), anything else a word (lower-cased). An empty
     * element or an invalid regular expression is an error naming it.
     */
    public static TermPattern parse(String element) {
        Objects.requireNonNull(element, "element");
        String e = element.strip();
        if (e.isEmpty()) {
            throw new IllegalArgumentException("an empty search element: give a word, a wildcard such as pariah*"
                    + " or a regular expression such as /sanction(s|ed)?/");
        }
        if (e.length() >= 2 && e.startsWith("/") && e.endsWith("/")) {
            String body = e.substring(1, e.length() - 1);
            if (body.isEmpty()) {
                throw new IllegalArgumentException("the regular expression '" + e + "' is empty: put a pattern between the slashes");
            }
            try {
                return new TermPattern(e, Kind.REGEX, null,
                        Pattern.compile(body, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            } catch (PatternSyntaxException x) {
                throw new IllegalArgumentException("the regular expression '" + e + "' is not valid: "
                        + x.getDescription() + " near index " + x.getIndex() + " (Java regex syntax)", x);
            }
        }
        if (e.startsWith("/")) {
            throw new IllegalArgumentException("the search element '" + e + "' opens a regular expression with '/'"
                    + " but does not close it: write /pattern/ (no spaces inside)");
        }
        String lower = e.toLowerCase(Locale.ROOT);
        if (lower.indexOf('*') >= 0 || lower.indexOf('?') >= 0) {
            StringBuilder re = new StringBuilder();
            StringBuilder literal = new StringBuilder();
            for (int i = 0; i < lower.length(); i++) {
                char c = lower.charAt(i);
                if (c == '*' || c == '?') {
                    if (literal.length() > 0) {
                        re.append(Pattern.quote(literal.toString()));
                        literal.setLength(0);
                    }
                    re.append(c == '*' ? ".*" : ".");
                } else {
                    literal.append(c);
                }
            }
            if (literal.length() > 0) {
                re.append(Pattern.quote(literal.toString()));
            }
            return new TermPattern(e, Kind.WILDCARD, null, Pattern.compile(re.toString(), Pattern.DOTALL));
        }
        return new TermPattern(e, Kind.WORD, lower, null);
    }

    /**
     * A phrase: elements separated by white space. A plain word is tokenized with
     * {@code tokenizer} (so "Putin’s" becomes [putin] and, with hyphens split, "North-Korea"
     * two words); wildcards and regular expressions are kept as they are.
     */
    public static List<TermPattern> phrase(String query, Tokenizer tokenizer) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(tokenizer, "tokenizer");
        List<TermPattern> out = new ArrayList<>();
        for (String element : query.strip().split("\\s+")) {
            if (element.isEmpty()) {
                continue;
            }
            TermPattern p = parse(element);
            if (p.kind == Kind.WORD) {
                for (String t : tokenizer.tokenize(element).terms()) {
                    out.add(new TermPattern(t, Kind.WORD, t, null));
                }
            } else {
                out.add(p);
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("the query '" + query + "' has no words: give a word, a wildcard such as"
                    + " pariah* or a regular expression such as /sanction(s|ed)?/");
        }
        return List.copyOf(out);
    }

    /** Whether {@code term} matches this element. */
    public boolean matches(String term) {
        return switch (kind) {
            case WORD -> word.equals(term);
            case WILDCARD -> pattern.matcher(term.toLowerCase(Locale.ROOT)).matches();
            case REGEX -> pattern.matcher(term).matches();
        };
    }

    public Kind kind() {
        return kind;
    }

    /** The element as written (a word after normalisation). */
    public String source() {
        return source;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TermPattern p && p.kind == kind && p.source.equals(source);
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + source.hashCode();
    }

    @Override
    public String toString() {
        return source;
    }
}
