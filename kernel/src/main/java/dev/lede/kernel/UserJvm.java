package dev.lede.kernel;

import com.sun.jdi.BooleanValue;
import com.sun.jdi.Field;
import com.sun.jdi.ObjectReference;
import com.sun.jdi.ReferenceType;
import com.sun.jdi.StackFrame;
import com.sun.jdi.ThreadReference;
import com.sun.jdi.VMDisconnectedException;
import com.sun.jdi.VirtualMachine;
import dev.lede.kernel.agent.LedeAgent;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInput;
import java.io.ObjectOutput;
import java.io.OutputStream;
import java.net.Socket;
import java.util.List;
import java.util.Map;
import jdk.jshell.execution.JdiExecutionControl;
import jdk.jshell.execution.RemoteExecutionControl;
import jdk.jshell.execution.Util;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * JShell's JDI execution engine, assembled from JShell's public parts
 * ({@link JdiExecutionControl}, {@link Util}) and {@link UserJvmLaunch} (which starts the user JVM
 * and makes its debugger link and command channel so that no other process can take them), so that the command socket to
 * the user JVM can use TCP_NODELAY on the kernel's side too: JShell's own engine leaves Nagle's
 * algorithm on, and with delayed ACKs every trivial cell then costs tens of milliseconds of
 * waiting. Stopping works as in JShell: over JDI, the kernel throws the agent's stop exception
 * into the thread that runs user code, which ends even {@code while (true) {}}.
 */
final class UserJvm implements ExecutionControlProvider {

    private static final int LAUNCH_TIMEOUT_MS = 60_000;

    /** How long a user JVM told to close may take to exit before it is killed. */
    static final long EXIT_WAIT_MS = 100;

    /** Completed when the user JVM may open its debugger link (see {@link #UserJvm(CompletableFuture)}). */
    private final java.util.concurrent.CompletableFuture<Void> mayLaunch;

    /**
     * @param mayLaunch the launch waits for it: the kernel binds the connection file's ports first,
     *        since the debugger link takes an ephemeral port that could be one the client chose
     * @param display receives the user JVM's display stream, which only the agent writes to
     */
    UserJvm(java.util.concurrent.CompletableFuture<Void> mayLaunch, OutputStream display, OutputStream... background) {
        this.mayLaunch = mayLaunch;
        this.display = display;
        this.background = background;
    }

    /** Where background threads' stdout and stderr go (the agent's {@code bg-out}, {@code bg-err}). */
    private final OutputStream[] background;

    /** Where the user JVM's display stream goes ({@link dev.lede.kernel.agent.Wire#DISPLAY_STREAM}). */
    private final OutputStream display;

    @Override
    public String name() {
        return "lede";
    }

