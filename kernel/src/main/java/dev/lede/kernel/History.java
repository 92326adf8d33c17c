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

    synchronized void add(int count, String code, String output) {
        entries.add(new HistoryEntry(SESSION, count, code, output == null ? "" : output));
    }

    /** The entries as the request wants them: with or without their output. */
    static List<HistoryEntry> shape(List<HistoryEntry> found, boolean output) {
        if (output) {
            return found;
        }
        List<HistoryEntry> out = new ArrayList<>(found.size());
        for (HistoryEntry e : found) {
            out.add(new HistoryEntry(e.getSession(), e.getCellNumber(), e.getInput(), null));
        }
        return out;
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

    /**
     * history_reply as the protocol has it ({@code status}, and entries as
     * {@code [session, line, input]} or {@code [session, line, [input, output]]}); jjava's lacks the status.
     */
    static final class Reply implements org.dflib.jjava.jupyter.messages.ContentType<Reply> {
        @SuppressWarnings("unchecked")
        private static final org.dflib.jjava.jupyter.messages.MessageType<Reply> TYPE =
                (org.dflib.jjava.jupyter.messages.MessageType<Reply>) (org.dflib.jjava.jupyter.messages.MessageType<?>)
                        org.dflib.jjava.jupyter.messages.reply.HistoryReply.MESSAGE_TYPE;

        @SuppressWarnings("unused") // serialised by Gson
        private final String status = "ok";
        private final List<List<Object>> history = new ArrayList<>();

        Reply(List<HistoryEntry> entries) {
            for (HistoryEntry e : entries) {
                Object input = e.hasOutput() ? List.of(e.getInput(), e.getOutput()) : e.getInput();
                history.add(List.of(e.getSession(), e.getCellNumber(), input));
            }
        }

        @Override
        public org.dflib.jjava.jupyter.messages.MessageType<Reply> getType() {
            return TYPE;
        }
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
