package dev.lede.formats;

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
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/**
 * Finds Apache Tika the first time a file needs it, never before: nothing here runs at class
 * loading of the rest of Lede, so kernel start and plain-text loads load no Tika class.
 *
 * <p>When Tika is on Lede's own class path (Maven users of analysis-lib, the tests) it is used
 * from there. The kernel jar does not carry it (it would more than double the jar); the kernel's
 * install puts Tika's jars in the folder {@value #FOLDER} beside the jar, and this class opens
 * them in a class loader of their own, in which only {@link TikaReader} is loaded again (every
 * other Lede class comes from the parent), so the two sides share Lede's types and JDK types only.
 * The system property {@value #PROPERTY} names another folder.
 */
final class LazyTika {

    /** Folder beside Lede's jar holding Tika and the libraries it needs that Lede does not carry. */
    static final String FOLDER = "lede-tika";
    /** System property naming the Tika folder instead. */
    static final String PROPERTY = "lede.tika.dir";

    private static final String READER = "dev.lede.formats.TikaReader";

    private LazyTika() {
    }

    private static final class Holder {
        static final BiFunction<Path, String, List<Map<String, Object>>> READER_INSTANCE = create();
    }

    /** The reader, created on first use; a clear error when Tika is not to be found. */
    static BiFunction<Path, String, List<Map<String, Object>>> reader(String shown) {
        try {
            return Holder.READER_INSTANCE;
        } catch (ExceptionInInitializerError | NoClassDefFoundError e) {
            Throwable cause = e instanceof ExceptionInInitializerError ? e.getCause() : e;
            throw new UnreadableFileException(shown, UnreadableFileException.Reason.TIKA_MISSING,
                    (cause == null ? e : cause).getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static BiFunction<Path, String, List<Map<String, Object>>> create() {
        quietLibraries();
        ClassLoader own = LazyTika.class.getClassLoader();
        try {
            Class<?> c;
            if (own.getResource("org/apache/tika/parser/AutoDetectParser.class") != null) {
                c = Class.forName(READER, true, own);
            } else {
                c = Class.forName(READER, true, isolated(own));
            }
            return (BiFunction<Path, String, List<Map<String, Object>>>) c.getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot start Lede's Tika reader: " + e, e);
        }
    }

    /**
     * PDFBox warns on stderr for every page set in a standard font it substitutes, and Log4j's API
     * (which parts of POI use) complains that no Log4j is installed: neither says anything a
     * reader of the notebook can act on. Only where the user has not configured them.
     */
    private static void quietLibraries() {
        String[][] quiet = {{"org.slf4j.simpleLogger.log.org.apache.pdfbox", "error"},
                {"org.slf4j.simpleLogger.log.org.apache.fontbox", "error"},
                {"log4j2.statusLoggerLevel", "OFF"}};
        for (String[] q : quiet) {
            if (System.getProperty(q[0]) == null) {
                System.setProperty(q[0], q[1]);
            }
        }
    }

    private static ClassLoader isolated(ClassLoader parent) {
        Path lede = ownLocation();
        String configured = System.getProperty(PROPERTY);
        Path folder = configured != null && !configured.isBlank() ? Path.of(configured)
                : (lede == null ? null : lede.toAbsolutePath().getParent().resolve(FOLDER));
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IllegalStateException("this format needs Apache Tika, which is not installed beside Lede"
                    + (folder == null ? "" : " (looked for the folder " + folder + ")")
                    + ": reinstall the kernel with 'make kernel', or set -D" + PROPERTY + "=FOLDER to a folder of"
                    + " the tika-parsers-standard-package jars and their dependencies");
        }
        List<URL> urls = new ArrayList<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path jar : list.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList()) {
                urls.add(jar.toUri().toURL());
            }
            urls.add(lede.toUri().toURL());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the Tika folder " + folder + ": " + e.getMessage(), e);
        }
        return new ReaderFirst(urls.toArray(URL[]::new), parent);
    }

    private static Path ownLocation() {
        CodeSource source = LazyTika.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return null;
        }
        try {
            return Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /** Parent first, except for the reader itself, which must see Tika through this loader. */
    private static final class ReaderFirst extends URLClassLoader {
        static {
            ClassLoader.registerAsParallelCapable();
        }

        ReaderFirst(URL[] urls, ClassLoader parent) {
            super("lede-tika", urls, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith(READER)) {
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
