package dev.lede.reuse;

import dev.lede.text.DocumentTokens;
import dev.lede.text.Tokenizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Marks the tokens of a document that are web template text: occurrences of known boilerplate
 * phrases, the whole of any short line (at most {@value #TEMPLATE_LINE_TOKENS} tokens) that holds
 * one (a cookie banner sentence, a newsletter blurb), and a footer region that starts at a
 * known phrase standing alone on a line ("Leave a Reply", "Subscribe to our newsletter") in the
 * second half of the document.
 */
final class Boilerplate {

    /** The built-in list, {@code /dev/lede/reuse/boilerplate-phrases.txt}. */
    public static final String RESOURCE = "/dev/lede/reuse/boilerplate-phrases.txt";

    /** A line of at most this many tokens that holds a known phrase is template text in full. */
    static final int TEMPLATE_LINE_TOKENS = 40;

    private final Map<String, List<String[]>> byFirstTerm = new HashMap<>();
    private final List<String[]> footers = new ArrayList<>();
    private final List<String> phrases;

    private Boilerplate(List<String> phrases, List<String> footerPhrases) {
        this.phrases = List.copyOf(phrases);
        Tokenizer t = Tokenizer.standard();
        for (String p : phrases) {
            String[] terms = t.tokenize(p).terms().toArray(String[]::new);
            if (terms.length > 0) {
                byFirstTerm.computeIfAbsent(terms[0], k -> new ArrayList<>()).add(terms);
            }
        }
        for (String p : phrases) {
            String[] terms = t.tokenize(p).terms().toArray(String[]::new);
            if (terms.length > 0) {
                footers.add(terms);
            }
        }
    }

    /** The built-in phrases plus {@code extra} (plain phrases, not footer headings). */
    public static Boilerplate standard(List<String> extra) {
        List<String> all = new ArrayList<>();
        List<String> foot = new ArrayList<>();
        for (String line : builtIn()) {
            if (line.startsWith("footer:")) {
                String p = line.substring("footer:".length()).strip();
                all.add(p);
                foot.add(p);
            } else {
                all.add(line);
            }
        }
        all.addAll(extra);
        return new Boilerplate(all, foot);
    }

    /** No boilerplate at all. */
    public static Boilerplate none() {
        return new Boilerplate(List.of(), List.of());
    }

    public List<String> phrases() {
        return phrases;
    }

    static List<String> builtIn() {
        try (InputStream in = Boilerplate.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " missing from the classpath");
            }
            List<String> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    out.add(s);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * mask[i] = token i of the document is template text. Phrases are compared with each token's
     * text as the standard tokenizer normalises it, so stemmed or otherwise mapped terms still
     * match. Pure.
     */
    public boolean[] mask(DocumentTokens tokens, String text) {
        int size = tokens.size();
        boolean[] mask = new boolean[size];
        if (byFirstTerm.isEmpty()) {
            return mask;
        }
        Tokenizer standard = Tokenizer.standard();
        String[] t = new String[size];
        for (int i = 0; i < size; i++) {
            String term = tokens.term(i);
            int s = tokens.start(i);
            int len = tokens.end(i) - s;
            // the usual case, a term that is its text in lower case, needs no new string
            t[i] = term.length() == len && text.regionMatches(true, s, term, 0, len) ? term
                    : standard.normalise(text.substring(s, s + len), tokens.type(i));
        }
        boolean[] phrase = new boolean[size];
        for (int i = 0; i < size; i++) {
            List<String[]> cands = byFirstTerm.get(t[i]);
            if (cands == null) {
                continue;
            }
            for (String[] p : cands) {
                if (matches(t, i, p)) {
                    for (int k = 0; k < p.length; k++) {
                        mask[i + k] = true;
                        phrase[i + k] = true;
                    }
                }
            }
        }
        // a short line holding a known phrase is template text in full
        for (int i = 0; i < size; ) {
            int lineEnd = text.indexOf('\n', tokens.start(i));
            int j = i;
            boolean has = false;
            while (j < size && (lineEnd < 0 || tokens.start(j) < lineEnd)) {
                has |= phrase[j];
                j++;
            }
            if (has && j - i <= TEMPLATE_LINE_TOKENS) {
                for (int k = i; k < j; k++) {
                    mask[k] = true;
                }
            }
            i = j;
        }
        int footer = footerStart(t, tokens, text);
        for (int i = Math.max(0, footer); footer >= 0 && i < size; i++) {
            mask[i] = true;
        }
        return mask;
    }

    /** First token of a stand-alone footer heading line in the second half, or -1. */
    private int footerStart(String[] t, DocumentTokens tokens, String text) {
        for (int i = t.length / 2; i < t.length; i++) {
            for (String[] p : footers) {
                if (matches(t, i, p) && aloneOnLine(text, tokens.start(i), tokens.end(i + p.length - 1))) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static boolean aloneOnLine(String text, int start, int end) {
        int ls = text.lastIndexOf('\n', start - 1) + 1;
        int le = text.indexOf('\n', end);
        if (le < 0) {
            le = text.length();
        }
        String before = text.substring(ls, start).strip();
        String after = text.substring(end, le).strip().toLowerCase(Locale.ROOT);
        return before.isEmpty() && after.matches("[:.!]?");
    }

    private static boolean matches(String[] t, int i, String[] p) {
        if (i + p.length > t.length) {
            return false;
        }
        for (int k = 0; k < p.length; k++) {
            if (!t[i + k].equals(p[k])) {
                return false;
            }
        }
        return true;
    }
}
