package org.preventduty.partners;

import org.jspecify.annotations.Nullable;

/** A partner organisation with its single point of contact for Prevent; the register checks each answer. */
final class OrganisationForm {
    private @Nullable String name;

    private @Nullable OrganisationType type;

    private @Nullable String sector;

    private @Nullable String spocName;

    private @Nullable String spocEmail;

    private @Nullable String spocPhone;

    private @Nullable Integer version;

    public @Nullable String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = name;
    }

    public @Nullable OrganisationType getType() {
        return type;
    }

    public void setType(@Nullable OrganisationType type) {
        this.type = type;
    }

    public @Nullable String getSector() {
        return sector;
    }

    public void setSector(@Nullable String sector) {
        this.sector = sector;
    }

    public @Nullable String getSpocName() {
        return spocName;
    }

    public void setSpocName(@Nullable String spocName) {
        this.spocName = spocName;
    }

    public @Nullable String getSpocEmail() {
        return spocEmail;
    }

    public void setSpocEmail(@Nullable String spocEmail) {
        this.spocEmail = spocEmail;
    }

    public @Nullable String getSpocPhone() {
        return spocPhone;
    }

    public void setSpocPhone(@Nullable String spocPhone) {
        this.spocPhone = spocPhone;
    }

    public @Nullable Integer getVersion() {
        return version;
    }

    public void setVersion(@Nullable Integer version) {
        this.version = version;
    }
}
