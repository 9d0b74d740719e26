package org.preventduty.channel;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** One row of attendees typed in. */
final class AttendeeForm {
    @Size(max = 100, message = "{channel.attendee.name.tooLong}")
    private @Nullable String name;

    @Size(max = 200, message = "{channel.attendee.organisation.tooLong}")
    private @Nullable String organisation;

    private @Nullable PanelRole panelRole;

    public @Nullable String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = name;
    }

    public @Nullable String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(@Nullable String organisation) {
        this.organisation = organisation;
    }

    public @Nullable PanelRole getPanelRole() {
        return panelRole;
    }

    public void setPanelRole(@Nullable PanelRole panelRole) {
        this.panelRole = panelRole;
    }
}
