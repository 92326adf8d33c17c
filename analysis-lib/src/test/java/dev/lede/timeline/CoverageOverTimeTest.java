package dev.lede.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.corpus.Corpus;
import dev.lede.corpus.Document;
import dev.lede.corpus.Metadata;
import dev.lede.coverage.Actors;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class CoverageOverTimeTest {

    private static Document doc(String id, String outlet, String published, String text) {
        Map<String, String> m = new HashMap<>();
        m.put(Metadata.OUTLET, outlet);
        m.put(Metadata.PUBLISHED, published);
        return Document.of(id, text, Metadata.of(m));
    }

    static Corpus corpus() {
        return Corpus.of(
                doc("a", "X", "2024-06-17", "Putin visits Pyongyang. Russia and North Korea."),   // 7 words; Russia 1, NK 2
                doc("b", "Y", "2024-06-19T02:00:00+09:00", "China watches Beijing closely."),   // 4 words; China 2
                doc("c", "X", "2024-06-20", "Moscow: 2 days."),                                  // 3 words; Russia 1
                doc("d", "Y", null, "Kremlin silent."),                                          // undated; 2 words, Russia 1
                doc("e", "X", "2024-06-24", "Nothing here."));                                   // 2 words
    }

    @Test
    void perDayByOutletWithGapsFilled() {
        CoverageOverTime t = CoverageOverTime.builder(corpus()).by(Metadata.OUTLET)
                .mentions(Actors.chinaRussiaNorthKorea()).build();
        assertEquals(8, t.periods().size());  // 17 to 24 June, days without documents included
        assertEquals(List.of("X", "Y"), t.groups());
        Table table = t.table();
        assertEquals(16, table.rowCount());
        assertEquals(List.of("period", "period_start", "group", "documents", "words", "mentions"), table.columnNames());
        // 19 June, outlet Y: document b, dated as published (02:00 in Seoul)
        assertEquals("2024-06-19", table.stringColumn(CoverageOverTime.PERIOD).get(5));
        assertEquals("Y", table.stringColumn(CoverageOverTime.GROUP).get(5));
        assertEquals(1, table.intColumn(CoverageOverTime.DOCUMENTS).getInt(5));
        assertEquals(4, table.intColumn(CoverageOverTime.WORDS).getInt(5));
        assertEquals(2, table.intColumn(CoverageOverTime.MENTIONS).getInt(5));
        assertEquals(0, t.documents(LocalDate.of(2024, 6, 18), "Y"));
        assertEquals(List.of("d"), t.undatedIds());
        Table u = t.undated();
        assertEquals(List.of("Y"), u.stringColumn(CoverageOverTime.GROUP).asList());
        assertEquals(2, u.intColumn(CoverageOverTime.WORDS).getInt(0));
        assertEquals(1, u.intColumn(CoverageOverTime.MENTIONS).getInt(0));
        // the sums over periods and undated are the corpus's
        assertEquals(4, (int) table.intColumn(CoverageOverTime.DOCUMENTS).sum());
        assertEquals(16, (int) table.intColumn(CoverageOverTime.WORDS).sum());
    }

    @Test
    void weeksAndShareOfVoice() {
        CoverageOverTime t = CoverageOverTime.builder(corpus()).step(TimeStep.WEEK).by(Metadata.OUTLET)
                .mentions(Actors.chinaRussiaNorthKorea()).build();
        Table table = t.table();
        assertEquals(List.of("2024-W25", "2024-W25", "2024-W26", "2024-W26"),
                table.stringColumn(CoverageOverTime.PERIOD).asList());
        assertEquals(List.of("2024-06-17", "2024-06-17", "2024-06-24", "2024-06-24"),
                table.stringColumn(CoverageOverTime.PERIOD_START).asList());
        assertEquals(List.of(2, 1, 1, 0), table.intColumn(CoverageOverTime.DOCUMENTS).asList());
        assertEquals(List.of(10, 4, 2, 0), table.intColumn(CoverageOverTime.WORDS).asList());
        assertEquals(List.of(4, 2, 0, 0), table.intColumn(CoverageOverTime.MENTIONS).asList());
        Table sov = t.shareOfVoice();
        assertEquals(List.of("China", "Russia", "North Korea", "China", "Russia", "North Korea"),
                sov.stringColumn(CoverageOverTime.ACTOR).asList());
        assertEquals(List.of(2, 2, 2, 0, 0, 0), sov.intColumn(CoverageOverTime.MENTIONS).asList());
        assertEquals(100 / 3.0, sov.doubleColumn(CoverageOverTime.SHARE_PERCENT).getDouble(0), 1e-12);
        assertTrue(Double.isNaN(sov.doubleColumn(CoverageOverTime.SHARE_PERCENT).getDouble(3)));
        Table m = t.mentions();
        assertEquals(12, m.rowCount());
        // W25, X: Russia 2 (a, c) and North Korea 2 (a) of 4
        assertEquals(List.of(0, 2, 2), m.intColumn(CoverageOverTime.MENTIONS).asList().subList(0, 3));
        assertEquals(50.0, m.doubleColumn(CoverageOverTime.SHARE_PERCENT).getDouble(1));
    }

    @Test
    void timeZonesOnlyWhenAsked() {
        CoverageOverTime asPublished = CoverageOverTime.of(corpus(), TimeStep.DAY);
        assertEquals(1, asPublished.documents(LocalDate.of(2024, 6, 19), CoverageOverTime.ALL));
        CoverageOverTime utc = CoverageOverTime.builder(corpus()).zone(ZoneId.of("UTC")).build();
        // 02:00 on the 19th at +09:00 is 17:00 on the 18th in UTC
        assertEquals(0, utc.documents(LocalDate.of(2024, 6, 19), CoverageOverTime.ALL));
        assertEquals(1, utc.documents(LocalDate.of(2024, 6, 18), CoverageOverTime.ALL));
    }

    @Test
    void monthsAndIsoWeekYears() {
        CoverageOverTime t = CoverageOverTime.builder(corpus()).step(TimeStep.MONTH).build();
        assertEquals(List.of("2024-06"), t.table().stringColumn(CoverageOverTime.PERIOD).asList());
        assertEquals(List.of(4), t.table().intColumn(CoverageOverTime.DOCUMENTS).asList());
        assertEquals("2025-W01", TimeStep.WEEK.label(LocalDate.of(2024, 12, 30)));
        assertEquals(LocalDate.of(2024, 12, 30), TimeStep.WEEK.start(LocalDate.of(2025, 1, 5)));
    }

    @Test
    void badDatesNameTheDocument() {
        Corpus c = Corpus.of(doc("z", "X", "19.06.2024", "text"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CoverageOverTime.of(c, TimeStep.DAY));
        assertEquals("document 'z' () has published '19.06.2024', not an ISO date (yyyy-MM-dd) or date-time"
                + " (yyyy-MM-ddTHH:mm[:ss][+hh:mm]): correct it or leave it empty to count the document as undated",
                e.getMessage());
        Corpus local = Corpus.of(doc("y", "X", "2024-06-19T10:00:00", "text"));
        assertEquals(LocalDate.of(2024, 6, 19), CoverageOverTime.of(local, TimeStep.DAY).periods().get(0));
        assertThrows(IllegalArgumentException.class,
                () -> CoverageOverTime.builder(local).zone(ZoneId.of("UTC")).build());
    }

    @Test
    void chartsAreDeterministic() {
        CoverageOverTime t = CoverageOverTime.builder(corpus()).by(Metadata.OUTLET)
                .mentions(Actors.chinaRussiaNorthKorea()).build();
        String svg = t.chart(CoverageOverTime.Count.DOCUMENTS).toSvg();
        assertEquals(svg, t.chart(CoverageOverTime.Count.DOCUMENTS).toSvg());
        assertTrue(svg.contains("2024-06-19") && svg.contains("(1 undated left out)"), svg);
        assertTrue(t.shareChart().toSvg().contains("Share of voice per day"));
        assertThrows(IllegalStateException.class,
                () -> CoverageOverTime.of(corpus(), TimeStep.DAY).chart(CoverageOverTime.Count.MENTIONS));
    }
}
