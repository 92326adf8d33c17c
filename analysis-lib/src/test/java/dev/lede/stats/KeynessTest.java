package dev.lede.stats;

import dev.lede.corpus.Corpus;
import dev.lede.corpus.Document;
import dev.lede.corpus.Metadata;
import dev.lede.display.MimeBundle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class KeynessTest {

    private static final Path PYTHON = Path.of("/usr/bin/python3");

    /**
     * Published values of the 2x2 log-likelihood by Ted Dunning, the author of Dunning (1993):
     * his blog post "Surprise and coincidence" (tdunning.blogspot.com, 2008-03) and the unit tests he
     * wrote for Apache Mahout ({@code org.apache.mahout.math.stats.LogLikelihoodTest}), also used in
     * Apache Commons Math ({@code GTestTest.testRootLogLikelihood}): llr(k11, k12, k21, k22).
     * In keyness terms k11 = a (target count), k12 = b (reference count), k21 = n1 - a, k22 = n2 - b.
     */
    @Test
    void publishedWorkedExamplesOfDunning() {
        assertEquals(2.772589, g2(1, 0, 0, 1), 1e-6);
        assertEquals(27.72589, g2(10, 0, 0, 10), 1e-5);
        assertEquals(39.33052, g2(5, 1995, 0, 100000), 1e-5);
        assertEquals(4730.737, g2(1000, 1995, 1000, 100000), 1e-3);
        assertEquals(5734.343, g2(1000, 1000, 1000, 100000), 1e-3);
        assertEquals(5714.932, g2(1000, 1000, 1000, 99000), 1e-3);
    }

    /** Unsigned G² of the table [[k11, k12], [k21, k22]] through the keyness API. */
    private static double g2(long k11, long k12, long k21, long k22) {
        return Math.abs(Keyness.logLikelihood(k11, k12, k11 + k21, k12 + k22));
    }

    /**
     * Critical values of chi-square with 1 df as Rayson's log-likelihood calculator page
     * (ucrel.lancs.ac.uk/llwizard.html) lists them: 3.84 for p &lt; 0.05, 6.63 for 0.01, 10.83 for
     * 0.001, 15.13 for 0.0001.
     */
    @Test
    void pValuesAtPublishedCriticalValues() {
        assertEquals(0.05, Keyness.pValue(3.84), 0.05 * 0.002);
        assertEquals(0.01, Keyness.pValue(6.63), 0.01 * 0.005);
        assertEquals(0.001, Keyness.pValue(10.83), 0.001 * 0.002);
        assertEquals(0.0001, Keyness.pValue(15.13), 0.0001 * 0.004);
        assertEquals(1.0, Keyness.pValue(0.0));
        assertEquals(Keyness.pValue(5.0), Keyness.pValue(-5.0));
    }

    @Test
    void signLogRatioAndPercentDiffByHand() {
        // 4 in 100 vs 1 in 200: 400 vs 50 per 10,000 -> ratio 8
        assertTrue(Keyness.logLikelihood(4, 1, 100, 200) > 0);
        assertTrue(Keyness.logLikelihood(1, 4, 200, 100) < 0);
        assertEquals(Keyness.logLikelihood(4, 1, 100, 200), -Keyness.logLikelihood(1, 4, 200, 100), 1e-12);
        assertEquals(3.0, Keyness.logRatio(4, 1, 100, 200), 1e-12);
        assertEquals(700.0, Keyness.percentDiff(4, 1, 100, 200), 1e-9);
        assertEquals(-87.5, Keyness.percentDiff(1, 4, 200, 100), 1e-9);
        // zero counts: 0.5 instead of 0 for Log Ratio; 1E-18 for a zero reference frequency in %DIFF
        assertEquals(Math.log(6) / Math.log(2), Keyness.logRatio(3, 0, 100, 100), 1e-12);
        assertEquals(-Math.log(6) / Math.log(2), Keyness.logRatio(0, 3, 100, 100), 1e-12);
        assertEquals((300.0 - 1e-18) * 100 / 1e-18, Keyness.percentDiff(3, 0, 100, 100), 1e6);
        assertEquals(-100.0, Keyness.percentDiff(0, 3, 100, 100), 1e-12);
        assertEquals(0.0, Keyness.logLikelihood(2, 4, 100, 200), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> Keyness.logLikelihood(5, 1, 4, 10));
    }

    static Corpus corpus() {
        return Corpus.of(
                Document.of("t1", "Kim and Putin and Kim.", Metadata.of(Map.of("relays", "BBC"))),
                Document.of("t2", "Putin met Kim in Pyongyang", Metadata.of(Map.of("relays", "BBC"))),
                Document.of("r1", "China and Russia and the West and China", Metadata.of(Map.of("relays", "Reuters"))),
                Document.of("r2", "Putin in Beijing", Metadata.of(Map.of("relays", "Reuters"))));
    }

    @Test
    void groupAgainstRestTable() {
        Keyness k = Keyness.groupVsRest(corpus().tokens(), Metadata.RELAYS, "BBC");
        // target 10 tokens: kim 3, and 2, putin 2, met, in, pyongyang;
        // reference 11 tokens: and 3, china 2, russia, the, west, putin, in, beijing
        assertEquals(10, k.targetTokens());
        assertEquals(11, k.referenceTokens());
        Table t = k.table();
        assertEquals(List.of("term", "target_count", "reference_count", "target_per_10k", "reference_per_10k",
                "g2", "p_value", "log_ratio", "percent_diff"), t.columnNames());
        assertEquals(11, t.rowCount());
        Keyness.KeyTerm kim = k.term("kim").orElseThrow();
        assertEquals(3, kim.targetCount());
        assertEquals(0, kim.referenceCount());
        assertEquals(3000.0, kim.targetPer10k(), 1e-9);
        assertEquals(0.0, kim.referencePer10k());
        // by hand: [[3, 0], [7, 11]], N = 21, E = [[30/21, 33/21], [180/21, 198/21]]
        double expected = 2 * (3 * Math.log(3 / (30 / 21.0)) + 7 * Math.log(7 / (180 / 21.0))
                + 11 * Math.log(11 / (198 / 21.0)));
        assertEquals(expected, kim.g2(), 1e-12);
        assertEquals(5.0076, kim.g2(), 1e-4);
        assertEquals(Math.log(6.6) / Math.log(2), kim.logRatio(), 1e-12);
        // 3000 per 10k against 1E-18
        assertEquals((3000 - 1e-18) * 100 / 1e-18, kim.percentDiff(), 1e9);
        // the table says what that value stands for: absent from the reference, %DIFF infinite, shown ∞
        int kimRow = t.stringColumn("term").indexOf("kim");
        assertEquals(Double.POSITIVE_INFINITY, t.doubleColumn("percent_diff").get(kimRow));
        assertEquals("∞", dev.lede.display.Cells.cell(t.doubleColumn("percent_diff"), kimRow));
        // putin: 2000 vs 909.09 per 10k, +120%
        int putinRow = t.stringColumn("term").indexOf("putin");
        assertEquals("120.0000", dev.lede.display.Cells.cell(t.doubleColumn("percent_diff"), putinRow));
        assertEquals(List.of("kim", "met", "pyongyang", "putin", "in"), terms(k.positive()));
        // the reference's strongest term first; "and" (2/10 vs 3/11) is the weakest
        assertEquals(List.of("china", "beijing", "russia", "the", "west", "and"), terms(k.negative()));
        // putin (2/10 vs 1/11) has the same Log Ratio as met and pyongyang (1 vs 0.5 substituted): ties by term
        assertEquals(List.of("kim", "met", "putin", "pyongyang", "in"),
                terms(k.positive().sortBy(Keyness.Order.LOG_RATIO)));
        assertEquals(Keyness.Order.LOG_RATIO, k.sortBy(Keyness.Order.LOG_RATIO).order());
    }

    private static List<String> terms(Keyness k) {
        return k.terms().stream().map(Keyness.KeyTerm::term).toList();
    }

    @Test
    void filters() {
        Keyness k = Keyness.groupVsRest(corpus().tokens(), Metadata.RELAYS, "BBC");
        // kim G² 5.008 (p 0.025), china -2.777 (p 0.096)
        assertEquals(List.of(), terms(k.significant(0.01)));
        assertEquals(List.of("kim"), terms(k.significant(0.05)));
        assertEquals(List.of("kim", "china"), terms(k.significant(0.1)));
        assertEquals(List.of("kim", "putin", "in", "and", "china"), terms(k.minCount(2)));
        assertEquals(List.of("kim", "met"), terms(k.top(2)));
        assertThrows(IllegalArgumentException.class, () -> k.significant(0));
        assertThrows(IllegalArgumentException.class, () -> Keyness.of(corpus().tokens(), d -> true));
        assertThrows(IllegalArgumentException.class, () -> Keyness.of(corpus().tokens(),
                Corpus.of(Document.of("empty", "...")).tokens()));
        assertThrows(IllegalArgumentException.class, () -> Keyness.of(
                corpus().tokens().frequencies().top(2), corpus().tokens().frequencies()));
    }

    @Test
    void rendersEscaped() {
        Keyness k = Keyness.of(Corpus.of(Document.of("a", "x")).tokens(), Corpus.of(Document.of("b", "y")).tokens())
                .named("<b>&", "ref");
        String html = k.toMimeBundle().get(MimeBundle.TEXT_HTML);
        assertTrue(html.contains("Keyness of &lt;b&gt;&amp; (1 tokens)"), html);
        assertFalse(html.contains("<b>&"));
    }

    /** G², p and Log Ratio against scipy (chi2_contingency with lambda_="log-likelihood", chi2.sf). */
    @Test
    void matchesScipy() throws Exception {
        assertTrue(Files.isExecutable(PYTHON), "/usr/bin/python3 is missing: run `make test`, which installs python3-scipy, or apt-get install python3-scipy");
        assertTrue(run("import scipy", "").exit == 0,
                "/usr/bin/python3 has no scipy (Debian package python3-scipy): cannot cross-check");
        long[][] cases = {
                {3, 0, 10, 10}, {0, 3, 10, 10}, {1, 4, 200, 100}, {4, 1, 100, 200}, {5, 1995, 5, 101995},
                {1000, 1995, 2000, 101995}, {17, 3, 1234, 5678}, {2, 40, 900, 1100}, {1, 1, 1_000_000, 10},
                {250, 80, 12000, 40000}, {7, 0, 2000, 300000}};
        StringBuilder in = new StringBuilder();
        for (long[] c : cases) {
            in.append(c[0]).append(' ').append(c[1]).append(' ').append(c[2]).append(' ').append(c[3]).append('\n');
        }
        String script = String.join("\n",
                "import sys, numpy as np",
                "from scipy.stats import chi2_contingency, chi2, power_divergence",
                "for line in sys.stdin:",
                "    a, b, n1, n2 = map(int, line.split())",
                "    obs = np.array([[a, b], [n1 - a, n2 - b]], dtype=float)",
                "    g2 = chi2_contingency(obs, correction=False, lambda_='log-likelihood')[0]",
                "    exp = np.outer(obs.sum(axis=1), obs.sum(axis=0)) / obs.sum()",
                "    g2b = power_divergence(obs.ravel(), exp.ravel(), ddof=2, lambda_='log-likelihood')[0]",
                "    sign = 1 if a * n2 > b * n1 else (-1 if a * n2 < b * n1 else 0)",
                "    lr = np.log2(((a if a else 0.5) / n1) / ((b if b else 0.5) / n2))",
                "    print(repr(float(sign * g2)), repr(float(sign * g2b)), repr(float(chi2.sf(g2, 1))), repr(float(lr)))");
        Result r = run(script, in.toString());
        assertEquals(0, r.exit, r.err);
        String[] lines = r.out.strip().split("\n");
        assertEquals(cases.length, lines.length, r.out);
        for (int i = 0; i < cases.length; i++) {
            long[] c = cases[i];
            String[] v = lines[i].trim().split(" ");
            double g2 = Keyness.logLikelihood(c[0], c[1], c[2], c[3]);
            String what = String.format(Locale.ROOT, "case %d %d %d %d", c[0], c[1], c[2], c[3]);
            assertEquals(Double.parseDouble(v[0]), g2, 1e-9 * Math.max(1, Math.abs(g2)), what + " G2 (contingency)");
            assertEquals(Double.parseDouble(v[1]), g2, 1e-9 * Math.max(1, Math.abs(g2)), what + " G2 (divergence)");
            double p = Double.parseDouble(v[2]);
            assertEquals(p, Keyness.pValue(g2), 1e-9 * p + 1e-15, what + " p");
            assertEquals(Double.parseDouble(v[3]), Keyness.logRatio(c[0], c[1], c[2], c[3]), 1e-12, what + " log ratio");
        }
    }

    private record Result(int exit, String out, String err) {
    }

    private static Result run(String script, String stdin) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(PYTHON.toString(), "-c", script);
        pb.environment().put("PYTHONIOENCODING", "utf-8");
        Process p = pb.start();
        try (OutputStream os = p.getOutputStream()) {
            os.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("python timed out");
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }
}
