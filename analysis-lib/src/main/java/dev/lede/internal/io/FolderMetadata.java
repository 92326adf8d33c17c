package dev.lede.internal.io;

import dev.lede.Metadata;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a text file in a folder without a manifest tells about itself: a {@code title} when its
 * first line is a headline (at most {@link #MAX_TITLE} characters, followed by a blank line; a
 * Markdown heading without its #) and
 * its {@code language}, detected ({@link LanguageGuess}). Nothing else (outlet, date, kind) can
 * be read from a plain file, so those fields stay absent.
 */
final class FolderMetadata {

    static final int MAX_TITLE = 200;

    private FolderMetadata() {
    }

    static Metadata of(String text) {
        Map<String, String> fields = new TreeMap<>();
        String[] lines = text.strip().split("\\R", 3);
        if (lines.length >= 2 && lines[1].isBlank() && !lines[0].isBlank() && lines[0].strip().length() <= MAX_TITLE) {
            fields.put(Metadata.TITLE, lines[0].strip().replaceFirst("^#+\\s*", ""));  // a Markdown heading's text
        }
        LanguageGuess.of(text).ifPresent(code -> fields.put(Metadata.LANGUAGE, code));
        return Metadata.of(fields);
    }
}
