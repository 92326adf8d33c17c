package dev.lede;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Sentence splitting by the Unicode sentence-break rules (UAX #29, ICU4J). Each sentence's span
 * excludes its trailing white space; blank stretches are not sentences. Pure and thread-safe.
 *
 * <pre>{@code
 * List<Span> s = Sentences.split("CCTV aired it. It was short.");
 * s.size(); // 2
 * }</pre>
 */
public final class Sentences {

    private Sentences() {
    }

    /** The sentences of {@code text}, in order. */
    public static List<Span> split(String text) {
        Objects.requireNonNull(text, "text");
        BreakIterator it = BreakIterator.getSentenceInstance(ULocale.ROOT);
        it.setText(text);
        List<Span> out = new ArrayList<>();
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            int s = start;
            int e = end;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                out.add(new Span(s, e));
            }
        }
        return out;
    }
}
