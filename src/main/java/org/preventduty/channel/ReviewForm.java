package org.preventduty.channel;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.preventduty.shared.web.DateInput;

/** A review after exit. */
final class ReviewForm {
    private @Nullable String completedOnDay;
    private @Nullable String completedOnMonth;
    private @Nullable String completedOnYear;

    @NotBlank(message = "{channel.review.outcome.blank}")
    @Size(max = 5000, message = "{channel.review.outcome.tooLong}")
    private @Nullable String outcome;

    DateInput completedOn() {
        return new DateInput(completedOnDay, completedOnMonth, completedOnYear);
    }

    void completedOn(LocalDate day) {
        var input = DateInput.of(day);
        completedOnDay = input.day();
        completedOnMonth = input.month();
        completedOnYear = input.year();
    }

    /** The date input's errors are reported on this property, which holds nothing of its own. */
    public @Nullable String getCompletedOn() {
        return null;
    }

    public @Nullable String getCompletedOnDay() {
        return completedOnDay;
    }

    public void setCompletedOnDay(@Nullable String completedOnDay) {
        this.completedOnDay = completedOnDay;
    }

    public @Nullable String getCompletedOnMonth() {
        return completedOnMonth;
    }

    public void setCompletedOnMonth(@Nullable String completedOnMonth) {
        this.completedOnMonth = completedOnMonth;
    }

    public @Nullable String getCompletedOnYear() {
        return completedOnYear;
    }

    public void setCompletedOnYear(@Nullable String completedOnYear) {
        this.completedOnYear = completedOnYear;
    }

    public @Nullable String getOutcome() {
        return outcome;
    }

    public void setOutcome(@Nullable String outcome) {
        this.outcome = outcome;
    }
}
