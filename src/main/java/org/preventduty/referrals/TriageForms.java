package org.preventduty.referrals;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The forms of the Prevent lead's pages, bound field by field and checked by the services they feed. */
final class TriageForms {

    private TriageForms() {}

    /** A day typed as three fields, as GOV.UK asks for dates. */
    abstract static class DayForm {
        private String onDay;
        private String onMonth;
        private String onYear;

        public String getOn() {
            return null;
        }

        public String getOnDay() {
            return onDay;
        }

        public void setOnDay(String onDay) {
            this.onDay = onDay;
        }

        public String getOnMonth() {
            return onMonth;
        }

        public void setOnMonth(String onMonth) {
            this.onMonth = onMonth;
        }

        public String getOnYear() {
            return onYear;
        }

        public void setOnYear(String onYear) {
            this.onYear = onYear;
        }

        void setOn(LocalDate day) {
            onDay = String.valueOf(day.getDayOfMonth());
            onMonth = String.valueOf(day.getMonthValue());
            onYear = String.valueOf(day.getYear());
        }

        ReferralForm.DateState onState() {
            return ReferralForm.dateState(onDay, onMonth, onYear);
        }

        @Nullable
        LocalDate on() {
            return onState() == ReferralForm.DateState.VALID ? ReferralForm.date(onDay, onMonth, onYear) : null;
        }
    }

    /** The screening decision. */
    static final class DecisionForm {
        private String outcome;
        private String appropriate;
        private String reason;
        private String signpostedTo;
        private String feedback;
        private String decidedOnDay;
        private String decidedOnMonth;
        private String decidedOnYear;
        private int version;

        /** The date input's errors are reported on this property, which holds nothing of its own. */
        public String getDecidedOn() {
            return null;
        }

        public String getDecidedOnDay() {
            return decidedOnDay;
        }

        public void setDecidedOnDay(String decidedOnDay) {
            this.decidedOnDay = decidedOnDay;
        }

        public String getDecidedOnMonth() {
            return decidedOnMonth;
        }

        public void setDecidedOnMonth(String decidedOnMonth) {
            this.decidedOnMonth = decidedOnMonth;
        }

        public String getDecidedOnYear() {
            return decidedOnYear;
        }

        public void setDecidedOnYear(String decidedOnYear) {
            this.decidedOnYear = decidedOnYear;
        }

        public String getOutcome() {
            return outcome;
        }

        public void setOutcome(String outcome) {
            this.outcome = outcome;
        }

        public String getAppropriate() {
            return appropriate;
        }

        public void setAppropriate(String appropriate) {
            this.appropriate = appropriate;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }

        public String getSignpostedTo() {
            return signpostedTo;
        }

        public void setSignpostedTo(String signpostedTo) {
            this.signpostedTo = signpostedTo;
        }

        public String getFeedback() {
            return feedback;
        }

        public void setFeedback(String feedback) {
            this.feedback = feedback;
        }

        public int getVersion() {
            return version;
        }

        public void setVersion(int version) {
            this.version = version;
        }
    }

    /** A new Request for Support. */
    static final class SupportRequestForm {
        private String partnerOrganisationId;
        private String partnerName;
        private String leadWorkerName;
        private String leadWorkerRole;
        private String request;
        private String requestedOnDay;
        private String requestedOnMonth;
        private String requestedOnYear;

        public String getPartnerOrganisationId() {
            return partnerOrganisationId;
        }

        public void setPartnerOrganisationId(String partnerOrganisationId) {
            this.partnerOrganisationId = partnerOrganisationId;
        }

        public String getPartnerName() {
            return partnerName;
        }

        public void setPartnerName(String partnerName) {
            this.partnerName = partnerName;
        }

        public String getLeadWorkerName() {
            return leadWorkerName;
        }

        public void setLeadWorkerName(String leadWorkerName) {
            this.leadWorkerName = leadWorkerName;
        }

        public String getLeadWorkerRole() {
            return leadWorkerRole;
        }

        public void setLeadWorkerRole(String leadWorkerRole) {
            this.leadWorkerRole = leadWorkerRole;
        }

        public String getRequest() {
            return request;
        }

        public void setRequest(String request) {
            this.request = request;
        }

        public String getRequestedOn() {
            return null;
        }

        public String getRequestedOnDay() {
            return requestedOnDay;
        }

        public void setRequestedOnDay(String requestedOnDay) {
            this.requestedOnDay = requestedOnDay;
        }

        public String getRequestedOnMonth() {
            return requestedOnMonth;
        }

        public void setRequestedOnMonth(String requestedOnMonth) {
            this.requestedOnMonth = requestedOnMonth;
        }

        public String getRequestedOnYear() {
            return requestedOnYear;
        }

        public void setRequestedOnYear(String requestedOnYear) {
            this.requestedOnYear = requestedOnYear;
        }
    }

    /** The partner's answer to a Request for Support. */
    static final class SupportResponseForm extends DayForm {
        private String accepted;
        private int version;

        public String getAccepted() {
            return accepted;
        }

        public void setAccepted(String accepted) {
            this.accepted = accepted;
        }

        public int getVersion() {
            return version;
        }

        public void setVersion(int version) {
            this.version = version;
        }
    }

    /** The end of accepted support. */
    static final class SupportEndForm extends DayForm {
        private String reason;
        private int version;

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }

        public int getVersion() {
            return version;
        }

        public void setVersion(int version) {
            this.version = version;
        }
    }

    /** A search for people already known. */
    static final class PersonSearchForm {
        private String givenName;
        private String familyName;
        private String dateOfBirthDay;
        private String dateOfBirthMonth;
        private String dateOfBirthYear;

        public String getGivenName() {
            return givenName;
        }

        public void setGivenName(String givenName) {
            this.givenName = givenName;
        }

        public String getFamilyName() {
            return familyName;
        }

        public void setFamilyName(String familyName) {
            this.familyName = familyName;
        }

        public String getDateOfBirth() {
            return null;
        }

        public String getDateOfBirthDay() {
            return dateOfBirthDay;
        }

        public void setDateOfBirthDay(String dateOfBirthDay) {
            this.dateOfBirthDay = dateOfBirthDay;
        }

        public String getDateOfBirthMonth() {
            return dateOfBirthMonth;
        }

        public void setDateOfBirthMonth(String dateOfBirthMonth) {
            this.dateOfBirthMonth = dateOfBirthMonth;
        }

        public String getDateOfBirthYear() {
            return dateOfBirthYear;
        }

        public void setDateOfBirthYear(String dateOfBirthYear) {
            this.dateOfBirthYear = dateOfBirthYear;
        }
    }
}
