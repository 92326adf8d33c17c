package dev.lede.spark;

import dev.lede.corpus.Document;
import dev.lede.corpus.TermFrequencies;
import dev.lede.display.Tables;
import dev.lede.stats.Keyness;
import dev.lede.text.ByteTermTable;
import dev.lede.text.DocumentTokens;
import dev.lede.text.Stopwords;
import dev.lede.text.Utf8Counter;
import dev.lede.vectors.DocumentTermMatrix;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.function.Function;
import scala.Tuple2;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The tokens of a {@link SparkCorpus}: the same {@link dev.lede.text.Tokenizer} and stopwords as
 * {@code corpus.tokens().removeStopwords(...)}, applied by each executor to its own documents. The
 * results are those of the single-machine path, number for number, and come back as its objects:
 * {@link TermFrequencies}, {@link Keyness}, and a {@link SparkMatrix} that collects into a
 * {@link DocumentTermMatrix}. Immutable.
 *
 * <p>Counting reads each text's UTF-8 bytes with {@link Utf8Counter} (the single-machine fast
 * path), one table per partition and stopword list, and Spark sums the tables term by term; only
 * the vocabulary with its numbers comes back to this machine.
 *
 * <pre>{@code
 * SparkTokens words = SparkCorpus.fromCsv(spark, "wire.csv").tokens().removeStopwords(Stopwords.forLanguages());
 * words.frequencies().top(20).table();            // term, count, per_10k, doc_freq
 * words.byGroupTable(Metadata.OUTLET, 10);         // group, term, count, per_10k, doc_freq
 * words.groupVsRest(Metadata.RELAYS, "BBC").significant(0.05).table();
 * words.matrix(DocumentTermMatrix.Options.defaults()).rows();  // document, features (sparse TF-IDF)
 * }</pre>
 */
public final class SparkTokens {

    private final SparkCorpus corpus;
    private final TokenRecipe recipe;

    SparkTokens(SparkCorpus corpus, TokenRecipe recipe) {
        this.corpus = corpus;
        this.recipe = recipe;
    }

    /** The corpus these are the tokens of. */
    public SparkCorpus corpus() {
        return corpus;
    }

    /** Without the words of {@code stopwords} in every document. */
    public SparkTokens removeStopwords(Stopwords stopwords) {
        return new SparkTokens(corpus, recipe.withStopwords(stopwords));
    }

    /** Without each document's language's stopwords ({@link Stopwords#forLanguages()}). */
    public SparkTokens removeStopwords(Stopwords.PerLanguage perLanguage) {
        return new SparkTokens(corpus, recipe.withStopwords(perLanguage));
    }

    TokenRecipe recipe() {
        return recipe;
    }

    // ------------------------------------------------------------------ counting

    /** Picks the group of a document; null leaves it out. */
    private interface Grouping extends Function<Doc, String>, Serializable {
    }

    /** As {@code tokens.frequencies()} on one machine (label "corpus"). */
    public TermFrequencies frequencies() {
        Map<String, TermFrequencies> one = count(d -> "", Map.of("", "corpus"));
        return one.getOrDefault("", TermFrequencies.counted("corpus", List.of(), new int[0], new int[0], 0, 0));
    }

    /**
     * As {@code tokens.frequencies().byGroup(field)}: one {@link TermFrequencies} per value of
     * {@code field}, sorted by value; documents without it form the group {@code ""}.
     */
    public SortedMap<String, TermFrequencies> byGroup(String field) {
        Objects.requireNonNull(field, "field");
        Map<String, TermFrequencies> groups = count(d -> {
            String v = d.get(field);
            return v == null ? "" : v;
        }, null);
        return Collections.unmodifiableSortedMap(new TreeMap<>(groups));
    }

