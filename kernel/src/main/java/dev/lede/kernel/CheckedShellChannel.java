package dev.lede.kernel;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.google.gson.reflect.TypeToken;
import java.lang.reflect.Field;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.channels.JupyterSocket;
import org.dflib.jjava.jupyter.channels.Loop;
import org.dflib.jjava.jupyter.channels.ShellChannel;
import org.dflib.jjava.jupyter.channels.ShellHandler;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.messages.Header;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.HMACGenerator;
import org.zeromq.ZMQ;

/**
 * jjava's shell/control channel with a reader that takes the wire protocol's framing and
 * signatures strictly (issue 14). jjava 1.0-a6 reads frames until {@code <IDS|MSG>} across
 * ZeroMQ message boundaries, so a one-frame message from a process without the key made the next
 * real request's reply go to that process, or got the next request rejected; it compares
 * signatures with {@code String.equals} and runs a replayed message again. Here:
 * <ul>
 * <li>exactly one ZeroMQ multipart message is read at a time; one without the delimiter or with
 * fewer than the five frames after it is dropped whole and logged;
 * <li>the signature is compared in constant time ({@link MessageDigest#isEqual});
 * <li>a signature seen before in this kernel (on any channel) is a replay: dropped and logged,
 * as jupyter_client's Session does (the last {@link Replays#REMEMBERED} signatures are kept);
 * <li>a message whose JSON cannot be read is dropped and logged.
 * </ul>
 * Handling a message is jjava's: the handler the connection has for its type, then the deferred
 * replies, then a shutdown if the handler asked for one.
 */
final class CheckedShellChannel extends ShellChannel {

    private static final byte[] DELIMITER = "<IDS|MSG>".getBytes(StandardCharsets.US_ASCII);
    private static final Type JSON_MAP = new TypeToken<Map<String, Object>>() { }.getType();

    private final boolean isControl;
    private final JupyterConnection connection;
    private final long sleep;
    private final Replays replays;
    private final String name;
    private volatile Loop loop;

    CheckedShellChannel(ZMQ.Context context, boolean isControl, JupyterConnection connection, long sleep, Replays replays) {
        super(context, HMACGenerator.NO_AUTH_INSTANCE, isControl, connection, sleep);
        this.isControl = isControl;
        this.connection = connection;
        this.sleep = sleep;
        this.replays = replays;
        this.name = isControl ? "control" : "shell";
    }

