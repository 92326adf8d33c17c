package dev.lede.captions;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * How captions are loaded: strict by default, so that any overlapping, out-of-order or
 * reversed cue, missing timing or broken numbering is an error naming the file and cue. Two
 * problems can be repaired instead when asked, each repair reported in the load report
 * ({@link Captions#loadReport()}) with the file and cue:
 * <ul>
 *   <li>{@link Repair#TRIM_OVERLAPS}: a cue that starts before the previous one ends cuts the
 *       previous one short (its end becomes this cue's start); the duration of the overlap is
 *       reported. A cue that starts at or before the previous cue's start is never repaired.</li>
 *   <li>{@link Repair#RENUMBER}: SubRip cues whose numbers are missing, repeated or skip are
 *       numbered 1, 2, 3, ... in file order.</li>
 * </ul>
 * Reversed cues (ending before they start, or when they start) and missing or unreadable
 * timestamps are always errors: there is no honest repair. Cues with no text are always left
 * out, and reported.
 *
 * <pre>{@code
 * CaptionOptions lenient = CaptionOptions.builder().repair(CaptionOptions.Repair.TRIM_OVERLAPS).build();
 * Captions c = Captions.load(Path.of("bulletins"), lenient);
 * c.loadReport().warnings();
 * }</pre>
 */
public final class CaptionOptions {

    /** A repair applied instead of failing; see the class comment. */
    public enum Repair {
        /** Cut a cue short where the next one starts before it ends. */
        TRIM_OVERLAPS,
        /** Number SubRip cues 1, 2, 3, ... where the file's numbers are missing or out of sequence. */
        RENUMBER
    }

    private static final CaptionOptions STRICT = new CaptionOptions(EnumSet.noneOf(Repair.class));

    private final Set<Repair> repairs;

    private CaptionOptions(Set<Repair> repairs) {
        this.repairs = Set.copyOf(repairs);
    }

    /** No repairs: every problem is an error. */
    public static CaptionOptions strict() {
        return STRICT;
    }

    public static Builder builder() {
        return new Builder();
    }

    public boolean repairs(Repair repair) {
        return repairs.contains(Objects.requireNonNull(repair, "repair"));
    }

    @Override
    public String toString() {
        return "CaptionOptions[repairs=" + new java.util.TreeSet<>(repairs) + "]";
    }

    /** Builds {@link CaptionOptions}. */
    public static final class Builder {
        private final EnumSet<Repair> repairs = EnumSet.noneOf(Repair.class);

        private Builder() {
        }

        /** Repair these problems instead of failing. */
        public Builder repair(Repair first, Repair... more) {
            repairs.add(Objects.requireNonNull(first, "repair"));
            for (Repair r : more) {
                repairs.add(Objects.requireNonNull(r, "repair"));
            }
            return this;
        }

        public CaptionOptions build() {
            return new CaptionOptions(repairs);
        }
    }
}
