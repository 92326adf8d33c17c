package dev.lede.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.corpus.Corpus;
import dev.lede.corpus.Document;
import dev.lede.reuse.CandidateSearch;
import dev.lede.reuse.SharedPassage;
import dev.lede.reuse.SharedPassages;
import dev.lede.reuse.TextReuse;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Shared passages found on Spark against the single-machine {@link TextReuse}. */
class SparkReuseTest {

    static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = LedeSpark.local("local[2]", 4);
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    static List<SharedPassage> single(TextReuse options, Corpus c) {
        SharedPassages found = options.find(c);
        List<SharedPassage> all = new ArrayList<>(found.passages());
        all.addAll(found.boilerplate());
        return all;
    }

    @Test
    void seedCorpusPassagesEqualSingleMachine() {
        Corpus seed = Corpus.load(SparkEquivalenceTest.SEED);
        List<SharedPassage> expected = single(TextReuse.standard(), seed);
        List<SharedPassage> actual = SparkReuse.of(TextReuse.standard()).find(SparkCorpus.of(spark, seed, 3));
        assertTrue(expected.size() > 10, "the seed corpus's texts copy each other: " + expected.size());
        assertTrue(expected.stream().anyMatch(SharedPassage::boilerplate), "001/004 share a comment form");
        assertEquals(expected, actual);
        assertEquals(TextReuse.standard().find(seed).table().toString(), SharedPassages.tableOf(actual).toString());
    }

    @Test
    void generatedWireCopiesEqualSingleMachine() {
        // 120 documents of random words; every fifth copies a 12-word passage from another,
        // and one phrase is in most documents (a common shingle, dropped on both sides)
        Random r = new Random(7);
        String[] words = "the a minister said summit treaty ally Moscow Pyongyang Kim Putin wire talks signed on in"
                .split(" ");
        List<String> texts = new ArrayList<>();
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = 0; k < 40; k++) {
                b.append(words[r.nextInt(words.length)]).append(k % 9 == 8 ? ". " : " ");
            }
            if (r.nextInt(3) > 0) {
                b.append("Putin's visit to North Korea. ");
            }
            if (i % 5 == 4) {
                String[] source = texts.get(r.nextInt(texts.size())).split(" ");
                int from = r.nextInt(20);
                b.append(String.join(" ", List.of(source).subList(from, from + 12))).append(' ');
            }
            texts.add(b.toString());
            docs.add(Document.of(String.format("w%03d", i), b.toString()));
        }
        Corpus c = Corpus.of(docs);
        TextReuse exact = TextReuse.builder().candidates(CandidateSearch.EXACT).build();
        List<SharedPassage> expected = single(exact, c);
        assertTrue(expected.size() >= 24, "planted copies found: " + expected.size());
        assertTrue(!exact.find(c).commonShingles().isEmpty(), "the repeated phrase is common");
        assertEquals(expected, SparkReuse.of(exact).find(SparkCorpus.of(spark, c, 5)));
    }
}
