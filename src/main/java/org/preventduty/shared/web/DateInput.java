package org.preventduty.shared.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A day typed in the three fields of a GOV.UK date input (day, month, year), as form beans hold it: whether it is
 * empty, incomplete, not a real day, or a day; and the day itself. Forms bind {@code <field>Day},
 * {@code <field>Month} and {@code <field>Year}, and report a problem on {@code <field>}.
 *
 * @param day as typed.
 * @param month as typed.
 * @param year as typed.
 */
public record DateInput(
        @Nullable String day,
        @Nullable String month,
        @Nullable String year) {

    /** What was typed. */
    public enum State {
        EMPTY,
        INCOMPLETE,
        INVALID,
        VALID
    }

    /** The three fields of a day, to fill a form with. */
    public static DateInput of(LocalDate date) {
        return new DateInput(
                String.valueOf(date.getDayOfMonth()),
                String.valueOf(date.getMonthValue()),
                String.valueOf(date.getYear()));
    }

    public State state() {
        if (blank(day) && blank(month) && blank(year)) {
            return State.EMPTY;
        }
        if (blank(day) || blank(month) || blank(year)) {
            return State.INCOMPLETE;
        }
        try {
            var y = Integer.parseInt(year.strip());
            if (y < 1000 || y > 9999) {
                return State.INVALID;
            }
            LocalDate.of(y, Integer.parseInt(month.strip()), Integer.parseInt(day.strip()));
            return State.VALID;
        } catch (NumberFormatException | DateTimeException e) {
            return State.INVALID;
        }
    }

    /** The day, or {@literal null} when what was typed is not one. */
    public @Nullable LocalDate date() {
        if (state() != State.VALID) {
            return null;
        }
        return LocalDate.of(
                Integer.parseInt(year.strip()), Integer.parseInt(month.strip()), Integer.parseInt(day.strip()));
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
