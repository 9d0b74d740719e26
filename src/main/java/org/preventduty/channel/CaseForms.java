package org.preventduty.channel;

import static java.util.Objects.requireNonNull;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.channel.ChannelRules.ConsentStatus;
import org.preventduty.channel.ChannelRules.Decision;
import org.preventduty.channel.ChannelRules.DecisionRule;
import org.preventduty.channel.ChannelRules.GivenBy;
import org.preventduty.shared.web.DateInput;

/**
 * The forms of a case's own pages, one for each thing recorded on a case. Each is checked field by field (Bean
 * Validation, and {@link org.preventduty.shared.web.FormErrors#day} for its dates) before it gives the command the
 * case's service takes; what only the service can know (the order of dates, who may consent) comes back as problems
 * on the fields.
 */
final class CaseForms {

    private CaseForms() {}

    static @Nullable String blankAsNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The panel's decision on a case. */
    static final class DecisionForm {
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
                    blankAsNull(considered) == null ? null : "yes".equals(considered),
                    blankAsNull(consideredOutcome));
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

    /** The support plan, with how, by whom and by when consent is to be asked for. */
    static final class SupportPlanForm {
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

    /** An answer to the request for consent. */
    static final class ConsentForm {
        @NotNull(message = "{channel.consent.status.blank}")
        private @Nullable ConsentStatus status;

        @NotNull(message = "{channel.consent.givenBy.blank}")
        private @Nullable GivenBy givenBy;

        @Size(max = 100, message = "{channel.consent.guardianName.tooLong}")
        private @Nullable String guardianName;

        private @Nullable String recordedOnDay;
        private @Nullable String recordedOnMonth;
        private @Nullable String recordedOnYear;

        ChannelWork.NewConsent toCommand() {
            return new ChannelWork.NewConsent(
                    requireNonNull(status),
                    requireNonNull(givenBy),
                    blankAsNull(guardianName),
                    requireNonNull(recordedOn().date()));
        }

        public @Nullable ConsentStatus getStatus() {
            return status;
        }

        public void setStatus(@Nullable ConsentStatus status) {
            this.status = status;
        }

        public @Nullable GivenBy getGivenBy() {
            return givenBy;
        }

        public void setGivenBy(@Nullable GivenBy givenBy) {
            this.givenBy = givenBy;
        }

        public @Nullable String getGuardianName() {
            return guardianName;
        }

        public void setGuardianName(@Nullable String guardianName) {
            this.guardianName = guardianName;
        }

        DateInput recordedOn() {
            return new DateInput(recordedOnDay, recordedOnMonth, recordedOnYear);
        }

        void recordedOn(LocalDate day) {
            var input = DateInput.of(day);
            recordedOnDay = input.day();
            recordedOnMonth = input.month();
            recordedOnYear = input.year();
        }

        /** The date input's errors are reported on this property, which holds nothing of its own. */
        public @Nullable String getRecordedOn() {
            return null;
        }

        public @Nullable String getRecordedOnDay() {
            return recordedOnDay;
        }

        public void setRecordedOnDay(@Nullable String recordedOnDay) {
            this.recordedOnDay = recordedOnDay;
        }

        public @Nullable String getRecordedOnMonth() {
            return recordedOnMonth;
        }

        public void setRecordedOnMonth(@Nullable String recordedOnMonth) {
            this.recordedOnMonth = recordedOnMonth;
        }

        public @Nullable String getRecordedOnYear() {
            return recordedOnYear;
        }

        public void setRecordedOnYear(@Nullable String recordedOnYear) {
            this.recordedOnYear = recordedOnYear;
        }
    }

    /** A new intervention. */
    static final class InterventionForm {
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

    /** A session of an intervention delivered. */
    static final class SessionForm {
        private @Nullable String deliveredOnDay;
        private @Nullable String deliveredOnMonth;
        private @Nullable String deliveredOnYear;

        @Size(max = 5000, message = "{channel.session.note.tooLong}")
        private @Nullable String note;

        DateInput deliveredOn() {
            return new DateInput(deliveredOnDay, deliveredOnMonth, deliveredOnYear);
        }

        void deliveredOn(LocalDate day) {
            var input = DateInput.of(day);
            deliveredOnDay = input.day();
            deliveredOnMonth = input.month();
            deliveredOnYear = input.year();
        }

        /** The date input's errors are reported on this property, which holds nothing of its own. */
        public @Nullable String getDeliveredOn() {
            return null;
        }

        public @Nullable String getDeliveredOnDay() {
            return deliveredOnDay;
        }

        public void setDeliveredOnDay(@Nullable String deliveredOnDay) {
            this.deliveredOnDay = deliveredOnDay;
        }

