package dev.lede.kernel.maven;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.aether.ConfigurationProperties;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.RequestTrace;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.collection.CollectStepData;
import org.eclipse.aether.collection.DependencyCollectionException;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.graph.DependencyNode;
import org.eclipse.aether.repository.LocalRepository;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.repository.WorkspaceReader;
import org.eclipse.aether.repository.WorkspaceRepository;
import org.eclipse.aether.resolution.ArtifactDescriptorException;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;
import org.eclipse.aether.resolution.DependencyResult;
import org.eclipse.aether.supplier.RepositorySystemSupplier;
import org.eclipse.aether.supplier.SessionBuilderSupplier;
import org.eclipse.aether.transfer.ArtifactNotFoundException;
import org.eclipse.aether.util.artifact.JavaScopes;
import org.eclipse.aether.util.filter.DependencyFilterUtils;

/**
 * {@link Resolver} on Maven's own resolver (maven-resolver with Maven 3's POM reading, wired by
 * its supplier, no DI container). Loaded by the kernel in a class loader of its own from
 * {@code lede-maven/}, the first time {@code %maven} or {@code %%loadFromPOM} runs; nothing else in
 * the kernel refers to this class or to the resolver's.
 */
public final class MavenResolver implements Resolver {

    private final RepositorySystem system = new RepositorySystemSupplier().get();

