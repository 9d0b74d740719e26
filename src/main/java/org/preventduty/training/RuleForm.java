package org.preventduty.training;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A rule that sets the tier of training a group of staff needs, and how often they refresh it. */
final class RuleForm {
    @Size(max = 200, message = "{training.rule.organisation.tooLong}")
    private @Nullable String organisation;

    @Size(max = 200, message = "{training.rule.department.tooLong}")
    private @Nullable String department;

    @Size(max = 200, message = "{training.rule.role.tooLong}")
    private @Nullable String roleContains;

    @NotNull(message = "{training.rule.tier.invalid}")
    @Min(value = 1, message = "{training.rule.tier.invalid}")
    @Max(value = 3, message = "{training.rule.tier.invalid}")
    private @Nullable Integer tier;

    @Min(value = 1, message = "{training.rule.refresh.invalid}")
    @Max(value = 120, message = "{training.rule.refresh.invalid}")
    private @Nullable Integer refreshMonths;

    public @Nullable String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(@Nullable String organisation) {
        this.organisation = organisation;
    }

    public @Nullable String getDepartment() {
        return department;
    }

    public void setDepartment(@Nullable String department) {
        this.department = department;
    }

    public @Nullable String getRoleContains() {
        return roleContains;
    }

    public void setRoleContains(@Nullable String roleContains) {
        this.roleContains = roleContains;
    }

    public @Nullable Integer getTier() {
        return tier;
    }

    public void setTier(@Nullable Integer tier) {
        this.tier = tier;
    }

    public @Nullable Integer getRefreshMonths() {
        return refreshMonths;
    }

    public void setRefreshMonths(@Nullable Integer refreshMonths) {
        this.refreshMonths = refreshMonths;
    }
}
