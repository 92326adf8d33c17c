package dev.lede.formats;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import dev.lede.corpus.io.JarFolder;

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
        Path folder = JarFolder.beside(LazyTika.class, FOLDER, PROPERTY);
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IllegalStateException("this format needs Apache Tika, which is not installed beside Lede"
                    + (folder == null ? "" : " (looked for the folder " + folder + ")")
                    + ": reinstall the kernel with 'make kernel', or set -D" + PROPERTY + "=FOLDER to a folder of"
                    + " the tika-parsers-standard-package jars and their dependencies");
        }
        return JarFolder.open("lede-tika", folder, LazyTika.class, READER, parent);
    }
}
