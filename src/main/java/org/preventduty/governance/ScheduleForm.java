package org.preventduty.governance;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.preventduty.shared.web.DateInput;

/** The day the board schedule is shown as it stood on. */
final class ScheduleForm {
    private @Nullable String asOfDay;
    private @Nullable String asOfMonth;
    private @Nullable String asOfYear;

    DateInput asOf() {
        return new DateInput(asOfDay, asOfMonth, asOfYear);
    }

    void asOf(@Nullable LocalDate day) {
        var input = day == null ? new DateInput(null, null, null) : DateInput.of(day);
        asOfDay = input.day();
        asOfMonth = input.month();
        asOfYear = input.year();
    }

    /** The date input's errors are reported on this property, which holds nothing of its own. */
    public @Nullable String getAsOf() {
        return null;
    }

    public @Nullable String getAsOfDay() {
        return asOfDay;
    }

    public void setAsOfDay(@Nullable String asOfDay) {
        this.asOfDay = asOfDay;
    }

    public @Nullable String getAsOfMonth() {
        return asOfMonth;
    }

    public void setAsOfMonth(@Nullable String asOfMonth) {
        this.asOfMonth = asOfMonth;
    }

    public @Nullable String getAsOfYear() {
        return asOfYear;
    }

    public void setAsOfYear(@Nullable String asOfYear) {
        this.asOfYear = asOfYear;
    }
}
