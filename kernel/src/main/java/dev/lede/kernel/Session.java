package dev.lede.kernel;

import dev.lede.jupyter.LedeExtension;
import dev.lede.kernel.agent.LedeAgent;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.ImportSnippet;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.MethodSnippet;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;
import jdk.jshell.TypeDeclSnippet;
import jdk.jshell.UnresolvedReferenceException;
import jdk.jshell.VarSnippet;

/**
 * One JShell whose user code runs in a separate JVM (JShell's JDI engine with {@link LedeAgent}),
 * so that {@code System.exit}, heap exhaustion and runaway loops hit that JVM, not the kernel.
 * When that JVM dies, a new one is started and imports, methods, classes and class path
 * entries are replayed (they run no user code); variables cannot be restored.
 */
final class Session implements AutoCloseable {

    /** Imports of every session: the notebook display functions plus the Extension's list. */
    static final List<String> IMPORTS;

    /**
     * {@link #IMPORTS} as one source, evaluated as one JShell snippet. JShell takes an import
     * snippet's source as it is into every later wrapper class, so the session gets all of them
     * for one compilation (and one class loaded into the user JVM) instead of one per import,
     * which is most of what the start costs after javac's own warm-up (docs/kernel-startup.md).
     * JShell keys the snippet by its first import only, the static import of the kernel's own
     * {@code Notebook}, which no notebook has reason to repeat; a cell that does repeat it
     * replaces the whole snippet, and {@link #keepDefaults} then evaluates it again.
     */
    static final String IMPORTS_SOURCE;

    static {
        List<String> l = new ArrayList<>();
        l.add("import static dev.lede.kernel.agent.Notebook.*;");
        l.addAll(LedeExtension.DEFAULT_IMPORTS);
        IMPORTS = List.copyOf(l);
        IMPORTS_SOURCE = String.join("\n", IMPORTS);
    }

    /** The snippet of {@link #IMPORTS_SOURCE} in the current JShell. */
    private volatile Snippet defaults;

    static final boolean TRACE = System.getenv("LEDE_TRACE") != null;

    /**
     * With LEDE_TRACE: prints what happened how long after the kernel process started, and the
     * kernel process's CPU time by then (all its threads, the JIT's included).
     */
    static void trace(String what) {
        if (TRACE) {
            long ms = ProcessHandle.current().info().startInstant()
                    .map(t -> java.time.Duration.between(t, java.time.Instant.now()).toMillis()).orElse(-1L);
            System.err.printf(Locale.ROOT, "lede: +%d ms %s (at %d, process CPU %d ms)%n", ms, what, System.currentTimeMillis(),
                    ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                            .getProcessCpuTime() / 1_000_000);
        }
    }

    /** With LEDE_TRACE: prints how long {@code what} took since {@code startNanos}. */
    static void traceSince(String what, long startNanos) {
        if (TRACE) {
            System.err.printf(Locale.ROOT, "lede: %s %.1f ms%n", what, (System.nanoTime() - startNanos) / 1e6);
        }
    }

    private final String classPath;
    private final String compileClassPath;
    private final List<String> remoteOptions;
    private final PrintStream out;
    private final PrintStream err;
    private final java.io.OutputStream display;
    private final java.io.InputStream in;
    private final java.io.OutputStream[] background;

    private volatile CompletableFuture<JShell> starting;
    /** Completed once the kernel's own ports are bound; until then the user JVM is not launched. */
    private final CompletableFuture<Void> portsBound = new CompletableFuture<>();
    private volatile JShell shell;
    private volatile boolean dead;
    private volatile boolean running;
    private volatile boolean stopRequested;

    /** What a restart replays, keyed so that a redefinition replaces the earlier one. */
    private final Map<String, String> replay = new LinkedHashMap<>();
    private final Set<String> extraClassPath = new LinkedHashSet<>();
    /** Snippet id to where its source sits in a cell: for mapping stack frames to cell lines. */
    private final Map<String, Origin> origins = new LinkedHashMap<>();

