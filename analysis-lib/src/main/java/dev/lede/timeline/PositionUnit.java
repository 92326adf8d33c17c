package dev.lede.timeline;

/**
 * How {@link Dispersion} places a hit in its document: by character offset, by token number, or
 * (for captions) by the second it is on screen.
 */
public enum PositionUnit {
    /** UTF-16 offset of the hit's first character; a document is as long as its text. */
    CHARACTERS,
    /** Index of the hit's first token (standard tokenizer, hyphens split); a document is as long as its token count. */
    TOKENS,
    /**
     * Seconds from the start of the recording, estimated inside a cue
     * ({@link dev.lede.captions.CaptionTrack#secondsAt}); a broadcast is as long as its last cue's end.
     */
    SECONDS
}
