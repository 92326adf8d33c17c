package dev.lede.formats;

import java.util.Objects;

/**
 * A file Lede cannot take text from, with the reason and what to do: encrypted, corrupt, or a
 * scan without a text layer (which needs OCR; Lede does none). Loading a corpus turns it into an
 * error naming the file, or into a reported skip with
 * {@code LoadOptions.builder().skipUnreadable(true)}.
 *
 * <pre>{@code
 * try { Formats.extract(Path.of("scan.pdf")); }
 * catch (UnreadableFileException e) { e.reason(); }   // NEEDS_OCR
 * }</pre>
 */
public final class UnreadableFileException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Why the file has no text for Lede. */
    public enum Reason {
        /** Password-protected. */
        ENCRYPTED,
        /** Not a valid file of its format (truncated, damaged, misnamed). */
        CORRUPT,
        /** Pages without a text layer: scanned images that need OCR first. */
        NEEDS_OCR,
        /** Readable but holding no text at all. */
        NO_TEXT,
        /** A format that needs Apache Tika, which is not installed beside Lede. */
        TIKA_MISSING
    }

    private final String file;
    private final Reason reason;

    public UnreadableFileException(String file, Reason reason, String message, Throwable cause) {
        super("'" + file + "': " + message, cause);
        this.file = Objects.requireNonNull(file, "file");
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** The file as it was named to the loader. */
    public String file() {
        return file;
    }

    public Reason reason() {
        return reason;
    }
}
