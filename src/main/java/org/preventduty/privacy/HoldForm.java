package org.preventduty.privacy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Why a legal hold is placed on a person. */
class HoldForm {

    @NotBlank(message = "{hold.reason.blank}")
    @Size(max = LegalHolds.MOST_REASON, message = "{hold.reason.long}")
    private @Nullable String reason;

    public @Nullable String getReason() {
        return reason;
    }

    public void setReason(@Nullable String reason) {
        this.reason = reason;
    }
}
