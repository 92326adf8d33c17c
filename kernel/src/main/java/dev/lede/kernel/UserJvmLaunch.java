package dev.lede.kernel;

import com.sun.jdi.Bootstrap;
import com.sun.jdi.VirtualMachine;
import com.sun.jdi.connect.spi.ClosedConnectionException;
import com.sun.jdi.connect.spi.Connection;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Starts the user JVM and makes its two links to the kernel, so that no other local process can
 * take either place (issue 14, security 4). JShell's {@code JdiInitiator} listens on two loopback
 * ports and takes whichever process connects first: another process that connected first (during
 * the ~100 ms of a start) was taken for the user JVM, and the next cell stalled.
 * <ul>
 * <li>The debugger link (JDWP): the kernel listens on an ephemeral loopback port and launches the
 * JVM with {@code -agentlib:jdwp=...,server=n} to connect to it, as JDI's launching connector
 * does; a connection is taken only if its far end is a socket of the launched process (Linux:
 * {@code /proc/net/tcp*} and {@code /proc/PID/fd}); others are closed and the kernel keeps
 * listening. JDI then runs over that socket ({@link #createVirtualMachine}).
 * <li>The command channel: taken only from the launched process, checked the same way, and which
 * must then present a random secret that the kernel wrote to the user JVM's stdin, a pipe only
 * the kernel and that JVM hold (where {@code /proc} is missing, the secret alone decides).
 * </ul>
 */
final class UserJvmLaunch {

    /** How long a connection to the command port may take to present the secret. */
    static final int SECRET_WAIT_MS = 5_000;
    private static final byte[] HANDSHAKE = "JDWP-Handshake".getBytes(StandardCharsets.US_ASCII);

    final Process process;
    final VirtualMachine vm;
    final Socket command;

    private UserJvmLaunch(Process process, VirtualMachine vm, Socket command) {
        this.process = process;
        this.vm = vm;
        this.command = command;
    }

    /**
     * @param options the user JVM's options (class path included)
     * @param agent the agent's main class, which gets the command port as its argument
     * @param onVm called with the debugger link as soon as it is made: it must handle JDI's events
     *        (the JVM starts suspended, and the agent connects only once that handler resumes it)
     */
    static UserJvmLaunch start(List<String> options, String agent, int timeoutMs,
            java.util.function.Consumer<VirtualMachine> onVm) throws IOException {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        try (ServerSocket jdwp = new ServerSocket(0, 4, loopback);
                ServerSocket commands = new ServerSocket(0, 4, loopback)) {
            byte[] secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            String secretLine = HexFormat.of().formatHex(secret) + "\n";
            List<String> cmd = new ArrayList<>();
            cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            cmd.add("-agentlib:jdwp=transport=dt_socket,address=" + loopback.getHostAddress() + ":" + jdwp.getLocalPort()
                    + ",server=n,suspend=y");
            cmd.addAll(options);
            cmd.add(agent);
            cmd.add(Integer.toString(commands.getLocalPort()));
            // The JVM's own stdout/stderr carry only the JVM's messages (cells' output goes over the
            // command socket): the kernel's stderr, the Jupyter server log.
            Process p = new ProcessBuilder(cmd)
                    .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            try {
                OutputStream stdin = p.getOutputStream();
                stdin.write(secretLine.getBytes(StandardCharsets.US_ASCII));
                stdin.flush(); // kept open: its end tells the user JVM that the kernel has ended
                long deadline = System.currentTimeMillis() + timeoutMs;
                Socket debug = acceptFrom(jdwp, p, deadline);
                VirtualMachine vm = createVirtualMachine(debug, p);
                onVm.accept(vm);
                Socket command = acceptWithSecret(commands, secretLine, p, deadline);
                return new UserJvmLaunch(p, vm, command);
            } catch (IOException | RuntimeException e) {
                p.destroyForcibly();
                throw e;
            }
        }
    }

    /** The first connection whose far end belongs to {@code p}. */
    private static Socket acceptFrom(ServerSocket server, Process p, long deadline) throws IOException {
        while (true) {
            Socket s = accept(server, p, deadline);
            if (ownedBy(s, p.pid())) {
                return s;
            }
            System.err.println("lede: " + java.time.Instant.now() + " refused a connection to the user JVM's debugger port from "
                    + s.getRemoteSocketAddress() + " (not the user JVM)");
            s.close();
        }
    }

    /** The first connection that presents {@code secretLine}. */
    private static Socket acceptWithSecret(ServerSocket server, String secretLine, Process p, long deadline) throws IOException {
        byte[] expected = secretLine.getBytes(StandardCharsets.US_ASCII);
        while (true) {
            Socket s = accept(server, p, deadline);
            if (!ownedBy(s, p.pid())) {
                // Refused at once: reading a secret from a stranger would let it stall the start.
                System.err.println("lede: " + java.time.Instant.now() + " refused a connection to the user JVM's command port from "
                        + s.getRemoteSocketAddress() + " (not the user JVM)");
                s.close();
                continue;
            }
            s.setSoTimeout(SECRET_WAIT_MS);
            byte[] got;
            try {
                got = s.getInputStream().readNBytes(expected.length);
            } catch (IOException e) {
                got = new byte[0];
            }
            if (MessageDigest.isEqual(expected, got)) {
                s.setSoTimeout(0);
                return s;
            }
            System.err.println("lede: " + java.time.Instant.now() + " refused a connection to the user JVM's command port from "
                    + s.getRemoteSocketAddress() + " (no secret)");
            s.close();
        }
    }

    private static Socket accept(ServerSocket server, Process p, long deadline) throws IOException {
        while (true) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                throw new IOException("the user JVM did not connect within the start-up time-out");
            }
            if (!p.isAlive()) {
                throw new IOException("the user JVM ended at start with exit code " + p.exitValue()
                        + " (its message, if any, is in the Jupyter server log; check LEDE_REMOTE_OPTS and LEDE_HEAP)");
            }
            server.setSoTimeout((int) Math.min(left, 200));
            try {
                return server.accept();
            } catch (SocketTimeoutException e) {
                // check the process and the deadline again
            }
        }
    }

    /**
     * Whether the far end of {@code s} is a socket of process {@code pid}: the connection whose
     * local port is our peer's port, in {@code /proc/net/tcp} or {@code tcp6}, has a socket inode
     * that is one of the process's open files. Where there is no {@code /proc} (not Linux), true.
     */
    static boolean ownedBy(Socket s, long pid) {
        Path fds = Path.of("/proc", Long.toString(pid), "fd");
        if (!Files.isDirectory(Path.of("/proc/net"))) {
            return true;
        }
        String port = String.format(Locale.ROOT, "%04X", s.getPort());
        String ourPort = String.format(Locale.ROOT, "%04X", s.getLocalPort());
        List<String> inodes = new ArrayList<>();
        for (String table : new String[] {"/proc/net/tcp", "/proc/net/tcp6"}) {
            try {
                for (String line : Files.readAllLines(Path.of(table), StandardCharsets.US_ASCII)) {
                    String[] f = line.trim().split("\\s+");
                    // sl local_address rem_address st tx:rx tr:when retrnsmt uid timeout inode
                    if (f.length > 9 && f[1].endsWith(":" + port) && f[2].endsWith(":" + ourPort)) {
                        inodes.add("socket:[" + f[9] + "]");
                    }
                }
            } catch (IOException e) {
                // no such table (e.g. no IPv6)
            }
        }
        if (inodes.isEmpty()) {
            return false;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(fds)) {
            for (Path fd : ds) {
                try {
                    if (inodes.contains(Files.readSymbolicLink(fd).toString())) {
                        return true;
                    }
                } catch (IOException e) {
                    // closed meanwhile
                }
            }
        } catch (IOException e) {
            return false;
        }
        return false;
    }

    /** JDI over an accepted JDWP socket (what JDI's launching connector does with its own). */
    private static VirtualMachine createVirtualMachine(Socket s, Process p) throws IOException {
        s.setTcpNoDelay(true);
        s.setSoTimeout(SECRET_WAIT_MS);
        OutputStream out = s.getOutputStream();
        InputStream in = s.getInputStream();
        out.write(HANDSHAKE);
        out.flush();
        byte[] reply = in.readNBytes(HANDSHAKE.length);
        if (!java.util.Arrays.equals(HANDSHAKE, reply)) {
            s.close();
            throw new IOException("the user JVM's debugger link did not answer the JDWP handshake");
        }
        s.setSoTimeout(0);
        return Bootstrap.virtualMachineManager().createVirtualMachine(new JdwpConnection(s), p);
    }

    /** A JDWP connection over a socket: packets are length-prefixed (4 bytes, big-endian, counting themselves). */
    private static final class JdwpConnection extends Connection {
        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;
        private final Object readLock = new Object();
        private final Object writeLock = new Object();
        private volatile boolean open = true;

        JdwpConnection(Socket socket) throws IOException {
            this.socket = socket;
            this.in = socket.getInputStream();
            this.out = socket.getOutputStream();
        }

        @Override
        public byte[] readPacket() throws IOException {
            if (!open) {
                throw new ClosedConnectionException("the user JVM's debugger link is closed");
            }
            synchronized (readLock) {
                byte[] head;
                try {
                    head = in.readNBytes(4);
                } catch (IOException e) {
                    if (!open) {
                        throw new ClosedConnectionException("the user JVM's debugger link is closed");
                    }
                    throw e;
                }
                if (head.length == 0) {
                    return new byte[0]; // end of stream
                }
                if (head.length < 4) {
                    throw new IOException("JDWP: the stream ended inside a packet's length");
                }
                int len = ((head[0] & 0xff) << 24) | ((head[1] & 0xff) << 16) | ((head[2] & 0xff) << 8) | (head[3] & 0xff);
                if (len < 11) {
                    throw new IOException("JDWP: a packet of length " + len);
                }
                byte[] packet = new byte[len];
                System.arraycopy(head, 0, packet, 0, 4);
                int n = in.readNBytes(packet, 4, len - 4);
                if (n < len - 4) {
                    throw new IOException("JDWP: the stream ended inside a packet");
                }
                return packet;
            }
        }

        @Override
        public void writePacket(byte[] packet) throws IOException {
            if (!open) {
                throw new ClosedConnectionException("the user JVM's debugger link is closed");
            }
            if (packet.length < 11) {
                throw new IllegalArgumentException("JDWP: a packet of length " + packet.length);
            }
            synchronized (writeLock) {
                out.write(packet);
                out.flush();
            }
        }

        @Override
        public void close() throws IOException {
            open = false;
            socket.close();
        }

        @Override
        public boolean isOpen() {
            return open;
        }
    }
}
