package dev.lede.progress;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The text bar of a plain JVM: one line on stderr rewritten in place with {@code \r}, kept within
 * {@link #WIDTH} columns so that it never wraps, and replaced at the end by a summary line
 * ({@code Counting big.txt: 200.0 MB in 3.2 s}). Drawn only when stderr is a terminal, so tests,
 * logs and redirected output stay clean.
 */
final class TerminalBar implements ProgressListener {

    /** Columns a line may take (a line longer than the terminal would wrap, and {@code \r} not reach its start). */
    static final int WIDTH = 79;

    private final PrintStream out;
    private int drawn;

    TerminalBar(PrintStream out) {
        this.out = out;
    }

    /**
     * The listener {@code LEDE_PROGRESS} asks for: {@code off}, none; {@code terminal}, a bar on
     * stderr; unset or {@code auto}, a bar when stderr is a terminal. Another value is said once on
     * stderr and taken as {@code auto}.
     */
    static ProgressListener fromEnvironment(String setting) {
        String s = setting == null ? "auto" : setting.trim().toLowerCase(java.util.Locale.ROOT);
        switch (s) {
            case "off":
                return null;
            case "terminal":
                return new TerminalBar(System.err);
            case "auto":
            case "":
                break;
            default:
                System.err.println("lede: LEDE_PROGRESS=" + setting + " is not understood (auto, off or terminal); "
                        + "taking auto");
        }
        return stderrIsTerminal() ? new TerminalBar(System.err) : null;
    }

    /**
     * Whether fd 2 is a terminal: the JVM has a console (stdin and stdout are terminals) and, where
     * {@code /proc} says so, stderr is one too (a redirected {@code 2> log} is not).
     */
    static boolean stderrIsTerminal() {
        if (System.console() == null) {
            return false;
        }
        Path fd = Path.of("/proc/self/fd/2");
        try {
            if (Files.isSymbolicLink(fd)) {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (java.io.IOException | SecurityException e) {
            // no /proc: the console is the best we know
        }
        return true;
    }

    /** The work drawn now, and the longest label it has had room for (only shrinks, so the line does not jitter). */
    private long id;
    private int labelRoom;

    @Override
    public void begin(Progress.State s) {
        draw(steady(s), false);
    }

    @Override
    public void update(Progress.State s) {
        draw(steady(s), false);
    }

    private synchronized String steady(Progress.State s) {
        if (s.id() != id) {
            id = s.id();
            labelRoom = Integer.MAX_VALUE;
        }
        String line = fit(s, labelRoom);
        int colon = line.indexOf("...: ");
        if (colon >= 0 && line.startsWith(s.label().substring(0, colon))) {
            labelRoom = Math.min(labelRoom, colon);
        }
        return line;
    }

    @Override
    public void end(Progress.State s) {
        draw(fit(s), true);
    }

    /**
     * {@link Progress.State#text()} within {@link #WIDTH}: the label is shortened first, so that the
     * counts and the estimate (at the end of the line) stay.
     */
    static String fit(Progress.State s) {
        return fit(s, Integer.MAX_VALUE);
    }

    /** {@link #fit(Progress.State)} with the label cut to at most {@code labelRoom} characters before its "...". */
    static String fit(Progress.State s, int labelRoom) {
        String text = s.text();
        if (text.length() <= WIDTH && labelRoom >= s.label().length() || s.ended()) {
            return text;
        }
        // too long whole: a bar half as wide, then none, the label cut as needed
        for (int bar : new int[] {Progress.State.BAR / 2, 0}) {
            String rest = (s.total() > 0 && bar > 0 ? s.bar(bar) + " " : "") + s.details();
            int room = (int) Math.min(WIDTH - rest.length() - 2, labelRoom + 3L);
            if (room >= s.label().length()) {
                return s.label() + ": " + rest;
            }
            if (room >= 15) {
                return s.label().substring(0, room - 3) + "...: " + rest;
            }
        }
        return text;
    }

    /** {@code \r}, the line cut to {@link #WIDTH}, spaces over what is left of the previous one. */
    static String line(String text, int previous) {
        String t = text.length() > WIDTH ? text.substring(0, WIDTH - 3) + "..." : text;
        return "\r" + t + " ".repeat(Math.max(0, previous - t.length()));
    }

    private synchronized void draw(String text, boolean last) {
        String l = line(text, drawn);
        drawn = Math.min(text.length(), WIDTH);
        out.print(last ? l + System.lineSeparator() : l);
        out.flush();
        if (last) {
            drawn = 0;
        }
    }
}
