package org.preventduty.risk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A new version of the risk assessment, by its title. */
final class VersionForm {
    @NotBlank(message = "{risk.assessment.title}")
    @Size(max = 300, message = "{risk.assessment.title}")
    private @Nullable String title;

    public @Nullable String getTitle() {
        return title;
    }

    public void setTitle(@Nullable String title) {
        this.title = title;
    }
}
