package dev.lede.timeline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * The width of a period on a timeline. Weeks are ISO weeks (Monday to Sunday, labelled with
 * their ISO week-based year, so 2024-12-30 is in 2025-W01); months are calendar months.
 *
 * <pre>{@code
 * TimeStep.WEEK.label(LocalDate.of(2024, 6, 19));   // "2024-W25"
 * TimeStep.WEEK.start(LocalDate.of(2024, 6, 19));   // 2024-06-17
 * }</pre>
 */
public enum TimeStep {
    /** One calendar day, labelled yyyy-MM-dd. */
    DAY,
    /** One ISO week, Monday to Sunday, labelled yyyy-Www. */
    WEEK,
    /** One calendar month, labelled yyyy-MM. */
    MONTH;

    /** The first day of the period holding {@code date}. */
    public LocalDate start(LocalDate date) {
        return switch (this) {
            case DAY -> date;
            case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> date.withDayOfMonth(1);
        };
    }

    /** The first day of the next period after the one starting at {@code start}. */
    public LocalDate next(LocalDate start) {
        return switch (this) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
        };
    }

    /** The period's label: "2024-06-19", "2024-W25" or "2024-06". */
    public String label(LocalDate date) {
        return switch (this) {
            case DAY -> date.toString();
            case WEEK -> String.format(Locale.ROOT, "%04d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR),
                    date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> String.format(Locale.ROOT, "%04d-%02d", date.getYear(), date.getMonthValue());
        };
    }
}
