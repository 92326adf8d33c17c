package dev.lede.corpus;

import dev.lede.display.MimeBundle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;

/** {@link Corpus#toTable()} schema and counts, and the corpus's HTML/plain rendering. */
class CorpusTableTest {

    static Corpus small() {
        return Corpus.of(
                Document.of("a", "Putin visits Pyongyang. China watches.",
                        Metadata.of(Map.of("outlet", "BBC", "kind", "article"))),
                Document.of("b", "Kim’s reply came.", Metadata.of(Map.of("language", "en", "tokens", "x"))),
                Document.of("c", ""));
    }

    @Test
    void fixedSchemaWithSortedMetadataColumns() {
        Table t = small().toTable();
        assertEquals("corpus", t.name());
        // the manifest's six fields are always there (empty where no document has them), then any other field
        assertEquals(List.of("id", "kind", "language", "outlet", "published", "relays", "title", "metadata:tokens",
                        "characters", "tokens", "sentences"), t.columnNames());
        assertEquals(List.of("", "", ""), t.stringColumn("published").asList());
        assertEquals(ColumnType.STRING, t.column(Corpus.ID).type());
        assertEquals(ColumnType.STRING, t.column("outlet").type());
        assertEquals(ColumnType.INTEGER, t.column(Corpus.CHARACTERS).type());
        assertEquals(ColumnType.INTEGER, t.column(Corpus.TOKENS).type());
        assertEquals(ColumnType.INTEGER, t.column(Corpus.SENTENCES).type());
    }

    @Test
    void handCountedValues() {
        Table t = small().toTable();
        assertEquals(List.of("a", "b", "c"), t.stringColumn("id").asList());
        assertEquals(List.of("BBC", "", ""), t.stringColumn("outlet").asList());
        assertEquals(List.of("", "x", ""), t.stringColumn("metadata:tokens").asList());
        // "Putin visits Pyongyang. China watches." = 38 chars; "Kim’s reply came." = 17
        assertEquals(List.of(38, 17, 0), t.intColumn(Corpus.CHARACTERS).asList());
        // putin visits pyongyang china watches | kim reply came | (none)
        assertEquals(List.of(5, 3, 0), t.intColumn(Corpus.TOKENS).asList());
        assertEquals(List.of(2, 1, 0), t.intColumn(Corpus.SENTENCES).asList());
    }

    @Test
    void seedCorpusTable() {
        Table t = Corpus.load(CorpusLoadingTest.SEED).toTable();
        assertEquals(List.of("id", "file", "format", "kind", "language", "outlet", "published", "relays", "title",
                "characters", "tokens", "sentences"), t.columnNames());
        assertEquals("000_70de0a3d901cc9ac.txt", t.stringColumn("file").get(0));
        assertEquals("text", t.stringColumn("format").get(0));
        assertEquals(18, t.rowCount());
        assertEquals(CorpusLoadingTest.IDS, t.stringColumn("id").asList());
        // 000-comment-05 spans code points 5973..5998 of the file: 25 code points, 27 UTF-16 units (two emoji)
        assertEquals(25, t.intColumn(Corpus.CHARACTERS).get(6));
        assertEquals(27, Corpus.load(CorpusLoadingTest.SEED).document("000-comment-05").text().length());
        assertEquals(4451 - 81, t.intColumn(Corpus.CHARACTERS).get(0));
        assertEquals("2024-06-19", t.stringColumn("published").get(16));
    }

    @Test
    void htmlEscapesCorpusTextAndMetadata() {
        Corpus c = Corpus.of(Document.of("<x>", "<script>alert('hi')</script> & more",
                Metadata.of(Map.of("title", "\"Kim\" & <Putin>"))));
        String html = c.toMimeBundle().get(MimeBundle.TEXT_HTML);
        assertFalse(html.contains("<script>"), html);
        assertFalse(html.contains("<x>"), html);
        assertTrue(html.contains("<td style=\"white-space:nowrap\">&lt;x&gt;</td>"), html);
        assertTrue(html.contains("&lt;script&gt;alert(&#39;hi&#39;)&lt;/script&gt; &amp; more"), html);
        assertTrue(html.contains("&quot;Kim&quot; &amp; &lt;Putin&gt;"), html);
        assertTrue(html.contains("<th>characters</th><th>tokens</th><th>sentences</th><th>text</th>"), html);
    }

    @Test
    void plainTextIsAnAlignedTable() {
        assertEquals("""
                Corpus: 3 documents
                id  kind     language  outlet  published  relays  title  metadata:tokens  characters  tokens  sentences
                a   article            BBC                                                        38       5          2
                b            en                                          x                        17       3          1
                c                                                                                  0       0          0
                """, small().toString());
    }

    @Test
    void renderingMentionsLoadWarnings(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("empty.txt"), "");
        java.nio.file.Files.writeString(dir.resolve("full.txt"), "Text.");
        String plain = Corpus.fromFolder(dir).toString();
        assertTrue(plain.startsWith("Corpus: 2 documents (loaded with warnings: document 'empty' (empty.txt) is empty)\n"),
                plain);
        String seed = CorpusLoadingTest.seedString();
        assertTrue(seed.startsWith("Corpus: 18 documents\nid "), seed);
        // long titles are cut to 40 code points in the plain form
        assertTrue(seed.contains("  How is China viewing Russian President …  "), seed);
    }

    @Test
    void renderingShowsTwentyRowsAndCountsTheRest() {
        Document[] docs = new Document[25];
        for (int i = 0; i < docs.length; i++) {
            docs[i] = Document.of("d" + i, "Text " + i + ".");
        }
        String plain = Corpus.of(docs).toString();
        assertTrue(plain.startsWith("Corpus: 25 documents\n"), plain);
        assertTrue(plain.contains("\nd19 "), plain);
        assertFalse(plain.contains("\nd20 "), plain);
        assertTrue(plain.endsWith("… and 5 more documents\n"), plain);
    }
}
