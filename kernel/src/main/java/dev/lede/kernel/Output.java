package dev.lede.kernel;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.lede.kernel.agent.Wire;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.channels.StdinChannel;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.messages.MessageContext;
import org.dflib.jjava.jupyter.messages.publish.PublishDisplayData;
import org.dflib.jjava.jupyter.messages.publish.PublishStream;
import org.dflib.jjava.jupyter.messages.publish.PublishUpdateDisplayData;

/**
 * Carries the user JVM's stdout and stderr to the current cell as Jupyter stream messages:
 * batched (one message per {@link #FLUSH_MS} instead of one per write), capped per cell at
 * {@link #limit} characters with a notice. Display messages come on a stream of their own
 * ({@link #display}, see {@link Wire}), in order with stdout, since both are read from one socket
 * by one thread.
 */
final class Output {

    static final long FLUSH_MS = 40;

    private final long limit;
    private final ScheduledExecutorService flusher = Daemons.scheduler("lede-output-flusher");
    private volatile Cell current;

    final PrintStream out = new PrintStream(new Sink(PublishStream.StreamType.OUT, false), true, StandardCharsets.UTF_8);
    final PrintStream err = new PrintStream(new Sink(PublishStream.StreamType.ERR, false), true, StandardCharsets.UTF_8);
    /**
     * Background threads' stdout and stderr (the user JVM's {@code bg-out}/{@code bg-err}, already
     * throttled there): shown in the same streams, on a budget of their own, so they can never use
     * up the cell's.
     */
    final OutputStream bgOut = new Sink(PublishStream.StreamType.OUT, true);
    final OutputStream bgErr = new Sink(PublishStream.StreamType.ERR, true);
    /** The user JVM's display stream ({@link Wire#DISPLAY_STREAM}). */
    final OutputStream display = new DisplaySink();

    Output(long limit) {
        this.limit = limit;
        flusher.scheduleWithFixedDelay(() -> {
            Cell c = current;
            if (c != null) {
                c.flush();
            }
        }, FLUSH_MS, FLUSH_MS, TimeUnit.MILLISECONDS);
    }

    /**
     * Sends what follows to this cell's reply environment; {@code allowStdin} as its execute
     * {@code request} says, in whose name input is asked on the stdin channel given to
     * {@link #useStdin} (so that an interrupt can end the wait), or without that channel through
     * jjava's reply environment.
     */
    Cell begin(ShellReplyEnvironment env, boolean allowStdin, MessageContext request) {
        Cell c = new Cell(env, allowStdin, request);
        current = c;
        return c;
    }

    private volatile StdinChannel stdinChannel;

    /** The connection's stdin channel, on which input is asked (see {@link StdinRequests}). */
    void useStdin(StdinChannel channel) {
        stdinChannel = channel;
    }

    /**
     * The current cell no longer waits for input: a wait under way ends, and so do later ones in
     * this cell. Returns whether a wait was under way: then the thread that waited makes JShell
     * stop the cell itself ({@link StdinRequests#GIVEN_UP}), and the caller must not stop it a
     * second time (a second stop can land in the agent's own code once the first has ended the
     * cell's).
     */
    boolean giveUpInput() {
        Cell c = current;
        if (c == null) {
            return false;
        }
        synchronized (c.inputLock) {
            c.inputGivenUp = true;
            return c.waiting;
        }
    }

    /** The user JVM's System.in: lines asked of the frontend (input_request) for the current cell. */
    final java.io.InputStream stdin = new Stdin();

    private final class Stdin extends java.io.InputStream {
        private byte[] line = new byte[0];
        private int next;

        /**
         * Called by JShell for each byte the user JVM reads, on the thread that also carries its
         * output. An IOException (no input allowed) reaches the cell's read as an IOException with
         * its message and leaves System.in open for later cells; an InterruptedIOException (the
         * cell was interrupted while it waited) makes JShell stop the cell
         * ({@link StdinRequests#GIVEN_UP}); -1 would end System.in for the rest of the session.
         */
        @Override
        public synchronized int read() throws java.io.IOException {
            if (next < line.length) {
                return line[next++] & 0xff;
            }
            Cell c = current;
            if (c == null) {
                throw new java.io.IOException("no cell is running to take input for");
            }
            String text = c.askLine();
            // a line typed comes without its line end (through jjava's getInput, with the system's)
            line = (text.endsWith("\n") ? text : text + "\n").getBytes(StandardCharsets.UTF_8);
            next = 0;
            return line[next++] & 0xff;
        }
    }

    long limit() {
        return limit;
    }

