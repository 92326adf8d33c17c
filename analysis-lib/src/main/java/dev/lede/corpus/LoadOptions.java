package dev.lede.corpus;

/**
 * How corpus files are read. By default invalid UTF-8 is an error naming the file and byte
 * offset; {@link Builder#lenientUtf8(boolean) lenientUtf8(true)} replaces each invalid byte
 * sequence with U+FFFD instead and counts the replacements in {@link Corpus#loadReport()}.
 *
 * <pre>{@code
 * Corpus c = Corpus.load(Path.of("scraped"), LoadOptions.builder().lenientUtf8(true).build());
 * c.loadReport().replacedCharacters();   // how many U+FFFD were put in
 * }</pre>
 */
public final class LoadOptions {

    private static final LoadOptions DEFAULTS = new LoadOptions(false, false);

    private final boolean lenientUtf8;
    private final boolean skipUnreadable;

    private LoadOptions(boolean lenientUtf8, boolean skipUnreadable) {
        this.lenientUtf8 = lenientUtf8;
        this.skipUnreadable = skipUnreadable;
    }

    /** Strict UTF-8: invalid bytes are an error. */
    public static LoadOptions defaults() {
        return DEFAULTS;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Whether invalid UTF-8 is replaced with U+FFFD (and reported) instead of being an error. */
    public boolean lenientUtf8() {
        return lenientUtf8;
    }

    /**
     * Whether a file Lede cannot take text from (encrypted, corrupt, a scan that needs OCR) is
     * skipped with a warning in {@link Corpus#loadReport()} instead of being an error.
     */
    public boolean skipUnreadable() {
        return skipUnreadable;
    }

    @Override
    public String toString() {
        return "LoadOptions[lenientUtf8=" + lenientUtf8 + ", skipUnreadable=" + skipUnreadable + "]";
    }

    public static final class Builder {
        private boolean lenientUtf8;
        private boolean skipUnreadable;

        private Builder() {
        }

        /** Replace invalid UTF-8 with U+FFFD and report how many were replaced (default: false, an error). */
        public Builder lenientUtf8(boolean lenient) {
            this.lenientUtf8 = lenient;
            return this;
        }

        /**
         * Skip encrypted, corrupt and image-only files (PDF, Word, e-mail, ...) and name each in the
         * load report's warnings (default: false, the first such file is an error).
         */
        public Builder skipUnreadable(boolean skip) {
            this.skipUnreadable = skip;
            return this;
        }

        public LoadOptions build() {
            return new LoadOptions(lenientUtf8, skipUnreadable);
        }
    }
}
