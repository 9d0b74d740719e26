package org.preventduty.channel;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The minutes of a case's discussion at a meeting. */
final class MinutesForm {
    @NotNull(message = "{channel.minutes.caseId.blank}")
    private @Nullable UUID caseId;

    @NotBlank(message = "{channel.minutes.blank}")
    @Size(max = 20000, message = "{channel.minutes.tooLong}")
    private @Nullable String minutes;

    public @Nullable UUID getCaseId() {
        return caseId;
    }

    public void setCaseId(@Nullable UUID caseId) {
        this.caseId = caseId;
    }

    public @Nullable String getMinutes() {
        return minutes;
    }

    public void setMinutes(@Nullable String minutes) {
        this.minutes = minutes;
    }
}
