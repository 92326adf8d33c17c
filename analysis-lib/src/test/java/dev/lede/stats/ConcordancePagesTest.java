package dev.lede.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.corpus.Corpus;
import dev.lede.formats.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/** A concordance over a PDF cites the page of each line; over text only it keeps its old shape. */
class ConcordancePagesTest {

    @TempDir
    Path dir;

    @Test
    void linesInAPdfSayTheirPage() throws IOException {
        Fixtures.pdf(dir.resolve("report.pdf"), Fixtures.reportPages(), "Ana Lima", "Interim report", null);
        Files.writeString(dir.resolve("memo.txt"), "No controls on quarterly data.");
        Corpus c = Corpus.load(dir);
        Concordance kwic = Concordance.of(c.tokens(), "quarterly", 2);
        Table t = kwic.table();
        assertEquals(List.of("document", "token", "start", "end", "page", "left", "keyword", "right"), t.columnNames());
        assertEquals(List.of("memo", "report"), t.stringColumn("document").asList());
        assertEquals(List.of(0, 3), t.intColumn("page").asList());
        assertEquals(3, kwic.page(1));
        assertEquals("Concordance of “quarterly”: 2 lines, 2 tokens of context\n"
                + "memo:15\t   controls on [quarterly] data\n"
                + "report p. 3\tshould publish [quarterly] data\n", kwic.toText());
        Concordance sanctions = Concordance.of(c.tokens(), "sanctions", 1);
        assertEquals(2, sanctions.page(0)); // joined from "sanc-" / "tions" on page 2
        assertEquals("sanctions", sanctions.lines().get(0).keyword());
    }

    @Test
    void textOnlyCorpusHasNoPageColumn() {
        Corpus c = Corpus.of(dev.lede.corpus.Document.of("a", "Putin met Kim."));
        Table t = Concordance.of(c.tokens(), "kim", 1).table();
        assertEquals(List.of("document", "token", "start", "end", "left", "keyword", "right"), t.columnNames());
    }
}
