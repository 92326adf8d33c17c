package dev.lede.coverage;

import dev.lede.corpus.Corpus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seed finding, computed from data/putin-pyongyang-2024: CCTV's 20-second, two-sentence segment against 35 seconds. */
class SeedCoverageTest {

    private static final Corpus SEED = Corpus.load(Path.of(System.getProperty("lede.data"), "putin-pyongyang-2024"));

    @Test
    void theWholeSeedCorpusHoldsExactlyTheThreeClaims() {
        LengthClaims claims = LengthClaims.find(SEED);
        assertEquals(3, claims.size(), claims.toString());
        String text = SEED.document("002").text();
        LengthClaim june = claims.get(0);
        LengthClaim sentences = claims.get(1);
        LengthClaim sept = claims.get(2);
        for (LengthClaim c : claims.claims()) {
            assertEquals("002", c.document());
            assertEquals(c.text(), c.span().of(text), "span points at the text");
            assertEquals(c.sentence(), c.sentenceSpan().of(text));
            assertEquals("segment", c.noun());
        }
        assertEquals("20-second", june.text());
        assertEquals(20.0, june.value());
        assertEquals(CoverageUnit.SECONDS, june.unit());
        assertEquals(text.indexOf("20-second"), june.span().start());
        assertEquals("Chinese state-run CCTV aired a 20-second segment on the North Korea-Russia summit during its"
                + " 7 PM news broadcast.", june.sentence());
        assertEquals("two-sentence", sentences.text());
        assertEquals(2.0, sentences.value());
        assertEquals(CoverageUnit.SENTENCES, sentences.unit());
        assertEquals("The short two-sentence segment merely mentioned that the two leaders met and signed a"
                + " comprehensive strategic partnership agreement.", sentences.sentence());
        assertEquals("35-second", sept.text());
        assertEquals(35.0, sept.value());
        assertEquals(CoverageUnit.SECONDS, sept.unit());
        assertEquals("This is shorter than the 35-second segment aired during the summit in Russia’s Far East Amur"
                + " region last September.", sept.sentence());
        // the sentence count of the segment is itself a coverage measure, in its own unit
        assertEquals(List.of(1810, 1903, 2051), claims.table().intColumn(LengthClaims.START).asList());
    }

    @Test
    void theFindingComesOutOfTheNumbers() {
        LengthClaims seconds = LengthClaims.find(SEED).in(CoverageUnit.SECONDS);
        assertEquals(2, seconds.size());
        CoverageMeasure june = seconds.get(0).toMeasure("CCTV 7 PM news", "June 2024 summit", null);
        CoverageMeasure sept = seconds.get(1).toMeasure("CCTV 7 PM news", "September 2023 summit", null);
        CoverageComparison c = CoverageComparison.of(june, sept);
        assertEquals("CCTV 7 PM news gave June 2024 summit 20 seconds, 15 seconds (43%) less than"
                + " September 2023 summit (35 seconds, 75% more).", c.statement());
        assertEquals(-15.0, c.pair().difference());
        assertEquals(75.0, c.pair().reversePercentChange(), 1e-12);
        assertEquals(-42.857142857142854, c.pair().percentChange(), 1e-12);
        assertEquals("document 002 [1810,1819)", c.measuresTable().stringColumn(CoverageComparison.SOURCE).get(0));
        // timed to the second, the 15-second gap is meaningful
        CoverageComparison timed = CoverageComparison.of(june.withPrecision(1), sept.withPrecision(1));
        assertEquals(CoverageComparison.Verdict.MEANINGFUL, timed.pair().verdict());
        assertEquals("CCTV 7 PM news gave June 2024 summit 20 ± 1 seconds, 15 ± 2 seconds (43%) less than"
                + " September 2023 summit (35 ± 1 seconds, 75% more).", timed.statement());
        String svg = timed.chart().toSvg();
        assertTrue(svg.contains("CCTV 7 PM news, June 2024 summit") && svg.contains(">20 ± 1<"));
    }

    @Test
    void corpusLengthsOfTheKoreanArticle() {
        CoverageMeasures sentences = CoverageMeasures.fromCorpus(SEED, CoverageUnit.SENTENCES);
        CoverageMeasure s002 = sentences.filter(m -> m.story().equals("002")).get(0);
        assertEquals(20.0, s002.value());
        assertEquals("Korean news site", s002.outlet());
        assertEquals("document 002 [0," + SEED.document("002").text().length() + ")", s002.provenance().toString());
        // consistent with the corpus table's sentence count
        assertEquals(SEED.toTable().intColumn(Corpus.SENTENCES).asList().stream().map(Integer::doubleValue).toList(),
                sentences.table().doubleColumn(CoverageMeasures.VALUE).asList());
    }
}
