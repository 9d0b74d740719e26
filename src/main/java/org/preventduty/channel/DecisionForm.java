package org.preventduty.channel;

import static java.util.Objects.requireNonNull;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.channel.ChannelRules.Decision;
import org.preventduty.channel.ChannelRules.DecisionRule;
import org.preventduty.shared.web.DateInput;
import org.preventduty.shared.web.FormValues;

/** The panel's decision on a case. */
final class DecisionForm {
    @NotNull(message = "{channel.decision.meetingId.blank}")
    private @Nullable UUID meetingId;

    private @Nullable String decidedOnDay;
    private @Nullable String decidedOnMonth;
    private @Nullable String decidedOnYear;

    @NotNull(message = "{channel.decision.decision.blank}")
    private @Nullable Decision decision;

    @NotNull(message = "{channel.decision.rule.blank}")
    private @Nullable DecisionRule rule;

    @NotBlank(message = "{channel.decision.reasons.blank}")
    @Size(max = 10000, message = "{channel.decision.reasons.tooLong}")
    private @Nullable String reasons;

    @Pattern(regexp = "|yes|no", message = "{channel.decision.considered.blank}")
    private @Nullable String considered;

    @Size(max = 5000, message = "{channel.decision.consideredOutcome.tooLong}")
    private @Nullable String consideredOutcome;

    private @Nullable Integer version;

    ChannelWork.NewDecision toCommand() {
        return new ChannelWork.NewDecision(
                requireNonNull(meetingId),
                requireNonNull(decidedOn().date()),
                requireNonNull(decision),
                requireNonNull(rule),
                requireNonNull(reasons).strip(),
                FormValues.text(considered) == null ? null : "yes".equals(considered),
                FormValues.text(consideredOutcome));
    }

    public @Nullable UUID getMeetingId() {
        return meetingId;
    }

    public void setMeetingId(@Nullable UUID meetingId) {
        this.meetingId = meetingId;
    }

    DateInput decidedOn() {
        return new DateInput(decidedOnDay, decidedOnMonth, decidedOnYear);
    }

    void decidedOn(LocalDate day) {
        var input = DateInput.of(day);
        decidedOnDay = input.day();
        decidedOnMonth = input.month();
        decidedOnYear = input.year();
    }

    /** The date input's errors are reported on this property, which holds nothing of its own. */
    public @Nullable String getDecidedOn() {
        return null;
    }

    public @Nullable String getDecidedOnDay() {
        return decidedOnDay;
    }

    public void setDecidedOnDay(@Nullable String decidedOnDay) {
        this.decidedOnDay = decidedOnDay;
    }

    public @Nullable String getDecidedOnMonth() {
        return decidedOnMonth;
    }

    public void setDecidedOnMonth(@Nullable String decidedOnMonth) {
        this.decidedOnMonth = decidedOnMonth;
    }

    public @Nullable String getDecidedOnYear() {
        return decidedOnYear;
    }

    public void setDecidedOnYear(@Nullable String decidedOnYear) {
        this.decidedOnYear = decidedOnYear;
    }

    public @Nullable Decision getDecision() {
        return decision;
    }

    public void setDecision(@Nullable Decision decision) {
        this.decision = decision;
    }

    public @Nullable DecisionRule getRule() {
        return rule;
    }

    public void setRule(@Nullable DecisionRule rule) {
        this.rule = rule;
    }

    public @Nullable String getReasons() {
        return reasons;
    }

    public void setReasons(@Nullable String reasons) {
        this.reasons = reasons;
    }

    public @Nullable String getConsidered() {
        return considered;
    }

    public void setConsidered(@Nullable String considered) {
        this.considered = considered;
    }

    public @Nullable String getConsideredOutcome() {
        return consideredOutcome;
    }

    public void setConsideredOutcome(@Nullable String consideredOutcome) {
        this.consideredOutcome = consideredOutcome;
    }

    public @Nullable Integer getVersion() {
        return version;
    }

    public void setVersion(@Nullable Integer version) {
        this.version = version;
    }
}