    @Override
    public Resolution resolve(Request request) {
        List<RemoteRepository> remotes = new ArrayList<>();
        for (int i = 0; i < request.remotes().size(); i++) {
            String url = request.remotes().get(i);
            RemoteRepository.Builder b = new RemoteRepository.Builder(i == 0 ? "central" : "remote-" + i, "default", url);
            if (url.startsWith("file:")) {
                // a folder on this machine (a team's mirror, a copied repository) seldom carries checksum
                // files; the resolver's warning for each file, with a stack trace, tells a user nothing
                b.setPolicy(new org.eclipse.aether.repository.RepositoryPolicy(true,
                        org.eclipse.aether.repository.RepositoryPolicy.UPDATE_POLICY_DAILY,
                        org.eclipse.aether.repository.RepositoryPolicy.CHECKSUM_POLICY_IGNORE));
            }
            remotes.add(b.build());
        }
        CollectRequest collect = new CollectRequest();
        collect.setRepositories(remotes);
        for (String root : request.roots()) {
            collect.addDependency(new Dependency(artifact(root), JavaScopes.COMPILE));
        }
        // A "simple" local repository: an artifact there is used whichever repository it came from
        // (Maven's default checks that, and would refuse a jar that `mvn` fetched through another
        // mirror id), so what is in ~/.m2 resolves without the network.
        try (RepositorySystemSession.CloseableSession session = new SessionBuilderSupplier(system).get()
                .withLocalRepositories(new LocalRepository(request.localRepository(), "simple"))
                .setWorkspaceReader(new Poms(request.poms()))
                .setOffline(request.offline())
                .setSystemProperties(System.getProperties())
                .setConfigProperty(ConfigurationProperties.CONNECT_TIMEOUT, 10_000)
                .setConfigProperty(ConfigurationProperties.REQUEST_TIMEOUT, 120_000)
                .build()) {
            DependencyResult result = system.resolveDependencies(session,
                    new DependencyRequest(collect, DependencyFilterUtils.classpathFilter(JavaScopes.RUNTIME)));
            Map<Artifact, String> via = new LinkedHashMap<>();
            paths(result.getRoot(), "", via);
            List<Jar> jars = new ArrayList<>();
            for (ArtifactResult r : result.getArtifactResults()) {
                Artifact a = r.getArtifact();
                if (a == null || !"jar".equals(a.getExtension()) || a.getPath() == null) {
                    continue;
                }
                jars.add(new Jar(key(a), a.getVersion(), a.getPath(), via.getOrDefault(a, coords(a))));
            }
            return new Resolution(jars, List.of());
        } catch (DependencyResolutionException e) {
            throw new IllegalArgumentException(explain(e, request), e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("%maven: " + e.getMessage(), e);
        }
    }

    private static Artifact artifact(String coords) {
        try {
            return new DefaultArtifact(coords);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("%maven needs group:artifact:version (or group:artifact:extension[:classifier]:version), got '"
                    + coords + "'", e);
        }
    }

    /** For each artifact of the resolved tree, the path from a root to it. */
    private static void paths(DependencyNode node, String prefix, Map<Artifact, String> out) {
        for (DependencyNode child : node.getChildren()) {
            Artifact a = child.getArtifact();
            if (a == null) {
                continue;
            }
            String here = prefix.isEmpty() ? coords(a) : prefix + " > " + coords(a);
            if (!out.containsKey(a)) {
                out.put(a, here);
                paths(child, here, out);
            }
        }
    }

    static String key(Artifact a) {
        String k = a.getGroupId() + ":" + a.getArtifactId();
        if (!a.getClassifier().isEmpty() || !"jar".equals(a.getExtension())) {
            k += ":" + a.getExtension() + (a.getClassifier().isEmpty() ? "" : ":" + a.getClassifier());
        }
        return k;
    }

    static String coords(Artifact a) {
        return key(a) + ":" + a.getBaseVersion();
    }

    /** One message naming every artifact that could not be found or read, and where it was looked for. */
    private static String explain(DependencyResolutionException e, Request request) {
        Set<String> missing = new LinkedHashSet<>();
        Set<String> other = new LinkedHashSet<>();
        Map<Artifact, String> via = new LinkedHashMap<>();
        if (e.getResult() != null && e.getResult().getRoot() != null) {
            paths(e.getResult().getRoot(), "", via);
        }
        Throwable cause = e.getCause();
        if (cause instanceof DependencyCollectionException dce) {
            for (Exception x : dce.getResult().getExceptions()) {
                describe(x, via, missing, other);
            }
        } else if (cause instanceof ArtifactResolutionException are) {
            describe(are, via, missing, other);
        }
        if (missing.isEmpty() && other.isEmpty()) {
            other.add(String.valueOf(e.getMessage()));
        }
        String where = "the local repository " + request.localRepository()
                + (request.offline() || request.remotes().isEmpty() ? "" : " nor in " + String.join(", ", request.remotes()));
        StringBuilder m = new StringBuilder();
        if (!missing.isEmpty()) {
            m.append("%maven: not found in ").append(where).append(": ").append(String.join("; ", missing))
                    .append(". Check the coordinates (group:artifact:version)")
                    .append(request.offline() ? "" : ", and the network if it was never downloaded before")
                    .append(". Nothing was added to the class path.");
        }
        if (!other.isEmpty()) {
            m.append(m.length() == 0 ? "%maven: " : " Also: ").append(String.join("; ", other))
                    .append(m.length() == 0 ? ". Nothing was added to the class path." : "");
        }
        return m.toString();
    }

    private static void describe(Throwable x, Map<Artifact, String> via, Set<String> missing, Set<String> other) {
        if (x instanceof ArtifactDescriptorException ade) {
            Artifact a = ade.getResult().getArtifact();
            String needed = neededBy(ade.getResult().getRequest().getTrace(), a);
            Throwable c = x.getCause();
            if (notFound(c)) {
                missing.add(coords(a) + needed);
            } else {
                other.add("cannot read the POM of " + coords(a) + needed + ": " + (c == null ? x.getMessage() : c.getMessage()));
            }
        } else if (x instanceof ArtifactResolutionException are) {
            for (ArtifactResult r : are.getResults()) {
                if (!r.isResolved()) {
                    String needed = neededBy(r.getRequest().getTrace(), r.getRequest().getArtifact());
                    if (needed.isEmpty()) {
                        needed = neededBy(via, r.getRequest().getArtifact());
                    }
                    boolean nf = r.getExceptions().stream().allMatch(MavenResolver::notFound);
                    (nf ? missing : other).add(coords(r.getRequest().getArtifact()) + needed
                            + (nf ? "" : ": " + r.getExceptions().get(0).getMessage()));
                }
            }
        } else {
            other.add(String.valueOf(x.getMessage()));
        }
    }

    private static boolean notFound(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof ArtifactNotFoundException) {
                return true;
            }
            if (c instanceof ArtifactResolutionException are && !are.getResults().isEmpty()
                    && are.getResults().stream().allMatch(r -> r.getExceptions().stream().allMatch(MavenResolver::notFound))) {
                return true;
            }
        }
        return false;
    }

    /** " (needed by a > b)" from the resolved tree, or "" for a root. */
    private static String neededBy(Map<Artifact, String> via, Artifact self) {
        String path = via.get(self);
        if (path == null) {
            for (Map.Entry<Artifact, String> en : via.entrySet()) {
                if (coords(en.getKey()).equals(coords(self))) {
                    path = en.getValue();
                }
            }
        }
        int cut = path == null ? -1 : path.lastIndexOf(" > ");
        return cut < 0 ? "" : " (needed by " + path.substring(0, cut) + ")";
    }

    /** " (needed by a > b)" from the collection step that asked for an artifact, or "" for a root. */
    private static String neededBy(RequestTrace trace, Artifact self) {
        for (RequestTrace t = trace; t != null; t = t.getParent()) {
            if (t.getData() instanceof CollectStepData step) {
                List<String> path = new ArrayList<>();
                for (DependencyNode n : step.getPath()) {
                    if (n.getArtifact() != null) {
                        path.add(coords(n.getArtifact()));
                    }
                }
                if (step.getNode() != null && step.getNode().getArtifact() != null) {
                    path.add(coords(step.getNode().getArtifact()));
                }
                path.remove(coords(self));
                return path.isEmpty() ? "" : " (needed by " + String.join(" > ", path) + ")";
            }
        }
        return "";
    }

    /** The POMs of {@code %%loadFromPOM} cells, served as a workspace (never copied into the local repository). */
    private static final class Poms implements WorkspaceReader {
        private final Map<String, Path> poms = new LinkedHashMap<>();
        private final WorkspaceRepository repository = new WorkspaceRepository("lede-cells");

        Poms(Map<String, Path> byCoords) {
            byCoords.forEach((c, p) -> {
                Artifact a = new DefaultArtifact(c);
                poms.put(a.getGroupId() + ":" + a.getArtifactId() + ":" + a.getVersion(), p);
            });
        }

        @Override
        public WorkspaceRepository getRepository() {
            return repository;
        }

        @Override
        public File findArtifact(Artifact artifact) {
            Path p = findArtifactPath(artifact);
            return p == null ? null : p.toFile();
        }

        @Override
        public Path findArtifactPath(Artifact artifact) {
            if (!"pom".equals(artifact.getExtension())) {
                return null;
            }
            Path p = poms.get(artifact.getGroupId() + ":" + artifact.getArtifactId() + ":" + artifact.getVersion());
            return p != null && Files.isRegularFile(p) ? p : null;
        }

        @Override
        public List<String> findVersions(Artifact artifact) {
            Path p = poms.get(artifact.getGroupId() + ":" + artifact.getArtifactId() + ":" + artifact.getVersion());
            return p == null ? List.of() : List.of(artifact.getVersion());
        }
    }

}
