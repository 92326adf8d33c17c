package dev.lede.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Debian's jupyter_kernel_test conformance suite against the installed kernel (test_lede_conformance.py). */
class ConformanceIT {

    @Test
    void jupyterKernelTestSuitePasses() throws Exception {
        try (InstalledKernel k = new InstalledKernel()) {
            String py = k.pythonExe();
            List<String> suite = List.of(py, "-m", "unittest", "-v", "test_lede_conformance");
            InstalledKernel.Result r = k.run(suite, k.python, Map.of(), 180);
            // The suite reads iopub with 0.1 s between messages; on two busy cores a message can
            // come later (seen once, with other builds running). Such a timing failure (and only
            // that: queue.Empty, no assertion failed) gets one more run; it is printed either way.
            if (r.exit() != 0 && r.output().contains("_queue.Empty") && !r.output().contains("AssertionError")) {
                System.err.println("ConformanceIT: timing failure, running the suite once more:\n" + r.output());
                r = k.run(suite, k.python, Map.of(), 180);
            }
            assertEquals(0, r.exit(), r.output());
            assertTrue(r.output().contains("Ran 12 tests"), r.output());
            assertTrue(r.output().lines().anyMatch(l -> l.equals("OK (skipped=2)")),
                    "only the pager and clear_output tests (no samples) may skip:\n" + r.output());
        }
    }
}
