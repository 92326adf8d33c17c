package dev.lede.formats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Text, metadata and provenance out of a file of any {@link Format} but plain text: web pages
 * (main content, metadata from {@code <meta>}, Open Graph and JSON-LD), PDFs (pages, running
 * headers and footers removed and reported, line-end hyphenation joined), Word, ODT and RTF
 * (author, title, dates) and e-mail (sender, recipients, subject, date; attachments and mailbox
 * messages as their own parts). Everything but HTML is read through Apache Tika, loaded on the
 * first such file.
 *
 * <pre>{@code
 * List<Extracted> parts = Formats.extract(Path.of("inbox.mbox"));
 * parts.get(0).metadata().get(Formats.FROM);     // "Ana Lima <ana@example.org>"
 * Extracted report = Formats.extract(Path.of("report.pdf")).get(0);
 * report.pages().pageAt(report.text().indexOf("sanctions"));   // e.g. 14
 * }</pre>
 */
public final class Formats {

    /** Metadata: the format's label, e.g. {@code "pdf"}. */
    public static final String FORMAT = "format";
    /** Metadata: the file as named to the loader (relative to the folder or manifest). */
    public static final String FILE = "file";
    /** Metadata: the part of the file ({@code "message-2/attachment-1"}); absent for the file itself. */
    public static final String PART = "part";
    /** Metadata (set by the corpus loader): the id of the document an e-mail attachment belongs to. */
    public static final String ATTACHED_TO = "attached_to";
    /** Metadata: number of pages (PDF). */
    public static final String PAGES = "pages";
    /** Metadata: author(s), "; "-separated. */
    public static final String AUTHOR = "author";
    /** Metadata: title (web page, document properties) or e-mail subject. */
    public static final String TITLE = "title";
    /** Metadata: publication date, ISO yyyy-MM-dd (web pages). */
    public static final String PUBLISHED = "published";
    /** Metadata: outlet (a web page's site name). */
    public static final String OUTLET = "outlet";
    /** Metadata: canonical URL (web pages). */
    public static final String URL = "url";
    /** Metadata: creation and last modification time as the file records it (ISO 8601). */
    public static final String CREATED = "created";
    public static final String MODIFIED = "modified";
    /** Metadata: e-mail sender, recipients, copy recipients, subject and date sent (ISO 8601). */
    public static final String FROM = "from";
    public static final String TO = "to";
    public static final String CC = "cc";
    public static final String SUBJECT = "subject";
    public static final String SENT = "sent";
    /** Metadata: an attachment's file name. */
    public static final String NAME = "name";
    /** Metadata: names of a message's attachments, "; "-separated. */
    public static final String ATTACHMENTS = "attachments";
    /** Metadata: running headers and footers removed from a PDF's pages, " | "-separated. */
    public static final String BOILERPLATE = "boilerplate";

    private Formats() {
    }

    /** {@link #extract(Path, String)} naming the file by its path in messages. */
    public static List<Extracted> extract(Path file) {
        return extract(file, file.toString());
    }

