package dev.lede.formats;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The text of one part of a file and where it came from. The part is {@code ""} for the file
 * itself; a mailbox's messages are {@code "message-1"}, {@code "message-2"}, ...; an e-mail's
 * attachments {@code "attachment-1"}, ... (nested: {@code "message-2/attachment-1"}), each naming
 * its {@code parent} part.
 *
 * <pre>{@code
 * Extracted pdf = Formats.extract(Path.of("report.pdf")).get(0);
 * pdf.pages().pageAt(pdf.text().indexOf("sanctions"));   // the page it is on
 * pdf.metadata().get(Formats.AUTHOR);
 * }</pre>
 *
 * @param part        {@code ""} for the file itself, else the part's path within the file
 * @param parent      the part this one is attached to ({@code ""} for the file), or {@code null} when it has none
 * @param format      the part's format (an attachment has its own)
 * @param text        the text: paragraphs separated by a blank line, line ends LF
 * @param metadata    fields by name (see the constants of {@link Formats}), sorted, non-empty values
 * @param pages       page starts in {@code text}; {@link PageMap#none()} when the format has no pages
 * @param boilerplate lines removed as running headers and footers (PDF) in first-seen order
 */
public record Extracted(String part, String parent, Format format, String text, SortedMap<String, String> metadata,
                        PageMap pages, List<String> boilerplate) {

    public Extracted {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(text, "text");
        TreeMap<String, String> m = new TreeMap<>();
        Objects.requireNonNull(metadata, "metadata").forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                m.put(k, v.strip());
            }
        });
        metadata = Collections.unmodifiableSortedMap(m);
        Objects.requireNonNull(pages, "pages");
        boilerplate = List.copyOf(boilerplate);
    }
}
