package org.preventduty.governance;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.preventduty.shared.web.DateInput;

/** The quarter a monitoring return is prepared for, by its first day. */
final class ReturnForm {
    private @Nullable String quarterStartDay;
    private @Nullable String quarterStartMonth;
    private @Nullable String quarterStartYear;

    DateInput quarterStart() {
        return new DateInput(quarterStartDay, quarterStartMonth, quarterStartYear);
    }

    void quarterStart(@Nullable LocalDate day) {
        var input = day == null ? new DateInput(null, null, null) : DateInput.of(day);
        quarterStartDay = input.day();
        quarterStartMonth = input.month();
        quarterStartYear = input.year();
    }

    /** The date input's errors are reported on this property, which holds nothing of its own. */
    public @Nullable String getQuarterStart() {
        return null;
    }

    public @Nullable String getQuarterStartDay() {
        return quarterStartDay;
    }

    public void setQuarterStartDay(@Nullable String quarterStartDay) {
        this.quarterStartDay = quarterStartDay;
    }

    public @Nullable String getQuarterStartMonth() {
        return quarterStartMonth;
    }

    public void setQuarterStartMonth(@Nullable String quarterStartMonth) {
        this.quarterStartMonth = quarterStartMonth;
    }

    public @Nullable String getQuarterStartYear() {
        return quarterStartYear;
    }

    public void setQuarterStartYear(@Nullable String quarterStartYear) {
        this.quarterStartYear = quarterStartYear;
    }
}
