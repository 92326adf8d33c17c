package dev.lede.corpus;

import static dev.lede.corpus.ManifestErrorsTest.assertMentions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A CSV with one document per row and a text column. */
class CsvLoadingTest {

    @TempDir
    Path dir;

    Path csv(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }

    @Test
    void textColumnIdColumnAndMetadata() throws IOException {
        Path p = csv("scraped.csv", "url,body,outlet,published\n"
                + "https://a.example/1,\"Putin, Kim and \"\"friends\"\".\nSecond line.\",Outlet A,2024-06-19\n"
                + "https://a.example/2,Short.,Outlet B,\n");
        Corpus c = Corpus.fromCsv(p, CsvOptions.builder().textColumn("body").idColumn("url").build());
        assertEquals(List.of("https://a.example/1", "https://a.example/2"), c.ids());
        Document d = c.document("https://a.example/1");
        assertEquals("Putin, Kim and \"friends\".\nSecond line.", d.text());
        assertEquals(Map.of("outlet", "Outlet A", "published", "2024-06-19", "file", "scraped.csv", "format", "csv",
                "row", "1"), d.metadata().asMap());
        assertEquals("scraped.csv:line 2", d.source());
        assertEquals("scraped.csv:line 4", c.document("https://a.example/2").source());
        // the second row starts on line 4, after the first row's two lines
        assertEquals(Map.of("outlet", "Outlet B", "file", "scraped.csv", "format", "csv", "row", "2"),
                c.document("https://a.example/2").metadata().asMap());
    }

    @Test
    void rowNumbersWhenThereIsNoIdColumn() throws IOException {
        Path p = csv("rows.csv", "text,section\nOne.,A\n\nTwo.,B\n");
        Corpus c = Corpus.fromCsv(p);
        assertEquals(List.of("1", "2"), c.ids());
        assertEquals("Two.", c.document("2").text());
        assertEquals("B", c.document("2").get("section"));
        assertEquals("rows.csv:line 4", c.document("2").source());
    }

    @Test
    void anIdColumnIsUsedWhenPresent() throws IOException {
        Path p = csv("rows.csv", "id,text\nx,One.\ny,Two.\n");
        assertEquals(List.of("x", "y"), Corpus.fromCsv(p).ids());
        assertEquals(List.of("x", "y"), Corpus.load(p).ids());
    }

    @Test
    void semicolonsAndTabs() throws IOException {
        Path semi = csv("semi.csv", "id;text;note\nx;A, with comma.;n\n");
        Corpus c = Corpus.fromCsv(semi, CsvOptions.builder().delimiter(';').build());
        assertEquals("A, with comma.", c.document("x").text());
        Path tsv = csv("rows.tsv", "id\ttext\nx\tTabbed, text.\n");
        assertEquals("Tabbed, text.", Corpus.load(tsv).document("x").text());
    }

    @Test
    void missingTextColumnListsTheColumns() throws IOException {
        Path p = csv("rows.csv", "id,body,outlet\nx,Text,O\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Corpus.fromCsv(p));
        assertMentions(e.getMessage(), "rows.csv' has no text column 'text'", "columns found: [id, body, outlet]",
                "textColumn(...)");
        IllegalArgumentException auto = assertThrows(IllegalArgumentException.class, () -> Corpus.load(p));
        assertMentions(auto.getMessage(), "neither a corpus manifest", "columns found: [id, body, outlet]");
    }

    @Test
    void autoDetectionHintsAtSemicolons() throws IOException {
        Path p = csv("excel.csv", "id;text\nx;Text\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Corpus.load(p));
        assertMentions(e.getMessage(), "columns found: [id;text]", ".delimiter(';')");
    }

    @Test
    void missingIdColumn() throws IOException {
        Path p = csv("rows.csv", "text\nA\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Corpus.fromCsv(p, CsvOptions.builder().idColumn("url").build()));
        assertMentions(e.getMessage(), "no id column 'url'", "columns found: [text]");
    }

    @Test
    void unbalancedQuotesNameTheLineWhereTheFieldStarts() throws IOException {
        Path p = csv("rows.csv", "id,text\na,fine\nb,\"never closed\nc,more\nd,end\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Corpus.fromCsv(p));
        assertMentions(e.getMessage(), "rows.csv' is not valid CSV at line 3", "no closing double quote");
    }

    @Test
    void strayQuoteAfterAQuotedField() throws IOException {
        Path p = csv("rows.csv", "id,text\na,fine\nb,\"quoted\"x\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Corpus.fromCsv(p));
        assertMentions(e.getMessage(), "not valid CSV at line 3", "misplaced");
    }

    @Test
    void duplicateIdsNameBothLines() throws IOException {
        Path p = csv("rows.csv", "id,text\na,One\nb,Two\na,Three\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Corpus.fromCsv(p));
        assertMentions(e.getMessage(), "lines 2 and 4", "id 'a'");
    }

    @Test
    void emptyIdAndBadMetadata() throws IOException {
        IllegalArgumentException id = assertThrows(IllegalArgumentException.class,
                () -> Corpus.fromCsv(csv("rows.csv", "id,text\n,One\n")));
        assertMentions(id.getMessage(), "line 2", "id in column 'id' is empty");
        IllegalArgumentException kind = assertThrows(IllegalArgumentException.class,
                () -> Corpus.fromCsv(csv("k.csv", "text,kind\nOne,op-ed\n")));
        assertMentions(kind.getMessage(), "k.csv' line 2", "unknown document kind 'op-ed'");
        IllegalArgumentException date = assertThrows(IllegalArgumentException.class,
                () -> Corpus.fromCsv(csv("d.csv", "text,published\nOne,\"June 20, 2024\"\n")));
        assertMentions(date.getMessage(), "d.csv' line 2", "published 'June 20, 2024' is not an ISO date");
    }

    @Test
    void headerProblems() throws IOException {
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
                () -> Corpus.fromCsv(csv("e.csv", "")));
        assertMentions(empty.getMessage(), "e.csv' is empty", "header row");
        IllegalArgumentException dup = assertThrows(IllegalArgumentException.class,
                () -> Corpus.fromCsv(csv("d.csv", "text,a,a\nx,1,2\n")));
        assertMentions(dup.getMessage(), "column 'a' appears twice");
        IllegalArgumentException blank = assertThrows(IllegalArgumentException.class,
                () -> Corpus.fromCsv(csv("b.csv", "text,,x\nx,1,2\n")));
        assertMentions(blank.getMessage(), "header column 2 has no name");
    }

    @Test
    void headerOnlyGivesAnEmptyCorpus() throws IOException {
        assertEquals(0, Corpus.fromCsv(csv("h.csv", "id,text\n")).size());
    }
}
