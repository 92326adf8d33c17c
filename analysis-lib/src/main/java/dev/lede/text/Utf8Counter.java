package dev.lede.text;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
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

    // fast-path tables: word-character kind, mid-character kind, lower-case map
    private static final int LETTER = 1;
    private static final int DIGIT_K = 2;
    private static final int UNDER = 4;
    private static final int MID_LETTER = 8;
    private static final int MID_NUM = 16;
    // 256 entries indexed by (byte & 0xFF), so the JIT drops the bounds checks of the byte loops
    private static final byte[] KIND = new byte[256];
    private static final byte[] MID = new byte[256];
    private static final byte[] LOWER_MAP = new byte[256];
    private static final byte[] SAME_MAP = new byte[256];
    /**
     * How a byte ends a run of letters on the fast path of {@link #countAscii}: {@link #ENDS} when
     * the run is a whole token, {@link #ENDS_UNLESS_LETTER} ({@code . : '}) when it is one unless
     * a letter follows, 0 when the general path must decide (digits, '_', '-', letters, non-ASCII).
     */
    private static final byte[] RUN_END = new byte[256];
    private static final byte ENDS = 1;
    private static final byte ENDS_UNLESS_LETTER = 2;
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    static {
        for (int c = 0; c < 256; c++) {
            KIND[c] = (byte) (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' ? LETTER
                    : c >= '0' && c <= '9' ? DIGIT_K : c == '_' ? UNDER : 0);
            LOWER_MAP[c] = (byte) (c >= 'A' && c <= 'Z' ? c + 32 : c);
            SAME_MAP[c] = (byte) c;
            RUN_END[c] = c >= 0x80 || KIND[c] != 0 || c == '-' ? 0
                    : c == '.' || c == ':' || c == '\'' ? ENDS_UNLESS_LETTER : ENDS;
        }
        MID[':'] = MID_LETTER;
        MID[','] = MID_NUM;
        MID[';'] = MID_NUM;
        MID['.'] = MID_LETTER | MID_NUM;
        MID['\''] = MID_LETTER | MID_NUM;
    }

    private static final int WORD = TokenType.WORD.ordinal();
    private static final int NUMBER = TokenType.NUMBER.ordinal();
    private static final int URL = TokenType.URL.ordinal();

    private final Tokenizer tokenizer;
    private final boolean splitHyphens;
    private final boolean lowerCase;
    private final boolean[] keep;
    private final int minLength;
    private final byte[] lower;

    public Utf8Counter(Tokenizer tokenizer) {
        this.tokenizer = tokenizer;
        this.splitHyphens = tokenizer.splitsHyphens();
        this.lowerCase = tokenizer.lowerCases();
        this.keep = new boolean[TokenType.values().length];
        for (TokenType t : tokenizer.types()) {
            keep[t.ordinal()] = true;
        }
        this.minLength = tokenizer.minLength();
        this.lower = lowerCase ? LOWER_MAP : SAME_MAP;
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
        if (isAscii(b, from, to)) {
            countAscii(b, from, to, doc, false, table, scratch);
            return;
        }
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
                countAscii(b, p, q, doc, false, table, scratch);
            } else {
                countWithTokenizer(b, p > from ? p - 1 : p, q, doc, table);
            }
            p = q;
        }
    }

    /**
     * As {@link #countDocument} for a range the caller has found all ASCII (e.g. with
     * {@link #isAscii} over a block of many documents), which skips that check.
     */
    public void countAsciiDocument(byte[] b, int from, int to, int doc, ByteTermTable table, Scratch scratch) {
        countAscii(b, from, to, doc, false, table, scratch);
    }

    /**
     * Counts the terms of {@code text}, written in {@code language} (null: unknown), as document
     * {@code doc}; false (nothing counted) when the text holds an unpaired surrogate, which is not
     * valid Unicode and so has no UTF-8 key: the caller then tokenizes with the {@link Tokenizer}
     * itself. A language with its own segmentation or elision is tokenized by the Tokenizer.
     */
    public boolean countText(String text, Language language, int doc, ByteTermTable table, Scratch scratch) {
        if (needsLanguage(language)) {
            if (hasUnpairedSurrogate(text)) {
                return false;
            }
            countTokens(tokenizer.tokenize(text, language), doc, table);
            return true;
        }
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        if (b.length != text.length() && hasUnpairedSurrogate(text)) {
            return false;
        }
        countDocument(b, 0, b.length, doc, table, scratch);
        return true;
    }

    private static boolean hasUnpairedSurrogate(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code b[from, to)} is all ASCII, eight bytes at a time. */
    public static boolean isAscii(byte[] b, int from, int to) {
        int i = from;
        long acc = 0;
        for (; i + 8 <= to; i += 8) {
            acc |= (long) LONGS.get(b, i);
        }
        for (; i < to; i++) {
            acc |= b[i];
        }
        return (acc & 0x8080808080808080L) == 0;
    }

    /**
     * True when text in {@code language} needs the Tokenizer's rules for that language (word
     * segmentation, elision), which the byte path does not know: count such a document with
     * {@link #countTokens} of {@code tokenizer.tokenize(text, language)}.
     */
    public static boolean needsLanguage(Language language) {
        return language != null && (Segmenters.segments(language) || Segmenters.articles(language) != null);
    }

    /** Counts the terms of tokens made by the Tokenizer as document number {@code doc}. */
    public void countTokens(DocumentTokens t, int doc, ByteTermTable table) {
        for (int i = 0, n = t.size(); i < n; i++) {
            byte[] term = t.term(i).getBytes(StandardCharsets.UTF_8);
            table.add(term, 0, term.length, doc);
        }
    }

    private void countWithTokenizer(byte[] b, int s, int e, int doc, ByteTermTable table) {
        countTokens(tokenizer.tokenize(new String(b, s, e - s, StandardCharsets.UTF_8)), doc, table);
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

    /**
     * Counts a range of all-ASCII lines, each line ({@code '\n'}-terminated, the last one perhaps
     * not) one document numbered from {@code firstDoc}, in one pass over the bytes; returns the
     * number of lines. The same counts as {@link #countAsciiDocument} of each line in turn.
     */
    public int countAsciiLines(byte[] b, int from, int to, int firstDoc, ByteTermTable table, Scratch scratch) {
        if (from >= to) {
            return 0;
        }
        int last = countAscii(b, from, to, firstDoc, true, table, scratch);
        return last - firstDoc + (b[to - 1] == '\n' ? 0 : 1);
    }

    /**
     * Tokenizes an all-ASCII range in one pass (with {@code lines}, a {@code '\n'} starts the next
     * document; returns the document number reached). A run of up to 7 letters that the next byte
     * ends outright (see {@link #RUN_END}), with no joined token pending and not starting like a
     * URL, is found with one 8-byte load and counted from it (most words of prose); every other
     * token goes the general way: a plain token of up to 16 bytes without '_' is looked up in the
     * table straight from the text (lower-cased as two longs); a longer one is lower-cased into the
     * scratch buffer first; a token followed by a hyphen is kept back (it may join the next), and
     * such joins and URLs re-read their bytes.
     */
    private int countAscii(byte[] b, int s, int e, int doc, boolean lines, ByteTermTable table, Scratch scratch) {
        final byte[] kind = KIND;
        final byte[] low = lower;
        final boolean fastKeep = keep[WORD];
        final long fold = lowerCase ? 0x2020202020202020L : 0;
        byte[] t = scratch.term;
        int pStart = -1; // a token kept back because a hyphen and a word character follow it
        int pEnd = -1;
        int pType = -1;
        int p = s;
        while (p < e) {
            int c = b[p] & 0xFF;
            if (kind[c] == 0) {
                if (c == '\n' && lines) {
                    if (pType >= 0) {
                        emit(b, pStart, pEnd, pType, doc, table, scratch);
                        t = scratch.term;
                        pType = -1;
                    }
                    doc++;
                }
                p++;
                continue;
            }
            if (pType < 0 && p + 8 <= e) {
                long w = (long) LONGS.get(b, p);
                long y = w | 0x2020202020202020L; // ASCII letters to lower case, others stay non-letters
                long letters = (y + 0x1F1F1F1F1F1F1F1FL) & ~(y + 0x0505050505050505L) & HIGH_BITS; // 'a' <= y <= 'z'
                int len = Long.numberOfTrailingZeros(~letters & HIGH_BITS) >>> 3;
                if (len > 0 && len < 8) {
                    int endKind = RUN_END[b[p + len] & 0xFF];
                    if ((endKind == ENDS || endKind == ENDS_UNLESS_LETTER
                            && !(p + len + 1 < e && kind[b[p + len + 1] & 0xFF] == LETTER))
                            && (int) (y & 0xFFFF) != 0x7468 && (int) (y & 0xFFFF) != 0x7777) { // not "ht", "ww"
                        if (fastKeep && len >= minLength) {
                            long m = (1L << (len << 3)) - 1;
                            table.addPacked((w | fold) & m, len, doc);
                        }
                        // a space after the word (the most common end) is passed over here
                        p += b[p + len] == ' ' ? len + 1 : len;
                        continue;
                    }
                }
            }
            int start = p;
            int flags = 0;
            while (true) {
                int k;
                while (p < e && (k = kind[b[p] & 0xFF]) != 0) {
                    flags |= k;
                    p++;
                }
                if (p + 1 < e) {
                    int m = MID[b[p] & 0xFF];
                    if (m != 0) {
                        int pk = kind[b[p - 1] & 0xFF];
                        int nk = kind[b[p + 1] & 0xFF];
                        if ((m & MID_LETTER) != 0 && pk == LETTER && nk == LETTER
                                || (m & MID_NUM) != 0 && pk == DIGIT_K && nk == DIGIT_K) {
                            p++;
                            continue;
                        }
                    }
                }
                break;
            }
            if ((flags & (LETTER | DIGIT_K)) == 0) { // only '_': no token
                continue;
            }
            boolean letter = (flags & LETTER) != 0;
            int type = letter ? WORD : NUMBER;
            int c0 = b[start];
            // second letter first: "he", "his", "with", "was" are frequent and never URLs
            if (letter && p - start >= 2 && ((c0 | 0x20) == 'h' && (b[start + 1] | 0x20) == 't'
                    || (c0 | 0x20) == 'w' && (b[start + 1] | 0x20) == 'w')) {
                int u = TokenRules.urlEnd(TokenRules.ascii(b), start, e);
                if (u > 0) {
                    if (pType >= 0) {
                        emit(b, pStart, pEnd, pType, doc, table, scratch);
                        t = scratch.term;
                        pType = -1;
                    }
                    emit(b, start, u, URL, doc, table, scratch);
                    t = scratch.term;
                    int x = start;
                    while (x < u) {
                        x = kind[b[x] & 0xFF] != 0 ? runEnd(b, x, e) : x + 1;
                    }
                    p = x;
                    continue;
                }
            }
            int end = p;
            if (letter && p - start > 2 && (b[p - 1] == 's' || b[p - 1] == 'S') && b[p - 2] == '\'') {
                end = p - 2;
            }
            if (pType >= 0 && pEnd == start - 1 && b[start - 1] == '-') { // pType is WORD or NUMBER
                pEnd = end;
                pType = pType == NUMBER && type == NUMBER ? NUMBER : WORD;
            } else {
                if (pType >= 0) {
                    emit(b, pStart, pEnd, pType, doc, table, scratch);
                    t = scratch.term;
                }
                if (!splitHyphens && end + 1 < e && b[end] == '-' && kind[b[end + 1] & 0xFF] != 0) {
                    pStart = start;
                    pEnd = end;
                    pType = type;
                    continue;
                }
                pType = -1;
                int len = end - start;
                if (keep[type] && len >= minLength) {
                    if (len <= 16 && (flags & UNDER) == 0) {
                        // letters, digits and . : ' , ; only: looked up straight from the text
                        table.addShortAscii(b, start, len, lowerCase, doc);
                    } else {
                        if (t.length < len) {
                            t = scratch.term = new byte[Math.max(len, t.length * 2)];
                        }
                        for (int i = start, j = 0; i < end; i++, j++) {
                            t[j] = low[b[i] & 0xFF];
                        }
                        table.add(t, 0, len, doc);
                    }
                }
                continue;
            }
            if (splitHyphens || !(pEnd + 1 < e && b[pEnd] == '-' && kind[b[pEnd + 1] & 0xFF] != 0)) {
                emit(b, pStart, pEnd, pType, doc, table, scratch);
                t = scratch.term;
                pType = -1;
            }
        }
        if (pType >= 0) {
            emit(b, pStart, pEnd, pType, doc, table, scratch);
        }
        return doc;
    }

    private void emit(byte[] b, int s, int e, int type, int doc, ByteTermTable table, Scratch scratch) {
        int len = e - s;
        if (!keep[type] || len < minLength) {
            return;
        }
        if (!lowerCase) {
            table.add(b, s, len, doc);
            return;
        }
        int lowerEnd = e;
        if (type == URL) {
            lowerEnd = TokenRules.hostEnd(TokenRules.ascii(b), s, e);
        }
        byte[] t = scratch.term;
        if (t.length < len) {
            t = scratch.term = new byte[Math.max(len, t.length * 2)];
        }
        int j = 0;
        for (int i = s; i < e; i++, j++) {
            int c = b[i];
            if (c >= 'A' && c <= 'Z' && i < lowerEnd) {
                c += 32;
            }
            t[j] = (byte) c;
        }
        table.add(t, 0, len, doc);
    }
}
