package dev.lede.kernel.agent;

import dev.lede.display.MimeBundle;
import dev.lede.display.Rendering;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import jdk.jshell.execution.RemoteExecutionControl;
import jdk.jshell.execution.Util;

/**
 * The JShell agent in the user's JVM (launched by JShell over JDI with
 * {@code remoteAgent(dev.lede.kernel.agent.LedeAgent)}). It is JShell's own
 * {@link RemoteExecutionControl} with one change: the value of a cell's expression is rendered
 * here, where the object lives, sent to the kernel on the display stream ({@link Wire}) as a result message, and the value
 * string is marked with {@link Wire#RICH_PREFIX}. JDI's stop still finds the {@code invoke} frame declared
 * by this class (it looks frames up by the agent's class name), so interrupts keep working.
 */
public class LedeAgent extends RemoteExecutionControl {

    /** How often the user JVM checks that its kernel is alive. */
    static final long KERNEL_CHECK_MS = 100;

    public static void main(String[] args) throws Exception {
        // The kernel's first line on our stdin is the secret that opens the command channel
        // (UserJvmLaunch): only the kernel and this JVM hold that pipe.
        FileInputStream stdin = new FileInputStream(FileDescriptor.in);
        byte[] secret = firstLine(stdin);
        watchKernel(stdin);
        Socket socket = new Socket((String) null, Integer.parseInt(args[0]));
        socket.getOutputStream().write(secret);
        socket.getOutputStream().flush();
        // Each command is a few small writes; without this, Nagle's algorithm and delayed ACKs
        // hold back every round trip, several per cell.
        socket.setTcpNoDelay(true);
        InputStream in = socket.getInputStream();
        OutputStream out = socket.getOutputStream();
        Map<String, Consumer<OutputStream>> outputs = new HashMap<>();
        // A cell's own output and other threads' (throttled) go on separate streams (Background).
        Background userOut = new Background();
        Background userErr = new Background();
        outputs.put("out", st -> userOut.cell = st);
        outputs.put("bg-out", st -> userOut.background = st);
        outputs.put("err", st -> userErr.cell = st);
        outputs.put("bg-err", st -> userErr.background = st);
        System.setOut(new PrintStream(userOut, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(userErr, true, StandardCharsets.UTF_8));
        // Displays travel on a stream of their own, which printed text never reaches.
        outputs.put(Wire.DISPLAY_STREAM, st -> Notebook.channel = new PrintStream(st, true, StandardCharsets.UTF_8));
        // Long work in the library (dev.lede.progress) shows its progress as a display of this cell.
        if (dev.lede.progress.Progress.enabled()) {
            dev.lede.progress.Progress.listenWith(new NotebookProgress());
        }
        Map<String, Consumer<InputStream>> input = new HashMap<>();
        // JShell's pipe behind a reader that asks the kernel for input once per byte read (StdinPipe).
        input.put("in", pipe -> System.setIn(StdinPipe.wrap(pipe)));
        Util.forwardExecutionControlAndIO(new LedeAgent(), in, out, outputs, input);
        // The command channel broke (the kernel ended without closing): end, whatever threads
        // cells left running.
        System.exit(0);
    }

    /**
     * The kernel closes the session (shutdown, restart, or a JVM to be replaced): end this JVM.
     * JShell's command loop would go on reading after a close. Shutdown hooks that cells
     * registered run, as at any {@code System.exit}; the kernel kills a JVM that is not gone
     * {@code UserJvm.EXIT_WAIT_MS} after the close (docs/kernel-startup.md: in practice it is
     * killed).
     */
    @Override
    public void close() {
        try {
            super.close();
        } finally {
            System.exit(0);
        }
    }

    /**
     * Ends this JVM as soon as its kernel has ended. The kernel launched it (JDI's launching
     * connector runs it as the kernel's child, its stdin a pipe from the kernel), and a kernel
     * killed with SIGKILL cannot close it: it would live on, reparented to init, a busy cell keeping
     * a core at 100%. The kernel's death closes that pipe, so a thread blocked reading the JVM's
     * own stdin (unused otherwise: cells read the {@code System.in} JShell forwards) wakes at
     * once; it then checks that the kernel is gone (a killed kernel may stay a zombie until its
     * own parent reaps it, but its children get another parent at once), and otherwise polls every
     * {@link #KERNEL_CHECK_MS}.
     */
    /** The first line of {@code in}, newline included, read byte by byte (nothing past it is consumed). */
    private static byte[] firstLine(InputStream in) throws IOException {
        java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0 && line.size() < 256) {
            line.write(b);
            if (b == '\n') {
                break;
            }
        }
        return line.toByteArray();
    }

    private static void watchKernel(InputStream stdin) {
        Optional<ProcessHandle> parent = ProcessHandle.current().parent();
        if (parent.isEmpty() || !parent.get().isAlive()) {
            Runtime.getRuntime().halt(1);
        }
        ProcessHandle kernel = parent.get();
        Thread t = new Thread(() -> {
            try (stdin) {
                byte[] ignored = new byte[256];
                while (stdin.read(ignored) >= 0) {
                    // nothing is sent here; only the end matters
                }
            } catch (IOException e) {
                // the pipe is gone: check the kernel below
            }
            while (kernel.isAlive() && ProcessHandle.current().parent().map(p -> p.pid() == kernel.pid()).orElse(false)) {
                try {
                    Thread.sleep(KERNEL_CHECK_MS);
                } catch (InterruptedException e) {
                    // keep watching: only the kernel's end stops this thread
                }
            }
            Runtime.getRuntime().halt(0);
        }, "lede-kernel-watch");
        t.setDaemon(true);
        t.start();
    }

