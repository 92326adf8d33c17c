package dev.lede.corpus;

import dev.lede.corpus.io.TermIndex;

import dev.lede.display.MimeBundle;
import dev.lede.text.DocumentTokens;
import dev.lede.text.Span;
import dev.lede.text.TokenType;
import dev.lede.text.Tokenizer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class TermFrequenciesTest {

    // a: 8 tokens "the cat and the dog and the bird"; b: 4 tokens "Cat! cat? Dog. eel"; c: 2 tokens "the eel"
    static Corpus corpus() {
        return Corpus.of(
                Document.of("a", "The cat and the dog and the bird.", Metadata.of(Map.of("outlet", "X"))),
                Document.of("b", "Cat! cat? Dog. eel", Metadata.of(Map.of("outlet", "Y"))),
                Document.of("c", "the eel", Metadata.of(Map.of("outlet", "X"))));
    }

    @Test
    void countsSortedByCountThenTerm() {
        TermFrequencies tf = corpus().tokens().frequencies();
        assertEquals(14, tf.totalTokens());
        assertEquals(3, tf.documents());
        assertEquals(6, tf.vocabularySize());
        // the 4; cat 3; and 2, dog 2, eel 2 (ties by term); bird 1
        assertEquals(List.of("the", "cat", "and", "dog", "eel", "bird"), tf.terms());
        assertEquals(4, tf.count("the"));
        assertEquals(3, tf.count("cat"));
        assertEquals(0, tf.count("cow"));
        assertEquals(2, tf.documentFrequency("the"));
        assertEquals(2, tf.documentFrequency("cat"));
        assertEquals(1, tf.documentFrequency("and"));
        assertEquals(2, tf.documentFrequency("eel"));
        assertEquals(4 * 10_000.0 / 14, tf.per10k("the"), 1e-9);
        assertEquals(new TermFrequencies.Entry("bird", 1, 10_000.0 / 14, 1), tf.entries().get(5));
    }

    @Test
    void tableHasFixedSchema() {
        Table t = TermFrequencies.of(corpus().tokens()).top(3).table();
        assertEquals(List.of(TermFrequencies.TERM, TermFrequencies.COUNT, TermFrequencies.PER_10K,
                TermFrequencies.DOCUMENT_FREQUENCY), t.columnNames());
        assertEquals(List.of("term", "count", "per_10k", "doc_freq"), t.columnNames());
        assertEquals(3, t.rowCount());
        assertEquals("and", t.stringColumn(TermFrequencies.TERM).get(2));
        assertEquals(2, t.intColumn(TermFrequencies.COUNT).get(2));
        assertEquals(2 * 10_000.0 / 14, t.doubleColumn(TermFrequencies.PER_10K).get(2), 1e-9);
    }

    @Test
    void topAndMinCountKeepTotals() {
        TermFrequencies tf = TermFrequencies.of(corpus().tokens());
        TermFrequencies top = tf.top(2);
        assertEquals(List.of("the", "cat"), top.terms());
        assertEquals(14, top.totalTokens());
        assertEquals(List.of("the", "cat", "and", "dog", "eel"), tf.minCount(2).terms());
        assertEquals(6, tf.top(100).size());
        assertThrows(IllegalArgumentException.class, () -> tf.top(-1));
    }

    @Test
    void perDocumentAndPerGroup() {
        TermFrequencies tf = TermFrequencies.of(corpus().tokens());
        Map<String, TermFrequencies> docs = tf.byDocument();
        assertEquals(List.of("a", "b", "c"), List.copyOf(docs.keySet()));
        assertEquals(List.of("cat", "dog", "eel"), docs.get("b").terms());
        assertEquals(2, docs.get("b").count("cat"));
        assertEquals(4, docs.get("b").totalTokens());
        assertEquals(5000.0, docs.get("b").per10k("cat"), 1e-9);

        SortedMap<String, TermFrequencies> groups = tf.byGroup(Metadata.OUTLET);
        assertEquals(List.of("X", "Y"), List.copyOf(groups.keySet()));
        TermFrequencies x = groups.get("X");
        assertEquals(10, x.totalTokens());
        assertEquals(2, x.documents());
        assertEquals(List.of("the", "and", "bird", "cat", "dog", "eel"), x.terms());
        assertEquals(4, x.count("the"));
        assertEquals(2, x.documentFrequency("the"));

        Table byGroup = tf.byGroupTable(Metadata.OUTLET, 2);
        assertEquals(List.of("group", "term", "count", "per_10k", "doc_freq"), byGroup.columnNames());
        assertEquals(List.of("X", "X", "Y", "Y"), byGroup.stringColumn(TermFrequencies.GROUP).asList());
        assertEquals(List.of("the", "and", "cat", "dog"), byGroup.stringColumn(TermFrequencies.TERM).asList());
        assertEquals(List.of(4, 2, 2, 1), byGroup.intColumn(TermFrequencies.COUNT).asList());

        Table byDoc = tf.byDocumentTable(1);
        assertEquals(List.of("document", "term", "count", "per_10k", "doc_freq"), byDoc.columnNames());
        assertEquals(List.of("a", "b", "c"), byDoc.stringColumn(TermFrequencies.DOCUMENT).asList());
        assertEquals(List.of("the", "cat", "eel"), byDoc.stringColumn(TermFrequencies.TERM).asList());
    }

    @Test
    void singleDocumentAndEmpty() {
        TermFrequencies one = TermFrequencies.of(Tokenizer.standard().tokenize("b a b"));
        assertEquals(List.of("b", "a"), one.terms());
        assertThrows(IllegalStateException.class, one::byDocument);
        TermFrequencies empty = TermFrequencies.of(Corpus.of(Document.of("e", "  ...  ")).tokens());
        assertEquals(0, empty.totalTokens());
        assertEquals(0, empty.size());
        assertEquals(0.0, empty.per10k("x"));
    }

    @Test
    void tiesUseStringOrderNotLocale() {
        // Under the Turkish locale surefire sets, a collator would put "ı" near "i"; String order puts it after "z".
        TermFrequencies tf = TermFrequencies.of(Corpus.of(Document.of("t", "ıx zed Ünal iz abc")).tokens());
        assertEquals(List.of("abc", "iz", "zed", "ünal", "ıx"), tf.terms());
    }

    @Test
    void rendersEscapedHtmlAndText() {
        TermFrequencies tf = TermFrequencies.of(Tokens.of(Corpus.of(Document.of("x", "ignored")),
                List.of(DocumentTokens.of(List.of("<b>&", "<b>&", "z"),
                        List.of(new Span(0, 1), new Span(1, 2), new Span(2, 3)),
                        List.of(TokenType.WORD, TokenType.WORD, TokenType.WORD)))));
        MimeBundle b = tf.toMimeBundle();
        String html = b.get(MimeBundle.TEXT_HTML);
        assertTrue(html.contains("<td>&lt;b&gt;&amp;</td>"), html);
        assertFalse(html.contains("<b>&"));
        assertTrue(html.contains("<td style=\"text-align:right\">6666.6667</td>"), html);
        assertEquals("Term frequencies (corpus): 3 tokens, 2 distinct terms, 1 documents\n"
                + "term  count  per_10k    doc_freq\n"
                + "<b>&      2  6666.6667         1\n"
                + "z         1  3333.3333         1\n", b.get(MimeBundle.TEXT_PLAIN));
    }

    @Test
    void termIndexGrowsAndFindsEveryTerm() {
        TermIndex idx = new TermIndex();
        for (int i = 0; i < 10_000; i++) {
            assertEquals(i, idx.add("t" + i));
        }
        for (int i = 0; i < 10_000; i++) {
            assertEquals(i, idx.add("t" + i));
            assertEquals(i, idx.get("t" + i));
        }
        assertEquals(-1, idx.get("nope"));
        assertEquals(10_000, idx.size());
        assertEquals("t77", idx.term(77));
    }
}
