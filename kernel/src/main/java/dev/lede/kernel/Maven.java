package dev.lede.kernel;

import dev.lede.kernel.maven.Resolver;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * {@code %maven} and {@code %%loadFromPOM}: the session's dependencies, resolved by Maven's own
 * resolver ({@link Resolver}, loaded from the folder {@value #FOLDER} beside the kernel's jar the
 * first time one of these magics runs, so kernel start loads none of it).
 *
 * <p>Every request of the session is kept, and each new one re-resolves the whole set, so nearest
 * wins across all of them (an earlier request before a later one), as in one Maven project. Jars
 * new to that set are added to the class path; a jar already loaded at another version cannot be
 * swapped in a running JVM, so such a request fails whole, naming the loaded version, and asks for a
 * restart. The local repository ({@code LEDE_MAVEN_LOCAL}, else {@code <localRepository>} of
 * {@code ~/.m2/settings.xml}, else {@code ~/.m2/repository}) is read as a plain cache, so what is
 * there resolves without the network; the remote is {@code LEDE_MAVEN_REMOTE}, else the first mirror
 * in {@code ~/.m2/settings.xml}, else Maven Central.
 */
final class Maven {

    /** Folder beside the kernel's jar holding maven-resolver and the libraries only it needs. */
    static final String FOLDER = "lede-maven";
    /** System property naming that folder instead. */
    static final String PROPERTY = "lede.maven.dir";
    private static final String IMPL = "dev.lede.kernel.maven.MavenResolver";
    private static final String CENTRAL = "https://repo.maven.apache.org/maven2";

    private final Path home = Path.of(System.getProperty("user.home"));
    private Resolver resolver;
    /** The session's requests, oldest first, and the POM files of %%loadFromPOM cells among them. */
    private final List<String> roots = new ArrayList<>();
    private final Map<String, Path> poms = new LinkedHashMap<>();
    /** What is on the class path: key (group:artifact[:extension:classifier]) to its jar. */
    private final Map<String, Resolver.Jar> loaded = new LinkedHashMap<>();
    /** Libraries inside the kernel's own jar (group:artifact to version), read at first use. */
    private Map<String, String> builtIn;
    private Path pomDir;

    /** Adds coordinates to the session's set; returns the jars new to the class path. */
    List<Path> add(List<String> coords, Consumer<String> notices) {
        if (coords.isEmpty()) {
            throw new IllegalArgumentException("%maven needs group:artifact:version, e.g. %maven org.jsoup:jsoup:1.17.2");
        }
        for (String c : coords) {
            String[] p = c.split(":", -1);
            if (p.length < 3 || p.length > 5 || Stream.of(p).anyMatch(String::isBlank)) {
                throw new IllegalArgumentException("%maven needs group:artifact:version (or group:artifact:extension[:classifier]:version), got '"
                        + c + "'");
            }
        }
        return addRoots(coords, Map.of(), notices);
    }

    /** A {@code %%loadFromPOM} cell: a whole POM, or just its {@code <dependencies>}, {@code <repositories>}, ... */
    List<Path> addPom(String xml, Consumer<String> notices) {
        if (xml.isBlank()) {
            throw new IllegalArgumentException("%%loadFromPOM needs a POM in the cell, e.g. <dependencies><dependency>"
                    + "<groupId>org.jsoup</groupId><artifactId>jsoup</artifactId><version>1.17.2</version></dependency></dependencies>");
        }
        String body = xml.strip().replaceFirst("^<\\?xml[^>]*\\?>", "").strip();
        String coords;
        if (body.startsWith("<project")) {
            Element project = parse(body).getDocumentElement();
            Element parent = child(project, "parent");
            String g = text(project, "groupId", parent == null ? "" : text(parent, "groupId", ""));
            String a = text(project, "artifactId", "");
            String v = text(project, "version", parent == null ? "" : text(parent, "version", ""));
            if (g.isEmpty() || a.isEmpty() || v.isEmpty()) {
                throw new IllegalArgumentException("%%loadFromPOM: the POM has no groupId, artifactId or version (of its own or its "
                        + "parent's); give them, or give only its <dependencies> and Lede adds them");
            }
            coords = g + ":" + a + ":pom:" + v;
        } else {
            int n = poms.size() + 1;
            String inner = body.startsWith("<dependency>") ? "<dependencies>" + body + "</dependencies>" : body;
            body = "<project xmlns=\"http://maven.apache.org/POM/4.0.0\"><modelVersion>4.0.0</modelVersion>"
                    + "<groupId>lede.cell</groupId><artifactId>pom-" + n + "</artifactId><version>1</version><packaging>pom</packaging>\n"
                    + inner + "\n</project>\n";
            parse(body);
            coords = "lede.cell:pom-" + n + ":pom:1";
        }
        try {
            if (pomDir == null) {
                pomDir = Files.createTempDirectory("lede-poms");
                pomDir.toFile().deleteOnExit();
            }
            Path file = pomDir.resolve("pom-" + (poms.size() + 1) + ".xml");
            Files.writeString(file, body, StandardCharsets.UTF_8);
            file.toFile().deleteOnExit();
            return addRoots(List.of(coords), Map.of(coords, file), notices);
        } catch (IOException e) {
            throw new UncheckedIOException("%%loadFromPOM: cannot write the POM to a temporary file: " + e.getMessage(), e);
        }
    }

    private List<Path> addRoots(List<String> coords, Map<String, Path> newPoms, Consumer<String> notices) {
        List<String> all = new ArrayList<>(roots);
        for (String c : coords) {
            if (!all.contains(c)) {
                all.add(c);
            }
        }
        Map<String, Path> allPoms = new LinkedHashMap<>(poms);
        allPoms.putAll(newPoms);
        Resolver.Resolution r = resolver().resolve(new Resolver.Request(localRepository(), List.of(remote()), all, allPoms, false));
        List<String> conflicts = new ArrayList<>();
        for (Resolver.Jar j : r.jars()) {
            Resolver.Jar old = loaded.get(j.key());
            if (old != null && !old.version().equals(j.version())) {
                conflicts.add(j.key() + " " + old.version() + " is on the class path (from " + old.via() + "), and "
                        + String.join(" ", coords) + " makes the session's dependencies need " + j.version() + " (" + j.via() + ")");
            }
        }
        // An explicit request for another version of a loaded jar: nearest wins would quietly keep
        // the earlier one, which is not what was asked for.
        for (String c : coords) {
            if (newPoms.containsKey(c)) {
                continue;
            }
            String[] p = c.split(":");
            String version = p[p.length - 1];
            String key = p[0] + ":" + p[1] + (p.length == 5 ? ":" + p[2] + ":" + p[3] : p.length == 4 && !p[2].equals("jar") ? ":" + p[2] : "");
            Resolver.Jar old = loaded.get(key);
            if (old != null && !old.version().equals(version) && !version.matches("[\\[(].*")) {
                conflicts.add(key + " " + old.version() + " is on the class path (from " + old.via() + "), and you asked for " + version);
            }
        }
        if (!conflicts.isEmpty()) {
            throw new IllegalArgumentException("%maven: " + String.join("; ", conflicts) + ". A running Java process cannot swap a "
                    + "library it has loaded: restart the kernel and run one %maven line with all the artifacts you need, the ones "
                    + "whose versions must win first. Nothing was added to the class path.");
        }
        roots.clear();
        roots.addAll(all);
        poms.putAll(newPoms);
        r.notices().forEach(n -> notices.accept(n + "\n"));
        List<Path> added = new ArrayList<>();
        for (Resolver.Jar j : r.jars()) {
            if (!loaded.containsKey(j.key())) {
                loaded.put(j.key(), j);
                added.add(j.file());
                String mine = builtIn().get(j.key());
                if (mine != null && !mine.equals(j.version())) {
                    notices.accept("%maven: " + j.key() + " " + mine + " is part of Lede's own jar and comes first on the class path; "
                            + "the " + j.version() + " added now is used only for classes Lede's copy lacks\n");
                }
            }
        }
        return added;
    }

    /** The resolver, created at first use in a class loader of its own. */
    private Resolver resolver() {
        if (resolver == null) {
            long t0 = System.nanoTime();
            ClassLoader own = Maven.class.getClassLoader();
            try {
                Class<?> c = own.getResource("org/eclipse/aether/RepositorySystem.class") != null
                        ? Class.forName(IMPL, true, own) : Class.forName(IMPL, true, isolated(own));
                resolver = (Resolver) c.getConstructor().newInstance();
            } catch (ReflectiveOperationException | LinkageError e) {
                throw new IllegalStateException("cannot start Maven's resolver for %maven: " + e, e);
            }
            Session.traceSince("maven resolver loaded", t0);
        }
        return resolver;
    }

    private static ClassLoader isolated(ClassLoader parent) {
        Path lede = ownLocation();
        String configured = System.getProperty(PROPERTY);
        Path folder = configured != null && !configured.isBlank() ? Path.of(configured)
                : (lede == null ? null : lede.toAbsolutePath().getParent().resolve(FOLDER));
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IllegalStateException("%maven needs Maven's resolver, which is not installed beside the kernel"
                    + (folder == null ? "" : " (looked for the folder " + folder + ")") + ": reinstall the kernel with 'make kernel'");
        }
        List<URL> urls = new ArrayList<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path jar : list.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList()) {
                urls.add(jar.toUri().toURL());
            }
            urls.add(lede.toUri().toURL());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the resolver's folder " + folder + ": " + e.getMessage(), e);
        }
        return new ImplFirst(urls.toArray(URL[]::new), parent);
    }

    private static Path ownLocation() {
        CodeSource source = Maven.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return null;
        }
        try {
            return Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /** Parent first, except for the resolver's implementation, which must see maven-resolver through this loader. */
    private static final class ImplFirst extends URLClassLoader {
        static {
            ClassLoader.registerAsParallelCapable();
        }

        ImplFirst(URL[] urls, ClassLoader parent) {
            super("lede-maven", urls, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith(IMPL)) {
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

    /** Libraries the kernel's own jar carries (its META-INF/maven/.../pom.properties), which come first for cells. */
    private Map<String, String> builtIn() {
        if (builtIn == null) {
            builtIn = new LinkedHashMap<>();
            String jar = System.getProperty("lede.user.classpath");
            if (jar != null && Files.isRegularFile(Path.of(jar))) {
                try (ZipFile z = new ZipFile(jar)) {
                    for (Enumeration<? extends ZipEntry> e = z.entries(); e.hasMoreElements(); ) {
                        ZipEntry entry = e.nextElement();
                        if (entry.getName().startsWith("META-INF/maven/") && entry.getName().endsWith("/pom.properties")) {
                            Properties p = new Properties();
                            p.load(z.getInputStream(entry));
                            builtIn.put(p.getProperty("groupId") + ":" + p.getProperty("artifactId"), p.getProperty("version"));
                        }
                    }
                } catch (IOException e) {
                    // without the list, no notice: resolution itself is unaffected
                }
            }
        }
        return builtIn;
    }

    Path localRepository() {
        String env = System.getenv("LEDE_MAVEN_LOCAL");
        if (env != null && !env.isBlank()) {
            return Path.of(env.strip()).toAbsolutePath();
        }
        String configured = settings("localRepository", null);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured.replace("${user.home}", home.toString())).toAbsolutePath();
        }
        return home.resolve(".m2/repository");
    }

    static String remote() {
        String env = System.getenv("LEDE_MAVEN_REMOTE");
        if (env != null && !env.isBlank()) {
            if (!env.strip().matches("(?i)(https?://|file:/)[^\\s]+")) {
                throw new IllegalArgumentException("%maven: LEDE_MAVEN_REMOTE=" + env + " is not accepted: a repository URL starting "
                        + "with http://, https:// or file:/, such as https://repo.maven.apache.org/maven2");
            }
            return env.strip().replaceAll("/+$", "");
        }
        String mirror = new Maven().settings("url", "mirror");
        return mirror != null && !mirror.isBlank() ? mirror.strip().replaceAll("/+$", "") : CENTRAL;
    }

    /** The first {@code <tag>} of ~/.m2/settings.xml (inside a {@code <parentTag>} if given), or null. */
    private String settings(String tag, String parentTag) {
        Path settings = home.resolve(".m2/settings.xml");
        if (!Files.isRegularFile(settings)) {
            return null;
        }
        try {
            NodeList nodes = parse(Files.readString(settings, StandardCharsets.UTF_8)).getElementsByTagName(tag);
            for (int i = 0; i < nodes.getLength(); i++) {
                if (parentTag == null || nodes.item(i).getParentNode().getNodeName().equals(parentTag)) {
                    return expand(nodes.item(i).getTextContent().strip());
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // an unreadable settings file is as good as none
        }
        return null;
    }

    private static final Pattern ENV = Pattern.compile("\\$\\{env\\.([A-Za-z0-9_]+)}");

    private static String expand(String s) {
        Matcher m = ENV.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String v = System.getenv(m.group(1));
            m.appendReplacement(b, Matcher.quoteReplacement(v == null ? m.group() : v));
        }
        m.appendTail(b);
        return b.toString();
    }

    private static org.w3c.dom.Document parse(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setExpandEntityReferences(false);
            return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new IllegalArgumentException("%%loadFromPOM: the cell is not well-formed XML: " + e.getMessage(), e);
        }
    }

    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static String text(Element parent, String name, String fallback) {
        Element e = child(parent, name);
        return e == null ? fallback : e.getTextContent().strip();
    }
}
