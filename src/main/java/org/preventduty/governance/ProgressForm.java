package org.preventduty.governance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.preventduty.governance.GovernanceRules.Status;

/** Progress on a recommendation and where it stands now. */
final class ProgressForm {
    @NotBlank(message = "{governance.recommendation.progress.missing}")
    @Size(max = 4000, message = "{governance.recommendation.progress.tooLong}")
    private @Nullable String progress;

    @NotNull(message = "{governance.recommendation.status.missing}")
    private @Nullable Status status;

    public @Nullable String getProgress() {
        return progress;
    }

    public void setProgress(@Nullable String progress) {
        this.progress = progress;
    }

    public @Nullable Status getStatus() {
        return status;
    }

    public void setStatus(@Nullable Status status) {
        this.status = status;
    }
}
