package dev.lede.formats;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The file formats Lede loads, recognised by file extension (case-insensitive).
 *
 * <pre>{@code
 * Format.ofFileName("Report.PDF");   // Optional[PDF]
 * Format.PDF.label();                // "pdf"
 * }</pre>
 */
public enum Format {
    /** Plain text, UTF-8 ({@code .txt}). */
    TEXT(false, "txt"),
    /** Markdown, read as plain text ({@code .md}). */
    MARKDOWN(false, "md"),
    /** A saved web page: main content only ({@code .html}, {@code .htm}). */
    HTML(false, "html", "htm"),
    /** PDF with a text layer; pages kept ({@code .pdf}). */
    PDF(true, "pdf"),
    /** Word 2007+ ({@code .docx}). */
    DOCX(true, "docx"),
    /** OpenDocument text ({@code .odt}). */
    ODT(true, "odt"),
    /** Rich Text Format ({@code .rtf}). */
    RTF(true, "rtf"),
    /** One e-mail message (RFC 822, {@code .eml}); attachments become their own parts. */
    EML(true, "eml"),
    /** A mailbox (mbox, {@code .mbox}): one part per message. */
    MBOX(true, "mbox");

    private final boolean tika;
    private final List<String> extensions;

    Format(boolean tika, String... extensions) {
        this.tika = tika;
        this.extensions = List.of(extensions);
    }

    /** The format of a file name by its extension, empty when Lede does not load it. */
    public static Optional<Format> ofFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String ext = lower.substring(dot + 1);
        for (Format f : values()) {
            if (f.extensions.contains(ext)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The extensions, lower case without the dot. */
    public List<String> extensions() {
        return extensions;
    }

    /** Whether reading this format needs Apache Tika. */
    public boolean needsTika() {
        return tika;
    }

    /** Whether the file is read as UTF-8 text as it is (.txt, .md). */
    public boolean isPlainText() {
        return this == TEXT || this == MARKDOWN;
    }

    /** The metadata spelling, e.g. {@code "pdf"}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
