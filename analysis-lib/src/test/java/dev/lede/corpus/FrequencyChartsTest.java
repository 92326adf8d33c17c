package dev.lede.corpus;

import dev.lede.display.Chart;
import dev.lede.display.MimeBundle;
import dev.lede.stats.Keyness;
import dev.lede.text.DocumentTokens;
import dev.lede.text.Span;
import dev.lede.text.TokenType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FrequencyChartsTest {

    private static Tokens tricky() {
        // the tokenizer would drop "<b>&" as punctuation; charts must still escape whatever a term holds
        List<String> terms = List.of("<b>&", "<b>&", "<b>&", "kim", "kim", "putin");
        List<Span> spans = terms.stream().map(t -> new Span(0, 1)).toList();
        List<TokenType> types = terms.stream().map(t -> TokenType.WORD).toList();
        return Tokens.of(Corpus.of(Document.of("x", "x")), List.of(DocumentTokens.of(terms, spans, types)));
    }

    @Test
    void topTermsBarChartIsDeterministicAndEscaped() {
        TermFrequencies tf = TermFrequencies.of(tricky());
        Chart chart = tf.barChart(3);
        String svg = chart.toSvg();
        assertEquals(svg, tf.barChart(3).toSvg());
        assertTrue(svg.contains("&lt;b&gt;&amp;"), "term escaped in the SVG");
        assertFalse(svg.contains("<b>&"), "no raw markup from the term");
        assertTrue(svg.contains(">kim<") && svg.contains(">putin<"), "every term labelled");
        assertTrue(svg.startsWith("<?xml") || svg.startsWith("<svg"));
        assertEquals(640, chart.width());
        assertTrue(chart.title().contains("Top 3 terms"));
        // bar labels are counts
        assertTrue(svg.contains(">3<") && svg.contains(">2<") && svg.contains(">1<"));
        MimeBundle b = chart.toMimeBundle();
        assertTrue(b.has(MimeBundle.IMAGE_SVG) && b.has(MimeBundle.IMAGE_PNG));
    }

    @Test
    void divergingKeynessChart() {
        Tokens target = tricky();
        Tokens reference = Corpus.of(Document.of("r", "China China China Russia kim")).tokens();
        Keyness k = Keyness.of(target, reference).named("BBC <family>", "Reuters").sortBy(Keyness.Order.LOG_RATIO);
        Chart chart = k.chart(5);
        String svg = chart.toSvg();
        assertEquals(svg, k.chart(5).toSvg());
        assertTrue(svg.contains("&lt;b&gt;&amp;"));
        assertFalse(svg.contains("<b>&"));
        assertTrue(svg.contains("key in BBC &lt;family&gt;"), "legend names the target, escaped");
        assertTrue(svg.contains("key in Reuters"));
        // <b>& : log2((3/6)/(0.5/5)) = log2(5) = 2.32; china: log2((0.5/6)/(3/5)) = -2.85
        assertTrue(svg.contains(">2.32<"), "positive bar labelled");
        assertTrue(svg.contains(">-2.85<"), "negative bar labelled");
        // numbers use '.' whatever the default locale (surefire runs with Turkish)
        assertFalse(svg.contains(">2,32<"));
        assertTrue(svg.contains("Log Ratio"));
    }

    @Test
    void barsFollowTheSignOfThePlottedMeasure() {
        // "rare": 1 of 7 target tokens, 0 of 2 reference tokens: G² > 0 but Log Ratio
        // log2((1/7) / (0.5/2)) = -0.81 with the 0.5 substitution; "b": log2((6/7) / (2/2)) = -0.22
        Keyness k = Keyness.of(Corpus.of(Document.of("t", "rare b b b b b b")).tokens(),
                Corpus.of(Document.of("r", "b b")).tokens());
        assertTrue(k.term("rare").orElseThrow().g2() > 0);
        String svg = k.sortBy(Keyness.Order.LOG_RATIO).chart(5).toSvg();
        assertTrue(svg.contains(">-0.81<"), "rare plotted with its negative Log Ratio");
        assertTrue(svg.contains(">-0.22<"));
        assertTrue(svg.contains(">rare<"));
    }
}
