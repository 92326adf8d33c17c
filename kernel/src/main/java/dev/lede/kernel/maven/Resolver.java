package dev.lede.kernel.maven;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What the kernel asks of Maven's resolver for {@code %maven} and {@code %%loadFromPOM}, in JDK
 * types only: the resolver lives in a class loader of its own ({@code lede-maven/} beside the
 * kernel's jar, opened at the magic's first use), and this interface is all the two sides share.
 *
 * <pre>{@code
 * Resolver.Resolution r = resolver.resolve(new Resolver.Request(local, List.of("https://repo.maven.apache.org/maven2"),
 *         List.of("org.apache.commons:commons-text:1.12.0"), Map.of(), false));
 * r.jars();   // commons-text 1.12.0 and commons-lang3 3.14.0, one version each
 * }</pre>
 */
public interface Resolver {

    /**
     * @param localRepository the local repository (Maven's layout; read as a plain cache, whichever
     *        remote an artifact came from, so that it resolves offline)
     * @param remotes repository URLs (http, https or file), searched in this order
     * @param roots the session's requests, oldest first: {@code group:artifact[:extension[:classifier]]:version}
     *        coordinates; nearest wins across all of them, an earlier root before a later one
     * @param poms POM files standing for coordinates in {@code roots} (a {@code %%loadFromPOM} cell's
     *        POM: its dependencies, parents, BOMs and repositories are resolved as Maven would)
     * @param offline no remote is contacted
     */
    record Request(Path localRepository, List<String> remotes, List<String> roots, Map<String, Path> poms, boolean offline) {
    }

    /**
     * One jar of the resolved class path.
     *
     * @param key {@code group:artifact[:extension:classifier]}, the same for every version
     * @param version the version nearest-wins chose
     * @param file the jar
     * @param via the path from a root to it, e.g. {@code com.opencsv:opencsv:5.9 > org.apache.commons:commons-text:1.11.0}
     */
    record Jar(String key, String version, Path file, String via) {
    }

    /** The resolved class path in order, and notices for the user (one line each). */
    record Resolution(List<Jar> jars, List<String> notices) {
    }

    /**
     * Resolves the roots' compile and runtime dependencies as Maven does (parents, imported BOMs,
     * dependency management, exclusions, version ranges, nearest wins).
     *
     * @throws IllegalArgumentException with a message naming the artifact that could not be found
     *         or read, where it was looked for and what to do
     */
    Resolution resolve(Request request);
}
