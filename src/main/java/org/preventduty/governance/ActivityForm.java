package org.preventduty.governance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.preventduty.shared.web.DateInput;

/** An activity of the communications and engagement plan: planned, or changed once planned. */
final class ActivityForm {
    @NotBlank(message = "{governance.activity.title.missing}")
    @Size(max = 300, message = "{governance.activity.title.tooLong}")
    private @Nullable String title;

    @Size(max = 300, message = "{governance.activity.audience.tooLong}")
    private @Nullable String audience;

    @Size(max = 100, message = "{governance.activity.channel.tooLong}")
    private @Nullable String channel;

    private @Nullable String plannedOnDay;
    private @Nullable String plannedOnMonth;
    private @Nullable String plannedOnYear;

    private @Nullable String doneOnDay;
    private @Nullable String doneOnMonth;
    private @Nullable String doneOnYear;

    private @Nullable Integer version;

    public @Nullable String getTitle() {
        return title;
    }

    public void setTitle(@Nullable String title) {
        this.title = title;
    }

    public @Nullable String getAudience() {
        return audience;
    }

    public void setAudience(@Nullable String audience) {
        this.audience = audience;
    }

    public @Nullable String getChannel() {
        return channel;
    }

    public void setChannel(@Nullable String channel) {
        this.channel = channel;
    }

    DateInput plannedOn() {
        return new DateInput(plannedOnDay, plannedOnMonth, plannedOnYear);
    }

    void plannedOn(@Nullable LocalDate day) {
        var input = day == null ? new DateInput(null, null, null) : DateInput.of(day);
        plannedOnDay = input.day();
        plannedOnMonth = input.month();
        plannedOnYear = input.year();
    }

    /** The date input's errors are reported on this property, which holds nothing of its own. */
    public @Nullable String getPlannedOn() {
        return null;
    }

    public @Nullable String getPlannedOnDay() {
        return plannedOnDay;
    }

    public void setPlannedOnDay(@Nullable String plannedOnDay) {
        this.plannedOnDay = plannedOnDay;
    }

    public @Nullable String getPlannedOnMonth() {
        return plannedOnMonth;
    }

    public void setPlannedOnMonth(@Nullable String plannedOnMonth) {
        this.plannedOnMonth = plannedOnMonth;
    }

    public @Nullable String getPlannedOnYear() {
        return plannedOnYear;
    }

    public void setPlannedOnYear(@Nullable String plannedOnYear) {
        this.plannedOnYear = plannedOnYear;
    }

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

    public @Nullable Integer getVersion() {
        return version;
    }

    public void setVersion(@Nullable Integer version) {
        this.version = version;
    }
}
