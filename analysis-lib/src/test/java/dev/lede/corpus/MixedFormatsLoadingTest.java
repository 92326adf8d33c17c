package dev.lede.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.formats.Fixtures;
import dev.lede.formats.Formats;
import dev.lede.formats.PageMap;
import dev.lede.formats.UnreadableFileException;
import dev.lede.formats.WebPageFixtures;
import dev.lede.testing.SeedTexts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/** Folders, manifests and single files of web pages, PDFs, Word files and e-mails beside text files. */
class MixedFormatsLoadingTest {

    @TempDir
    Path dir;

    static final String REPORT = "1. Summary\n\n"
            + "The committee heard evidence on export controls between March and May 2024.\n\n"
            + "2. Findings\n\n"
            + "Shipments of dual-use goods rose by 14 per cent. Witnesses described the sanctions regime as porous.\n\n"
            + "3. Recommendations\n\n"
            + "The government should publish quarterly data.";

    @Test
    void folderMixingFormats() throws IOException {
        Fixtures.mixedFolder(dir);
        Corpus c = Corpus.load(dir);
        assertEquals(List.of("a-notes", "blog", "leak", "leak#attachment-1", "leak#attachment-2", "note", "report"), c.ids());
        assertTrue(c.loadReport().isClean(), c.loadReport().toString());
        assertEquals(List.of("a-notes.txt", "blog.html", "leak.eml", "leak.eml#attachment-1", "leak.eml#attachment-2",
                "note.docx", "report.pdf"), c.documents().stream().map(Document::source).toList());
        assertEquals(List.of("text", "html", "eml", "text", "pdf", "docx", "pdf"),
                c.documents().stream().map(d -> d.get(Formats.FORMAT)).toList());

        Document report = c.document("report");
        assertEquals(REPORT, report.text());
        assertEquals(PageMap.of(new int[] {0, 89, 204}), report.pages());
        assertEquals(2, report.page(report.text().indexOf("porous")));
        assertEquals("3", report.get(Formats.PAGES));
        assertEquals("report.pdf", report.get(Formats.FILE));

        Document attachment = c.document("leak#attachment-2");
        assertEquals(REPORT, attachment.text());
        assertEquals(2, attachment.page(attachment.text().indexOf("porous")));
        assertEquals("leak", attachment.get(Formats.ATTACHED_TO));
        assertEquals("draft.pdf", attachment.get(Formats.NAME));
        assertEquals("leak", c.document("leak#attachment-1").get(Formats.ATTACHED_TO));
        assertEquals("todo.txt; draft.pdf", c.document("leak").get(Formats.ATTACHMENTS));
        assertEquals("Ana Lima <ana@example.org>", c.document("leak").get(Formats.FROM));

        Document blog = c.document("blog");
        assertEquals(WebPageFixtures.articleText(SeedTexts.file("004")), blog.text());
        assertEquals("2024-06-20", blog.metadata().published().orElseThrow().toString());
        assertEquals("Plain notes.\n", c.document("a-notes").text());
        assertEquals(0, c.document("a-notes").page(3));

        Table t = c.toTable();
        // the manifest's own columns (kind, language, relays among them) are always there, empty where unknown
        assertEquals(List.of("id", "attached_to", "attachments", "author", "boilerplate", "cc", "created", "file",
                "format", "from", "kind", "language", "modified", "name", "outlet", "pages", "part", "published",
                "relays", "sent", "subject", "title", "to", "url", "characters", "tokens", "sentences"), t.columnNames());
        assertEquals("leak.eml", t.stringColumn("file").get(3));
        assertEquals("attachment-1", t.stringColumn("part").get(3));
        assertEquals("3", t.stringColumn("pages").get(6));
    }

