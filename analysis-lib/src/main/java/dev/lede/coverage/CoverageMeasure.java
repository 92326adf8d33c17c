package dev.lede.coverage;

import dev.lede.text.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One coverage measure: how much coverage an outlet or programme gave a story, in one
 * {@link CoverageUnit}, with an optional measurement precision (±, in the same unit) and its
 * provenance (the document and character span it was read from, or the file and row it was typed
 * in). Immutable.
 *
 * <p>{@code outlet} and {@code story} may be empty but not null; {@code date} may be null
 * (unknown); {@code value} must be finite and not negative; {@code precision}, when present,
 * finite and not negative.
 *
 * <pre>{@code
 * CoverageMeasure june = CoverageMeasure.builder()
 *         .outlet("CCTV 7 PM news").story("June 2024 summit").date(LocalDate.of(2024, 6, 19))
 *         .value(20, CoverageUnit.SECONDS).precision(1)
 *         .build();
 * june.format();   // "20 ± 1 seconds"
 * }</pre>
 */
public record CoverageMeasure(String outlet, String story, LocalDate date, CoverageUnit unit, double value,
                              OptionalDouble precision, Provenance provenance) {

    public CoverageMeasure {
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(story, "story");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(precision, "precision (use OptionalDouble.empty() when unknown)");
        Objects.requireNonNull(provenance, "provenance (use Provenance.entered() for a value typed in code)");
        String name = outlet + (outlet.isEmpty() || story.isEmpty() ? "" : " / ") + story;
        if (!Double.isFinite(value) || value < 0) {
            throw new IllegalArgumentException("measure '" + name + "' (" + provenance + ") has value " + value
                    + ": give a finite amount of 0 or more");
        }
        if (precision.isPresent() && (!Double.isFinite(precision.getAsDouble()) || precision.getAsDouble() < 0)) {
            throw new IllegalArgumentException("measure '" + name + "' (" + provenance + ") has precision ±"
                    + precision.getAsDouble() + ": give a finite precision of 0 or more, or none when unknown");
        }
    }

    /** A measure with only the essentials: unknown date, no precision, typed in code. */
    public static CoverageMeasure of(String outlet, String story, double value, CoverageUnit unit) {
        return new CoverageMeasure(outlet, story, null, unit, value, OptionalDouble.empty(), Provenance.entered());
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder with this measure's fields, to change one or two. */
    public Builder toBuilder() {
        Builder b = new Builder().outlet(outlet).story(story).date(date).value(value, unit).provenance(provenance);
        precision.ifPresent(b::precision);
        return b;
    }

    /** A copy with this precision (±, in the measure's unit). */
    public CoverageMeasure withPrecision(double plusMinus) {
        return new CoverageMeasure(outlet, story, date, unit, value, OptionalDouble.of(plusMinus), provenance);
    }

    /** The date, empty when unknown. */
    public Optional<LocalDate> optionalDate() {
        return Optional.ofNullable(date);
    }

    /**
     * A name for tables and charts: outlet, story and date joined by ", ", leaving out empty parts;
     * {@code "(unnamed)"} when all are empty.
     */
    public String label() {
        List<String> parts = new ArrayList<>();
        if (!outlet.isEmpty()) {
            parts.add(outlet);
        }
        if (!story.isEmpty()) {
            parts.add(story);
        }
        if (date != null) {
            parts.add(date.toString());
        }
        return parts.isEmpty() ? "(unnamed)" : String.join(", ", parts);
    }

    /** The value with its unit and precision: "20 seconds", "20 ± 1 seconds"; an exact count (± 0) shows no ±. */
    public String format() {
        if (precision.isEmpty() || precision.getAsDouble() == 0) {
            return unit.format(value);
        }
        return unit.format(value, precision.getAsDouble());
    }

    @Override
    public String toString() {
        return "CoverageMeasure[" + label() + ": " + format() + ", from " + provenance + "]";
    }

    /** Where a measure came from. */
    public enum Source {
        /** Read from a document's text (a length claim) or computed from a document. */
        DOCUMENT,
        /** Typed in a file (a CSV row). */
        FILE,
        /** Typed in code or a notebook. */
        ENTERED
    }

    /**
     * The provenance of a measure: a document id and character span ({@link Source#DOCUMENT}),
     * a file and 1-based data row ({@link Source#FILE}; {@code line} is the file line the row starts
     * on), or nothing ({@link Source#ENTERED}). Fields that do not apply are null or 0.
     */
    public record Provenance(Source source, String document, Span span, String file, long row, long line) {

        public Provenance {
            Objects.requireNonNull(source, "source");
            switch (source) {
                case DOCUMENT -> {
                    Objects.requireNonNull(document, "document");
                    Objects.requireNonNull(span, "span");
                }
                case FILE -> {
                    Objects.requireNonNull(file, "file");
                    if (row < 1) {
                        throw new IllegalArgumentException("file row " + row + " < 1: rows count from 1");
                    }
                }
                case ENTERED -> {
                }
            }
        }

        public static Provenance document(String documentId, Span span) {
            return new Provenance(Source.DOCUMENT, documentId, span, null, 0, 0);
        }

        public static Provenance file(String file, long row, long line) {
            return new Provenance(Source.FILE, null, null, file, row, line);
        }

        public static Provenance entered() {
            return new Provenance(Source.ENTERED, null, null, null, 0, 0);
        }

        /** "document 002 [1810,1819)" ("text [13,22)" for a plain text), "airtime.csv row 3 (line 4)" or "entered". */
        @Override
        public String toString() {
            return switch (source) {
                case DOCUMENT -> (document.isEmpty() ? "text" : "document " + document)
                        + " [" + span.start() + "," + span.end() + ")";
                case FILE -> file + " row " + row + " (line " + line + ")";
                case ENTERED -> "entered";
            };
        }
    }

    /** Builds a {@link CoverageMeasure}; {@link #build()} fails when no value was given. */
    public static final class Builder {
        private String outlet = "";
        private String story = "";
        private LocalDate date;
        private CoverageUnit unit;
        private Double value;
        private OptionalDouble precision = OptionalDouble.empty();
        private Provenance provenance = Provenance.entered();

        private Builder() {
        }

        public Builder outlet(String outlet) {
            this.outlet = Objects.requireNonNull(outlet, "outlet").strip();
            return this;
        }

        public Builder story(String story) {
            this.story = Objects.requireNonNull(story, "story").strip();
            return this;
        }

        /** The date of the coverage; null = unknown. */
        public Builder date(LocalDate date) {
            this.date = date;
            return this;
        }

        public Builder value(double value, CoverageUnit unit) {
            this.value = value;
            this.unit = Objects.requireNonNull(unit, "unit");
            return this;
        }

        /** Shortcut for {@code value(seconds, CoverageUnit.SECONDS)}. */
        public Builder seconds(double seconds) {
            return value(seconds, CoverageUnit.SECONDS);
        }

        /** The measurement precision, ± in the measure's unit (e.g. 1 for ±1 s, 15 for 15-second clips). */
        public Builder precision(double plusMinus) {
            this.precision = OptionalDouble.of(plusMinus);
            return this;
        }

        public Builder provenance(Provenance provenance) {
            this.provenance = Objects.requireNonNull(provenance, "provenance");
            return this;
        }

        /** Provenance: this span of this document. */
        public Builder from(String documentId, Span span) {
            return provenance(Provenance.document(documentId, span));
        }

        public CoverageMeasure build() {
            if (value == null) {
                String name = outlet + (outlet.isEmpty() || story.isEmpty() ? "" : " / ") + story;
                throw new IllegalArgumentException("measure '" + name + "' has no value: call value(amount, unit)"
                        + " or seconds(amount) before build()");
            }
            return new CoverageMeasure(outlet, story, date, unit, value, precision, provenance);
        }
    }
}
