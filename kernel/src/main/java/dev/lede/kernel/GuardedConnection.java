package dev.lede.kernel;

import java.lang.reflect.Field;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.channels.JupyterSocket;
import org.dflib.jjava.jupyter.channels.Loop;
import org.dflib.jjava.jupyter.channels.ShellChannel;
import org.dflib.jjava.jupyter.channels.ShellHandler;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.messages.HMACGenerator;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.MessageType;
import org.dflib.jjava.jupyter.messages.publish.PublishStatus;

/**
 * jjava's connection, hardened and bound early.
 * <ul>
 * <li>jjava 1.0-a6 rejects a message with a wrong HMAC signature by throwing from the channel's
 * read loop, which ends the loop and leaves the kernel deaf. Here the loops of the shell and
 * control channels get an error handler that logs the rejection to stderr (the Jupyter server's
 * log) and keeps serving. The rejected message is never handled.
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
        pollEvery(shell, 2);
        pollEvery(control, 5);
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
     * {@code signer} builds on each of them and the read loops' error handlers, then announces
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
                    guard();
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

    private static void pollEvery(ShellChannel channel, long ms) {
        try {
            Field f = ShellChannel.class.getDeclaredField("sleep");
            f.setAccessible(true);
            f.setLong(channel, ms);
        } catch (ReflectiveOperationException | RuntimeException e) {
            System.err.println("lede: WARNING could not shorten the shell loop's pause: " + e);
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

    private void guard() {
        guard(shell, "shell");
        guard(control, "control");
    }

    private static void guard(ShellChannel channel, String name) {
        try {
            Field f = ShellChannel.class.getDeclaredField("ioloop");
            f.setAccessible(true);
            Loop loop = (Loop) f.get(channel);
            loop.onError(t -> {
                if (t instanceof SecurityException) {
                    System.err.println("lede: " + Instant.now() + " rejected a message on the " + name
                            + " channel: " + t.getMessage() + " (wrong HMAC signature; not executed)");
                } else {
                    System.err.println("lede: error on the " + name + " channel, continuing: " + t);
                }
                return 0L;
            });
        } catch (ReflectiveOperationException | RuntimeException e) {
            System.err.println("lede: WARNING could not guard the " + name + " channel against bad messages: " + e);
        }
    }
}