    /**
     * True from entering a cell's code until leaving it ({@link #clientCodeEnter}, {@link #clientCodeLeave});
     * the kernel reads it over JDI, with this JVM suspended, before it sends a stop.
     */
    volatile boolean inCell;
    /**
     * Set by the kernel over JDI just before it sends a stop exception; cleared here once that
     * exception has been caught. Until then the thread may not leave the cell's command
     * ({@link #clientCodeLeave} waits): a stop that arrives as the cell's code returns lands there,
     * not in the command loop, which it would break (the user JVM was lost).
     */
    volatile boolean stopPending;

    /** How long {@link #clientCodeLeave} waits for a pending stop (steps of 1 ms). */
    private static final int STOP_WAIT_STEPS = 300;

    private static boolean isStop(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof ThreadDeath) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected void clientCodeEnter() {
        stopPending = false;
        inCell = true;
        Background.cellThread = Thread.currentThread();
        super.clientCodeEnter();
    }

    @Override
    protected void clientCodeLeave() throws InternalException {
        Background.cellThread = null;
        inCell = false;
        for (int i = 0; stopPending && i < STOP_WAIT_STEPS; i++) {
            try {
                Thread.sleep(1);
            } catch (ThreadDeath late) {
                // the stop sent as the cell's code returned: the cell counts as stopped, no harm done
                stopPending = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        // Not caught by now: it was thrown already and is on its way out (see invoke below).
        stopPending = false;
        super.clientCodeLeave();
    }

    @Override
    protected String throwConvertedInvocationException(Throwable cause) throws RunException, InternalException {
        if (isStop(cause)) {
            stopPending = false;
        }
        return super.throwConvertedInvocationException(cause);
    }

    @Override
    protected String throwConvertedOtherException(Throwable ex) throws RunException, InternalException {
        if (isStop(ex)) {
            stopPending = false;
        }
        return super.throwConvertedOtherException(ex);
    }

    /** A stop that got past the conversions above still ends only this cell, as a stop. */
    @Override
    public String invoke(String className, String methodName) throws RunException, InternalException, EngineTerminationException {
        try {
            return super.invoke(className, methodName);
        } catch (ThreadDeath stop) {
            stopPending = false;
            throw new StoppedException();
        }
    }

    @Override
    public String varValue(String className, String varName) throws RunException, EngineTerminationException, InternalException {
        try {
            return super.varValue(className, varName);
        } catch (ThreadDeath stop) {
            stopPending = false;
            throw new StoppedException();
        }
    }

    @Override
    protected String invoke(Method doitMethod) throws Exception {
        try {
            return present(doitMethod.invoke(null), doitMethod.getDeclaringClass());
        } finally {
            releaseTemporaries(doitMethod.getDeclaringClass());
        }
    }

    /**
     * A cell's expression value lives in a static {@code $N} field of its wrapper class, which
     * JShell keeps for the rest of the session: every table or chart a cell showed stayed in the
     * heap. Lede never shows those names (so no cell can refer to one) and the kernel drops them
     * from JShell once the cell is done; here their values are released as soon as they have been
     * rendered.
     */
    private static void releaseTemporaries(Class<?> wrapper) {
        if (isDeclaration(wrapper)) {
            return;
        }
        for (Field f : wrapper.getDeclaredFields()) {
            int m = f.getModifiers();
            if (Modifier.isStatic(m) && !Modifier.isFinal(m) && !f.getType().isPrimitive() && f.getName().matches("\\$\\d+")) {
                try {
                    f.setAccessible(true);
                    f.set(null, null);
                } catch (ReflectiveOperationException | RuntimeException ignored) {
                    // left as JShell made it
                }
            }
        }
    }

    private String present(Object value, Class<?> wrapper) {
        if (Rendering.isRich(value) && !isDeclaration(wrapper)) {
            try {
                Optional<MimeBundle> b = Rendering.rich(value);
                if (b.isPresent()) {
                    // JShell's command channel cuts long strings, so the bundle travels on the display
                    // stream (which arrives first, in order) and the value only says where to find it.
                    Notebook.sendResult(b.get().asMap());
                    return Wire.RICH_PREFIX + valueString(value);
                }
            } catch (RuntimeException | LinkageError e) {
                // A broken renderer must not lose the value: fall back to its text.
                return valueString(value) + "  [rich display failed: " + e + "]";
            }
        }
        return valueString(value);
    }

    /**
     * JShell wraps {@code Table t = ...;} in a class with a static field {@code t}, while a bare
     * expression gets a {@code $N} field or none: only expressions are cell results worth rendering.
     */
    private static boolean isDeclaration(Class<?> wrapper) {
        for (Field f : wrapper.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && !f.getName().startsWith("$")) {
                return true;
            }
        }
        return false;
    }
}
