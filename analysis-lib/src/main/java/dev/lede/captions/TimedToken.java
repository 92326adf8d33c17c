package dev.lede.captions;

/**
 * A token of a caption track with both its place in the text and its time: the term (as the
 * tokenizer writes it), the UTF-16 offsets [start, end) in {@link CaptionTrack#document()}'s text,
 * the number of the cue it is in and that cue's start and end in milliseconds. Captions do not
 * say when inside a cue a word is spoken, so every token of a cue has the cue's times;
 * {@link CaptionTrack#secondsAt(int)} estimates a moment inside the cue.
 *
 * <pre>{@code
 * TimedToken t = track.tokens().get(0);
 * t.term() + " at " + t.startMillis() / 1000.0 + " s";
 * }</pre>
 */
public record TimedToken(String term, int start, int end, int cue, long startMillis, long endMillis) {
}
