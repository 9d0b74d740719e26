package org.preventduty.risk;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A partner organisation asked for its views through a link of its own, emailed to its contact when one is given. */
final class LinkForm {
    @NotBlank(message = "{risk.link.organisationMissing}")
    @Size(max = 200, message = "{risk.link.organisationMissing}")
    private @Nullable String organisation;

    @Email(message = "{risk.link.emailInvalid}")
    @Size(max = 320, message = "{risk.link.emailInvalid}")
    private @Nullable String email;

    public @Nullable String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(@Nullable String organisation) {
        this.organisation = organisation;
    }

    public @Nullable String getEmail() {
        return email;
    }

    public void setEmail(@Nullable String email) {
        this.email = email;
    }
}
