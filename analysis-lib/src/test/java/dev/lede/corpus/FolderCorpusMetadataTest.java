package dev.lede.corpus;

import dev.lede.text.Language;

import dev.lede.text.Stopwords;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder of text files without a manifest: titles from headlines, languages detected. */
class FolderCorpusMetadataTest {

    static final Path FOLDER = CorpusLoadingTest.DATA.resolveSibling("notebooks").resolve("tests").resolve("folder-corpus");

    @Test
    void theShippedFolderCorpusGetsTitlesAndLanguages() {
        Corpus c = Corpus.load(FOLDER);
        assertEquals(List.of("forum-en", "journal-fr", "paper-en", "radio-fr", "wire-en"), c.ids());
        assertEquals(Map.of("forum-en", "en", "journal-fr", "fr", "paper-en", "en", "radio-fr", "fr", "wire-en", "en"),
                Map.of("forum-en", c.document("forum-en").metadata().language(),
                        "journal-fr", c.document("journal-fr").metadata().language(),
                        "paper-en", c.document("paper-en").metadata().language(),
                        "radio-fr", c.document("radio-fr").metadata().language(),
                        "wire-en", c.document("wire-en").metadata().language()));
        assertEquals("Floods close the Vellmar bridge for a second week", c.document("wire-en").metadata().title());
        assertEquals("Le pont de Vellmar reste fermé une semaine de plus", c.document("radio-fr").metadata().title());
        assertEquals("Re: bridge closed again <script>window.ledePwned = \"forum-en script\"</script>",
                c.document("forum-en").metadata().title());
        assertNull(c.document("wire-en").metadata().outlet(), "a plain file names no outlet");
        // and the stopword lists follow the detected languages
        Document radio = c.document("radio-fr");
        assertEquals(Stopwords.of(Language.FRENCH).toString(),
                Stopwords.forLanguages().forDocument(radio.id(), radio.metadata().language()).toString());
    }

    @Test
    void noHeadlineNoTitleAndTooLittleTextNoLanguage(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "One line of running text that goes on without a headline.\nAnd a second.",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("b.txt"), "42\n\nok", StandardCharsets.UTF_8);
        Corpus c = Corpus.fromFolder(dir);
        assertNull(c.document("a").metadata().title());
        assertEquals("en", c.document("a").metadata().language());
        assertEquals("42", c.document("b").metadata().title());
        assertNull(c.document("b").metadata().language(), "two letters: no guess");
    }

    @Test
    void theSameLanguageWhateverTheRun() {
        String text = "Der Stadtrat hat am Donnerstag beschlossen, eine Fähre über den Fluss einzurichten, "
                + "bis die Brücke wieder geöffnet wird.";
        for (int i = 0; i < 5; i++) {
            assertEquals("de", dev.lede.corpus.io.LanguageGuess.of(text).orElseThrow());
        }
    }
}
