package dev.lede.bench;

import dev.lede.captions.Airtime;
import dev.lede.captions.Captions;
import dev.lede.captions.Topic;
import dev.lede.corpus.Corpus;
import dev.lede.corpus.Document;
import dev.lede.corpus.Metadata;
import dev.lede.corpus.TermFrequencies;
import dev.lede.corpus.Tokens;
import dev.lede.corpus.Parallelism;
import dev.lede.coverage.Actors;
import dev.lede.timeline.CoverageOverTime;
import dev.lede.timeline.TimeStep;
import dev.lede.reuse.Paraphrases;
import dev.lede.reuse.SharedPassages;
import dev.lede.reuse.TextReuse;
import dev.lede.vectors.DistanceMatrix;
import dev.lede.vectors.DocumentTermMatrix;
import dev.lede.vectors.HierarchicalClustering;
import dev.lede.vectors.KMeansClustering;
import dev.lede.vectors.Similarity;
import dev.lede.semantic.SentenceEmbeddings;
import dev.lede.maps.DocumentMap;
import dev.lede.maps.MapMethod;
import dev.lede.maps.MapOptions;
import dev.lede.models.ClassifierMethod;
import dev.lede.models.ClassifierOptions;
import dev.lede.models.Evaluation;
import dev.lede.topics.LatentTopics;
import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The Lede side of the benchmark run by {@code scripts/bench.sh} (the scikit-learn side is
 * {@code scripts/bench_sklearn.py}, with the same tasks, arguments and output lines):
 * <pre>
 *   RESULT task corpus rep seconds info   (one per measured repetition, after the warm-up)
 *   PEAK MB                                 (peak resident memory of this process, VmHWM)
 *   HEAP MB                                 (peak Java heap use, summed over heap pools)
 * </pre>
 * Usage: {@code LedeBench TASK BENCH_DIR WARMUP REPS [THREADS]}, or {@code LedeBench
 * --dump-counts OUT FILE} to write term TAB count of a file counted one document per line.
 * Lives in the test sources: it is a tool, not library API.
 */
public final class LedeBench {

    private static final int K = 20;
    private static final long SEED = 42;
    private static final int SVD_TOPICS = 20;
    /** Documents of hclust-fortunes (as bench_sklearn.py): the first this many cookies. */
    private static final int HCLUST_DOCUMENTS = 5000;

    private LedeBench() {
    }

    private record Task(String corpus, Supplier<Object> prepare, Function<Object, String> run) {
    }

    /** Threads for the counting tasks; the serve mode's "run N" sets it per repetition. */
    private static int threads = Runtime.getRuntime().availableProcessors();

    /** TF-IDF as TfidfVectorizer's defaults, from the tokenizer's own tokens (the byte fast path). */
    private static DocumentTermMatrix tfidf(Corpus corpus) {
        return DocumentTermMatrix.of(corpus.tokens().withParallelism(Parallelism.of(threads)),
                DocumentTermMatrix.Options.defaults());
    }

    /** Folds and the least documents a category needs to be classified (as bench_sklearn.py). */
    private static final int FOLDS = 5;

