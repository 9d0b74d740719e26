package org.preventduty.channel;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.preventduty.shared.web.DateInput;

/** The day an intervention ended. */
final class EndInterventionForm {
    private @Nullable String endedOnDay;
    private @Nullable String endedOnMonth;
    private @Nullable String endedOnYear;

    DateInput endedOn() {
        return new DateInput(endedOnDay, endedOnMonth, endedOnYear);
    }

    void endedOn(LocalDate day) {
        var input = DateInput.of(day);
        endedOnDay = input.day();
        endedOnMonth = input.month();
        endedOnYear = input.year();
    }

    /** The date input's errors are reported on this property, which holds nothing of its own. */
    public @Nullable String getEndedOn() {
        return null;
    }

    public @Nullable String getEndedOnDay() {
        return endedOnDay;
    }

    public void setEndedOnDay(@Nullable String endedOnDay) {
        this.endedOnDay = endedOnDay;
    }

    public @Nullable String getEndedOnMonth() {
        return endedOnMonth;
    }

    public void setEndedOnMonth(@Nullable String endedOnMonth) {
        this.endedOnMonth = endedOnMonth;
    }

    public @Nullable String getEndedOnYear() {
        return endedOnYear;
    }

    public void setEndedOnYear(@Nullable String endedOnYear) {
        this.endedOnYear = endedOnYear;
    }
}
