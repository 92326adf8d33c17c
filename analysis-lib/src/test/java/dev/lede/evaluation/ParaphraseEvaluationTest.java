package dev.lede.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.evaluation.EvaluationSetTest.Score;
import dev.lede.families.StoryFamilies;
import dev.lede.reuse.Paraphrases;
import dev.lede.reuse.TextReuse;
import dev.lede.semantic.SentenceEmbeddings;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Paraphrase reuse on the evaluation set (see its README): the labelled sentence pairs of
 * {@code paraphrases-tuning.tsv} calibrate {@link Paraphrases#DEFAULT_MIN_SIMILARITY} (the test
 * fails when the default is not the threshold the calibration picks), the held-out pairs are
 * scored once with it; then story families with the semantic pass on both article sets.
 */
class ParaphraseEvaluationTest {

    /** One labelled pair and the model's similarity. */
    record Labelled(boolean paraphrase, String kind, String first, String second, double similarity) {
    }

    static SentenceEmbeddings model;

    @BeforeAll
    static void load() {
        long t0 = System.nanoTime();
        model = SentenceEmbeddings.load();
        System.out.printf(Locale.ROOT, "sentence model: %s, loaded in %.2f s%n", model, (System.nanoTime() - t0) / 1e9);
    }

    static List<Labelled> pairs(String part) {
        List<String[]> rows = EvaluationSetTest.rows(EvaluationSetTest.resource("paraphrases-" + part + ".tsv"));
        List<String> sentences = new ArrayList<>();
        int n = 0;
        for (String[] r : rows) {
            n++;
            if (r.length != 4 || !List.of("paraphrase", "different").contains(r[0])) {
                throw new IllegalStateException("paraphrases-" + part + ".tsv row " + n
                        + ": need label (paraphrase or different), kind, first, second");
            }
            sentences.add(r[2]);
            sentences.add(r[3]);
        }
        long t0 = System.nanoTime();
        float[][] v = model.embed(sentences);
        System.out.printf(Locale.ROOT, "  [%s] %d sentences embedded in %.2f s%n", part, sentences.size(),
                (System.nanoTime() - t0) / 1e9);
        List<Labelled> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String[] r = rows.get(i);
            out.add(new Labelled(r[0].equals("paraphrase"), r[1], r[2], r[3],
                    SentenceEmbeddings.cosine(v[2 * i], v[2 * i + 1])));
        }
        return out;
    }

    static Score score(List<Labelled> pairs, double threshold) {
        int tp = 0, pred = 0, exp = 0;
        for (Labelled p : pairs) {
            boolean got = p.similarity() >= threshold;
            pred += got ? 1 : 0;
            exp += p.paraphrase() ? 1 : 0;
            tp += got && p.paraphrase() ? 1 : 0;
        }
        return new Score("paraphrase pairs", tp, pred, exp);
    }

    /**
     * The threshold with the best F1 on {@code pairs}, among the similarities in two decimals from
     * 0.30 to 0.95; ties go to the higher threshold (fewer false links).
     */
    static double calibrate(List<Labelled> pairs) {
        double best = Double.NaN;
        double bestF1 = -1;
        for (int t = 30; t <= 95; t++) {
            double f1 = score(pairs, t / 100.0).f1();
            if (f1 >= bestF1) {
                bestF1 = f1;
                best = t / 100.0;
            }
        }
        return best;
    }

    @Test
    void sentencePairs() {
        List<Labelled> tuning = pairs("tuning");
        List<Labelled> heldOut = pairs("heldout");
        double calibrated = calibrate(tuning);
        double t = Paraphrases.DEFAULT_MIN_SIMILARITY;
        for (String part : List.of("tuning", "heldout")) {
            for (Labelled p : part.equals("tuning") ? tuning : heldOut) {
                if (p.paraphrase() != p.similarity() >= t) {
                    System.out.printf(Locale.ROOT, "  [%s] %.3f %s %s: %s | %s%n", part, p.similarity(),
                            p.paraphrase() ? "missed paraphrase" : "false paraphrase", p.kind(), p.first(), p.second());
                }
            }
        }
        System.out.println("paraphrase threshold calibrated on the tuning pairs: " + calibrated);
        System.out.println("paraphrase pairs, tuning:   " + score(tuning, t));
        System.out.println("paraphrase pairs, held-out: " + score(heldOut, t));
        assertEquals(calibrated, t, 1e-9, "Paraphrases.DEFAULT_MIN_SIMILARITY is not the calibrated threshold");
        assertTrue(score(tuning, t).f1() >= 0.9, "paraphrase pairs on the tuning part: " + score(tuning, t));
    }

    static StoryFamilies.Builder semantic() {
        return StoryFamilies.builder().textReuse(TextReuse.builder().paraphrases(Paraphrases.standard()).build());
    }

    @Test
    void storyFamiliesWithParaphrases() {
        for (String part : List.of("tuning", "heldout")) {
            Score verbatimOnly = EvaluationSetTest.scoreFamilies(part, false,
                    StoryFamilies.builder().linkSharedSources(false));
            Score reuseOnly = EvaluationSetTest.scoreFamilies(part, part.equals("tuning"),
                    semantic().linkSharedSources(false));
            Score all = EvaluationSetTest.scoreFamilies(part, false, semantic());
            StoryFamilies f = semantic().find(EvaluationSetTest.corpus(part));
            System.out.println("  [" + part + "] stock sentences left out: " + f.reuse().commonSentences());
            f.reuse().paraphrases().forEach(p -> System.out.printf(Locale.ROOT, "  [%s] %s %s %.3f: %s | %s%n", part,
                    p.first(), p.second(), p.similarity(), p.firstText().replaceAll("\\s+", " "),
                    p.secondText().replaceAll("\\s+", " ")));
            System.out.println("story families, " + part + ", verbatim reuse only:      " + verbatimOnly);
            System.out.println("story families, " + part + ", verbatim + paraphrase:    " + reuseOnly);
            System.out.println("story families, " + part + ", all links + paraphrase:   " + all);
            if (part.equals("tuning")) {
                assertTrue(all.f1() >= 0.9, "family pairs with paraphrases on the tuning part: " + all);
            }
        }
    }
}
