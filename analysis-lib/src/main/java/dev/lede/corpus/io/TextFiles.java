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
 * A file starting with a UTF-16 byte-order mark (FF FE or FE FF) is read as UTF-16 of that byte
 * order; UTF-32 (with its BOM) and UTF-16 without a BOM (recognised by NUL in every second byte of
 * its start) are refused with an error naming the encoding and how to convert the file, rather
 * than loaded as text full of NULs.
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

    /** Decodes UTF-8 (or UTF-16 with a BOM) bytes; see the class comment. */
    public static Decoded decode(byte[] bytes, String shown, boolean lenient) {
        if (bytes.length >= 2) {
            int b0 = bytes[0] & 0xFF;
            int b1 = bytes[1] & 0xFF;
            if (bytes.length >= 4 && (b0 == 0xFF && b1 == 0xFE && bytes[2] == 0 && bytes[3] == 0
                    || b0 == 0 && b1 == 0 && (bytes[2] & 0xFF) == 0xFE && (bytes[3] & 0xFF) == 0xFF)) {
                throw new IllegalArgumentException("'" + shown + "' is UTF-32 (it starts with a UTF-32 byte-order mark):"
                        + " Lede reads UTF-8 and UTF-16; convert it, e.g. iconv -f UTF-32 -t UTF-8 '" + shown + "'");
            }
            if (b0 == 0xFF && b1 == 0xFE || b0 == 0xFE && b1 == 0xFF) {
                return utf16(bytes, shown, lenient, b0 == 0xFF ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
            }
            String guess = utf16WithoutBom(bytes);
            if (guess != null) {
                throw new IllegalArgumentException("'" + shown + "' looks like " + guess + " without a byte-order mark"
                        + " (a NUL byte in every second position): save it as UTF-8, or as UTF-16 with a BOM, e.g. iconv -f "
                        + guess + " -t UTF-8 '" + shown + "'");
            }
        }
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

    private static Decoded utf16(byte[] bytes, String shown, boolean lenient, java.nio.charset.Charset cs) {
        CharsetDecoder decoder = cs.newDecoder()
                .onMalformedInput(lenient ? CodingErrorAction.REPLACE : CodingErrorAction.REPORT)
                .onUnmappableCharacter(lenient ? CodingErrorAction.REPLACE : CodingErrorAction.REPORT);
        try {
            String text = decoder.decode(ByteBuffer.wrap(bytes, 2, bytes.length - 2)).toString();
            int replaced = 0;
            long first = -1;
            if (lenient) {
                for (int i = 0; i < text.length(); i++) {
                    if (text.charAt(i) == '\uFFFD') {
                        replaced++;
                        first = first < 0 ? 2 + 2L * i : first; // an estimate: two bytes per char before it
                    }
                }
            }
            return new Decoded(normaliseLineEnds(text), replaced, first);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalArgumentException("'" + shown + "' starts with a " + cs.name() + " byte-order mark but is"
                    + " not valid " + cs.name() + " (an odd number of bytes or an unpaired surrogate): save it again as"
                    + " UTF-8, or load it with LoadOptions.builder().lenientUtf8(true) to replace the bad characters", e);
        }
    }

    /**
     * "UTF-16LE" or "UTF-16BE" when the first bytes of {@code bytes} (up to 4096) have a NUL in at
     * least 3 of every 4 odd (LE) or even (BE) positions and almost none in the others, as ASCII
     * or Latin text in UTF-16 does; else null.
     */
    static String utf16WithoutBom(byte[] bytes) {
        int n = Math.min(bytes.length, 4096) & ~1;
        if (n < 4) {
            return null;
        }
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < n; i += 2) {
            if (bytes[i] == 0) {
                evenNul++;
            }
            if (bytes[i + 1] == 0) {
                oddNul++;
            }
        }
        int pairs = n / 2;
        if (oddNul * 4 >= pairs * 3 && evenNul * 20 <= pairs) {
            return "UTF-16LE";
        }
        if (evenNul * 4 >= pairs * 3 && oddNul * 20 <= pairs) {
            return "UTF-16BE";
        }
        return null;
    }

    /**
     * How many C0 control characters other than tab and line feed {@code text} holds (NUL
     * included; carriage returns are gone after {@link #normaliseLineEnds}), and the index of the
     * first, as {count, first}; {0, -1} when none.
     */
    public static int[] controlCharacters(String text) {
        int count = 0;
        int first = -1;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n') {
                if (first < 0) {
                    first = i;
                }
                count++;
            }
        }
        return new int[] {count, first};
    }

    /** {@code text} without the control characters {@link #controlCharacters} counts. */
    public static String dropControlCharacters(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (!(c < 0x20 && c != '\t' && c != '\n')) {
                b.append(c);
            }
        }
        return b.toString();
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
