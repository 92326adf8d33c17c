package dev.lede.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Settings of a kernel process, from the environment the kernelspec gives it.
 * {@code LEDE_HEAP} (default {@code 1g}): heap of the user JVM; {@code LEDE_OUTPUT_LIMIT}
 * (characters per cell, default 1,000,000); {@code LEDE_REMOTE_OPTS}: extra options for the user JVM.
 */
record KernelConfig(String classPath, String compileClassPath, List<String> remoteOptions, long outputLimit) {

    /**
     * System property (set in kernel.json): a folder holding the jar's classes unpacked (made by
     * the build), which JShell's compiler reads instead of the jar. javac indexes every entry of
     * a jar it opens before the first cell compiles, while a folder is listed one package at a
     * time, so the first cell compiles sooner (docs/kernel-startup.md).
     */
    static final String COMPILE_CLASS_PATH = "lede.compile.classpath";

    static KernelConfig fromEnvironment() {
        String heap = env("LEDE_HEAP", "1g");
        List<String> opts = new ArrayList<>(List.of(
                "-Xmx" + heap,
                // Start fast: user cells are short-lived, C1 code is good enough and starts sooner.
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-Xshare:auto",
                "-Djava.awt.headless=true",
                "-Dfile.encoding=UTF-8",
                "-Dstdout.encoding=UTF-8"));
        // install-kernel.sh adds these only where the JDK accepts them (see there): the user JVM
        // runs on the same JDK, so it gets them too.
        if (ownArguments().contains(RELOCATION_MODE)) {
            opts.add("-XX:+UnlockDiagnosticVMOptions");
            opts.add(RELOCATION_MODE);
        }
        String extra = System.getenv("LEDE_REMOTE_OPTS");
        if (extra != null && !extra.isBlank()) {
            opts.addAll(List.of(extra.trim().split("\\s+")));
        }
        long limit = Long.parseLong(env("LEDE_OUTPUT_LIMIT", "1000000").replace("_", ""));
        if (limit <= 0) {
            throw new IllegalArgumentException("LEDE_OUTPUT_LIMIT must be a positive number of characters, got " + limit);
        }
        String jar = ownJar();
        String compile = System.getProperty(COMPILE_CLASS_PATH);
        if (compile == null || !java.nio.file.Files.isDirectory(java.nio.file.Path.of(compile))) {
            compile = jar;
        }
        return new KernelConfig(jar, compile, opts, limit);
    }

    static final String RELOCATION_MODE = "-XX:ArchiveRelocationMode=0";

    private static List<String> ownArguments() {
        return ProcessHandle.current().info().arguments().map(List::of).orElse(List.of());
    }

    /**
     * System property (set in kernel.json): the user JVM's class path, the whole shaded jar, when
     * the kernel process itself runs from the smaller boot jar.
     */
    static final String USER_CLASS_PATH = "lede.user.classpath";

    /** The user JVM's class path: {@link #USER_CLASS_PATH}, else the kernel's own (the shaded jar under -jar). */
    static String ownJar() {
        String p = System.getProperty(USER_CLASS_PATH);
        return p == null || p.isBlank() ? System.getProperty("java.class.path") : p;
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v.trim().toLowerCase(Locale.ROOT);
    }
}
