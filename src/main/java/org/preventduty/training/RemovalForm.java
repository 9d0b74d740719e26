package org.preventduty.training;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A completion removed, and why. */
final class RemovalForm {
    @NotBlank(message = "{training.completion.reason}")
    @Size(max = 500, message = "{training.completion.reason}")
    private @Nullable String reason;

    public @Nullable String getReason() {
        return reason;
    }

    public void setReason(@Nullable String reason) {
        this.reason = reason;
    }
}
