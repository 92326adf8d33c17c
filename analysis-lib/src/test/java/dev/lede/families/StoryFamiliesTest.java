package dev.lede.families;

import dev.lede.corpus.Corpus;
import dev.lede.corpus.Document;
import dev.lede.corpus.Metadata;
import dev.lede.display.MimeBundle;
import dev.lede.vectors.Clustering;
import dev.lede.vectors.DistanceMatrix;
import dev.lede.vectors.HierarchicalClustering;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class StoryFamiliesTest {

    private static final Metadata COMMENT = Metadata.of(Map.of(Metadata.KIND, "comment"));

    /**
     * a, b cite Reuters on one story (Kaesong); c, d the BBC on another (Tbilisi); e reuses 10 of a's
     * 15 tokens; f is a comment citing Reuters on no story; g is alone.
     */
    private static List<Document> docs() {
        return List.of(
                Document.of("a", "Reuters writes that the talks on the border began late on Tuesday evening in Kaesong."),
                Document.of("b", "An aide told Reuters on Monday that nothing was agreed in Kaesong."),
                Document.of("c", "On Friday the BBC reported that crowds gathered in Tbilisi."),
                Document.of("d", "The BBC reported heavy rain in Tbilisi."),
                Document.of("e", "Analysts said the talks on the border began late on Tuesday evening, and nothing more."),
                Document.of("f", "Reuters writes rubbish, says this reader.", COMMENT),
                Document.of("g", "Football results from the weekend league."));
    }

    @Test
    void familiesBySharedSourceAndReuse() {
        StoryFamilies f = StoryFamilies.of(Corpus.of(docs()));
        assertEquals(List.of(List.of("a", "b", "e"), List.of("c", "d"), List.of("g")), f.families());
        assertEquals(List.of("f"), f.excluded());
        assertEquals(1, f.family("e"));
        assertEquals(3, f.family("g"));
        assertEquals(List.of("c", "d"), f.members(2));
        assertEquals(List.of(
                new FamilyLink("a", "b", FamilyLink.Reason.SHARED_SOURCE, "Reuters; same story 1.00"),
                new FamilyLink("a", "e", FamilyLink.Reason.REUSE,
                        "score 0.6667: the talks on the border began late on Tuesday evening"),
                new FamilyLink("c", "d", FamilyLink.Reason.SHARED_SOURCE, "BBC; same story 1.00")), f.links());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> f.family("f"));
        assertTrue(e.getMessage().contains("reader comment"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> f.members(4));
    }

    @Test
    void options() {
        Corpus c = Corpus.of(docs());
        // the comment cites Reuters but names nothing of the story: not of the family
        assertEquals(List.of(List.of("a", "b", "e"), List.of("c", "d"), List.of("f"), List.of("g")),
                StoryFamilies.builder().includeComments(true).find(c).families());
        assertEquals(List.of(List.of("a", "b", "e", "f"), List.of("c", "d"), List.of("g")),
                StoryFamilies.builder().includeComments(true).minStorySimilarity(0).find(c).families());
        assertThrows(IllegalArgumentException.class, () -> StoryFamilies.builder().minStorySimilarity(1.5));
        assertEquals(List.of(List.of("a", "e"), List.of("b"), List.of("c"), List.of("d"), List.of("g")),
                StoryFamilies.builder().linkSharedSources(false).find(c).families());
        // a-e share 10 of e's 15 tokens: score 0.6667
        assertEquals(List.of(List.of("a", "b"), List.of("c", "d"), List.of("e"), List.of("g")),
                StoryFamilies.builder().minReuseScore(0.7).find(c).families());
        assertThrows(IllegalArgumentException.class, () -> StoryFamilies.builder().minReuseScore(0));
    }

    /** Issue 16: one agency files many stories; citing it is not enough to be one family. */
    @Test
    void twoStoriesFromOneAgencyStayApart() {
        Corpus c = Corpus.of(
                Document.of("port", "ROTTERDAM (Reuters) - Dock workers at Rotterdam struck for 48 hours; 41 ships waited."),
                Document.of("port-relay", "Some 41 ships waited off Rotterdam as dockers struck, Reuters reported."),
                Document.of("mine", "SANTIAGO (Reuters) - Codelco shut its El Teniente mine after floods; 612 miners got out."));
        StoryFamilies f = StoryFamilies.of(c);
        assertEquals(List.of(List.of("mine"), List.of("port", "port-relay")), f.families());
        assertEquals(List.of(new FamilyLink("port", "port-relay", FamilyLink.Reason.SHARED_SOURCE,
                "Reuters; same story 1.00")), f.links());
    }

    @Test
    void numberingDoesNotDependOnCorpusOrder() {
        List<Document> reversed = new ArrayList<>(docs());
        Collections.reverse(reversed);
        StoryFamilies x = StoryFamilies.of(Corpus.of(docs()));
        StoryFamilies y = StoryFamilies.of(Corpus.of(reversed));
        assertEquals(x.families(), y.families());
        assertEquals(x.links(), y.links());
        assertEquals(x.table().toString(), y.table().toString());
        assertEquals(x.toMimeBundle(), y.toMimeBundle());
    }

    @Test
    void partsOfOneFileAreOneText() {
        Corpus c = Corpus.of(
                new Document("p1", "Reuters writes about the summit.", Metadata.empty(), "page.txt:0-32"),
                new Document("p2", "Unrelated words under the video.", Metadata.empty(), "page.txt:33-65"),
                new Document("q", "Other words entirely.", Metadata.empty(), "other.txt"));
        StoryFamilies f = StoryFamilies.of(c);
        assertEquals(List.of(List.of("p1", "p2"), List.of("q")), f.families());
        assertEquals(List.of(new FamilyLink("p1", "p2", FamilyLink.Reason.SAME_FILE, "page.txt")), f.links());
        assertEquals(List.of(List.of("p1"), List.of("p2"), List.of("q")),
                StoryFamilies.builder().linkSameFile(false).find(c).families());
    }

    @Test
    void tableWithStrongestPassage() {
        Table t = StoryFamilies.of(Corpus.of(docs())).table();
        assertEquals(List.of(StoryFamilies.FAMILY, StoryFamilies.DOCUMENT, StoryFamilies.OUTLET,
                StoryFamilies.CITED_SOURCES, StoryFamilies.PASSAGE_WITH, StoryFamilies.STRONGEST_PASSAGE),
                t.columnNames());
        assertEquals(List.of(1, 1, 1, 2, 2, 3), t.intColumn(StoryFamilies.FAMILY).asList());
        assertEquals(List.of("a", "b", "e", "c", "d", "g"), t.stringColumn(StoryFamilies.DOCUMENT).asList());
        assertEquals(List.of("Reuters", "Reuters", "", "BBC", "BBC", ""),
                t.stringColumn(StoryFamilies.CITED_SOURCES).asList());
        assertEquals(List.of("e", "", "a", "", "", ""), t.stringColumn(StoryFamilies.PASSAGE_WITH).asList());
        assertEquals("the talks on the border began late on Tuesday evening",
                t.stringColumn(StoryFamilies.STRONGEST_PASSAGE).get(2));
    }

    @Test
    void combinedDistance() {
        StoryFamilies f = StoryFamilies.of(Corpus.of(docs()));
        DistanceMatrix d = f.distances(0.5);
        assertEquals(List.of("a", "b", "c", "d", "e", "g"), d.ids());
        assertEquals(0.5, d.distance("a", "b"), 1e-12);          // same source, no reuse
        assertEquals(1 - 0.5 * 10 / 15.0, d.distance("a", "e"), 1e-12); // reuse only
        assertEquals(1.0, d.distance("a", "c"), 1e-12);
        assertEquals(0.0, f.distances(1.0).distance("c", "d"), 1e-12);
        Clustering k = HierarchicalClustering.of(d, HierarchicalClustering.Linkage.AVERAGE).cut(3);
        assertEquals(k.cluster("a"), k.cluster("b"));
        assertEquals(k.cluster("c"), k.cluster("d"));
        assertFalse(k.cluster("a") == k.cluster("c"));
        assertThrows(IllegalArgumentException.class, () -> f.distances(1.5));
    }

    @Test
    void badInput() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StoryFamilies.of(Corpus.of(Document.of("c1", "Reuters writes.", COMMENT))));
        assertTrue(e.getMessage().contains("includeComments"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> StoryFamilies.of(Corpus.of(List.of())));
        StoryFamilies one = StoryFamilies.of(Corpus.of(Document.of("x", "")));
        assertEquals(List.of(List.of("x")), one.families());
        String t = "The same words in both of these identical documents.";
        StoryFamilies same = StoryFamilies.of(Corpus.of(Document.of("x", t), Document.of("y", t)));
        assertEquals(List.of(List.of("x", "y")), same.families());
        assertEquals(FamilyLink.Reason.REUSE, same.links().get(0).reason());
    }

    @Test
    void renderingEscapes() {
        Corpus c = Corpus.of(Document.of("<a>", "Reuters writes <b>bold</b> & more words here today."),
                Document.of("b", "Reuters writes <b>bold</b> & more words here today."));
        MimeBundle m = StoryFamilies.of(c).toMimeBundle();
        assertFalse(m.get(MimeBundle.TEXT_HTML).contains("<a>"));
        assertFalse(m.get(MimeBundle.TEXT_HTML).contains("<b>"));
        assertTrue(m.get(MimeBundle.TEXT_PLAIN).startsWith("1 story families of 2 documents"));
    }
}
