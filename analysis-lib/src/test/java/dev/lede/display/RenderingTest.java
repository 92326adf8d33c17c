package dev.lede.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import java.util.Locale;
import tech.tablesaw.api.DoubleColumn;
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

    /** Tablesaw's own printer follows the default locale (a decimal comma in Turkish); ours must not. */
    @Test
    void numbersDoNotFollowTheDefaultLocale() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
        try {
            Table t = Table.create("shares", StringColumn.create("outlet", "BBC", "Reuters relay"),
                    DoubleColumn.create("share", 0.5, 0.125));
            MimeBundle b = Rendering.table(t, 20);
            assertEquals("shares\n"
                    + "outlet         share\n"
                    + "BBC            0.5000\n"
                    + "Reuters relay  0.1250\n", b.get(MimeBundle.TEXT_PLAIN));
            assertTrue(b.get(MimeBundle.TEXT_HTML).contains("<td style=\"text-align:right\">0.1250</td>"));
        } finally {
            Locale.setDefault(before);
        }
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
