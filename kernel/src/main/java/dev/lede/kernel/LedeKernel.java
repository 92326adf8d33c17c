package dev.lede.kernel;

import dev.lede.kernel.agent.Wire;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;
import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.JupyterIO;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.comm.CommManager;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.history.HistoryEntry;
import org.dflib.jjava.jupyter.kernel.magic.MagicsRegistry;
import org.dflib.jjava.jupyter.kernel.util.StringStyler;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.MessageType;
import org.dflib.jjava.jupyter.messages.publish.PublishError;
import org.dflib.jjava.jupyter.messages.publish.PublishExecuteInput;
import org.dflib.jjava.jupyter.messages.publish.PublishExecuteResult;
import org.dflib.jjava.jupyter.messages.reply.ErrorReply;
import org.dflib.jjava.jupyter.messages.reply.ExecuteReply;
import org.dflib.jjava.jupyter.messages.request.ExecuteRequest;
import org.dflib.jjava.jupyter.messages.request.HistoryRequest;

/**
 * The {@code lede} kernel: jjava-jupyter for the protocol, a {@link Session} (JShell with user
 * code in a separate JVM) for evaluation. Handles execute itself so that output is capped and
 * batched, errors are mapped to cell lines, a dead user JVM is replaced, and interrupts that
 * JDI's stop cannot deliver end with that JVM being killed.
 */
public final class LedeKernel extends BaseKernel implements AutoCloseable {

    /**
     * How long an interrupted cell may take to stop before its JVM is killed. A stop JDI delivers
     * ends the cell in 0.1–0.3 s even with a background thread flooding the output, but at a load
     * average of 20 on two cores it once took over 0.7 s and the JVM (and every variable) was
     * needlessly lost (HostileIT "resources 8").
     */
    static final long STOP_GRACE_MS = 1500;

    private final KernelConfig config;
    private final Output output;
    private final Session session;
    private final History history = new History();
    private final Magics magics;
    private final ScheduledExecutorService watchdog = Daemons.scheduler("lede-watchdog");

    LedeKernel(KernelConfig config) {
        super("lede", version(),
                new LanguageInfo.Builder("java")
                        .version(Runtime.version().toString())
                        .mimetype("text/x-java-source")
                        .fileExtension(".jshell")
                        .pygments("java")
                        .codemirror("text/x-java")
                        .exporter("script")
                        .build(),
                List.of(),
                null,
                new JupyterIO(StandardCharsets.UTF_8),
                new CommManager(),
                new Renderer(),
                null,
                new MagicsRegistry(),
                false,
                new StringStyler.Builder().build());
        this.config = config;
        this.output = new Output(config.outputLimit());
        this.session = new Session(config.classPath(), config.compileClassPath(), config.remoteOptions(), output.out, output.err,
                output.display, output.stdin, output.bgOut, output.bgErr);
        this.magics = new Magics(session);
    }

    /**
     * The connection file's ports are bound: JShell (compiling the default imports, the longest
     * part of the first cell) starts right after the first kernel_info reply, which clients
     * wait for before anything else, so that on two busy cores it does not compete with that
     * reply; if no kernel_info request comes within {@link #START_FALLBACK_MS}, it starts anyway.
     * The user JVM is launched only now, since its debugger link may take an ephemeral port.
     */
    void portsBound() {
        session.portsBound();
        watchdog.schedule(session::startIfIdle, START_FALLBACK_MS, TimeUnit.MILLISECONDS);
    }

    /** How long after binding its ports the kernel waits for a kernel_info request before starting JShell. */
    static final long START_FALLBACK_MS = 150;

    private static String version() {
        String v = LedeKernel.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0-SNAPSHOT" : v;
    }

    @Override
    public String getBanner() {
        return "Lede " + getVersion() + " :: Java " + Runtime.version() + " :: analysis-lib, Tablesaw and Smile imported";
    }

    @Override
    public void becomeHandlerForConnection(JupyterConnection connection) {
        super.becomeHandlerForConnection(connection);
        connection.setHandler(MessageType.HISTORY_REQUEST, this::replyHistory);
        if (connection instanceof GuardedConnection guarded) {
            output.useStdin(guarded.stdinChannel());
        }
    }

