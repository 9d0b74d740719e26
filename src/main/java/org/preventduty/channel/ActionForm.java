package org.preventduty.channel;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.shared.web.DateInput;

/** An action agreed at a meeting. */
final class ActionForm {
    private @Nullable UUID caseId;

    @NotBlank(message = "{channel.action.description.blank}")
    @Size(max = 2000, message = "{channel.action.description.tooLong}")
    private @Nullable String description;

    @NotBlank(message = "{channel.action.owner.blank}")
    @Size(max = 200, message = "{channel.action.owner.tooLong}")
    private @Nullable String owner;

    private @Nullable String dueOnDay;
    private @Nullable String dueOnMonth;
    private @Nullable String dueOnYear;

    public @Nullable UUID getCaseId() {
        return caseId;
    }

    public void setCaseId(@Nullable UUID caseId) {
        this.caseId = caseId;
    }

    public @Nullable String getDescription() {
        return description;
    }

    public void setDescription(@Nullable String description) {
        this.description = description;
    }

    public @Nullable String getOwner() {
        return owner;
    }

    public void setOwner(@Nullable String owner) {
        this.owner = owner;
    }

    DateInput dueOn() {
        return new DateInput(dueOnDay, dueOnMonth, dueOnYear);
    }

    void dueOn(LocalDate day) {
        var input = DateInput.of(day);
        dueOnDay = input.day();
        dueOnMonth = input.month();
        dueOnYear = input.year();
    }

    /** The date input's errors are reported on this property, which holds nothing of its own. */
    public @Nullable String getDueOn() {
        return null;
    }

    public @Nullable String getDueOnDay() {
        return dueOnDay;
    }

    public void setDueOnDay(@Nullable String dueOnDay) {
        this.dueOnDay = dueOnDay;
    }

    public @Nullable String getDueOnMonth() {
        return dueOnMonth;
    }

    public void setDueOnMonth(@Nullable String dueOnMonth) {
        this.dueOnMonth = dueOnMonth;
    }

    public @Nullable String getDueOnYear() {
        return dueOnYear;
    }

    public void setDueOnYear(@Nullable String dueOnYear) {
        this.dueOnYear = dueOnYear;
    }
}
