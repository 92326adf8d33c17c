package dev.lede.timeline;

import dev.lede.corpus.Document;
import dev.lede.corpus.Metadata;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

/**
 * Reads a document's {@code published} value as a date, as written: {@code 2024-06-19}, or a
 * date-time ({@code 2024-06-19T23:30:00+09:00}, {@code 2024-06-19T23:30:00Z},
 * {@code 2024-06-19T23:30:00}) of which the date as written is kept, unless a zone is given, in
 * which case a date-time with an offset is converted to that zone first. Pure.
 */
final class PublishedDates {

    private PublishedDates() {
    }

    /** The date, or null when the document has no {@code published} value. */
    static LocalDate of(Document d, ZoneId zone) {
        String p = d.metadata().get(Metadata.PUBLISHED);
        if (p == null) {
            return null;
        }
        String v = p.strip();
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException ignored) {
            // try a date-time
        }
        try {
            OffsetDateTime t = OffsetDateTime.parse(v);
            return zone == null ? t.toLocalDate() : t.atZoneSameInstant(zone).toLocalDate();
        } catch (DateTimeParseException ignored) {
            // try a zoned or local date-time
        }
        try {
            ZonedDateTime t = ZonedDateTime.parse(v);
            return zone == null ? t.toLocalDate() : t.withZoneSameInstant(zone).toLocalDate();
        } catch (DateTimeParseException ignored) {
            // try a local date-time
        }
        try {
            LocalDateTime t = LocalDateTime.parse(v);
            if (zone != null) {
                throw new IllegalArgumentException("document '" + d.id() + "' has published '" + p + "' without a time"
                        + " zone, so it cannot be converted to " + zone + ": add an offset such as +09:00 or count"
                        + " dates as published (no zone)");
            }
            return t.toLocalDate();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("document '" + d.id() + "' (" + d.source() + ") has published '" + p
                    + "', not an ISO date (yyyy-MM-dd) or date-time (yyyy-MM-ddTHH:mm[:ss][+hh:mm]): correct it"
                    + " or leave it empty to count the document as undated", e);
        }
    }
}
