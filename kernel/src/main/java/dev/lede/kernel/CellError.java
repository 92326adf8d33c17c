package dev.lede.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;

/**
 * A failed cell as Jupyter shows it: a name, a one-line value and traceback lines. Compile errors
 * point at the cell's line and column and underline the code; runtime errors keep only the
 * frames of user code and libraries, with JShell's wrapper frames shown as cell lines.
 */
record CellError(String name, String value, List<String> traceback) {

    private static final String RED = "\u001b[0;31m";
    private static final String BOLD = "\u001b[1m";
    private static final String RESET = "\u001b[0m";

    static CellError compile(JShell js, Snippet s, String cell, Session.Piece piece, int count) {
        List<String> lines = new ArrayList<>();
        String first = null;
        for (Diag d : Session.diagnostics(js, s)) {
            if (!d.isError()) {
                continue;
            }
            int start = piece.start() + (int) Math.max(0, d.getStartPosition());
            int end = piece.start() + (int) Math.max(d.getStartPosition() + 1, d.getEndPosition());
            int pos = piece.start() + (int) Math.max(0, d.getPosition());
            start = clamp(start, cell.length());
            end = clamp(Math.max(end, start + 1), cell.length() + 1);
            pos = clamp(pos, cell.length());
            int line = Session.lineOf(cell, pos);
            int lineStart = cell.lastIndexOf('\n', Math.max(0, pos - 1)) + 1;
            if (pos < cell.length() && cell.charAt(pos) == '\n' && pos > 0) {
                lineStart = cell.lastIndexOf('\n', pos - 1) + 1;
            }
            int lineEnd = cell.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = cell.length();
            }
            int column = pos - lineStart + 1;
            String message = d.getMessage(Locale.ROOT);
            String head = String.format(Locale.ROOT, "cell line %d, column %d: %s", line, column,
                    message.lines().findFirst().orElse(message));
            if (first == null) {
                first = head;
            }
            lines.add(RED + BOLD + "Compile error" + RESET + " in " + head);
            // JShell's wrapper class is no place the user knows.
            message.lines().skip(1).filter(l -> !l.strip().matches("location: class\\s*\\S*"))
                    .forEach(l -> lines.add("  " + l));
            String code = cell.substring(lineStart, lineEnd);
            lines.add(String.format(Locale.ROOT, "%4d | %s", line, code));
            int markFrom = Math.max(start, lineStart) - lineStart;
            int markTo = Math.min(end, lineEnd) - lineStart;
            if (markTo <= markFrom) {
                markFrom = Math.max(0, column - 1);
                markTo = markFrom + 1;
            }
            lines.add("     | " + " ".repeat(markFrom) + RED + "^".repeat(markTo - markFrom) + RESET);
        }
        if (first == null) {
            first = "the snippet was rejected: " + s.source().strip();
            lines.add(first);
        }
        return new CellError("CompilationError", first, lines);
    }

    static CellError unresolved(JShell js, DeclarationSnippet s) {
        String msg = String.format(Locale.ROOT, "%s cannot be used until %s %s defined", s.name(),
                String.join(", ", Session.unresolved(js, s)), Session.unresolved(js, s).size() == 1 ? "is" : "are");
        return new CellError("UnresolvedReference", msg, List.of(RED + "UnresolvedReference" + RESET + ": " + msg));
    }

    static CellError runtime(EvalException e, Map<String, Session.Origin> origins) {
        List<String> lines = new ArrayList<>();
        JShellException cur = e;
        boolean first = true;
        while (cur != null) {
            String cls = cur instanceof EvalException ee ? ee.getExceptionClassName() : cur.getClass().getName();
            String msg = cur.getMessage();
            lines.add((first ? "" : "Caused by: ") + RED + cls + RESET + (msg == null ? "" : ": " + msg));
            lines.addAll(userFrames(cur.getStackTrace(), origins));
            first = false;
            cur = cur.getCause() instanceof JShellException next ? next : null;
        }
        String msg = e.getMessage();
        return new CellError(e.getExceptionClassName(), msg == null ? "" : msg, lines);
    }

    /** Frames above the outermost cell frame, without reflection and JShell machinery. */
    static List<String> userFrames(StackTraceElement[] trace, Map<String, Session.Origin> origins) {
        int lastCell = -1;
        for (int i = 0; i < trace.length; i++) {
            if (isCellFrame(trace[i])) {
                lastCell = i;
            }
        }
        int end = lastCell >= 0 ? lastCell + 1 : trace.length;
        List<String> out = new ArrayList<>();
        String previous = null;
        int repeats = 0;
        for (int i = 0; i < end; i++) {
            StackTraceElement f = trace[i];
            String c = f.getClassName();
            if (c.startsWith("jdk.internal.reflect.") || c.startsWith("java.lang.reflect.")
                    || c.startsWith("jdk.jshell.") || c.startsWith("dev.lede.kernel.")) {
                continue;
            }
            String line = frameLine(f, origins);
            if (line.equals(previous)) {
                repeats++;
                continue;
            }
            if (repeats > 0) {
                out.add(String.format(Locale.ROOT, "    ... the frame above %d more time%s", repeats, repeats == 1 ? "" : "s"));
                repeats = 0;
            }
            previous = line;
            out.add(line);
        }
        if (repeats > 0) {
            out.add(String.format(Locale.ROOT, "    ... the frame above %d more time%s", repeats, repeats == 1 ? "" : "s"));
        }
        return out;
    }

    private static String frameLine(StackTraceElement f, Map<String, Session.Origin> origins) {
        {
            if (isCellFrame(f)) {
                String id = f.getFileName().substring(1);
                Session.Origin o = origins.get(id);
                String where = o == null
                        ? "snippet " + id + " line " + f.getLineNumber()
                        : String.format(Locale.ROOT, "cell [%d] line %d", o.cell(), o.line() + f.getLineNumber() - 1);
                String method = f.getMethodName();
                return "    at " + (method.isEmpty() || method.startsWith("do_it$")
                        ? where : method + " (" + where + ")");
            }
            return "    at " + f;
        }
    }

    private static boolean isCellFrame(StackTraceElement f) {
        // JShell reports wrapper frames with file name "#<snippet id>" and the REPL class name removed.
        return f.getFileName() != null && f.getFileName().startsWith("#");
    }

    private static int clamp(int v, int max) {
        return Math.max(0, Math.min(v, max));
    }
}
