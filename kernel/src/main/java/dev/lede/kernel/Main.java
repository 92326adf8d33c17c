package dev.lede.kernel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;

/**
 * Entry point of the {@code lede} kernel: {@code java -jar lede-kernel.jar CONNECTION_FILE}.
 * Binds the five sockets exactly where the connection file says, answers kernel_info at once and
 * then starts JShell and the JVM for user code in the background.
 */
public final class Main {

    private Main() {
    }

    /**
     * Initialises, on the builder thread, what the connection needs next on the main thread: the
     * HMAC provider (JCA's provider lookup) and jjava's socket class (two Gson instances with
     * their adapters). The main thread meanwhile parses the connection file; a class being
     * initialised is waited for, never initialised twice.
     */
    private static void warmConnectionClasses() {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(new byte[] {1}, "HmacSHA256"));
            mac.doFinal(new byte[] {1});
            Class.forName("org.dflib.jjava.jupyter.channels.JupyterSocket", true, Main.class.getClassLoader());
        } catch (ReflectiveOperationException | java.security.GeneralSecurityException e) {
            // Only a head start: the connection reports any real problem itself.
        }
        Session.trace("warmed");
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: java -jar lede-kernel.jar CONNECTION_FILE  (Jupyter passes {connection_file})");
            System.exit(2);
        }
        Session.trace("main");
        Path file = Path.of(args[0]);
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("lede: cannot read the connection file " + file.toAbsolutePath() + ": " + e.getMessage());
            System.exit(2);
            return;
        }
        KernelConfig config = KernelConfig.fromEnvironment();
        // Building the kernel (jjava's handlers, renderers, magics) and the connection (Gson,
        // HMAC, ZeroMQ) each loads a few hundred classes: on two cores they overlap, which
        // brings the kernel_info reply forward by about the shorter of the two.
        CompletableFuture<LedeKernel> building = Daemons.supply("lede-build-kernel", () -> {
            warmConnectionClasses();
            return new LedeKernel(config);
        });
        KernelConnectionProperties props = KernelConnectionProperties.parse(json);
        GuardedConnection connection = new GuardedConnection(props);
        Session.trace("connection");
        LedeKernel kernel;
        try {
            kernel = building.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception x ? x : new IllegalStateException(e.getCause());
        }
        Session.trace("kernel");
        kernel.becomeHandlerForConnection(connection);
        // Bind the connection file's ports before anything else opens a socket: the user JVM's
        // debugger link takes an ephemeral port, which could be one the client chose for us.
        connection.connect();
        Session.trace("ports bound");
        kernel.portsBound();
        kernel.onStartup();
        // A kernel whose client died (killed notebook server, crashed test) must not linger.
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> {
            System.err.println("lede: the process that started the kernel has ended; shutting down");
            kernel.close();
            Runtime.getRuntime().halt(0);
        }));
        connection.guard();
        connection.waitUntilClose();
        kernel.close();
        // Non-daemon threads of JDI or ZeroMQ must not keep a shut-down kernel alive.
        System.exit(0);
    }
}
