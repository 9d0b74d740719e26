package org.preventduty.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preventduty.channel.CaseStatus.*;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.preventduty.channel.ChannelRules.Decision;
import org.preventduty.channel.ChannelRules.GivenBy;

class ChannelRulesTests {

    private static final Map<CaseStatus, Set<CaseStatus>> EXPECTED = Map.ofEntries(
            Map.entry(INFORMATION_GATHERING, EnumSet.of(AWAITING_PANEL, CLOSED)),
            Map.entry(AWAITING_PANEL, EnumSet.of(DISCUSSED, ADOPTED, NOT_ADOPTED, INFORMATION_GATHERING)),
            Map.entry(DISCUSSED, EnumSet.of(ADOPTED, NOT_ADOPTED, AWAITING_PANEL)),
            Map.entry(ADOPTED, EnumSet.of(CONSENT_REQUESTED, CONSENT_GIVEN, CONSENT_REFUSED)),
            Map.entry(NOT_ADOPTED, EnumSet.of(CLOSED)),
            Map.entry(CONSENT_REQUESTED, EnumSet.of(CONSENT_GIVEN, CONSENT_REFUSED)),
            Map.entry(CONSENT_GIVEN, EnumSet.of(SUPPORT_ACTIVE, CONSENT_WITHDRAWN)),
            Map.entry(CONSENT_REFUSED, EnumSet.of(CONSENT_GIVEN, AWAITING_PANEL, CLOSED)),
            Map.entry(CONSENT_WITHDRAWN, EnumSet.of(CONSENT_GIVEN, AWAITING_PANEL, CLOSED)),
            Map.entry(SUPPORT_ACTIVE, EnumSet.of(CONSENT_WITHDRAWN, EXITED)),
            Map.entry(EXITED, EnumSet.of(CLOSED)),
            Map.entry(CLOSED, EnumSet.noneOf(CaseStatus.class)));

    @Test
    void everyTransitionIsAllowedOrForbiddenAsTheChannelProcessSays() {
        for (var from : CaseStatus.values()) {
            for (var to : CaseStatus.values()) {
                assertThat(from.canMoveTo(to))
                        .as("%s -> %s", from, to)
                        .isEqualTo(EXPECTED.get(from).contains(to));
            }
        }
    }

    @Test
    void noSupportCanBeActiveWithoutConsentGiven() {
        for (var status : CaseStatus.values()) {
            assertThat(ChannelRules.supportAllowed(status))
                    .as("%s", status)
                    .isEqualTo(status == CONSENT_GIVEN || status == SUPPORT_ACTIVE);
        }
        assertThat(CONSENT_REFUSED.canMoveTo(SUPPORT_ACTIVE)).isFalse();
        assertThat(ADOPTED.canMoveTo(SUPPORT_ACTIVE)).isFalse();
    }

    @Test
    void aPersonUnder18OnTheDayOnlyAnswersThroughANamedParentOrGuardian() {
        var born = LocalDate.of(2008, 6, 12);
        var dayBefore18 = LocalDate.of(2026, 6, 11);
        var day18 = LocalDate.of(2026, 6, 12);

        assertThat(ChannelRules.consentProblem(born, null, null, dayBefore18, GivenBy.PERSON, null))
                .isEqualTo("consent.childNeedsGuardian");
        assertThat(ChannelRules.consentProblem(born, null, null, dayBefore18, GivenBy.PARENT_OR_GUARDIAN, " "))
                .isEqualTo("consent.guardianName.blank");
        assertThat(ChannelRules.consentProblem(born, null, null, dayBefore18, GivenBy.PARENT_OR_GUARDIAN, "A Parent"))
                .isNull();
        assertThat(ChannelRules.consentProblem(born, null, null, day18, GivenBy.PERSON, null))
                .isNull();
    }

    @Test
    void withoutADateOfBirthTheApproximateAgeMovesOnAndWithNeitherTheGuardianIsAsked() {
        var given = LocalDate.of(2025, 1, 10);
        assertThat(ChannelRules.under18(null, 17, given, LocalDate.of(2025, 12, 1)))
                .isTrue();
        assertThat(ChannelRules.under18(null, 17, given, LocalDate.of(2026, 1, 10)))
                .isFalse();
        assertThat(ChannelRules.under18(null, null, null, LocalDate.of(2026, 1, 10)))
                .isTrue();
    }

    @Test
    void aDecisionNeedsTheCaseOnTheAgendaAndThePolicePresent() {
        assertThat(ChannelRules.decisionProblems(true, true, Decision.ADOPTED, null))
                .isEmpty();
        assertThat(ChannelRules.decisionProblems(true, false, Decision.ADOPTED, null))
                .containsExactly("decision.noPolice");
        assertThat(ChannelRules.decisionProblems(false, true, Decision.ADOPTED, null))
                .containsExactly("decision.notOnAgenda");
    }

    @Test
    void aCaseNotAdoptedRecordsWhetherReferralToHealthOrSocialCareWasConsidered() {
        assertThat(ChannelRules.decisionProblems(true, true, Decision.NOT_ADOPTED, null))
                .containsExactly("decision.consideredReferralElsewhere.blank");
        assertThat(ChannelRules.decisionProblems(true, true, Decision.NOT_ADOPTED, false))
                .isEmpty();
    }

    @Test
    void reviewsAfterExitAreDueSixAndTwelveMonthsLaterOnTheLastDayOfAShortMonth() {
        assertThat(ChannelRules.postExitReviewDays(LocalDate.of(2024, 12, 1)))
                .containsExactly(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 12, 1));
        assertThat(ChannelRules.postExitReviewDays(LocalDate.of(2024, 8, 31)))
                .containsExactly(LocalDate.of(2025, 2, 28), LocalDate.of(2025, 8, 31));
    }

    @Test
    void anInterventionStallsItsIntervalPlusTheMarginAfterItsLastSessionOrItsStart() {
        var start = LocalDate.of(2026, 1, 5);
        assertThat(ChannelRules.stalledAfter(start, null, 14, 7)).isEqualTo(LocalDate.of(2026, 1, 26));
        assertThat(ChannelRules.stalledAfter(start, LocalDate.of(2026, 2, 2), 14, 7))
                .isEqualTo(LocalDate.of(2026, 2, 23));
    }
}
