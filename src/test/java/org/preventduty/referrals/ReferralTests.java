package org.preventduty.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.preventduty.shared.RuleViolationException;

class ReferralTests {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final UUID LEAD = UUID.randomUUID();
    private static final LocalDate RECEIVED = LocalDate.of(2026, 3, 2);

    /** The allowed moves, written out in full so that any change to the rules shows here. */
    private static final Map<ReferralStatus, Set<ReferralStatus>> ALLOWED = Map.of(
            ReferralStatus.DRAFT, EnumSet.of(ReferralStatus.SUBMITTED, ReferralStatus.DISCARDED),
            ReferralStatus.SUBMITTED,
                    EnumSet.of(
                            ReferralStatus.IN_SCREENING,
                            ReferralStatus.CLOSED_NO_FURTHER_ACTION,
                            ReferralStatus.SIGNPOSTED,
                            ReferralStatus.POLICE_LED,
                            ReferralStatus.IMMEDIATE_RISK_ESCALATED,
                            ReferralStatus.ACCEPTED_FOR_CHANNEL),
            ReferralStatus.IN_SCREENING,
                    EnumSet.of(
                            ReferralStatus.CLOSED_NO_FURTHER_ACTION,
                            ReferralStatus.SIGNPOSTED,
                            ReferralStatus.POLICE_LED,
                            ReferralStatus.IMMEDIATE_RISK_ESCALATED,
                            ReferralStatus.ACCEPTED_FOR_CHANNEL));

    @Test
    void everyMoveBetweenStatusesIsAllowedOrForbiddenAsTheRulesSay() {
        for (var from : ReferralStatus.values()) {
            for (var to : ReferralStatus.values()) {
                var expected = ALLOWED.getOrDefault(from, Set.of()).contains(to);
                assertThat(from.canMoveTo(to)).as("%s to %s", from, to).isEqualTo(expected);
            }
        }
    }

    @Test
    void decidedAndDiscardedReferralsCannotMoveAtAll() {
        for (var from : EnumSet.of(
                ReferralStatus.CLOSED_NO_FURTHER_ACTION,
                ReferralStatus.SIGNPOSTED,
                ReferralStatus.POLICE_LED,
                ReferralStatus.IMMEDIATE_RISK_ESCALATED,
                ReferralStatus.ACCEPTED_FOR_CHANNEL,
                ReferralStatus.DISCARDED)) {
            for (var to : ReferralStatus.values()) {
                assertThat(from.canMoveTo(to)).as("%s to %s", from, to).isFalse();
            }
        }
    }

    @Test
    void aCompleteDraftIsSubmittedWithItsReferenceAndDueDay() {
        var referral = draft();

        referral.submit("PR-2026-00001", RECEIVED, LocalDate.of(2026, 3, 9), UUID.randomUUID(), NOW);

        assertThat(referral.status()).isEqualTo(ReferralStatus.SUBMITTED);
        assertThat(referral.reference()).isEqualTo("PR-2026-00001");
        assertThat(referral.dueOn()).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(referral.personId()).isEqualTo(referral.ownPersonId());
    }

    @Test
    void anIncompleteDraftIsNotSubmittedAndStaysADraft() {
        var referral = Referral.draft(UUID.randomUUID(), UUID.randomUUID(), NOW);
        referral.answer(
                ReferralFixtures.complete("Sam", "Example", LocalDate.of(2010, 1, 1))
                        .summary(null)
                        .build(),
                "2024");

        assertThat(referral.missing()).containsExactly("referral.missing.summary");
        assertThatThrownBy(() ->
                        referral.submit("PR-2026-00001", LocalDate.now(), LocalDate.now(), UUID.randomUUID(), NOW))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("code", "referral.incomplete");
        assertThat(referral.status()).isEqualTo(ReferralStatus.DRAFT);
    }

    @Test
    void aSubmittedReferralCannotBeChangedSubmittedAgainOrDiscarded() {
        var referral = submitted();

        assertThatThrownBy(() -> referral.answer(Answers.none(), "2024"))
                .hasFieldOrPropertyWithValue("code", "referral.notDraft");
        assertThatThrownBy(() ->
                        referral.submit("PR-2026-00002", LocalDate.now(), LocalDate.now(), UUID.randomUUID(), NOW))
                .hasFieldOrPropertyWithValue("code", "referral.notDraft");
        assertThatThrownBy(referral::discard).isInstanceOf(RuleViolationException.class);
        assertThat(referral.status()).isEqualTo(ReferralStatus.SUBMITTED);
    }

