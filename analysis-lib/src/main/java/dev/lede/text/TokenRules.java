package dev.lede.text;

/**
 * The tokenizer's rules on characters, written once: {@link Tokenizer} applies them to the text,
 * {@link Utf8Counter}'s ASCII fast path to a stretch of ASCII bytes seen as characters
 * ({@link #ascii(byte[])}), so a rule cannot drift between the two paths.
 */
final class TokenRules {

    private TokenRules() {
    }

    /** A byte array of ASCII text seen as characters (only the URL rules read it, so only URLs pay for the view). */
    static CharSequence ascii(byte[] b) {
        return new CharSequence() {
            @Override
            public int length() {
                return b.length;
            }

            @Override
            public char charAt(int i) {
                return (char) (b[i] & 0xFF);
            }

            @Override
            public CharSequence subSequence(int start, int end) {
                return new StringBuilder(end - start).append(this, start, end);
            }
        };
    }

    /** Length of the URL scheme prefix at {@code s} ({@code https://}, {@code http://}, {@code www.}, any case), or 0. */
    static int urlPrefix(CharSequence t, int s, int limit) {
        if (startsWithIgnoreCase(t, s, limit, "https://")) {
            return 8;
        }
        if (startsWithIgnoreCase(t, s, limit, "http://")) {
            return 7;
        }
        return startsWithIgnoreCase(t, s, limit, "www.") ? 4 : 0;
    }

    /**
     * End of the URL starting at {@code s} (rule 3 of {@link Tokenizer}), looking no further than
     * {@code limit}, or -1 when none starts there: a scheme prefix followed by a letter or digit,
     * running to the first {@link #isUrlStop(char) stop}, less trailing {@code . , ; : ! ? ' *} and
     * unbalanced {@code )} or {@code ]}.
     */
    static int urlEnd(CharSequence t, int s, int limit) {
        int prefix = urlPrefix(t, s, limit);
        if (prefix == 0) {
            return -1;
        }
        int start = s + prefix;
        if (start >= limit || !Character.isLetterOrDigit(Character.codePointAt(t, start))) {
            return -1;
        }
        int u = start;
        while (u < limit && !isUrlStop(t.charAt(u))) {
            u++;
        }
        while (u > start) {
            char c = t.charAt(u - 1);
            if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\'' || c == '*'
                    || c == ')' && count(t, s, u, '(') < count(t, s, u, ')')
                    || c == ']' && count(t, s, u, '[') < count(t, s, u, ']')) {
                u--;
            } else {
                break;
            }
        }
        return u;
    }

    /** End of a URL's scheme and host (lower-cased in its term; the path keeps its case). */
    static int hostEnd(CharSequence t, int s, int e) {
        int prefix = urlPrefix(t, s, e);
        int h = s + (prefix == 4 ? 0 : prefix);
        while (h < e) {
            char c = t.charAt(h);
            if (c == '/' || c == '?' || c == '#') {
                break;
            }
            h++;
        }
        return h;
    }

    /** Characters that end a URL: white space, controls, {@code < > "} and typographic quotes. */
    static boolean isUrlStop(char c) {
        return c <= ' ' || c == 0x7F || c == '<' || c == '>' || c == '"' || c == '\u201C' || c == '\u201D'
                || c == '\u2018' || c == '\u2019' || c == '\u00AB' || c == '\u00BB'
                || Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c);
    }

    /** The apostrophes of possessives: ' and ’. */
    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    /** The hyphens that join words (rule 5): -, U+2010 and U+2011. */
    static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    private static boolean startsWithIgnoreCase(CharSequence t, int s, int limit, String prefix) {
        int n = prefix.length();
        if (limit - s < n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = t.charAt(s + i);
            char p = prefix.charAt(i);
            // as String.regionMatches(true, ...): equal when upper or lower cases are
            if (c != p && Character.toUpperCase(c) != Character.toUpperCase(p)
                    && Character.toLowerCase(c) != Character.toLowerCase(p)) {
                return false;
            }
        }
        return true;
    }

    private static int count(CharSequence t, int s, int e, char c) {
        int k = 0;
        for (int i = s; i < e; i++) {
            if (t.charAt(i) == c) {
                k++;
            }
        }
        return k;
    }
}
