package org.preventduty.referrals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What pages and the API show of referrals and people, each shaped for who may see it. */
public final class ReferralViews {

    private ReferralViews() {}

    /**
     * A referral as those who screen it or work on it see it.
     *
     * @param id the referral.
     * @param reference its reference, such as PR-2026-00042.
     * @param status where it stands.
     * @param version the version to send back with a change.
     * @param createdBy who made it.
     * @param createdByName their name.
     * @param submittedAt when it was submitted.
     * @param receivedOn the day it was received.
     * @param dueOn the day its screening is due.
     * @param due whether screening is overdue or due soon.
     * @param personId the person it is about now.
     * @param ownPersonId the person made from it at submission.
     * @param answers what the referrer told.
     * @param typeOfConcernVersion the version of the type of concern list its answer belongs to.
     * @param equality the equality monitoring answers, only for Prevent leads, otherwise {@literal null}.
     * @param decision the screening decision, {@literal null} before it.
     * @param screeningStartedByName who started screening, if anyone has.
     * @param channelCaseId the Channel case opened for it, if accepted.
     * @param attachments the files attached.
     * @param matches possible earlier referrals of the same person.
     * @param history what happened, oldest first.
     * @param assigned the case workers assigned to it.
     * @param supportRequests Requests for Support that followed it.
     * @param ownPersonStatus whether the person made from it was confirmed as new, is unconfirmed, or was linked.
     * @param imported whether it was brought in from the council's earlier records.
     */
    public record Full(
            UUID id,
            @Nullable String reference,
            ReferralStatus status,
            int version,
            UUID createdBy,
            @Nullable String createdByName,
            @Nullable Instant submittedAt,
            @Nullable LocalDate receivedOn,
            @Nullable LocalDate dueOn,
            Due due,
            @Nullable UUID personId,
            @Nullable UUID ownPersonId,
            Answers answers,
            @Nullable String typeOfConcernVersion,
            @Nullable Decision decision,
            @Nullable String screeningStartedByName,
            @Nullable UUID channelCaseId,
            List<Attachment> attachments,
            List<Match> matches,
            List<HistoryEntry> history,
            List<Assignee> assigned,
            List<SupportRequestView> supportRequests,
            @Nullable PersonStatus ownPersonStatus,
            boolean imported) {

        /** Whether the referral is linked to a person other than the one made from it. */
        public boolean linkedToKnownPerson() {
            return personId != null && !personId.equals(ownPersonId);
        }

        /** Whether screening may start: once the referral is sent and no one has started it. */
        public boolean mayStartScreening() {
            return status == ReferralStatus.SUBMITTED;
        }

        /** Whether the person made from the referral may be confirmed as a new person: until it is, when it is its own. */
        public boolean mayConfirmPerson() {
            return !linkedToKnownPerson() && ownPersonStatus == PersonStatus.UNCONFIRMED;
        }

        /** Whether the referral was closed at screening (signposted or no further action): support may be asked. */
        public boolean closedAtScreening() {
            return status == ReferralStatus.SIGNPOSTED || status == ReferralStatus.CLOSED_NO_FURTHER_ACTION;
        }
    }

    /**
     * The screening decision.
     *
     * @param outcome the outcome.
     * @param appropriate whether the referral was appropriate for Prevent; not known of an imported referral.
     * @param reason why; not known of an imported referral.
     * @param signpostedTo the service signposted to, a code of the SIGNPOST list.
     * @param feedback the feedback for the referrer.
     * @param decidedBy who decided.
     * @param decidedByName their name.
     * @param decidedAt when it was recorded.
     * @param decidedOn the day it was taken.
     */
    public record Decision(
            ScreeningOutcome outcome,
            @Nullable Boolean appropriate,
            @Nullable String reason,
            @Nullable String signpostedTo,
            @Nullable String feedback,
            UUID decidedBy,
            @Nullable String decidedByName,
            Instant decidedAt,
            @Nullable LocalDate decidedOn) {}

    /**
     * A file attached to a referral.
     *
     * @param id the file.
     * @param fileName its cleaned name.
     * @param mediaType its type.
     * @param size its size in bytes.
     * @param uploadedAt when it was attached.
     */
    public record Attachment(UUID id, String fileName, String mediaType, long size, Instant uploadedAt) {}

    /**
     * A possible earlier referral of the same person.
     *
     * @param personId the person known.
     * @param score how alike, between 0 and 1.
     * @param reasons message keys saying why.
     * @param name the person's name.
     * @param dateOfBirth their date of birth.
     * @param referrals how many referrals they have.
     * @param linked whether this referral is linked to them now.
     */
    public record Match(
            UUID personId,
            double score,
            List<String> reasons,
            String name,
            @Nullable LocalDate dateOfBirth,
            int referrals,
            boolean linked) {}

