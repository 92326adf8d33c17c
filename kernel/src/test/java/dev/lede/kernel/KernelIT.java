package dev.lede.kernel;

import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The installed kernel driven by the real jupyter_client ({@code lede_checks.py}): execute, table
 * and chart display, display updates, progress displays (and none without stdin), completion, inspection, is_complete, history, errors,
 * interrupt of a busy loop, System.exit, heap exhaustion, stack overflow, 50 MB of output,
 * a forged signature (also at launch, before the kernel is ready) and the bound sockets. One JUnit test per check.
 */
class KernelIT {

    /** The checks lede_checks.py must report; a check that silently disappears fails here. */
    private static final int CHECKS = 26;

    @TestFactory
    List<DynamicTest> kernelChecks() throws Exception {
        try (InstalledKernel k = new InstalledKernel()) {
            return k.checks("lede_checks.py", CHECKS, 240, "all checks ran");
        }
    }
}
