package dev.lede.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Clip-path ids of charts: ids are global in a page, so two charts must not share one. */
class ChartIdsTest {

    private static final Pattern ID = Pattern.compile("id='([^']+)'");

    private static Chart clipped(String title, int bars) {
        Consumer<Graphics2D> draw = g -> {
            g.setClip(10, 10, 100, 20 * bars);
            g.setColor(Color.BLUE);
            for (int i = 0; i < bars; i++) {
                g.fillRect(10, 10 + 20 * i, 40 + 10 * i, 15);
            }
            g.setClip(0, 0, 200, 200);
            g.drawString(title, 10, 190);
        };
        return Chart.of(title, 200, 200, draw);
    }

    private static TreeSet<String> ids(String svg) {
        TreeSet<String> ids = new TreeSet<>();
        Matcher m = ID.matcher(svg);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    @Test
    void twoChartsShareNoIdAndTheSameChartKeepsItsIds() throws Exception {
        String a = clipped("first", 3).toSvg();
        String b = clipped("second", 8).toSvg();
        assertEquals(a, clipped("first", 3).toSvg(), "deterministic");
        TreeSet<String> idsA = ids(a), idsB = ids(b);
        assertEquals(2, idsA.size(), a);
        assertEquals(2, idsB.size(), b);
        TreeSet<String> both = new TreeSet<>(idsA);
        both.retainAll(idsB);
        assertEquals(List.of(), List.copyOf(both), "no id in both charts");
        // the ids are lede-<12 hex of the SHA-256 of the chart with the fixed prefix "lede">-clip-<n>
        for (String svg : List.of(a, b)) {
            String prefix = ids(svg).first().substring(0, "lede-".length() + 12 + 1);
            assertTrue(prefix.matches("lede-[0-9a-f]{12}-"), prefix);
            assertEquals(List.of(prefix + "clip-0", prefix + "clip-1"), List.copyOf(ids(svg)));
            String plain = svg.replace(prefix, "lede");
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(plain.getBytes(StandardCharsets.UTF_8));
            assertEquals("lede-" + HexFormat.of().formatHex(digest, 0, 6) + "-", prefix);
            // every reference points at an id of the same chart
            Matcher ref = Pattern.compile("url\\(#([^)]+)\\)").matcher(svg);
            int refs = 0;
            while (ref.find()) {
                assertTrue(ids(svg).contains(ref.group(1)), ref.group(1));
                refs++;
            }
            assertTrue(refs >= 2, svg);
        }
    }
}
