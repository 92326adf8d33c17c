package dev.lede.corpus;

import static dev.lede.corpus.ManifestErrorsTest.assertMentions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code Corpus.fromEnvironment("LEDE_CORPUS", fallback)}: the variable wins when set, else the fallback. */
class LoadFromEnvironmentTest {

    @TempDir
    Path dir;

    static List<String> ids(Map<String, String> env, Path fallback) {
        return CorpusReaders.fromEnvironment(env::get, "LEDE_CORPUS", fallback, LoadOptions.defaults())
                .documents().stream().map(Document::id).toList();
    }

    @Test
    void variableNamesAFolderOrCsv() throws IOException {
        Files.writeString(dir.resolve("mine.txt"), "My text.");
        Path csv = dir.resolve("rows.csv");
        Files.writeString(csv, "id,text\nr1,Row text.\n");
        assertEquals(List.of("mine"), ids(Map.of("LEDE_CORPUS", dir.resolve("mine.txt").toString()), CorpusLoadingTest.SEED));
        assertEquals(List.of("r1"), ids(Map.of("LEDE_CORPUS", " " + csv + " "), CorpusLoadingTest.SEED));
    }

    @Test
    void unsetOrBlankUsesTheFallback() {
        assertEquals(CorpusLoadingTest.IDS, ids(Map.of(), CorpusLoadingTest.SEED));
        assertEquals(CorpusLoadingTest.IDS, ids(Map.of("LEDE_CORPUS", "  "), CorpusLoadingTest.SEED));
        assertEquals(CorpusLoadingTest.IDS,
                Corpus.fromEnvironment("LEDE_TEST_VARIABLE_THAT_IS_NEVER_SET", CorpusLoadingTest.SEED).ids());
    }

    @Test
    void aVariableNamingNothingIsAnError() {
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> ids(Map.of("LEDE_CORPUS", dir.resolve("gone").toString()), CorpusLoadingTest.SEED));
        assertMentions(e.getMessage(), "environment variable LEDE_CORPUS names", "gone", "does not exist",
                "unset it to use");
    }
}
