package dev.lede.spark;

import java.util.function.Supplier;

/**
 * Runs a Spark action and gives bad input back as the error Lede's own code raised on the executor
 * (an {@link IllegalArgumentException} naming the file and row), not as Spark's job-abort report
 * with an executor stack trace.
 */
final class Jobs {

    private Jobs() {
    }

    static <T> T run(Supplier<T> action) {
        try {
            return action.get();
        } catch (Exception e) { // Spark's SparkException is checked, but Scala throws it undeclared
            IllegalArgumentException lede = ledeError(e);
            if (lede != null) {
                throw lede;
            }
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The input error inside a failed job: the cause itself (local mode) or its message (a cluster). */
    static IllegalArgumentException ledeError(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof IllegalArgumentException iae && !(c.getClass().getName().startsWith("org.apache.spark"))) {
                return new IllegalArgumentException(iae.getMessage(), e);
            }
        }
        String m = e.getMessage();
        String marker = "java.lang.IllegalArgumentException: ";
        int at = m == null ? -1 : m.indexOf(marker);
        if (at >= 0) {
            int end = m.indexOf('\n', at);
            return new IllegalArgumentException(m.substring(at + marker.length(), end < 0 ? m.length() : end), e);
        }
        String malformed = "Malformed records are detected in record parsing";
        if (m != null && m.contains(malformed)) {
            return new IllegalArgumentException(m.substring(m.indexOf(malformed)).split("\n")[0], e);
        }
        return null;
    }
}
