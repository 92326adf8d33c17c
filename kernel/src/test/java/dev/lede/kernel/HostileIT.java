package dev.lede.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Hostile cells, documents and clients against the installed kernel, driven by the real
 * jupyter_client ({@code hostile_checks.py}, issue 14): printed bytes never become displays,
 * replayed and malformed messages are dropped, the user JVM does not outlive its kernel and no other
 * process can take its links, bad settings get one-line errors, and interrupts stop only the cell they
 * were sent for and never leave a class half-initialised.
 * One JUnit test per check.
 */
class HostileIT {

    /** The checks hostile_checks.py must report; a check that silently disappears fails here. */
    private static final int CHECKS = 13;

    @TestFactory
    List<DynamicTest> hostileChecks() throws Exception {
        try (InstalledKernel k = new InstalledKernel()) {
            String py = k.pythonExe();
            InstalledKernel.Result r = k.run(List.of(py, "-u", "hostile_checks.py", k.temp.resolve("kernel-stderr.log").toString()),
                    k.python, Map.of(), 300);
            List<DynamicTest> tests = new ArrayList<>();
            int reported = 0;
            for (String line : InstalledKernel.lines(r.output())) {
                if (line.startsWith("PASS ")) {
                    reported++;
                    tests.add(DynamicTest.dynamicTest(line.substring(5), () -> { }));
                } else if (line.startsWith("FAIL ")) {
                    reported++;
                    String name = line.substring(5, line.indexOf(": ", 5) > 0 ? line.indexOf(": ", 5) : line.length());
                    tests.add(DynamicTest.dynamicTest(name, () -> fail(line + "\n--- driver output ---\n" + r.output())));
                }
            }
            int count = reported;
            tests.add(DynamicTest.dynamicTest("all hostile checks ran", () -> {
                assertEquals(CHECKS, count, "checks reported by hostile_checks.py:\n" + r.output());
                assertEquals(0, r.exit(), r.output());
            }));
            return tests;
        }
    }
}
