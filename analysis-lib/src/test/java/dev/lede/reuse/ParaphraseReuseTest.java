package dev.lede.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.corpus.Corpus;
import dev.lede.corpus.Document;
import dev.lede.corpus.Parallelism;
import dev.lede.families.FamilyLink;
import dev.lede.families.StoryFamilies;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The semantic pass of {@link TextReuse} on small hand-written documents, with the real model. */
class ParaphraseReuseTest {

    static final String STRIKE = "Dock workers at the port of Gdansk walked off the job on Tuesday in a dispute over pay.";
    static final String STRIKE_REWORDED = "A pay dispute led dockers in Gdansk to stop work on Tuesday.";
    static final String CONCERT = "The orchestra will perform the symphony in the cathedral on Easter Sunday.";
    static final String WHEAT = "Wheat prices rose on fears of a poor harvest this year.";
    static final String LIBRARY = "The new library will open its doors in the autumn.";

    private static Corpus corpus(String... idText) {
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < idText.length; i += 2) {
            docs.add(Document.of(idText[i], idText[i + 1]));
        }
        return Corpus.of(docs);
    }

    private static final TextReuse SEMANTIC = TextReuse.builder().paraphrases(Paraphrases.standard()).build();

    @Test
    void rewordedSentenceIsAParaphraseVerbatimCopyIsNot() {
        // a and b: the strike in other words; c copies a's sentence word for word
        Corpus c = corpus("a", STRIKE + " " + CONCERT, "b", STRIKE_REWORDED + " " + WHEAT,
                "c", STRIKE + " " + LIBRARY);
        SharedPassages found = SEMANTIC.find(c);
        assertTrue(found.hasParaphrases());
        List<ParaphrasePair> ab = found.paraphrases("a", "b");
        assertEquals(1, ab.size(), ab.toString());
        ParaphrasePair p = ab.get(0);
        assertEquals(STRIKE, p.firstText());
        assertEquals(STRIKE_REWORDED, p.secondText());
        assertEquals(0, p.firstStart());
        assertEquals(STRIKE.length(), p.firstEnd());
        assertEquals(0, p.secondStart());
        assertEquals(STRIKE_REWORDED.length(), p.secondEnd());
        assertTrue(p.similarity() >= Paraphrases.DEFAULT_MIN_SIMILARITY && p.similarity() < 1, "" + p.similarity());
        // a/c share the sentence verbatim: a passage, not a paraphrase
        assertEquals(List.of(), found.paraphrases("a", "c"));
        assertEquals(1, found.between("a", "c").size());
        // b/c: c's copy of the strike sentence, reworded in b
        assertEquals(1, found.paraphrases("b", "c").size());
        assertEquals(2, found.paraphrases().size());
        assertEquals(List.of(), found.commonSentences());

        // scores, counted by hand: a has 18 + 12 = 30 word tokens, its strike sentence 18; b has
        // 12 + 11 = 23, its strike sentence 12 (punctuation is no token)
        ReuseScores.Pair pab = found.scores().pairs().stream().filter(x -> x.first().equals("a")
                && x.second().equals("b")).findFirst().orElseThrow();
        assertEquals(new ReuseScores.Pair("a", "b", 0, 18, 12, 18 / 30.0, 12 / 23.0, 0, 1), pab);
        assertEquals(18 / 30.0, found.scores().score("a", "b"), 1e-15);
        assertTrue(found.scores().table().columnNames().contains(ReuseScores.PARAPHRASES));
        assertEquals(2, found.paraphraseTable().rowCount());
        assertTrue(found.toString().contains("2 paraphrased sentence pairs (similarity >= 0.57)"), found.toString());
    }

    @Test
    void withoutTheSemanticPassNothingChanges() {
        Corpus c = corpus("a", STRIKE + " " + CONCERT, "b", STRIKE_REWORDED + " " + WHEAT);
        SharedPassages plain = TextReuse.standard().find(c);
        assertFalse(plain.hasParaphrases());
        assertEquals(List.of(), plain.paraphrases());
        assertEquals(List.of(), plain.scores().pairs());
        assertFalse(plain.scores().table().columnNames().contains(ReuseScores.PARAPHRASES));
        assertFalse(plain.toString().contains("paraphrase"));
        assertTrue(TextReuse.standard().paraphrases().isEmpty() && SEMANTIC.paraphrases().isPresent());
    }

    @Test
    void unrelatedSentencesAndShortSentencesPairWithNothing() {
        Corpus c = corpus("a", CONCERT + " Reuters.", "b", WHEAT + " Reuters.", "c", LIBRARY);
        SharedPassages found = SEMANTIC.find(c);
        assertEquals(List.of(), found.paraphrases());
        assertEquals(List.of(), found.scores().pairs());
    }

    @Test
    void stockSentenceSharedByMostDocumentsScoresNothing() {
        String[] stock = {"Police said the incident was under investigation.",
                "The incident is being investigated, police said.",
                "Police said they were investigating the incident.",
                "An investigation into the incident is under way, police said."};
        String[] stories = {STRIKE, CONCERT, WHEAT, LIBRARY,
                "The striker scored twice in the second half to win the match.",
                "A rare white stork was seen nesting on the church tower."};
        List<String> idText = new ArrayList<>();
        for (int i = 0; i < stories.length; i++) {
            idText.add("d" + i);
            idText.add(stories[i] + (i < stock.length ? " " + stock[i] : ""));
        }
        SharedPassages found = SEMANTIC.find(corpus(idText.toArray(String[]::new)));
        assertEquals(List.of(stock[3], stock[0], stock[2], stock[1]), found.commonSentences());
        assertEquals(List.of(), found.paraphrases());
        // with the filter off the stock sentences pair up
        SharedPassages unfiltered = TextReuse.builder()
                .paraphrases(Paraphrases.builder().maxDocumentFrequency(1.0).build()).build()
                .find(corpus(idText.toArray(String[]::new)));
        assertEquals(List.of(), unfiltered.commonSentences());
        assertFalse(unfiltered.paraphrases().isEmpty());
    }

    @Test
    void sameResultOnOneAndTwoThreads() {
        Corpus c = corpus("a", STRIKE + " " + CONCERT, "b", STRIKE_REWORDED + " " + WHEAT,
                "c", STRIKE + " " + LIBRARY);
        SharedPassages one = SEMANTIC.find(c.tokens().withParallelism(Parallelism.of(1)));
        SharedPassages two = SEMANTIC.find(c.tokens().withParallelism(Parallelism.of(2)));
        assertEquals(one.paraphrases(), two.paraphrases());
        assertEquals(one.toString(), two.toString());
    }

    @Test
    void paraphrasedRelayJoinsItsFamily() {
        Corpus c = corpus("a", STRIKE + " " + CONCERT, "b", STRIKE_REWORDED + " " + WHEAT, "c", LIBRARY);
        StoryFamilies plain = StoryFamilies.builder().find(c);
        assertEquals(List.of(List.of("a"), List.of("b"), List.of("c")), plain.families());
        StoryFamilies semantic = StoryFamilies.builder().textReuse(SEMANTIC).find(c);
        assertEquals(List.of(List.of("a", "b"), List.of("c")), semantic.families());
        FamilyLink link = semantic.links().get(0);
        assertEquals(FamilyLink.Reason.REUSE, link.reason());
        assertTrue(link.evidence().contains("paraphrase 0.") && link.evidence().contains(STRIKE_REWORDED),
                link.evidence());
    }

    @Test
    void seedFamiliesStayAsTheyAreWithParaphrases() {
        Corpus seed = Corpus.load(dev.lede.testing.SeedTexts.folder());
        StoryFamilies plain = StoryFamilies.of(seed);
        StoryFamilies semantic = StoryFamilies.builder().textReuse(SEMANTIC).find(seed);
        assertEquals(List.of(List.of("000-article", "000-transcript", "001", "002"), List.of("003", "004")),
                semantic.families());
        assertEquals(plain.families(), semantic.families());
        // the Reuters relay (004) retells the wire's account of Kim's first trip after the pandemic
        List<ParaphrasePair> reuters = semantic.reuse().paraphrases("003", "004");
        assertTrue(reuters.stream().anyMatch(p -> p.firstText().contains("post-pandemic trip to Russia")
                && p.secondText().equals("Kim Jong Un chose Russia for his first international visit after the"
                        + " Corona epidemic.")), reuters.toString());
        // one story in six texts: its common statements are stock sentences and pair with nothing
        assertTrue(semantic.reuse().commonSentences().contains("Beijing is cautious about deepening cooperation"
                + " between Russia and North Korea."), semantic.reuse().commonSentences().toString());
    }

    @Test
    void optionsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> Paraphrases.builder().minSimilarity(0));
        assertThrows(IllegalArgumentException.class, () -> Paraphrases.builder().minSimilarity(1.5));
        assertThrows(IllegalArgumentException.class, () -> Paraphrases.builder().minSentenceTokens(0));
        assertThrows(IllegalArgumentException.class, () -> Paraphrases.builder().maxDocumentFrequency(0));
        assertEquals(0.57, Paraphrases.standard().minSimilarity());
    }
}
