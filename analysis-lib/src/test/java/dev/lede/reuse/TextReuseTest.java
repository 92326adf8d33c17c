package dev.lede.reuse;

import dev.lede.testing.Python;

import dev.lede.corpus.Corpus;
import dev.lede.corpus.Document;
import dev.lede.corpus.Metadata;
import dev.lede.display.MimeBundle;
import dev.lede.text.Language;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class TextReuseTest {

    private static Corpus corpus(String... idText) {
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < idText.length; i += 2) {
            docs.add(Document.of(idText[i], idText[i + 1]));
        }
        return Corpus.of(docs);
    }

    @Test
    void exactPassageWithOffsetsTextsAndCoverage() {
        // a: 8 tokens, b: 9 tokens; "alpha beta gamma delta epsilon" (5 tokens) in both
        Corpus c = corpus("a", "Alpha beta gamma delta epsilon zeta eta theta.",
                "b", "One two alpha beta gamma delta epsilon three four.");
        SharedPassages found = TextReuse.standard().find(c);
        assertEquals(1, found.passages().size());
        SharedPassage p = found.passages().get(0);
        assertEquals("a", p.first());
        assertEquals("b", p.second());
        assertEquals(0, p.firstStart());
        assertEquals(30, p.firstEnd());
        assertEquals(8, p.secondStart());
        assertEquals(38, p.secondEnd());
        assertEquals("Alpha beta gamma delta epsilon", p.firstText());
        assertEquals("alpha beta gamma delta epsilon", p.secondText());
        assertEquals(5, p.tokens());
        assertFalse(p.boilerplate());
        ReuseScores s = found.scores();
        assertEquals(5.0 / 8, s.coverage("a", "b"), 1e-12);
        assertEquals(5.0 / 9, s.coverage("b", "a"), 1e-12);
        assertEquals(5.0 / 8, s.score("b", "a"), 1e-12);
        assertEquals(0.0, s.score("a", "a"), 0);
    }

    @Test
    void passageShorterThanMinimumIsDropped() {
        Corpus c = corpus("a", "Alpha beta gamma delta zeta eta theta.",
                "b", "One two alpha beta gamma delta three four.");
        assertEquals(0, TextReuse.standard().find(c).passages().size()); // 4 shared tokens < 5
        assertEquals(1, TextReuse.builder().minPassageTokens(4).build().find(c).passages().size());
    }

    @Test
    void changedWordIsBridgedByTheGap() {
        Corpus c = corpus("a", "red green blue black white pink gray brown",
                "b", "red green blue black orange pink gray brown");
        SharedPassages found = TextReuse.standard().find(c);
        assertEquals(1, found.passages().size());
        SharedPassage p = found.passages().get(0);
        assertEquals("red green blue black white pink gray brown", p.firstText());
        assertEquals("red green blue black orange pink gray brown", p.secondText());
        // shingles at 0, 1 and 5 match: tokens 0-3 and 5-7 are covered, "white" is the gap
        assertEquals(7, p.tokens());
        // without gaps the two runs (4 and 3 tokens) are each too short
        assertEquals(0, TextReuse.builder().maxGap(0).build().find(c).passages().size());
    }

    @Test
    void insertedWordIsBridged() {
        Corpus c = corpus("a", "one two three four five six seven eight",
                "b", "one two three four extra five six seven eight");
        SharedPassage p = TextReuse.standard().find(c).passages().get(0);
        assertEquals("one two three four five six seven eight", p.firstText());
        assertEquals("one two three four extra five six seven eight", p.secondText());
        assertEquals(8, p.tokens());
        assertEquals(1.0, TextReuse.standard().find(c).scores().coverage("a", "b"), 1e-12);
        assertEquals(1.0, TextReuse.standard().find(c).scores().coverage("b", "a"), 1e-12);
    }

    @Test
    void gapLargerThanToleranceSplitsPassages() {
        Corpus c = corpus("a", "one two three four five x1 x2 x3 x4 x5 six seven eight nine ten",
                "b", "one two three four five y1 y2 y3 y4 y5 six seven eight nine ten");
        SharedPassages found = TextReuse.standard().find(c);
        assertEquals(List.of("one two three four five", "six seven eight nine ten"),
                found.passages().stream().map(SharedPassage::firstText).toList());
        assertEquals(1, TextReuse.builder().maxGap(5).build().find(c).passages().size());
    }

    /** Five documents; the event's name is in four of them, a quote only in a and b. */
    private static Corpus eventCorpus(int documents) {
        String[] texts = {
                "alpha said putin visit to north korea mattered and called it a bilateral exchange of views today",
                "beta wrote of a bilateral exchange of views today then putin visit to north korea again",
                "gamma says putin visit to north korea worried many in seoul",
                "delta notes putin visit to north korea drew crowds in the square",
                "epsilon covers football results and the weather in the city"};
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < documents; i++) {
            docs.add(Document.of(String.valueOf((char) ('a' + i)), texts[i]));
        }
        return Corpus.of(docs);
    }

    @Test
    void shinglesInMostDocumentsAreDropped() {
        SharedPassages found = TextReuse.standard().find(eventCorpus(5));
        // df 4 of 5 > 0.5: the event's name is dropped; the quote (df 2) is kept
        assertEquals(List.of("putin visit to", "to north korea", "visit to north"), found.commonShingles());
        assertEquals(1, found.passages().size());
        SharedPassage p = found.passages().get(0);
        assertEquals("a bilateral exchange of views today", p.firstText());
        assertEquals("a bilateral exchange of views today", p.secondText());
        assertEquals(List.of(), found.between("c", "d"));
        // maxDocumentFrequency 1 turns the filter off: every pair of a..d shares the name
        SharedPassages all = TextReuse.builder().maxDocumentFrequency(1.0).build().find(eventCorpus(5));
        assertEquals(List.of(), all.commonShingles());
        assertEquals(7, all.passages().size());
    }

    @Test
    void frequencyFilterIsOffBelowFiveDocuments() {
        SharedPassages found = TextReuse.standard().find(eventCorpus(4));
        assertEquals(List.of(), found.commonShingles());
        // 6 pairs share the name, a and b also the quote
        assertEquals(7, found.passages().size());
        assertEquals(1, found.between("c", "d").size());
        assertEquals("putin visit to north korea", found.between("c", "d").get(0).firstText());
    }

    private static final String FORM = "\n\nLeave a Reply\n\nYour email address will not be published. "
            + "Required fields are marked *";

    @Test
    void blogCommentFormIsBoilerplate() {
        Corpus c = corpus("a", "Kim met Putin in Pyongyang on Wednesday morning and signed a treaty." + FORM,
                "b", "Totally different words about weather and football results in the city today." + FORM);
        SharedPassages found = TextReuse.standard().find(c);
        assertEquals(List.of(), found.passages());
        assertEquals(1, found.boilerplate().size());
        SharedPassage p = found.boilerplate().get(0);
        assertTrue(p.boilerplate());
        assertEquals("Leave a Reply\n\nYour email address will not be published. Required fields are marked",
                p.firstText());
        assertEquals(14, p.tokens());
        ReuseScores.Pair pair = found.scores().pairs().get(0);
        assertEquals(0, pair.passages());
        assertEquals(1, pair.boilerplatePassages());
        assertEquals(0.0, pair.score(), 0);
        // without detection the form is ordinary reuse
        SharedPassages raw = TextReuse.builder().detectBoilerplate(false).build().find(c);
        assertEquals(1, raw.passages().size());
        assertEquals(List.of(), raw.boilerplate());
        assertEquals(14.0 / 26, raw.scores().coverage("a", "b"), 1e-12); // 12 + 14 tokens
    }

    @Test
    void boilerplateIsFoundInStemmedTokensToo() {
        Corpus c = corpus("a", "Kim met Putin in Pyongyang on Wednesday morning and signed a treaty." + FORM,
                "b", "Totally different words about weather and football results in the city today." + FORM);
        SharedPassages found = TextReuse.standard().find(c.tokens().stem(Language.ENGLISH));
        assertEquals(List.of(), found.passages());
        assertEquals(1, found.boilerplate().size());
    }

    @Test
    void extraBoilerplatePhrases() {
        String credit = " Copyright Lede Media Group Limited worldwide. ";
        Corpus c = corpus("a", "Kim met Putin in Pyongyang." + credit + "More text follows about the summit here.",
                "b", "Weather is fine in Seoul." + credit + "Football results are in for the league now.");
        assertEquals(1, TextReuse.standard().find(c).passages().size());
        SharedPassages found = TextReuse.builder().boilerplatePhrases(List.of("Lede Media Group Limited")).build()
                .find(c);
        assertEquals(List.of(), found.passages());
        assertEquals("Copyright Lede Media Group Limited worldwide", found.boilerplate().get(0).firstText());
        assertThrows(IllegalArgumentException.class,
                () -> TextReuse.builder().boilerplatePhrases(List.of(" ")));
    }

    @Test
    void earlierDocumentComesFirst() {
        String shared = "alpha beta gamma delta epsilon";
        Corpus dated = Corpus.of(
                Document.of("a", "late copy " + shared, Metadata.of(Map.of(Metadata.PUBLISHED, "2024-06-20"))),
                Document.of("b", shared + " original", Metadata.of(Map.of(Metadata.PUBLISHED, "2024-06-19"))));
        SharedPassage p = TextReuse.standard().find(dated).passages().get(0);
        assertEquals("b", p.first());
        assertEquals("a", p.second());
        assertEquals(0, p.firstStart());
        assertEquals(10, p.secondStart());
        assertEquals("b", TextReuse.standard().find(dated).scores().pairs().get(0).first());
        // undated: by id, whatever the corpus order
        Corpus undated = corpus("z", "late copy " + shared, "m", shared + " original");
        SharedPassage q = TextReuse.standard().find(undated).passages().get(0);
        assertEquals("m", q.first());
        assertEquals("z", q.second());
    }

    @Test
    void resultDoesNotDependOnCorpusOrder() {
        List<Document> docs = new ArrayList<>(eventCorpus(5).documents());
        SharedPassages forward = TextReuse.standard().find(Corpus.of(docs));
        java.util.Collections.reverse(docs);
        SharedPassages backward = TextReuse.standard().find(Corpus.of(docs));
        assertEquals(forward.passages(), backward.passages());
        assertEquals(forward.scores().pairs(), backward.scores().pairs());
        assertEquals(forward.toMimeBundle(), backward.toMimeBundle());
    }

    @Test
    void minHashFindsTheSamePassagesDeterministically() {
        Random r = new Random(7);
        List<Document> docs = new ArrayList<>();
        String base = words(r, 60);
        for (int i = 0; i < 6; i++) {
            // three near-copies of base, three unrelated texts
            docs.add(Document.of("d" + i, i < 3 ? words(r, 5) + " " + base + " " + words(r, 5) : words(r, 70)));
        }
        Corpus c = Corpus.of(docs);
        SharedPassages exact = TextReuse.builder().candidates(CandidateSearch.EXACT).build().find(c);
        TextReuse lsh = TextReuse.builder().candidates(CandidateSearch.MINHASH).seed(3).build();
        SharedPassages a = lsh.find(c);
        SharedPassages b = lsh.find(c);
        assertEquals(3, exact.passages().size());
        assertEquals(exact.passages(), a.passages());
        assertEquals(a.table().toString(), b.table().toString());
        assertEquals(a.toMimeBundle(), b.toMimeBundle());
    }

    /**
     * Cross-check of the MinHash candidates against exact Jaccard similarities of the 3-shingle
     * sets computed by Python: every pair with Jaccard >= 0.5 must be found (the chance to miss
     * one with 32 bands of 2 rows is (1 - 0.5^2)^32 = 1e-4, and the run is seeded), and LSH finds
     * no pair that the exact search does not.
     */
    @Test
    void minHashFindsEveryPairAboveHalfJaccard() {
        Random r = new Random(5);
        List<Document> docs = new ArrayList<>();
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 24; i++) {
            String base = words(new Random(100 + i / 4), 150); // groups of four variants of one text
            String[] w = base.split(" ");
            for (int k = 0; k < 1 + i % 4 * 3; k++) {
                w[r.nextInt(w.length)] = words(r, 1); // edits: more for later members of a group
            }
            String text = String.join(" ", w);
            docs.add(Document.of(String.format("d%02d", i), text));
            lines.append(text).append('\n');
        }
        Corpus c = Corpus.of(docs);
        java.util.Set<String> lsh = new java.util.TreeSet<>();
        TextReuse.builder().candidates(CandidateSearch.MINHASH).build().find(c).scores().pairs()
                .forEach(p -> lsh.add(p.first() + " " + p.second()));
        java.util.Set<String> exact = new java.util.TreeSet<>();
        TextReuse.builder().candidates(CandidateSearch.EXACT).build().find(c).scores().pairs()
                .forEach(p -> exact.add(p.first() + " " + p.second()));
        String out = Python.run("""
                import sys
                docs = sys.stdin.read().strip().split('\\n')
                sets = [set(tuple(d.split(' ')[i:i + 3]) for i in range(len(d.split(' ')) - 2)) for d in docs]
                for i in range(len(sets)):
                    for j in range(i + 1, len(sets)):
                        if len(sets[i] & sets[j]) / len(sets[i] | sets[j]) >= 0.5:
                            print('d%02d d%02d' % (i, j))
                """, lines.toString());
        List<String> high = out.strip().lines().toList();
        assertTrue(high.size() >= 12, "too few similar pairs to test: " + high);
        assertTrue(lsh.containsAll(high), "missed: " + high + " vs " + lsh);
        assertTrue(exact.containsAll(lsh), lsh + " vs " + exact);
    }

    private static String words(Random r, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                b.append(' ');
            }
            for (int k = 0; k < 6; k++) {
                b.append((char) ('a' + r.nextInt(26)));
            }
        }
        return b.toString();
    }

    @Test
    void emptyIdenticalAndSingleDocuments() {
        SharedPassages empty = TextReuse.standard().find(corpus("a", "", "b", "", "c", "two words"));
        assertEquals(List.of(), empty.passages());
        assertEquals(List.of(), empty.scores().pairs());

        String t = "the same text in both documents word for word";
        SharedPassages same = TextReuse.standard().find(corpus("a", t, "b", t));
        assertEquals(1, same.passages().size());
        assertEquals(t, same.passages().get(0).firstText());
        assertEquals(1.0, same.scores().score("a", "b"), 0);
        assertEquals(1.0, same.scores().coverage("b", "a"), 0);

        assertEquals(List.of(), TextReuse.standard().find(Corpus.of(List.of())).passages());
        SharedPassages one = TextReuse.standard().find(corpus("a", t));
        assertEquals(List.of(), one.passages());
        assertEquals(List.of(), one.scores().pairs());
        assertTrue(one.toString().startsWith("0 shared passages between 0 pairs of 1 documents"));
    }

    @Test
    void copiesInMostDocumentsCountAsCommonUnlessTheFilterIsOff() {
        String wire = "officials in the capital confirmed the agreement late on tuesday";
        Corpus c = corpus("a", wire, "b", wire, "c", wire, "d", "football results of the weekend league",
                "e", "weather in the north stays fine");
        // 3 of 5 documents > 0.5: the copied story is dropped as common (documented caveat)
        assertEquals(List.of(), TextReuse.standard().find(c).passages());
        SharedPassages off = TextReuse.builder().maxDocumentFrequency(1.0).build().find(c);
        assertEquals(3, off.passages().size());
        assertEquals(1.0, off.scores().score("a", "c"), 0);
    }

    @Test
    void badOptionsNameTheValue() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TextReuse.builder().shingleSize(0))
                .getMessage().contains("0"));
        assertThrows(IllegalArgumentException.class, () -> TextReuse.builder().minPassageTokens(0));
        assertThrows(IllegalArgumentException.class, () -> TextReuse.builder().maxGap(-1));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TextReuse.builder().maxDocumentFrequency(1.5))
                .getMessage().contains("1.5"));
        assertThrows(IllegalArgumentException.class, () -> TextReuse.builder().bands(0));
        assertThrows(IllegalArgumentException.class, () -> TextReuse.builder().rows(0));
        assertThrows(NullPointerException.class, () -> TextReuse.standard().find((Corpus) null));
    }

    @Test
    void renderingEscapesAndIsStable() {
        String shared = "alpha <beta> & gamma delta epsilon";
        Corpus c = corpus("a", "x " + shared, "b", shared + " y");
        SharedPassages found = TextReuse.standard().find(c);
        MimeBundle m = found.toMimeBundle();
        String html = m.get(MimeBundle.TEXT_HTML);
        assertTrue(html.contains("alpha &lt;beta&gt; &amp; gamma delta epsilon"), html);
        assertFalse(html.contains("<beta>"));
        assertTrue(m.get(MimeBundle.TEXT_PLAIN).contains("a [2, 36) b [0, 34) 5 tokens"), m.get(MimeBundle.TEXT_PLAIN));
        assertEquals(m, TextReuse.standard().find(c).toMimeBundle());
        assertTrue(found.scores().toMimeBundle().get(MimeBundle.TEXT_HTML).contains("<table"));
    }

    @Test
    void tablesHaveTheDocumentedSchema() {
        Corpus c = corpus("a", "Alpha beta gamma delta epsilon zeta eta theta.",
                "b", "One two alpha beta gamma delta epsilon three four.");
        SharedPassages found = TextReuse.standard().find(c);
        Table t = found.table();
        assertEquals(List.of(SharedPassages.FIRST, SharedPassages.SECOND, SharedPassages.FIRST_START,
                SharedPassages.FIRST_END, SharedPassages.SECOND_START, SharedPassages.SECOND_END, SharedPassages.TOKENS,
                SharedPassages.BOILERPLATE, SharedPassages.FIRST_TEXT, SharedPassages.SECOND_TEXT), t.columnNames());
        assertEquals(1, t.rowCount());
        assertEquals(38, t.intColumn(SharedPassages.SECOND_END).get(0));
        Table s = found.scores().table();
        assertEquals(List.of(ReuseScores.FIRST, ReuseScores.SECOND, ReuseScores.PASSAGES, ReuseScores.FIRST_TOKENS,
                ReuseScores.SECOND_TOKENS, ReuseScores.FIRST_COVERAGE, ReuseScores.SECOND_COVERAGE, ReuseScores.SCORE,
                ReuseScores.BOILERPLATE_PASSAGES), s.columnNames());
        assertEquals(0.625, s.doubleColumn(ReuseScores.SCORE).get(0), 1e-12);
    }

    /**
     * Cross-check of the exact alignment (no gaps) against Python's difflib: two random texts
     * with three planted shared passages; difflib's matching blocks of 5 or more tokens must be
     * our passages.
     */
    @Test
    void exactRunsAgreeWithDifflib() {
        Random r = new Random(11);
        String p1 = words(r, 8);
        String p2 = words(r, 12);
        String p3 = words(r, 20);
        String a = words(r, 40) + " " + p1 + " " + words(r, 30) + " " + p2 + " " + words(r, 50) + " " + p3 + " "
                + words(r, 10);
        String b = words(r, 10) + " " + p1 + " " + words(r, 60) + " " + p2 + " " + words(r, 5) + " " + p3 + " "
                + words(r, 30);
        SharedPassages found = TextReuse.builder().maxGap(0).build().find(corpus("a", a, "b", b));
        List<String> ours = found.passages().stream().map(p -> p.firstStart() + " " + p.firstText()).toList();
        String out = Python.run("""
                import sys, difflib
                a, b = sys.stdin.read().split('\\n')[:2]
                ta, tb = a.split(' '), b.split(' ')
                starts, pos = [], 0
                for w in ta:
                    starts.append(pos)
                    pos += len(w) + 1
                m = difflib.SequenceMatcher(None, ta, tb, autojunk=False)
                for blk in m.get_matching_blocks():
                    if blk.size >= 5:
                        print(starts[blk.a], ' '.join(ta[blk.a:blk.a + blk.size]))
                """, a + "\n" + b + "\n");
        assertEquals(out.strip().lines().toList(), ours);
        assertEquals(3, ours.size());
    }

    /** Issue 16: two unrelated pages of one site share its cookie banner and newsletter footer, nothing else. */
    @Test
    void sharedSiteTemplateLinesAreBoilerplate() {
        String banner = "Accept cookies | Manage preferences\nWe use cookies to improve your experience on our site."
                + " By continuing to browse you agree to our use of cookies.\n\n";
        String footer = "\n\nSubscribe to our newsletter\nGet the day's top stories in your inbox every morning."
                + " Sign up now, it's free.\nCopyright 2024 Daily Courier. All rights reserved.\n";
        Corpus c = Corpus.of(
                Document.of("run", banner + "Kenyan runner Faith Wanjiru broke the half-marathon world record in"
                        + " Valencia on Sunday, beating the previous mark by 41 seconds." + footer),
                Document.of("lanes", banner + "The city council voted 31 to 9 on Thursday to build eight kilometres"
                        + " of protected cycle lanes along the river." + footer));
        SharedPassages found = TextReuse.standard().find(c);
        assertEquals(List.of(), found.passages());
        assertEquals(2, found.boilerplate().size());
        assertEquals(0.0, found.scores().score("run", "lanes"));
    }
}
