package dev.lede;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.display.Rendering;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class RenderingTest {

    private static Table table(int rows) {
        int[] n = new int[rows];
        String[] s = new String[rows];
        for (int i = 0; i < rows; i++) {
            n[i] = i;
            s[i] = i == 0 ? "Putin & <Kim>" : "r" + i;
        }
        return Table.create("t", StringColumn.create("who", s), IntColumn.create("n", n));
    }

    @Test
    void smallTableIsExactEscapedHtml() {
        MimeBundle b = Rendering.table(table(2), 20);
        assertEquals("<div class=\"lede-table\"><table border=\"1\" class=\"dataframe\"><caption>t</caption>"
                + "<thead><tr><th>who</th><th>n</th></tr></thead><tbody>"
                + "<tr><td>Putin &amp; &lt;Kim&gt;</td><td style=\"text-align:right\">0</td></tr>"
                + "<tr><td>r1</td><td style=\"text-align:right\">1</td></tr>"
                + "</tbody></table><p>2 rows × 2 columns</p></div>", b.get(MimeBundle.TEXT_HTML));
        assertTrue(b.get(MimeBundle.TEXT_PLAIN).contains("Putin & <Kim>"));
        assertFalse(b.get(MimeBundle.TEXT_PLAIN).contains("showing"));
    }

    @Test
    void longTableIsCutWithTheRowCount() {
        MimeBundle b = Rendering.table(table(30), 3);
        String html = b.get(MimeBundle.TEXT_HTML);
        assertEquals(4, html.split("<tr>", -1).length - 1, "header row + 3 rows");
        assertTrue(html.endsWith("<p>30 rows × 2 columns (showing the first 3)</p></div>"), html);
        assertTrue(b.get(MimeBundle.TEXT_PLAIN).endsWith("30 rows × 2 columns (showing the first 3)"));
    }

    @Test
    void richFormsOnlyForRenderablesAndTables() {
        assertTrue(Rendering.rich(table(1)).isPresent());
        assertTrue(Rendering.rich((Renderable) () -> MimeBundle.builder().text("x").build()).isPresent());
        assertFalse(Rendering.rich("text").isPresent());
        assertFalse(Rendering.rich(null).isPresent());
        assertEquals("42", Rendering.bundle(42).get(MimeBundle.TEXT_PLAIN));
        assertEquals("null", Rendering.bundle(null).get(MimeBundle.TEXT_PLAIN));
    }

    @Test
    void negativeRowLimitIsRejectedWithTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Rendering.table(table(1), -1));
        assertTrue(e.getMessage().contains("-1"), e.getMessage());
    }
}
