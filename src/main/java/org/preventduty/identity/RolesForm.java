package org.preventduty.identity;

import jakarta.validation.constraints.NotEmpty;
import java.util.EnumSet;
import java.util.Set;

/** The roles of a user, with the version the administrator saw. */
class RolesForm {

    @NotEmpty(message = "{user.roles.empty}")
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    private int version;

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
