package org.preventduty.training;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.preventduty.shared.web.DateInput;

/** A completion entered by hand, with the evidence that it happened. */
final class CompletionForm {
    @NotBlank(message = "{training.completion.course}")
    private @Nullable String courseCode;

    private @Nullable String completedOnDay;
    private @Nullable String completedOnMonth;
    private @Nullable String completedOnYear;

    @NotBlank(message = "{training.completion.evidence}")
    @Size(max = 500, message = "{training.completion.evidence}")
    private @Nullable String evidence;

    public @Nullable String getCourseCode() {
        return courseCode;
    }

    public void setCourseCode(@Nullable String courseCode) {
        this.courseCode = courseCode;
    }

    DateInput completedOn() {
        return new DateInput(completedOnDay, completedOnMonth, completedOnYear);
    }

    void completedOn(@Nullable LocalDate day) {
        var input = day == null ? new DateInput(null, null, null) : DateInput.of(day);
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

    public @Nullable String getEvidence() {
        return evidence;
    }

    public void setEvidence(@Nullable String evidence) {
        this.evidence = evidence;
    }
}
