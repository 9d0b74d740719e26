package org.preventduty.risk;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.preventduty.shared.web.DateInput;

/** The stage an assessment moves to, with who reviewed or approved it and when; sending it out for consultation asks for neither. */
final class StageForm {
    private @Nullable String to;

    @Size(max = 300, message = "{risk.assessment.who}")
    private @Nullable String who;

    private @Nullable String onDay;
    private @Nullable String onMonth;
    private @Nullable String onYear;

    public @Nullable String getTo() {
        return to;
    }

    public void setTo(@Nullable String to) {
        this.to = to;
    }

    public @Nullable String getWho() {
        return who;
    }

    public void setWho(@Nullable String who) {
        this.who = who;
    }

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
}