        public @Nullable String getDeliveredOnMonth() {
            return deliveredOnMonth;
        }

        public void setDeliveredOnMonth(@Nullable String deliveredOnMonth) {
            this.deliveredOnMonth = deliveredOnMonth;
        }

        public @Nullable String getDeliveredOnYear() {
            return deliveredOnYear;
        }

        public void setDeliveredOnYear(@Nullable String deliveredOnYear) {
            this.deliveredOnYear = deliveredOnYear;
        }

        public @Nullable String getNote() {
            return note;
        }

        public void setNote(@Nullable String note) {
            this.note = note;
        }
    }

    /** The day an intervention ended. */
    static final class EndInterventionForm {
        private @Nullable String endedOnDay;
        private @Nullable String endedOnMonth;
        private @Nullable String endedOnYear;

        DateInput endedOn() {
            return new DateInput(endedOnDay, endedOnMonth, endedOnYear);
        }

        void endedOn(LocalDate day) {
            var input = DateInput.of(day);
            endedOnDay = input.day();
            endedOnMonth = input.month();
            endedOnYear = input.year();
        }

        /** The date input's errors are reported on this property, which holds nothing of its own. */
        public @Nullable String getEndedOn() {
            return null;
        }

        public @Nullable String getEndedOnDay() {
            return endedOnDay;
        }

        public void setEndedOnDay(@Nullable String endedOnDay) {
            this.endedOnDay = endedOnDay;
        }

        public @Nullable String getEndedOnMonth() {
            return endedOnMonth;
        }

        public void setEndedOnMonth(@Nullable String endedOnMonth) {
            this.endedOnMonth = endedOnMonth;
        }

        public @Nullable String getEndedOnYear() {
            return endedOnYear;
        }

        public void setEndedOnYear(@Nullable String endedOnYear) {
            this.endedOnYear = endedOnYear;
        }
    }

    /** The case leaving Channel, with its closing report. */
    static final class ExitForm {
        private @Nullable String exitedOnDay;
        private @Nullable String exitedOnMonth;
        private @Nullable String exitedOnYear;

        @NotBlank(message = "{channel.exit.summary.blank}")
        @Size(max = 10000, message = "{channel.exit.summary.tooLong}")
        private @Nullable String summary;

        private @Nullable Integer version;

        DateInput exitedOn() {
            return new DateInput(exitedOnDay, exitedOnMonth, exitedOnYear);
        }

        void exitedOn(LocalDate day) {
            var input = DateInput.of(day);
            exitedOnDay = input.day();
            exitedOnMonth = input.month();
            exitedOnYear = input.year();
        }

        /** The date input's errors are reported on this property, which holds nothing of its own. */
        public @Nullable String getExitedOn() {
            return null;
        }

        public @Nullable String getExitedOnDay() {
            return exitedOnDay;
        }

        public void setExitedOnDay(@Nullable String exitedOnDay) {
            this.exitedOnDay = exitedOnDay;
        }

        public @Nullable String getExitedOnMonth() {
            return exitedOnMonth;
        }

        public void setExitedOnMonth(@Nullable String exitedOnMonth) {
            this.exitedOnMonth = exitedOnMonth;
        }

        public @Nullable String getExitedOnYear() {
            return exitedOnYear;
        }

        public void setExitedOnYear(@Nullable String exitedOnYear) {
            this.exitedOnYear = exitedOnYear;
        }

        public @Nullable String getSummary() {
            return summary;
        }

        public void setSummary(@Nullable String summary) {
            this.summary = summary;
        }

        public @Nullable Integer getVersion() {
            return version;
        }

        public void setVersion(@Nullable Integer version) {
            this.version = version;
        }
    }

    /** A review after exit. */
    static final class ReviewForm {
        private @Nullable String completedOnDay;
        private @Nullable String completedOnMonth;
        private @Nullable String completedOnYear;

        @NotBlank(message = "{channel.review.outcome.blank}")
        @Size(max = 5000, message = "{channel.review.outcome.tooLong}")
        private @Nullable String outcome;

        DateInput completedOn() {
            return new DateInput(completedOnDay, completedOnMonth, completedOnYear);
        }

        void completedOn(LocalDate day) {
            var input = DateInput.of(day);
            completedOnDay = input.day();
            completedOnMonth = input.month();
            completedOnYear = input.year();
        }

        /** The date input's errors are reported on this property, which holds nothing of its own. */
        public @Nullable String getCompletedOn() {
            return null;
        }

        public @Nullable String getCompletedOnDay() {
            return completedOnDay;
        }

        public void setCompletedOnDay(@Nullable String completedOnDay) {
            this.completedOnDay = completedOnDay;
        }

