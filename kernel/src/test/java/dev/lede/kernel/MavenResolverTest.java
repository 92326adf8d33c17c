package dev.lede.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.kernel.maven.MavenResolver;
import dev.lede.kernel.maven.Resolver;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Maven's resolver as {@code %maven} uses it, on a repository of small POMs and jars made here
 * (file: URL, no network): nearest wins across the session's requests, parents' managed versions,
 * exclusions, test and optional dependencies left out, a missing artifact named with what needs it.
 * {@code HostileIT} checks the same through the installed kernel.
 */
class MavenResolverTest {

    @TempDir
    static Path dir;
    static Path repo;
    static final Resolver RESOLVER = new MavenResolver();

    static void put(String a, String v, String deps, String extra, String packaging) throws IOException {
        Path d = repo.resolve("org/fixture/" + a + "/" + v);
        Files.createDirectories(d);
        Files.writeString(d.resolve(a + "-" + v + ".pom"), "<project xmlns=\"http://maven.apache.org/POM/4.0.0\"><modelVersion>4.0.0</modelVersion>"
                + extra + "<groupId>org.fixture</groupId><artifactId>" + a + "</artifactId><version>" + v + "</version><packaging>"
                + packaging + "</packaging>" + (deps.isEmpty() ? "" : "<dependencies>" + deps + "</dependencies>") + "</project>",
                StandardCharsets.UTF_8);
        if (packaging.equals("jar")) {
            try (OutputStream out = Files.newOutputStream(d.resolve(a + "-" + v + ".jar")); ZipOutputStream z = new ZipOutputStream(out)) {
                z.putNextEntry(new ZipEntry("fixture/" + a + ".version"));
                z.write(v.getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
    }

    static String dep(String a, String v, String more) {
        return "<dependency><groupId>org.fixture</groupId><artifactId>" + a + "</artifactId>" + (v.isEmpty() ? "" : "<version>" + v + "</version>")
                + more + "</dependency>";
    }

    @BeforeAll
    static void fixture() throws IOException {
        repo = dir.resolve("repo");
        put("lang", "3.13", "", "", "jar");
        put("lang", "3.14", "", "", "jar");
        put("text", "1.11", dep("lang", "3.13", ""), "", "jar");
        put("text", "1.12", dep("lang", "3.14", ""), "", "jar");
        put("logging", "1.2", "", "", "jar");
        put("bean", "1.9", dep("logging", "1.2", ""), "", "jar");
        put("parent", "1", "", "", "pom");
        Files.writeString(repo.resolve("org/fixture/parent/1/parent-1.pom"), "<project xmlns=\"http://maven.apache.org/POM/4.0.0\">"
                + "<modelVersion>4.0.0</modelVersion><groupId>org.fixture</groupId><artifactId>parent</artifactId><version>1</version>"
                + "<packaging>pom</packaging><properties><lang.version>3.13</lang.version></properties><dependencyManagement><dependencies>"
                + dep("lang", "${lang.version}", "") + dep("text", "1.11", "") + "</dependencies></dependencyManagement></project>");
        put("csv", "5.9", dep("text", "", "") + dep("lang", "", "")
                + dep("bean", "1.9", "<exclusions><exclusion><groupId>org.fixture</groupId><artifactId>logging</artifactId></exclusion></exclusions>")
                + dep("testonly", "1", "<scope>test</scope>") + dep("opt", "1", "<optional>true</optional>"),
                "<parent><groupId>org.fixture</groupId><artifactId>parent</artifactId><version>1</version></parent>", "jar");
        put("broken", "1", dep("gone", "2", ""), "", "jar");
    }

    static String resolve(String... roots) {
        Resolver.Resolution r = RESOLVER.resolve(new Resolver.Request(dir.resolve("local"), List.of(repo.toUri().toString()),
                List.of(roots), Map.of(), false));
        return r.jars().stream().map(j -> j.key().substring("org.fixture:".length()) + ":" + j.version()).collect(Collectors.joining(" "));
    }

    @Test
    void oneVersionPerArtifactNearestWinsEarlierFirst() {
        // commons-text 1.12.0 then opencsv 5.9, as the session re-resolves them: one text, one lang
        assertEquals("text:1.12 csv:5.9 lang:3.14 bean:1.9", resolve("org.fixture:text:1.12", "org.fixture:csv:5.9"));
        // alone, csv takes its parent's managed versions; logging is excluded, test and optional ones left out
        assertEquals("csv:5.9 text:1.11 lang:3.13 bean:1.9", resolve("org.fixture:csv:5.9"));
    }

    @Test
    void viaNamesThePathFromARoot() {
        Resolver.Resolution r = RESOLVER.resolve(new Resolver.Request(dir.resolve("local"), List.of(repo.toUri().toString()),
                List.of("org.fixture:text:1.12", "org.fixture:csv:5.9"), Map.of(), false));
        assertEquals("org.fixture:text:1.12 > org.fixture:lang:3.14",
                r.jars().stream().filter(j -> j.key().equals("org.fixture:lang")).findFirst().orElseThrow().via());
    }

    @Test
    void aMissingArtifactIsNamedWithWhatNeedsIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> resolve("org.fixture:broken:1"));
        assertTrue(e.getMessage().startsWith("%maven: not found in the local repository " + dir.resolve("local")), e.getMessage());
        assertTrue(e.getMessage().contains(": org.fixture:gone:2 (needed by org.fixture:broken:1). Check the coordinates"), e.getMessage());
    }

    @Test
    void offlineFromTheLocalRepository() {
        // the fixture repository, in Maven's layout, is the local repository; no remote is asked
        Resolver.Resolution r = RESOLVER.resolve(new Resolver.Request(repo, List.of("http://127.0.0.1:9"),
                List.of("org.fixture:text:1.12"), Map.of(), true));
        assertEquals(List.of("1.12", "3.14"), r.jars().stream().map(Resolver.Jar::version).toList());
    }

    @Test
    void coordinatesKeepCommasOfVersionRanges() {
        assertEquals(List.of("a:b:1", "c:d:[1.0,2.0)", "e:f:2"), Magics.coordinates(" a:b:1, c:d:[1.0,2.0)  e:f:2 "));
    }
}
