package dev.lede.kernel.agent;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The user JVM's System.out / System.err: what the thread running a cell writes goes to the cell's
 * stream, what any other thread writes (a background thread left running, a pool) to a background
 * stream of its own, throttled here to {@link #BYTES_PER_SECOND} (the excess is dropped and
 * counted): a thread printing in a tight loop can no longer flood the channel to the kernel, slow
 * every later cell or use up a cell's output budget (issue 14, resources 8).
 */
final class Background extends OutputStream {

    /** What background threads may write per second, on average (bursts up to {@link #BURST}). */
    static final long BYTES_PER_SECOND = 256 * 1024;
    static final long BURST = 64 * 1024;

    /** The thread running a cell's code, while it does ({@link LedeAgent#clientCodeEnter}). */
    static volatile Thread cellThread;

    volatile OutputStream cell;
    volatile OutputStream background;
    private long tokens = BURST;
    private long dropped;
    private long refilled = System.nanoTime();

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (Thread.currentThread() == cellThread) {
            cell.write(b, off, len);
            return;
        }
        // Never waits (the writer holds System.out's lock, which the cell's thread needs too):
        // what is over the rate is dropped and counted, and the count is said when room returns.
        long dropped;
        int n;
        synchronized (this) {
            long now = System.nanoTime();
            tokens = Math.min(BURST, tokens + (now - refilled) * BYTES_PER_SECOND / 1_000_000_000L);
            refilled = now;
            n = (int) Math.min(len, Math.max(tokens, 0));
            tokens -= n;
            dropped = this.dropped;
            if (n > 0) {
                this.dropped = 0;
            }
            this.dropped += len - n;
        }
        if (n > 0) {
            if (dropped > 0) {
                background.write(String.format(java.util.Locale.ROOT,
                        "%n[Lede: %,d bytes of background threads' output were dropped (over %,d bytes a second).]%n",
                        dropped, BYTES_PER_SECOND).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            background.write(b, off, n);
        }
    }

    @Override
    public void flush() throws IOException {
        OutputStream c = cell;
        if (c != null) {
            c.flush();
        }
        OutputStream g = background;
        if (g != null) {
            g.flush();
        }
    }
}
