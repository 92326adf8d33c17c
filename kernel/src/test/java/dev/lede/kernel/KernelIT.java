package dev.lede.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The installed kernel driven by the real jupyter_client ({@code lede_checks.py}): execute, table
 * and chart display, display updates, completion, inspection, is_complete, history, errors,
 * interrupt of a busy loop, System.exit, heap exhaustion, stack overflow, 50 MB of output,
 * a forged signature (also at launch, before the kernel is ready) and the bound sockets. One JUnit test per check.
 */
class KernelIT {

    /** The checks lede_checks.py must report; a check that silently disappears fails here. */
    private static final int CHECKS = 22;

    @TestFactory
    List<DynamicTest> kernelChecks() throws Exception {
        try (InstalledKernel k = new InstalledKernel()) {
            String py = k.pythonExe();
            InstalledKernel.Result r = k.run(List.of(py, "-u", "lede_checks.py", k.temp.resolve("kernel-stderr.log").toString()),
                    k.python, Map.of(), 240);
            List<DynamicTest> tests = new ArrayList<>();
            int reported = 0;
            for (String line : InstalledKernel.lines(r.output())) {
                if (line.startsWith("PASS ")) {
                    reported++;
                    tests.add(DynamicTest.dynamicTest(line.substring(5), () -> { }));
                } else if (line.startsWith("FAIL ")) {
                    reported++;
                    String name = line.substring(5, line.indexOf(':') > 0 ? line.indexOf(':') : line.length());
                    tests.add(DynamicTest.dynamicTest(name, () -> fail(line + "\n--- driver output ---\n" + r.output())));
                }
            }
            int count = reported;
            tests.add(DynamicTest.dynamicTest("all checks ran", () -> {
                assertEquals(CHECKS, count, "checks reported by lede_checks.py:\n" + r.output());
                assertEquals(0, r.exit(), r.output());
            }));
            assertTrue(!tests.isEmpty());
            return tests;
        }
    }
}
