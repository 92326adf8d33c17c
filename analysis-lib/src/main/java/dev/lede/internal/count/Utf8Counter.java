package dev.lede.internal.count;

import dev.lede.DocumentTokens;
import dev.lede.TokenType;
import dev.lede.Tokenizer;
import java.nio.charset.StandardCharsets;

/**
 * Counts the terms of UTF-8 text exactly as {@link Tokenizer#tokenize(String)} would produce them,
 * without a String or object per token. The text is cut into stretches between ASCII white space
 * (space, tab, LF, VT, FF, CR), which are word boundaries and never inside a token, a URL or a
 * hyphen join. A stretch of ASCII bytes is tokenized here by the "ASCII summary" of the
 * Tokenizer's javadoc; a stretch holding any non-ASCII byte is decoded and given to the Tokenizer
 * itself (with the white-space byte before it, so a leading combining mark sees the same
 * context). A counter is stateless; the table passed in receives the counts.
 */
public final class Utf8Counter {

    // character classes of ASCII bytes
    private static final byte OTHER = 0;
    private static final byte UPPER = 1;
    private static final byte LOWER = 2;
    private static final byte DIGIT = 3;
    private static final byte UNDERSCORE = 4;
    private static final byte SPACE = 5;
    private static final byte[] CLASS = new byte[128];

    static {
        for (int c = 'A'; c <= 'Z'; c++) {
            CLASS[c] = UPPER;
        }
        for (int c = 'a'; c <= 'z'; c++) {
            CLASS[c] = LOWER;
        }
        for (int c = '0'; c <= '9'; c++) {
            CLASS[c] = DIGIT;
        }
        CLASS['_'] = UNDERSCORE;
        CLASS[' '] = SPACE;
        CLASS['\t'] = SPACE;
        CLASS['\n'] = SPACE;
        CLASS[0x0B] = SPACE;
        CLASS['\f'] = SPACE;
        CLASS['\r'] = SPACE;
    }

    private static final int WORD = TokenType.WORD.ordinal();
    private static final int NUMBER = TokenType.NUMBER.ordinal();
    private static final int URL = TokenType.URL.ordinal();

    private final Tokenizer tokenizer;
    private final boolean splitHyphens;
    private final boolean lowerCase;
    private final boolean[] keep;
    private final int minLength;

    public Utf8Counter(Tokenizer tokenizer) {
        this.tokenizer = tokenizer;
        this.splitHyphens = tokenizer.splitsHyphens();
        this.lowerCase = tokenizer.lowerCases();
        this.keep = new boolean[TokenType.values().length];
        for (TokenType t : tokenizer.types()) {
            keep[t.ordinal()] = true;
        }
        this.minLength = tokenizer.minLength();
    }

    /** Per-worker scratch space: the current term's bytes. */
    public static final class Scratch {
        byte[] term = new byte[256];
    }

    /**
     * Counts the tokens of the document {@code b[from, to)} into {@code table} as document
     * number {@code doc}.
     */
    public void countDocument(byte[] b, int from, int to, int doc, ByteTermTable table, Scratch scratch) {
        int p = from;
        while (p < to) {
            int c = b[p];
            if (c >= 0 && CLASS[c] == SPACE) {
                p++;
                continue;
            }
            int q = p;
            boolean ascii = true;
            while (q < to) {
                int d = b[q];
                if (d < 0) {
                    ascii = false;
                } else if (CLASS[d] == SPACE) {
                    break;
                }
                q++;
            }
            if (ascii) {
                countAscii(b, p, q, doc, table, scratch);
            } else {
                countWithTokenizer(b, p > from ? p - 1 : p, q, doc, table);
            }
            p = q;
        }
    }

    private void countWithTokenizer(byte[] b, int s, int e, int doc, ByteTermTable table) {
        DocumentTokens t = tokenizer.tokenize(new String(b, s, e - s, StandardCharsets.UTF_8));
        for (int i = 0, n = t.size(); i < n; i++) {
            byte[] term = t.term(i).getBytes(StandardCharsets.UTF_8);
            table.add(term, 0, term.length, ByteTermTable.hash(term, 0, term.length), doc);
        }
    }

    private static boolean isWordChar(int c) {
        return c >= 0 && CLASS[c] >= UPPER && CLASS[c] <= UNDERSCORE;
    }

