package dev.lede.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the seed texts of data/putin-pyongyang-2024 directly (no loader), for the token tests. */
public final class SeedTexts {

    private SeedTexts() {
    }

    public static Path folder() {
        String data = System.getProperty("lede.data");
        if (data == null) {
            throw new IllegalStateException("system property lede.data is not set: run the tests through Maven");
        }
        return Path.of(data, "putin-pyongyang-2024");
    }

    /** The whole file whose name starts with {@code prefix} ("000", "001", ...). */
    public static String file(String prefix) {
        try (var files = Files.list(folder())) {
            Path p = files.filter(f -> f.getFileName().toString().startsWith(prefix + "_")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no seed file " + prefix + "_*.txt"));
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Code-point range [start, end) of {@code text}, as the manifest gives ranges. */
    public static String codePoints(String text, int start, int end) {
        return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
    }
}
