package dev.lede.corpus;

import java.util.List;
import java.util.Objects;

/**
 * What happened while a corpus was loaded: how many characters were replaced because the bytes
 * were not valid UTF-8 (only with {@link LoadOptions.Builder#lenientUtf8(boolean) lenient
 * UTF-8}), how many NUL and other C0 control characters (not tab or line feed) the documents
 * hold and where the first is, which documents are empty, and every warning in load order.
 *
 * <pre>{@code
 * LoadReport r = Corpus.load(Path.of("data/putin-pyongyang-2024")).loadReport();
 * r.isClean();   // true: no replacements, no empty documents
 * }</pre>
 *
 * @param replacedCharacters    number of U+FFFD characters put in for invalid UTF-8 byte sequences
 * @param controlCharacters     number of NUL and other C0 control characters (not tab or line feed)
 *                              in the documents' texts as read (also when
 *                              {@link LoadOptions.Builder#dropControlCharacters(boolean) dropped})
 * @param firstControlCharacter where the first of them is, or null when there is none
 * @param emptyDocuments        ids of documents whose text is empty, in corpus order
 * @param warnings              human-readable warnings naming file and position, in load order
 */
public record LoadReport(int replacedCharacters, int controlCharacters, Position firstControlCharacter,
        List<String> emptyDocuments, List<String> warnings) {

    private static final LoadReport NONE = new LoadReport(0, List.of(), List.of());

    /** A character in a document: its id and the UTF-16 index in the text as read. */
    public record Position(String document, int offset) {
        public Position {
            Objects.requireNonNull(document, "document");
        }
    }

    /** A report without control characters. */
    public LoadReport(int replacedCharacters, List<String> emptyDocuments, List<String> warnings) {
        this(replacedCharacters, 0, null, emptyDocuments, warnings);
    }

    public LoadReport {
        if (replacedCharacters < 0) {
            throw new IllegalArgumentException("replacedCharacters is negative: " + replacedCharacters);
        }
        if (controlCharacters < 0 || (controlCharacters == 0) != (firstControlCharacter == null)) {
            throw new IllegalArgumentException("controlCharacters " + controlCharacters + " and firstControlCharacter "
                    + firstControlCharacter + " disagree: give a position exactly when the count is positive");
        }
        emptyDocuments = List.copyOf(Objects.requireNonNull(emptyDocuments, "emptyDocuments"));
        warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings"));
    }

    /** The report of a corpus that was not loaded from files (or was derived from another corpus). */
    public static LoadReport none() {
        return NONE;
    }

    /** True when nothing was replaced, no control character was seen, no document is empty and there are no warnings. */
    public boolean isClean() {
        return replacedCharacters == 0 && controlCharacters == 0 && emptyDocuments.isEmpty() && warnings.isEmpty();
    }

    @Override
    public String toString() {
        if (isClean()) {
            return "LoadReport[clean]";
        }
        return "LoadReport[" + replacedCharacters + " characters replaced, " + controlCharacters
                + " control characters, " + emptyDocuments.size()
                + " empty documents" + (warnings.isEmpty() ? "" : ": " + String.join("; ", warnings)) + "]";
    }
}
