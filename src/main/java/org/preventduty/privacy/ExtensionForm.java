package org.preventduty.privacy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Why a record due for deletion is kept another year. */
class ExtensionForm {

    @NotBlank(message = "{retention.extend.reason.blank}")
    @Size(max = 2000, message = "{retention.extend.reason.long}")
    private @Nullable String reason;

    public @Nullable String getReason() {
        return reason;
    }

    public void setReason(@Nullable String reason) {
        this.reason = reason;
    }
}
