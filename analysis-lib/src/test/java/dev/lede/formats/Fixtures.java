package dev.lede.formats;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Test files written by the real tools (PDFBox, POI, a zip writer for ODT) or by hand for the
 * text formats (RTF, e-mail): each test states the text it put in and checks what comes out.
 */
public final class Fixtures {

    private Fixtures() {
    }

    /** The running header of {@link #reportPages()}. */
    public static final String HEADER = "Committee on Trade - Interim Report";

    /**
     * Three report pages, each with the running header, a numbered footer ("Page 2 of 3") and a
     * word hyphenated at a line end. Laid out by Lede, their text is
     * "1. Summary\n\nThe committee heard evidence on export controls between March and May 2024.\n\n
     * 2. Findings\n\n..." with page 2 from offset 89 and page 3 from offset 204.
     */
    public static List<List<List<String>>> reportPages() {
        return List.of(
                List.of(List.of(HEADER), List.of("1. Summary"),
                        List.of("The committee heard evidence on export con-", "trols between March and May 2024."),
                        List.of("Page 1 of 3")),
                List.of(List.of(HEADER), List.of("2. Findings"),
                        List.of("Shipments of dual-use goods rose by 14 per cent.", "Witnesses described the sanc-",
                                "tions regime as porous."),
                        List.of("Page 2 of 3")),
                List.of(List.of(HEADER), List.of("3. Recommendations"),
                        List.of("The government should publish quarterly data."), List.of("Page 3 of 3")));
    }

    /**
     * A folder of one file per format: a text note, the report PDF, a Word note, an e-mail with a
     * text and a PDF attachment, and the seed text 004 as a blog page (needs {@code lede.data}).
     */
    public static void mixedFolder(Path dir) throws IOException {
        Files.writeString(dir.resolve("a-notes.txt"), "Plain notes.\n");
        pdf(dir.resolve("report.pdf"), reportPages(), "Ana Lima", "Interim report", null);
        docx(dir.resolve("note.docx"), "Ana Lima", "Note to editor",
                List.of("Sources confirm the shipment left Nampo on 12 June.", "The cargo list is attached."));
        Files.writeString(dir.resolve("leak.eml"), eml("Ana Lima <ana@example.org>", "Bo Chen <bo@example.org>",
                "Cy Diaz <cy@example.org>", "Draft report", "Wed, 19 Jun 2024 12:30:00 +0200",
                "Hello Bo,\n\nThe draft is attached.\n\nAna", "todo.txt", "Call the ministry on Friday.", "draft.pdf",
                Files.readAllBytes(dir.resolve("report.pdf"))), StandardCharsets.UTF_8);
        String article = WebPageFixtures.articleText(dev.lede.testing.SeedTexts.file("004"));
        Files.writeString(dir.resolve("blog.html"), WebPageFixtures.blogPage(WebPageFixtures.articleHtml(article, null),
                "Dhaka Bloggers", "China unhappy with Putin-Kim friendship!", "Rahim Uddin", "2024-06-20T09:38:00+06:00",
                "https://bloggers.example.com/china-unhappy/"), StandardCharsets.UTF_8);
    }

    /** A fixed instant, so the files (and their metadata) are the same at every run. */
    static Calendar june19() {
        Calendar c = Calendar.getInstance(TimeZone.getTimeZone("UTC"), java.util.Locale.ROOT);
        c.clear();
        c.set(2024, Calendar.JUNE, 19, 10, 30, 0);
        return c;
    }

