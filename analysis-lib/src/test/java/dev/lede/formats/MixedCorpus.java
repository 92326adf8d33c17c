package dev.lede.formats;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the second test corpus (notebooks/tests/second-corpus) as a journalist might receive it:
 * {@code a} as a blog page with its furniture, {@code b} as a three-page PDF with a running header
 * and page numbers, {@code c} as a Word file, {@code d} as an e-mail, with the same manifest
 * pointing at them. scripts/test-notebooks.sh reruns the notebooks on it; MixedCorpusTest checks
 * that every text comes back exactly.
 *
 * <pre>
 * java -cp kernel/target/lede-kernel.jar:kernel/target/lede-tika/*:analysis-lib/target/test-classes \
 *     dev.lede.formats.MixedCorpus notebooks/tests/second-corpus OUT
 * </pre>
 */
public final class MixedCorpus {

    private MixedCorpus() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: MixedCorpus SECOND-CORPUS-FOLDER OUT-FOLDER");
            System.exit(2);
        }
        write(Path.of(args[0]), Path.of(args[1]));
    }

    /** The texts of the second corpus, by manifest id. */
    static String text(Path second, String file) throws IOException {
        return Files.readString(second.resolve(file), StandardCharsets.UTF_8).strip();
    }

    public static void write(Path second, Path out) throws IOException {
        Files.createDirectories(out);
        String a = text(second, "a-wire-afp.txt");
        Files.writeString(out.resolve("a-wire-afp.html"), WebPageFixtures.blogPage(WebPageFixtures.articleHtml(a, null),
                "AFP", a.substring(0, a.indexOf('\n')), "AFP staff", "2025-03-03T08:00:00Z",
                "https://wire.example.org/halden-strike"), StandardCharsets.UTF_8);
        String b = text(second, "b-regional-afp.txt");
        Fixtures.pdf(out.resolve("b-regional-afp.pdf"), pages(b.split("\n\n"), 3, "Regional Daily - Business"),
                "Regional Daily", "Port Halden strike", null);
        String c = text(second, "c-wire-ap.txt");
        Fixtures.docx(out.resolve("c-wire-ap.docx"), "AP", c.substring(0, c.indexOf('\n')), List.of(c.split("\n\n")));
        String d = text(second, "d-blog-ap.txt");
        Files.writeString(out.resolve("d-blog-ap.eml"), Fixtures.simpleEml("Freight Blog <desk@freight.example.org>",
                "tips@example.org", d.substring(0, d.indexOf('\n')), "Tue, 4 Mar 2025 09:15:00 +0000", d),
                StandardCharsets.UTF_8);
        String manifest = Files.readString(second.resolve("corpus.csv"), StandardCharsets.UTF_8)
                .replace("a-wire-afp.txt", "a-wire-afp.html").replace("b-regional-afp.txt", "b-regional-afp.pdf")
                .replace("c-wire-ap.txt", "c-wire-ap.docx").replace("d-blog-ap.txt", "d-blog-ap.eml");
        Files.writeString(out.resolve("corpus.csv"), manifest, StandardCharsets.UTF_8);
    }

    /** Paragraphs spread over {@code count} pages, lines wrapped at 80 characters, header and page number on each. */
    static List<List<List<String>>> pages(String[] paragraphs, int count, String header) {
        List<List<List<String>>> pages = new ArrayList<>();
        int per = (paragraphs.length + count - 1) / count;
        for (int p = 0; p < count; p++) {
            List<List<String>> page = new ArrayList<>();
            page.add(List.of(header));
            for (int i = p * per; i < Math.min(paragraphs.length, (p + 1) * per); i++) {
                page.add(wrap(paragraphs[i], 80));
            }
            page.add(List.of("Page " + (p + 1) + " of " + count));
            pages.add(page);
        }
        return pages;
    }

    static List<String> wrap(String paragraph, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
