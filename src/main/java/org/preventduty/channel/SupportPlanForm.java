package org.preventduty.channel;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.preventduty.shared.web.DateInput;

/** The support plan, with how, by whom and by when consent is to be asked for. */
final class SupportPlanForm {
    @NotBlank(message = "{channel.plan.support.blank}")
    @Size(max = 10000, message = "{channel.plan.support.tooLong}")
    private @Nullable String support;

    @NotBlank(message = "{channel.plan.consentHow.blank}")
    @Size(max = 1000, message = "{channel.plan.consentHow.tooLong}")
    private @Nullable String consentHow;

    @NotBlank(message = "{channel.plan.consentBy.blank}")
    @Size(max = 200, message = "{channel.plan.consentBy.tooLong}")
    private @Nullable String consentBy;

    private @Nullable String consentOnDay;
    private @Nullable String consentOnMonth;
    private @Nullable String consentOnYear;

    public @Nullable String getSupport() {
        return support;
    }

    public void setSupport(@Nullable String support) {
        this.support = support;
    }

    public @Nullable String getConsentHow() {
        return consentHow;
    }

    public void setConsentHow(@Nullable String consentHow) {
        this.consentHow = consentHow;
    }

    public @Nullable String getConsentBy() {
        return consentBy;
    }

    public void setConsentBy(@Nullable String consentBy) {
        this.consentBy = consentBy;
    }

    DateInput consentOn() {
        return new DateInput(consentOnDay, consentOnMonth, consentOnYear);
    }

    void consentOn(LocalDate day) {
        var input = DateInput.of(day);
        consentOnDay = input.day();
        consentOnMonth = input.month();
        consentOnYear = input.year();
    }

    /** The date input's errors are reported on this property, which holds nothing of its own. */
    public @Nullable String getConsentOn() {
        return null;
    }

    public @Nullable String getConsentOnDay() {
        return consentOnDay;
    }

    public void setConsentOnDay(@Nullable String consentOnDay) {
        this.consentOnDay = consentOnDay;
    }

    public @Nullable String getConsentOnMonth() {
        return consentOnMonth;
    }

    public void setConsentOnMonth(@Nullable String consentOnMonth) {
        this.consentOnMonth = consentOnMonth;
    }

    public @Nullable String getConsentOnYear() {
        return consentOnYear;
    }

    public void setConsentOnYear(@Nullable String consentOnYear) {
        this.consentOnYear = consentOnYear;
    }
}
