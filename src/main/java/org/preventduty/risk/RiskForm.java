package org.preventduty.risk;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.preventduty.risk.RiskRules.Category;

/** A risk of the register: what it is, its rating now and after the actions, and its owner. */
final class RiskForm {
    @NotBlank(message = "{risk.risk.title}")
    @Size(max = 300, message = "{risk.risk.title}")
    private @Nullable String title;

    @Size(max = 4000, message = "{risk.risk.description}")
    private @Nullable String description;

    @NotNull(message = "{risk.risk.category}")
    private @Nullable Category category;

    @NotNull(message = "{risk.risk.likelihood}")
    @Min(value = 1, message = "{risk.risk.likelihood}")
    @Max(value = 5, message = "{risk.risk.likelihood}")
    private @Nullable Integer likelihood;

    @NotNull(message = "{risk.risk.impact}")
    @Min(value = 1, message = "{risk.risk.impact}")
    @Max(value = 5, message = "{risk.risk.impact}")
    private @Nullable Integer impact;

    @Min(value = 1, message = "{risk.risk.residual}")
    @Max(value = 5, message = "{risk.risk.residual}")
    private @Nullable Integer residualLikelihood;

    @Min(value = 1, message = "{risk.risk.residual}")
    @Max(value = 5, message = "{risk.risk.residual}")
    private @Nullable Integer residualImpact;

    @Size(max = 200, message = "{risk.risk.owner}")
    private @Nullable String owner;

    private @Nullable Integer version;

    public @Nullable String getTitle() {
        return title;
    }

    public void setTitle(@Nullable String title) {
        this.title = title;
    }

    public @Nullable String getDescription() {
        return description;
    }

    public void setDescription(@Nullable String description) {
        this.description = description;
    }

    public @Nullable Category getCategory() {
        return category;
    }

    public void setCategory(@Nullable Category category) {
        this.category = category;
    }

    public @Nullable Integer getLikelihood() {
        return likelihood;
    }

    public void setLikelihood(@Nullable Integer likelihood) {
        this.likelihood = likelihood;
    }

    public @Nullable Integer getImpact() {
        return impact;
    }

    public void setImpact(@Nullable Integer impact) {
        this.impact = impact;
    }

    public @Nullable Integer getResidualLikelihood() {
        return residualLikelihood;
    }

    public void setResidualLikelihood(@Nullable Integer residualLikelihood) {
        this.residualLikelihood = residualLikelihood;
    }

    public @Nullable Integer getResidualImpact() {
        return residualImpact;
    }

    public void setResidualImpact(@Nullable Integer residualImpact) {
        this.residualImpact = residualImpact;
    }

    public @Nullable String getOwner() {
        return owner;
    }

    public void setOwner(@Nullable String owner) {
        this.owner = owner;
    }

    public @Nullable Integer getVersion() {
        return version;
    }

    public void setVersion(@Nullable Integer version) {
        this.version = version;
    }
}
