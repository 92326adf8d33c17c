package dev.lede.kernel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import jdk.jshell.ImportSnippet;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.TypeDeclSnippet;
import jdk.jshell.VarSnippet;

/**
 * Keeps compiling a cell as cheap after hundreds of variables as after a few.
 * <p>
 * JShell compiles every snippet with one {@code import static} of each live variable, each from its
 * own wrapper class, which javac reads anew for every compilation: 500 cells defining 500 different
 * variables took cells from 28 to 73 ms. Every {@link #BATCH} such variables, this class moves them
 * into one public holder class ({@code lede.session.VarsN}, one static field per variable, compiled
 * by the kernel with the session's imports and added to JShell's class path), copies their values
 * into it, imports its fields with one {@code import static ...VarsN.*} and drops the snippets that
 * declared them. Cells then compile against one class instead of hundreds.
 * <p>
 * What stays as it was: every variable keeps its name, type and value and can be assigned;
 * methods and classes that use it are recompiled by JShell against the holder's field; a later
 * declaration of the same name is a new variable of its own (its single import hides the holder's
 * field). Only variables whose type compiles outside JShell are moved (not those of a cell's own
 * classes, anonymous or non-denotable types), and none whose name another static import on
 * demand (such as the default imports) also offers, nor one that an earlier holder already has,
 * nor one that a lambda or anonymous class outside a method or class may read (see
 * {@link #captured}).
 */
final class LiveVariables {

    /**
     * How many movable variables pile up before they are moved together. Cell time rises with
     * the live ones between moves (about 0.1 ms each) and each move costs 150–300 ms once; 50 keeps
     * both small (the sawtooth's top about 5 ms over its bottom).
     */
    static final int BATCH = 50;

    private static final String PACKAGE = "lede.session";

    private final String compileClassPath;
    /** Names some holder has a field for, with the holder's class name. */
    private final Map<String, String> held = new LinkedHashMap<>();
    /** Names whose field or use javac rejected once: never tried again in this JVM. */
    private final Set<String> refused = new LinkedHashSet<>();
    /** The holders' class folders, each on JShell's class path. */
    private final List<String> folders = new ArrayList<>();
    private Path root;
    private int holders;
    /** After a failed move, how many movable variables there must be before the next try. */
    private int nextTry = BATCH;

    LiveVariables(String compileClassPath) {
        this.compileClassPath = compileClassPath;
    }

    /** The names of the variables moved into holders (what a lost JVM takes with it). */
    Set<String> names() {
        return held.keySet();
    }

    /** Forgets the holders (their values went with their JVM). */
    void reset() {
        held.clear();
        refused.clear();
        folders.clear();
        nextTry = BATCH;
    }

    /**
     * Moves the live variables into a holder once {@link #BATCH} of them can be. Returns what it
     * did, for the trace, or null when it did nothing.
     */
    String consolidate(JShell js, Set<String> extraClassPath) {
        List<VarSnippet> candidates = movable(js);
        if (candidates.size() < nextTry) {
            return null;
        }
        Set<String> captured = captured(js);
        List<VarSnippet> movable = new ArrayList<>(candidates);
        movable.removeIf(v -> captured.contains(v.name()));
        // Whatever happens below, a failure is not retried on every cell.
        nextTry = candidates.size() + BATCH;
        if (movable.size() < BATCH) {
            nextTry = candidates.size() + BATCH - movable.size();
            return null;
        }
        long t0 = System.nanoTime();
        String cls = "Vars" + (++holders);
        String imports = imports(js);
        List<VarSnippet> moving = new ArrayList<>(movable);
        Path dir;
        try {
            if (root == null) {
                root = Files.createTempDirectory("lede-vars");
                root.toFile().deleteOnExit();
            }
            dir = Files.createDirectory(root.resolve(cls));
            Set<String> dropped = compile(dir, cls, imports, moving, extraClassPath);
            if (!dropped.isEmpty()) {
                refused.addAll(dropped);
                moving.removeIf(v -> dropped.contains(v.name()));
                if (moving.isEmpty() || !compile(dir, cls, imports, moving, extraClassPath).isEmpty()) {
                    return null;
                }
            }
        } catch (IOException | RuntimeException e) {
            Session.trace("live variables not moved: " + e);
            return null;
        }
        js.addToClasspath(dir.toString());
        folders.add(dir.toString());
        String fqn = PACKAGE + "." + cls;
        StringBuilder copy = new StringBuilder("{");
        for (VarSnippet v : moving) {
            copy.append(' ').append(fqn).append('.').append(v.name()).append(" = ").append(v.name()).append(';');
        }
        copy.append(" }");
        if (!ok(js.eval(copy.toString()), js) || !ok(js.eval("import static " + fqn + ".*;"), js)) {
            return null;
        }
        nextTry = BATCH;
        // JShell recompiles the methods and classes that used each one, against the holder's field.
        for (VarSnippet v : moving) {
            held.put(v.name(), fqn);
            try {
                js.drop(v);
            } catch (IllegalArgumentException | IllegalStateException ignored) {
                // gone already
            }
        }
        return String.format(Locale.ROOT, "moved %d variables into %s in %.0f ms", moving.size(), fqn,
                (System.nanoTime() - t0) / 1e6);
    }