        public @Nullable String getCompletedOnMonth() {
            return completedOnMonth;
        }

        public void setCompletedOnMonth(@Nullable String completedOnMonth) {
            this.completedOnMonth = completedOnMonth;
        }

        public @Nullable String getCompletedOnYear() {
            return completedOnYear;
        }

        public void setCompletedOnYear(@Nullable String completedOnYear) {
            this.completedOnYear = completedOnYear;
        }

        public @Nullable String getOutcome() {
            return outcome;
        }

        public void setOutcome(@Nullable String outcome) {
            this.outcome = outcome;
        }
    }

    /** Why a case closes. */
    static final class CloseForm {
        @NotBlank(message = "{channel.close.reason.blank}")
        @Size(max = 2000, message = "{channel.close.reason.tooLong}")
        private @Nullable String reason;

        public @Nullable String getReason() {
            return reason;
        }

        public void setReason(@Nullable String reason) {
            this.reason = reason;
        }
    }

    /** A request for information to a partner agency. */
    static final class InformationRequestForm {
        @NotBlank(message = "{channel.information.agency.blank}")
        @Size(max = 200, message = "{channel.information.agency.tooLong}")
        private @Nullable String agency;

        @Size(max = 200, message = "{channel.information.askedOf.tooLong}")
        private @Nullable String askedOf;

        private @Nullable String askedOnDay;
        private @Nullable String askedOnMonth;
        private @Nullable String askedOnYear;

        @NotBlank(message = "{channel.information.what.blank}")
        @Size(max = 5000, message = "{channel.information.what.tooLong}")
        private @Nullable String what;

        public @Nullable String getAgency() {
            return agency;
        }

        public void setAgency(@Nullable String agency) {
            this.agency = agency;
        }

        public @Nullable String getAskedOf() {
            return askedOf;
        }

        public void setAskedOf(@Nullable String askedOf) {
            this.askedOf = askedOf;
        }

        DateInput askedOn() {
            return new DateInput(askedOnDay, askedOnMonth, askedOnYear);
        }

        void askedOn(LocalDate day) {
            var input = DateInput.of(day);
            askedOnDay = input.day();
            askedOnMonth = input.month();
            askedOnYear = input.year();
        }

        /** The date input's errors are reported on this property, which holds nothing of its own. */
        public @Nullable String getAskedOn() {
            return null;
        }

        public @Nullable String getAskedOnDay() {
            return askedOnDay;
        }

        public void setAskedOnDay(@Nullable String askedOnDay) {
            this.askedOnDay = askedOnDay;
        }

        public @Nullable String getAskedOnMonth() {
            return askedOnMonth;
        }

        public void setAskedOnMonth(@Nullable String askedOnMonth) {
            this.askedOnMonth = askedOnMonth;
        }

        public @Nullable String getAskedOnYear() {
            return askedOnYear;
        }

        public void setAskedOnYear(@Nullable String askedOnYear) {
            this.askedOnYear = askedOnYear;
        }

        public @Nullable String getWhat() {
            return what;
        }

        public void setWhat(@Nullable String what) {
            this.what = what;
        }
    }

    /** A partner agency's response. */
    static final class InformationResponseForm {
        private @Nullable String respondedOnDay;
        private @Nullable String respondedOnMonth;
        private @Nullable String respondedOnYear;

        @NotBlank(message = "{channel.information.response.blank}")
        @Size(max = 10000, message = "{channel.information.response.tooLong}")
        private @Nullable String response;

        DateInput respondedOn() {
            return new DateInput(respondedOnDay, respondedOnMonth, respondedOnYear);
        }

        void respondedOn(LocalDate day) {
            var input = DateInput.of(day);
            respondedOnDay = input.day();
            respondedOnMonth = input.month();
            respondedOnYear = input.year();
        }

        /** The date input's errors are reported on this property, which holds nothing of its own. */
        public @Nullable String getRespondedOn() {
            return null;
        }

        public @Nullable String getRespondedOnDay() {
            return respondedOnDay;
        }

        public void setRespondedOnDay(@Nullable String respondedOnDay) {
            this.respondedOnDay = respondedOnDay;
        }

        public @Nullable String getRespondedOnMonth() {
            return respondedOnMonth;
        }

        public void setRespondedOnMonth(@Nullable String respondedOnMonth) {
            this.respondedOnMonth = respondedOnMonth;
        }

        public @Nullable String getRespondedOnYear() {
            return respondedOnYear;
        }

        public void setRespondedOnYear(@Nullable String respondedOnYear) {
            this.respondedOnYear = respondedOnYear;
        }

        public @Nullable String getResponse() {
            return response;
        }

        public void setResponse(@Nullable String response) {
            this.response = response;
        }
    }
}