    /**
     * As {@code tokens.frequencies().byGroupTable(field, n)}: the top {@code n} terms of every group,
     * with a {@value TermFrequencies#GROUP} column first.
     */
    public Table byGroupTable(String field, int n) {
        SortedMap<String, TermFrequencies> parts = byGroup(field);
        StringColumn key = StringColumn.create(TermFrequencies.GROUP);
        Table out = null;
        for (Map.Entry<String, TermFrequencies> e : parts.entrySet()) {
            Table part = e.getValue().top(n).table();
            for (int r = 0; r < part.rowCount(); r++) {
                key.append(e.getKey());
            }
            out = out == null ? part.copy() : out.append(part);
        }
        if (out == null) {
            out = Tables.of("by " + field, List.<TermFrequencies.Entry>of(), List.of(
                    Tables.text(TermFrequencies.TERM, TermFrequencies.Entry::term),
                    Tables.integer(TermFrequencies.COUNT, TermFrequencies.Entry::count),
                    Tables.decimal(TermFrequencies.PER_10K, TermFrequencies.Entry::per10k),
                    Tables.integer(TermFrequencies.DOCUMENT_FREQUENCY, TermFrequencies.Entry::documentFrequency)));
        }
        out.insertColumn(0, key);
        out.setName("by " + field);
        return out;
    }

    /**
     * As {@code Keyness.groupVsRest(tokens, field, value)}: the documents whose {@code field} is
     * {@code value} against all others, counted in one job.
     */
    public Keyness groupVsRest(String field, String value) {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
        Map<String, TermFrequencies> sides = count(d -> value.equals(d.get(field)) ? "target" : "rest",
                Map.of("target", "target", "rest", "rest"));
        TermFrequencies target = sides.get("target");
        TermFrequencies rest = sides.get("rest");
        int in = target == null ? 0 : target.documents();
        int out = rest == null ? 0 : rest.documents();
        if (in == 0 || out == 0) {
            throw new IllegalArgumentException("the target selects " + in + " of " + (in + out)
                    + " documents; keyness needs at least one document on each side");
        }
        return Keyness.of(target, rest).named(field + "=" + value, "rest");
    }

    /**
     * Counts per group: for every group the documents fall in, its frequencies, labelled
     * {@code labels.get(group)} (or the group itself when {@code labels} is null).
     */
    private Map<String, TermFrequencies> count(Grouping grouping, Map<String, String> labels) {
        TokenRecipe r = recipe;
        JavaPairRDD<Tuple2<String, String>, long[]> counted = corpus.docs()
                .mapPartitionsToPair(docs -> countPartition(docs, r, grouping))
                .reduceByKey(SparkTokens::add);
        List<Tuple2<Tuple2<String, String>, long[]>> all = Jobs.run(counted::collect);
        Map<String, List<Tuple2<String, long[]>>> perGroup = new HashMap<>();
        Map<String, long[]> totals = new HashMap<>();
        for (Tuple2<Tuple2<String, String>, long[]> e : all) {
            String group = e._1()._1();
            if (e._1()._2() == null) {
                totals.put(group, e._2());
            } else {
                perGroup.computeIfAbsent(group, g -> new ArrayList<>()).add(new Tuple2<>(e._1()._2(), e._2()));
            }
        }
        Map<String, TermFrequencies> out = new HashMap<>();
        for (Map.Entry<String, long[]> t : totals.entrySet()) {
            List<Tuple2<String, long[]>> terms = perGroup.getOrDefault(t.getKey(), List.of());
            List<String> names = new ArrayList<>(terms.size());
            int[] counts = new int[terms.size()];
            int[] df = new int[terms.size()];
            for (int i = 0; i < terms.size(); i++) {
                names.add(terms.get(i)._1());
                counts[i] = toInt(terms.get(i)._2()[0], terms.get(i)._1());
                df[i] = toInt(terms.get(i)._2()[1], terms.get(i)._1());
            }
            String label = labels == null ? t.getKey() : labels.getOrDefault(t.getKey(), t.getKey());
            out.put(t.getKey(), TermFrequencies.counted(label, names, counts, df, t.getValue()[0],
                    toInt(t.getValue()[1], "documents")));
        }
        return out;
    }

