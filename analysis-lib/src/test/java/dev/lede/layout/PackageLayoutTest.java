package dev.lede.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.jupyter.LedeExtension;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The library's shape, read from the compiled classes by the JDK's {@code jdeps} (so an unused
 * import does not count, and a dependency through a fully qualified name does): no cycle between
 * packages, the rendering and text layers at the bottom, at most 15 top-level types a package, a
 * {@code package-info.java} in each, and every capability package among the kernel's default imports.
 */
class PackageLayoutTest {

    private static final Path CLASSES = Path.of("target/classes");
    private static final Path SOURCES = Path.of("src/main/java");
    private static final int MAX_TYPES = 15;
    /** Machinery packages that notebooks need not import. */
    private static final Set<String> NOT_IMPORTED = Set.of("dev.lede.jupyter", "dev.lede.corpus.io");

    private static SortedMap<String, SortedSet<String>> graph;

    @BeforeAll
    static void readDependencies() {
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow(
                () -> new AssertionError("this JDK has no jdeps tool; the layout check needs a full JDK 17"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int rc = jdeps.run(new PrintWriter(out), new PrintWriter(err), "-verbose:package", "-filter:none",
                CLASSES.toString());
        assertEquals(0, rc, "jdeps failed: " + err);
        graph = packageGraph(out.toString());
    }

    /** Edges {@code from -> to} between Lede's own packages in jdeps' package-level listing. */
    static SortedMap<String, SortedSet<String>> packageGraph(String jdepsOutput) {
        Pattern edge = Pattern.compile("^\\s+(dev\\.lede\\.[\\w.]+)\\s+->\\s+(dev\\.lede\\.[\\w.]+)\\s", Pattern.MULTILINE);
        SortedMap<String, SortedSet<String>> g = new TreeMap<>();
        Matcher m = edge.matcher(jdepsOutput);
        while (m.find()) {
            g.computeIfAbsent(m.group(1), k -> new TreeSet<>());
            g.computeIfAbsent(m.group(2), k -> new TreeSet<>());
            if (!m.group(1).equals(m.group(2))) {
                g.get(m.group(1)).add(m.group(2));
            }
        }
        return g;
    }

    /** Strongly connected components with more than one package (Tarjan's algorithm). */
    static List<SortedSet<String>> cycles(SortedMap<String, SortedSet<String>> g) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        List<SortedSet<String>> out = new ArrayList<>();
        int[] counter = {0};
        for (String v : g.keySet()) {
            if (!index.containsKey(v)) {
                strongConnect(v, g, index, low, stack, onStack, out, counter);
            }
        }
        return out;
    }

    private static void strongConnect(String v, SortedMap<String, SortedSet<String>> g, Map<String, Integer> index,
                                      Map<String, Integer> low, Deque<String> stack, Set<String> onStack,
                                      List<SortedSet<String>> out, int[] counter) {
        index.put(v, counter[0]);
        low.put(v, counter[0]++);
        stack.push(v);
        onStack.add(v);
        for (String w : g.getOrDefault(v, new TreeSet<>())) {
            if (!index.containsKey(w)) {
                strongConnect(w, g, index, low, stack, onStack, out, counter);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (onStack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            SortedSet<String> component = new TreeSet<>();
            String w;
            do {
                w = stack.pop();
                onStack.remove(w);
                component.add(w);
            } while (!w.equals(v));
            if (component.size() > 1) {
                out.add(component);
            }
        }
    }

    @Test
    void cycleFinderSeesACycle() {
        // the check itself: a made-up listing with a -> b -> c -> a and d -> a
        String listing = String.join("\n",
                "   dev.lede.a    -> dev.lede.b    x", "   dev.lede.b    -> dev.lede.c    x",
                "   dev.lede.c    -> dev.lede.a    x", "   dev.lede.d    -> dev.lede.a    x", "");
        assertEquals(List.of(new TreeSet<>(List.of("dev.lede.a", "dev.lede.b", "dev.lede.c"))),
                cycles(packageGraph(listing)));
    }

    @Test
    void noCycleBetweenPackages() {
        assertTrue(graph.containsKey("dev.lede.corpus") && graph.get("dev.lede.corpus").contains("dev.lede.text"),
                "jdeps listing not understood: " + graph);
        assertEquals(List.of(), cycles(graph), "packages that depend on each other: " + graph);
    }

    @Test
    void displayAndTextSitAtTheBottom() {
        assertEquals(Set.of(), graph.get("dev.lede.display"), "display must depend on no other Lede package");
        assertTrue(Set.of("dev.lede.display").containsAll(graph.get("dev.lede.text")),
                "text may depend on display only: " + graph.get("dev.lede.text"));
        assertTrue(graph.get("dev.lede.corpus.io").isEmpty(), "corpus.io is below corpus: " + graph.get("dev.lede.corpus.io"));
    }

    @Test
    void everyPackageIsSmallAndDocumented() throws IOException {
        for (String pkg : graph.keySet()) {
            Path dir = SOURCES.resolve(pkg.replace('.', '/'));
            assertTrue(Files.isRegularFile(dir.resolve("package-info.java")), pkg + " has no package-info.java");
            long types;
            try (Stream<Path> files = Files.list(dir)) {
                types = files.map(p -> p.getFileName().toString())
                        .filter(n -> n.endsWith(".java") && !n.equals("package-info.java")).count();
            }
            assertTrue(types <= MAX_TYPES, pkg + " holds " + types + " top-level types (at most " + MAX_TYPES + ")");
        }
    }

    @Test
    void kernelImportsEveryCapabilityPackage() {
        for (String pkg : graph.keySet()) {
            if (!NOT_IMPORTED.contains(pkg)) {
                assertTrue(LedeExtension.DEFAULT_IMPORTS.contains("import " + pkg + ".*;"),
                        pkg + " is missing from LedeExtension.DEFAULT_IMPORTS");
            }
        }
    }
}
