package dev.lede.captions;

import dev.lede.corpus.Document;
import dev.lede.corpus.Metadata;
import dev.lede.text.DocumentTokens;
import dev.lede.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The captions of one broadcast: its cues in time order and the {@link Document} they make (the
 * cue texts joined by line breaks, with the track's id and metadata), so that every corpus tool
 * works on a broadcast and every character offset maps back to a cue and a time. Immutable.
 *
 * <pre>{@code
 * CaptionTrack t = captions.track("harbour-2024-06-19");
 * t.cueAt(120).start();        // the start (s) of the cue holding character 120
 * t.secondsAt(120);            // an estimate of when character 120 is on screen
 * t.tokens().get(0).startMillis();
 * }</pre>
 */
public final class CaptionTrack {

    private final Document document;
    private final List<Cue> cues;

    CaptionTrack(String id, String text, List<Cue> cues, Metadata metadata, String source) {
        this.document = new Document(id, text, metadata, source);
        this.cues = List.copyOf(cues);
    }

    /** A track made in code from cues whose spans point into {@code text}; checked like a file. */
    public static CaptionTrack of(String id, String text, List<Cue> cues, Metadata metadata) {
        Objects.requireNonNull(cues, "cues");
        for (int k = 0; k < cues.size(); k++) {
            Cue c = cues.get(k);
            if (c.number() != k + 1) {
                throw new IllegalArgumentException("track '" + id + "': cue at position " + (k + 1) + " is numbered "
                        + c.number() + ": number cues 1, 2, 3, ...");
            }
            if (c.span().end() > text.length() || !c.span().of(text).equals(c.text())) {
                throw new IllegalArgumentException("track '" + id + "': cue " + c.number() + "'s span " + c.span()
                        + " does not hold its text in the track text");
            }
            if (k > 0 && (c.startMillis() < cues.get(k - 1).endMillis()
                    || c.span().start() < cues.get(k - 1).span().end())) {
                throw new IllegalArgumentException("track '" + id + "': cue " + c.number()
                        + " overlaps cue " + (k) + " in time or text: give cues in order without overlaps");
            }
        }
        return new CaptionTrack(id, text, cues, metadata, "");
    }

    public String id() {
        return document.id();
    }

    /** The broadcast as a document: id, text of the cues, metadata from the manifest, source file. */
    public Document document() {
        return document;
    }

    public Metadata metadata() {
        return document.metadata();
    }

    public List<Cue> cues() {
        return cues;
    }

    /** Start of the first cue to end of the last, in seconds (0 without cues): the captioned running time. */
    public double runningTime() {
        return cues.isEmpty() ? 0 : (cues.get(cues.size() - 1).endMillis() - cues.get(0).startMillis()) / 1000.0;
    }

    /**
     * The cue holding character {@code offset} of the document text; a line break between two
     * cues belongs to the next cue, an offset at the very end to the last.
     */
    public Cue cueAt(int offset) {
        if (cues.isEmpty()) {
            throw new IllegalStateException("track '" + id() + "' has no cues");
        }
        if (offset < 0 || offset > document.text().length()) {
            throw new IllegalArgumentException("offset " + offset + " is outside track '" + id() + "' (0.."
                    + document.text().length() + ")");
        }
        int lo = 0;
        int hi = cues.size() - 1;
        while (lo < hi) { // first cue whose span ends after offset
            int mid = (lo + hi) >>> 1;
            if (cues.get(mid).span().end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return cues.get(lo);
    }

    /**
     * When character {@code offset} is spoken, estimated in seconds: the cue's start plus the
     * cue's duration times the offset's fraction of the cue text (captions do not time words, so
     * words are taken as evenly spread over their cue).
     */
    public double secondsAt(int offset) {
        Cue c = cueAt(offset);
        int len = c.span().length();
        double f = len == 0 ? 0 : Math.max(0, Math.min(len, offset - c.span().start())) / (double) len;
        return (c.startMillis() + f * (c.endMillis() - c.startMillis())) / 1000.0;
    }

    /** The tokens of the standard tokenizer, each with its cue's times. */
    public List<TimedToken> tokens() {
        return tokens(Tokenizer.standard());
    }

    /** The tokens of {@code tokenizer}, each with the number and times of the cue it starts in. */
    public List<TimedToken> tokens(Tokenizer tokenizer) {
        DocumentTokens t = Objects.requireNonNull(tokenizer, "tokenizer").tokenize(document.text());
        List<TimedToken> out = new ArrayList<>(t.size());
        int k = 0;
        for (int i = 0; i < t.size(); i++) {
            while (cues.get(k).span().end() <= t.start(i)) {
                k++;
            }
            Cue c = cues.get(k);
            out.add(new TimedToken(t.term(i), t.start(i), t.end(i), c.number(), c.startMillis(), c.endMillis()));
        }
        return out;
    }

    @Override
    public String toString() {
        return "CaptionTrack[" + id() + ", " + cues.size() + " cues, " + runningTime() + " s]";
    }
}
