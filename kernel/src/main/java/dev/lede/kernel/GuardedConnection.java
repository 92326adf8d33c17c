package dev.lede.kernel;

import java.lang.reflect.Field;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.channels.StdinChannel;
import org.dflib.jjava.jupyter.channels.JupyterSocket;
import org.dflib.jjava.jupyter.channels.ShellChannel;
import org.dflib.jjava.jupyter.channels.ShellHandler;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.messages.HMACGenerator;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.MessageType;
import org.dflib.jjava.jupyter.messages.publish.PublishStatus;
import org.zeromq.ZMQ;

/**
 * jjava's connection, hardened and bound early.
 * <ul>
 * <li>The shell and control channels are {@link CheckedShellChannel}s: one ZeroMQ message is read
 * at a time, malformed ones are dropped whole, signatures are compared in constant time and a
 * replayed signature is rejected; every rejection is logged to stderr (the Jupyter server's log)
 * and the channel keeps serving. (jjava 1.0-a6's own reader throws from the read loop on a wrong
 * signature, and reads across message boundaries.)
 * <li>{@link #connect(Callable)} binds the ports first and only then waits for the HMAC signer,
 * which another thread builds meanwhile (JCA's first Mac is slow); until it is in place
 * the sockets neither read nor send. A client that connects in between finds the port open, and
 * its request waits in ZeroMQ's queue instead of for ZeroMQ's next reconnect attempt, 100–200 ms
 * later.
 * <li>A request that comes before the kernel has installed its handlers waits for them.
 * </ul>
 */
final class GuardedConnection extends JupyterConnection {

    private final KernelConnectionProperties props;
    private final CountDownLatch handlersInstalled = new CountDownLatch(1);

    /** The sockets neither sign nor check messages until {@link #connect(Callable)} gives them the signer. */
    GuardedConnection(KernelConnectionProperties props) throws NoSuchAlgorithmException, InvalidKeyException {
        super(unsigned(props));
        this.props = props;
        // jjava's shell loop polls without blocking and then sleeps 50 ms, which puts up to 50 ms
        // on every request; a 2 ms pause keeps requests fast at negligible idle cost.
        CheckedShellChannel.Replays replays = new CheckedShellChannel.Replays();
        replaceChannel("shell", new CheckedShellChannel(context(), false, this, 2, replays));
        replaceChannel("control", new CheckedShellChannel(context(), true, this, 5, replays));
    }

    /** The stdin socket, on which the kernel asks for input itself ({@link StdinRequests}). */
    StdinChannel stdinChannel() {
        return stdin;
    }

    private ZMQ.Context context() {
        try {
            Field f = JupyterConnection.class.getDeclaredField("ctx");
            f.setAccessible(true);
            return (ZMQ.Context) f.get(this);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot reach jjava's ZeroMQ context", e);
        }
    }

    /** Puts {@code channel} in place of jjava's own (not yet bound) one, which is closed. */
    private void replaceChannel(String field, ShellChannel channel) {
        try {
            Field f = JupyterConnection.class.getDeclaredField(field);
            f.setAccessible(true);
            ShellChannel old = (ShellChannel) f.get(this);
            f.set(this, channel);
            old.close();
        } catch (ReflectiveOperationException | RuntimeException e) {
            // Never serve with jjava's reader, which misreads malformed messages and runs replays.
            throw new IllegalStateException("cannot install the checked " + field + " channel", e);
        }
    }

    private static KernelConnectionProperties unsigned(KernelConnectionProperties p) {
        return new KernelConnectionProperties(p.getIp(), p.getControlPort(), p.getShellPort(), p.getStdinPort(),
                p.getHbPort(), p.getIopubPort(), p.getTransport(), p.getSignatureScheme(), null);
    }

    /** Not used: the sockets must get their signer, see {@link #connect(Callable)}. */
    @Override
    public void connect() {
        throw new UnsupportedOperationException("use connect(signer)");
    }

    /**
     * Binds the five sockets where the connection file says, then installs the signer that
     * {@code signer} builds on each of them, then announces
     * the kernel (status "starting").
     * jjava's sockets read and send only while holding their own lock, and this thread holds the
     * locks of the three that read (shell, control, stdin) from before binding until the signer
     * is in place: no message is read or sent unsigned.
     */
    void connect(Callable<HMACGenerator> signer) throws Exception {
        synchronized (shell) {
            synchronized (control) {
                synchronized (stdin) {
                    shell.bind(props);
                    control.bind(props);
                    stdin.bind(props);
                    heartbeat.bind(props);
                    iopub.bind(props);
                    Session.trace("ports bound");
                    sign(signer.call());
                }
            }
        }
        iopub.sendMessage(new Message<>(null, PublishStatus.MESSAGE_TYPE, PublishStatus.STARTING));
    }

    private void sign(HMACGenerator signer) {
        try {
            Field f = JupyterSocket.class.getDeclaredField("hmacGenerator");
            f.setAccessible(true);
            for (JupyterSocket socket : new JupyterSocket[] {heartbeat, shell, control, stdin, iopub}) {
                f.set(socket, signer);
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // Never serve unsigned: without its signer the kernel must not start.
            throw new IllegalStateException("cannot install the HMAC signer on jjava's sockets", e);
        }
    }

    /** The kernel has installed its handlers: requests are dispatched from now on. */
    void handlersInstalled() {
        handlersInstalled.countDown();
    }

    @Override
    public <T> ShellHandler<T> getHandler(MessageType<T> type) {
        // Called on the channels' loop threads only: waiting there holds back that channel's
        // messages, which ZeroMQ keeps queued, until the kernel exists.
        try {
            handlersInstalled.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return super.getHandler(type);
    }
}
