package dev.lede.corpus.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads text files as UTF-8, read-only: strips one leading BOM, normalises CRLF and lone CR to
 * LF, and reports invalid UTF-8 with its byte offset (strict) or replaces and counts it (lenient).
 */
public final class TextFiles {

    private TextFiles() {
    }

    /** A decoded file: its text (BOM stripped, line ends normalised) and how many characters were replaced. */
    public record Decoded(String text, int replaced, long firstReplacedByte) {
    }

    /** Reads and decodes {@code file}; {@code shown} is the name used in messages. */
    public static Decoded read(Path file, String shown, boolean lenient) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException("file '" + shown + "' not found (" + file.toAbsolutePath()
                    + "): check the name and folder", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read '" + shown + "' (" + file.toAbsolutePath() + "): "
                    + e.getMessage(), e);
        }
        return decode(bytes, shown, lenient);
    }

    /** Decodes UTF-8 bytes; see the class comment. */
    public static Decoded decode(byte[] bytes, String shown, boolean lenient) {
        int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        // Fast path (the JDK's vectorised decoder): it replaces invalid bytes with U+FFFD, so a
        // result without U+FFFD proves the bytes valid; otherwise decode again to find or count them.
        String fast = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) {
            return new Decoded(normaliseLineEnds(fast), 0, -1);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length - offset + 16);
        int replaced = 0;
        long firstReplaced = -1;
        while (true) {
            CoderResult r = decoder.decode(in, out, true);
            if (r.isError()) {
                int at = in.position();
                if (!lenient) {
                    throw new IllegalArgumentException("'" + shown + "' is not valid UTF-8: invalid byte"
                            + (r.length() > 1 ? "s" : "") + " at byte offset " + at + " (line "
                            + lineAt(bytes, at) + "): save the file as UTF-8, or load it with "
                            + "LoadOptions.builder().lenientUtf8(true) to replace invalid bytes with U+FFFD");
                }
                if (firstReplaced < 0) {
                    firstReplaced = at;
                }
                replaced++;
                out.put('\uFFFD');
                in.position(at + r.length());
                continue;
            }
            if (r.isOverflow()) {
                throw new IllegalStateException("decode buffer too small"); // cannot happen: chars <= bytes
            }
            if (!in.hasRemaining()) {
                CoderResult f = decoder.flush(out);
                if (f.isError() || f.isOverflow()) {
                    throw new IllegalStateException("UTF-8 flush failed");
                }
                break;
            }
        }
        out.flip();
        return new Decoded(normaliseLineEnds(out), replaced, firstReplaced);
    }

    /** 1-based line of a byte offset (counting LF and lone CR as line ends). */
    static long lineAt(byte[] bytes, int offset) {
        long line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
                line++;
            }
        }
        return line;
    }

    /** CRLF and lone CR become LF: offsets then do not depend on how the file was checked out. */
    public static String normaliseLineEnds(CharSequence s) {
        String str = s.toString();
        int n = str.length();
        int cr = str.indexOf('\r');
        if (cr < 0) {
            return str;
        }
        // copy the stretches between CRs in bulk (fast even before the JIT has compiled this)
        StringBuilder b = new StringBuilder(n);
        int from = 0;
        while (cr >= 0) {
            b.append(str, from, cr).append('\n');
            from = cr + 1 < n && str.charAt(cr + 1) == '\n' ? cr + 2 : cr + 1;
            cr = str.indexOf('\r', from);
        }
        return b.append(str, from, n).toString();
    }
}