    /** Live variables a holder can take: typed outside the cells' own classes, names not held yet. */
    private List<VarSnippet> movable(JShell js) {
        Set<String> ownTypes = new LinkedHashSet<>();
        js.types().filter(t -> js.status(t).isActive()).map(TypeDeclSnippet::name).forEach(ownTypes::add);
        List<VarSnippet> out = new ArrayList<>();
        js.variables().filter(v -> js.status(v) == Snippet.Status.VALID).forEach(v -> {
            String type = v.typeName();
            if (v.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND || v.name().startsWith("$")
                    || held.containsKey(v.name()) || refused.contains(v.name()) || !denotable(type) || mentions(type, ownTypes)) {
                return;
            }
            out.add(v);
        });
        return out;
    }

    private static final Pattern IDENTIFIER = Pattern.compile("[\\p{L}_$][\\p{L}\\p{N}_$]*");

    /**
     * Names that code JShell will not recompile may read: those in any snippet other than a method
     * or class that holds a lambda, a method reference or a body in braces (an anonymous class, a
     * thread's loop). Such code reads the variable's field in its old wrapper class, which a move
     * would leave behind: {@code IntSupplier peek = () -> w0;} would go on seeing the old {@code w0}
     * after an assignment to the moved one. Those variables stay where they are.
     */
    private static Set<String> captured(JShell js) {
        Set<String> names = new java.util.HashSet<>();
        js.snippets().forEach(sn -> {
            if (sn instanceof jdk.jshell.MethodSnippet || sn instanceof TypeDeclSnippet || sn instanceof ImportSnippet) {
                return; // recompiled by JShell when a variable it uses is moved
            }
            String src = sn.source();
            if (src.contains("->") || src.contains("::") || src.indexOf('{') >= 0) {
                java.util.regex.Matcher m = IDENTIFIER.matcher(src);
                while (m.find()) {
                    names.add(m.group());
                }
            }
        });
        return names;
    }

    static boolean denotable(String type) {
        return !type.isEmpty() && !type.contains("<anonymous") && !type.contains("capture#") && !type.contains("&")
                && !type.contains("$") && !type.contains("<any>") && !type.contains("<nulltype>");
    }

    private static boolean mentions(String type, Set<String> names) {
        for (String n : names) {
            if (Pattern.compile("\\b" + Pattern.quote(n) + "\\b").matcher(type).find()) {
                return true;
            }
        }
        return false;
    }

    /** The session's active imports, as source lines. */
    private static String imports(JShell js) {
        StringBuilder b = new StringBuilder();
        js.imports().filter(i -> js.status(i).isActive()).map(ImportSnippet::source)
                .forEach(s -> b.append(s.strip()).append(s.strip().endsWith(";") ? "\n" : ";\n"));
        return b.toString();
    }

