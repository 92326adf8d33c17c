package dev.lede.kernel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** {@code %maven}: artifacts from the local Maven repository (~/.m2/repository). */
final class Maven {

    private final Path local = Path.of(System.getProperty("user.home"), ".m2", "repository");

    List<Path> resolve(String coords, Consumer<String> notices) {
        String[] c = coords.split(":");
        if (c.length != 3) {
            throw new IllegalArgumentException("%maven needs group:artifact:version, got " + coords);
        }
        Path jar = local.resolve(c[0].replace('.', '/')).resolve(c[1]).resolve(c[2]).resolve(c[1] + "-" + c[2] + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("%maven: " + coords + " is not in " + local + " (looked for " + jar + ")");
        }
        return List.of(jar);
    }
}
