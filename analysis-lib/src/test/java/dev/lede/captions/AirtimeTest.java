package dev.lede.captions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.coverage.Actors;
import dev.lede.coverage.CoverageComparison;
import dev.lede.coverage.CoverageMeasure;
import dev.lede.coverage.CoverageUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class AirtimeTest {

    static final Topic SUMMIT = Topic.terms("summit", "Russia", "North Korea", "Moscow", "Pyongyang").named("the summit");

    static Captions bulletins() {
        return Captions.load(CaptionsTest.bulletins());
    }

    @Test
    void shippedBulletinsGiveThirtyFiveAndTwentySeconds() {
        Airtime a = Airtime.of(bulletins(), SUMMIT);
        List<AirtimeSegment> sept = a.segments("harbour-2023-09-13");
        assertEquals(1, sept.size());
        AirtimeSegment s = sept.get(0);
        // cues 4 to 9: 00:15 to 00:50; cues 5 and 8 name nothing but lie within the 10 s gap
        assertEquals(4, s.firstCue());
        assertEquals(9, s.lastCue());
        assertEquals(15.0, s.start());
        assertEquals(50.0, s.end());
        assertEquals(35.0, s.duration());
        assertEquals(6, s.hits());
        assertEquals(List.of("Russia", "North Korea", "summit", "Moscow", "Pyongyang"), s.matched());
        assertTrue(s.text().startsWith("Abroad, the leaders") && s.text().endsWith("in four years."), s.text());
        List<AirtimeSegment> june = a.segments("harbour-2024-06-19");
        assertEquals(1, june.size());
        assertEquals(16.0, june.get(0).start());
        assertEquals(36.0, june.get(0).end());
        assertEquals(4, june.get(0).hits());
        assertEquals(55.0, a.totalSeconds());
    }

    @Test
    void byBroadcastAndTotals() {
        Airtime a = Airtime.of(bulletins(), SUMMIT);
        Table t = a.byBroadcast();
        assertEquals(List.of(35.0, 20.0), t.doubleColumn(Airtime.SECONDS).asList());
        assertEquals(List.of(1.0, 1.0), t.doubleColumn(Airtime.PRECISION).asList());
        assertEquals(List.of(66.0, 60.0), t.doubleColumn(Airtime.RUNNING_TIME).asList());
        assertEquals(100 * 35 / 66.0, t.doubleColumn(Airtime.SHARE_PERCENT).getDouble(0), 1e-12);
        assertEquals(100 * 20 / 60.0, t.doubleColumn(Airtime.SHARE_PERCENT).getDouble(1), 1e-12);
        Table byOutlet = a.totalsBy("outlet");
        assertEquals(List.of("Harbour TV"), byOutlet.stringColumn(Airtime.GROUP).asList());
        assertEquals(55.0, byOutlet.doubleColumn(Airtime.SECONDS).getDouble(0));
        assertEquals(2.0, byOutlet.doubleColumn(Airtime.PRECISION).getDouble(0));
        assertEquals(126.0, byOutlet.doubleColumn(Airtime.RUNNING_TIME).getDouble(0));
        Table byDay = a.totalsBy("published");
        assertEquals(List.of("2023-09-13", "2024-06-19"), byDay.stringColumn(Airtime.GROUP).asList());
        assertEquals(List.of(35.0, 20.0), byDay.doubleColumn(Airtime.SECONDS).asList());
    }

    @Test
    void comparisonUsesTheCaptionPrecision() {
        CoverageComparison c = Airtime.of(bulletins(), SUMMIT).compare("harbour-2024-06-19", "harbour-2023-09-13");
        assertEquals("Harbour TV, the summit, 2024-06-19 got 20 ± 1 seconds, 15 ± 2 seconds (43%) less than"
                + " Harbour TV, the summit, 2023-09-13 (35 ± 1 seconds, 75% more).", c.statement());
        assertEquals(CoverageComparison.Verdict.MEANINGFUL, c.pair().verdict());
    }

    @Test
    void measuredBesideClaimed() {
        Airtime a = Airtime.of(bulletins(), SUMMIT);
        CoverageMeasure claim = CoverageMeasure.of("Harbour TV", "the summit", 30, CoverageUnit.SECONDS).withPrecision(1);
        Map<String, CoverageMeasure> claims = new LinkedHashMap<>();
        claims.put("harbour-2024-06-19", claim);
        Table t = a.measuredVsClaimed(claims);
        assertEquals(20.0, t.doubleColumn(Airtime.MEASURED).getDouble(0));
        assertEquals(30.0, t.doubleColumn(Airtime.CLAIMED).getDouble(0));
        assertEquals(-10.0, t.doubleColumn(Airtime.DIFFERENCE).getDouble(0));
        assertEquals("yes", t.stringColumn(Airtime.MEANINGFUL).get(0));
        assertEquals("entered", t.stringColumn(Airtime.CLAIM_SOURCE).get(0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> a.againstClaim(
                "harbour-2024-06-19", CoverageMeasure.of("Harbour TV", "x", 2, CoverageUnit.SENTENCES)));
        assertEquals("the claim 'Harbour TV, x' (2 sentences, entered) is not a duration: airtime is measured in seconds",
                e.getMessage());
    }

    @Test
    void actorsAndTheGapRule() {
        Airtime a = Airtime.of(bulletins(), Topic.actors(Actors.chinaRussiaNorthKorea()));
        // 2023: cue 9 names only "summit", not an actor: the segment ends with cue 7 at 00:38
        assertEquals(List.of(23.0), a.segments("harbour-2023-09-13").stream().map(AirtimeSegment::duration).toList());
        // 2024: the China item starts 14 s after the summit's last cue: a second segment
        assertEquals(List.of(20.0, 6.0), a.segments("harbour-2024-06-19").stream().map(AirtimeSegment::duration).toList());
        assertEquals(List.of("China"), a.segments("harbour-2024-06-19").get(1).matched());
        // allowing 15 s joins them: 00:16 to 00:56
        Airtime wide = Airtime.of(bulletins(), Topic.actors(Actors.chinaRussiaNorthKorea()),
                AirtimeRule.defaults().withMaxGap(15));
        assertEquals(List.of(40.0), wide.segments("harbour-2024-06-19").stream().map(AirtimeSegment::duration).toList());
        assertEquals(2.0, wide.measure("harbour-2024-06-19").precision().getAsDouble() * 2, 1e-12);
        // a stricter gap splits the 2023 segment before cue 6 (6.5 s after cue 4 ends); cue 9 (6 s after cue 7) stays
        Airtime narrow = Airtime.of(bulletins(), SUMMIT, AirtimeRule.defaults().withMaxGap(6));
        assertEquals(List.of(6.0, 22.5), narrow.segments("harbour-2023-09-13").stream()
                .map(AirtimeSegment::duration).toList());
        assertEquals(2.0, narrow.measure("harbour-2023-09-13").precision().getAsDouble());
    }

    @Test
    void wildcardsAndRegexInTopics() {
        Airtime a = Airtime.of(bulletins(), Topic.terms("russia*"));
        // "Russia" and "Russian" in cue 4 of 2023; "Russian" in cue 4 and "Russia" in cue 6 of 2024
        assertEquals(List.of(6.0), a.segments("harbour-2023-09-13").stream().map(AirtimeSegment::duration).toList());
        assertEquals(2, a.segments("harbour-2023-09-13").get(0).hits());
        assertEquals(List.of(20.0), a.segments("harbour-2024-06-19").stream().map(AirtimeSegment::duration).toList());
        Airtime r = Airtime.of(bulletins(), Topic.terms("/talks?|treaty/"));
        assertEquals(List.of(27.5), r.segments("harbour-2023-09-13").stream().map(AirtimeSegment::start).toList());
    }

    @Test
    void chartIsDeterministicAndEscaped() {
        Airtime a = Airtime.of(bulletins(), SUMMIT.named("<summit> & co"));
        String svg = a.chart().toSvg();
        assertEquals(svg, Airtime.of(bulletins(), SUMMIT.named("<summit> & co")).chart().toSvg());
        assertTrue(svg.contains("&lt;summit&gt; &amp; co"), svg);
        assertTrue(svg.contains("35 s") && svg.contains("20 s"), svg);
    }

    @Test
    void aPhraseAcrossTwoCuesPutsBothOnTheTopic() {
        // "North" ends cue 1, "Korea" opens cue 2; cue 3 comes 12 s later, beyond the 10 s gap
        String text = "Talks with North\nKorea resumed.\nNorth Korea again.";
        List<Cue> cues = List.of(
                new Cue(1, 0, 3000, "Talks with North", new dev.lede.text.Span(0, 16), 0),
                new Cue(2, 3000, 5000, "Korea resumed.", new dev.lede.text.Span(17, 31), 0),
                new Cue(3, 17000, 19000, "North Korea again.", new dev.lede.text.Span(32, 50), 0));
        Captions c = Captions.of(List.of(CaptionTrack.of("t", text, cues, dev.lede.corpus.Metadata.empty())));
        Airtime a = Airtime.of(c, Topic.terms("north korea"));
        List<AirtimeSegment> s = a.segments("t");
        assertEquals(2, s.size());
        assertEquals(1, s.get(0).firstCue());
        assertEquals(2, s.get(0).lastCue());
        assertEquals(5.0, s.get(0).duration());
        assertEquals(1, s.get(0).hits());
        assertEquals("Talks with North Korea resumed.", s.get(0).text());
        assertEquals(2.0, s.get(1).duration());
        assertEquals(7.0, a.seconds("t"));
        assertEquals(2.0, a.measure("t").precision().getAsDouble());
        assertThrows(IllegalArgumentException.class, () -> CaptionTrack.of("u", text, List.of(cues.get(1), cues.get(0)),
                dev.lede.corpus.Metadata.empty()));
    }
}
