package org.preventduty.referrals;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

/** What the council's referrers are told: {@code status} (plain words) or {@code outcome} (in full). */
class ReferrerStatusForm {

    @NotBlank(message = "{referrerStatus.choice.blank}")
    @Pattern(regexp = "status|outcome", message = "{referrerStatus.choice.blank}")
    private @Nullable String choice;

    private int version;

    public @Nullable String getChoice() {
        return choice;
    }

    public void setChoice(@Nullable String choice) {
        this.choice = choice;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
