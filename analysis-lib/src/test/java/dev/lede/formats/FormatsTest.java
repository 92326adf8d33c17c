package dev.lede.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PDF, Word, ODT, RTF and e-mail files written in the test by real tools (PDFBox, POI, a zip
 * writer following the ODF layout) or by hand (RTF, RFC 822), read back through Tika: text,
 * pages, running headers and footers, hyphenation and metadata checked against what was put in.
 */
class FormatsTest {

    @TempDir
    Path dir;

    static final String HEADER = Fixtures.HEADER;

    static List<List<List<String>>> reportPages() {
        return Fixtures.reportPages();
    }

    static final String REPORT_TEXT = "1. Summary\n\n"
            + "The committee heard evidence on export controls between March and May 2024.\n\n"
            + "2. Findings\n\n"
            + "Shipments of dual-use goods rose by 14 per cent. Witnesses described the sanctions regime as porous.\n\n"
            + "3. Recommendations\n\n"
            + "The government should publish quarterly data.";

    private Extracted only(Path file) {
        List<Extracted> parts = Formats.extract(file, file.getFileName().toString());
        assertEquals(1, parts.size(), parts.toString());
        return parts.get(0);
    }

    @Test
    void pdfPagesHeadersFootersAndHyphenation() throws IOException {
        Path file = dir.resolve("report.pdf");
        Fixtures.pdf(file, reportPages(), "Ana Lima", "Interim report", null);
        Extracted pdf = only(file);
        assertEquals(REPORT_TEXT, pdf.text());
        // page 2 starts at "2. Findings" (offset 89), page 3 at "3. Recommendations" (offset 204)
        assertEquals(89, REPORT_TEXT.indexOf("2. Findings"));
        assertEquals(204, REPORT_TEXT.indexOf("3. Recommendations"));
        assertEquals(PageMap.of(new int[] {0, 89, 204}), pdf.pages());
        assertEquals(1, pdf.pages().pageAt(REPORT_TEXT.indexOf("controls")));
        assertEquals(2, pdf.pages().pageAt(REPORT_TEXT.indexOf("porous")));
        assertEquals(3, pdf.pages().pageAt(REPORT_TEXT.indexOf("quarterly")));
        assertEquals(List.of(HEADER, "Page 1 of 3", "Page 2 of 3", "Page 3 of 3"), pdf.boilerplate());
        assertEquals(new TreeMap<>(Map.of(Formats.FORMAT, "pdf", Formats.AUTHOR, "Ana Lima", Formats.TITLE, "Interim report",
                Formats.CREATED, "2024-06-19T10:30:00Z", Formats.MODIFIED, "2024-06-19T10:30:00Z", Formats.PAGES, "3",
                Formats.BOILERPLATE, HEADER + " | Page 1 of 3 | Page 2 of 3 | Page 3 of 3")), pdf.metadata());
        assertNull(pdf.parent());
        assertEquals("", pdf.part());
    }

    @Test
    void twoPagesAreTooFewToCallALineRunning() throws IOException {
        Path file = dir.resolve("short.pdf");
        Fixtures.pdf(file, List.of(List.of(List.of("Memo"), List.of("First page text.")),
                List.of(List.of("Memo"), List.of("Second page text."))), "A", "T", null);
        Extracted pdf = only(file);
        assertEquals("Memo\n\nFirst page text.\n\nMemo\n\nSecond page text.", pdf.text());
        assertEquals(PageMap.of(new int[] {0, 24}), pdf.pages());
        assertEquals(List.of(), pdf.boilerplate());
    }

    @Test
    void unreadablePdfsSayWhy() throws IOException {
        Path scan = dir.resolve("scan.pdf");
        Fixtures.imageOnlyPdf(scan, 2);
        UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> Formats.extract(scan, "scan.pdf"));
        assertEquals(UnreadableFileException.Reason.NEEDS_OCR, e.reason());
        assertEquals("'scan.pdf': this PDF's 2 pages have no text layer (a scan or photographed pages): it needs OCR,"
                + " which Lede does not do; run an OCR tool (e.g. ocrmypdf) on it and load the result", e.getMessage());

        Path locked = dir.resolve("locked.pdf");
        Fixtures.pdf(locked, reportPages(), "A", "T", "secret");
        e = assertThrows(UnreadableFileException.class, () -> Formats.extract(locked, "locked.pdf"));
        assertEquals(UnreadableFileException.Reason.ENCRYPTED, e.reason());
        assertEquals("'locked.pdf': the file is encrypted (password-protected): save an unprotected copy and load that",
                e.getMessage());

