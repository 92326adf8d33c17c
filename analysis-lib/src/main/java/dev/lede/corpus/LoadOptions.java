package dev.lede.corpus;

/**
 * How corpus files are read. By default invalid UTF-8 is an error naming the file and byte
 * offset; {@link Builder#lenientUtf8(boolean) lenientUtf8(true)} replaces each invalid byte
 * sequence with U+FFFD instead and counts the replacements in {@link Corpus#loadReport()}.
 * NUL and other C0 control characters (not tab or line feed) in a document's text are counted
 * in the {@link LoadReport} and kept; {@link Builder#dropControlCharacters(boolean)
 * dropControlCharacters(true)} removes them from the text (they are still counted).
 * Files that need extraction (PDF, Word, HTML, e-mail) are read on the threads of
 * {@link Builder#parallelism(Parallelism)} (default: one per processor); the documents, their
 * order, the report and the first error are the same on any number of threads.
 *
 * <pre>{@code
 * Corpus c = Corpus.load(Path.of("scraped"), LoadOptions.builder().lenientUtf8(true).build());
 * c.loadReport().replacedCharacters();   // how many U+FFFD were put in
 * }</pre>
 */
public final class LoadOptions {

    private static final LoadOptions DEFAULTS = new LoadOptions(false, false, false, Parallelism.available());

    private final boolean lenientUtf8;
    private final boolean dropControlCharacters;
    private final boolean skipUnreadable;
    private final Parallelism parallelism;

    private LoadOptions(boolean lenientUtf8, boolean dropControlCharacters, boolean skipUnreadable,
                        Parallelism parallelism) {
        this.lenientUtf8 = lenientUtf8;
        this.dropControlCharacters = dropControlCharacters;
        this.skipUnreadable = skipUnreadable;
        this.parallelism = parallelism;
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

    /** Whether NUL and other C0 control characters are removed from document texts (default: kept). */
    public boolean dropControlCharacters() {
        return dropControlCharacters;
    }

    /**
     * Whether a file Lede cannot take text from (encrypted, corrupt, a scan that needs OCR) is
     * skipped with a warning in {@link Corpus#loadReport()} instead of being an error.
     */
    public boolean skipUnreadable() {
        return skipUnreadable;
    }

    /** The threads that extract text from PDF, Word, HTML and e-mail files (default: one per processor). */
    public Parallelism parallelism() {
        return parallelism;
    }

    @Override
    public String toString() {
        return "LoadOptions[lenientUtf8=" + lenientUtf8 + ", dropControlCharacters=" + dropControlCharacters
                + ", skipUnreadable=" + skipUnreadable + ", threads=" + parallelism.threads() + "]";
    }

    public static final class Builder {
        private boolean lenientUtf8;
        private boolean dropControlCharacters;
        private boolean skipUnreadable;
        private Parallelism parallelism = Parallelism.available();

        private Builder() {
        }

        /** Replace invalid UTF-8 with U+FFFD and report how many were replaced (default: false, an error). */
        public Builder lenientUtf8(boolean lenient) {
            this.lenientUtf8 = lenient;
            return this;
        }

        /**
         * Remove NUL and the other C0 control characters except tab and line feed from each
         * document's text after it is cut from its file (manifest offsets count them); default
         * false: they are kept. Either way they are counted in {@link LoadReport#controlCharacters()}.
         */
        public Builder dropControlCharacters(boolean drop) {
            this.dropControlCharacters = drop;
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

        /**
         * The threads that extract text from files needing it (PDF, Word, HTML, e-mail), one file
         * each at a time (default: {@link Parallelism#available()}; {@code Parallelism.of(1)}: the
         * calling thread only). The result does not depend on it.
         */
        public Builder parallelism(Parallelism threads) {
            this.parallelism = java.util.Objects.requireNonNull(threads, "threads");
            return this;
        }

        public LoadOptions build() {
            return new LoadOptions(lenientUtf8, dropControlCharacters, skipUnreadable, parallelism);
        }
    }
}
