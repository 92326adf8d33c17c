package dev.lede.families;

import dev.lede.testing.SeedTexts;

import dev.lede.corpus.Corpus;
import dev.lede.corpus.Document;
import dev.lede.corpus.DocumentKind;
import dev.lede.reuse.ReuseScores;
import dev.lede.reuse.SharedPassage;
import dev.lede.reuse.SharedPassages;
import dev.lede.reuse.TextReuse;
import dev.lede.vectors.Clustering;
import dev.lede.vectors.HierarchicalClustering;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The findings of issue 5 on the seed corpus data/putin-pyongyang-2024, computed from the texts. */
class SeedStoryFamiliesTest {

    private static final Corpus SEED = Corpus.load(SeedTexts.folder());
    private static final Corpus NO_COMMENTS = SEED.filter(d -> d.metadata().kind() != DocumentKind.COMMENT);

    @Test
    void bbcPageIsBbcByItsTitle() {
        Attribution a = Attribution.of(SEED);
        for (String id : List.of("000-transcript", "000-article")) {
            assertEquals(Set.of("BBC"), a.citedSources(id));
            SourceCitation title = a.citations(id).get(0);
            assertEquals(CitationKind.TITLE, title.kind());
            assertTrue(title.phrase().endsWith("| BBC News"));
        }
    }

    @Test
    void summaryNamesTheBritishBroadcastingCorporation() {
        Attribution a = Attribution.of(SEED);
        assertEquals(Set.of("BBC"), a.citedSources("001"));
        SourceCitation note = a.citations("001").get(0);
        assertEquals(CitationKind.SOURCE_NOTE, note.kind());
        assertTrue(note.phrase().startsWith("The British Broadcasting Corporation is a British public service"));
        assertEquals(note.phrase(), SEED.document("001").text().substring(note.start(), note.end()));
    }

    @Test
    void koreanSiteSaysTheBbcReported() {
        Attribution a = Attribution.of(SEED);
        assertEquals(Set.of("BBC"), a.citedSources("002"));
        SourceCitation first = a.citations("002").get(0);
        assertEquals("the BBC reported", first.phrase());
        assertEquals(CitationKind.REPORTS, first.kind());
        assertEquals("the BBC reported", SEED.document("002").text().substring(first.start(), first.end()));
        // CCTV and the Global Times are the story's subjects, not its sources
        assertEquals(Set.of("CCTV", "Global Times", "People's Daily"), a.mentionedOnly("002"));
    }

    @Test
    void reutersRelaysCiteReuters() {
        Attribution a = Attribution.of(SEED);
        assertEquals(Set.of("Reuters"), a.citedSources("003"));
        assertEquals(Set.of("Reuters"), a.citedSources("004"));
        assertEquals(List.of("Reuters:", "Reuters writes", "Reuters also added"),
                a.citations("003").stream().map(SourceCitation::phrase).toList());
        assertEquals(List.of("in a conversation with Reuters"),
                a.citations("004").stream().map(SourceCitation::phrase).toList());
    }

    /** Independent check: the manifest's {@code relays} column (which attribution does not read). */
    @Test
    void attributionAgreesWithTheManifestRelaysColumn() {
        Attribution a = Attribution.of(SEED);
        for (Document d : SEED.documents()) {
            if (d.metadata().relays() != null) {
                assertEquals(Set.of(d.metadata().relays()), a.citedSources(d.id()), d.id());
            }
        }
    }

    @Test
    void reutersRelaysShareTheirPassages() {
        SharedPassages found = TextReuse.standard().find(NO_COMMENTS);
        List<SharedPassage> ps = found.between("003", "004");
        // 003 is dated 2024-06-19, 004 2024-06-20: 003 comes first
        assertTrue(ps.stream().allMatch(p -> p.first().equals("003")));
        assertTrue(ps.stream().anyMatch(p -> p.firstText().equals("a bilateral exchange of views")
                && p.secondText().equals("a bilateral exchange of views")), ps.toString());
        SharedPassage carnegie = ps.stream().filter(p -> p.secondText().contains("Beijing, Moscow and Pyongyang"))
                .findFirst().orElseThrow(() -> new AssertionError(ps.toString()));
        assertEquals("a de facto alliance among Beijing, Moscow, and Pyongyang", carnegie.firstText());
        assertEquals("a de facto tripartite alliance between Beijing, Moscow and Pyongyang", carnegie.secondText());
        for (SharedPassage p : ps) {
            assertEquals(p.firstText(), SEED.document("003").text().substring(p.firstStart(), p.firstEnd()));
            assertEquals(p.secondText(), SEED.document("004").text().substring(p.secondStart(), p.secondEnd()));
        }
        // the event's name is too common to count as reuse
        assertTrue(found.commonShingles().contains("visit to north"), found.commonShingles().toString());
    }

