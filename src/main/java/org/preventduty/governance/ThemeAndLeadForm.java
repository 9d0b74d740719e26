package org.preventduty.governance;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A recommendation's theme and lead, the parts of it that may change. */
final class ThemeAndLeadForm {
    @Size(max = 300, message = "{governance.recommendation.theme.tooLong}")
    private @Nullable String theme;

    @Size(max = 300, message = "{governance.recommendation.lead.tooLong}")
    private @Nullable String lead;

    private @Nullable Integer version;

    public @Nullable String getTheme() {
        return theme;
    }

    public void setTheme(@Nullable String theme) {
        this.theme = theme;
    }

    public @Nullable String getLead() {
        return lead;
    }

    public void setLead(@Nullable String lead) {
        this.lead = lead;
    }

    public @Nullable Integer getVersion() {
        return version;
    }

    public void setVersion(@Nullable Integer version) {
        this.version = version;
    }
}
