package dev.lede.kernel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;

/**
 * Entry point of the {@code lede} kernel: {@code java -jar lede-kernel.jar CONNECTION_FILE}.
 * Binds the five sockets exactly where the connection file says, answers kernel_info at once and
 * starts the JVM for user code in the background.
 */
public final class Main {

    private Main() {
    }

    /**
     * Runs what a kernel start runs (a user JVM, the imports, a value, a table), for
     * scripts/install-kernel.sh to record class-data-sharing archives of both JVMs with
     * {@code -XX:ArchiveClassesAtExit}: later starts then map those classes instead of loading them.
     */
    static void train() {
        KernelConfig config = KernelConfig.fromEnvironment();
        Output output = new Output(config.outputLimit());
        try (Session s = new Session(config.classPath(), config.remoteOptions(), output.out, output.err)) {
            s.startAsync();
            for (String code : new String[] {"1 + 1", "Table.create(\"t\", IntColumn.create(\"n\", 1, 2))",
                    "Tokenizer.standard().tokenize(Corpus.of(Document.of(\"a\", \"b c\"))).frequencies().barChart(2)"}) {
                Session.Outcome o = s.eval(code, 0);
                if (o.error() != null) {
                    System.err.println("lede: training cell failed: " + o.error().value());
                }
            }
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 1 && args[0].equals("--train")) {
            train();
            return;
        }
        if (args.length != 1) {
            System.err.println("usage: java -jar lede-kernel.jar CONNECTION_FILE  (Jupyter passes {connection_file})");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("lede: cannot read the connection file " + file.toAbsolutePath() + ": " + e.getMessage());
            System.exit(2);
            return;
        }
        KernelConnectionProperties props = KernelConnectionProperties.parse(json);
        LedeKernel kernel = new LedeKernel(KernelConfig.fromEnvironment());
        GuardedConnection connection = new GuardedConnection(props);
        kernel.becomeHandlerForConnection(connection);
        kernel.onStartup();
        // A kernel whose client died (killed notebook server, crashed test) must not linger.
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> {
            System.err.println("lede: the process that started the kernel has ended; shutting down");
            kernel.close();
            Runtime.getRuntime().halt(0);
        }));
        connection.connect();
        connection.guard();
        connection.waitUntilClose();
        kernel.close();
        // Non-daemon threads of JDI or ZeroMQ must not keep a shut-down kernel alive.
        System.exit(0);
    }
}
