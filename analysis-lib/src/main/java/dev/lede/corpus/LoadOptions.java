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

    private static final LoadOptions DEFAULTS = new LoadOptions(false);

    private final boolean lenientUtf8;

    private LoadOptions(boolean lenientUtf8) {
        this.lenientUtf8 = lenientUtf8;
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

    @Override
    public String toString() {
        return "LoadOptions[lenientUtf8=" + lenientUtf8 + "]";
    }

    public static final class Builder {
        private boolean lenientUtf8;

        private Builder() {
        }

        /** Replace invalid UTF-8 with U+FFFD and report how many were replaced (default: false, an error). */
        public Builder lenientUtf8(boolean lenient) {
            this.lenientUtf8 = lenient;
            return this;
        }

        public LoadOptions build() {
            return new LoadOptions(lenientUtf8);
        }
    }
}
