package dev.lede.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Settings of a kernel process, from the environment the kernelspec gives it.
 * {@code LEDE_HEAP} (default {@code 1g}): heap of the user JVM; {@code LEDE_OUTPUT_LIMIT}
 * (characters per cell, default 1,000,000); {@code LEDE_REMOTE_OPTS}: extra options for the user JVM;
 * {@code LEDE_PROGRESS} ({@code auto}, the default, or {@code off}): progress of long work in the notebook,
 * read again by the user JVM ({@code dev.lede.progress.Progress}).
 */
record KernelConfig(String classPath, String compileClassPath, List<String> remoteOptions, long outputLimit) {

    /**
     * System property (set in kernel.json): a folder holding the jar's classes unpacked (made by
     * the build), which JShell's compiler reads instead of the jar. javac indexes every entry of
     * a jar it opens before the first cell compiles, while a folder is listed one package at a
     * time, so the first cell compiles sooner (docs/kernel-startup.md).
     */
    static final String COMPILE_CLASS_PATH = "lede.compile.classpath";

    /**
     * A setting from the environment that cannot be used: its message is one line naming the
     * variable, its value and the accepted form, which {@link Main} prints instead of a stack trace.
     */
    static final class BadSetting extends IllegalArgumentException {
        BadSetting(String variable, String value, String accepted) {
            super(variable + "=" + value + " is not accepted: " + accepted);
        }
    }

    /** LEDE_HEAP as the JVM takes it: a whole number with an optional unit k, m or g. */
    private static final java.util.regex.Pattern HEAP = java.util.regex.Pattern.compile("[1-9][0-9]*[kmg]?");

    static KernelConfig fromEnvironment() {
        return fromEnvironment(System::getenv);
    }

    static KernelConfig fromEnvironment(java.util.function.UnaryOperator<String> getenv) {
        String heap = env(getenv, "LEDE_HEAP", "1g");
        if (!HEAP.matcher(heap).matches()) {
            throw new BadSetting("LEDE_HEAP", getenv.apply("LEDE_HEAP"),
                    "the user JVM's heap size, a whole number with an optional unit k, m or g, such as 1g or 512m");
        }
        List<String> opts = new ArrayList<>(List.of(
                "-Xmx" + heap,
                // Both compilers: cells run analyses for seconds to minutes, where C2's code is
                // worth its compile time (the kernel JVM, which mostly runs javac, stops at C1).
                // The serial collector has the smallest footprint and no GC threads; the heap
                // starts small and grows up to -Xmx as cells need it (docs/kernel-startup.md).
                "-XX:+UseSerialGC",
                "-Xms" + (bytes(heap) < USER_INITIAL_HEAP_MB << 20 ? heap : USER_INITIAL_HEAP_MB + "m"),
                "-Xshare:auto",
                "-Djava.awt.headless=true",
                "-Dfile.encoding=UTF-8",
                "-Dstdout.encoding=UTF-8",
                STDIN_OPENS));
        // install-kernel.sh adds these only where the JDK accepts them (see there): the user JVM
        // runs on the same JDK, so it gets them too.
        if (ownArguments().contains(RELOCATION_MODE)) {
            opts.add("-XX:+UnlockDiagnosticVMOptions");
            opts.add(RELOCATION_MODE);
        }
        // Spark (the spark module, added by %spark) reaches into these JDK packages on Java 17: where the
        // kernel can load it (LEDE_SPARK), the user JVM opens them from the start (opening loads nothing)
        String spark = getenv.apply("LEDE_SPARK");
        if (spark != null && !spark.isBlank()) {
            opts.addAll(SPARK_OPENS);
        }
        String extra = getenv.apply("LEDE_REMOTE_OPTS");
        if (extra != null && !extra.isBlank()) {
            opts.addAll(List.of(extra.trim().split("\\s+")));
        }
        String limitText = env(getenv, "LEDE_OUTPUT_LIMIT", "1000000");
        long limit;
        try {
            limit = limitText.matches("[0-9][0-9_]*") ? Long.parseLong(limitText.replace("_", "")) : -1;
        } catch (NumberFormatException e) {
            limit = -1;
        }
        if (limit <= 0) {
            throw new BadSetting("LEDE_OUTPUT_LIMIT", getenv.apply("LEDE_OUTPUT_LIMIT"),
                    "characters of output per cell, a whole number above 0 such as 1000000 or 1_000_000");
        }
        String progress = env(getenv, "LEDE_PROGRESS", "auto");
        if (!progress.equals("auto") && !progress.equals("off")) {
            throw new BadSetting("LEDE_PROGRESS", getenv.apply("LEDE_PROGRESS"),
                    "auto (long work shows its progress in the notebook) or off");
        }
        String jar = ownJar();
        String compile = System.getProperty(COMPILE_CLASS_PATH);
        if (compile == null || !java.nio.file.Files.isDirectory(java.nio.file.Path.of(compile))) {
            compile = jar;
        }
        return new KernelConfig(jar, compile, opts, limit);
    }

    static final String RELOCATION_MODE = "-XX:ArchiveRelocationMode=0";

    /**
     * Lets the agent read JShell's input pipe so that a cell's read asks the kernel for input once
     * (agent.StdinPipe): JDK 17's own reader sometimes asks twice, and the second ask became an
     * input_request that no cell reads.
     */
    static final String STDIN_OPENS = "--add-opens=jdk.jshell/jdk.jshell.execution=ALL-UNNAMED";

    /** What Spark 3.5 needs opened on Java 17 (its launcher's JavaModuleOptions). */
    static final List<String> SPARK_OPENS = java.util.stream.Stream.of("java.lang", "java.lang.invoke",
                    "java.lang.reflect", "java.io", "java.net", "java.nio", "java.util", "java.util.concurrent",
                    "java.util.concurrent.atomic", "jdk.internal.ref", "sun.nio.ch", "sun.nio.cs",
                    "sun.security.action", "sun.util.calendar")
            .map(p -> "--add-opens=java.base/" + p + "=ALL-UNNAMED").toList();

    /**
     * The user JVM's initial heap: the default (1/64 of the machine's memory) lets the young
     * generation alone take over 100 MB of resident memory before the first collection.
     */
    static final long USER_INITIAL_HEAP_MB = 32;

    /** A size as the JVM reads it ({@link #HEAP}): a whole number with an optional unit k, m or g. */
    static long bytes(String size) {
        char unit = size.charAt(size.length() - 1);
        int shift = switch (unit) {
            case 'k' -> 10;
            case 'm' -> 20;
            case 'g' -> 30;
            default -> 0;
        };
        String digits = shift == 0 ? size : size.substring(0, size.length() - 1);
        try {
            return Math.multiplyExact(Long.parseLong(digits), 1L << shift);
        } catch (ArithmeticException | NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

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

    private static String env(java.util.function.UnaryOperator<String> getenv, String name, String fallback) {
        String v = getenv.apply(name);
        return v == null || v.isBlank() ? fallback : v.trim().toLowerCase(Locale.ROOT);
    }
}
