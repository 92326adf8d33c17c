package dev.lede.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks a built-in stopword list against a frequency list of real text in its language, for
 * {@code scripts/stopword-check.sh} (not a unit test: the corpora are Debian packages). Writes a
 * Markdown report: the most frequent words of the text, each marked as on the list or not, so that
 * missing function words stand out; the list's entries that mostly occur capitalised inside a
 * sentence (names, like "Un" in "Kim Jong Un"); and the entries never seen in the text.
 *
 * <p>Usage: {@code StopwordCheck CODE CORPUS.txt TOP OUT.md}. Words are Lede's terms
 * ({@link Tokenizer#standard()} with the language's rules), numbers and URLs left out.
 */
public final class StopwordCheck {

    private StopwordCheck() {
    }

    public static void main(String[] args) throws IOException {
        Language language = Language.fromCode(args[0]);
        String text = Files.readString(Path.of(args[1]), StandardCharsets.UTF_8);
        int top = Integer.parseInt(args[2]);
        Stopwords list = Stopwords.of(language);
        DocumentTokens tokens = Tokenizer.standard().tokenize(text, language);
        Map<String, int[]> counts = new HashMap<>(); // term -> {count, capitalised inside a sentence}
        long words = 0;
        for (int i = 0; i < tokens.size(); i++) {
            TokenType type = tokens.type(i);
            if (type == TokenType.NUMBER || type == TokenType.URL) {
                continue;
            }
            words++;
            int[] c = counts.computeIfAbsent(tokens.term(i), k -> new int[2]);
            c[0]++;
            if (Character.isUpperCase(text.codePointAt(tokens.start(i))) && insideSentence(text, tokens.start(i))) {
                c[1]++;
            }
        }
        List<Map.Entry<String, int[]>> ranked = new ArrayList<>(counts.entrySet());
        ranked.sort((a, b) -> a.getValue()[0] != b.getValue()[0] ? Integer.compare(b.getValue()[0], a.getValue()[0])
                : a.getKey().compareTo(b.getKey()));
        StringBuilder out = new StringBuilder();
        out.append("# ").append(language.code()).append(": ").append(list.source()).append("\n\n")
                .append(words).append(" words, ").append(counts.size()).append(" distinct; list of ")
                .append(list.size()).append(" words\n\n## Top ").append(top)
                .append(" words (rank, word, count per 10,000 words, on the list?)\n\n");
        Map<String, Integer> rank = new HashMap<>();
        for (int r = 0; r < ranked.size(); r++) {
            rank.put(ranked.get(r).getKey(), r + 1);
        }
        List<String> missing = new ArrayList<>();
        for (int r = 0; r < Math.min(top, ranked.size()); r++) {
            String w = ranked.get(r).getKey();
            boolean on = list.contains(w);
            if (!on) {
                missing.add(w);
            }
            out.append(String.format(Locale.ROOT, "%4d  %-16s %8.1f  %s%n", r + 1, w,
                    ranked.get(r).getValue()[0] * 10_000.0 / words, on ? "listed" : "NOT LISTED"));
        }
        out.append("\n## Not on the list among the top ").append(top).append("\n\n")
                .append(String.join(" ", missing)).append("\n\n## Entries mostly capitalised inside a sentence (names?)\n\n");
        for (String w : list.words()) {
            int[] c = counts.get(w);
            if (c != null && c[0] >= 3 && c[1] * 2 > c[0]) {
                out.append(w).append(" (").append(c[1]).append(" of ").append(c[0]).append(")\n");
            }
        }
        out.append("\n## Entries with their rank in the text (- never seen)\n\n");
        for (String w : list.words()) {
            Integer r = rank.get(w);
            out.append(w).append(' ').append(r == null ? "-" : r.toString()).append('\n');
        }
        Files.writeString(Path.of(args[3]), out.toString(), StandardCharsets.UTF_8);
    }

    /** True when the character before {@code at} (skipping spaces and quotes) does not end a sentence or a line. */
    private static boolean insideSentence(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n') {
                return false;
            }
            if (Character.isWhitespace(c) || c == '"' || c == '«' || c == '»' || c == '(' || c == '“' || c == '„'
                    || c == '-' || c == '—') {
                continue;
            }
            return c != '.' && c != '!' && c != '?' && c != ':' && c != '。';
        }
        return false;
    }
}
