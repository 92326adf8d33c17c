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
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.messages.publish.PublishDisplayData;
import org.dflib.jjava.jupyter.messages.publish.PublishStream;
import org.dflib.jjava.jupyter.messages.publish.PublishUpdateDisplayData;

/**
 * Carries the user JVM's stdout and stderr to the current cell as Jupyter stream messages:
 * batched (one message per {@link #FLUSH_MS} instead of one per write), capped per cell at
 * {@link #limit} characters with a notice, and with display messages ({@link Wire#DISPLAY_PREFIX})
 * picked out of stdout in order.
 */
final class Output {

    static final long FLUSH_MS = 40;

    private final long limit;
    private final ScheduledExecutorService flusher = Daemons.scheduler("lede-output-flusher");
    private volatile Cell current;

    final PrintStream out = new PrintStream(new Sink(PublishStream.StreamType.OUT), true, StandardCharsets.UTF_8);
    final PrintStream err = new PrintStream(new Sink(PublishStream.StreamType.ERR), true, StandardCharsets.UTF_8);

    Output(long limit) {
        this.limit = limit;
        flusher.scheduleWithFixedDelay(() -> {
            Cell c = current;
            if (c != null) {
                c.flush();
            }
        }, FLUSH_MS, FLUSH_MS, TimeUnit.MILLISECONDS);
    }

    /** Sends what follows to this cell's reply environment. */
    Cell begin(ShellReplyEnvironment env) {
        Cell c = new Cell(env);
        current = c;
        return c;
    }

    long limit() {
        return limit;
    }

    /** One cell's output. */
    final class Cell {
        private final ShellReplyEnvironment env;
        private final StringBuilder outText = new StringBuilder();
        private final StringBuilder errText = new StringBuilder();
        private final StringBuilder marker = new StringBuilder();
        private boolean inMarker;
        private long written;
        private long dropped;
        private boolean noticed;
        private DisplayData result;

        private Cell(ShellReplyEnvironment env) {
            this.env = env;
        }

        synchronized void append(PublishStream.StreamType type, CharSequence text) {
            if (type == PublishStream.StreamType.OUT) {
                scanOut(text);
            } else {
                addText(errText, text);
            }
        }

        private void scanOut(CharSequence text) {
            int i = 0;
            while (i < text.length()) {
                if (inMarker) {
                    int nl = indexOf(text, '\n', i);
                    if (nl < 0) {
                        marker.append(text, i, text.length());
                        return;
                    }
                    marker.append(text, i, nl);
                    inMarker = false;
                    handleMarker(marker.toString());
                    marker.setLength(0);
                    i = nl + 1;
                } else {
                    int z = indexOf(text, '\u0000', i);
                    if (z < 0) {
                        addText(outText, text.subSequence(i, text.length()));
                        return;
                    }
                    addText(outText, text.subSequence(i, z));
                    inMarker = true;
                    i = z;
                }
            }
        }

        private void handleMarker(String line) {
            if (!line.startsWith(Wire.DISPLAY_PREFIX)) {
                addText(outText, line.replace('\u0000', '\uFFFD') + "\n");
                return;
            }
            flush();
            try {
                JsonObject o = Wire.decode(line.substring(Wire.DISPLAY_PREFIX.length()));
                DisplayData d = toDisplayData(o.getAsJsonObject("data"));
                if (o.has("display_id")) {
                    d.setDisplayId(o.get("display_id").getAsString());
                }
                if (d.hasDisplayId() && Wire.RESULT_ID.equals(d.getDisplayId())) {
                    result = Output.toDisplayData(o.getAsJsonObject("data"));
                    return;
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
            if (inMarker) {
                addText(outText, marker.toString().replace('\u0000', '\uFFFD'));
                marker.setLength(0);
                inMarker = false;
            }
            if (dropped > 0) {
                errText.append(String.format(Locale.ROOT, "[Lede: %,d characters of output were discarded.]%n", dropped));
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

    private static int indexOf(CharSequence s, char c, int from) {
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    /** Decodes UTF-8 from JShell's forwarding thread, keeping split multi-byte characters whole. */
    private final class Sink extends OutputStream {
        private final PublishStream.StreamType type;
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        private final ByteBuffer pending = ByteBuffer.allocate(8);

        Sink(PublishStream.StreamType type) {
            this.type = type;
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
                c.append(type, text);
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