    /** Each fortune's category, for the categories with at least FOLDS cookies. */
    private static Map<String, String> categories(Corpus corpus) {
        Map<String, Integer> n = new HashMap<>();
        for (var d : corpus.documents()) {
            n.merge(d.get("category"), 1, Integer::sum);
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (var d : corpus.documents()) {
            if (n.get(d.get("category")) >= FOLDS) {
                out.put(d.id(), d.get("category"));
            }
        }
        return out;
    }

    private record Labelled(DocumentTermMatrix matrix, Map<String, String> labels) {
    }

    /**
     * logreg-fortunes, as bench_sklearn.py: terms in at least this many cookies (CountVectorizer's
     * min_df), so the two tokenizers' vocabularies come close (the regular expression keeps every run
     * of Chinese characters as one term, tens of thousands seen once) and a 5-fold run takes minutes.
     */
    private static final int LOGISTIC_MIN_DF = 2;

    /**
     * logreg-fortunes: scikit-learn's LogisticRegression defaults where Lede's differ (at most 100
     * L-BFGS iterations, tolerance 1e-4, 10 corrections kept as scipy's L-BFGS-B), so both sides do
     * the same number of iterations of the same size on the same objective.
     */
    static final ClassifierOptions LOGISTIC = ClassifierOptions.builder().method(ClassifierMethod.LOGISTIC_REGRESSION)
            .regularization(1).maxIterations(100).tolerance(1e-4).corrections(10).build();

    private static Task classify(Path bench, ClassifierMethod method) {
        Corpus corpus = csv(bench, "fortunes");
        boolean logistic = method == ClassifierMethod.LOGISTIC_REGRESSION;
        DocumentTermMatrix.Options counts = logistic
                ? DocumentTermMatrix.Options.counts().toBuilder().minDocumentFrequency(LOGISTIC_MIN_DF).build()
                : DocumentTermMatrix.Options.counts();
        ClassifierOptions options = logistic ? LOGISTIC : ClassifierOptions.of(method);
        return new Task("fortunes", () -> new Labelled(DocumentTermMatrix.of(
                corpus.tokens().withParallelism(Parallelism.of(threads)), counts),
                categories(corpus)), s -> {
                    Labelled l = (Labelled) s;
                    // the cross-validation runs on this repetition's threads (serve mode: "run N")
                    Evaluation e = Evaluation.crossValidate(l.matrix().withParallelism(Parallelism.of(threads)),
                            l.labels(), options, FOLDS, SEED);
                    return String.format(Locale.ROOT, "documents=%d classes=%d terms=%d accuracy=%.4f macro_f1=%.4f threads=%d",
                            l.labels().size(), e.classes().size(), l.matrix().columns(), e.accuracy(), e.macroF1(), threads);
                });
    }

    private static Corpus csv(Path bench, String name) {
        return Corpus.fromCsv(bench.resolve(name + ".csv"));
    }

    private static Task task(String task, Path bench) {
        if (task.startsWith("count-")) {
            String label = task.substring("count-".length());
            Path file = bench.resolve("kjv-" + label + ".txt");
            return new Task(file.getFileName().toString(), () -> null, s -> {
                TermFrequencies tf = Tokens.ofLines(file).withParallelism(Parallelism.of(threads)).frequencies();
                return "vocabulary=" + tf.vocabularySize() + " tokens=" + tf.totalTokens() + " documents="
                        + tf.documents() + " threads=" + threads;
            });
        }
        if (task.startsWith("tfidf-")) {
            String name = task.substring("tfidf-".length());
            Corpus corpus = csv(bench, name);
            return new Task(name, () -> null, s -> {
                DocumentTermMatrix m = tfidf(corpus);
                return "rows=" + m.rows() + " columns=" + m.columns() + " nonzeros=" + m.nonZeros();
            });
        }
        if (task.startsWith("pdfs-")) {
            // pdfs-lede-N / pdfs-tika-N: N generated PDFs of several pages (PdfBench)
            String[] parts = task.split("-");
            int count = parts.length > 2 ? Integer.parseInt(parts[2]) : 1000;
            Path dir = PdfBench.folder(bench, count);
            boolean lede = parts[1].equals("lede");
            return new Task(dir.getFileName().toString(), () -> null,
                    s -> lede ? PdfBench.lede(dir, threads) : PdfBench.tika(dir));
        }
        switch (task) {
            case "cosine-chapters": {
                Corpus corpus = csv(bench, "chapters");
                return new Task("chapters", () -> tfidf(corpus), m -> {
                    Similarity s = Similarity.cosine((DocumentTermMatrix) m);
                    return "pairs=" + (long) s.size() * (s.size() - 1) / 2;
                });
            }
            case "kmeans-fortunes": {
                Corpus corpus = csv(bench, "fortunes");
                return new Task("fortunes", () -> tfidf(corpus), m -> {
                    KMeansClustering km = KMeansClustering.of((DocumentTermMatrix) m, K, SEED);
                    return "k=" + K + " iterations=" + km.iterations();
                });
            }
            case "hclust-chapters": {
                Corpus corpus = csv(bench, "chapters");
                return new Task("chapters", () -> Similarity.cosineDistances(tfidf(corpus)),
                        d -> {
                            HierarchicalClustering h = HierarchicalClustering.of((DistanceMatrix) d,
                                    HierarchicalClustering.Linkage.AVERAGE);
                            return "clusters=" + h.cut(K).sizes().length;
                        });
            }
            case "hclust-fortunes": {
                // the first HCLUST_DOCUMENTS cookies (in the CSV's order): several thousand documents,
                // where average linkage takes scikit-learn a measurable time
                Corpus all = csv(bench, "fortunes");
                Corpus corpus = Corpus.of(all.documents().subList(0, Math.min(HCLUST_DOCUMENTS, all.size())));
                return new Task("fortunes-" + corpus.size(), () -> Similarity.cosineDistances(tfidf(corpus)),
                        d -> {
                            HierarchicalClustering h = HierarchicalClustering.of((DistanceMatrix) d,
                                    HierarchicalClustering.Linkage.AVERAGE);
                            return "documents=" + h.size() + " clusters=" + h.cut(K).sizes().length;
                        });
            }
            case "nb-fortunes":
                return classify(bench, ClassifierMethod.NAIVE_BAYES);
            case "logreg-fortunes":
                return classify(bench, ClassifierMethod.LOGISTIC_REGRESSION);
            case "svd-chapters": {
                Corpus corpus = csv(bench, "chapters");
                return new Task("chapters", () -> tfidf(corpus), m -> {
                    DocumentTermMatrix x = (DocumentTermMatrix) m;
                    int k = Math.min(SVD_TOPICS, Math.min(x.rows(), x.columns()) - 1);
                    LatentTopics t = LatentTopics.of(x, k);
                    return String.format(Locale.ROOT, "k=%d s1=%.6f s%d=%.6f", k, t.singularValues()[0], k,
                            t.singularValues()[k - 1]);
                });
            }
            case "tsne-chapters": {
                Corpus corpus = csv(bench, "chapters");
                return new Task("chapters", () -> Similarity.cosineDistances(tfidf(corpus)), d -> {
                    DistanceMatrix dm = (DistanceMatrix) d;
                    DocumentMap map = DocumentMap.of(dm, MapOptions.builder().method(MapMethod.TSNE)
                            .perplexity(Math.min(30, (dm.size() - 1) / 3.0)).seed(SEED).build());
                    return "points=" + map.size() + " iterations=1000";
                });
            }
            case "reuse-gospels": {
                Corpus corpus = csv(bench, "gospels");
                return new Task("gospels", () -> null, s -> {
                    SharedPassages found = TextReuse.standard().find(corpus);
                    return "passages=" + found.passages().size() + " boilerplate=" + found.boilerplate().size();
                });
            }
            case "reuse-gospels-semantic": {
                // the same search with the semantic pass (paraphrased sentences, dev.lede.reuse.Paraphrases);
                // the model is loaded while preparing, so "warm" is the pass itself and "whole process"
                // includes the model's load
                Corpus corpus = csv(bench, "gospels");
                TextReuse semantic = TextReuse.builder().paraphrases(Paraphrases.standard()).build();
                return new Task("gospels", () -> SentenceEmbeddings.load(), s -> {
                    SharedPassages found = semantic.find(corpus);
                    return "passages=" + found.passages().size() + " paraphrases=" + found.paraphrases().size()
                            + " boilerplate=" + found.boilerplate().size() + String.format(Locale.ROOT,
                            " model_load_s=%.3f", SentenceEmbeddings.load().loadTime().toNanos() / 1e9);
                });
            }
            case "airtime-year": {
                // 365 generated bulletins (captions-year/); timed: the airtime of a topic over the first
                // quarter, then over the whole year, so the info shows how the time grows with the input
                long l0 = System.nanoTime();
                Captions year = Captions.load(bench.resolve("captions-year"));
                double loadSeconds = (System.nanoTime() - l0) / 1e9;
                Topic topic = Topic.terms("jerusalem", "zion", "egypt*").named("Jerusalem and Egypt");
                int quarter = Math.max(1, year.size() / 4);
                Captions first = Captions.of(year.tracks().subList(0, quarter));
                long cues = year.tracks().stream().mapToLong(t -> t.cues().size()).sum();
                // prepared by one untimed run over the quarter, so the first timed one is not a cold start
                return new Task("captions-year", () -> Airtime.of(first, topic).byBroadcast(), s -> {
                    long t0 = System.nanoTime();
                    Airtime q = Airtime.of(first, topic);
                    int qRows = q.byBroadcast().rowCount() + q.totalsBy(Metadata.PUBLISHED).rowCount();
                    long t1 = System.nanoTime();
                    Airtime a = Airtime.of(year, topic);
                    int rows = a.byBroadcast().rowCount() + a.totalsBy(Metadata.PUBLISHED).rowCount()
                            + a.totalsBy(Metadata.OUTLET).rowCount();
                    long t2 = System.nanoTime();
                    return growth("bulletins", quarter, year.size(), t1 - t0, t2 - t1) + " cues=" + cues
                            + " segments=" + a.segmentList().size() + " seconds=" + Math.round(a.totalSeconds())
                            + " rows=" + (qRows + rows) + String.format(Locale.ROOT, " load_s=%.3f (untimed: reading and checking the 365 files)", loadSeconds);
                });
            }
            case "timeline-verses": {
                // the 31,102 verses as a news archive: ten a day in Bible order from 1 January 2000 (so a
                // larger input also spans more weeks, as a growing archive does), each from one of five
                // outlets in turn; timed: weekly coverage by outlet with mentions and share of voice
                Corpus verses = csv(bench, "verses");
                List<Document> dated = new ArrayList<>(verses.size());
                java.time.LocalDate day0 = java.time.LocalDate.of(2000, 1, 1);
                for (int i = 0; i < verses.size(); i++) {
                    Document d = verses.document(i);
                    dated.add(new Document(d.id(), d.text(), d.metadata()
                            .with(Metadata.PUBLISHED, day0.plusDays(i / 10).toString())
                            .with(Metadata.OUTLET, "Outlet " + (char) ('A' + i % 5)), d.source()));
                }
                Corpus all = Corpus.of(dated);
                Corpus first = Corpus.of(dated.subList(0, Math.max(1, dated.size() / 4)));
                Actors actors = Actors.builder().actor("Israel").actor("Egypt", "Pharaoh").actor("Jerusalem", "Zion")
                        .build();
                return new Task("verses", () -> CoverageOverTime.builder(first).step(TimeStep.WEEK).by(Metadata.OUTLET)
                        .mentions(actors).build().table(), s -> {
                    long t0 = System.nanoTime();
                    int qRows = CoverageOverTime.builder(first).step(TimeStep.WEEK).by(Metadata.OUTLET).mentions(actors)
                            .build().table().rowCount();
                    long t1 = System.nanoTime();
                    CoverageOverTime t = CoverageOverTime.builder(all).step(TimeStep.WEEK).by(Metadata.OUTLET)
                            .mentions(actors).build();
                    int rows = t.table().rowCount() + t.shareOfVoice().rowCount();
                    long t2 = System.nanoTime();
                    return growth("verses", first.size(), all.size(), t1 - t0, t2 - t1) + " weeks="
                            + t.periods().size() + " rows=" + (qRows + rows);
                });
            }
            default:
                throw new IllegalArgumentException("unknown task " + task
                        + ": give count-<label>, tfidf-<corpus>, cosine-chapters, kmeans-fortunes, hclust-chapters"
                        + ", reuse-gospels, reuse-gospels-semantic, airtime-year, timeline-verses, pdfs-lede-N, pdfs-tika-N, nb-fortunes,"
                        + " logreg-fortunes, svd-chapters or tsne-chapters");
        }
    }

    /**
     * "verses=7775/31102 quarter_s=0.120 all_s=0.470 growth=3.92 (input 4.00x)": the time of the
     * quarter and of the whole, and how much the time grew against how much the input did
     * (linear growth gives about the same factor).
     */
    private static String growth(String unit, int quarter, int all, long quarterNanos, long allNanos) {
        return String.format(Locale.ROOT, "%s=%d/%d quarter_s=%.3f all_s=%.3f growth=%.2f (input %.2fx)", unit, quarter,
                all, quarterNanos / 1e9, allNanos / 1e9, (double) allNanos / Math.max(1, quarterNanos),
                (double) all / quarter);
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 3 && args[0].equals("--dump-counts")) {
            TermFrequencies tf = Tokens.ofLines(Path.of(args[2])).frequencies();
            List<String> terms = new ArrayList<>(tf.terms());
            terms.sort(null);
            try (Writer w = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
                for (String t : terms) {
                    w.write(t + "\t" + tf.count(t) + "\n");
                }
            }
            return;
        }
        if (args.length == 3 && args[0].equals("--serve")) {
            serve(task(args[1], Path.of(args[2])), args[1]);
        } else {
            if (args.length < 4) {
                throw new IllegalArgumentException("usage: LedeBench TASK BENCH_DIR WARMUP REPS [THREADS]"
                        + " | --serve TASK BENCH_DIR | --dump-counts OUT FILE");
            }
            String name = args[0];
            if (args.length > 4) {
                threads = Integer.parseInt(args[4]);
            }
            Task t = task(name, Path.of(args[1]));
            Object state = t.prepare().get();
            for (int i = 0, n = Integer.parseInt(args[2]); i < n; i++) {
                t.run().apply(state);
            }
            for (int i = 0, n = Integer.parseInt(args[3]); i < n; i++) {
                measure(t, state, name, i + 1);
            }
        }
        System.out.printf(Locale.ROOT, "PEAK\t%.1f%n", vmHwmMb());
        long heap = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
                heap += p.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "HEAP\t%.1f%n", heap / 1048576.0);
    }

    private static void measure(Task t, Object state, String name, int rep) {
        long t0 = System.nanoTime();
        String info = t.run().apply(state);
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "RESULT\t%s\t%s\t%d\t%.6f\t%s%n", name, t.corpus(), rep, s, info);
        System.out.flush();
    }

    /**
     * Serve mode, so the benchmark can alternate warm repetitions with scikit-learn's: prepare,
     * print READY, then one repetition per line "run [threads]" on stdin until "quit".
     */
    private static void serve(Task t, String name) throws IOException {
        Object state = t.prepare().get();
        System.out.println("READY");
        System.out.flush();
        java.io.BufferedReader in = new java.io.BufferedReader(
                new java.io.InputStreamReader(System.in, StandardCharsets.UTF_8));
        int rep = 0;
        for (String line; (line = in.readLine()) != null && !line.equals("quit");) {
            String[] parts = line.trim().split(" ");
            if (parts.length > 1) {
                threads = Integer.parseInt(parts[1]);
            }
            measure(t, state, name, ++rep);
        }
    }

    /** Peak resident set size of this process from /proc/self/status, in MiB (NaN where absent). */
    private static double vmHwmMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.UTF_8)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
        return Double.NaN;
    }
}
