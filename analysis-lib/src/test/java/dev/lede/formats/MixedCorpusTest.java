package dev.lede.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.corpus.Corpus;
import dev.lede.corpus.Document;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The second test corpus as a web page, a PDF, a Word file and an e-mail: every text comes back as written. */
class MixedCorpusTest {

    @TempDir
    Path dir;

    @Test
    void everyFormatGivesBackTheTextItWasMadeFrom() throws IOException {
        Path second = Path.of(System.getProperty("lede.data")).resolveSibling("notebooks/tests/second-corpus");
        MixedCorpus.write(second, dir);
        Corpus mixed = Corpus.load(dir);
        Corpus plain = Corpus.load(second);
        assertEquals(plain.ids(), mixed.ids());
        for (Document p : plain.documents()) {
            Document m = mixed.document(p.id());
            assertEquals(p.text().strip(), m.text(), p.id());
            for (String field : List.of("outlet", "title", "published", "kind", "language", "relays")) {
                assertEquals(p.get(field), m.get(field), p.id() + " " + field);
            }
        }
        assertEquals(List.of("html", "pdf", "docx", "eml"), mixed.documents().stream().map(d -> d.get(Formats.FORMAT)).toList());
        Document b = mixed.document("b");
        assertEquals("3", b.get(Formats.PAGES));
        assertEquals("Regional Daily - Business | Page 1 of 3 | Page 2 of 3 | Page 3 of 3", b.get(Formats.BOILERPLATE));
        assertEquals(1, b.page(0));
        assertEquals(3, b.page(b.text().length() - 1));
        assertEquals("AFP staff", mixed.document("a").get(Formats.AUTHOR));
        assertEquals("https://wire.example.org/halden-strike", mixed.document("a").get(Formats.URL));
    }
}
