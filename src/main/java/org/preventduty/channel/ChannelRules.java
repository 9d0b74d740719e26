package org.preventduty.channel;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The legal rules of Channel as plain functions, so that each is tested on its own: who may give consent (s36 and the
 * explanatory notes: a parent or guardian for a person under 18), that a police representative is present at a
 * decision (s37(3)), that a panel not adopting a case records whether it considered a referral to health or social
 * care (s36(6)), that support needs consent, and the dates of the reviews after exit.
 */
final class ChannelRules {

    /** The months after exit at which a case is reviewed. */
    static final List<Integer> POST_EXIT_REVIEW_MONTHS = List.of(6, 12);

    private ChannelRules() {}

    /** Who gave or refused consent. */
    enum GivenBy {
        PERSON,
        PARENT_OR_GUARDIAN
    }

    /** A consent answer. */
    enum ConsentStatus {
        GIVEN,
        REFUSED,
        WITHDRAWN
    }

    /** A panel's decision. */
    enum Decision {
        ADOPTED,
        NOT_ADOPTED
    }

    /** How a panel reached its decision: consensus, a majority, or the chair's casting decision (s37(6)). */
    enum DecisionRule {
        UNANIMOUS,
        MAJORITY,
        CHAIR
    }

    /**
     * The problem with a consent answer, or {@literal null} when it is lawful: for a person under 18 on the day it is
     * recorded only a named parent or guardian answers; an adult answers for themselves.
     */
    static @Nullable String consentProblem(
            @Nullable LocalDate dateOfBirth,
            @Nullable Integer approximateAge,
            @Nullable LocalDate ageRecordedOn,
            LocalDate recordedOn,
            GivenBy givenBy,
            @Nullable String guardianName) {
        var child = under18(dateOfBirth, approximateAge, ageRecordedOn, recordedOn);
        if (child && givenBy != GivenBy.PARENT_OR_GUARDIAN) {
            return "consent.childNeedsGuardian";
        }
        if (givenBy == GivenBy.PARENT_OR_GUARDIAN && (guardianName == null || guardianName.isBlank())) {
            return "consent.guardianName.blank";
        }
        return null;
    }

    /**
     * Whether the person is under 18 on a day. Without a date of birth the approximate age, moved on by the time since it
     * was given, decides; with neither, the person is treated as a child, so that a parent or guardian is asked.
     */
    static boolean under18(
            @Nullable LocalDate dateOfBirth,
            @Nullable Integer approximateAge,
            @Nullable LocalDate ageRecordedOn,
            LocalDate on) {
        if (dateOfBirth != null) {
            return Period.between(dateOfBirth, on).getYears() < 18;
        }
        if (approximateAge != null && ageRecordedOn != null) {
            return approximateAge + Period.between(ageRecordedOn, on).getYears() < 18;
        }
        return true;
    }

    /**
     * The problems with a decision about to be recorded, as message codes; empty when it may be recorded.
     *
     * @param onAgenda whether the case is on the agenda of the meeting.
     * @param policePresent whether a police counter-terrorism representative is recorded as present at it.
     * @param decision the decision.
     * @param consideredReferralElsewhere for a case not adopted, whether referral to health or social care was
     *     considered.
     */
    static List<String> decisionProblems(
            boolean onAgenda, boolean policePresent, Decision decision, @Nullable Boolean consideredReferralElsewhere) {
        var problems = new ArrayList<String>();
        if (!onAgenda) {
            problems.add("decision.notOnAgenda");
        }
        if (!policePresent) {
            problems.add("decision.noPolice");
        }
        if (decision == Decision.NOT_ADOPTED && consideredReferralElsewhere == null) {
            problems.add("decision.consideredReferralElsewhere.blank");
        }
        return List.copyOf(problems);
    }

    /** Whether support may be recorded as active: only once consent has been given and not withdrawn. */
    static boolean supportAllowed(CaseStatus status) {
        return status == CaseStatus.CONSENT_GIVEN || status == CaseStatus.SUPPORT_ACTIVE;
    }

    /** The days the reviews after exit are due, 6 and 12 months after it (the last day of a shorter month if need be). */
    static List<LocalDate> postExitReviewDays(LocalDate exitedOn) {
        return POST_EXIT_REVIEW_MONTHS.stream().map(exitedOn::plusMonths).toList();
    }

    /** The day a reassessment is due after consent was refused or withdrawn. */
    static LocalDate reassessmentDay(LocalDate answeredOn, int afterDays) {
        return answeredOn.plusDays(afterDays);
    }

    /**
     * The day after which an intervention counts as stalled: its planned interval plus a margin after its last session,
     * or after its start when none was logged.
     */
    static LocalDate stalledAfter(LocalDate start, @Nullable LocalDate lastSession, int frequencyDays, int marginDays) {
        var from = lastSession == null || lastSession.isBefore(start) ? start : lastSession;
        return from.plusDays(frequencyDays + (long) marginDays);
    }
}