    private static int toInt(long v, String what) {
        if (v > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("'" + what + "' is counted " + v + " times, more than a frequency table"
                    + " holds (2^31 - 1): count parts of the corpus (byGroup) and add them up");
        }
        return (int) v;
    }

    private static long[] add(long[] a, long[] b) {
        return new long[] {a[0] + b[0], a[1] + b[1]};
    }

    /** One count table per (group, stopword list) of this partition's documents. */
    private static final class Part {
        final String group;
        final Stopwords stopwords;
        final ByteTermTable table = new ByteTermTable();
        final Map<String, long[]> slow = new HashMap<>(); // documents the byte path cannot read

        Part(String group, Stopwords stopwords) {
            this.group = group;
            this.stopwords = stopwords;
        }
    }

    /**
     * Counts a partition: ((group, term), [count, documents]) for every term, and
     * ((group, null), [tokens, documents]) for every group.
     */
    private static Iterator<Tuple2<Tuple2<String, String>, long[]>> countPartition(Iterator<Doc> docs, TokenRecipe r,
                                                                                  Grouping grouping) throws Exception {
        Utf8Counter counter = new Utf8Counter(r.tokenizer());
        Utf8Counter.Scratch scratch = new Utf8Counter.Scratch();
        Map<String, Map<Stopwords, Part>> parts = new TreeMap<>();
        Map<String, long[]> documents = new TreeMap<>();
        int docNo = 0;
        while (docs.hasNext()) {
            Doc doc = docs.next();
            String group = grouping.call(doc);
            if (group == null) {
                continue;
            }
            Document d = doc.document();
            Stopwords s = r.stopwordsFor(d);
            Part p = parts.computeIfAbsent(group, g -> new IdentityHashMap<>()).computeIfAbsent(s, x -> new Part(group, x));
            documents.computeIfAbsent(group, g -> new long[2])[1]++;
            docNo++;
            if (!counter.countText(d.text(), d.language(), docNo, p.table, scratch)) {
                DocumentTokens t = r.tokenizer().tokenize(d.text(), d.language());
                HashMap<String, Boolean> seen = new HashMap<>();
                for (String term : t.terms()) {
                    long[] c = p.slow.computeIfAbsent(term, k -> new long[2]);
                    c[0]++;
                    if (seen.put(term, Boolean.TRUE) == null) {
                        c[1]++;
                    }
                }
            }
        }
        List<Tuple2<Tuple2<String, String>, long[]>> out = new ArrayList<>();
        for (Map<Stopwords, Part> byList : parts.values()) {
            for (Part p : byList.values()) {
                long tokens = p.table.tokens();
                int[] df = p.table.documentFrequencies();
                for (int id = 0; id < p.table.size(); id++) {
                    String term = p.table.term(id);
                    if (p.stopwords != null && p.stopwords.contains(term)) {
                        tokens -= p.table.count(id);
                    } else {
                        out.add(new Tuple2<>(new Tuple2<>(p.group, term), new long[] {p.table.count(id), df[id]}));
                    }
                }
                for (Map.Entry<String, long[]> e : p.slow.entrySet()) {
                    if (p.stopwords == null || !p.stopwords.contains(e.getKey())) {
                        tokens += e.getValue()[0];
                        out.add(new Tuple2<>(new Tuple2<>(p.group, e.getKey()), e.getValue()));
                    }
                }
                documents.get(p.group)[0] += tokens;
            }
        }
        documents.forEach((g, t) -> out.add(new Tuple2<>(new Tuple2<>(g, null), t)));
        return out.iterator();
    }

    // ------------------------------------------------------------------ matrices

    /** The TF-IDF matrix with {@link DocumentTermMatrix.Options#defaults()} (smooth idf, L2). */
    public SparkMatrix matrix() {
        return matrix(DocumentTermMatrix.Options.defaults());
    }

    /**
     * As {@code DocumentTermMatrix.of(tokens, options)}: document frequencies and the vocabulary
     * are computed by Spark, the vocabulary's terms, document frequencies and idf broadcast, and
     * each executor weights its own rows with the single-machine formulas, in the same order of
     * operations, so every weight is the same double.
     */
    public SparkMatrix matrix(DocumentTermMatrix.Options options) {
        return SparkMatrix.build(this, options);
    }