    /**
     * A PDF with one page per element of {@code pages}; each page a list of paragraphs, each
     * paragraph a list of lines written one under the other (a blank line's gap between paragraphs).
     */
    public static void pdf(Path file, List<List<List<String>>> pages, String author, String title, String password)
            throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (List<List<String>> paragraphs : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 11);
                    cs.setLeading(14);
                    cs.newLineAtOffset(72, 780);
                    boolean first = true;
                    for (List<String> para : paragraphs) {
                        if (!first) {
                            cs.newLine();
                        }
                        first = false;
                        for (String line : para) {
                            cs.showText(line);
                            cs.newLine();
                        }
                    }
                    cs.endText();
                }
            }
            doc.getDocumentInformation().setAuthor(author);
            doc.getDocumentInformation().setTitle(title);
            doc.getDocumentInformation().setCreationDate(june19());
            doc.getDocumentInformation().setModificationDate(june19());
            if (password != null) {
                doc.protect(new StandardProtectionPolicy("owner-" + password, password, new AccessPermission()));
            }
            doc.save(file.toFile());
        }
    }

    /** A PDF of {@code pages} pages, each only a grey picture: no text layer, as a scan. */
    public static void imageOnlyPdf(Path file, int pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            BufferedImage img = new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB);
            for (int x = 0; x < 40; x++) {
                for (int y = 0; y < 40; y++) {
                    img.setRGB(x, y, (x * 6) << 16 | (y * 6) << 8 | 0x80);
                }
            }
            PDImageXObject image = LosslessFactory.createFromImage(doc, img);
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(image, 50, 50, 400, 400);
                }
            }
            doc.save(file.toFile());
        }
    }

    /** A Word file: title and author in its properties, one paragraph per element. */
    public static void docx(Path file, String author, String title, List<String> paragraphs) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            for (String p : paragraphs) {
                doc.createParagraph().createRun().setText(p);
            }
            var core = doc.getProperties().getCoreProperties();
            core.setCreator(author);
            core.setTitle(title);
            Date d = june19().getTime();
            core.setCreated(Optional.of(d));
            core.setModified(Optional.of(d));
            doc.write(out);
        }
    }

    /** An OpenDocument text file written as the format says: a zip of mimetype, manifest, content and meta. */
    public static void odt(Path file, String author, String title, String heading, List<String> paragraphs)
            throws IOException {
        StringBuilder content = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
                + "<office:body><office:text>");
        content.append("<text:h text:outline-level=\"1\">").append(xml(heading)).append("</text:h>");
        for (String p : paragraphs) {
            content.append("<text:p>").append(xml(p)).append("</text:p>");
        }
        content.append("</office:text></office:body></office:document-content>");
        String meta = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<office:document-meta xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" office:version=\"1.2\"><office:meta>"
                + "<dc:title>" + xml(title) + "</dc:title><meta:initial-creator>" + xml(author) + "</meta:initial-creator>"
                + "<dc:creator>" + xml(author) + "</dc:creator>"
                + "<meta:creation-date>2024-06-19T10:30:00</meta:creation-date>"
                + "</office:meta></office:document-meta>";
        String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">"
                + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                + "<manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>"
                + "</manifest:manifest>";
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            byte[] mime = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry m = new ZipEntry("mimetype");
            m.setMethod(ZipEntry.STORED);
            m.setSize(mime.length);
            CRC32 crc = new CRC32();
            crc.update(mime);
            m.setCrc(crc.getValue());
            m.setTime(0);
            zip.putNextEntry(m);
            zip.write(mime);
            zip.closeEntry();
            entry(zip, "META-INF/manifest.xml", manifest);
            entry(zip, "content.xml", content.toString());
            entry(zip, "meta.xml", meta);
        }
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTime(0);
        zip.putNextEntry(e);
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** An RTF file with title and author in its info group and one paragraph per element. */
    public static void rtf(Path file, String author, String title, List<String> paragraphs) throws IOException {
        StringBuilder b = new StringBuilder("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times New Roman;}}"
                + "{\\info{\\title " + title + "}{\\author " + author + "}"
                + "{\\creatim\\yr2024\\mo6\\dy19\\hr10\\min30}}\n\\f0\\fs24 ");
        for (String p : paragraphs) {
            b.append(p).append("\\par\n");
        }
        b.append("}");
        Files.writeString(file, b.toString(), StandardCharsets.US_ASCII);
    }

    /** An e-mail with a plain-text body and two attachments: a text note and a PDF. */
    public static String eml(String from, String to, String cc, String subject, String date, String body,
                             String noteName, String note, String pdfName, byte[] pdf) {
        String boundary = "lede-boundary-42";
        return "From: " + from + "\r\nTo: " + to + "\r\nCc: " + cc + "\r\nSubject: " + subject + "\r\nDate: " + date
                + "\r\nMessage-ID: <" + Math.abs(subject.hashCode()) + "@example.org>\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\r\n\r\n"
                + "--" + boundary + "\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
                + body.replace("\n", "\r\n") + "\r\n"
                + "--" + boundary + "\r\nContent-Type: text/plain; charset=UTF-8; name=\"" + noteName + "\"\r\n"
                + "Content-Disposition: attachment; filename=\"" + noteName + "\"\r\n\r\n"
                + note.replace("\n", "\r\n") + "\r\n"
                + "--" + boundary + "\r\nContent-Type: application/pdf; name=\"" + pdfName + "\"\r\n"
                + "Content-Disposition: attachment; filename=\"" + pdfName + "\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                + Base64.getMimeEncoder().encodeToString(pdf) + "\r\n"
                + "--" + boundary + "--\r\n";
    }

    /** A one-part plain-text e-mail. */
    public static String simpleEml(String from, String to, String subject, String date, String body) {
        return "From: " + from + "\nTo: " + to + "\nSubject: " + subject + "\nDate: " + date
                + "\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n\n" + body + "\n";
    }
}
