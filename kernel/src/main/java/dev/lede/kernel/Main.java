package dev.lede.kernel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.messages.HMACGenerator;
import org.dflib.jjava.jupyter.messages.KernelTimestamp;

/**
 * Entry point of the {@code lede} kernel: {@code java -jar lede-kernel.jar CONNECTION_FILE}.
 * Binds the five sockets exactly where the connection file says, answers kernel_info at once and
 * then starts JShell and the JVM for user code in the background.
 */
public final class Main {

    private Main() {
    }

    /**
     * Builds, on the builder thread, the method handles of the string concatenations on the main
     * thread's way to the first reply (socket addresses, channel and thread names, the banner),
     * which the JVM spins at their first use of each shape. The result is not used.
     */
    private static String warmConcatenations(KernelConnectionProperties props) {
        String ip = props.getIp();
        int port = props.getShellPort();
        return (props.getTransport() + "://" + ip + ":" + port) + ("Shell-" + port) + ("Loop-" + ip)
                + (ip + " :: " + ip);
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: java -jar lede-kernel.jar CONNECTION_FILE  (Jupyter passes {connection_file})");
            System.exit(2);
        }
        Session.trace("main");
        // This thread builds the sockets and binds them, as early as it can: a client that
        // connects before then retries only 100-200 ms later (ZeroMQ's reconnect interval). A
        // second thread, started first, meanwhile makes the HMAC signer and builds the kernel
        // (jjava's handlers, renderers, magics); on two cores the two overlap. The sockets read
        // nothing until they have the signer, and a request waits in getHandler until the
        // kernel exists.
        CompletableFuture<KernelConnectionProperties> parsed = new CompletableFuture<>();
        CompletableFuture<HMACGenerator> signer = new CompletableFuture<>();
        CompletableFuture<LedeKernel> building = Daemons.supply("lede-build-kernel", () -> {
            try {
                // JCA's providers, which ZeroMQ's ROUTER sockets on the main thread need first
                // (for their SecureRandom), then the signer's HmacSHA256: both slow at first use.
                new java.security.SecureRandom().nextInt();
                signer.complete(parsed.get().createHMACGenerator());
                warmConcatenations(parsed.get());
            } catch (Throwable e) {
                // The main thread waits for the signer while it holds the sockets' locks.
                signer.completeExceptionally(e);
            }
            Session.trace("signer");
            // Every message header carries a timestamp, formatted with a SimpleDateFormat whose
            // first use loads the default locale's data and the time-zone database:
            // done here, it is off the main thread's way from binding to the first message.
            KernelTimestamp.now().getDateString();
            Session.trace("timestamp");
            return new LedeKernel(KernelConfig.fromEnvironment());
        });
        Path file = Path.of(args[0]);
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("lede: cannot read the connection file " + file.toAbsolutePath() + ": " + e.getMessage());
            System.exit(2);
            return;
        }
        KernelConnectionProperties props;
        try {
            props = ConnectionFile.parse(json);
        } catch (IllegalArgumentException e) {
            System.err.println("lede: cannot use the connection file " + file.toAbsolutePath() + ": " + e.getMessage());
            System.exit(2);
            return;
        }
        parsed.complete(props);
        Session.trace("parsed");
        GuardedConnection connection = new GuardedConnection(props);
        Session.trace("connection");
        // Bind the connection file's ports before anything else opens a socket: the user JVM's
        // debugger link takes an ephemeral port, which could be one the client chose for us.
        try {
            connection.connect(signer::get);
        } catch (Exception e) {
            // Never go on with sockets that may lack their signer.
            Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            System.err.println("lede: cannot sign messages with the connection file's key (signature_scheme "
                    + props.getSignatureScheme() + "): " + cause);
            System.exit(2);
            return;
        }
        Session.trace("signed");
        LedeKernel kernel;
        try {
            kernel = building.get();
        } catch (ExecutionException e) {
            // The channels' threads would wait for handlers forever: end the process.
            if (e.getCause() instanceof KernelConfig.BadSetting bad) {
                System.err.println("lede: " + bad.getMessage());
                System.exit(2);
                return;
            }
            System.err.println("lede: the kernel could not be built:");
            e.getCause().printStackTrace();
            System.exit(1);
            return;
        }
        Session.trace("kernel");
        kernel.becomeHandlerForConnection(connection);
        connection.handlersInstalled();
        kernel.portsBound();
        kernel.onStartup();
        // A kernel whose client died (killed notebook server, crashed test) must not linger.
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> {
            System.err.println("lede: the process that started the kernel has ended; shutting down");
            kernel.close();
            Runtime.getRuntime().halt(0);
        }));
        connection.waitUntilClose();
        Session.trace("connection closed");
        kernel.close();
        Session.trace("exit");
        // Non-daemon threads of JDI or ZeroMQ must not keep a shut-down kernel alive.
        System.exit(0);
    }
}