    /**
     * The parts of {@code file}: the file itself first, then (for e-mail) attachments, or (for a
     * mailbox) one part per message and its attachments. {@code shown} names the file in messages.
     *
     * @throws UnreadableFileException for an encrypted, corrupt or image-only file, or when Tika is missing
     * @throws IllegalArgumentException for a plain-text or unknown format
     * @throws UncheckedIOException     when the file is missing or cannot be read
     */
    public static List<Extracted> extract(Path file, String shown) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(shown, "shown");
        String name = file.getFileName().toString();
        Format format = Format.ofFileName(name).orElseThrow(() -> new IllegalArgumentException("'" + shown
                + "' has an extension Lede does not read; it reads " + known()));
        if (format.isPlainText()) {
            throw new IllegalArgumentException("'" + shown + "' is plain text: read it with TextFiles");
        }
        if (!Files.isRegularFile(file)) {
            throw new UncheckedIOException("file '" + shown + "' not found (" + file.toAbsolutePath() + ")",
                    new NoSuchFileException(file.toString()));
        }
        if (format == Format.HTML) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read '" + shown + "': " + e.getMessage(), e);
            }
            return List.of(WebPages.extract(bytes, shown));
        }
        List<Map<String, Object>> raw = LazyTika.reader(shown).apply(file, shown);
        return parts(raw, format, shown);
    }

    private static String known() {
        List<String> all = new ArrayList<>();
        for (Format f : Format.values()) {
            f.extensions().forEach(e -> all.add("." + e));
        }
        return String.join(", ", all);
    }

    // ------------------------------------------------------------------ Tika's parts to Extracted

    @SuppressWarnings("unchecked")
    private static List<Extracted> parts(List<Map<String, Object>> raw, Format format, String shown) {
        List<Extracted> out = new ArrayList<>();
        Map<String, String> partIds = new HashMap<>(); // Tika's embedded path -> Lede's part id
        Map<String, Integer> attachmentCounts = new HashMap<>();
        Map<String, List<String>> attachmentNames = new HashMap<>();
        int messages = 0;
        for (int i = 0; i < raw.size(); i++) {
            Map<String, Object> r = raw.get(i);
            String path = (String) r.get("path");
            String type = (String) r.get("type");
            Map<String, String> tika = (Map<String, String>) r.get("metadata");
            String text = (String) r.get("text");
            if (i == 0) {
                partIds.put("", "");
                if (format == Format.MBOX) {
                    continue; // the mailbox itself has no text of its own: its messages are the parts
                }
                out.add(part("", null, format, text, tika, shown));
                continue;
            }
            if (format != Format.EML && format != Format.MBOX) {
                continue; // images, fonts and objects inside PDFs and Word files are not documents
            }
            String parentPath = path.substring(0, Math.max(0, path.lastIndexOf('/')));
            String parentId = partIds.get(parentPath);
            if (parentId == null) {
                continue; // inside an attachment (e.g. an image in an attached Word file)
            }
            String id;
            Format partFormat;
            if (format == Format.MBOX && parentId.isEmpty()) {
                messages++;
                id = "message-" + messages;
                partFormat = Format.EML;
            } else {
                int n = attachmentCounts.merge(parentId, 1, Integer::sum);
                id = (parentId.isEmpty() ? "" : parentId + "/") + "attachment-" + n;
                partFormat = formatOf(tika.get("resourceName"), type);
                if (partFormat == null) {
                    continue; // e.g. an attached image: no text to analyse
                }
                attachmentNames.computeIfAbsent(parentId, k -> new ArrayList<>())
                        .add(tika.getOrDefault("resourceName", id));
            }
            partIds.put(path, id);
            if (r.containsKey("error")) {
                throw new UnreadableFileException(shown + "#" + id, UnreadableFileException.Reason.CORRUPT,
                        "cannot read this part: " + r.get("error"), null);
            }
            String parent = format == Format.MBOX && parentId.isEmpty() ? null : parentId; // messages are not attached
            out.add(part(id, parent, partFormat, text, tika, shown + "#" + id));
        }
        if (attachmentNames.isEmpty()) {
            return List.copyOf(out);
        }
        List<Extracted> linked = new ArrayList<>(out.size());
        for (Extracted e : out) {
            List<String> names = attachmentNames.get(e.part());
            if (names == null) {
                linked.add(e);
            } else {
                TreeMap<String, String> m = new TreeMap<>(e.metadata());
                m.put(ATTACHMENTS, String.join("; ", names));
                linked.add(new Extracted(e.part(), e.parent(), e.format(), e.text(), m, e.pages(), e.boilerplate()));
            }
        }
        return List.copyOf(linked);
    }

    private static Format formatOf(String name, String type) {
        if (name != null) {
            Format f = Format.ofFileName(name).orElse(null);
            if (f != null) {
                return f;
            }
        }
        String t = type == null ? "" : type.toLowerCase(Locale.ROOT);
        if (t.startsWith("text/plain")) {
            return Format.TEXT;
        }
        if (t.startsWith("text/html")) {
            return Format.HTML;
        }
        if (t.startsWith("application/pdf")) {
            return Format.PDF;
        }
        if (t.startsWith("message/rfc822")) {
            return Format.EML;
        }
        return null;
    }

    private static Extracted part(String id, String parent, Format format, String raw, Map<String, String> tika,
                                  String shown) {
        TreeMap<String, String> m = new TreeMap<>();
        if (!id.isEmpty()) {
            m.put(PART, id);
        }
        m.put(FORMAT, format.label());
        boolean mail = format == Format.EML;
        put(m, TITLE, tika.get("dc:title"));
        if (mail) {
            put(m, SUBJECT, tika.getOrDefault("dc:subject", tika.get("dc:title")));
            put(m, FROM, tika.get("Message-From"));
            put(m, TO, tika.get("Message-To"));
            put(m, CC, tika.get("Message-Cc"));
            put(m, SENT, tika.get("dcterms:created"));
        } else {
            put(m, AUTHOR, tika.get("dc:creator"));
            boolean wall = format == Format.RTF;
            put(m, CREATED, wall ? wallTime(tika.get("dcterms:created")) : tika.get("dcterms:created"));
            put(m, MODIFIED, wall ? wallTime(tika.get("dcterms:modified")) : tika.get("dcterms:modified"));
        }
        if (!id.isEmpty() && !mail) {
            put(m, NAME, tika.get("resourceName"));
        }
        PageLayout.Laid laid = PageLayout.lay(raw, format == Format.PDF);
        if (format == Format.PDF) {
            m.put(PAGES, Integer.toString(laid.pages().count()));
            if (!laid.boilerplate().isEmpty()) {
                m.put(BOILERPLATE, String.join(" | ", laid.boilerplate()));
            }
        }
        if (laid.text().isBlank()) {
            int n = pageCount(tika.get("xmpTPg:NPages"), laid.pages().count());
            if (format == Format.PDF && n > 0 && laid.rawBlank()) {
                throw new UnreadableFileException(shown, UnreadableFileException.Reason.NEEDS_OCR,
                        "this PDF's " + n + " page" + (n == 1 ? " has" : "s have")
                                + " no text layer (a scan or photographed pages): it needs OCR, which Lede does not"
                                + " do; run an OCR tool (e.g. ocrmypdf) on it and load the result", null);
            }
            if (!mail) {
                throw new UnreadableFileException(shown, UnreadableFileException.Reason.NO_TEXT,
                        laid.rawBlank() ? "the file holds no text"
                                : "all of its text repeats on every page (running headers and footers: "
                                + String.join(" | ", laid.boilerplate()) + ")", null);
            }
        }
        return new Extracted(id, parent, format, laid.text(), m, format == Format.PDF ? laid.pages() : PageMap.none(),
                laid.boilerplate());
    }

    /**
     * An RTF file writes its dates as wall-clock time without a zone, and Tika turns them into
     * instants with the JVM's time zone; turning them back gives the time as written, the same
     * in every time zone.
     */
    private static String wallTime(String instant) {
        if (instant == null) {
            return null;
        }
        try {
            return java.time.Instant.parse(instant).atZone(java.time.ZoneId.systemDefault()).toLocalDateTime()
                    .format(java.time.format.DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        } catch (java.time.format.DateTimeParseException e) {
            return instant;
        }
    }

    private static int pageCount(String tikaCount, int fallback) {
        try {
            return tikaCount == null ? fallback : Integer.parseInt(tikaCount.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static void put(Map<String, String> m, String key, String value) {
        if (value != null && !value.isBlank()) {
            m.put(key, value.strip());
        }
    }
}