    /** One cell's output. */
    final class Cell {
        private final ShellReplyEnvironment env;
        private final StringBuilder outText = new StringBuilder();
        private final StringBuilder errText = new StringBuilder();
        private long written;
        private long dropped;
        private boolean noticed;
        private DisplayData result;

        private final boolean allowStdin;
        private final MessageContext request;
        private boolean toldNoStdin;
        private final Object inputLock = new Object();
        private volatile boolean inputGivenUp;
        /** Whether the cell is waiting for a line through {@link StdinRequests} (guarded by inputLock). */
        private boolean waiting;

        private Cell(ShellReplyEnvironment env, boolean allowStdin, MessageContext request) {
            this.env = env;
            this.allowStdin = allowStdin;
            this.request = request;
        }

        /**
         * A line typed in the frontend (input_request/input_reply, as ipykernel does), the prompt
         * being what the cell printed so far (flushed first).
         *
         * @throws java.io.InterruptedIOException when the cell is interrupted while it waits
         * @throws java.io.IOException            where the frontend allows no input (nbconvert,
         *                                        allow_stdin false), which the cell is also told once
         */
        String askLine() throws java.io.IOException {
            if (!allowStdin) {
                synchronized (this) {
                    if (!toldNoStdin) {
                        toldNoStdin = true;
                        addText(errText, "[Lede: this frontend does not allow input (allow_stdin is false), so System.in "
                                + "is at its end; run the notebook in Jupyter to type input.]\n");
                    }
                }
                throw new java.io.IOException("this frontend does not allow input (allow_stdin is false)");
            }
            flush();
            StdinChannel channel = stdinChannel;
            if (channel != null) {
                synchronized (inputLock) {
                    if (inputGivenUp) {
                        // interrupted before it asked: the kernel's own stop is on its way, so no
                        // second one (a plain IOException, which the reading code receives)
                        throw new java.io.IOException(StdinRequests.GIVEN_UP);
                    }
                    waiting = true;
                }
                String line = null;
                try {
                    line = StdinRequests.ask(channel, request, "", () -> inputGivenUp);
                } finally {
                    synchronized (inputLock) {
                        waiting = false;
                        if (inputGivenUp) {
                            // given up while waiting (even if the line came meanwhile): the
                            // kernel left the stop to JShell, which makes it on this exception
                            throw new java.io.InterruptedIOException(StdinRequests.GIVEN_UP);
                        }
                    }
                }
                return line;
            }
            try {
                return env.readFromStdIn("", false);
            } catch (RuntimeException e) {
                throw new java.io.IOException("no input: " + e.getMessage(), e);
            }
        }

        synchronized void append(PublishStream.StreamType type, CharSequence text) {
            append(type, text, false);
        }

        synchronized void append(PublishStream.StreamType type, CharSequence text, boolean background) {
            // Printed text is text, whatever bytes it holds: displays come on their own stream.
            StringBuilder b = type == PublishStream.StreamType.OUT ? outText : errText;
            if (!background) {
                addText(b, text);
                return;
            }
            long room = limit - bgWritten;
            int keep = (int) Math.max(0, Math.min(room, text.length()));
            b.append(text, 0, keep);
            bgWritten += keep;
            if (keep < text.length()) {
                bgDropped += text.length() - keep;
                if (!bgNoticed) {
                    bgNoticed = true;
                    errText.append(String.format(Locale.ROOT, "%n[Lede: background threads' output during this cell reached "
                            + "its own limit of %,d characters; the rest is discarded.]%n", limit));
                }
            }
        }

        private long bgWritten;
        private long bgDropped;
        private boolean bgNoticed;

        /**
         * One display message from the user JVM's display stream (a line of {@link Wire}). Progress
         * displays of long work go only to frontends that take input (Jupyter, JupyterLab, VS Code):
         * a client that sets {@code allow_stdin} false runs without a person watching (nbconvert,
         * nbclient, papermill), and what it records must be the same on every rerun.
         */
        synchronized void display(String line) {
            flush();
            try {
                JsonObject o = Wire.decode(line);
                if (!allowStdin && o.has("progress") && o.get("progress").getAsBoolean()) {
                    return;
                }
                DisplayData d = toDisplayData(o.getAsJsonObject("data"));
                if (o.has("result") && o.get("result").getAsBoolean()) {
                    result = d;
                    return;
                }
                if (o.has("display_id")) {
                    d.setDisplayId(o.get("display_id").getAsString());
                }
                boolean update = o.has("update") && o.get("update").getAsBoolean();
                if (update) {
                    env.publish(new PublishUpdateDisplayData(d));
                } else {
                    env.publish(new PublishDisplayData(d));
                }
            } catch (RuntimeException e) {
                addText(errText, "[Lede: could not show a display message: " + e + "]\n");
            }
        }

