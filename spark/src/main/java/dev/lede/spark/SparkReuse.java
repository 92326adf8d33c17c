package dev.lede.spark;

import dev.lede.reuse.SharedPassage;
import dev.lede.reuse.SharedPassages;
import dev.lede.reuse.TextReuse;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import scala.Tuple2;
import tech.tablesaw.api.Table;

/**
 * Text reuse on Spark: the passages documents share, found as {@link TextReuse#find} finds them
 * with {@link dev.lede.reuse.CandidateSearch#EXACT} candidates, the work spread over the
 * executors. Each executor hashes its documents' shingles; Spark counts each shingle's documents
 * (the common shingles, in more than {@link TextReuse#maxDocumentFrequency()} of the documents,
 * are dropped as on one machine); an inverted index of the remaining shingles gives the candidate
 * pairs (every pair that shares one); each pair's two documents meet on one executor, which runs
 * the single-machine alignment ({@link TextReuse#align}) on them. The passages equal the
 * single-machine ones, boilerplate flags included.
 *
 * <pre>{@code
 * List<SharedPassage> found = SparkReuse.of(TextReuse.standard()).find(SparkCorpus.of(spark, corpus, 8));
 * SharedPassages.tableOf(found);   // first, second, offsets, tokens, boilerplate, texts
 * }</pre>
 */
public final class SparkReuse {

    private final Settings settings;

    private SparkReuse(Settings settings) {
        this.settings = settings;
    }

    /** Reuse with {@code options} (its candidate search is always exact on Spark). */
    public static SparkReuse of(TextReuse options) {
        Objects.requireNonNull(options, "options");
        return new SparkReuse(new Settings(options.shingleSize(), options.minPassageTokens(), options.maxGap(),
                options.maxDocumentFrequency(), options.detectsBoilerplate(), new ArrayList<>(options.boilerplatePhrases())));
    }

    /** The options, written down for the executors, which rebuild the same {@link TextReuse}. */
    record Settings(int shingleSize, int minPassageTokens, int maxGap, double maxDocumentFrequency,
                    boolean detectBoilerplate, ArrayList<String> phrases) implements Serializable {
        private static final java.util.Map<Settings, TextReuse> BUILT = new java.util.concurrent.ConcurrentHashMap<>();

        TextReuse options() {
            return BUILT.computeIfAbsent(this, k -> TextReuse.builder().shingleSize(shingleSize)
                    .minPassageTokens(minPassageTokens).maxGap(maxGap).maxDocumentFrequency(maxDocumentFrequency)
                    .detectBoilerplate(detectBoilerplate).boilerplatePhrases(phrases).build());
        }
    }

    /** The shared passages of the corpus's documents (standard tokens), in {@link SharedPassages#table()}'s order. */
    public List<SharedPassage> find(SparkCorpus corpus) {
        return find(corpus.tokens());
    }

    /** The shared passages with these tokens (their spans give the offsets and texts). */
    public List<SharedPassage> find(SparkTokens tokens) {
        Objects.requireNonNull(tokens, "tokens");
        Settings s = settings;
        TokenRecipe recipe = tokens.recipe();
        JavaPairRDD<Long, Doc> docs = tokens.corpus().docs().mapToPair(d -> new Tuple2<>(d.index(), d));
        JavaPairRDD<Long, long[]> hashes = docs.mapValues(d -> s.options().shingleHashes(recipe.tokens(d.document())));
        long n = Jobs.run(docs::count);
        List<Long> commonList = Jobs.run(() -> hashes
                .flatMapToPair(t -> Arrays.stream(t._2()).mapToObj(h -> new Tuple2<>(h, 1)).iterator())
                .reduceByKey(Integer::sum)
                .filter(t -> s.options().isCommon(t._2(), (int) n))
                .keys().collect());
        long[] common = commonList.stream().mapToLong(Long::longValue).sorted().toArray();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(tokens.corpus().spark().sparkContext());
        Broadcast<long[]> bCommon = jsc.broadcast(common);
        // candidates: every pair of documents sharing a shingle that is not common
        JavaPairRDD<Long, Long> pairs = hashes
                .flatMapToPair(t -> {
                    long[] c = bCommon.value();
                    List<Tuple2<Long, Long>> out = new ArrayList<>();
                    for (long h : t._2()) {
                        if (Arrays.binarySearch(c, h) < 0) {
                            out.add(new Tuple2<>(h, t._1()));
                        }
                    }
                    return out.iterator();
                })
                .groupByKey()
                .flatMapToPair(g -> {
                    List<Long> ds = new ArrayList<>();
                    g._2().forEach(ds::add);
                    ds.sort(null);
                    List<Tuple2<Long, Long>> out = new ArrayList<>();
                    for (int x = 0; x < ds.size(); x++) {
                        for (int y = x + 1; y < ds.size(); y++) {
                            out.add(new Tuple2<>(ds.get(x), ds.get(y)));
                        }
                    }
                    return out.iterator();
                })
                .distinct();
        // each pair's documents meet on one executor, which aligns them as one machine does
        JavaPairRDD<Long, Tuple2<Long, Doc>> withFirst = pairs.join(docs)
                .mapToPair(t -> new Tuple2<>(t._2()._1(), new Tuple2<>(t._1(), t._2()._2())));
        List<SharedPassage> found = Jobs.run(() -> withFirst.join(docs).flatMap(t -> {
            Doc x = t._2()._1()._2();
            Doc y = t._2()._2();
            TextReuse o = s.options();
            return o.align(x.document(), recipe.tokens(x.document()), y.document(), recipe.tokens(y.document()),
                    bCommon.value()).iterator();
        }).collect());
        return SharedPassages.ordered(found);
    }

    /** {@link SharedPassages#table()} of the passages {@link #find} returns. */
    public Table table(SparkCorpus corpus) {
        return SharedPassages.tableOf(find(corpus));
    }
}