    record Origin(int cell, int line) {
    }

    /**
     * @param classPath the user JVM's class path (the kernel jar)
     * @param compileClassPath what JShell compiles against: the same classes, possibly unpacked
     *        into a folder (see {@link KernelConfig#COMPILE_CLASS_PATH})
     */
    Session(String classPath, String compileClassPath, List<String> remoteOptions, PrintStream out, PrintStream err,
            java.io.OutputStream display, java.io.InputStream in, java.io.OutputStream... background) {
        this.display = display;
        this.background = background;
        this.in = in;
        this.classPath = classPath;
        this.compileClassPath = compileClassPath;
        this.remoteOptions = List.copyOf(remoteOptions);
        this.out = out;
        this.err = err;
        this.liveVariables = new LiveVariables(compileClassPath);
    }

    /** Lets the user JVM launch (its debugger link may now take an ephemeral port). */
    void portsBound() {
        portsBound.complete(null);
    }

    /**
     * Builds the JShell and compiles the default imports in the background (warming javac); the
     * user JVM is launched once {@link #portsBound()} is called. {@link #shell()} waits for both.
     */
    synchronized void startAsync() {
        starting = CompletableFuture.supplyAsync(this::create);
    }

    private JShell create() {
        long t0 = System.nanoTime();
        if (!compileClassPath.equals(classPath)) {
            // JShell's compiler starts from java.class.path (the kernel process's own jar) and javac
            // would index that jar too; the kernel's own class loader no longer reads the property.
            System.setProperty("java.class.path", compileClassPath);
        }
        List<String> vm = new ArrayList<>();
        vm.add("--class-path");
        vm.add(classPath);
        vm.addAll(remoteOptions);
        JShell js = JShell.builder()
                .in(in)
                .out(out)
                .err(err)
                .executionEngine(new UserJvm(portsBound, display, background), Map.of())
                .remoteVMOptions(vm.toArray(String[]::new))
                .compilerOptions("-Xlint:-options")
                .build();
        // Through JShell's own class path (not a --class-path compiler option, which would hide
        // what %classpath and %maven add later).
        if (compileClassPath.equals(classPath)) {
            js.addToClasspath(classPath);
        }
        js.onShutdown(j -> {
            if (j == shell) {
                dead = true;
            }
        });
        for (String p : extraClassPath) {
            js.addToClasspath(p);
        }
        long t1 = System.nanoTime();
        trace("JShell built");
        evalDefaults(js);
        if (TRACE) {
            System.err.printf(Locale.ROOT, "lede: JShell built %.0f ms, imports %.0f ms%n", (t1 - t0) / 1e6, (System.nanoTime() - t1) / 1e6);
        }
        for (String src : replay.values()) {
            js.eval(src);
        }
        keepDefaults(js);
        shell = js;
        dead = false;
        trace("imports compiled");
        return js;
    }

    private void evalDefaults(JShell js) {
        List<SnippetEvent> events = js.eval(IMPORTS_SOURCE);
        SnippetEvent ev = events.isEmpty() ? null : events.get(0);
        if (ev == null || ev.status() != Snippet.Status.VALID) {
            String why = ev == null ? "no snippet"
                    : js.diagnostics(ev.snippet()).map(d -> d.getMessage(Locale.ROOT)).reduce((a, b) -> a + "; " + b)
                            .orElse(String.valueOf(ev.status()));
            throw new IllegalStateException("the default imports do not compile: " + why);
        }
        defaults = ev.snippet();
    }

    /** Evaluates the default imports again if a cell's import with the same key replaced them. */
    private void keepDefaults(JShell js) {
        Snippet d = defaults;
        try {
            if (d != null && js.status(d) != Snippet.Status.VALID) {
                evalDefaults(js);
            }
        } catch (IllegalArgumentException ignored) {
            // d is of a JShell that a restart has replaced meanwhile; the new one has its own
        }
    }

    /** Starts JShell in the background unless it is starting or running already. */
    synchronized void startIfIdle() {
        if (starting == null) {
            startAsync();
        }
    }

