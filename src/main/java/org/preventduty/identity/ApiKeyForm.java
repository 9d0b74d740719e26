package org.preventduty.identity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;

/** A new API key, as an administrator asks for it. */
class ApiKeyForm {

    @NotBlank(message = "{apiKey.name.blank}")
    @Size(max = 100, message = "{apiKey.name.tooLong}")
    @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9 ._-]*", message = "{apiKey.name.invalid}")
    private String name;

    @NotEmpty(message = "{apiKey.roles.empty}")
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @NotNull(message = "{apiKey.expiresInDays.blank}")
    @Min(value = 1, message = "{apiKey.expiresInDays.range}")
    @Max(value = 730, message = "{apiKey.expiresInDays.range}")
    private Integer expiresInDays = 90;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles;
    }

    public Integer getExpiresInDays() {
        return expiresInDays;
    }

    public void setExpiresInDays(Integer expiresInDays) {
        this.expiresInDays = expiresInDays;
    }
}
