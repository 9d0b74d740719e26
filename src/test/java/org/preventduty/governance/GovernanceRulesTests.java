package org.preventduty.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.preventduty.governance.GovernanceRules.Frequency;
import org.preventduty.governance.GovernanceRules.Response;
import org.preventduty.governance.GovernanceRules.Standing;
import org.preventduty.governance.GovernanceRules.Status;

class GovernanceRulesTests {

    @Test
    void theNextUpdateIsDueTheLastUpdatePlusTheFrequency() {
        var last = LocalDate.of(2019, 7, 26);
        assertThat(GovernanceRules.nextUpdateDue(last, Frequency.MONTHLY)).isEqualTo("2019-08-26");
        assertThat(GovernanceRules.nextUpdateDue(last, Frequency.QUARTERLY)).isEqualTo("2019-10-26");
        assertThat(GovernanceRules.nextUpdateDue(last, Frequency.BI_ANNUAL)).isEqualTo("2020-01-26");
        assertThat(GovernanceRules.nextUpdateDue(last, Frequency.ANNUAL)).isEqualTo("2020-07-26");
        // The end of a longer month falls on the last day of a shorter one.
        assertThat(GovernanceRules.nextUpdateDue(LocalDate.of(2019, 8, 31), Frequency.BI_ANNUAL))
                .isEqualTo("2020-02-29");
    }

    @Test
    void anUpdateIsOverdueOnlyAfterTheDayItWasDue() {
        var due = LocalDate.of(2020, 2, 28);
        assertThat(GovernanceRules.overdue(due, LocalDate.of(2020, 2, 17))).isFalse();
        assertThat(GovernanceRules.overdue(due, due)).isFalse();
        assertThat(GovernanceRules.overdue(due, LocalDate.of(2020, 2, 29))).isTrue();
    }

    @Test
    void barnetsBoardsOnSeventeenthFebruary2020HaveTwoUpdatesOverdue() {
        var asOf = LocalDate.of(2020, 2, 17);
        var boards = List.of(
                GovernanceRules.nextUpdateDue(LocalDate.of(2019, 12, 3), Frequency.BI_ANNUAL),
                GovernanceRules.nextUpdateDue(LocalDate.of(2019, 7, 26), Frequency.ANNUAL),
                GovernanceRules.nextUpdateDue(LocalDate.of(2019, 1, 24), Frequency.ANNUAL),
                GovernanceRules.nextUpdateDue(LocalDate.of(2019, 1, 24), Frequency.ANNUAL),
                GovernanceRules.nextUpdateDue(LocalDate.of(2019, 2, 28), Frequency.ANNUAL));
        assertThat(boards.stream().filter(due -> GovernanceRules.overdue(due, asOf)))
                .hasSize(2);
    }

    @Test
    void aReviewIsSignedOffOnlyWhenEveryAcceptedRecommendationIsComplete() {
        var done = new Standing(Response.ACCEPTED, Status.COMPLETED);
        var partlyDone = new Standing(Response.PARTIALLY_ACCEPTED, Status.COMPLETED);
        var rejectedOpen = new Standing(Response.REJECTED, Status.OPEN);
        assertThat(GovernanceRules.canSignOff(List.of(done, partlyDone, rejectedOpen)))
                .isTrue();
        assertThat(GovernanceRules.canSignOff(List.of(done, new Standing(Response.ACCEPTED, Status.OPEN))))
                .isFalse();
        assertThat(GovernanceRules.canSignOff(List.of(done, new Standing(Response.PARTIALLY_ACCEPTED, Status.OPEN))))
                .isFalse();
        assertThat(GovernanceRules.canSignOff(List.of())).isFalse();
    }

    @Test
    void partialAcceptanceAndRejectionNeedAReason() {
        assertThat(Response.ACCEPTED.needsReason()).isFalse();
        assertThat(Response.PARTIALLY_ACCEPTED.needsReason()).isTrue();
        assertThat(Response.REJECTED.needsReason()).isTrue();
    }
}
