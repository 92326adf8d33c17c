package dev.lede;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Runs a script with Debian's /usr/bin/python3 for cross-checks; fails (never skips) when it is missing. */
final class Python {

    private static final Path PYTHON = Path.of("/usr/bin/python3");

    private Python() {
    }

    /** Runs {@code script} with {@code stdin}, asserts exit 0 and returns stdout. */
    static String run(String script, String stdin) {
        assertTrue(Files.isExecutable(PYTHON), "/usr/bin/python3 is missing: install python3, python3-scipy"
                + " and python3-numpy (make test installs them) to run this cross-check");
        try {
            ProcessBuilder pb = new ProcessBuilder(PYTHON.toString(), "-c", script);
            pb.environment().put("PYTHONIOENCODING", "utf-8");
            Process p = pb.start();
            try (OutputStream os = p.getOutputStream()) {
                os.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
            byte[] out = p.getInputStream().readAllBytes();
            byte[] err = p.getErrorStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("python timed out");
            }
            assertEquals(0, p.exitValue(), "python failed (is python3-scipy installed?): "
                    + new String(err, StandardCharsets.UTF_8));
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
