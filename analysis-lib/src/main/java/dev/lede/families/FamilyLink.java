package dev.lede.families;

import java.util.Objects;

/**
 * One edge of the {@link StoryFamilies} graph: documents {@code first} and {@code second}
 * (first sorts first by id) are linked for {@code reason}; {@code evidence} says how (the shared
 * organisations, "; "-joined, the strongest shared passage, or the file; for a pair that shares
 * only paraphrased sentences, "paraphrase" with the most similar pair and its similarity).
 *
 * <pre>{@code
 * StoryFamilies.of(corpus).links().get(0);   // FamilyLink[first=000-article, second=000-transcript, reason=SAME_FILE, ...]
 * }</pre>
 */
public record FamilyLink(String first, String second, Reason reason, String evidence) {

    /** Why two documents belong to one family. */
    public enum Reason {
        /** They are parts of one text: the same file of the corpus. */
        SAME_FILE,
        /** Both cite at least one common news organisation as their source. */
        SHARED_SOURCE,
        /** Their reuse score is at least the families' minimum. */
        REUSE
    }

    public FamilyLink {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(evidence, "evidence");
    }
}
