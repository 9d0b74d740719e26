package org.preventduty.risk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.preventduty.shared.web.DateInput;

/** A significant change in risk since the assessment was approved, which brings its review forward. */
final class SignificantChangeForm {
    private @Nullable String onDay;
    private @Nullable String onMonth;
    private @Nullable String onYear;

    @NotBlank(message = "{risk.change.note.blank}")
    @Size(max = 2000, message = "{risk.change.note.tooLong}")
    private @Nullable String note;

    DateInput on() {
        return new DateInput(onDay, onMonth, onYear);
    }

    void on(@Nullable LocalDate day) {
        var input = day == null ? new DateInput(null, null, null) : DateInput.of(day);
        onDay = input.day();
        onMonth = input.month();
        onYear = input.year();
    }

    /** The date input's errors are reported on this property, which holds nothing of its own. */
    public @Nullable String getOn() {
        return null;
    }

    public @Nullable String getOnDay() {
        return onDay;
    }

    public void setOnDay(@Nullable String onDay) {
        this.onDay = onDay;
    }

    public @Nullable String getOnMonth() {
        return onMonth;
    }

    public void setOnMonth(@Nullable String onMonth) {
        this.onMonth = onMonth;
    }

    public @Nullable String getOnYear() {
        return onYear;
    }

    public void setOnYear(@Nullable String onYear) {
        this.onYear = onYear;
    }

    public @Nullable String getNote() {
        return note;
    }

    public void setNote(@Nullable String note) {
        this.note = note;
    }
}
