package dev.lede.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Language-specific steps of the {@link Tokenizer}: elision for French, Italian and Catalan, and
 * word segmentation of Japanese (Lucene's Kuromoji), Korean (Lucene's Nori) and Chinese (Lucene's
 * SmartCN, measured more accurate than ICU on Lede's test sentences) with a list of leaders' names
 * kept whole. Each analyser is in its own holder class, so its dictionary is loaded the first
 * time a document of its language is tokenized and never for other text.
 */
final class Segmenters {

    private Segmenters() {
    }

    /** Lucene's ElisionFilter article lists (FrenchAnalyzer, ItalianAnalyzer, CatalanAnalyzer DEFAULT_ARTICLES). */
    private static final Set<String> FRENCH_ARTICLES = Set.of("l", "m", "t", "qu", "n", "s", "j", "d", "c",
            "jusqu", "quoiqu", "lorsqu", "puisqu");
    private static final Set<String> ITALIAN_ARTICLES = Set.of("c", "l", "all", "dall", "dell", "nell", "sull",
            "coll", "pell", "gl", "agl", "dagl", "degl", "negl", "sugl", "un", "m", "t", "s", "v", "d");
    private static final Set<String> CATALAN_ARTICLES = Set.of("d", "l", "m", "n", "s", "t");

    /** The elided articles of {@code l}, or null when it has none. */
    static Set<String> articles(Language l) {
        if (l == null) {
            return null;
        }
        return switch (l) {
            case FRENCH -> FRENCH_ARTICLES;
            case ITALIAN -> ITALIAN_ARTICLES;
            case CATALAN -> CATALAN_ARTICLES;
            default -> null;
        };
    }

    /**
     * Where the WORD segment {@code text[s, e)} starts after elision: just after its first
     * apostrophe (' or ’) when what precedes it is one of {@code articles} (any case) and a
     * letter follows it, else {@code s}.
     */
    static int elide(String text, int s, int e, Set<String> articles) {
        for (int i = s + 1; i < e - 1 && i - s <= 7; i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '\u2019') {
                if (Character.isLetter(text.charAt(i + 1))
                        && articles.contains(text.substring(s, i).toLowerCase(java.util.Locale.ROOT))) {
                    return i + 1;
                }
                return s;
            }
        }
        return s;
    }

    /** True when {@code l}'s text is re-segmented by a dictionary analyser. */
    static boolean segments(Language l) {
        return l == Language.JAPANESE || l == Language.KOREAN || l == Language.CHINESE;
    }

    /** True when token type {@code type} of a segment of {@code text[s,e)} is re-segmented for {@code l}. */
    static boolean target(Language l, TokenType type, String text, int s) {
        if (l == Language.KOREAN) {
            return type == TokenType.WORD && hasHangul(text, s);
        }
        return type == TokenType.IDEOGRAPHIC || type == TokenType.KANA;
    }

    private static boolean hasHangul(String text, int s) {
        // ICU's WORD segments of Korean text start with Hangul or a digit ("19일")
        for (int i = s; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uAC00' && c <= '\uD7A3' || c >= '\u1100' && c <= '\u11FF' || c >= '\u3130' && c <= '\u318F') {
                return true;
            }
            if (!Character.isDigit(c)) {
                return false;
            }
        }
        return false;
    }

    /**
     * A word found by a segmenter: its span [start, end) relative to the region, and its
     * dictionary form when that differs from the text (Japanese and Korean verbs and adjectives),
     * else null.
     */
    record Word(int start, int end, String lemma) {
    }

    /** The words {@code l}'s analyser finds in {@code region}, in order, not overlapping. */
    static List<Word> segment(Language l, String region) {
        return switch (l) {
            case JAPANESE -> Japanese.segment(region);
            case KOREAN -> Korean.segment(region);
            case CHINESE -> Chinese.segment(region);
            default -> throw new IllegalArgumentException("no word segmenter for " + l);
        };
    }

    /**
     * Runs a Lucene tokenizer over {@code region}, keeping tokens with a letter or digit that
     * {@code keep} accepts, in order and not overlapping; {@code lemma} gives a token's dictionary
     * form or null.
     */
    private static List<Word> run(org.apache.lucene.analysis.Tokenizer t, String region, int base, List<Word> out,
            java.util.function.Predicate<org.apache.lucene.analysis.Tokenizer> keep,
            java.util.function.Function<org.apache.lucene.analysis.Tokenizer, String> lemma) {
        try {
            t.setReader(new StringReader(region));
            OffsetAttribute off = t.addAttribute(OffsetAttribute.class);
            t.reset();
            int last = 0;
            while (t.incrementToken()) {
                int s = off.startOffset();
                int e = off.endOffset();
                if (s < last || e <= s || e > region.length() || !keep.test(t) || !hasLetterOrDigit(region, s, e)) {
                    continue;
                }
                out.add(new Word(base + s, base + e, lemma.apply(t)));
                last = e;
            }
            t.end();
        } catch (IOException e) {
            throw new UncheckedIOException("word segmentation failed: " + e.getMessage(), e); // cannot happen on a StringReader
        } finally {
            try {
                t.close();
            } catch (IOException ignored) {
                // closing a StringReader does not fail
            }
        }
        return out;
    }

    private static boolean hasLetterOrDigit(String s, int from, int to) {
        for (int i = from; i < to; ) {
            int cp = s.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /** Leaders' names per language code (resource {@code names.txt}), for the dictionaries below. */
    static Map<String, Set<String>> names() {
        return Names.BY_LANGUAGE;
    }

    private static final class Names {
        static final Map<String, Set<String>> BY_LANGUAGE = load();

        private static Map<String, Set<String>> load() {
            Map<String, Set<String>> out = new HashMap<>();
            String path = "/dev/lede/text/names.txt";
            try (InputStream in = Segmenters.class.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("resource " + path + " missing from the classpath");
                }
                String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                for (String line : all.split("\n")) {
                    String l = line.strip();
                    if (l.isEmpty() || l.startsWith("#")) {
                        continue;
                    }
                    String[] parts = l.split("\\s+");
                    for (int i = 1; i < parts.length; i++) {
                        out.computeIfAbsent(parts[0], k -> new HashSet<>()).add(parts[i]);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + path, e);
            }
            out.replaceAll((k, v) -> Set.copyOf(v));
            return Map.copyOf(out);
        }
    }

    /** Kuromoji (IPADIC) in normal mode, with the leaders' names as a user dictionary. */
    private static final class Japanese {
        private static final org.apache.lucene.analysis.ja.dict.UserDictionary USER = user();
        /** One tokenizer per thread, reused (run() always closes it, which readies it for the next text). */
        private static final ThreadLocal<org.apache.lucene.analysis.ja.JapaneseTokenizer> REUSED = ThreadLocal.withInitial(
                () -> new org.apache.lucene.analysis.ja.JapaneseTokenizer(USER, true,
                        org.apache.lucene.analysis.ja.JapaneseTokenizer.Mode.NORMAL));

        private static org.apache.lucene.analysis.ja.dict.UserDictionary user() {
            StringBuilder csv = new StringBuilder();
            for (String n : new java.util.TreeSet<>(names().getOrDefault("ja", Set.of()))) {
                csv.append(n).append(',').append(n).append(',').append(n).append(",カスタム名詞\n");
            }
            try {
                return org.apache.lucene.analysis.ja.dict.UserDictionary.open(new StringReader(csv.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException("Japanese user dictionary: " + e.getMessage(), e);
            }
        }

        /**
         * Kuromoji's morphemes, then a prefix (接頭詞) joined to the noun after it and a noun
         * suffix (名詞-接尾: 官, 的, 系, 人, 間) to the word before it, as a reader writes them
         * (総書記, 報道官, ロシア人, コリア系); verbs and adjectives carry their dictionary form
         * (語っ &rarr; 語る).
         */
        static List<Word> segment(String region) {
            org.apache.lucene.analysis.ja.JapaneseTokenizer t = REUSED.get();
            var pos = t.addAttribute(org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute.class);
            var base = t.addAttribute(org.apache.lucene.analysis.ja.tokenattributes.BaseFormAttribute.class);
            List<String> tags = new ArrayList<>(); // the lemma function runs once per kept word, in order
            List<Word> words = run(t, region, 0, new ArrayList<>(), x -> true, x -> {
                String p = String.valueOf(pos.getPartOfSpeech());
                tags.add(p);
                return (p.startsWith("動詞") || p.startsWith("形容詞")) && base.getBaseForm() != null ? base.getBaseForm() : null;
            });
            return join(words, tags);
        }

        private static List<Word> join(List<Word> words, List<String> tags) {
            List<Word> out = new ArrayList<>(words.size());
            List<String> outTags = new ArrayList<>(words.size());
            for (int i = 0; i < words.size(); i++) {
                Word w = words.get(i);
                String tag = tags.get(i);
                if (!out.isEmpty()) {
                    Word prev = out.get(out.size() - 1);
                    String prevTag = outTags.get(outTags.size() - 1);
                    boolean adjacent = prev.end() == w.start();
                    boolean suffix = tag.startsWith("名詞-接尾") && (prevTag.startsWith("名詞") || prevTag.startsWith("接頭詞"));
                    boolean afterPrefix = prevTag.startsWith("接頭詞") && tag.startsWith("名詞");
                    if (adjacent && prev.lemma() == null && (suffix || afterPrefix)) {
                        out.set(out.size() - 1, new Word(prev.start(), w.end(), null));
                        outTags.set(outTags.size() - 1, "名詞");
                        continue;
                    }
                }
                out.add(w);
                outTags.add(tag);
            }
            return out;
        }
    }

    /**
     * Nori (mecab-ko-dic) without decompounding, with the leaders' names as a user dictionary;
     * particles (J), endings (E), suffixes (XSV, XSA, XSN) and prefixes (XPN) are dropped, so
     * "푸틴은" is the word 푸틴.
     */
    private static final class Korean {
        private static final org.apache.lucene.analysis.ko.dict.UserDictionary USER = user();
        private static final ThreadLocal<org.apache.lucene.analysis.ko.KoreanTokenizer> REUSED = ThreadLocal.withInitial(
                () -> new org.apache.lucene.analysis.ko.KoreanTokenizer(
                        org.apache.lucene.analysis.ko.KoreanTokenizer.DEFAULT_TOKEN_ATTRIBUTE_FACTORY, USER,
                        org.apache.lucene.analysis.ko.KoreanTokenizer.DecompoundMode.NONE, false, true));
        private static final Set<org.apache.lucene.analysis.ko.POS.Tag> DROP = Set.of(
                org.apache.lucene.analysis.ko.POS.Tag.J, org.apache.lucene.analysis.ko.POS.Tag.E,
                org.apache.lucene.analysis.ko.POS.Tag.XSV, org.apache.lucene.analysis.ko.POS.Tag.XSA,
                org.apache.lucene.analysis.ko.POS.Tag.XSN, org.apache.lucene.analysis.ko.POS.Tag.XPN);

        private static org.apache.lucene.analysis.ko.dict.UserDictionary user() {
            StringBuilder lines = new StringBuilder();
            for (String n : new java.util.TreeSet<>(names().getOrDefault("ko", Set.of()))) {
                lines.append(n).append('\n');
            }
            try {
                return org.apache.lucene.analysis.ko.dict.UserDictionary.open(new StringReader(lines.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException("Korean user dictionary: " + e.getMessage(), e);
            }
        }

        private static final Set<org.apache.lucene.analysis.ko.POS.Tag> PREDICATES = Set.of(
                org.apache.lucene.analysis.ko.POS.Tag.VV, org.apache.lucene.analysis.ko.POS.Tag.VA,
                org.apache.lucene.analysis.ko.POS.Tag.VX);

        static List<Word> segment(String region) {
            org.apache.lucene.analysis.ko.KoreanTokenizer t = REUSED.get();
            var pos = t.addAttribute(org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute.class);
            return run(t, region, 0, new ArrayList<>(), x -> pos.getLeftPOS() == null || !DROP.contains(pos.getLeftPOS()),
                    x -> lemma(pos, x.getAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class)));
        }

        /** A verb's or adjective's dictionary form: its stem and 다 (가졌 &rarr; 가지다, 받 &rarr; 받다). */
        private static String lemma(org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute pos,
                org.apache.lucene.analysis.tokenattributes.CharTermAttribute term) {
            if (!PREDICATES.contains(pos.getLeftPOS())) {
                return null;
            }
            var morphemes = pos.getMorphemes();
            String stem = morphemes != null && morphemes.length > 0 ? morphemes[0].surfaceForm : term.toString();
            return stem + "다";
        }
    }

    /**
     * SmartCN (HMMChineseTokenizer) on the stretches between the leaders' names, which are
     * found first (longest match, left to right) and kept whole: SmartCN has no user dictionary
     * and splits 普京, 金正恩 and 林剑.
     */
    private static final class Chinese {
        private static final Set<String> NAMES = names().getOrDefault("zh", Set.of());
        private static final int LONGEST = NAMES.stream().mapToInt(String::length).max().orElse(0);
        private static final ThreadLocal<org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer> REUSED =
                ThreadLocal.withInitial(org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer::new);

        static List<Word> segment(String region) {
            List<Word> out = new ArrayList<>();
            int from = 0;
            int i = 0;
            int n = region.length();
            while (i < n) {
                int len = 0;
                for (int k = Math.min(LONGEST, n - i); k >= 2; k--) {
                    if (NAMES.contains(region.substring(i, i + k))) {
                        len = k;
                        break;
                    }
                }
                if (len == 0) {
                    i++;
                    continue;
                }
                if (from < i) {
                    run(REUSED.get(), region.substring(from, i), from,
                            out, t -> true, t -> null);
                }
                out.add(new Word(i, i + len, null));
                i += len;
                from = i;
            }
            if (from < n) {
                run(REUSED.get(), region.substring(from), from, out,
                        t -> true, t -> null);
            }
            return out;
        }
    }
}
