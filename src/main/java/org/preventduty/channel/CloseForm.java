package org.preventduty.channel;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Why a case closes. */
final class CloseForm {
    @NotBlank(message = "{channel.close.reason.blank}")
    @Size(max = 2000, message = "{channel.close.reason.tooLong}")
    private @Nullable String reason;

    public @Nullable String getReason() {
        return reason;
    }

    public void setReason(@Nullable String reason) {
        this.reason = reason;
    }
}
