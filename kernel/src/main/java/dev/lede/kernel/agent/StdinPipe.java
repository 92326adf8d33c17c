package dev.lede.kernel.agent;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;

/**
 * The user JVM's {@code System.in}: JShell's input pipe, asked for input exactly once per byte the
 * cell reads.
 * <p>
 * JShell (jdk.jshell's {@code Util}, JDK 17) sends each byte the kernel gives as two bytes, a tag and
 * the value, and its reader takes them with two reads of the pipe, each of which asks the kernel for
 * input when the pipe is empty. When the reader wakes between the tag and the value (the pipe is fed
 * byte by byte), the second read asks again although the value is on its way: the kernel then reads a
 * byte the cell never asked for, and once the typed line is used up that is an {@code input_request}
 * to the frontend that no cell reads, which blocks the kernel's output until someone answers it (a
 * {@code Scanner} reading two lines was seen to ask for a third; HostileIT "stdin 12" hung).
 * <p>
 * This stream asks once when the pipe is empty, waits (on the pipe's own lock, which its writer
 * notifies) until a whole tagged frame is in it, and only then lets JShell's reader take it, so that
 * reader never finds the pipe empty. It needs {@code jdk.jshell/jdk.jshell.execution} opened to it
 * (the kernel starts the user JVM so); where that is not so, or on a JDK whose reader does not ask
 * twice, JShell's pipe is used as it is.
 */
final class StdinPipe extends InputStream {

    // JShell's tags (jdk.jshell.execution.Util): a byte follows; end of input (1); a message follows.
    private static final int TAG_DATA = 0;
    private static final int TAG_EXCEPTION = 2;

    private final InputStream pipe;
    private final Field buffer;
    private final Field start;
    private final Field end;
    private final Field closed;
    private final Method inputNeeded;

    private StdinPipe(InputStream pipe, Field buffer, Field start, Field end, Field closed, Method inputNeeded) {
        this.pipe = pipe;
        this.closed = closed;
        this.buffer = buffer;
        this.start = start;
        this.end = end;
        this.inputNeeded = inputNeeded;
    }

    /** {@code pipe} wrapped, or {@code pipe} itself where it cannot be or need not be. */
    static InputStream wrap(InputStream pipe) {
        try {
            Class<?> base = pipe.getClass().getSuperclass();
            if (!"jdk.jshell.execution.PipeInputStream".equals(base.getName())) {
                return pipe; // a JDK whose input pipe is laid out differently (and fixed: see class comment)
            }
            for (Field f : pipe.getClass().getDeclaredFields()) {
                if (f.getName().equals("inputNeeded")) {
                    return pipe; // a JDK whose reader asks only when a read really needs input
                }
            }
            Field buffer = base.getDeclaredField("buffer");
            Field start = base.getDeclaredField("start");
            Field end = base.getDeclaredField("end");
            Field closed = base.getDeclaredField("closed");
            closed.setAccessible(true);
            Method needed = base.getDeclaredMethod("inputNeeded");
            buffer.setAccessible(true);
            start.setAccessible(true);
            end.setAccessible(true);
            needed.setAccessible(true);
            return new StdinPipe(pipe, buffer, start, end, closed, needed);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return pipe; // not opened to us: JShell's pipe as it is
        }
    }

    @Override
    public int read() throws IOException {
        synchronized (pipe) {
            if (buffered() == 0) {
                if (isClosed()) {
                    return -1;
                }
                ask();
            }
            awaitFrame();
            return pipe.read();
        }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        java.util.Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0) {
            return 0;
        }
        synchronized (pipe) {
            int c = read();
            if (c < 0) {
                return -1;
            }
            b[off] = (byte) c;
            int n = 1;
            // More only as far as whole byte frames are already here: never ask for more input.
            while (n < len && buffered() >= 2 && peek(0) == TAG_DATA) {
                b[off + n++] = (byte) pipe.read();
            }
            return n;
        }
    }

    @Override
    public int available() {
        synchronized (pipe) {
            return buffered() >= 2 && peek(0) == TAG_DATA ? buffered() / 2 : 0;
        }
    }

    @Override
    public void close() throws IOException {
        pipe.close();
    }

    /** Waits until the frame at the pipe's head is complete. Holds the pipe's lock. */
    private void awaitFrame() throws IOException {
        while (buffered() < needed() && !isClosed()) {
            try {
                pipe.wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while waiting for input");
            }
        }
    }

    /** How many bytes the frame at the head needs (1 while its tag has not come). */
    private int needed() {
        int n = buffered();
        if (n == 0) {
            return 1;
        }
        int tag = peek(0);
        if (tag == TAG_DATA) {
            return 2;
        }
        if (tag != TAG_EXCEPTION) {
            return 1; // end of input (TAG_CLOSED), or a tag JShell's reader reports itself
        }
        if (n < 5) {
            return 5;
        }
        int len = peek(1) | peek(2) << 8 | peek(3) << 16 | peek(4) << 24;
        return 5 + Math.max(0, len);
    }

    private void ask() throws IOException {
        try {
            inputNeeded.invoke(pipe);
        } catch (java.lang.reflect.InvocationTargetException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException("could not ask the kernel for input", e.getCause());
        } catch (IllegalAccessException e) {
            throw new IOException("could not ask the kernel for input", e);
        }
    }

    private boolean isClosed() {
        try {
            return closed.getBoolean(pipe);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private int buffered() {
        try {
            int[] buf = (int[]) buffer.get(pipe);
            return Math.floorMod(end.getInt(pipe) - start.getInt(pipe), buf.length);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private int peek(int i) {
        try {
            int[] buf = (int[]) buffer.get(pipe);
            return buf[(start.getInt(pipe) + i) % buf.length];
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