    /**
     * Compiles the holder, and beside it a probe that uses each name through the holder's static
     * import on demand as a cell would. Returns the names of the variables whose field or use
     * javac rejected (a type that does not compile outside JShell; a name another static import on
     * demand also offers), and keeps nothing then; empty when the holder compiled.
     */
    private Set<String> compile(Path dir, String cls, String imports, List<VarSnippet> vars, Set<String> extraClassPath)
            throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringBuilder holder = new StringBuilder("package " + PACKAGE + ";\n" + imports
                + "/** Variables of a Lede session (generated). */\npublic final class " + cls + " {\n"
                + "    private " + cls + "() {\n    }\n");
        StringBuilder probe = new StringBuilder("package " + PACKAGE + ".probe;\n" + imports
                + "import static " + PACKAGE + "." + cls + ".*;\nfinal class Probe {\n    void use() {\n        Object o;\n");
        // Source line of each variable's field and of its use, for javac's error lines.
        Map<Integer, String> holderLines = new LinkedHashMap<>();
        Map<Integer, String> probeLines = new LinkedHashMap<>();
        for (VarSnippet v : vars) {
            holderLines.put(lines(holder) + 1, v.name());
            holder.append("    public static ").append(v.typeName()).append(' ').append(v.name()).append(";\n");
            probeLines.put(lines(probe) + 1, v.name());
            probe.append("        o = ").append(v.name()).append(";\n");
        }
        holder.append("}\n");
        probe.append("    }\n}\n");
        Path src = Files.createTempDirectory("lede-vars-src");
        try {
            Path h = Files.createDirectories(src.resolve("lede/session")).resolve(cls + ".java");
            Path p = Files.createDirectories(src.resolve("lede/session/probe")).resolve("Probe.java");
            Files.writeString(h, holder, StandardCharsets.UTF_8);
            Files.writeString(p, probe, StandardCharsets.UTF_8);
            List<String> cp = new ArrayList<>();
            cp.add(compileClassPath);
            cp.addAll(extraClassPath);
            cp.addAll(folders);
            Path out = Files.createTempDirectory("lede-vars-out");
            try {
                DiagnosticCollector<JavaFileObject> diags = new DiagnosticCollector<>();
                StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
                boolean ok = javac.getTask(null, files, diags, List.of("-nowarn", "-proc:none", "-implicit:none",
                        "-encoding", "UTF-8", "-classpath", String.join(java.io.File.pathSeparator, cp),
                        "-d", out.toString()), null, files.getJavaFileObjects(h, p)).call();
                files.close();
                if (!ok) {
                    Set<String> bad = new LinkedHashSet<>();
                    String first = null;
                    for (Diagnostic<? extends JavaFileObject> d : diags.getDiagnostics()) {
                        if (d.getKind() != Diagnostic.Kind.ERROR || d.getSource() == null) {
                            continue;
                        }
                        boolean inHolder = d.getSource().getName().endsWith(cls + ".java");
                        String name = (inHolder ? holderLines : probeLines).get((int) d.getLineNumber());
                        if (name != null) {
                            bad.add(name);
                        } else if (first == null) {
                            first = d.getMessage(Locale.ROOT);
                        }
                    }
                    if (bad.isEmpty()) {
                        throw new IllegalStateException("the holder did not compile: " + first);
                    }
                    return bad;
                }
                Path target = Files.createDirectories(dir.resolve("lede/session")).resolve(cls + ".class");
                Files.copy(out.resolve("lede/session/" + cls + ".class"), target);
                return Set.of();
            } finally {
                deleteTree(out);
            }
        } finally {
            deleteTree(src);
        }
    }

    private static int lines(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    private static boolean ok(List<SnippetEvent> events, JShell js) {
        for (SnippetEvent e : events) {
            if (e.causeSnippet() == null && (e.status() == Snippet.Status.REJECTED || e.exception() != null)) {
                Session.trace("live variables: " + e.snippet().source() + " failed: "
                        + js.diagnostics(e.snippet()).map(d -> d.getMessage(Locale.ROOT)).toList());
                return false;
            }
        }
        return true;
    }

    private static void deleteTree(Path p) {
        try (var walk = Files.walk(p)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind
        }
    }

    /** Deletes the holders' folder (at kernel shutdown). */
    void close() {
        if (root != null) {
            deleteTree(root);
        }
    }
}