    @Override
    protected synchronized void handleExecuteRequest(ShellReplyEnvironment env, Message<ExecuteRequest> message) {
        commManager.setMessageContext(message);
        ExecuteRequest request = message.getContent();
        String code = request.getCode();
        boolean silent = request.isSilent();
        int count = silent ? executionCount.get() : executionCount.getAndIncrement();
        env.setBusyDeferIdle();
        runningRequest = CheckedShellChannel.Sent.of(message.getHeader().getId());
        try {
            if (!silent) {
                env.publish(new PublishExecuteInput(code, count));
            }
            Output.Cell cell = output.begin(env, request.isStdinEnabled(), message);
            Session.Outcome outcome;
            try {
                outcome = magics.run(code, count, output.notices());
            } catch (RuntimeException e) {
                outcome = Session.Outcome.failed(new CellError(e.getClass().getSimpleName(), String.valueOf(e.getMessage()),
                        List.of(e.getClass().getName() + ": " + e.getMessage())));
            }
            cell.finish();
            if (!silent && request.shouldStoreHistory()) {
                history.add(count, code, outcome.value() == null ? outcome.error() == null ? "" : outcome.error().value()
                        : plain(outcome.value()) == null ? "" : outcome.value().replace(Wire.RICH_PREFIX, ""));
            }
            if (outcome.error() != null) {
                replyError(env, count, outcome.error());
                return;
            }
            if (outcome.value() != null && !silent) {
                DisplayData d = outcome.value().startsWith(Wire.RICH_PREFIX) && cell.result() != null
                        ? cell.result()
                        : plain(outcome.value());
                if (d != null) {
                    env.publish(new PublishExecuteResult(count, d));
                }
            }
            env.defer().reply(new ExecuteReply(count, Map.of()));
        } catch (RuntimeException | Error e) {
            // Whatever happens, the client gets its reply.
            replyError(env, count, new CellError("KernelError", String.valueOf(e),
                    List.of("Lede kernel error (please report): " + e)));
        }
    }

    private static void replyError(ShellReplyEnvironment env, int count, CellError e) {
        env.publish(new PublishError(e.name(), e.value(), e.traceback()));
        ErrorReply reply = new ErrorReply(e.name(), e.value(), e.traceback());
        reply.setExecutionCount(count);
        env.defer().replyError(ExecuteReply.MESSAGE_TYPE.error(), reply);
    }

    /**
     * JShell hands a result's text to the kernel as one modified-UTF-8 string and cuts it to this many
     * characters (65,535 bytes / 3) without saying so.
     */
    static final int JSHELL_VALUE_CHARS = 21_844;

    static DisplayData plain(String value) {
        if (value.startsWith(Wire.RICH_PREFIX)) {
            value = value.substring(Wire.RICH_PREFIX.length());
        }
        if (value.length() >= JSHELL_VALUE_CHARS) {
            value += String.format(java.util.Locale.ROOT, "%n[Lede: a result is shown up to %,d characters (JShell's limit) and"
                    + " this one reached it, so its end may be missing; print it with System.out.println or write it to a file.]",
                    JSHELL_VALUE_CHARS);
        }
        return value.isEmpty() ? null : new DisplayData(value);
    }

    @Override
    public Object evalRaw(String source) {
        Session.Outcome o = session.eval(source, executionCount.get());
        if (o.error() != null) {
            throw new IllegalStateException(o.error().name() + ": " + o.error().value());
        }
        return o.value();
    }

    /** When and by whom the execute request being handled was sent (see {@link #handleInterruptRequest}). */
    private volatile CheckedShellChannel.Sent runningRequest;
    /** When and by whom the interrupt request being handled was sent. */
    private volatile CheckedShellChannel.Sent interruptRequest;

    /**
     * An interrupt applies to the cell that was running when it was sent, or to nothing. The
     * kernel reads the control channel a little later than the request was sent (more on a busy
     * host), and meanwhile that cell may have ended and the same client may have sent the next
     * one: an interrupt that this client sent before it sent the running cell (both headers'
     * {@code date}, same {@code session}, so the same clock) is not for that cell and is ignored.
     * Requests from different sessions (a notebook server's interrupt for a browser's cell) are
     * not compared: their clocks may differ.
     */
    @Override
    protected void handleInterruptRequest(ShellReplyEnvironment env,
            Message<org.dflib.jjava.jupyter.messages.request.InterruptRequest> message) {
        interruptRequest = CheckedShellChannel.Sent.of(message.getHeader().getId());
        try {
            super.handleInterruptRequest(env, message);
        } finally {
            interruptRequest = null;
        }
    }

