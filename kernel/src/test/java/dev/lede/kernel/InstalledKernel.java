package dev.lede.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * The kernel installed by {@code scripts/install-kernel.sh} into a temporary JUPYTER_DATA_DIR (never
 * the user's), and Debian's python3 with jupyter_client to drive it.
 */
final class InstalledKernel implements AutoCloseable {

    final Path root = Path.of(System.getProperty("lede.root", "..")).toAbsolutePath().normalize();
    final Path python = root.resolve("kernel/src/test/python");
    final Path temp;
    final Path dataDir;

    InstalledKernel() throws IOException, InterruptedException {
        temp = Files.createTempDirectory("lede-kernel-it");
        dataDir = temp.resolve("jupyter");
        Result r = run(List.of(root.resolve("scripts/install-kernel.sh").toString()), root, Map.of(), 120);
        assertEquals(0, r.exit(), "install-kernel.sh failed:\n" + r.output());
        assertTrue(Files.isRegularFile(dataDir.resolve("kernels/lede/kernel.json")), r.output());
        assertTrue(Files.isRegularFile(dataDir.resolve("kernels/lede/lede-kernel.jar")), r.output());
    }

    String pythonExe() throws IOException, InterruptedException {
        Result r = run(List.of(root.resolve("scripts/python.sh").toString()), root, Map.of(), 30);
        String py = r.output().strip();
        Result check = run(List.of(py, "-c", "import jupyter_client, jupyter_kernel_test, nbconvert, psutil"), root, Map.of(), 60);
        assertEquals(0, check.exit(), py + " lacks the Python modules the kernel tests need (run scripts/ensure-deps.sh test, "
                + "Debian: apt-get install python3-jupyter-client python3-jupyter-kernel-test python3-nbconvert python3-psutil):\n"
                + check.output());
        return py;
    }

    record Result(int exit, String output) {
    }

    Result run(List<String> command, Path dir, Map<String, String> env, long timeoutSeconds)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("JUPYTER_DATA_DIR", dataDir.toString());
        pb.environment().putAll(env);
        Path log = Files.createTempFile(temp, "run", ".log");
        pb.redirectOutput(log.toFile());
        Process p = pb.start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            return new Result(-1, "timed out after " + timeoutSeconds + " s running " + command + "\n"
                    + Files.readString(log, StandardCharsets.UTF_8));
        }
        return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    /**
     * Runs a driver in {@code src/test/python} that prints {@code PASS <name>} or
     * {@code FAIL <name>: <why>} per check against this kernel, and returns one JUnit test per
     * check plus {@code allRan}, which fails unless exactly {@code expected} checks reported and the
     * driver exited 0 (so a check that silently disappears fails).
     */
    List<DynamicTest> checks(String script, int expected, int timeoutSeconds, String allRan)
            throws IOException, InterruptedException {
        Result r = run(List.of(pythonExe(), "-u", script, temp.resolve("kernel-stderr.log").toString()), python,
                Map.of(), timeoutSeconds);
        List<DynamicTest> tests = new ArrayList<>();
        int reported = 0;
        for (String line : lines(r.output())) {
            if (line.startsWith("PASS ")) {
                reported++;
                tests.add(DynamicTest.dynamicTest(line.substring(5), () -> { }));
            } else if (line.startsWith("FAIL ")) {
                reported++;
                int colon = line.indexOf(": ", 5);
                String name = line.substring(5, colon > 0 ? colon : line.length());
                tests.add(DynamicTest.dynamicTest(name, () -> fail(line + "\n--- driver output ---\n" + r.output())));
            }
        }
        int count = reported;
        tests.add(DynamicTest.dynamicTest(allRan, () -> {
            assertEquals(expected, count, "checks reported by " + script + ":\n" + r.output());
            assertEquals(0, r.exit(), r.output());
        }));
        return tests;
    }

    static List<String> lines(String s) {
        return new ArrayList<>(s.lines().toList());
    }

    @Override
    public void close() throws IOException {
        try (Stream<Path> s = Files.walk(temp)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
