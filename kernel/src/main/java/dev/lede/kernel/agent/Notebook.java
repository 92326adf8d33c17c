package dev.lede.kernel.agent;

import dev.lede.display.Rendering;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Display functions for notebook cells, statically imported into every Lede session:
 * {@code display(x)} shows {@code x} now (rich when it can), and returns an id with which
 * {@code updateDisplay(id, y)} replaces that output in place (progress for long work).
 *
 * <pre>{@code
 * String id = display("starting");
 * for (int i = 1; i <= 3; i++) updateDisplay(id, "step " + i + " of 3");
 * }</pre>
 */
public final class Notebook {

    /** The stream the kernel reads (the JVM's original stdout, even if a cell replaces System.out). */
    static volatile PrintStream channel = System.out;
    private static final AtomicLong IDS = new AtomicLong();

    private Notebook() {
    }

    /** Shows {@code value} below the cell and returns its display id. */
    public static String display(Object value) {
        String id = String.format(Locale.ROOT, "lede-%d-%d", ProcessHandle.current().pid(), IDS.incrementAndGet());
        send(value, id, false);
        return id;
    }

    /** Shows {@code value} with the given display id, so later updates can replace it. */
    public static String display(Object value, String displayId) {
        send(value, Objects.requireNonNull(displayId, "displayId"), false);
        return displayId;
    }

    /** Replaces the output shown under {@code displayId} with {@code value}. */
    public static void updateDisplay(String displayId, Object value) {
        send(value, Objects.requireNonNull(displayId, "displayId"), true);
    }

    /** The rich form of a cell's value (see {@link LedeAgent}). */
    static void sendResult(java.util.Map<String, String> data) {
        write(Wire.encode(data, Wire.RESULT_ID, false));
    }

    private static void send(Object value, String id, boolean update) {
        write(Wire.encode(Rendering.bundle(value).asMap(), id, update));
    }

    private static void write(String payload) {
        PrintStream out = channel;
        synchronized (out) {
            out.print(Wire.DISPLAY_PREFIX + payload + "\n");
            out.flush();
        }
    }
}
