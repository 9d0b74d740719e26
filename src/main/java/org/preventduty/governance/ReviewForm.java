package org.preventduty.governance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.preventduty.shared.web.DateInput;

/** A scrutiny review, recorded with the day it concluded. */
final class ReviewForm {
    @NotBlank(message = "{governance.review.title.missing}")
    @Size(max = 300, message = "{governance.review.title.tooLong}")
    private @Nullable String title;

    private @Nullable String concludedOnDay;
    private @Nullable String concludedOnMonth;
    private @Nullable String concludedOnYear;

    public @Nullable String getTitle() {
        return title;
    }

    public void setTitle(@Nullable String title) {
        this.title = title;
    }

    DateInput concludedOn() {
        return new DateInput(concludedOnDay, concludedOnMonth, concludedOnYear);
    }

    void concludedOn(@Nullable LocalDate day) {
        var input = day == null ? new DateInput(null, null, null) : DateInput.of(day);
        concludedOnDay = input.day();
        concludedOnMonth = input.month();
        concludedOnYear = input.year();
    }

    /** The date input's errors are reported on this property, which holds nothing of its own. */
    public @Nullable String getConcludedOn() {
        return null;
    }

    public @Nullable String getConcludedOnDay() {
        return concludedOnDay;
    }

    public void setConcludedOnDay(@Nullable String concludedOnDay) {
        this.concludedOnDay = concludedOnDay;
    }

    public @Nullable String getConcludedOnMonth() {
        return concludedOnMonth;
    }

    public void setConcludedOnMonth(@Nullable String concludedOnMonth) {
        this.concludedOnMonth = concludedOnMonth;
    }

    public @Nullable String getConcludedOnYear() {
        return concludedOnYear;
    }

    public void setConcludedOnYear(@Nullable String concludedOnYear) {
        this.concludedOnYear = concludedOnYear;
    }
}
