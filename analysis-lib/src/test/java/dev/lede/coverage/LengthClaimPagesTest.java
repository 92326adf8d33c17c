package dev.lede.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.corpus.Corpus;
import dev.lede.corpus.Document;
import dev.lede.formats.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/** A length claim found in a PDF says its page, as a concordance line does; text-only tables keep their shape. */
class LengthClaimPagesTest {

    @TempDir
    Path dir;

    @Test
    void claimsInAPdfSayTheirPage() throws IOException {
        // page 1: no claim; page 2: "a 20-second segment"; page 3: "two minutes" (an event: the talks)
        Fixtures.pdf(dir.resolve("monitoring.pdf"), List.of(
                List.of(List.of("Broadcast monitoring, June 2024"), List.of("Channels watched: CCTV, KCTV.")),
                List.of(List.of("CCTV aired a 20-second segment on the visit.")),
                List.of(List.of("The talks lasted two hours.", "Nothing else was shown."))),
                "Ana Lima", "Monitoring", null);
        Files.writeString(dir.resolve("memo.txt"), "KCTV gave the summit a 35-second report.");
        Corpus c = Corpus.load(dir);
        LengthClaims claims = LengthClaims.find(c);
        Table t = claims.table();
        assertEquals(List.of("document", "start", "end", "page", "text", "value", "unit", "noun", "kind", "sentence",
                "sentence_start", "sentence_end"), t.columnNames());
        assertEquals(List.of("memo", "monitoring", "monitoring"), t.stringColumn("document").asList());
        assertEquals(List.of("35-second", "20-second", "two hours"), t.stringColumn("text").asList());
        assertEquals(List.of(0, 2, 3), t.intColumn("page").asList());
        assertEquals(List.of(35.0, 20.0, 7200.0), t.doubleColumn("value").asList());
        assertEquals("monitoring p. 2", claims.get(1).citation());
        assertEquals("monitoring p. 3", claims.get(2).citation());
        assertEquals("memo:23", claims.get(0).citation()); // "KCTV gave the summit a " is 23 characters
        // the claim's offsets point into the document's text, on the page it names
        Document pdf = c.document("monitoring");
        assertEquals("20-second", pdf.text().substring(claims.get(1).span().start(), claims.get(1).span().end()));
        assertEquals(2, pdf.page(claims.get(1).span().start()));
        // filtering keeps the column; one PDF document alone has it too
        assertEquals(List.of(2), claims.coverage().filter(x -> x.document().equals("monitoring")).table()
                .intColumn("page").asList());
        assertEquals(List.of(2, 3), LengthClaims.find(pdf).table().intColumn("page").asList());
    }

    @Test
    void textOnlyClaimsHaveNoPageColumn() {
        Table t = LengthClaims.find(Corpus.of(Document.of("a", "CCTV aired a 20-second segment."))).table();
        assertEquals(List.of("document", "start", "end", "text", "value", "unit", "noun", "kind", "sentence",
                "sentence_start", "sentence_end"), t.columnNames());
        assertEquals(0, LengthClaims.inText("CCTV aired a 20-second segment.").get(0).page());
    }
}