    /**
     * Something that happened to a referral.
     *
     * @param at when.
     * @param actorName who did it.
     * @param kind what, such as SUBMITTED.
     * @param detail a note.
     */
    public record HistoryEntry(
            Instant at,
            @Nullable String actorName,
            String kind,
            @Nullable String detail) {}

    /**
     * A case worker assigned to a referral.
     *
     * @param userId their user id.
     * @param name their name.
     */
    public record Assignee(UUID userId, @Nullable String name) {}

    /** How near the screening due date a referral is. */
    public enum Due {
        OVERDUE,
        DUE_SOON,
        ON_TIME,
        NOT_APPLICABLE;

        public boolean overdue() {
            return this == OVERDUE;
        }

        public boolean soon() {
            return this == DUE_SOON;
        }
    }

    /**
     * A referral as its referrer sees it: its status and the feedback given to them, never what was added after.
     *
     * @param id the referral.
     * @param reference its reference.
     * @param status where it stands, in words that do not reveal Channel or the police.
     * @param outcomeStatus its status in full, only where the council tells its referrers the outcome.
     * @param createdAt when it was started.
     * @param submittedAt when it was submitted.
     * @param personName the name of the person, as the referrer gave it.
     * @param outcome the screening outcome, once decided, only where the council tells its referrers the outcome.
     * @param feedback the feedback for the referrer, once decided.
     * @param decidedAt when it was decided.
     */
    public record ForReferrer(
            UUID id,
            @Nullable String reference,
            ReferrerStatus status,
            @Nullable ReferralStatus outcomeStatus,
            Instant createdAt,
            @Nullable Instant submittedAt,
            String personName,
            @Nullable ScreeningOutcome outcome,
            @Nullable String feedback,
            @Nullable Instant decidedAt) {

        /** Whether it is a draft still, to be carried on with. */
        public boolean draft() {
            return status == ReferrerStatus.DRAFT;
        }

        /** Whether the Prevent lead has decided on it. */
        public boolean decided() {
            return decidedAt != null;
        }
    }

    /**
     * A referral in the triage queue: the least needed to choose which to open.
     *
     * @param id the referral.
     * @param reference its reference.
     * @param status where it stands.
     * @param initials the person's initials.
     * @param age the person's age when referred, if known.
     * @param receivedOn the day it was received.
     * @param dueOn the day its screening is due.
     * @param due whether it is overdue or due soon.
     * @param sector the referrer's sector.
     * @param typeOfConcern the type of concern, a code of its version of the list.
     * @param typeOfConcernVersion that version.
     * @param immediateRisk whether immediate danger was reported.
     * @param possibleMatches how many possible earlier referrals were found.
     */
    public record QueueItem(
            UUID id,
            @Nullable String reference,
            ReferralStatus status,
            String initials,
            @Nullable Integer age,
            @Nullable LocalDate receivedOn,
            @Nullable LocalDate dueOn,
            Due due,
            @Nullable String sector,
            @Nullable String typeOfConcern,
            @Nullable String typeOfConcernVersion,
            boolean immediateRisk,
            int possibleMatches,
            boolean imported) {}

    /**
     * A person and every referral about them.
     *
     * @param id the person.
     * @param status whether confirmed.
     * @param names the name and aliases, given then family.
     * @param dateOfBirth the date of birth.
     * @param approximateAge the approximate age when recorded.
     * @param sex the sex.
     * @param postcode the postcode.
     * @param referrals the referrals about them, newest first.
     * @param decidedWithoutPanel how many of them were decided without reaching Channel.
     */
    public record Person(
            UUID id,
            PersonStatus status,
            List<String> names,
            @Nullable LocalDate dateOfBirth,
            @Nullable Integer approximateAge,
            Sex sex,
            @Nullable String postcode,
            List<PersonReferral> referrals,
            int decidedWithoutPanel) {}

    /**
     * A referral of a person, on the person's page.
     *
     * @param id the referral.
     * @param reference its reference.
     * @param receivedOn when it was received.
     * @param status where it stands.
     * @param sector the referrer's sector.
     * @param reason the outcome's reason, for the Prevent lead.
     */
    public record PersonReferral(
            UUID id,
            @Nullable String reference,
            @Nullable LocalDate receivedOn,
            ReferralStatus status,
            @Nullable String sector,
            @Nullable String reason) {}
}
