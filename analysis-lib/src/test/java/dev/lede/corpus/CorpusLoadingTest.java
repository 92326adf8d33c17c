package dev.lede.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The seed corpus loads from its manifest into exactly the documents the manifest describes. */
class CorpusLoadingTest {

    static final Path DATA = Path.of(System.getProperty("lede.data", "../data"));
    static final Path SEED = DATA.resolve("putin-pyongyang-2024");
    static final Path MANIFEST = SEED.resolve("corpus.csv");

    static final List<String> IDS = List.of("000-transcript", "000-article",
            "000-comment-01", "000-comment-02", "000-comment-03", "000-comment-04", "000-comment-05", "000-comment-06",
            "000-comment-07", "000-comment-08", "000-comment-09", "000-comment-10", "000-comment-11", "000-comment-12",
            "001", "002", "003", "004");

    static String seedString() {
        return Corpus.load(SEED).toString();
    }

    @Test
    void eighteenDocumentsWithExactIds() {
        Corpus c = Corpus.fromManifest(MANIFEST);
        assertEquals(18, IDS.size()); // transcript + article + 12 comments + 4 files
        assertEquals(IDS, c.ids());
        assertTrue(c.loadReport().isClean(), c.loadReport().toString());
    }

    @Test
    void loadDetectsTheManifestFromFileOrFolder() {
        assertEquals(IDS, Corpus.load(MANIFEST).ids());
        assertEquals(IDS, Corpus.load(SEED).ids());
    }

    @Test
    void kindsAndLanguages() {
        Corpus c = Corpus.fromManifest(MANIFEST);
        assertEquals(DocumentKind.TRANSCRIPT, c.document("000-transcript").metadata().kind());
        assertEquals(DocumentKind.ARTICLE, c.document("000-article").metadata().kind());
        assertEquals(DocumentKind.SUMMARY, c.document("001").metadata().kind());
        assertEquals(DocumentKind.ARTICLE, c.document("002").metadata().kind());
        assertEquals(12, c.where(Metadata.KIND, "comment").size());
        assertEquals(List.of("000-comment-04", "000-comment-05"), c.where(Metadata.LANGUAGE, "ja").ids());
        assertEquals(16, c.where(Metadata.LANGUAGE, "en").size());
        assertEquals(List.of("001", "002"), c.where(Metadata.RELAYS, "BBC").ids());
        assertEquals(List.of("003", "004"), c.where(Metadata.RELAYS, "Reuters").ids());
    }

    @Test
    void publishedDatesAndTitles() {
        Corpus c = Corpus.fromManifest(MANIFEST);
        assertEquals(Optional.of(LocalDate.of(2024, 6, 19)), c.document("003").metadata().published());
        assertEquals(Optional.of(LocalDate.of(2024, 6, 20)), c.document("004").metadata().published());
        assertEquals(Optional.empty(), c.document("000-transcript").metadata().published());
        assertEquals("Reuters: China Doesn't Like Putin's Visit To North Korea", c.document("003").metadata().title());
        assertEquals("China unhappy with Putin-Kim friendship!", c.document("004").metadata().title());
        assertEquals("BBC News", c.document("000-comment-07").metadata().outlet());
        assertFalse(c.document("002").metadata().has(Metadata.TITLE));
    }

    @Test
    void exactCommentTexts() {
        Corpus c = Corpus.fromManifest(MANIFEST);
        assertEquals("北朝鮮と韓国とコリア系日本人とコリア系ロシア人とコリア系中国人は、まったく信用できない",
                c.document("000-comment-04").text());
        assertEquals("🌏🌎から嫌われている国が同盟になったって事でしょ❓", c.document("000-comment-05").text());
        assertEquals("Are you people lost? She's stating what China MAY be thinking, not fully IS thinking. "
                + "Take news with a grain of salt, this is not military intel 😭", c.document("000-comment-08").text());
        assertEquals("200,000 views with 2000 likes…. (1%)\n"
                + "    Alternative media… 60,000 views with 6000 likes…. (10%)\n"
                + "    I think your audience has figured The BBC out, it’s full of narrative and nonsense…",
                c.document("000-comment-03").text());
    }

    @Test
    void transcriptAndArticleBoundaries() {
        Corpus c = Corpus.fromManifest(MANIFEST);
        String t = c.document("000-transcript").text();
        assertTrue(t.startsWith("an elaborate ceremony has been taking place"), t.substring(0, 50));
        assertTrue(t.endsWith("China will not want any more attention on its relationship with Russia"));
        String a = c.document("000-article").text();
        assertTrue(a.startsWith("North Korea’s leader Kim Jong Un has said he “fully supports”"));
        assertTrue(a.endsWith("but will be watching developments carefully."));
        assertEquals(4, a.split("\n\n").length);
        String last = c.document("000-comment-12").text();
        assertTrue(last.startsWith("America stops sponsoring"));
        assertTrue(last.endsWith("fall into the hands of the communists?😊"));
    }

    @Test
    void everyRangedDocumentIsTrimmedAndTheNumberedCommentsAreInOrder() {
        Corpus c = Corpus.fromManifest(MANIFEST);
        for (Document d : c.documents()) {
            assertEquals(d.text().strip(), d.text(), d.id() + " has leading or trailing white space");
        }
        // Each comment is preceded in the file by its number: "  N. ".
        String file = Corpus.fromFolder(SEED).document("000_70de0a3d901cc9ac").text();
        int from = 0;
        for (int n = 1; n <= 12; n++) {
            Document d = c.document(String.format(java.util.Locale.ROOT, "000-comment-%02d", n));
            int at = file.indexOf("  " + n + ". " + d.text(), from);
            assertTrue(at >= 0, d.id());
            from = at + 1;
        }
    }

    @Test
    void sourcesNameFileAndRange() {
        Corpus c = Corpus.fromManifest(MANIFEST);
        assertEquals("000_70de0a3d901cc9ac.txt:81-4451", c.document("000-transcript").source());
        assertEquals("000_70de0a3d901cc9ac.txt:5973-5998", c.document("000-comment-05").source());
        assertEquals("003_f2fcbc325571ee6f.txt", c.document("003").source());
    }

    @Test
    void wholeFilesAreLoadedByteForByte() throws Exception {
        Corpus c = Corpus.fromManifest(MANIFEST);
        String expected = java.nio.file.Files.readString(SEED.resolve("004_c951ebe4c5621172.txt"));
        assertEquals(expected, c.document("004").text());
        assertTrue(c.document("004").text().startsWith("China unhappy with Putin-Kim friendship!\n\nLast Updated on June 20, 2024"));
    }

    @Test
    void secondTestCorpusLoadsThroughTheSameManifestFormat() {
        // the notebooks are rerun on it with LEDE_CORPUS=notebooks/tests/second-corpus/corpus.csv
        Path manifest = DATA.resolve("../notebooks/tests/second-corpus/corpus.csv");
        Corpus c = Corpus.load(manifest);
        assertEquals(List.of("a", "b", "c", "d"), c.ids());
        assertEquals(List.of("b"), c.where(Metadata.RELAYS, "AFP").ids());
        assertEquals("Halden strike strands ships, lifts freight rates", c.document("c").metadata().title());
        assertTrue(c.document("b").text().startsWith("Port Halden strike: what we know\n\nContainer traffic"));
        assertEquals("b-regional-afp.txt", c.document("b").source());
    }
}
