package dev.lede.corpus;

import java.util.List;
import java.util.Objects;

/**
 * What happened while a corpus was loaded: how many characters were replaced because the bytes
 * were not valid UTF-8 (only with {@link LoadOptions.Builder#lenientUtf8(boolean) lenient
 * UTF-8}), which documents are empty, and every warning in load order.
 *
 * <pre>{@code
 * LoadReport r = Corpus.load(Path.of("data/putin-pyongyang-2024")).loadReport();
 * r.isClean();   // true: no replacements, no empty documents
 * }</pre>
 *
 * @param replacedCharacters number of U+FFFD characters put in for invalid UTF-8 byte sequences
 * @param emptyDocuments     ids of documents whose text is empty, in corpus order
 * @param warnings           human-readable warnings naming file and position, in load order
 */
public record LoadReport(int replacedCharacters, List<String> emptyDocuments, List<String> warnings) {

    private static final LoadReport NONE = new LoadReport(0, List.of(), List.of());

    public LoadReport {
        if (replacedCharacters < 0) {
            throw new IllegalArgumentException("replacedCharacters is negative: " + replacedCharacters);
        }
        emptyDocuments = List.copyOf(Objects.requireNonNull(emptyDocuments, "emptyDocuments"));
        warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings"));
    }

    /** The report of a corpus that was not loaded from files (or was derived from another corpus). */
    public static LoadReport none() {
        return NONE;
    }

    /** True when nothing was replaced, no document is empty and there are no warnings. */
    public boolean isClean() {
        return replacedCharacters == 0 && emptyDocuments.isEmpty() && warnings.isEmpty();
    }

    @Override
    public String toString() {
        if (isClean()) {
            return "LoadReport[clean]";
        }
        return "LoadReport[" + replacedCharacters + " characters replaced, " + emptyDocuments.size()
                + " empty documents" + (warnings.isEmpty() ? "" : ": " + String.join("; ", warnings)) + "]";
    }
}
