package dev.lede.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.corpus.Corpus;
import dev.lede.corpus.CsvOptions;
import dev.lede.corpus.Document;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark readers against the single-machine loaders on the same files, and their errors on
 * bad input: each names the file and the row (or byte) and says what to do.
 */
class SparkCorpusReadersTest {

    static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = LedeSpark.local("local[2]", 4);
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    static void assertSameDocuments(Corpus expected, Corpus actual) {
        assertEquals(expected.ids(), actual.ids());
        for (int i = 0; i < expected.size(); i++) {
            Document e = expected.document(i);
            Document a = actual.document(i);
            assertEquals(e.text(), a.text(), e.id());
            assertEquals(e.metadata(), a.metadata(), e.id());
        }
    }

    @Test
    void textFolderAsSingleMachine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("b-story.txt"), "Summit in Pyongyang\r\n\r\nPutin met Kim on 19 June.\r\n");
        Files.write(dir.resolve("a.md"), ("\uFEFF# Moscow and Pyongyang sign a pact\n\nThe two leaders signed a"
                + " comprehensive strategic partnership treaty on Wednesday, pledging mutual aid.").getBytes(StandardCharsets.UTF_8));
        Files.writeString(dir.resolve("c.txt"), "");
        Files.writeString(dir.resolve(".hidden.txt"), "not a document");
        Files.writeString(dir.resolve("notes.csv"), "x\n1\n");
        Corpus single = Corpus.fromFolder(dir);
        Corpus distributed = SparkCorpus.fromTextFiles(spark, dir.toString()).collect();
        assertEquals(List.of("a", "b-story", "c"), distributed.ids());
        assertSameDocuments(single, distributed);
        assertEquals("Summit in Pyongyang", distributed.document("b-story").metadata().title());
    }

    @Test
    void invalidUtf8NamesFileAndByte(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("bad.txt"), new byte[] {'o', 'k', ' ', (byte) 0xE9, 't', 'e'});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SparkCorpus.fromTextFiles(spark, dir.toString()).size());
        IllegalArgumentException single = assertThrows(IllegalArgumentException.class, () -> Corpus.fromFolder(dir));
        assertEquals(single.getMessage().replace(dir.resolve("bad.txt").toString(), "bad.txt"), e.getMessage());
        assertTrue(e.getMessage().contains("bad.txt") && e.getMessage().contains("byte offset 3"), e.getMessage());
    }

    @Test
    void csvAsSingleMachine(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("wire.csv");
        Files.writeString(csv, "\uFEFFid,text,outlet,published\n"
                + "w1,\"Putin, in Pyongyang, said \"\"friendship\"\".\nSecond line.\",Reuters,2024-06-19\n"
                + "w2,Kim welcomed him,AP,\n"
                + "w3,,BBC News,2024-06-20\n");
        assertSameDocuments(Corpus.fromCsv(csv), SparkCorpus.fromCsv(spark, csv.toString()).collect());
        Path semi = dir.resolve("semi.csv");
        Files.writeString(semi, "body;desk\nfirst text;politics\nsecond;world\n");
        CsvOptions o = CsvOptions.builder().delimiter(';').textColumn("body").build();
        Corpus numbered = SparkCorpus.fromCsv(spark, semi.toString(), o).collect();
        assertSameDocuments(Corpus.fromCsv(semi, o), numbered);
        assertEquals(List.of("1", "2"), numbered.ids());
    }

    @Test
    void jsonLinesAndParquet(@TempDir Path dir) throws IOException {
        Path jsonl = dir.resolve("wire.jsonl");
        Files.writeString(jsonl, "{\"id\":\"w1\",\"text\":\"Putin arrived.\",\"outlet\":\"Reuters\",\"words\":2}\n"
                + "{\"id\":\"w2\",\"text\":\"Kim greeted him.\",\"kind\":\"article\"}\n");
        Corpus fromJson = SparkCorpus.fromJsonLines(spark, jsonl.toString()).collect();
        assertEquals(List.of("w1", "w2"), fromJson.ids());
        assertEquals("Reuters", fromJson.document("w1").metadata().outlet());
        assertEquals("2", fromJson.document("w1").get("words"));
        assertEquals("Kim greeted him.", fromJson.document("w2").text());

        Path parquet = dir.resolve("wire.parquet");
        SparkCorpus.of(spark, Corpus.load(SparkEquivalenceTest.SEED), 2).toDataset().drop("index")
                .write().parquet(parquet.toString());
        Corpus back = SparkCorpus.fromParquet(spark, parquet.toString()).collect();
        Corpus seed = Corpus.load(SparkEquivalenceTest.SEED);
        assertEquals(seed.size(), back.size());
        for (Document d : seed.documents()) {
            assertEquals(d.text(), back.document(d.id()).text());
            assertEquals(d.metadata(), back.document(d.id()).metadata());
        }
    }

    @Test
    void badRowsNameFileAndRow(@TempDir Path dir) throws IOException {
        Path empty = dir.resolve("empty-id.csv");
        Files.writeString(empty, "id,text\na,first\n ,second\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SparkCorpus.fromCsv(spark, empty.toString()).collect());
        assertEquals("'empty-id.csv' row 2: the id in column 'id' is empty: give every row an id, or leave the id"
                + " column unset to number the rows", e.getMessage());

        Path twice = dir.resolve("twice.csv");
        Files.writeString(twice, "id,text\na,first\nb,second\na,third\n");
        e = assertThrows(IllegalArgumentException.class, () -> SparkCorpus.fromCsv(spark, twice.toString()));
        assertEquals("'" + twice + "': 2 rows in 'twice.csv' have id 'a' in column 'id': ids must be unique",
                e.getMessage());

        Path date = dir.resolve("date.csv");
        Files.writeString(date, "id,text,published\na,first,2024-06-19\nb,second,19.06.2024\n");
        e = assertThrows(IllegalArgumentException.class, () -> SparkCorpus.fromCsv(spark, date.toString()).size());
        assertTrue(e.getMessage().startsWith("'date.csv' row 2: published '19.06.2024' is not an ISO date"),
                e.getMessage());

        Path noText = dir.resolve("no-text.csv");
        Files.writeString(noText, "id,body\na,first\n");
        e = assertThrows(IllegalArgumentException.class, () -> SparkCorpus.fromCsv(spark, noText.toString()));
        assertTrue(e.getMessage().startsWith("'" + noText + "' has no text column 'text'; columns found: [id, body]"),
                e.getMessage());

        Path nested = dir.resolve("nested.jsonl");
        Files.writeString(nested, "{\"id\":\"a\",\"text\":\"x\",\"tags\":[\"a\",\"b\"]}\n");
        e = assertThrows(IllegalArgumentException.class, () -> SparkCorpus.fromJsonLines(spark, nested.toString()));
        assertTrue(e.getMessage().contains("column 'tags' holds array<string>, not plain values"), e.getMessage());
        assertEquals("{\"id\":\"a\",\"text\":\"x\",\"tags\":[\"a\",\"b\"]}\n", Files.readString(nested),
                "the input is never written to");
    }
}
