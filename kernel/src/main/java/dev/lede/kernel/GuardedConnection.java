package dev.lede.kernel;

import java.lang.reflect.Field;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.channels.Loop;
import org.dflib.jjava.jupyter.channels.ShellChannel;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;

/**
 * jjava's connection, hardened: jjava 1.0-a6 rejects a message with a wrong HMAC signature by
 * throwing from the channel's read loop, which ends the loop and leaves the kernel deaf. Here the
 * loops of the shell and control channels get an error handler that logs the rejection to
 * stderr (the Jupyter server's log) and keeps serving. The rejected message is never handled.
 */
final class GuardedConnection extends JupyterConnection {

    GuardedConnection(KernelConnectionProperties props) throws NoSuchAlgorithmException, InvalidKeyException {
        super(props);
        // jjava's shell loop polls without blocking and then sleeps 50 ms, which puts up to 50 ms
        // on every request; a 2 ms pause keeps requests fast at negligible idle cost.
        pollEvery(shell, 2);
        pollEvery(control, 5);
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

    /** Installs the handlers; call right after {@link #connect()}. */
    void guard() {
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
