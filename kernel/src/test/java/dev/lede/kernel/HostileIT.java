package dev.lede.kernel;

import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Hostile cells, documents and clients against the installed kernel, driven by the real
 * jupyter_client ({@code hostile_checks.py}, issue 14): printed bytes never become displays,
 * replayed and malformed messages are dropped, the user JVM does not outlive its kernel and no other
 * process can take its links, bad settings get one-line errors, and interrupts stop only the cell they
 * were sent for and never leave a class half-initialised, 500 cells keep heap and cell time flat, and
 * {@code %maven} leaves one version per artifact across requests (Maven's resolver, a fixture repository).
 * One JUnit test per check.
 */
class HostileIT {

    /** The checks hostile_checks.py must report; a check that silently disappears fails here. */
    private static final int CHECKS = 18;

    @TestFactory
    List<DynamicTest> hostileChecks() throws Exception {
        try (InstalledKernel k = new InstalledKernel()) {
            return k.checks("hostile_checks.py", CHECKS, 300, "all hostile checks ran");
        }
    }
}