        private void addText(StringBuilder b, CharSequence text) {
            if (text.length() == 0) {
                return;
            }
            long room = limit - written;
            if (room >= text.length()) {
                b.append(text);
                written += text.length();
                return;
            }
            if (room > 0) {
                b.append(text, 0, (int) room);
                written += room;
            }
            dropped += text.length() - Math.max(room, 0);
            if (!noticed) {
                noticed = true;
                errText.append(String.format(Locale.ROOT,
                        "%n[Lede: this cell's output reached the limit of %,d characters; the rest is discarded. "
                                + "Write large results to a file instead.]%n", limit));
            }
        }

        synchronized void flush() {
            if (outText.length() > 0) {
                env.publish(new PublishStream(PublishStream.StreamType.OUT, outText.toString()));
                outText.setLength(0);
            }
            if (errText.length() > 0) {
                env.publish(new PublishStream(PublishStream.StreamType.ERR, errText.toString()));
                errText.setLength(0);
            }
        }

        /** The rich result the user JVM sent for this cell's value, if any. */
        synchronized DisplayData result() {
            return result;
        }

        /** Flushes and reports how much was dropped. */
        synchronized void finish() {
            if (dropped > 0) {
                errText.append(String.format(Locale.ROOT, "[Lede: %,d characters of output were discarded.]%n", dropped));
            }
            if (bgDropped > 0) {
                errText.append(String.format(Locale.ROOT, "[Lede: %,d characters of background threads' output were discarded.]%n",
                        bgDropped));
            }
            flush();
        }
    }

    static DisplayData toDisplayData(JsonObject data) {
        DisplayData d = new DisplayData();
        for (Map.Entry<String, JsonElement> e : data.entrySet()) {
            d.putData(e.getKey(), e.getValue().getAsString());
        }
        return d;
    }

    /** Decodes UTF-8 from JShell's forwarding thread, keeping split multi-byte characters whole. */
    private final class Sink extends OutputStream {
        private final PublishStream.StreamType type;
        private final boolean background;
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        private final ByteBuffer pending = ByteBuffer.allocate(8);

        Sink(PublishStream.StreamType type, boolean background) {
            this.type = type;
            this.background = background;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            ByteBuffer in;
            if (pending.position() > 0) {
                in = ByteBuffer.allocate(pending.position() + len);
                pending.flip();
                in.put(pending);
                pending.clear();
                in.put(b, off, len);
                in.flip();
            } else {
                in = ByteBuffer.wrap(b, off, len);
            }
            CharBuffer chars = CharBuffer.allocate(len + 8);
            decoder.decode(in, chars, false);
            if (in.hasRemaining() && in.remaining() <= pending.capacity()) {
                pending.put(in);
            }
            chars.flip();
            deliver(chars);
        }

        private void deliver(CharSequence text) {
            Cell c = current;
            if (c != null && text.length() > 0) {
                c.append(type, text, background);
            }
        }
    }

    /** The longest display message taken (bytes of its base64 line); a longer one is dropped with a notice. */
    static final int MAX_DISPLAY_BYTES = 64 << 20;

    /** Collects the display stream's lines (bounded by {@link #MAX_DISPLAY_BYTES}) and hands each to the current cell. */
    private final class DisplaySink extends OutputStream {
        private java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
        private boolean tooLong;

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            int end = off + len;
            while (off < end) {
                int nl = off;
                while (nl < end && b[nl] != '\n') {
                    nl++;
                }
                if (!tooLong) {
                    if (line.size() + (nl - off) > MAX_DISPLAY_BYTES) {
                        tooLong = true;
                        line.reset();
                    } else {
                        line.write(b, off, nl - off);
                    }
                }
                if (nl == end) {
                    return;
                }
                Cell c = current;
                if (tooLong) {
                    if (c != null) {
                        c.append(PublishStream.StreamType.ERR, String.format(Locale.ROOT,
                                "[Lede: a display larger than %,d bytes was not shown.]%n", MAX_DISPLAY_BYTES));
                    }
                } else if (c != null) {
                    c.display(line.toString(StandardCharsets.US_ASCII));
                }
                // Do not keep a large display's buffer for the rest of the session.
                line = line.size() > 1 << 20 ? new java.io.ByteArrayOutputStream() : line;
                line.reset();
                tooLong = false;
                off = nl + 1;
            }
        }
    }

    /** For callers that want to write kernel notices into the cell's stderr. */
    Consumer<String> notices() {
        return s -> {
            Cell c = current;
            if (c != null) {
                c.append(PublishStream.StreamType.ERR, s);
            }
        };
    }
}
