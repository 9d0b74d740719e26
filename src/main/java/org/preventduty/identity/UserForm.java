package org.preventduty.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;

/** A new user, as an administrator enters them. */
class UserForm {

    @NotBlank(message = "{user.email.blank}")
    @Email(message = "{user.email.invalid}")
    @Size(max = 254, message = "{user.email.tooLong}")
    private String email;

    @NotBlank(message = "{user.displayName.blank}")
    @Size(max = 100, message = "{user.displayName.tooLong}")
    private String displayName;

    @Size(max = 200, message = "{user.organisation.tooLong}")
    private String organisation;

    @NotEmpty(message = "{user.roles.empty}")
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles;
    }
}