        Path good = dir.resolve("good.pdf");
        Fixtures.pdf(good, reportPages(), "A", "T", null);
        Path cut = dir.resolve("cut.pdf");
        Files.write(cut, Arrays.copyOf(Files.readAllBytes(good), 300));
        e = assertThrows(UnreadableFileException.class, () -> Formats.extract(cut, "cut.pdf"));
        assertEquals(UnreadableFileException.Reason.CORRUPT, e.reason());
        assertTrue(e.getMessage().startsWith("'cut.pdf': the file is damaged or not what its extension says ("),
                e.getMessage());

        Path empty = dir.resolve("empty.docx");
        Files.write(empty, new byte[0]);
        e = assertThrows(UnreadableFileException.class, () -> Formats.extract(empty, "empty.docx"));
        assertEquals(UnreadableFileException.Reason.CORRUPT, e.reason());
        assertEquals("'empty.docx': the file is empty (0 bytes): copy it again from its source", e.getMessage());
    }

    @Test
    void wordOdtAndRtfTextAndProperties() throws IOException {
        List<String> paragraphs = List.of("Sources confirm the shipment left Nampo on 12 June.", "The cargo list is attached.");
        Path docx = dir.resolve("note.docx");
        Fixtures.docx(docx, "Ana Lima", "Note to editor", paragraphs);
        Extracted word = only(docx);
        assertEquals("Sources confirm the shipment left Nampo on 12 June.\n\nThe cargo list is attached.", word.text());
        assertEquals(new TreeMap<>(Map.of(Formats.FORMAT, "docx", Formats.AUTHOR, "Ana Lima", Formats.TITLE, "Note to editor",
                Formats.CREATED, "2024-06-19T10:30:00Z", Formats.MODIFIED, "2024-06-19T10:30:00Z")), word.metadata());
        assertEquals(PageMap.none(), word.pages());

        Path odt = dir.resolve("note.odt");
        Fixtures.odt(odt, "Bo Chen", "Cargo", "The cargo", paragraphs);
        Extracted open = only(odt);
        assertEquals("The cargo\n\nSources confirm the shipment left Nampo on 12 June.\n\nThe cargo list is attached.",
                open.text());
        // ODF writes local time without a zone; it stays as written
        assertEquals(new TreeMap<>(Map.of(Formats.FORMAT, "odt", Formats.AUTHOR, "Bo Chen", Formats.TITLE, "Cargo",
                Formats.CREATED, "2024-06-19T10:30:00")), open.metadata());

        Path rtf = dir.resolve("note.rtf");
        Fixtures.rtf(rtf, "Cy Diaz", "Memo", paragraphs);
        Extracted rich = only(rtf);
        assertEquals("Sources confirm the shipment left Nampo on 12 June.\n\nThe cargo list is attached.", rich.text());
        // RTF's \creatim is wall-clock time: the same whatever the JVM's zone (the tests run in Pacific/Chatham)
        assertEquals(new TreeMap<>(Map.of(Formats.FORMAT, "rtf", Formats.AUTHOR, "Cy Diaz", Formats.TITLE, "Memo",
                Formats.CREATED, "2024-06-19T10:30:00")), rich.metadata());
    }

    @Test
    void emailWithAttachmentsGivesOnePartEach() throws IOException {
        Path pdf = dir.resolve("report.pdf");
        Fixtures.pdf(pdf, reportPages(), "Ana Lima", "Interim report", null);
        Path eml = dir.resolve("leak.eml");
        Files.writeString(eml, Fixtures.eml("Ana Lima <ana@example.org>", "Bo Chen <bo@example.org>",
                "Cy Diaz <cy@example.org>", "Draft report", "Wed, 19 Jun 2024 12:30:00 +0200",
                "Hello Bo,\n\nThe draft is attached, see page 2.\n\nAna", "notes.txt", "Call the ministry on Friday.",
                "report.pdf", Files.readAllBytes(pdf)), StandardCharsets.UTF_8);
        List<Extracted> parts = Formats.extract(eml, "leak.eml");
        assertEquals(List.of("", "attachment-1", "attachment-2"), parts.stream().map(Extracted::part).toList());
        Extracted message = parts.get(0);
        assertEquals("Hello Bo,\n\nThe draft is attached, see page 2.\n\nAna", message.text());
        Map<String, String> expected = new TreeMap<>();
        expected.put(Formats.FORMAT, "eml");
        expected.put(Formats.FROM, "Ana Lima <ana@example.org>");
        expected.put(Formats.TO, "Bo Chen <bo@example.org>");
        expected.put(Formats.CC, "Cy Diaz <cy@example.org>");
        expected.put(Formats.SUBJECT, "Draft report");
        expected.put(Formats.TITLE, "Draft report");
        expected.put(Formats.SENT, "2024-06-19T10:30:00Z");
        expected.put(Formats.ATTACHMENTS, "notes.txt; report.pdf");
        assertEquals(expected, message.metadata());
        assertNull(message.parent());

        Extracted note = parts.get(1);
        assertEquals("Call the ministry on Friday.", note.text());
        assertEquals("", note.parent());
        assertEquals(Map.of(Formats.FORMAT, "text", Formats.NAME, "notes.txt", Formats.PART, "attachment-1"),
                note.metadata());

        Extracted report = parts.get(2);
        assertEquals(REPORT_TEXT, report.text());
        assertEquals(PageMap.of(new int[] {0, 89, 204}), report.pages());
        assertEquals("report.pdf", report.metadata().get(Formats.NAME));
        assertEquals("3", report.metadata().get(Formats.PAGES));
        assertEquals(Format.PDF, report.format());
    }

    @Test
    void mailboxGivesOnePartPerMessage() throws IOException {
        Path mbox = dir.resolve("inbox.mbox");
        String box = "From ana@example.org Wed Jun 19 10:30:00 2024\n"
                + Fixtures.simpleEml("ana@example.org", "bo@example.org", "Shipment", "Wed, 19 Jun 2024 10:30:00 +0000",
                        "It left on Monday.")
                + "\nFrom bo@example.org Wed Jun 19 11:45:00 2024\n"
                + Fixtures.simpleEml("bo@example.org", "ana@example.org", "Re: Shipment", "Wed, 19 Jun 2024 11:45:00 +0000",
                        "Which port?\n\nBo")
                + "\n";
        Files.writeString(mbox, box, StandardCharsets.UTF_8);
        List<Extracted> parts = Formats.extract(mbox, "inbox.mbox");
        List<String> described = new ArrayList<>();
        for (Extracted p : parts) {
            described.add(p.part() + " " + p.parent() + " " + p.format() + " " + p.metadata() + " [" + p.text() + "]");
        }
        assertEquals(List.of(
                "message-1 null EML {format=eml, from=ana@example.org, part=message-1, sent=2024-06-19T10:30:00Z,"
                        + " subject=Shipment, title=Shipment, to=bo@example.org} [It left on Monday.]",
                "message-2 null EML {format=eml, from=bo@example.org, part=message-2, sent=2024-06-19T11:45:00Z,"
                        + " subject=Re: Shipment, title=Re: Shipment, to=ana@example.org} [Which port?\n\nBo]"),
                described);
    }

    @Test
    void formatsByExtension() {
        assertEquals(Format.PDF, Format.ofFileName("Report.PDF").orElseThrow());
        assertEquals(Format.HTML, Format.ofFileName("page.htm").orElseThrow());
        assertTrue(Format.ofFileName("sheet.xlsx").isEmpty());
        assertTrue(Format.ofFileName("README").isEmpty());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Formats.extract(dir.resolve("a.xlsx"), "a.xlsx"));
        assertEquals("'a.xlsx' has an extension Lede does not read; it reads .txt, .md, .html, .htm, .pdf, .docx, .odt,"
                + " .rtf, .eml, .mbox", e.getMessage());
    }

    @Test
    void pageMapEdges() {
        PageMap p = PageMap.of(new int[] {0, 10, 10, 25});
        assertEquals(1, p.pageAt(0));
        assertEquals(1, p.pageAt(9));
        assertEquals(3, p.pageAt(10)); // page 2 is empty: offset 10 is the first character of page 3
        assertEquals(4, p.pageAt(25));
        assertEquals(4, p.pageAt(1000));
        assertEquals(0, PageMap.none().pageAt(5));
        assertEquals(PageMap.of(new int[] {0, 5, 5}), p.slice(5, 20)); // pages 1, 2 (empty) and 3
        assertEquals(PageMap.of(3, new int[] {0, 5}), p.slice(20, 30));
        assertEquals(4, p.slice(20, 30).pageAt(6));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PageMap.of(new int[] {0, 9, 3}));
        assertEquals("page 3 starts at 3, before page 2 (9)", e.getMessage());
    }
}
