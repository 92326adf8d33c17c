package dev.lede.kernel;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.dflib.jjava.jupyter.kernel.history.HistoryEntry;

/**
 * This kernel session's executed cells, for history_request (tail, range, search with globs).
 * In memory only: session 0 is "this session", as in IPython's protocol.
 */
final class History {

    private static final int SESSION = 1;
    private final List<HistoryEntry> entries = new ArrayList<>();

    synchronized void add(int count, String code) {
        entries.add(new HistoryEntry(SESSION, count, code, null));
    }

    synchronized List<HistoryEntry> tail(int n) {
        int from = Math.max(0, entries.size() - Math.max(0, n));
        return new ArrayList<>(entries.subList(from, entries.size()));
    }

    synchronized List<HistoryEntry> range(int session, int start, int stop) {
        if (session != 0 && session != SESSION) {
            return List.of();
        }
        List<HistoryEntry> out = new ArrayList<>();
        for (HistoryEntry e : entries) {
            if (e.getCellNumber() >= start && (stop <= 0 || e.getCellNumber() < stop)) {
                out.add(e);
            }
        }
        return out;
    }

    synchronized List<HistoryEntry> search(String glob, int n, boolean unique) {
        Pattern p = globToRegex(glob == null || glob.isEmpty() ? "*" : glob);
        List<HistoryEntry> hits = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = entries.size() - 1; i >= 0; i--) {
            HistoryEntry e = entries.get(i);
            if (p.matcher(e.getInput()).matches() && (!unique || seen.add(e.getInput()))) {
                hits.add(0, e);
                if (n > 0 && hits.size() >= n) {
                    break;
                }
            }
        }
        return hits;
    }

    static Pattern globToRegex(String glob) {
        StringBuilder b = new StringBuilder();
        for (char c : glob.toCharArray()) {
            switch (c) {
                case '*' -> b.append(".*");
                case '?' -> b.append('.');
                default -> b.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(b.toString(), Pattern.DOTALL);
    }
}
