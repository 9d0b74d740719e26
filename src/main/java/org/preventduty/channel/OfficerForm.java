package org.preventduty.channel;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The case officer chosen for a case. */
final class OfficerForm {

    @NotNull(message = "{channel.officer.blank}")
    private @Nullable UUID officerId;

    private @Nullable Integer version;

    public @Nullable UUID getOfficerId() {
        return officerId;
    }

    public void setOfficerId(@Nullable UUID officerId) {
        this.officerId = officerId;
    }

    public @Nullable Integer getVersion() {
        return version;
    }

    public void setVersion(@Nullable Integer version) {
        this.version = version;
    }
}