    JShell shell() {
        startIfIdle();
        try {
            return starting.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the Java process was starting", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not start the Java process for cells: " + e.getCause(), e.getCause());
        }
    }

    boolean isRunning() {
        return running;
    }

    /** Guards the start and end of a cell against a stop meant for another cell. */
    private final Object cellLock = new Object();
    /** Numbers the cells this session has run; {@link #runningCell()} gives the running one's. */
    private long cellNumber;

    /** The number of the cell running now, or 0 if none is. */
    long runningCell() {
        synchronized (cellLock) {
            return running ? cellNumber : 0;
        }
    }

    /**
     * Stops cell {@code cell} if it is still the running one (JDI throws into the user thread,
     * which stops even a busy loop); an interrupt that arrives as a cell ends never touches the
     * next one. Cells neither start nor end while the stop is being delivered.
     */
    void stop(long cell) {
        synchronized (cellLock) {
            JShell js = shell;
            if (js != null && running && cellNumber == cell) {
                stopRequested = true;
                js.stop();
            }
        }
    }

    /**
     * Cell {@code cell}, if still the running one, is about to be stopped, by {@link #stop(long)} or
     * by JShell itself (a cell waiting for input, see {@link StdinRequests#GIVEN_UP}): it ends as a
     * stopped cell either way.
     */
    void stopping(long cell) {
        synchronized (cellLock) {
            if (running && cellNumber == cell) {
                stopRequested = true;
            }
        }
    }

    /** Ends the user JVM the hard way (used when a stop request is not obeyed). */
    void kill() {
        JShell js = shell;
        if (js != null) {
            dead = true;
            js.close();
        }
    }

    void addToClasspath(String path) {
        shell().addToClasspath(path);
        extraClassPath.add(path);
    }

    SourceCodeAnalysis analysis() {
        return shell().sourceCodeAnalysis();
    }

    /** A piece of a cell that JShell evaluates as one snippet, and where it starts in the cell. */
    record Piece(String source, int start, Completeness completeness) {
    }

    /** Splits a cell into snippets the way JShell reads them, with each one's offset in the cell. */
    List<Piece> split(String cell) {
        SourceCodeAnalysis sca = analysis();
        List<Piece> pieces = new ArrayList<>();
        int pos = 0;
        while (pos < cell.length() && !cell.substring(pos).isBlank()) {
            String rest = cell.substring(pos);
            CompletionInfo ci = sca.analyzeCompletion(rest);
            if (ci.completeness() == Completeness.EMPTY) {
                break;
            }
            String src = ci.source() != null ? ci.source() : rest;
            String remaining = ci.source() != null ? ci.remaining() : "";
            String probe = src.strip();
            probe = probe.substring(0, Math.min(probe.length(), 16));
            int found = probe.isEmpty() ? -1 : cell.indexOf(probe, pos);
            int leading = src.length() - src.stripLeading().length();
            int start = found < 0 ? pos : Math.max(pos, found - leading);
            pieces.add(new Piece(src, start, ci.completeness()));
            // JShell's remaining text is a suffix of what it was given (possibly without leading blanks).
            int next = remaining.isEmpty() ? cell.length() : cell.lastIndexOf(remaining);
            if (next <= pos) {
                break;
            }
            pos = next;
        }
        return pieces;
    }

    /** What a cell produced. Exactly one of value, error is set, or neither (a statement). */
    record Outcome(String value, CellError error) {
        static Outcome ok(String value) {
            return new Outcome(value, null);
        }

        static Outcome failed(CellError e) {
            return new Outcome(null, e);
        }
    }

    /**
     * Runs a cell snippet by snippet, stopping at the first error. {@code value} is the JShell
     * value string of the last snippet when that snippet is an expression.
     */
    Outcome eval(String cell, int count) {
        Outcome o = evalCell(cell, count);
        JShell js = shell;
        if (o.error() == null && js != null && !dead) {
            // After the cell, outside its running time: an interrupt for it cannot cut this short.
            long t0 = System.nanoTime();
            String moved = liveVariables.consolidate(js, extraClassPath);
            if (moved != null) {
                trace(moved);
            } else if (TRACE) {
                traceSince("live variables checked", t0);
            }
        }
        return o;
    }

    /** Moves live variables into holder classes every so often (see {@link LiveVariables}). */
    private final LiveVariables liveVariables;

    private Outcome evalCell(String cell, int count) {
        JShell js = shell();
        trace("eval");
        long t0 = System.nanoTime();
        List<Piece> pieces = split(cell);
        long t1 = System.nanoTime();
        String value = null;
        synchronized (cellLock) {
            cellNumber++;
            stopRequested = false;
            running = true;
        }
        try {
            for (int i = 0; i < pieces.size(); i++) {
                Piece p = pieces.get(i);
                boolean last = i == pieces.size() - 1;
                List<SnippetEvent> events;
                try {
                    events = js.eval(p.source());
                } catch (IllegalStateException e) {
                    return Outcome.failed(restartAfterDeath());
                }
                if (dead) {
                    return Outcome.failed(restartAfterDeath());
                }
                keepDefaults(js);
                if (stopRequested) {
                    return Outcome.failed(new CellError("Interrupted",
                            "the cell was stopped; what earlier cells defined is kept",
                            List.of("Interrupted: the cell was stopped at your request; "
                                    + "variables, methods and classes defined before it are kept")));
                }
                SnippetEvent main = null;
                for (SnippetEvent ev : events) {
                    if (ev.causeSnippet() == null) {
                        main = ev;
                        break;
                    }
                }
                if (main == null) {
                    continue;
                }
                Snippet s = main.snippet();
                origins.put(s.id(), new Origin(count, lineOf(cell, p.start())));
                if (main.status() == Snippet.Status.REJECTED) {
                    return Outcome.failed(CellError.compile(js, s, cell, p, count));
                }
                JShellException ex = main.exception();
                if (ex != null) {
                    if (ex instanceof UnresolvedReferenceException ure) {
                        return Outcome.failed(CellError.unresolved(js, ure.getSnippet()));
                    }
                    if (ex instanceof EvalException ee) {
                        String broken = brokenClass(ee);
                        if (broken != null) {
                            return Outcome.failed(replaceAfterBrokenClass(broken));
                        }
                        return Outcome.failed(CellError.runtime(ee, origins));
                    }
                    return Outcome.failed(new CellError(ex.getClass().getSimpleName(), String.valueOf(ex.getMessage()),
                            List.of(String.valueOf(ex.getMessage()))));
                }
                remember(s);
                if (last && isExpression(s)) {
                    value = main.value();
                }
                if (s instanceof VarSnippet v && v.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND) {
                    temporaries.add(v);
                }
            }
            dropTemporaries(js);
            if (TRACE) {
                System.err.printf(Locale.ROOT, "lede: split %.1f ms, eval %.1f ms%n", (t1 - t0) / 1e6, (System.nanoTime() - t1) / 1e6);
                trace("evaluated");
            }
            return Outcome.ok(value);
        } finally {
            synchronized (cellLock) {
                running = false;
            }
        }
    }

    /**
     * The {@code $N} variables JShell makes of a cell's expressions, dropped once the cell is done.
     * JShell keeps every one active for good: each later snippet is compiled with an import of
     * each, and redefining a method recompiles every {@code $N} whose expression called it, so cells
     * got slower and the kernel's heap grew with every expression cell (a method redefined and
     * called in 500 cells: 77 to 203 ms per cell, 26 MB). Lede shows values, never their
     * {@code $N} names, so no cell can refer to one.
     */
    private final List<VarSnippet> temporaries = new ArrayList<>();

    private void dropTemporaries(JShell js) {
        for (VarSnippet v : temporaries) {
            try {
                if (js.status(v).isActive()) {
                    js.drop(v);
                }
            } catch (IllegalArgumentException | IllegalStateException ignored) {
                // already gone with its JVM
            }
        }
        temporaries.clear();
    }

    private static boolean isExpression(Snippet s) {
        return s.kind() == Snippet.Kind.EXPRESSION
                || (s instanceof VarSnippet && s.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND);
    }

    private void remember(Snippet s) {
        if (s instanceof ImportSnippet imp) {
            replay.put("import " + imp.isStatic() + " " + imp.fullname(), s.source());
        } else if (s instanceof MethodSnippet m) {
            replay.put("method " + m.name() + m.parameterTypes(), s.source());
        } else if (s instanceof TypeDeclSnippet t) {
            replay.put("type " + t.name(), s.source());
        }
    }

    /**
     * The class that a {@code NoClassDefFoundError: Could not initialize class X} names, if X is
     * not a cell's own (JShell's package REPL), else null. Such a class had its initialisation
     * cut short (by an interrupt that came before the kernel deferred stops during class
     * initialisation, or by a failure) and stays unusable in this JVM for good.
     */
    static String brokenClass(EvalException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String name = t instanceof EvalException ee ? ee.getExceptionClassName() : t.getClass().getName();
            String msg = t.getMessage();
            if ("java.lang.NoClassDefFoundError".equals(name) && msg != null && msg.startsWith("Could not initialize class ")) {
                String cls = msg.substring("Could not initialize class ".length()).strip();
                return cls.startsWith("REPL.") ? null : cls;
            }
        }
        return null;
    }

    /** A library class is unusable in this user JVM: replace the JVM and say so. */
    private CellError replaceAfterBrokenClass(String cls) {
        JShell js = shell;
        if (js != null) {
            dead = true;
            js.close();
        }
        CellError after = restartAfterDeath();
        String msg = "The class " + cls + " could not be initialised in the Java process running your code (an earlier "
                + "interrupt or failure cut its initialisation short, which leaves it unusable in that process). Lede replaced "
                + "the process: " + after.value().substring(after.value().indexOf("Lede started a new one: ") + "Lede started a new one: ".length());
        return new CellError("ProcessReplaced", msg, List.of("ProcessReplaced: " + msg));
    }

    /** The user JVM has gone: say so, say what survives, and start a new one. */
    private CellError restartAfterDeath() {
        JShell old = shell;
        List<String> lost = new ArrayList<>();
        try {
            old.variables().map(v -> v.name()).filter(n -> !n.startsWith("$")).forEach(lost::add);
        } catch (RuntimeException ignored) {
            // A closed JShell may refuse to list its snippets; the message then stays general.
        }
        for (String n : liveVariables.names()) {
            if (!lost.contains(n)) {
                lost.add(n);
            }
        }
        liveVariables.reset();
        try {
            old.close();
        } catch (RuntimeException ignored) {
            // already closed
        }
        shell = null;
        startAsync();
        String what = lost.isEmpty() ? "all variables" : "the variables " + String.join(", ", lost);
        String restored = String.format(Locale.ROOT, "%d import(s), method(s) and class(es)%s",
                replay.size(), extraClassPath.isEmpty() ? "" : " and the %classpath additions");
        String msg = "The Java process running your code ended (System.exit, a crash, or it was killed after an interrupt "
                + "it did not obey). Lede started a new one: " + what + " are lost; the default imports and your "
                + restored + " were restored. Re-run the cells that define the variables you need.";
        return new CellError("ProcessEnded", msg, List.of("ProcessEnded: " + msg));
    }

    /** Waits for a restart started after a death, so the next cell finds a working JVM. */
    void awaitReady() {
        shell();
    }

    static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < Math.min(offset, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    @Override
    public void close() {
        JShell js = shell;
        if (js != null) {
            js.close();
        }
        liveVariables.close();
    }

    /** For error messages about declarations whose dependencies are missing. */
    static List<String> unresolved(JShell js, DeclarationSnippet s) {
        return js.unresolvedDependencies(s).toList();
    }

    static List<Diag> diagnostics(JShell js, Snippet s) {
        return js.diagnostics(s).toList();
    }
}