    @Test
    void summaryKeepsTheTranscriptsWordingAcrossAnEdit() {
        SharedPassages found = TextReuse.standard().find(NO_COMMENTS);
        SharedPassage p = found.between("000-transcript", "001").stream()
                .filter(x -> x.firstText().startsWith("President Putin not to fly")).findFirst()
                .orElseThrow(() -> new AssertionError(found.between("000-transcript", "001").toString()));
        assertEquals("President Putin not to fly straight from here in Beijing to Pyongyang", p.firstText());
        assertEquals("President Putin not to fly directly from Beijing to Pyongyang", p.secondText());
        assertEquals(8, p.tokens());
    }

    @Test
    void blogBoilerplateIsReportedAndExcluded() {
        SharedPassages found = TextReuse.standard().find(NO_COMMENTS);
        assertEquals(List.of(), found.between("001", "004").stream()
                .filter(p -> p.firstText().contains("email")).toList());
        assertEquals(1, found.boilerplate().size());
        SharedPassage b = found.boilerplate().get(0);
        assertEquals("001", b.first());
        assertEquals("004", b.second());
        assertTrue(b.firstText().startsWith("Leave a Reply"), b.firstText());
        assertTrue(b.firstText().contains("Your email address will not be published"), b.firstText());
        ReuseScores.Pair pair = found.scores().pairs().stream()
                .filter(p -> p.first().equals("001") && p.second().equals("004")).findFirst().orElseThrow();
        assertEquals(1, pair.boilerplatePassages());
        assertFalse(found.passages().stream().anyMatch(p -> p.firstText().contains("Required fields")));
    }

    @Test
    void twoFamiliesWithoutReaderComments() {
        StoryFamilies f = StoryFamilies.of(SEED);
        assertEquals(List.of(List.of("000-article", "000-transcript", "001", "002"), List.of("003", "004")),
                f.families());
        assertEquals(12, f.excluded().size());
        // the same by filtering the corpus first
        assertEquals(f.families(), StoryFamilies.of(NO_COMMENTS).families());
        // reuse alone separates nothing across the families: no cross-family reuse link
        assertTrue(f.links().stream().filter(l -> l.reason() == FamilyLink.Reason.REUSE)
                .allMatch(l -> f.family(l.first()) == f.family(l.second())));
        assertEquals("a de facto alliance among Beijing, Moscow, and Pyongyang",
                f.table().stringColumn(StoryFamilies.STRONGEST_PASSAGE).get(4));
    }

    @Test
    void combinedDistanceClustersIntoTheTwoFamilies() {
        StoryFamilies f = StoryFamilies.of(SEED);
        Clustering k = HierarchicalClustering.of(f.distances(0.5), HierarchicalClustering.Linkage.AVERAGE).cut(2);
        assertEquals(k.cluster("003"), k.cluster("004"));
        for (String id : List.of("000-transcript", "001", "002")) {
            assertEquals(k.cluster("000-article"), k.cluster(id), id);
        }
        assertFalse(k.cluster("000-article") == k.cluster("003"));
    }

    @Test
    void readerCommentsJoinTheBbcFamilyWhenIncluded() {
        // the comments sit on the BBC page (title "... | BBC News")
        StoryFamilies f = StoryFamilies.builder().includeComments(true).find(SEED);
        assertEquals(2, f.families().size());
        assertEquals(16, f.members(1).size());
        assertEquals(List.of("003", "004"), f.members(2));
    }
}
