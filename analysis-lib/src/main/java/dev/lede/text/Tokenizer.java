package dev.lede.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.RuleBasedBreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Splits text into tokens by the Unicode word-break rules (UAX #29), with dictionary segmentation
 * for Chinese, Japanese and Thai, all from ICU4J ({@code BreakIterator.getWordInstance(ULocale.ROOT)}),
 * and, when the text's language is given ({@link #tokenize(String, Language)}; {@code Corpus.tokens()}
 * gives each document's), that language's own word segmentation or elision (rule 7).
 * Immutable and thread-safe: {@link #tokenize(String)} is a pure function of its argument, so it
 * can run inside parallel or distributed tasks.
 *
 * <h2>Rules of the standard tokenizer</h2>
 * Offsets are UTF-16 indices into the text; every token's term is derived from
 * {@code text.substring(start, end)} by {@link #normalise(String, TokenType)} (except the
 * dictionary forms of rule 7).
 * <ol>
 *   <li value="0"><b>Invisible characters.</b> Code points with the Unicode property
 *       Default_Ignorable_Code_Point are removed before segmenting: soft hyphen U+00AD, zero-width
 *       space, non-joiner and joiner U+200B–U+200D, word joiner U+2060, the byte-order mark U+FEFF
 *       anywhere, the bidi marks, embeddings, overrides and isolates (U+200E, U+200F, U+061C,
 *       U+202A–U+202E, U+2066–U+2069), variation selectors, tags and Hangul fillers. So "ev&shy;il",
 *       "ev​il", "﻿evil" and "ev‮il‬" are all {@code evil}, and a zero-width
 *       space no longer splits a word. Spans still index the original text: a token's span runs
 *       from its first to its last visible character and includes invisibles between them. A
 *       zero-width joiner or variation selector after anything but a letter, digit or mark is kept,
 *       so emoji sequences (👨‍👩‍👧, ©️, 1️⃣) stay whole. The ASCII summary below is unaffected
 *       (none of these characters is ASCII).</li>
 *   <li><b>Segments.</b> The text is cut at ICU's UAX #29 word boundaries. A segment with ICU's
 *       letter or number rule status is typed by its content: with an alphabetic code point it is
 *       {@link TokenType#WORD} (any script, Hangul included, also "2nd", "u.n" from "U.N."), else
 *       with a decimal digit {@link TokenType#NUMBER} (digits with inner separators: "1,000",
 *       "19.06.2024", "3.5"; "17:10" is two numbers), else when it is only connector punctuation
 *       ("_", "__") no token, else WORD. A segment with ideographic or kana status (segmented
 *       by dictionary) is {@link TokenType#KANA} when every code point is Hiragana or Katakana
 *       (U+3040–U+30FF, U+31F0–U+31FF, U+FF66–U+FF9F), else {@link TokenType#IDEOGRAPHIC}
 *       (ICU gives kana words of Japanese text the ideographic status). UAX #29 keeps "don't",
 *       "don’t", "Putin’s", "U.S" and "www.bbc.com" together and splits at hyphens, slashes, "@", "%", "#", and spaces.</li>
 *   <li><b>Emoji.</b> A segment with no letter or number status is {@link TokenType#EMOJI} when
 *       its first code point has the Unicode property Emoji_Presentation (🌏, 😭, ❓, flags, skin-tone
 *       and ZWJ sequences are one segment each) or is Extended_Pictographic and the segment holds
 *       U+FE0F (©️); a number segment ending in U+20E3 (keycap 1️⃣) is EMOJI too. "©" alone,
 *       punctuation, symbols and white space are not tokens.</li>
 *   <li><b>URLs.</b> A letter segment starting (ASCII case-insensitively) with {@code http://},
 *       {@code https://} or {@code www.} followed by a letter or digit starts a {@link TokenType#URL}:
 *       it runs to the first white space, control character or one of {@code < > " “ ” ‘ ’ « »},
 *       then trailing {@code . , ; : ! ? ' *} and unbalanced {@code )} or {@code ]} are cut off.
 *       Tokenizing resumes at the first word boundary at or after the URL's end.</li>
 *   <li><b>Possessives.</b> A WORD segment longer than two chars that ends in {@code 's} or
 *       {@code ’s} (s or S) loses those two chars, in term and span: "Putin’s" is {@code putin}
 *       at [0,5). As in Lucene's EnglishPossessiveFilter this applies to every word, so the
 *       contractions "it’s", "she's", "let's" become {@code it}, {@code she}, {@code let}.
 *       Other apostrophe forms stay one word: "don’t" and "don't" are both {@code don't}.
 *       A plural possessive "countries’" is {@code countries} (UAX #29 leaves the final ’ out).</li>
 *   <li><b>Hyphens.</b> Unless {@link Builder#splitHyphens(boolean)} is set, a WORD or NUMBER
 *       token that starts right after a hyphen (U+002D, U+2010 or U+2011) that directly follows a
 *       WORD or NUMBER token is joined to it: "20-second", "no-limits", "Moscow-Pyongyang",
 *       "soon-to-be-former" are one token each; the joined token is NUMBER when all parts are
 *       numbers ("2023-2024"), else WORD. "5- 19" or "-5" are not joined. Possessive stripping
 *       happens before joining ("Kim-Putin’s" is {@code kim-putin}).</li>
 *   <li><b>Normalisation</b> ({@link #normalise(String, TokenType)}): for WORD, NUMBER,
 *       IDEOGRAPHIC and KANA, ASCII text is lower-cased A–Z &rarr; a–z; text with any other
 *       character is NFKC case folded (ICU's {@code Normalizer2.getNFKCCasefoldInstance()},
 *       Unicode's NFKC_Casefold: compatibility forms unified and full case folding, never the
 *       default locale, so "I" is {@code i} in a Turkish locale too). So "ＮＡＴＯ" is {@code nato},
 *       "Straße" and "STRASSE" are {@code strasse}, "ΣΑΣ" and "σας" are {@code σασ}, "ﬁ" is {@code fi},
 *       half-width ｶﾀｶﾅ is full-width カタカナ. Then ’ (U+2019) becomes ' and U+2010 and U+2011
 *       become -. {@link Builder#lowerCase(boolean) lowerCase(false)} applies NFKC without case
 *       folding and still maps the apostrophe and hyphens. EMOJI terms are the text without
 *       invisibles (rule 0). URL terms lower-case only the scheme and host (up to the first
 *       {@code / ? #} after them); the path keeps its case. Stopword entries are folded the same
 *       way ({@link Stopwords}).</li>
 *   <li><b>Filters</b>, applied last: tokens whose type is not in {@link Builder#types(Set)}
 *       (default: all) are dropped, as are terms shorter than {@link Builder#minLength(int)} code
 *       points (default 1: none).</li>
 *   <li><b>The text's language</b> ({@link #tokenize(String, Language)}; with {@code null} or
 *       {@link #tokenize(String)} none of this applies):
 *       <ul>
 *         <li>French, Italian, Catalan: <i>elision</i> as Lucene's ElisionFilter with the
 *             articles of its French, Italian and Catalan analysers: a WORD whose part before its
 *             first apostrophe (' or ’) is one of them (French l m t qu n s j d c jusqu quoiqu
 *             lorsqu puisqu; Italian c l all dall dell nell sull coll pell gl agl dagl degl negl
 *             sugl un m t s v d; Catalan d l m n s t) loses it, in term and span: "l'accord" is
 *             {@code accord}, "s'était" {@code était}, "l'Extrême-Orient" {@code extrême-orient};
 *             "aujourd'hui" stays.</li>
 *         <li>Japanese: every run of IDEOGRAPHIC and KANA tokens is segmented again by Lucene's
 *             Kuromoji (IPADIC, normal mode); a prefix (接頭詞) joins the noun after it and a noun
 *             suffix (名詞-接尾) the word before it (総書記, 報道官, ロシア人, コリア系); verbs and
 *             adjectives get their dictionary form as term (語っ &rarr; {@code 語る}, span 語っ).</li>
 *         <li>Korean: every run of Hangul WORD tokens is segmented by Lucene's Nori (mecab-ko-dic,
 *             no decompounding); particles, endings and affixes (POS J, E, XSV, XSA, XSN, XPN) are
 *             no tokens, verbs and adjectives get their dictionary form (밝혔다 &rarr; {@code 밝히다}):
 *             "푸틴은" is {@code 푸틴}.</li>
 *         <li>Chinese: every run of IDEOGRAPHIC tokens is segmented by Lucene's SmartCN (chosen
 *             over ICU by measured accuracy, see ChineseSegmentationTest), with the names of
 *             heads of state and government and spokespeople of the built-in list matched first
 *             and kept whole (普京, 金正恩, 习近平, 林剑).</li>
 *       </ul>
 *       The Japanese and Korean segmenters have the same names list as user dictionary. A name
 *       not on it is joined by {@link DocumentTokens#compound}. Each analyser's dictionary loads
 *       with the first document of its language. Segmenter words are typed by content: KANA when
 *       all kana, IDEOGRAPHIC with Han or kana, NUMBER with digits only, else WORD.</li>
 * </ol>
 *
 * <h2>ASCII summary</h2>
 * What rule 1 means for ASCII text of no language or one without rule 7 (what an ASCII fast path
 * must reproduce; such counters are checked against this class): word characters are A–Z, a–z, 0–9 and {@code _}. Adjacent letters
 * and digits join ("2nd", "a1"); {@code _} joins to either side ("a_b", "1_2"); {@code : . '} join
 * only between two letters ("a:b", "u.n", "don't"); {@code , ; . '} join only between two digits
 * ("1,000", "19.06.2024"); so "a.1", "1.a", "17:10", "a;b" split. A run holding a letter is
 * WORD, else one holding a digit NUMBER, else (only {@code _}) no token. Every other ASCII
 * character ends a run and is no token. Then rules 3–5 apply, and lower-casing is A–Z &rarr; a–z.
 *
 * <pre>{@code
 * DocumentTokens t = Tokenizer.standard().tokenize("Putin’s 20-second visit 😭 https://bbc.com/X");
 * t.terms(); // [putin, 20-second, visit, 😭, https://bbc.com/X]
 * Tokenizer words = Tokenizer.builder().types(Set.of(TokenType.WORD)).minLength(2).build();
 * }</pre>
 */
public final class Tokenizer {

    /**
     * ICU word-break prototype; each call works on its own clone (cheaper than getWordInstance).
     * In a holder class so ICU's data is loaded on the first tokenize, not when the class is
     * (the ASCII fast path of counting may never need it).
     */
    private static final class Words {
        static final RuleBasedBreakIterator WORDS =
                (RuleBasedBreakIterator) BreakIterator.getWordInstance(ULocale.ROOT);
    }

    private static final TokenType[] TYPES = TokenType.values();
    private static final byte WORD = (byte) TokenType.WORD.ordinal();
    private static final byte NUMBER = (byte) TokenType.NUMBER.ordinal();
    private static final byte IDEOGRAPHIC = (byte) TokenType.IDEOGRAPHIC.ordinal();
    private static final byte KANA = (byte) TokenType.KANA.ordinal();
    private static final byte URL = (byte) TokenType.URL.ordinal();
    private static final byte EMOJI = (byte) TokenType.EMOJI.ordinal();
    private static final byte NONE = -1;

    private static final Tokenizer STANDARD = builder().build();

    private final boolean splitHyphens;
    private final boolean lowerCase;
    private final Set<TokenType> types;
    private final boolean[] keep;
    private final int minLength;

    private Tokenizer(Builder b) {
        this.splitHyphens = b.splitHyphens;
        this.lowerCase = b.lowerCase;
        this.types = Set.copyOf(b.types);
        this.keep = new boolean[TYPES.length];
        for (TokenType t : b.types) {
            keep[t.ordinal()] = true;
        }
        this.minLength = b.minLength;
    }

    /** The standard tokenizer: all rules above with default options. */
    public static Tokenizer standard() {
        return STANDARD;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this tokenizer's options. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.splitHyphens = splitHyphens;
        b.lowerCase = lowerCase;
        b.types = EnumSet.copyOf(types);
        b.minLength = minLength;
        return b;
    }

    public boolean splitsHyphens() {
        return splitHyphens;
    }

    public boolean lowerCases() {
        return lowerCase;
    }

    /** The token types kept. */
    public Set<TokenType> types() {
        return types;
    }

    public int minLength() {
        return minLength;
    }

    /**
     * Tokenizes one text of unknown language: the rules above, with no elision and ICU's
     * segmentation of Chinese and Japanese. Pure: no state is kept between calls.
     */
    public DocumentTokens tokenize(String text) {
        return tokenize(text, null);
    }

    /**
     * Tokenizes one text written in {@code language} (null: unknown, as {@link #tokenize(String)}):
     * the rules above plus the language's own step (rule 7). Pure: no state is kept between calls.
     */
    public DocumentTokens tokenize(String text, Language language) {
        Objects.requireNonNull(text, "text");
        Invisibles.Cleaned cleaned = Invisibles.any(text) ? Invisibles.clean(text) : null;
        String original = text;
        if (cleaned != null) {
            text = cleaned.text();
        }
        java.util.Set<String> articles = Segmenters.articles(language);
        String[] lemmas = null; // dictionary forms from a segmenter, where they differ from the text
        int len = text.length();
        int cap = Math.max(16, len / 5);
        int[] st = new int[cap];
        int[] en = new int[cap];
        byte[] ty = new byte[cap];
        int n = 0;

        BreakIterator it = (BreakIterator) Words.WORDS.clone();
        it.setText(text);
        int start = it.first();
        int end = it.next();
        while (end != BreakIterator.DONE) {
            byte type = classify(it.getRuleStatus(), text, start, end);
            int e = end;
            int s = start;
            if (type == WORD) {
                int url = TokenRules.urlEnd(text, start, text.length());
                if (url > 0) {
                    if (n == st.length) {
                        st = Arrays.copyOf(st, n * 2);
                        en = Arrays.copyOf(en, n * 2);
                        ty = Arrays.copyOf(ty, n * 2);
                    }
                    st[n] = start;
                    en[n] = url;
                    ty[n] = URL;
                    n++;
                    it.isBoundary(url); // moves to the first boundary at or after url
                    start = it.current();
                    end = it.next();
                    continue;
                }
                if (e - start > 2 && (text.charAt(e - 1) == 's' || text.charAt(e - 1) == 'S')
                        && TokenRules.isApostrophe(text.charAt(e - 2))) {
                    e -= 2;
                }
                if (articles != null) {
                    s = Segmenters.elide(text, start, e, articles);
                }
            }
            if (type != NONE) {
                if (!splitHyphens && (type == WORD || type == NUMBER) && n > 0 && en[n - 1] == start - 1
                        && (ty[n - 1] == WORD || ty[n - 1] == NUMBER) && TokenRules.isHyphen(text.charAt(start - 1))) {
                    en[n - 1] = e;
                    ty[n - 1] = ty[n - 1] == NUMBER && type == NUMBER ? NUMBER : WORD;
                } else {
                    if (n == st.length) {
                        st = Arrays.copyOf(st, n * 2);
                        en = Arrays.copyOf(en, n * 2);
                        ty = Arrays.copyOf(ty, n * 2);
                    }
                    st[n] = s;
                    en[n] = e;
                    ty[n] = type;
                    n++;
                }
            }
            start = end;
            end = it.next();
        }

        if (language != null && Segmenters.segments(language)) {
            Object[] out = resegment(text, st, en, ty, n, language);
            st = (int[]) out[0];
            en = (int[]) out[1];
            int[] t2 = (int[]) out[2];
            lemmas = (String[]) out[3];
            ty = new byte[t2.length];
            for (int i = 0; i < ty.length; i++) {
                ty[i] = (byte) t2[i];
            }
            n = ty.length;
        }

        // second pass: terms and filters, compacting in place
        String[] terms = new String[n];
        TokenType[] types = new TokenType[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (!keep[ty[i]]) {
                continue;
            }
            String term = lemmas != null && lemmas[i] != null ? term(lemmas[i], 0, lemmas[i].length(), ty[i])
                    : term(text, st[i], en[i], ty[i]);
            if (minLength > 1 && term.codePointCount(0, term.length()) < minLength) {
                continue;
            }
            terms[m] = term;
            types[m] = TYPES[ty[i]];
            st[m] = st[i];
            en[m] = en[i];
            m++;
        }
        if (cleaned != null) { // spans into the original text
            for (int i = 0; i < m; i++) {
                st[i] = cleaned.start(st[i]);
                en[i] = cleaned.end(en[i]);
            }
        }
        return new DocumentTokens(m == n ? terms : Arrays.copyOf(terms, m), Arrays.copyOf(st, m),
                Arrays.copyOf(en, m), m == n ? types : Arrays.copyOf(types, m));
    }

    /**
     * Replaces each run of consecutive tokens that {@code language}'s segmenter handles (ideographic
     * and kana tokens; Hangul words for Korean), with the text between them, by the words the
     * segmenter finds there, typed by content.
     */
    private static Object[] resegment(String text, int[] st, int[] en, byte[] ty, int n, Language language) {
        int[] s2 = new int[n + 16];
        int[] e2 = new int[n + 16];
        int[] t2 = new int[n + 16];
        String[] l2 = new String[n + 16];
        int k = 0;
        for (int i = 0; i < n; ) {
            if (!Segmenters.target(language, TYPES[ty[i]], text, st[i])) {
                if (k == s2.length) {
                    s2 = Arrays.copyOf(s2, k * 2);
                    e2 = Arrays.copyOf(e2, k * 2);
                    t2 = Arrays.copyOf(t2, k * 2);
                    l2 = Arrays.copyOf(l2, k * 2);
                }
                s2[k] = st[i];
                e2[k] = en[i];
                t2[k] = ty[i];
                k++;
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n && Segmenters.target(language, TYPES[ty[j]], text, st[j])) {
                j++;
            }
            int from = st[i];
            for (Segmenters.Word w : Segmenters.segment(language, text.substring(from, en[j - 1]))) {
                if (k == s2.length) {
                    s2 = Arrays.copyOf(s2, k * 2);
                    e2 = Arrays.copyOf(e2, k * 2);
                    t2 = Arrays.copyOf(t2, k * 2);
                    l2 = Arrays.copyOf(l2, k * 2);
                }
                s2[k] = from + w.start();
                e2[k] = from + w.end();
                t2[k] = typeOf(text, s2[k], e2[k]);
                l2[k] = w.lemma() != null && !w.lemma().equals(text.substring(s2[k], e2[k])) ? w.lemma() : null;
                k++;
            }
            i = j;
        }
        return new Object[] {Arrays.copyOf(s2, k), Arrays.copyOf(e2, k), Arrays.copyOf(t2, k), Arrays.copyOf(l2, k)};
    }

    /** The type of a segmenter's word by its content. */
    private static byte typeOf(String text, int s, int e) {
        if (allKana(text, s, e)) {
            return KANA;
        }
        boolean digit = false;
        boolean letter = false;
        for (int i = s; i < e; ) {
            int cp = text.codePointAt(i);
            Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
            if (sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA
                    || sc == Character.UnicodeScript.KATAKANA) {
                return IDEOGRAPHIC;
            }
            if (Character.isAlphabetic(cp)) {
                letter = true;
            } else if (Character.isDigit(cp)) {
                digit = true;
            }
            i += Character.charCount(cp);
        }
        return letter || !digit ? WORD : NUMBER;
    }

    /**
     * The term of a token whose text is {@code tokenText} and whose type is {@code type}, by the
     * normalisation rule above (depends on {@link Builder#lowerCase(boolean)}).
     */
    public String normalise(String tokenText, TokenType type) {
        Objects.requireNonNull(tokenText, "tokenText");
        Objects.requireNonNull(type, "type");
        return term(tokenText, 0, tokenText.length(), (byte) type.ordinal());
    }

    private String term(String text, int s, int e, byte type) {
        if (type == EMOJI) {
            return Invisibles.strip(text.substring(s, e));
        }
        if (type == URL) {
            String u = Invisibles.strip(text.substring(s, e));
            return lowerCase ? urlTerm(u, 0, u.length()) : u;
        }
        // fast path: ASCII without upper case needs no change
        boolean ascii = true;
        boolean upper = false;
        for (int i = s; i < e; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                ascii = false;
                break;
            }
            if (c >= 'A' && c <= 'Z') {
                upper = true;
            }
        }
        if (ascii) {
            if (!upper || !lowerCase) {
                return text.substring(s, e);
            }
            char[] buf = new char[e - s];
            for (int i = s; i < e; i++) {
                char c = text.charAt(i);
                buf[i - s] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
            }
            return new String(buf);
        }
        String t = Invisibles.strip(text.substring(s, e));
        com.ibm.icu.text.Normalizer2 fold = lowerCase ? Fold.NFKC_CF : Fold.NFKC;
        if (fold.spanQuickCheckYes(t) < t.length()) { // most terms (Cyrillic lower case, CJK) are already folded
            t = fold.normalize(t);
        }
        return t.replace('\u2019', '\'').replace('\u2010', '-').replace('\u2011', '-');
    }

    /** Case folding of a term or stopword entry: NFKC_Casefold (ASCII: A–Z to a–z). */
    static String fold(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            if (s.charAt(i) >= 0x80) {
                return Fold.NFKC_CF.normalize(Invisibles.strip(s));
            }
        }
        return s.toLowerCase(Locale.ROOT);
    }

    /** ICU's normalisers, loaded with the first non-ASCII term. */
    private static final class Fold {
        static final com.ibm.icu.text.Normalizer2 NFKC_CF = com.ibm.icu.text.Normalizer2.getNFKCCasefoldInstance();
        static final com.ibm.icu.text.Normalizer2 NFKC = com.ibm.icu.text.Normalizer2.getNFKCInstance();
    }

    private static String urlTerm(String text, int s, int e) {
        int hostEnd = TokenRules.hostEnd(text, s, e);
        return text.substring(s, hostEnd).toLowerCase(Locale.ROOT) + text.substring(hostEnd, e);
    }

    private static byte classify(int status, String text, int s, int e) {
        if (status >= BreakIterator.WORD_NUMBER && status < BreakIterator.WORD_LETTER_LIMIT) {
            // by content, not by ICU's status, which is erratic for '_' ("1__" letter, "1_2" number)
            if (text.charAt(e - 1) == '\u20E3') {
                return EMOJI;
            }
            boolean digit = false;
            boolean other = false;
            for (int i = s; i < e; i++) {
                char c = text.charAt(i);
                if (c < 0x80) {
                    if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                        return WORD;
                    }
                    if (c >= '0' && c <= '9') {
                        digit = true;
                    } else if (c != '_') {
                        other = true;
                    }
                } else {
                    int cp = text.codePointAt(i);
                    if (Character.isAlphabetic(cp)) {
                        return WORD;
                    }
                    if (Character.isDigit(cp)) {
                        digit = true;
                    } else if (Character.getType(cp) != Character.CONNECTOR_PUNCTUATION) {
                        other = true;
                    }
                    if (cp > 0xFFFF) {
                        i++;
                    }
                }
            }
            return digit ? NUMBER : other ? WORD : NONE;
        }
        if (status >= BreakIterator.WORD_KANA && status < BreakIterator.WORD_IDEO_LIMIT) {
            return allKana(text, s, e) ? KANA : IDEOGRAPHIC;
        }
        if (text.charAt(s) < 0x80) {
            return NONE;
        }
        int cp = text.codePointAt(s);
        if (UCharacter.hasBinaryProperty(cp, UProperty.EMOJI_PRESENTATION)) {
            return EMOJI;
        }
        if (UCharacter.hasBinaryProperty(cp, UProperty.EXTENDED_PICTOGRAPHIC) && text.indexOf('\uFE0F', s) >= 0
                && text.indexOf('\uFE0F', s) < e) {
            return EMOJI;
        }
        return NONE;
    }

    private static boolean allKana(String text, int s, int e) {
        for (int i = s; i < e; i++) {
            char c = text.charAt(i);
            if (!(c >= '\u3040' && c <= '\u30FF' || c >= '\u31F0' && c <= '\u31FF' || c >= '\uFF66' && c <= '\uFF9F')) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "Tokenizer[splitHyphens=" + splitHyphens + ", lowerCase=" + lowerCase + ", types="
                + EnumSet.copyOf(types) + ", minLength=" + minLength + "]";
    }

    /** Options for a {@link Tokenizer}. */
    public static final class Builder {
        private boolean splitHyphens;
        private boolean lowerCase = true;
        private EnumSet<TokenType> types = EnumSet.allOf(TokenType.class);
        private int minLength = 1;

        private Builder() {
        }

        /** Split "20-second" into "20" and "second" (default: keep one token). */
        public Builder splitHyphens(boolean split) {
            this.splitHyphens = split;
            return this;
        }

        /** Lower-case terms with Locale.ROOT (default true); false keeps the text's case. */
        public Builder lowerCase(boolean lower) {
            this.lowerCase = lower;
            return this;
        }

        /** Keep only tokens of these types (default: all), e.g. {@code Set.of(TokenType.WORD)}. */
        public Builder types(Collection<TokenType> keep) {
            Objects.requireNonNull(keep, "types");
            if (keep.isEmpty()) {
                throw new IllegalArgumentException("types is empty: keep at least one TokenType");
            }
            this.types = EnumSet.copyOf(keep);
            return this;
        }

        /** Keep only tokens of these types. */
        public Builder types(TokenType first, TokenType... more) {
            return types(EnumSet.of(first, more));
        }

        /** Drop tokens of these types, e.g. {@code exclude(TokenType.EMOJI, TokenType.NUMBER)}. */
        public Builder exclude(TokenType... drop) {
            EnumSet<TokenType> t = EnumSet.copyOf(types);
            for (TokenType d : drop) {
                t.remove(Objects.requireNonNull(d, "type"));
            }
            return types(t);
        }

        /** Drop terms shorter than {@code codePoints} (default 1: keep all). */
        public Builder minLength(int codePoints) {
            if (codePoints < 1) {
                throw new IllegalArgumentException("minLength " + codePoints + " < 1: give 1 or more");
            }
            this.minLength = codePoints;
            return this;
        }

        public Tokenizer build() {
            return new Tokenizer(this);
        }
    }
}