    /** The sorted distinct terms of a document with their counts. */
    record DocTerms(long index, String id, String[] terms, int[] counts) implements Serializable {

        /** Documents per byte table: a table keeps every token's term id, so a new one bounds the memory. */
        private static final int TABLE_DOCUMENTS = 4096;

        /**
         * The terms of a partition's documents, read from their UTF-8 bytes by {@link Utf8Counter}
         * (the single-machine fast path, term for term the tokenizer's); a text that is not valid
         * Unicode is tokenized into objects instead.
         */
        static Iterator<DocTerms> partition(Iterator<Doc> docs, TokenRecipe r) {
            Utf8Counter counter = new Utf8Counter(r.tokenizer());
            Utf8Counter.Scratch scratch = new Utf8Counter.Scratch();
            return new Iterator<>() {
                ByteTermTable table;
                int inTable;
                String[] names = new String[0];
                int[] count = new int[0];
                int[] distinct = new int[256];

                @Override
                public boolean hasNext() {
                    return docs.hasNext();
                }

                @Override
                public DocTerms next() {
                    Doc doc = docs.next();
                    Document d = doc.document();
                    if (table == null || inTable == TABLE_DOCUMENTS) {
                        table = new ByteTermTable(true, 1 << 16);
                        inTable = 0;
                        names = new String[1024];
                    }
                    int start = table.traced();
                    if (!counter.countText(d.text(), d.language(), ++inTable, table, scratch)) {
                        return of(doc, r);
                    }
                    int end = table.traced();
                    int[] ids = table.tracedIds();
                    if (count.length < table.size()) {
                        count = Arrays.copyOf(count, Math.max(table.size(), count.length * 2));
                    }
                    if (names.length < table.size()) {
                        names = Arrays.copyOf(names, Math.max(table.size(), names.length * 2));
                    }
                    int m = 0;
                    for (int p = start; p < end; p++) {
                        int id = ids[p];
                        if (count[id]++ == 0) {
                            if (m == distinct.length) {
                                distinct = Arrays.copyOf(distinct, m * 2);
                            }
                            distinct[m++] = id;
                        }
                    }
                    Stopwords s = r.stopwordsFor(d);
                    String[] terms = new String[m];
                    int[] counts = new int[m];
                    int k = 0;
                    for (int j = 0; j < m; j++) {
                        int id = distinct[j];
                        String name = names[id];
                        if (name == null) {
                            name = table.term(id);
                            names[id] = name;
                        }
                        if (s == null || !s.contains(name)) {
                            terms[k] = name;
                            counts[k++] = count[id];
                        }
                        count[id] = 0;
                    }
                    Integer[] order = new Integer[k];
                    for (int j = 0; j < k; j++) {
                        order[j] = j;
                    }
                    String[] t = terms;
                    Arrays.sort(order, (x, y) -> t[x].compareTo(t[y]));
                    String[] sortedTerms = new String[k];
                    int[] sortedCounts = new int[k];
                    for (int j = 0; j < k; j++) {
                        sortedTerms[j] = terms[order[j]];
                        sortedCounts[j] = counts[order[j]];
                    }
                    return new DocTerms(doc.index(), doc.id(), sortedTerms, sortedCounts);
                }
            };
        }

        static DocTerms of(Doc doc, TokenRecipe r) {
            Document d = doc.document();
            List<String> terms = r.terms(d);
            HashMap<String, int[]> c = new HashMap<>();
            for (String t : terms) {
                c.computeIfAbsent(t, k -> new int[1])[0]++;
            }
            String[] names = c.keySet().toArray(String[]::new);
            Arrays.sort(names);
            int[] counts = new int[names.length];
            for (int i = 0; i < names.length; i++) {
                counts[i] = c.get(names[i])[0];
            }
            return new DocTerms(doc.index(), doc.id(), names, counts);
        }
    }
}
