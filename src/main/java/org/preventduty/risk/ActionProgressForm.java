package org.preventduty.risk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.preventduty.risk.RiskRules.ActionStatus;

/** Progress on an action and its status now. */
final class ActionProgressForm {
    @NotNull(message = "{risk.action.status.blank}")
    private @Nullable ActionStatus status;

    @NotBlank(message = "{risk.action.note.blank}")
    @Size(max = 2000, message = "{risk.action.note.tooLong}")
    private @Nullable String note;

    public @Nullable ActionStatus getStatus() {
        return status;
    }

    public void setStatus(@Nullable ActionStatus status) {
        this.status = status;
    }

    public @Nullable String getNote() {
        return note;
    }

    public void setNote(@Nullable String note) {
        this.note = note;
    }
}