    @Test
    void unreadableFileIsAnErrorOrAReportedSkip() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Text.");
        Fixtures.imageOnlyPdf(dir.resolve("scan.pdf"), 3);
        UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> Corpus.load(dir));
        assertEquals("'scan.pdf': this PDF's 3 pages have no text layer (a scan or photographed pages): it needs OCR,"
                + " which Lede does not do; run an OCR tool (e.g. ocrmypdf) on it and load the result (or load with"
                + " LoadOptions.builder().skipUnreadable(true) to skip such files and list them in the load report)",
                e.getMessage());
        Corpus c = Corpus.load(dir, LoadOptions.builder().skipUnreadable(true).build());
        assertEquals(List.of("a"), c.ids());
        assertEquals(List.of("skipped 'scan.pdf': this PDF's 3 pages have no text layer (a scan or photographed pages):"
                + " it needs OCR, which Lede does not do; run an OCR tool (e.g. ocrmypdf) on it and load the result"),
                c.loadReport().warnings());
        assertTrue(c.toString().contains("loaded with warnings: skipped 'scan.pdf'"), c.toString());
    }

    @Test
    void singleFileLoadsAlone() throws IOException {
        Path pdf = dir.resolve("report.pdf");
        Fixtures.pdf(pdf, Fixtures.reportPages(), "Ana Lima", "Interim report", null);
        Corpus c = Corpus.load(pdf);
        assertEquals(List.of("report"), c.ids());
        assertEquals(REPORT, c.document(0).text());
        assertEquals(3, c.document(0).page(REPORT.indexOf("quarterly")));
    }

    @Test
    void manifestRowOfAPdfRangeKeepsItsPages() throws IOException {
        Fixtures.pdf(dir.resolve("report.pdf"), Fixtures.reportPages(), "Ana Lima", "Interim report", null);
        // characters 89-204 are page 2 exactly; 60-120 straddle pages 1 and 2
        Files.writeString(dir.resolve("corpus.csv"), "id,file,start,end,title,kind\n"
                + "findings,report.pdf,89,204,,article\nstraddle,report.pdf,60,120,Part,article\n");
        Corpus c = Corpus.load(dir);
        Document findings = c.document("findings");
        assertEquals(REPORT.substring(89, 204), findings.text());
        assertEquals(PageMap.of(2, new int[] {0}), findings.pages());
        assertEquals(2, findings.page(0));
        // the document starts on page 2: its page numbers stay the PDF's own
        assertEquals("Interim report", findings.get(Formats.TITLE));
        assertEquals("report.pdf:89-204", findings.source());
        Document straddle = c.document("straddle");
        assertEquals("Part", straddle.get(Formats.TITLE));
        assertEquals(1, straddle.page(0));
        assertEquals(2, straddle.page(straddle.text().indexOf("2. Findings")));
    }

    @Test
    void seedCorpusWithHtmlVersionsOf001And004() throws IOException {
        try (Stream<Path> seed = Files.list(SeedTexts.folder())) {
            for (Path p : seed.toList()) {
                Files.copy(p, dir.resolve(p.getFileName()));
            }
        }
        String a001 = WebPageFixtures.articleText(SeedTexts.file("001"));
        String a004 = WebPageFixtures.articleText(SeedTexts.file("004"));
        Files.writeString(dir.resolve("001.html"), WebPageFixtures.blogPage(
                WebPageFixtures.articleHtml(a001, null), "AI summary site",
                "Russian President Putin’s Visit to North Korea Draws Global Attention, China Monitors Closely", null,
                "2024-06-19T14:05:00+01:00", "https://summaries.example.com/2024/06/putin-north-korea/"));
        Files.writeString(dir.resolve("004.html"), WebPageFixtures.blogPage(
                WebPageFixtures.articleHtml(a004, null), "Dhaka Bloggers",
                "China unhappy with Putin-Kim friendship!", "Rahim Uddin", "2024-06-21T09:38:00+06:00",
                "https://bloggers.example.com/china-unhappy/"));
        Path manifest = dir.resolve("corpus.csv");
        String csv = Files.readString(manifest).replace(",001_53fa0ac380ba5c72.txt,", ",001.html,")
                .replace(",004_c951ebe4c5621172.txt,", ",004.html,");
        Files.writeString(manifest, csv);
        Corpus c = Corpus.load(dir);
        assertEquals(18, c.size());
        Document d001 = c.document("001");
        Document d004 = c.document("004");
        assertEquals(a001, d001.text());
        assertEquals(a004, d004.text());
        for (Document d : c.documents()) {
            assertFalse(d.text().contains("Leave a Reply") && (d == d001 || d == d004));
        }
        // empty manifest columns are filled from the page; filled ones are kept
        assertEquals("2024-06-19", d001.get(Metadata.PUBLISHED));
        assertEquals("2024-06-20", d004.get(Metadata.PUBLISHED)); // manifest wins over the page's 06-21
        assertEquals("AI summary site", d001.get(Metadata.OUTLET));
        assertEquals("Blog relaying Reuters (004)", d004.get(Metadata.OUTLET));
        assertEquals("Rahim Uddin", d004.get(Formats.AUTHOR));
        assertEquals("https://bloggers.example.com/china-unhappy/", d004.get(Formats.URL));
        assertEquals("html", d004.get(Formats.FORMAT));
        assertEquals("004.html", d004.source());
        // the other documents are as before
        assertEquals(Corpus.load(SeedTexts.folder()).document("003"), c.document("003"));
    }
}