    @Test
    void aDraftCanBeDiscardedButNotScreenedOrDecided() {
        var referral = draft();

        assertThatThrownBy(() -> referral.startScreening(LEAD, NOW)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> decide(referral, ScreeningOutcome.NO_FURTHER_ACTION))
                .hasFieldOrPropertyWithValue("code", "referral.notSubmitted");
        referral.discard();

        assertThat(referral.status()).isEqualTo(ReferralStatus.DISCARDED);
        assertThatThrownBy(referral::discard).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void screeningStartsOnceAndRecordsWhoStartedIt() {
        var referral = submitted();

        referral.startScreening(LEAD, NOW);

        assertThat(referral.status()).isEqualTo(ReferralStatus.IN_SCREENING);
        assertThat(referral.screeningStartedBy()).isEqualTo(LEAD);
        assertThatThrownBy(() -> referral.startScreening(LEAD, NOW)).isInstanceOf(RuleViolationException.class);
    }

    @ParameterizedTest
    @EnumSource(ScreeningOutcome.class)
    void eachOutcomeCanBeDecidedFromSubmittedOrInScreeningExactlyOnce(ScreeningOutcome outcome) {
        var fromSubmitted = submitted();
        var fromScreening = submitted();
        fromScreening.startScreening(LEAD, NOW);

        for (var referral : new Referral[] {fromSubmitted, fromScreening}) {
            var caseId = decide(referral, outcome);

            assertThat(referral.status()).isEqualTo(outcome.status());
            assertThat(referral.outcome()).isEqualTo(outcome);
            assertThat(caseId != null).isEqualTo(outcome == ScreeningOutcome.ACCEPTED_FOR_CHANNEL);
            assertThat(referral.channelCaseId()).isEqualTo(caseId);
            for (var second : ScreeningOutcome.values()) {
                assertThatThrownBy(() -> decide(referral, second))
                        .hasFieldOrPropertyWithValue("code", "referral.decided");
            }
            assertThatThrownBy(() -> referral.startScreening(LEAD, NOW)).isInstanceOf(RuleViolationException.class);
            assertThat(referral.status()).isEqualTo(outcome.status());
        }
    }

    @Test
    void signpostingNeedsTheServiceAndOtherOutcomesDropIt() {
        var referral = submitted();

        assertThatThrownBy(() -> referral.decide(
                        ScreeningOutcome.SIGNPOSTED, false, "Mental health", null, null, RECEIVED, LEAD, NOW, RECEIVED))
                .hasFieldOrPropertyWithValue("code", "referral.signpostedTo");
        assertThat(referral.status()).isEqualTo(ReferralStatus.SUBMITTED);

        var other = submitted();
        other.decide(
                ScreeningOutcome.POLICE_LED, true, "CT police", "MENTAL_HEALTH", null, RECEIVED, LEAD, NOW, RECEIVED);
        assertThat(other.signpostedTo()).isNull();
    }

    @Test
    void aDecisionIsDatedNeitherBeforeTheReferralWasReceivedNorAfterToday() {
        var referral = submitted();

        assertThatThrownBy(() -> referral.decide(
                        ScreeningOutcome.NO_FURTHER_ACTION,
                        false,
                        "Reason",
                        null,
                        null,
                        RECEIVED.minusDays(1),
                        LEAD,
                        NOW,
                        RECEIVED.plusDays(10)))
                .hasFieldOrPropertyWithValue("code", "decision.decidedOn.beforeReceived")
                .hasFieldOrPropertyWithValue("field", "decidedOn");
        assertThatThrownBy(() -> referral.decide(
                        ScreeningOutcome.NO_FURTHER_ACTION,
                        false,
                        "Reason",
                        null,
                        null,
                        RECEIVED.plusDays(11),
                        LEAD,
                        NOW,
                        RECEIVED.plusDays(10)))
                .hasFieldOrPropertyWithValue("code", "decision.decidedOn.future");
        assertThat(referral.status()).isEqualTo(ReferralStatus.SUBMITTED);

        referral.decide(
                ScreeningOutcome.NO_FURTHER_ACTION,
                false,
                "Reason",
                null,
                null,
                RECEIVED,
                LEAD,
                NOW,
                RECEIVED.plusDays(10));
        assertThat(referral.decidedOn()).isEqualTo(RECEIVED);
    }

    @Test
    void linkingToAnotherPersonCanBeUndoneBackToTheReferralsOwnPerson() {
        var referral = submitted();
        var own = referral.ownPersonId();
        var known = UUID.randomUUID();

        referral.linkTo(known);
        assertThat(referral.personId()).isEqualTo(known);
        assertThat(referral.linkedToOther()).isTrue();
        referral.unlink();

        assertThat(referral.personId()).isEqualTo(own);
        assertThat(referral.linkedToOther()).isFalse();
    }

    private static Referral draft() {
        var referral = Referral.draft(UUID.randomUUID(), UUID.randomUUID(), NOW);
        referral.answer(
                ReferralFixtures.complete("Sam", "Example", LocalDate.of(2010, 1, 1))
                        .build(),
                "2024");
        return referral;
    }

    private static Referral submitted() {
        var referral = draft();
        referral.submit("PR-2026-00001", RECEIVED, LocalDate.of(2026, 3, 9), UUID.randomUUID(), NOW);
        return referral;
    }

    private static UUID decide(Referral referral, ScreeningOutcome outcome) {
        return referral.decide(
                outcome,
                true,
                "Reason",
                outcome == ScreeningOutcome.SIGNPOSTED ? "EARLY_HELP" : null,
                "Thanks",
                RECEIVED,
                LEAD,
                NOW,
                RECEIVED);
    }
}
