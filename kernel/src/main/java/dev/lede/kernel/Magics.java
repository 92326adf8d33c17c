package dev.lede.kernel;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Line magics at the start of a cell, then the cell's Java code:
 * {@code %classpath PATH...} (jars, folders, globs such as {@code lib/*.jar}),
 * {@code %load FILE} (a .jshell or .java file, evaluated as a cell),
 * {@code %time [CODE]} / {@code %%time} (wall time of the code, or of the rest of the cell),
 * {@code %maven GROUP:ARTIFACT:VERSION...} and {@code %%loadFromPOM} (the rest of the cell is a POM; see {@link Maven}),
 * {@code %jars PATH...} (IJava's spelling of {@code %classpath}), {@code %lsmagic} (lists these).
 */
final class Magics {

    private final Session session;
    private final Maven maven = new Maven();

    Magics(Session session) {
        this.session = session;
    }

    Session.Outcome run(String cell, int count, Consumer<String> notices) {
        String rest = cell;
        while (true) {
            String stripped = rest.stripLeading();
            if (!stripped.startsWith("%")) {
                break;
            }
            int nl = stripped.indexOf('\n');
            String line = (nl < 0 ? stripped : stripped.substring(0, nl)).strip();
            String after = nl < 0 ? "" : stripped.substring(nl + 1);
            String name = line.split("\\s+", 2)[0];
            String args = line.length() > name.length() ? line.substring(name.length()).strip() : "";
            switch (name) {
                case "%time", "%%time" -> {
                    String code = args.isEmpty() ? after : args + (after.isBlank() ? "" : "\n" + after);
                    long t0 = System.nanoTime();
                    Session.Outcome o = run(code, count, notices);
                    double ms = (System.nanoTime() - t0) / 1e6;
                    notices.accept(String.format(Locale.ROOT, "Wall time: %.1f ms%n", ms));
                    return o;
                }
                case "%classpath", "%jars" -> {
                    List<String> added = new ArrayList<>();
                    for (String a : splitArgs(args)) {
                        for (Path p : expand(a, name)) {
                            session.addToClasspath(p.toString());
                            added.add(p.toString());
                        }
                    }
                    notices.accept("Added to the class path: " + (added.isEmpty() ? "(nothing)" : String.join(", ", added)) + "\n");
                }
                case "%load" -> {
                    if (args.isEmpty()) {
                        throw new IllegalArgumentException("%load needs a file: %load path/to/file.jshell (or .java)");
                    }
                    String src = LedeKernel.readFile(Path.of(args));
                    Session.Outcome o = session.eval(src, count);
                    if (o.error() != null || after.isBlank()) {
                        return o;
                    }
                }
                case "%maven" -> {
                    List<String> coords = coordinates(args);
                    addJars(maven.add(coords, notices), notices);
                }
                case "%spark" -> {
                    Path home = sparkHome(System.getenv("LEDE_SPARK"));
                    List<Path> jars = new ArrayList<>(expand(home.resolve("jars").toString() + "/*.jar", "%spark"));
                    jars.add(home.resolve("lede-spark.jar"));
                    for (Path jar : jars) {
                        session.addToClasspath(jar.toString());
                    }
                    Session.Outcome o = session.eval("import dev.lede.spark.*;\nimport org.apache.spark.sql.SparkSession;\n",
                            count);
                    if (o.error() != null) {
                        return o;
                    }
                    notices.accept("Spark added (" + jars.size() + " jars); LedeSpark.local() gives a local session\n");
                }
                case "%%loadFromPOM" -> {
                    addJars(maven.addPom(after, notices), notices);
                    return Session.Outcome.ok(null);
                }
                case "%lsmagic" -> notices.accept(LSMAGIC);
                default -> throw new IllegalArgumentException("unknown magic " + name + "; Lede knows " + NAMES + " (%lsmagic says what each does)");
            }
            rest = after;
        }
        return rest.isBlank() ? Session.Outcome.ok(null) : session.eval(rest, count);
    }

    /**
     * The folder %spark loads (LEDE_SPARK, which install-kernel.sh sets to the build's
     * spark/target/spark-home): Spark's jars in jars/ and lede-spark.jar, loaded only when asked.
     */
    static Path sparkHome(String setting) {
        if (setting == null || setting.isBlank()) {
            throw new IllegalArgumentException("%spark: Lede on Spark is not installed with this kernel: build it"
                    + " (make build lays out spark/target/spark-home) and reinstall the kernel (make kernel), or set"
                    + " LEDE_SPARK to a folder holding jars/ and lede-spark.jar");
        }
        Path home = Path.of(setting);
        if (!java.nio.file.Files.isRegularFile(home.resolve("lede-spark.jar"))
                || !java.nio.file.Files.isDirectory(home.resolve("jars"))) {
            throw new IllegalArgumentException("%spark: LEDE_SPARK=" + setting + " holds no jars/ folder and"
                    + " lede-spark.jar: run make build (it lays out spark/target/spark-home) and make kernel");
        }
        return home;
    }

    static final String NAMES = "%classpath, %jars, %load, %time, %%time, %maven, %%loadFromPOM, %spark and %lsmagic";

    static final String LSMAGIC = String.join("\n",
            "Line magics (at the start of a cell, before its Java code):",
            "  %classpath PATH...      add jars or folders to the class path (globs such as lib/*.jar)",
            "  %jars PATH...           the same (IJava's name)",
            "  %maven G:A:V...         add artifacts from Maven repositories with their dependencies (Maven's resolver;",
            "                          nearest wins across every %maven of the session)",
            "  %load FILE              run a .jshell or .java file as a cell",
            "  %time [CODE]            wall time of CODE, or of the rest of the cell",
            "  %spark                  Lede on Spark: add the jars of LEDE_SPARK, then LedeSpark.local() gives a session",
            "  %lsmagic                this list",
            "Cell magics (the first line of a cell):",
            "  %%time                  wall time of the rest of the cell",
            "  %%loadFromPOM           the rest of the cell is a POM (or its <dependencies>): add its dependencies like %maven",
            "");

    /** {@code %maven} arguments: coordinates separated by blanks or commas, except commas inside a version range. */
    static List<String> coordinates(String args) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int depth = 0;
        for (char ch : (args + " ").toCharArray()) {
            if (ch == '[' || ch == '(') {
                depth++;
            } else if ((ch == ']' || ch == ')') && depth > 0) {
                depth--;
            }
            if (Character.isWhitespace(ch) || (ch == ',' && depth == 0)) {
                if (cur.length() > 0) {
                    out.add(cur.toString());
                    cur.setLength(0);
                }
            } else {
                cur.append(ch);
            }
        }
        return out;
    }

    private void addJars(List<Path> jars, Consumer<String> notices) {
        List<String> names = new ArrayList<>();
        for (Path jar : jars) {
            session.addToClasspath(jar.toString());
            names.add(jar.getFileName().toString());
        }
        notices.accept("Added to the class path: " + (names.isEmpty() ? "(nothing new)" : String.join(", ", names)) + "\n");
    }

    static List<String> splitArgs(String args) {
        List<String> out = new ArrayList<>();
        for (String s : args.split("[\\s" + java.io.File.pathSeparator + "]+")) {
            String t = s.strip();
            if (t.length() >= 2 && (t.startsWith("\"") && t.endsWith("\"") || t.startsWith("'") && t.endsWith("'"))) {
                t = t.substring(1, t.length() - 1);
            }
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /** A path or a glob (any of {@code * ? [ {}) as the sorted list of existing paths it names. */
    static List<Path> expand(String arg, String magic) {
        String home = System.getProperty("user.home");
        if (arg.startsWith("~/")) {
            arg = home + arg.substring(1);
        }
        if (!arg.matches(".*[*?\\[{].*")) {
            Path p = Path.of(arg).toAbsolutePath().normalize();
            if (!Files.exists(p)) {
                throw new IllegalArgumentException(magic + ": " + p + " does not exist");
            }
            return List.of(p);
        }
        // Walk from the longest literal prefix of the glob.
        String[] parts = arg.replace('\\', '/').split("/");
        StringBuilder base = new StringBuilder(arg.startsWith("/") ? "/" : "");
        int i = 0;
        for (; i < parts.length - 1 && !parts[i].matches(".*[*?\\[{].*"); i++) {
            if (!parts[i].isEmpty()) {
                base.append(parts[i]).append('/');
            }
        }
        Path root = Path.of(base.length() == 0 ? "." : base.toString()).toAbsolutePath().normalize();
        String pattern = String.join("/", java.util.Arrays.copyOfRange(parts, i, parts.length));
        PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        List<Path> hits = new ArrayList<>();
        if (Files.isDirectory(root)) {
            try (Stream<Path> s = Files.walk(root, pattern.contains("**") ? Integer.MAX_VALUE : pattern.split("/").length)) {
                s.filter(p -> !p.equals(root) && m.matches(root.relativize(p))).sorted().forEach(hits::add);
            } catch (IOException e) {
                throw new IllegalArgumentException(magic + ": cannot list " + root + ": " + e.getMessage(), e);
            }
        }
        if (hits.isEmpty()) {
            throw new IllegalArgumentException(magic + ": the pattern " + arg + " matches no file (searched from " + root + ")");
        }
        return hits;
    }
}
