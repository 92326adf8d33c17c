package dev.lede.kernel;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * {@code %maven group:artifact:version}: the jar and its compile/runtime dependencies. Each file is
 * taken from the local Maven repository ({@code ~/.m2/repository}) when there, else downloaded from
 * the configured remote ({@code LEDE_MAVEN_REMOTE}, else the first mirror in
 * {@code ~/.m2/settings.xml}, else Maven Central) into {@code ~/.cache/lede/maven} — never into
 * ~/.m2. Dependencies are read from each POM's own {@code <dependencies>} with its properties;
 * versions that only a parent POM manages are reported, not guessed. The first version met wins.
 */
final class Maven {

    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");
    private final Path home = Path.of(System.getProperty("user.home"));
    private final Path local = home.resolve(".m2/repository");
    private final Path cache = home.resolve(".cache/lede/maven");
    private HttpClient http;

    List<Path> resolve(String coords, Consumer<String> notices) {
        String[] c = coords.split(":");
        if (c.length != 3 || c[0].isBlank() || c[1].isBlank() || c[2].isBlank()) {
            throw new IllegalArgumentException("%maven needs group:artifact:version, got '" + coords + "'");
        }
        Map<String, Path> jars = new LinkedHashMap<>();
        Deque<String[]> todo = new ArrayDeque<>();
        todo.add(c);
        boolean first = true;
        while (!todo.isEmpty()) {
            String[] g = todo.poll();
            String key = g[0] + ":" + g[1];
            if (jars.containsKey(key)) {
                continue;
            }
            Path jar = fetch(g, "jar", first, notices);
            first = false;
            if (jar == null) {
                continue;
            }
            jars.put(key, jar);
            Path pom = fetch(g, "pom", false, notices);
            if (pom != null) {
                for (String[] d : dependencies(pom, g, notices)) {
                    if (!jars.containsKey(d[0] + ":" + d[1])) {
                        todo.add(d);
                    }
                }
            }
        }
        return new ArrayList<>(jars.values());
    }

    private Path fetch(String[] g, String ext, boolean required, Consumer<String> notices) {
        String rel = g[0].replace('.', '/') + "/" + g[1] + "/" + g[2] + "/" + g[1] + "-" + g[2] + "." + ext;
        for (Path p : List.of(local.resolve(rel), cache.resolve(rel))) {
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        String url = remote() + "/" + rel;
        try {
            if (http == null) {
                http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                        .connectTimeout(Duration.ofSeconds(20)).build();
            }
            HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(120)).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = r.body()) {
                if (r.statusCode() != 200) {
                    if (required) {
                        throw new IllegalArgumentException("%maven: " + String.join(":", g) + " not found in " + local
                                + " nor at " + url + " (HTTP " + r.statusCode() + "); check the coordinates");
                    }
                    notices.accept("%maven: skipped " + String.join(":", g) + " (" + ext + ": HTTP " + r.statusCode() + ")\n");
                    return null;
                }
                Path dest = cache.resolve(rel);
                Files.createDirectories(dest.getParent());
                Path tmp = Files.createTempFile(dest.getParent(), "download", ".part");
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
                Files.move(tmp, dest, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                notices.accept("%maven: downloaded " + url + "\n");
                return dest;
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("%maven: could not download " + url + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("%maven interrupted while downloading " + url, e);
        }
    }

    private String remote() {
        String env = System.getenv("LEDE_MAVEN_REMOTE");
        if (env != null && !env.isBlank()) {
            if (!env.strip().matches("(?i)https?://[^\\s]+")) {
                throw new IllegalArgumentException("%maven: LEDE_MAVEN_REMOTE=" + env
                        + " is not accepted: a repository URL starting with http:// or https://, such as https://repo.maven.apache.org/maven2");
            }
            return env.strip().replaceAll("/+$", "");
        }
        Path settings = home.resolve(".m2/settings.xml");
        if (Files.isRegularFile(settings)) {
            try {
                NodeList urls = parse(settings).getElementsByTagName("url");
                for (int i = 0; i < urls.getLength(); i++) {
                    if (urls.item(i).getParentNode().getNodeName().equals("mirror")) {
                        return urls.item(i).getTextContent().strip().replaceAll("/+$", "");
                    }
                }
            } catch (RuntimeException ignored) {
                // an unreadable settings file falls back to Maven Central
            }
        }
        return "https://repo.maven.apache.org/maven2";
    }

    private static List<String[]> dependencies(Path pom, String[] self, Consumer<String> notices) {
        Document doc;
        try {
            doc = parse(pom);
        } catch (RuntimeException e) {
            notices.accept("%maven: could not read " + pom + ": " + e.getMessage() + "\n");
            return List.of();
        }
        Element project = doc.getDocumentElement();
        Map<String, String> props = new LinkedHashMap<>();
        props.put("project.groupId", self[0]);
        props.put("project.artifactId", self[1]);
        props.put("project.version", self[2]);
        props.put("pom.version", self[2]);
        Element p = child(project, "properties");
        if (p != null) {
            for (Node n = p.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e) {
                    props.put(e.getTagName(), e.getTextContent().strip());
                }
            }
        }
        List<String[]> out = new ArrayList<>();
        Element deps = child(project, "dependencies");
        if (deps == null) {
            return out;
        }
        for (Node n = deps.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element d) || !d.getTagName().equals("dependency")) {
                continue;
            }
            String scope = text(d, "scope", "compile");
            String type = text(d, "type", "jar");
            if (!(scope.equals("compile") || scope.equals("runtime")) || !type.equals("jar")
                    || text(d, "optional", "false").equals("true") || child(d, "classifier") != null) {
                continue;
            }
            String g = expand(text(d, "groupId", ""), props);
            String a = expand(text(d, "artifactId", ""), props);
            String v = expand(text(d, "version", ""), props);
            if (v.isEmpty() || v.contains("${") || v.startsWith("[") || v.startsWith("(")) {
                notices.accept("%maven: " + g + ":" + a + " (needed by " + self[1] + ") has no fixed version in its POM; "
                        + "add it yourself with %maven " + g + ":" + a + ":VERSION\n");
                continue;
            }
            out.add(new String[] {g, a, v});
        }
        return out;
    }

    private static String expand(String s, Map<String, String> props) {
        Matcher m = PROPERTY.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(props.getOrDefault(m.group(1), m.group())));
        }
        m.appendTail(b);
        return b.toString();
    }

    private static Document parse(Path file) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setExpandEntityReferences(false);
            return f.newDocumentBuilder().parse(file.toFile());
        } catch (Exception e) {
            throw new IllegalArgumentException("cannot parse " + file + ": " + e.getMessage(), e);
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
