package dev.lede.captions;

import dev.lede.text.Span;
import java.time.LocalDate;
import java.util.List;

/**
 * One segment of a broadcast about a topic (see {@link AirtimeRule}): the broadcast's id, outlet
 * and date (null when the manifest gives none), its number in the broadcast (from 1), its first
 * and last cue on the topic, its start and end in milliseconds, how many matches it holds and
 * which phrases (or actors) matched, in the order first seen, its text (the cues from the first
 * to the last, joined by spaces) and that text's span in the broadcast's document.
 *
 * <pre>{@code
 * AirtimeSegment s = airtime.segments().get(0);
 * s.duration();   // 35.0
 * }</pre>
 */
public record AirtimeSegment(String broadcast, String outlet, LocalDate date, int number, int firstCue, int lastCue,
                             long startMillis, long endMillis, int hits, List<String> matched, String text, Span span) {

    public AirtimeSegment {
        matched = List.copyOf(matched);
    }

    public double start() {
        return startMillis / 1000.0;
    }

    public double end() {
        return endMillis / 1000.0;
    }

    /** End minus start, in seconds. */
    public double duration() {
        return (endMillis - startMillis) / 1000.0;
    }
}