    /**
     * When and in which client session a request was sent, from its header's {@code date} and
     * {@code session} (jjava keeps dates only to the millisecond, and parses fractions of a second
     * loosely). For the last {@link #KEPT} requests; null fields if the header lacks them.
     */
    record Sent(String session, Instant date) {
        static final int KEPT = 256;
        private static final Map<String, Sent> BY_ID = new java.util.LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Sent> eldest) {
                return size() > KEPT;
            }
        };

        static void record(String msgId, byte[] header) {
            String session = null;
            Instant date = null;
            try {
                com.google.gson.JsonObject h = JsonParser.parseString(new String(header, StandardCharsets.UTF_8)).getAsJsonObject();
                if (h.has("session") && h.get("session").isJsonPrimitive()) {
                    session = h.get("session").getAsString();
                }
                if (h.has("date") && h.get("date").isJsonPrimitive()) {
                    date = java.time.OffsetDateTime.parse(h.get("date").getAsString()).toInstant();
                }
            } catch (RuntimeException e) {
                // no usable date or session: the request is just not compared
            }
            synchronized (BY_ID) {
                BY_ID.put(msgId, new Sent(session, date));
            }
        }

        /** What is known of request {@code msgId}, or null. */
        static Sent of(String msgId) {
            synchronized (BY_ID) {
                return BY_ID.get(msgId);
            }
        }

        /** Whether this request was sent, by the same client session, before {@code other}. */
        boolean sentBefore(Sent other) {
            return other != null && session != null && session.equals(other.session)
                    && date != null && other.date != null && date.isBefore(other.date);
        }
    }

    /** The signatures already seen, shared by the channels of one kernel. */
    static final class Replays {
        /** As many as jupyter_client's Session remembers (digest_history_size). */
        static final int REMEMBERED = 1 << 16;
        private final LinkedHashSet<String> seen = new LinkedHashSet<>();

        /** Records {@code signature}; false if it was seen before. */
        synchronized boolean firstTime(String signature) {
            if (!seen.add(signature)) {
                return false;
            }
            if (seen.size() > REMEMBERED) {
                Iterator<String> oldest = seen.iterator();
                oldest.next();
                oldest.remove();
            }
            return true;
        }
    }

    @Override
    public void bind(KernelConnectionProperties props) {
        if (loop != null) {
            throw new IllegalStateException("the " + name + " channel is bound already");
        }
        String ip = props.getIp();
        int port = isControl ? props.getControlPort() : props.getShellPort();
        bind(formatAddress(props.getTransport(), ip, port));
        ZMQ.Poller poller = ctx.poller(1);
        poller.register(this, ZMQ.Poller.POLLIN);
        Loop l = new Loop("Shell-" + port, sleep, () -> {
            if (poller.poll(0) > 0) {
                Message<?> message = readMessage();
                if (message != null) {
                    dispatch(message);
                }
            }
        });
        l.onError(t -> {
            System.err.println("lede: error on the " + name + " channel, continuing: " + t);
            return 0L;
        });
        l.onClose(() -> loop = null);
        loop = l;
        l.start();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void dispatch(Message<?> message) {
        ShellHandler handler = connection.getHandler(message.getHeader().getType());
        if (handler == null) {
            System.err.println("lede: no handler for " + message.getHeader().getType().getName() + " on the " + name + " channel");
            return;
        }
        ShellReplyEnvironment env = connection.prepareReplyEnv(this, message);
        try {
            handler.handle(env, message);
        } catch (Exception e) {
            System.err.println("lede: error handling " + message.getHeader().getType().getName() + ": " + e);
        } finally {
            env.resolveDeferrals();
        }
        if (env.isMarkedForShutdown()) {
            connection.close();
        }
    }

    /** Reads one ZeroMQ message; null if it was dropped (logged) or the channel is closed. */
    @Override
    public synchronized Message<?> readMessage() {
        if (closed) {
            return null;
        }
        List<byte[]> frames = new ArrayList<>();
        do {
            byte[] f = recv();
            if (f == null) {
                return null;
            }
            frames.add(f);
        } while (hasReceiveMore());
        int d = 0;
        while (d < frames.size() && !Arrays.equals(DELIMITER, frames.get(d))) {
            d++;
        }
        if (d == frames.size() || frames.size() < d + 6) {
            reject(d == frames.size() ? "malformed: " + frames.size() + " frame(s) without the <IDS|MSG> delimiter"
                    : "malformed: " + (frames.size() - d - 1) + " frame(s) after <IDS|MSG>, at least 5 needed");
            return null;
        }
        byte[] signature = frames.get(d + 1);
        byte[] header = frames.get(d + 2);
        byte[] parent = frames.get(d + 3);
        byte[] metadata = frames.get(d + 4);
        byte[] content = frames.get(d + 5);
        String expected = hmacGenerator.calculateSignature(header, parent, metadata, content);
        if (expected != null) {
            if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), signature)) {
                reject("wrong HMAC signature; not executed");
                return null;
            }
            if (!replays.firstTime(expected)) {
                reject("replayed: its signature was seen before; not executed");
                return null;
            }
        }
        try {
            Message<?> m = parse(new ArrayList<>(frames.subList(0, d)), header, parent, metadata, content,
                    new ArrayList<>(frames.subList(d + 6, frames.size())));
            Sent.record(m.getHeader().getId(), header);
            return m;
        } catch (RuntimeException e) {
            reject("unreadable: " + e);
            return null;
        }
    }

    private void reject(String why) {
        System.err.println("lede: " + Instant.now() + " rejected a message on the " + name + " channel: " + why);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Message<?> parse(List<byte[]> identities, byte[] headerRaw, byte[] parentRaw, byte[] metadataRaw,
            byte[] contentRaw, List<byte[]> blobs) {
        Gson gson = Jjava.GSON;
        Header<?> header = gson.fromJson(new String(headerRaw, StandardCharsets.UTF_8), Header.class);
        if (header == null || header.getType() == null) {
            throw new IllegalArgumentException("no msg_type in the header");
        }
        Header<?> parentHeader = null;
        JsonElement p = JsonParser.parseString(new String(parentRaw, StandardCharsets.UTF_8));
        if (p.isJsonObject() && !p.getAsJsonObject().isEmpty()) {
            parentHeader = gson.fromJson(p, Header.class);
        }
        Map<String, Object> metadata = gson.fromJson(new String(metadataRaw, StandardCharsets.UTF_8), JSON_MAP);
        Object content = gson.fromJson(new String(contentRaw, StandardCharsets.UTF_8), header.getType().getContentType());
        if (content instanceof org.dflib.jjava.jupyter.messages.reply.ErrorReply) {
            header = new Header(header.getId(), header.getUsername(), header.getSessionId(), header.getTimestamp(),
                    header.getType().error(), header.getVersion());
        }
        return new Message(identities, header, parentHeader, metadata, content, blobs);
    }

    /** jjava's own Gson for messages (its type adapters for headers, message types and replies). */
    private static final class Jjava {
        static final Gson GSON;

        static {
            try {
                Field f = JupyterSocket.class.getDeclaredField("gson");
                f.setAccessible(true);
                GSON = (Gson) f.get(null);
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }
    }

    @Override
    public void close() {
        Loop l = loop;
        if (l != null) {
            l.shutdown();
        }
        super.close();
    }

    @Override
    public void waitUntilClose() {
        Loop l = loop;
        if (l != null) {
            try {
                l.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
