package org.preventduty.channel;

import static java.util.Objects.requireNonNull;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.preventduty.shared.web.DateInput;

/** A new intervention. */
final class InterventionForm {
    @NotNull(message = "{channel.intervention.type.blank}")
    private @Nullable InterventionType type;

    @NotBlank(message = "{channel.intervention.provider.blank}")
    @Size(max = 200, message = "{channel.intervention.provider.tooLong}")
    private @Nullable String provider;

    @NotBlank(message = "{channel.intervention.approved.blank}")
    @Pattern(regexp = "yes|no", message = "{channel.intervention.approved.blank}")
    private @Nullable String approved;

    private @Nullable String startOnDay;
    private @Nullable String startOnMonth;
    private @Nullable String startOnYear;

    @NotBlank(message = "{channel.intervention.frequencyDays.blank}")
    @Pattern(
            regexp = "\\s*([1-9]|[1-9][0-9]|[12][0-9][0-9]|3[0-5][0-9]|36[0-5])\\s*",
            message = "{intervention.frequencyDays.range}")
    private @Nullable String frequencyDays;

    ChannelWork.NewIntervention toCommand() {
        return new ChannelWork.NewIntervention(
                requireNonNull(type),
                requireNonNull(provider).strip(),
                "yes".equals(approved),
                requireNonNull(startOn().date()),
                Integer.parseInt(requireNonNull(frequencyDays).strip()));
    }

    public @Nullable InterventionType getType() {
        return type;
    }

    public void setType(@Nullable InterventionType type) {
        this.type = type;
    }

    public @Nullable String getProvider() {
        return provider;
    }

    public void setProvider(@Nullable String provider) {
        this.provider = provider;
    }

    public @Nullable String getApproved() {
        return approved;
    }

    public void setApproved(@Nullable String approved) {
        this.approved = approved;
    }

    DateInput startOn() {
        return new DateInput(startOnDay, startOnMonth, startOnYear);
    }

    void startOn(LocalDate day) {
        var input = DateInput.of(day);
        startOnDay = input.day();
        startOnMonth = input.month();
        startOnYear = input.year();
    }

    /** The date input's errors are reported on this property, which holds nothing of its own. */
    public @Nullable String getStartOn() {
        return null;
    }

    public @Nullable String getStartOnDay() {
        return startOnDay;
    }

    public void setStartOnDay(@Nullable String startOnDay) {
        this.startOnDay = startOnDay;
    }

    public @Nullable String getStartOnMonth() {
        return startOnMonth;
    }

    public void setStartOnMonth(@Nullable String startOnMonth) {
        this.startOnMonth = startOnMonth;
    }

    public @Nullable String getStartOnYear() {
        return startOnYear;
    }

    public void setStartOnYear(@Nullable String startOnYear) {
        this.startOnYear = startOnYear;
    }

    public @Nullable String getFrequencyDays() {
        return frequencyDays;
    }

    public void setFrequencyDays(@Nullable String frequencyDays) {
        this.frequencyDays = frequencyDays;
    }
}
