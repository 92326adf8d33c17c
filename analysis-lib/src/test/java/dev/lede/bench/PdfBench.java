package dev.lede.bench;

import dev.lede.corpus.Corpus;
import dev.lede.corpus.LoadOptions;
import dev.lede.corpus.Parallelism;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;

/**
 * The PDF-loading row of the benchmark: a folder of generated multi-page PDFs (the same every
 * time: seeded words, a running header and page numbers on each page) loaded by
 * {@code Corpus.load} (pages, headers and footers, hyphenation) against plain Apache Tika
 * ({@code AutoDetectParser} into a {@code BodyContentHandler}, text only) on the same files.
 */
final class PdfBench {

    static final int PAGES = 4;
    private static final String[] WORDS = ("the committee heard evidence on export controls shipments of dual use goods"
            + " rose per cent witnesses described sanctions regime as porous government should publish quarterly data"
            + " ministry port strike union talks freight rates vessels anchor harbour authority director offer"
            + " counter proposal settlement wage agents container traffic second busiest").split(" ");

    static {
        // Log4j's API (used by parts of POI) prints "no logging provider" on stdout, which the
        // benchmark driver reads; Lede's loader sets the same for itself (LazyTika)
        System.setProperty("log4j2.statusLoggerLevel", "OFF");
    }

    private PdfBench() {
    }

    /** The folder of {@code count} PDFs under {@code bench}, written on first use. */
    static Path folder(Path bench, int count) {
        Path dir = bench.resolve("pdfs-" + count);
        Path done = dir.resolve(".complete");
        if (Files.isRegularFile(done)) {
            return dir;
        }
        try {
            Files.createDirectories(dir);
            for (int i = 1; i <= count; i++) {
                write(dir.resolve(String.format(Locale.ROOT, "report-%04d.pdf", i)), i);
            }
            Files.writeString(done, "");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the benchmark PDFs in " + dir + ": " + e.getMessage(), e);
        }
        return dir;
    }

    private static void write(Path file, int number) throws IOException {
        SplittableRandom random = new SplittableRandom(number);
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int p = 1; p <= PAGES; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 10);
                    cs.setLeading(13);
                    cs.newLineAtOffset(60, 790);
                    cs.showText("Benchmark report " + number);
                    cs.newLine();
                    cs.newLine();
                    for (int para = 0; para < 6; para++) {
                        for (int line = 0; line < 8; line++) {
                            StringBuilder b = new StringBuilder();
                            while (b.length() < 80) {
                                b.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
                            }
                            cs.showText(b.toString().strip());
                            cs.newLine();
                        }
                        cs.newLine();
                    }
                    cs.showText("Page " + p + " of " + PAGES);
                    cs.endText();
                }
            }
            Calendar c = Calendar.getInstance(TimeZone.getTimeZone("UTC"), Locale.ROOT);
            c.clear();
            c.set(2024, Calendar.JUNE, 19);
            doc.getDocumentInformation().setCreationDate(c);
            doc.getDocumentInformation().setAuthor("Lede benchmark");
            doc.save(file.toFile());
        }
    }

    /**
     * CPU seconds of this process since {@code start} (nanoseconds), all threads (the extraction's,
     * the JIT's, the collector's): the machine the benchmark runs on is often shared, and CPU time
     * is far less disturbed by other processes than wall time.
     */
    private static String cpu(long start) {
        return String.format(Locale.ROOT, " cpu_s=%.3f", (cpuNow() - start) / 1e9);
    }

    private static long cpuNow() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Lede: the folder as a corpus, its files extracted on {@code threads} threads. */
    static String lede(Path dir, int threads) {
        long start = cpuNow();
        Corpus c = Corpus.load(dir, LoadOptions.builder().parallelism(Parallelism.of(threads)).build());
        long chars = 0;
        long pages = 0;
        for (var d : c.documents()) {
            chars += d.text().length();
            pages += d.pages().count();
        }
        return "documents=" + c.size() + " pages=" + pages + " characters=" + chars + " threads=" + threads
                + cpu(start);
    }

    /** Plain Tika, one parser for all files, text only. */
    static String tika(Path dir) {
        long start = cpuNow();
        AutoDetectParser parser = new AutoDetectParser();
        long chars = 0;
        int documents = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList()) {
                BodyContentHandler handler = new BodyContentHandler(-1);
                try (InputStream in = Files.newInputStream(f)) {
                    parser.parse(in, handler, new Metadata(), new ParseContext());
                }
                chars += handler.toString().length();
                documents++;
            }
        } catch (IOException | org.xml.sax.SAXException | org.apache.tika.exception.TikaException e) {
            throw new IllegalStateException("plain Tika failed: " + e, e);
        }
        return "documents=" + documents + " characters=" + chars + cpu(start);
    }

    static List<String> tasks() {
        return List.of("pdfs-lede", "pdfs-tika");
    }
}
