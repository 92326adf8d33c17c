package dev.lede.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;

/**
 * Removal of invisible and formatting characters before tokenizing, with a map from the cleaned
 * text back to the original so token spans still point into the original text.
 *
 * <p>Removed: every code point with the Unicode property Default_Ignorable_Code_Point (soft
 * hyphen U+00AD, zero-width space, non-joiner and joiner U+200B–U+200D, the marks U+200E/U+200F
 * and U+061C, the bidi embeddings, overrides and isolates U+202A–U+202E and U+2066–U+2069, word
 * joiner U+2060, the byte-order mark U+FEFF, the variation selectors U+FE00–U+FE0F and
 * U+E0100–U+E01EF, tags, Hangul fillers), the same set NFKC_Casefold removes. Exception, so
 * emoji stay whole: a zero-width joiner or variation selector is kept unless it directly follows
 * a letter, a digit or a combining mark (so "👨‍👩‍👧" and "©️" keep theirs, "evil" followed by U+200D
 * loses it), and one followed by the keycap mark U+20E3 is kept ("1️⃣").
 */
final class Invisibles {

    private Invisibles() {
    }

    /** Text with invisibles removed, and for each of its chars (and its end) the index in the original. */
    record Cleaned(String text, int[] origin) {
        int start(int i) {
            return origin[i];
        }

        /** Original end of a span ending at {@code i} in the cleaned text. */
        int end(int i) {
            return i == 0 ? origin[0] : origin[i - 1] + 1;
        }
    }

    /** True when {@code c} may start a removable code point (a cheap pre-check on one char). */
    static boolean candidate(char c) {
        // the ranges holding Default_Ignorable_Code_Point (Unicode 15): BMP ones, and plane 14
        // (tags, variation selectors supplement) whose high surrogates are U+DB40..U+DB43
        if (c < 0x2000) {
            return c == 0xAD || c == 0x34F || c == 0x61C || c == 0x115F || c == 0x1160 || c == 0x17B4
                    || c == 0x17B5 || c >= 0x180B && c <= 0x180F;
        }
        return c >= 0x200B && c <= 0x200F || c >= 0x202A && c <= 0x202E || c >= 0x2060 && c <= 0x206F
                || c == 0x3164 || c >= 0xFE00 && c <= 0xFE0F || c == 0xFEFF || c == 0xFFA0
                || c >= 0xFFF0 && c <= 0xFFF8 || c >= 0xDB40 && c <= 0xDB43 || c == 0xD834;
    }

    /** True when {@code text} holds a code point this class removes (then {@link #clean} changes it). */
    static boolean any(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (candidate(c)) {
                int cp = text.codePointAt(i);
                if (removable(text, i, cp)) {
                    return true;
                }
                if (cp > 0xFFFF) {
                    i++;
                }
            }
        }
        return false;
    }

    /** Removes the invisibles of {@code text}, keeping an offset map. */
    static Cleaned clean(String text) {
        int n = text.length();
        StringBuilder sb = new StringBuilder(n);
        int[] origin = new int[n + 1];
        int k = 0;
        for (int i = 0; i < n; ) {
            int cp = text.codePointAt(i);
            int len = Character.charCount(cp);
            if (!(candidate(text.charAt(i)) && removable(text, i, cp))) {
                for (int j = 0; j < len; j++) {
                    sb.append(text.charAt(i + j));
                    origin[k++] = i + j;
                }
            }
            i += len;
        }
        origin[k] = n;
        return new Cleaned(sb.toString(), java.util.Arrays.copyOf(origin, k + 1));
    }

    /** {@code s} without its invisibles (no offsets kept): for terms and stopword entries. */
    static String strip(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            if (candidate(s.charAt(i))) {
                return clean(s).text();
            }
        }
        return s;
    }

    private static boolean removable(String text, int i, int cp) {
        if (!UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT)) {
            return false;
        }
        if (cp == 0x200D || cp >= 0xFE00 && cp <= 0xFE0F) {
            int next = i + 1;
            if (next < text.length() && text.charAt(next) == '\u20E3') {
                return false;
            }
            if (i == 0) {
                return true;
            }
            int prev = text.codePointBefore(i);
            int type = Character.getType(prev);
            return Character.isLetterOrDigit(prev) || type == Character.NON_SPACING_MARK
                    || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
        }
        return true;
    }
}
