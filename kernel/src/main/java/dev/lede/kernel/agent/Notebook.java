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

    /**
     * The display stream to the kernel ({@link Wire#DISPLAY_STREAM}), set by {@link LedeAgent} at
     * start; never stdout, so that printed text cannot pass for a display.
     */
    static volatile PrintStream channel;
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
        write(Wire.encode(data, null, false, true));
    }

    /** A progress display ({@link NotebookProgress}): shown, replaced, or (empty data) emptied at the end. */
    static void progress(java.util.Map<String, String> data, String id, boolean update) {
        write(Wire.encode(data, id, update, false, true));
    }

    private static void send(Object value, String id, boolean update) {
        write(Wire.encode(Rendering.bundle(value).asMap(), id, update, false));
    }

    private static void write(String payload) {
        PrintStream out = channel;
        if (out == null) {
            throw new IllegalStateException("display() works only in a Lede kernel's cells");
        }
        synchronized (out) {
            out.print(payload + "\n");
            out.flush();
        }
    }
}
