package dev.lede.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code jupyter nbconvert --to notebook --execute} on a small analysis-lib notebook with the installed kernel,
 * whose last cell is long work with progress: none of it may reach the executed notebook.
 */
class NotebookIT {

    @Test
    void nbconvertExecutesTheSmokeNotebookWithTableAndChart() throws Exception {
        try (InstalledKernel k = new InstalledKernel()) {
            String py = k.pythonExe();
            Path nb = k.temp.resolve("smoke.ipynb");
            Files.copy(k.root.resolve("kernel/src/test/resources/smoke.ipynb"), nb);
            Path corpus = k.root.resolve("data/putin-pyongyang-2024");
            InstalledKernel.Result r = k.run(List.of(py, "-m", "nbconvert", "--to", "notebook", "--execute",
                            "--ExecutePreprocessor.timeout=120", nb.toString(), "--output", "smoke.out.ipynb"),
                    k.temp, Map.of("LEDE_CORPUS", corpus.toString()), 180);
            assertEquals(0, r.exit(), r.output());
            String out = Files.readString(k.temp.resolve("smoke.out.ipynb"), StandardCharsets.UTF_8);
            assertTrue(out.contains("\"text/html\"") && out.contains("<table"), "no HTML table in the executed notebook");
            assertTrue(out.contains("\"image/svg+xml\"") && out.contains("<svg"), "no SVG chart in the executed notebook");
            assertTrue(out.contains("\"18\""), "the seed corpus should load as 18 documents");
            assertTrue(!out.contains("\"output_type\": \"error\""), "a cell failed:\n" + out);
            // The last cell runs 1.5 s with a progress display: nbconvert takes no input, so it records
            // none of it, only the cell's own line (and reruns stay byte for byte).
            com.google.gson.JsonArray cells = com.google.gson.JsonParser.parseString(out).getAsJsonObject()
                    .getAsJsonArray("cells");
            String last = cells.get(cells.size() - 1).getAsJsonObject().get("outputs").toString();
            assertEquals("[{\"name\":\"stdout\",\"output_type\":\"stream\",\"text\":[\"long work done\\n\"]}]", last);
            assertTrue(!out.contains("lede-progress") && !out.contains("display_data"), "progress in the notebook:\n" + out);
        }
    }
}