    /**
     * Launches the user JVM in the background and returns at once, so that JShell compiles the
     * default imports (warming javac) while that JVM starts; calls wait for it, except class path
     * additions, which are queued.
     */
    @Override
    public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
        return new Deferred(Daemons.supply("lede-user-jvm-launch", () -> {
            mayLaunch.join();
            return launch(env);
        }));
    }

    private ExecutionControl launch(ExecutionEnv env) throws IOException {
        UserJvmLaunch launched = UserJvmLaunch.start(env.extraRemoteVMOptions(), LedeAgent.class.getName(), LAUNCH_TIMEOUT_MS,
                v -> Util.detectJdiExitEvent(v, reason -> env.closeDown()));
        VirtualMachine vm = launched.vm;
        Process process = launched.process;
        Socket socket = launched.command;
        socket.setTcpNoDelay(true);
        Session.trace("user JVM connected");
        Map<String, OutputStream> outputs = Map.of("out", env.userOut(), "err", env.userErr(),
                dev.lede.kernel.agent.Wire.DISPLAY_STREAM, display, "bg-out", background[0], "bg-err", background[1]);
        Map<String, InputStream> input = Map.of("in", env.userIn());
        return Util.remoteInputOutput(socket.getInputStream(), socket.getOutputStream(), outputs, input,
                (in, out) -> new Control(out, in, vm, process, socket));
    }

    /** An execution control that becomes the launched one; see {@link #generate}. */
    static final class Deferred implements ExecutionControl {
        private final java.util.concurrent.CompletableFuture<ExecutionControl> launch;
        private final List<String> pendingClassPath = new java.util.ArrayList<>();
        private boolean flushed;

        Deferred(java.util.concurrent.CompletableFuture<ExecutionControl> launch) {
            this.launch = launch;
        }

        private ExecutionControl get() throws EngineTerminationException, InternalException {
            ExecutionControl c;
            try {
                c = launch.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InternalException("interrupted while the user JVM was starting");
            } catch (java.util.concurrent.ExecutionException e) {
                throw new EngineTerminationException("the user JVM did not start: " + e.getCause());
            }
            synchronized (this) {
                if (!flushed) {
                    flushed = true;
                    for (String p : pendingClassPath) {
                        c.addToClasspath(p);
                    }
                }
            }
            return c;
        }

        @Override
        public void load(ClassBytecodes[] cbcs) throws ClassInstallException, NotImplementedException, EngineTerminationException {
            try {
                long t = System.nanoTime();
                get().load(cbcs);
                Session.traceSince("load", t);
            } catch (InternalException e) {
                throw new EngineTerminationException(e.getMessage());
            }
        }

        @Override
        public void redefine(ClassBytecodes[] cbcs) throws ClassInstallException, NotImplementedException, EngineTerminationException {
            try {
                get().redefine(cbcs);
            } catch (InternalException e) {
                throw new EngineTerminationException(e.getMessage());
            }
        }

        @Override
        public String invoke(String className, String methodName) throws RunException, EngineTerminationException, InternalException {
            long t = System.nanoTime();
            ExecutionControl c = get();
            Session.traceSince("user JVM ready", t);
            t = System.nanoTime();
            try {
                return c.invoke(className, methodName);
            } finally {
                Session.traceSince("invoke", t);
            }
        }

        @Override
        public String varValue(String className, String varName) throws RunException, EngineTerminationException, InternalException {
            return get().varValue(className, varName);
        }

        @Override
        public void addToClasspath(String path) throws EngineTerminationException, InternalException {
            synchronized (this) {
                if (!flushed) {
                    pendingClassPath.add(path);
                    return;
                }
            }
            get().addToClasspath(path);
        }

        @Override
        public void stop() throws EngineTerminationException, InternalException {
            if (launch.isDone()) {
                get().stop();
            }
        }

        @Override
        public Object extensionCommand(String command, Object arg) throws RunException, EngineTerminationException, InternalException {
            return get().extensionCommand(command, arg);
        }

        @Override
        public void close() {
            launch.thenAccept(ExecutionControl::close);
        }
    }

    /** The kernel's end of the command channel, plus JDI for stop and for redefining classes. */
    static final class Control extends JdiExecutionControl {
        private final Object stopLock = new Object();
        private final Process process;
        private final Socket socket;
        private volatile VirtualMachine vm;
        private boolean userCodeRunning;

        Control(ObjectOutput out, ObjectInput in, VirtualMachine vm, Process process, Socket socket) {
            super(out, in);
            this.vm = vm;
            this.process = process;
            this.socket = socket;
        }

        @Override
        protected VirtualMachine vm() throws EngineTerminationException {
            VirtualMachine v = vm;
            if (v == null) {
                throw new EngineTerminationException("the user JVM has ended");
            }
            return v;
        }

        @Override
        public String invoke(String className, String methodName)
                throws RunException, EngineTerminationException, InternalException {
            synchronized (stopLock) {
                userCodeRunning = true;
            }
            try {
                return super.invoke(className, methodName);
            } finally {
                synchronized (stopLock) {
                    userCodeRunning = false;
                }
            }
        }

        /**
         * Stops the cell's code, if it is running: with the user JVM suspended, finds the thread
         * in the agent's {@code invoke} whose {@code inCell} is set, marks the stop as pending
         * (the agent holds the thread in the cell until it has caught it, see
         * {@code LedeAgent.clientCodeLeave}) and throws the agent's stop exception into it before
         * resuming. Never while that thread is initialising a class other than a cell's own
         * ({@code <clinit>} on its stack): a stop there would leave the class unusable for the rest
         * of the session (NoClassDefFoundError: Could not initialize class ...); the stop then
         * waits, retrying every {@link #CLINIT_RETRY_MS}, until the initialisation is over or
         * the cell has ended.
         */
        @Override
        public void stop() throws EngineTerminationException, InternalException {
            synchronized (stopLock) {
                while (userCodeRunning) {
                    if (tryStop()) {
                        return;
                    }
                    try {
                        stopLock.wait(CLINIT_RETRY_MS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }

        static final long CLINIT_RETRY_MS = 5;

        /** One attempt; false if the thread is initialising a class and the stop must wait. */
        private boolean tryStop() throws EngineTerminationException, InternalException {
            VirtualMachine v = vm();
            v.suspend();
            try {
                ReferenceType agentType = v.classesByName(LedeAgent.class.getName()).get(0);
                ReferenceType agentBase = v.classesByName(RemoteExecutionControl.class.getName()).get(0);
                Field inCell = agentType.fieldByName("inCell");
                Field stopPending = agentType.fieldByName("stopPending");
                Field stopException = agentBase.fieldByName("stopException");
                for (ThreadReference thread : v.allThreads()) {
                    List<StackFrame> frames = thread.frames();
                    ObjectReference agent = agentFrame(frames);
                    if (agent == null) {
                        continue;
                    }
                    if (!((BooleanValue) agent.getValue(inCell)).value()) {
                        return true; // between cells' code: nothing to stop
                    }
                    if (initialisingLibraryClass(frames)) {
                        return false;
                    }
                    agent.setValue(stopPending, v.mirrorOf(true));
                    thread.stop((ObjectReference) agent.getValue(stopException));
                    return true;
                }
                return true;
            } catch (VMDisconnectedException e) {
                throw new EngineTerminationException("the user JVM has ended");
            } catch (Exception e) {
                throw new InternalException("could not stop the cell: " + e);
            } finally {
                try {
                    v.resume();
                } catch (VMDisconnectedException ignored) {
                    // ended meanwhile
                }
            }
        }

        /** Whether a static initialiser of a class not defined by a cell (JShell's package REPL) is running. */
        private static boolean initialisingLibraryClass(List<StackFrame> frames) {
            for (StackFrame f : frames) {
                com.sun.jdi.Method m = f.location().method();
                if (m.isStaticInitializer() && !m.declaringType().name().startsWith("REPL.")) {
                    return true;
                }
            }
            return false;
        }

        /** The agent object of the frame that runs user code in a thread with these frames, or null. */
        private static ObjectReference agentFrame(List<StackFrame> frames) {
            for (StackFrame f : frames) {
                String type = f.location().declaringType().name();
                String method = f.location().method().name();
                if (type.equals(LedeAgent.class.getName()) && (method.equals("invoke") || method.equals("varValue"))) {
                    return f.thisObject();
                }
            }
            return null;
        }

        @Override
        public void close() {
            Session.trace("closing the user JVM");
            // The debugger link first: a JVM that exits with a debugger attached reports its
            // death over JDWP before it ends.
            VirtualMachine v = vm;
            vm = null;
            try {
                if (v != null) {
                    v.dispose();
                }
            } catch (VMDisconnectedException ignored) {
                // already gone
            }
            super.close();
            try {
                // Told to close, the agent calls System.exit (LedeAgent.close); a JVM not gone soon
                // after (a cell still running, a shutdown hook that hangs, or the exit itself slow
                // under JDWP) is killed.
                if (!process.waitFor(EXIT_WAIT_MS, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                    Session.trace("killing the user JVM");
                    process.destroyForcibly();
                    process.waitFor(EXIT_WAIT_MS, java.util.concurrent.TimeUnit.MILLISECONDS);
                }
                Session.trace("user JVM ended");
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }
}
