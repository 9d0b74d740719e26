package org.preventduty.reporting;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** The council's disclosure control: the threshold below which counts of people are hidden, and the further protections. */
final class DisclosureForm {
    @NotNull(message = "{disclosure.threshold.range}")
    @Min(value = 2, message = "{disclosure.threshold.range}")
    @Max(value = 20, message = "{disclosure.threshold.range}")
    private @Nullable Integer threshold;

    private @Nullable Boolean secondary;

    private @Nullable Boolean rounding;

    public @Nullable Integer getThreshold() {
        return threshold;
    }

    public void setThreshold(@Nullable Integer threshold) {
        this.threshold = threshold;
    }

    public @Nullable Boolean getSecondary() {
        return secondary;
    }

    public void setSecondary(@Nullable Boolean secondary) {
        this.secondary = secondary;
    }

    public @Nullable Boolean getRounding() {
        return rounding;
    }

    public void setRounding(@Nullable Boolean rounding) {
        this.rounding = rounding;
    }
}
