package org.preventduty.governance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.preventduty.shared.web.DateInput;

/** An update given to a board: the day, the paper presented and what the board made of it. */
final class BoardUpdateForm {
    private @Nullable String givenOnDay;
    private @Nullable String givenOnMonth;
    private @Nullable String givenOnYear;

    @NotBlank(message = "{governance.update.paper.missing}")
    @Size(max = 300, message = "{governance.update.paper.tooLong}")
    private @Nullable String paper;

    @Size(max = 1000, message = "{governance.update.outcome.tooLong}")
    private @Nullable String outcome;

    DateInput givenOn() {
        return new DateInput(givenOnDay, givenOnMonth, givenOnYear);
    }

    void givenOn(@Nullable LocalDate day) {
        var input = day == null ? new DateInput(null, null, null) : DateInput.of(day);
        givenOnDay = input.day();
        givenOnMonth = input.month();
        givenOnYear = input.year();
    }

    /** The date input's errors are reported on this property, which holds nothing of its own. */
    public @Nullable String getGivenOn() {
        return null;
    }

    public @Nullable String getGivenOnDay() {
        return givenOnDay;
    }

    public void setGivenOnDay(@Nullable String givenOnDay) {
        this.givenOnDay = givenOnDay;
    }

    public @Nullable String getGivenOnMonth() {
        return givenOnMonth;
    }

    public void setGivenOnMonth(@Nullable String givenOnMonth) {
        this.givenOnMonth = givenOnMonth;
    }

    public @Nullable String getGivenOnYear() {
        return givenOnYear;
    }

    public void setGivenOnYear(@Nullable String givenOnYear) {
        this.givenOnYear = givenOnYear;
    }

    public @Nullable String getPaper() {
        return paper;
    }

    public void setPaper(@Nullable String paper) {
        this.paper = paper;
    }

    public @Nullable String getOutcome() {
        return outcome;
    }

    public void setOutcome(@Nullable String outcome) {
        this.outcome = outcome;
    }
}
