package org.preventduty.governance;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.preventduty.shared.web.DateInput;

/** The day a planned activity was done. */
final class ActivityDoneForm {
    private @Nullable String doneOnDay;
    private @Nullable String doneOnMonth;
    private @Nullable String doneOnYear;

    DateInput doneOn() {
        return new DateInput(doneOnDay, doneOnMonth, doneOnYear);
    }

    void doneOn(@Nullable LocalDate day) {
        var input = day == null ? new DateInput(null, null, null) : DateInput.of(day);
        doneOnDay = input.day();
        doneOnMonth = input.month();
        doneOnYear = input.year();
    }

    /** The date input's errors are reported on this property, which holds nothing of its own. */
    public @Nullable String getDoneOn() {
        return null;
    }

    public @Nullable String getDoneOnDay() {
        return doneOnDay;
    }

    public void setDoneOnDay(@Nullable String doneOnDay) {
        this.doneOnDay = doneOnDay;
    }

    public @Nullable String getDoneOnMonth() {
        return doneOnMonth;
    }

    public void setDoneOnMonth(@Nullable String doneOnMonth) {
        this.doneOnMonth = doneOnMonth;
    }

    public @Nullable String getDoneOnYear() {
        return doneOnYear;
    }

    public void setDoneOnYear(@Nullable String doneOnYear) {
        this.doneOnYear = doneOnYear;
    }
}
