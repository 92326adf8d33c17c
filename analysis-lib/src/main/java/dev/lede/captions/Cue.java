package dev.lede.captions;

import dev.lede.text.Span;
import java.util.Objects;

/**
 * One caption cue: its number (the cue's position in its track, from 1), when it is shown (start
 * and end in milliseconds from the start of the recording), its text (tags such as {@code <i>}
 * removed, lines joined by one space) and where that text sits in the track's document
 * ({@link CaptionTrack#document()}), and the line of the file its timing is on. Immutable.
 *
 * <pre>{@code
 * Cue c = track.cues().get(0);
 * c.start();      // 15.0 (seconds)
 * c.duration();   // 6.0
 * }</pre>
 */
public record Cue(int number, long startMillis, long endMillis, String text, Span span, long line) {

    public Cue {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        if (number < 1) {
            throw new IllegalArgumentException("cue number " + number + " < 1: cues count from 1");
        }
        if (startMillis < 0 || endMillis <= startMillis) {
            throw new IllegalArgumentException("cue " + number + " (line " + line + ") runs from " + startMillis
                    + " ms to " + endMillis + " ms: a cue must start at 0 or later and end after it starts");
        }
    }

    /** Start in seconds. */
    public double start() {
        return startMillis / 1000.0;
    }

    /** End in seconds. */
    public double end() {
        return endMillis / 1000.0;
    }

    /** End minus start, in seconds. */
    public double duration() {
        return (endMillis - startMillis) / 1000.0;
    }

    /** "00:00:15.000": a time in milliseconds as WebVTT writes it (hours always shown). */
    public static String clock(long millis) {
        long h = millis / 3_600_000;
        long m = millis / 60_000 % 60;
        long s = millis / 1000 % 60;
        long ms = millis % 1000;
        return String.format(java.util.Locale.ROOT, "%02d:%02d:%02d.%03d", h, m, s, ms);
    }
}
