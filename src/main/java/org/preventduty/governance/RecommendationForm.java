package org.preventduty.governance;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.preventduty.governance.GovernanceRules.Response;
import org.preventduty.governance.GovernanceRules.Status;
import org.preventduty.shared.web.FormValues;

/** A review's recommendation with the council's response to it. */
final class RecommendationForm {
    @NotNull(message = "{governance.recommendation.number.invalid}")
    @Min(value = 1, message = "{governance.recommendation.number.invalid}")
    @Max(value = 999, message = "{governance.recommendation.number.invalid}")
    private @Nullable Integer number;

    @Size(max = 300, message = "{governance.recommendation.theme.tooLong}")
    private @Nullable String theme;

    @NotBlank(message = "{governance.recommendation.text.missing}")
    @Size(max = 4000, message = "{governance.recommendation.text.tooLong}")
    private @Nullable String text;

    @NotNull(message = "{governance.recommendation.response.missing}")
    private @Nullable Response response;

    @Size(max = 2000, message = "{governance.recommendation.reason.tooLong}")
    private @Nullable String responseReason;

    @Size(max = 300, message = "{governance.recommendation.lead.tooLong}")
    private @Nullable String lead;

    Reviews.Input toInput() {
        return new Reviews.Input(
                number,
                FormValues.text(theme),
                FormValues.text(text),
                response,
                FormValues.text(responseReason),
                FormValues.text(lead),
                null,
                Status.OPEN);
    }

    public @Nullable Integer getNumber() {
        return number;
    }

    public void setNumber(@Nullable Integer number) {
        this.number = number;
    }

    public @Nullable String getTheme() {
        return theme;
    }

    public void setTheme(@Nullable String theme) {
        this.theme = theme;
    }

    public @Nullable String getText() {
        return text;
    }

    public void setText(@Nullable String text) {
        this.text = text;
    }

    public @Nullable Response getResponse() {
        return response;
    }

    public void setResponse(@Nullable Response response) {
        this.response = response;
    }

    public @Nullable String getResponseReason() {
        return responseReason;
    }

    public void setResponseReason(@Nullable String responseReason) {
        this.responseReason = responseReason;
    }

    public @Nullable String getLead() {
        return lead;
    }

    public void setLead(@Nullable String lead) {
        this.lead = lead;
    }
}
