package dev.lede.semantic;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import dev.lede.corpus.io.JarFolder;

/**
 * Finds the sentence-embedding model the first time it is asked for, never before: no class of
 * langchain4j or ONNX Runtime is loaded while the rest of Lede starts or runs other analyses.
 *
 * <p>When the model's jars are on Lede's own class path (Maven users of analysis-lib, the tests)
 * they are used from there. The kernel jar does not carry them (about 136 MB); the kernel's build
 * puts them in the folder {@value #FOLDER} beside the jar, and this class opens them in a class
 * loader of its own in which only {@link MiniLmBridge} is loaded again (every other Lede class
 * comes from the parent), so the two sides share Lede's and the JDK's types only. The system
 * property {@value #PROPERTY} names another folder.
 */
final class LazyModel {

    /** Folder beside Lede's jar holding the model's jars. */
    static final String FOLDER = "lede-embeddings";
    /** System property naming the folder instead. */
    static final String PROPERTY = "lede.embeddings.dir";

    private static final String BRIDGE = "dev.lede.semantic.MiniLmBridge";

    private LazyModel() {
    }

    /** Creates a new bridge (loads the model); a clear error when the model is not to be found. */
    @SuppressWarnings("unchecked")
    static Function<List<String>, float[][]> create() {
        // DJL warns on every start that this machine has no CUDA GPU: nothing a notebook reader can act on
        if (System.getProperty("org.slf4j.simpleLogger.log.ai.djl") == null) {
            System.setProperty("org.slf4j.simpleLogger.log.ai.djl", "error");
        }
        ClassLoader own = LazyModel.class.getClassLoader();
        try {
            Class<?> c;
            if (own.getResource(MiniLmBridge.MODEL) != null
                    && own.getResource("ai/onnxruntime/OrtSession.class") != null) {
                c = Class.forName(BRIDGE, true, own);
            } else {
                c = Class.forName(BRIDGE, true, isolated(own));
            }
            return (Function<List<String>, float[][]>) c.getConstructor().newInstance();
        } catch (java.lang.reflect.InvocationTargetException e) {
            Throwable cause = e.getCause();
            throw new IllegalStateException("cannot start the sentence-embedding model: " + cause, cause);
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException("cannot start the sentence-embedding model: " + e, e);
        }
    }

    /** The folder looked in: the system property, else {@value #FOLDER} beside Lede's jar; null when unknown. */
    static Path folder() {
        return JarFolder.beside(LazyModel.class, FOLDER, PROPERTY);
    }

    private static ClassLoader isolated(ClassLoader parent) {
        return isolated(parent, folder());
    }

    /** A loader of the jars in {@code folder} (null: unknown) and Lede's own jar; a clear error when there are none. */
    static ClassLoader isolated(ClassLoader parent, Path folder) {
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IllegalStateException("paraphrase reuse needs the sentence-embedding model, which is not"
                    + " installed beside Lede" + (folder == null ? "" : " (looked for the folder " + folder + ")")
                    + ": reinstall the kernel with 'make kernel', or set -D" + PROPERTY + "=FOLDER to a folder of"
                    + " the jars of " + SentenceEmbeddings.PACKAGE + " and its dependencies (outside the kernel: put"
                    + " that package on the class path)");
        }
        if (JarFolder.jars(folder).isEmpty()) {
            throw new IllegalStateException("the model folder " + folder + " holds no jar: reinstall the kernel"
                    + " with 'make kernel'");
        }
        return JarFolder.open("lede-embeddings", folder, LazyModel.class, BRIDGE, parent);
    }
}
