package dev.lede.families;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lede.corpus.Corpus;
import dev.lede.corpus.Document;
import dev.lede.corpus.io.DocumentIds;
import dev.lede.reuse.SharedPassages;
import dev.lede.reuse.TextReuse;
import dev.lede.vectors.DocumentTermMatrix;
import dev.lede.vectors.HierarchicalClustering;
import dev.lede.vectors.Similarity;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Issue 16: one rule for an unknown document id everywhere, never an empty answer or a score of 0. */
class UnknownIdsTest {

    private static final Corpus C = Corpus.of(
            Document.of("003", "Reuters writes that the talks on the border began late on Tuesday evening."),
            Document.of("004", "An aide said the talks on the border began late on Tuesday evening, Reuters reported."),
            Document.of("010", "Football results from the weekend league."));

    private static String message(Executable e) {
        return assertThrows(IllegalArgumentException.class, e).getMessage();
    }

    @Test
    void everyAnalysisNamesTheIdAndTheNearestKnownOnes() {
        SharedPassages reuse = TextReuse.standard().find(C);
        assertEquals(1, reuse.between("003", "004").size());
        assertEquals("no document '0003' among the 3 documents of this reuse result; nearest ids: 003, 004, 010",
                message(() -> reuse.between("0003", "004")));
        assertEquals("no document '04' among the 3 documents of this reuse result; nearest ids: 004, 003, 010",
                message(() -> reuse.scores().score("003", "04")));
        assertEquals("no document '04' among the 3 documents of this reuse result; nearest ids: 004, 003, 010",
                message(() -> reuse.scores().coverage("04", "003")));
        assertEquals(0.0, reuse.scores().score("003", "010"));
        assertEquals("no document '0003' among the 3 documents of this corpus; nearest ids: 003, 004, 010",
                message(() -> C.document("0003")));
        assertEquals("no document '0003' among the 3 documents of this attribution; nearest ids: 003, 004, 010",
                message(() -> Attribution.of(C).citations("0003")));
        assertEquals("no document '0003' among the 3 documents of this story families grouping; nearest ids: 003,"
                + " 004, 010", message(() -> StoryFamilies.of(C).family("0003")));
        Similarity sim = Similarity.cosine(DocumentTermMatrix.of(C.tokens()));
        assertEquals("no document '0003' among the 3 documents of this similarity matrix; nearest ids: 003, 004, 010",
                message(() -> sim.get("0003", "004")));
        assertEquals("no document '0003' among the 3 documents of this distance matrix; nearest ids: 003, 004, 010",
                message(() -> sim.toDistances().indexOf("0003")));
        assertEquals("no document '0003' among the 3 documents of this document-term matrix; nearest ids: 003, 004, 010",
                message(() -> DocumentTermMatrix.of(C.tokens()).row("0003")));
        assertEquals("no document '0003' among the 3 documents of this clustering; nearest ids: 003, 004, 010",
                message(() -> HierarchicalClustering.of(sim.toDistances(), HierarchicalClustering.Linkage.AVERAGE)
                        .cut(2).cluster("0003")));
    }

    @Test
    void nearestIdsByEditDistanceCaseIgnoredTiesById() {
        assertEquals(List.of("Doc-2", "doc-1", "doc-3"), DocumentIds.nearest("DOC-2", Set.of("doc-3", "doc-1", "Doc-2", "x"), 3));
        assertEquals("003", DocumentIds.require("003", Set.of("003"), "corpus"));
        assertEquals("no document 'a' among the 0 documents of this corpus",
                message(() -> DocumentIds.require("a", Set.of(), "corpus")));
    }
}
