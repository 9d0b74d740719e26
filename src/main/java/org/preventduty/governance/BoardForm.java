package org.preventduty.governance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.preventduty.governance.GovernanceRules.Frequency;
import org.preventduty.shared.web.DateInput;

/** A board or committee the council updates on Prevent: added with its last update, or changed. */
final class BoardForm {
    @NotBlank(message = "{governance.board.name.missing}")
    @Size(max = 200, message = "{governance.board.name.tooLong}")
    private @Nullable String name;

    @Size(max = 500, message = "{governance.board.area.tooLong}")
    private @Nullable String areaOfFocus;

    @NotNull(message = "{governance.board.frequency}")
    private @Nullable Frequency frequency;

    private @Nullable String lastUpdateOnDay;
    private @Nullable String lastUpdateOnMonth;
    private @Nullable String lastUpdateOnYear;

    private @Nullable Integer version;

    public @Nullable String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = name;
    }

    public @Nullable String getAreaOfFocus() {
        return areaOfFocus;
    }

    public void setAreaOfFocus(@Nullable String areaOfFocus) {
        this.areaOfFocus = areaOfFocus;
    }

    public @Nullable Frequency getFrequency() {
        return frequency;
    }

    public void setFrequency(@Nullable Frequency frequency) {
        this.frequency = frequency;
    }

    DateInput lastUpdateOn() {
        return new DateInput(lastUpdateOnDay, lastUpdateOnMonth, lastUpdateOnYear);
    }

    void lastUpdateOn(@Nullable LocalDate day) {
        var input = day == null ? new DateInput(null, null, null) : DateInput.of(day);
        lastUpdateOnDay = input.day();
        lastUpdateOnMonth = input.month();
        lastUpdateOnYear = input.year();
    }

    /** The date input's errors are reported on this property, which holds nothing of its own. */
    public @Nullable String getLastUpdateOn() {
        return null;
    }

    public @Nullable String getLastUpdateOnDay() {
        return lastUpdateOnDay;
    }

    public void setLastUpdateOnDay(@Nullable String lastUpdateOnDay) {
        this.lastUpdateOnDay = lastUpdateOnDay;
    }

    public @Nullable String getLastUpdateOnMonth() {
        return lastUpdateOnMonth;
    }

    public void setLastUpdateOnMonth(@Nullable String lastUpdateOnMonth) {
        this.lastUpdateOnMonth = lastUpdateOnMonth;
    }

    public @Nullable String getLastUpdateOnYear() {
        return lastUpdateOnYear;
    }

    public void setLastUpdateOnYear(@Nullable String lastUpdateOnYear) {
        this.lastUpdateOnYear = lastUpdateOnYear;
    }

    public @Nullable Integer getVersion() {
        return version;
    }

    public void setVersion(@Nullable Integer version) {
        this.version = version;
    }
}
