package org.preventduty.channel;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.preventduty.shared.web.DateInput;

/** The case leaving Channel, with its closing report. */
final class ExitForm {
    private @Nullable String exitedOnDay;
    private @Nullable String exitedOnMonth;
    private @Nullable String exitedOnYear;

    @NotBlank(message = "{channel.exit.summary.blank}")
    @Size(max = 10000, message = "{channel.exit.summary.tooLong}")
    private @Nullable String summary;

    private @Nullable Integer version;

    DateInput exitedOn() {
        return new DateInput(exitedOnDay, exitedOnMonth, exitedOnYear);
    }

    void exitedOn(LocalDate day) {
        var input = DateInput.of(day);
        exitedOnDay = input.day();
        exitedOnMonth = input.month();
        exitedOnYear = input.year();
    }

    /** The date input's errors are reported on this property, which holds nothing of its own. */
    public @Nullable String getExitedOn() {
        return null;
    }

    public @Nullable String getExitedOnDay() {
        return exitedOnDay;
    }

    public void setExitedOnDay(@Nullable String exitedOnDay) {
        this.exitedOnDay = exitedOnDay;
    }

    public @Nullable String getExitedOnMonth() {
        return exitedOnMonth;
    }

    public void setExitedOnMonth(@Nullable String exitedOnMonth) {
        this.exitedOnMonth = exitedOnMonth;
    }

    public @Nullable String getExitedOnYear() {
        return exitedOnYear;
    }

    public void setExitedOnYear(@Nullable String exitedOnYear) {
        this.exitedOnYear = exitedOnYear;
    }

    public @Nullable String getSummary() {
        return summary;
    }

    public void setSummary(@Nullable String summary) {
        this.summary = summary;
    }

    public @Nullable Integer getVersion() {
        return version;
    }

    public void setVersion(@Nullable Integer version) {
        this.version = version;
    }
}
