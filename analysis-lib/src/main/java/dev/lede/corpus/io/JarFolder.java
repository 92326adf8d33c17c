package dev.lede.corpus.io;

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
import java.util.stream.Stream;

/**
 * A folder of jars that Lede opens only when an analysis first needs them (Apache Tika for PDFs
 * and Word files, the sentence-embedding model): the kernel's install puts each such folder beside
 * Lede's own jar, so that kernel start and every other analysis load none of their classes.
 *
 * <p>{@link #open} gives a class loader of the folder's jars and Lede's own jar in which only the
 * bridge classes (one name prefix) are loaded again, every other Lede class coming from the
 * parent: the bridge sees the folder's libraries, and the two sides share only Lede's and the
 * JDK's types.
 *
 * <pre>{@code
 * Path folder = JarFolder.beside(LazyTika.class, "lede-tika", "lede.tika.dir");
 * ClassLoader tika = JarFolder.open("lede-tika", folder, LazyTika.class, "dev.lede.formats.TikaReader", parent);
 * }</pre>
 */
public final class JarFolder {

    private JarFolder() {
    }

    /**
     * The folder named by system property {@code property}, else the folder {@code name} beside
     * the jar (or classes folder) that {@code anchor} was loaded from; null when neither is known.
     */
    public static Path beside(Class<?> anchor, String name, String property) {
        String configured = System.getProperty(property);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        Path own = location(anchor);
        return own == null ? null : own.toAbsolutePath().getParent().resolve(name);
    }

    /** The jars directly in {@code folder}, in name order (the same class path on every machine). */
    public static List<Path> jars(Path folder) {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the folder " + folder + ": " + e.getMessage(), e);
        }
    }

    /**
     * A class loader named {@code loaderName} of the jars in {@code folder} and {@code anchor}'s own
     * jar, parent first except for classes whose names start with {@code bridgePrefix}.
     */
    public static ClassLoader open(String loaderName, Path folder, Class<?> anchor, String bridgePrefix,
                                   ClassLoader parent) {
        List<URL> urls = new ArrayList<>();
        try {
            for (Path jar : jars(folder)) {
                urls.add(jar.toUri().toURL());
            }
            Path own = location(anchor);
            if (own != null) {
                urls.add(own.toUri().toURL());
            }
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException("cannot open the folder " + folder + ": " + e.getMessage(), e);
        }
        return new BridgeFirst(loaderName, urls.toArray(URL[]::new), parent, bridgePrefix);
    }

    private static Path location(Class<?> anchor) {
        CodeSource source = anchor.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return null;
        }
        try {
            return Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private static final class BridgeFirst extends URLClassLoader {
        static {
            ClassLoader.registerAsParallelCapable();
        }

        private final String bridge;

        BridgeFirst(String name, URL[] urls, ClassLoader parent, String bridge) {
            super(name, urls, parent);
            this.bridge = bridge;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith(bridge)) {
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
