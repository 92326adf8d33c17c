package dev.lede.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Runs a script with Debian's {@code /usr/bin/python3} (python3-sklearn, python3-scipy) for
 * cross-checks, and returns its standard output. Fails, never skips, when python is missing.
 */
public final class Python {

    public static final Path PYTHON = Path.of("/usr/bin/python3");

    private Python() {
    }

    public static String run(String script, String stdin) {
        if (!Files.isExecutable(PYTHON)) {
            throw new AssertionError(PYTHON + " not found: install python3-sklearn and python3-scipy"
                    + " (apt-get install python3-sklearn python3-scipy, or make test)");
        }
        try {
            Path in = Files.createTempFile("lede-py", ".txt");
            Files.writeString(in, stdin, StandardCharsets.UTF_8);
            ProcessBuilder pb = new ProcessBuilder(PYTHON.toString(), "-c", script)
                    .redirectInput(in.toFile());
            pb.environment().put("PYTHONIOENCODING", "utf-8");
            pb.environment().put("OMP_NUM_THREADS", "1");
            Process p = pb.start();
            byte[] err = new byte[0];
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            err = p.getErrorStream().readAllBytes();
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new AssertionError("python failed: " + new String(err, StandardCharsets.UTF_8));
            }
            Files.delete(in);
            return out;
        } catch (IOException e) {
            throw new AssertionError("could not run " + PYTHON + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** Whitespace-separated doubles of one output line. */
    public static double[] doubles(String line) {
        String t = line.strip();
        if (t.isEmpty()) {
            return new double[0];
        }
        String[] parts = t.split("\\s+");
        double[] d = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            d[i] = Double.parseDouble(parts[i]);
        }
        return d;
    }
}
