package org.preventduty.training;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.preventduty.training.TrainingApi.Delivery;

/** A course staff complete, the tiers it satisfies and how long it is valid. */
final class CourseForm {
    @NotBlank(message = "{training.course.code.invalid}")
    @Pattern(regexp = "\\s*[A-Za-z0-9_-]{1,40}\\s*", message = "{training.course.code.invalid}")
    private @Nullable String code;

    @NotBlank(message = "{training.course.title.invalid}")
    @Size(max = 200, message = "{training.course.title.invalid}")
    private @Nullable String title;

    @NotNull(message = "{training.course.tier.invalid}")
    @Min(value = 1, message = "{training.course.tier.invalid}")
    @Max(value = 3, message = "{training.course.tier.invalid}")
    private @Nullable Integer tier;

    @NotNull(message = "{training.course.lowest.invalid}")
    @Min(value = 1, message = "{training.course.lowest.invalid}")
    @Max(value = 3, message = "{training.course.lowest.invalid}")
    private @Nullable Integer lowestTierSatisfied;

    @NotNull(message = "{training.course.delivery.invalid}")
    private @Nullable Delivery delivery;

    @NotNull(message = "{training.course.validity.invalid}")
    @Min(value = 1, message = "{training.course.validity.invalid}")
    @Max(value = 120, message = "{training.course.validity.invalid}")
    private @Nullable Integer validityMonths;

    public @Nullable String getCode() {
        return code;
    }

    public void setCode(@Nullable String code) {
        this.code = code;
    }

    public @Nullable String getTitle() {
        return title;
    }

    public void setTitle(@Nullable String title) {
        this.title = title;
    }

    public @Nullable Integer getTier() {
        return tier;
    }

    public void setTier(@Nullable Integer tier) {
        this.tier = tier;
    }

    public @Nullable Integer getLowestTierSatisfied() {
        return lowestTierSatisfied;
    }

    public void setLowestTierSatisfied(@Nullable Integer lowestTierSatisfied) {
        this.lowestTierSatisfied = lowestTierSatisfied;
    }

    public @Nullable Delivery getDelivery() {
        return delivery;
    }

    public void setDelivery(@Nullable Delivery delivery) {
        this.delivery = delivery;
    }

    public @Nullable Integer getValidityMonths() {
        return validityMonths;
    }

    public void setValidityMonths(@Nullable Integer validityMonths) {
        this.validityMonths = validityMonths;
    }
}
