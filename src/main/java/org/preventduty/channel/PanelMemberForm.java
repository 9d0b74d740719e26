package org.preventduty.channel;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A standing member of the panel. */
final class PanelMemberForm {
    @NotBlank(message = "{channel.member.name.blank}")
    @Size(max = 100, message = "{channel.member.name.tooLong}")
    private @Nullable String name;

    @NotBlank(message = "{channel.member.organisation.blank}")
    @Size(max = 200, message = "{channel.member.organisation.tooLong}")
    private @Nullable String organisation;

    @NotNull(message = "{channel.member.panelRole.blank}")
    private @Nullable PanelRole panelRole;

    private List<String> marks = new ArrayList<>();

    @Size(max = 100, message = "{channel.member.deputyName.tooLong}")
    private @Nullable String deputyName;

    private @Nullable UUID userId;

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

    public List<String> getMarks() {
        return marks;
    }

    public void setMarks(List<String> marks) {
        this.marks = marks;
    }

    public @Nullable String getDeputyName() {
        return deputyName;
    }

    public void setDeputyName(@Nullable String deputyName) {
        this.deputyName = deputyName;
    }

    public @Nullable UUID getUserId() {
        return userId;
    }

    public void setUserId(@Nullable UUID userId) {
        this.userId = userId;
    }
}