    private static boolean isLetter(int c) {
        return c >= 0 && (CLASS[c] == UPPER || CLASS[c] == LOWER);
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /** End of the UAX #29 letter/number segment starting with the word character at {@code p}. */
    private static int runEnd(byte[] b, int p, int e) {
        int q = p;
        while (true) {
            while (q < e && isWordChar(b[q])) {
                q++;
            }
            if (q + 1 < e) {
                int m = b[q];
                int prev = b[q - 1];
                int next = b[q + 1];
                if ((m == '.' || m == ':' || m == '\'') && isLetter(prev) && isLetter(next)
                        || (m == '.' || m == ',' || m == ';' || m == '\'') && isDigit(prev) && isDigit(next)) {
                    q++;
                    continue;
                }
            }
            return q;
        }
    }

    /** Tokenizes an all-ASCII stretch without white space. */
    private void countAscii(byte[] b, int s, int e, int doc, ByteTermTable table, Scratch scratch) {
        int pStart = -1;
        int pEnd = -1;
        int pType = -1;
        int p = s;
        while (p < e) {
            int c = b[p];
            if (!isWordChar(c)) {
                p++;
                continue;
            }
            int q = runEnd(b, p, e);
            boolean letter = false;
            boolean digit = false;
            for (int i = p; i < q; i++) {
                int k = CLASS[b[i]];
                if (k == UPPER || k == LOWER) {
                    letter = true;
                    break;
                }
                if (k == DIGIT) {
                    digit = true;
                }
            }
            if (!letter && !digit) { // only '_': no token
                p = q;
                continue;
            }
            int type = letter ? WORD : NUMBER;
            if (letter && (c == 'h' || c == 'H' || c == 'w' || c == 'W')) {
                int u = urlEnd(b, p, e);
                if (u > 0) {
                    if (pType >= 0) {
                        emit(b, pStart, pEnd, pType, doc, table, scratch);
                    }
                    pStart = p;
                    pEnd = u;
                    pType = URL;
                    int x = p;
                    while (x < u) {
                        x = isWordChar(b[x]) ? runEnd(b, x, e) : x + 1;
                    }
                    p = x;
                    continue;
                }
            }
            int end = q;
            if (letter && q - p > 2 && (b[q - 1] == 's' || b[q - 1] == 'S') && b[q - 2] == '\'') {
                end = q - 2;
            }
            if (!splitHyphens && pType >= 0 && pType != URL && pEnd == p - 1 && b[p - 1] == '-') {
                pEnd = end;
                pType = pType == NUMBER && type == NUMBER ? NUMBER : WORD;
            } else {
                if (pType >= 0) {
                    emit(b, pStart, pEnd, pType, doc, table, scratch);
                }
                pStart = p;
                pEnd = end;
                pType = type;
            }
            p = q;
        }
        if (pType >= 0) {
            emit(b, pStart, pEnd, pType, doc, table, scratch);
        }
    }

    private void emit(byte[] b, int s, int e, int type, int doc, ByteTermTable table, Scratch scratch) {
        int len = e - s;
        if (!keep[type] || len < minLength) {
            return;
        }
        if (!lowerCase) {
            table.add(b, s, len, ByteTermTable.hash(b, s, len), doc);
            return;
        }
        int lowerEnd = e;
        if (type == URL) {
            int hostStart = s;
            if (startsWithIgnoreCase(b, s, e, "https://")) {
                hostStart = s + 8;
            } else if (startsWithIgnoreCase(b, s, e, "http://")) {
                hostStart = s + 7;
            }
            lowerEnd = hostStart;
            while (lowerEnd < e && b[lowerEnd] != '/' && b[lowerEnd] != '?' && b[lowerEnd] != '#') {
                lowerEnd++;
            }
        }
        byte[] t = scratch.term;
        if (t.length < len) {
            t = scratch.term = new byte[Math.max(len, t.length * 2)];
        }
        int h = 0x811C9DC5;
        int j = 0;
        for (int i = s; i < e; i++, j++) {
            int c = b[i];
            if (c >= 'A' && c <= 'Z' && i < lowerEnd) {
                c += 32;
            }
            t[j] = (byte) c;
            h = (h ^ c) * 0x01000193;
        }
        table.add(t, 0, len, h, doc);
    }

    private static boolean startsWithIgnoreCase(byte[] b, int s, int e, String prefix) {
        int n = prefix.length();
        if (e - s < n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            int c = b[s + i];
            if (c >= 'A' && c <= 'Z') {
                c += 32;
            }
            if (c != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** End of the URL starting at {@code s} in an ASCII stretch ending at {@code e}, or -1. */
    private static int urlEnd(byte[] b, int s, int e) {
        int prefix;
        if (startsWithIgnoreCase(b, s, e, "https://")) {
            prefix = 8;
        } else if (startsWithIgnoreCase(b, s, e, "http://")) {
            prefix = 7;
        } else if (startsWithIgnoreCase(b, s, e, "www.")) {
            prefix = 4;
        } else {
            return -1;
        }
        int start = s + prefix;
        if (start >= e || !(isLetter(b[start]) || isDigit(b[start]))) {
            return -1;
        }
        int u = start;
        while (u < e) {
            int c = b[u];
            if (c <= ' ' || c == 0x7F || c == '<' || c == '>' || c == '"') {
                break;
            }
            u++;
        }
        while (u > start) {
            int c = b[u - 1];
            if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\'' || c == '*'
                    || c == ')' && count(b, s, u, '(') < count(b, s, u, ')')
                    || c == ']' && count(b, s, u, '[') < count(b, s, u, ']')) {
                u--;
            } else {
                break;
            }
        }
        return u;
    }

    private static int count(byte[] b, int s, int e, char c) {
        int k = 0;
        for (int i = s; i < e; i++) {
            if (b[i] == c) {
                k++;
            }
        }
        return k;
    }
}