    @Override
    public void interrupt() {
        // Applies to the cell running when the interrupt arrived, or to nothing.
        long cell = session.runningCell();
        if (cell == 0) {
            return;
        }
        CheckedShellChannel.Sent sent = interruptRequest;
        if (sent != null && sent.sentBefore(runningRequest)) {
            System.err.println("lede: an interrupt sent before the running cell was ignored (it was meant for an earlier cell)");
            return;
        }
        // A cell waiting for typed input is stopped by JShell once the waiting thread (which also
        // carries the cell's end) gives the wait up; any other cell is stopped here. Either way it
        // ends as a stopped cell, so that is noted first.
        session.stopping(cell);
        if (!output.giveUpInput()) {
            session.stop(cell);
        }
        watchdog.schedule(() -> {
            if (session.runningCell() == cell) {
                output.notices().accept("\n[Lede: the cell did not stop when asked; ending its Java process.]\n");
                session.kill();
            }
        }, STOP_GRACE_MS, TimeUnit.MILLISECONDS);
    }

    @Override
    public DisplayData inspect(String code, int at, boolean extraDetail) {
        Located l = locate(code, at);
        List<SourceCodeAnalysis.Documentation> docs = session.analysis().documentation(l.text, l.cursor, true);
        if (docs.isEmpty() && l.cursor > 0 && Character.isJavaIdentifierPart(l.text.charAt(l.cursor - 1))) {
            // JShell documents a method only inside its call: inspect "max|" as "max(|".
            int end = l.cursor;
            while (end < l.text.length() && Character.isJavaIdentifierPart(l.text.charAt(end))) {
                end++;
            }
            docs = session.analysis().documentation(l.text.substring(0, end) + "(", end + 1, true);
        }
        if (docs.isEmpty()) {
            return null;
        }
        StringBuilder plain = new StringBuilder();
        for (SourceCodeAnalysis.Documentation d : docs) {
            plain.append(d.signature()).append('\n');
            if (d.javadoc() != null && !d.javadoc().isBlank()) {
                plain.append('\n').append(d.javadoc().strip()).append("\n\n");
            }
        }
        return new DisplayData(plain.toString().stripTrailing());
    }

    @Override
    public ReplacementOptions complete(String code, int at) {
        Located l = locate(code, at);
        int[] anchor = new int[1];
        List<SourceCodeAnalysis.Suggestion> s = session.analysis().completionSuggestions(l.text, l.cursor, anchor);
        int offset = l.offset;
        if (s.isEmpty() && l.offset > 0) {
            // Names declared earlier in the same, not yet run, cell: complete inside a block that holds them.
            String block = "{ " + code.substring(0, at);
            s = session.analysis().completionSuggestions(block, block.length(), anchor);
            offset = -2;
        }
        LinkedHashSet<String> options = new LinkedHashSet<>();
        s.stream().filter(SourceCodeAnalysis.Suggestion::matchesType).forEach(x -> options.add(x.continuation()));
        s.forEach(x -> options.add(x.continuation()));
        return new ReplacementOptions(new ArrayList<>(options), offset + anchor[0], at);
    }

    /** The snippet of a cell that holds {@code at}, and the cursor within it. */
    private record Located(String text, int cursor, int offset) {
    }

    private Located locate(String code, int at) {
        at = Math.max(0, Math.min(at, code.length()));
        List<Session.Piece> pieces = session.split(code.substring(0, at));
        int start = pieces.isEmpty() ? at : pieces.get(pieces.size() - 1).start();
        // Past a finished snippet (cursor after its ';'), the snippet at the cursor starts there.
        if (!pieces.isEmpty()) {
            Session.Piece last = pieces.get(pieces.size() - 1);
            String tail = code.substring(start, at).stripTrailing();
            if (last.completeness() == Completeness.COMPLETE && (tail.endsWith(";") || tail.endsWith("}"))) {
                start = at;
            }
        }
        return new Located(code.substring(start), at - start, start);
    }

    @Override
    public String isComplete(String code) {
        if (code.isBlank()) {
            return IS_COMPLETE_YES;
        }
        if (code.stripLeading().startsWith("%")) {
            return IS_COMPLETE_YES;
        }
        SourceCodeAnalysis sca = session.analysis();
        String rest = code;
        while (true) {
            CompletionInfo ci = sca.analyzeCompletion(rest);
            Completeness c = ci.completeness();
            if (c == Completeness.EMPTY) {
                return IS_COMPLETE_YES;
            }
            if (c == Completeness.DEFINITELY_INCOMPLETE || c == Completeness.CONSIDERED_INCOMPLETE) {
                return indentAfter(code);
            }
            if (c == Completeness.UNKNOWN) {
                return IS_COMPLETE_BAD;
            }
            if (ci.remaining() == null || ci.remaining().isBlank()) {
                return IS_COMPLETE_YES;
            }
            rest = ci.remaining();
        }
    }

    /** The indent for the next line of an unfinished cell: the last line's, one level deeper after an opener. */
    static String indentAfter(String code) {
        String[] lines = code.split("\n", -1);
        String last = lines[lines.length - 1];
        for (int i = lines.length - 1; i >= 0 && last.isBlank(); i--) {
            last = lines[i];
        }
        int n = 0;
        while (n < last.length() && (last.charAt(n) == ' ' || last.charAt(n) == '\t')) {
            n++;
        }
        String indent = last.substring(0, n);
        String t = last.strip();
        if (t.endsWith("{") || t.endsWith("(") || t.endsWith("[") || t.endsWith("->")) {
            indent += "    ";
        }
        return indent;
    }

    @Override
    protected void handleKernelInfoRequest(ShellReplyEnvironment env,
            Message<org.dflib.jjava.jupyter.messages.request.KernelInfoRequest> message) {
        Session.trace("kernel_info");
        env.setBusyDeferIdle();
        env.reply(new InfoReply(getLanguageInfo(), getBanner()));
        session.startIfIdle();
    }

    /** jjava's kernel_info_reply lacks the "status" the protocol requires. */
    static final class InfoReply extends org.dflib.jjava.jupyter.messages.reply.KernelInfoReply {
        @SuppressWarnings("unused") // serialised by Gson
        private final String status = "ok";

        InfoReply(LanguageInfo info, String banner) {
            super(org.dflib.jjava.jupyter.messages.Header.PROTOCOL_VERISON, "lede", version(), info, banner, List.of());
        }
    }

    private void replyHistory(ShellReplyEnvironment env, Message<HistoryRequest> message) {
        env.setBusyDeferIdle();
        HistoryRequest r = message.getContent();
        List<HistoryEntry> entries = switch (r.getAccessType()) {
            case TAIL -> history.tail(((HistoryRequest.Tail) r).getMaxReturnLength());
            case RANGE -> history.range(((HistoryRequest.Range) r).getSessionIndex(),
                    ((HistoryRequest.Range) r).getStart(), ((HistoryRequest.Range) r).getStop());
            case SEARCH -> history.search(((HistoryRequest.Search) r).getPattern(),
                    ((HistoryRequest.Search) r).getMaxReturnLength(), ((HistoryRequest.Search) r).filterUnique());
        };
        env.reply(new History.Reply(History.shape(entries, r.includeOutput())));
    }

    /**
     * Starts ending the user JVM and returns at once, so that the shutdown_reply (which jjava sends
     * only after this returns) is not held back by it; {@link #close()} waits for the end.
     */
    @Override
    public void onShutdown(boolean isRestarting) {
        Session.trace("shutdown_request");
        super.onShutdown(isRestarting);
        closing();
    }

    private java.util.concurrent.CompletableFuture<Void> closing;

    private synchronized java.util.concurrent.CompletableFuture<Void> closing() {
        if (closing == null) {
            closing = Daemons.supply("lede-close", () -> {
                try {
                    session.close();
                } catch (RuntimeException e) {
                    System.err.println("lede: closing the user JVM: " + e);
                }
                return null;
            });
        }
        return closing;
    }

    /** Ends the user JVM (see {@link UserJvm.Control#close}) and waits until it has ended. */
    @Override
    public void close() {
        try {
            closing().get(CLOSE_WAIT_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            System.err.println("lede: closing the user JVM: " + e);
        }
    }

    /** An upper bound for {@link #close()}: the user JVM is killed after {@link UserJvm#EXIT_WAIT_MS}. */
    static final long CLOSE_WAIT_MS = 2_000;

    static String readFile(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + p.toAbsolutePath() + ": " + e.getMessage()
                    + "; check the path (relative paths start in " + Path.of("").toAbsolutePath() + ")", e);
        }
    }

    static String plural(long n, String word) {
        return String.format(Locale.ROOT, "%,d %s%s", n, word, n == 1 ? "" : "s");
    }

    static final EnumSet<Completeness> COMPLETE = EnumSet.of(Completeness.COMPLETE, Completeness.COMPLETE_WITH_SEMI);
}
