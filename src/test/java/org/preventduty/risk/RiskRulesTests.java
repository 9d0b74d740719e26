package org.preventduty.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.preventduty.risk.RiskRules.ActionStatus;
import org.preventduty.risk.RiskRules.Rag;

class RiskRulesTests {

    @Test
    void theScoreIsLikelihoodTimesImpactAndTheRatingFollowsIt() {
        assertThat(RiskRules.score(5, 5)).isEqualTo(25);
        assertThat(RiskRules.rag(RiskRules.score(3, 5))).isEqualTo(Rag.RED);
        assertThat(RiskRules.rag(RiskRules.score(5, 3))).isEqualTo(Rag.RED);
        assertThat(RiskRules.rag(14)).isEqualTo(Rag.AMBER);
        assertThat(RiskRules.rag(RiskRules.score(2, 4))).isEqualTo(Rag.AMBER);
        assertThat(RiskRules.rag(7)).isEqualTo(Rag.GREEN);
        assertThat(RiskRules.rag(RiskRules.score(1, 1))).isEqualTo(Rag.GREEN);
        assertThatThrownBy(() -> RiskRules.score(0, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RiskRules.score(3, 6)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRiskIsReviewedSoonerTheHigherItIsRated() {
        var rated = LocalDate.of(2020, 1, 31);
        assertThat(RiskRules.reviewOn(rated, Rag.RED)).isEqualTo("2020-04-30");
        assertThat(RiskRules.reviewOn(rated, Rag.AMBER)).isEqualTo("2020-07-31");
        assertThat(RiskRules.reviewOn(rated, Rag.GREEN)).isEqualTo("2021-01-31");
    }

    @Test
    void anApprovedAssessmentIsReviewedAYearLaterOrAMonthAfterASignificantChange() {
        var approved = LocalDate.of(2020, 4, 21);
        assertThat(RiskRules.nextReview(null, null)).isNull();
        assertThat(RiskRules.nextReview(approved, null)).isEqualTo("2021-04-21");
        assertThat(RiskRules.nextReview(approved, LocalDate.of(2020, 9, 1))).isEqualTo("2020-10-01");
        // A change recorded before the approval was taken into account by it.
        assertThat(RiskRules.nextReview(approved, LocalDate.of(2020, 3, 1))).isEqualTo("2021-04-21");
        // A change late in the year cannot push the review beyond the year.
        assertThat(RiskRules.nextReview(approved, LocalDate.of(2021, 4, 1))).isEqualTo("2021-04-21");
    }

    @Test
    void anActionIsOverdueOnceItsDayHasPassedUnlessItIsComplete() {
        var due = LocalDate.of(2020, 6, 30);
        assertThat(RiskRules.overdue(ActionStatus.ON_TRACK, due, due)).isFalse();
        assertThat(RiskRules.overdue(ActionStatus.ON_TRACK, due, due.plusDays(1)))
                .isTrue();
        assertThat(RiskRules.overdue(ActionStatus.NOT_STARTED, due, due.plusDays(1)))
                .isTrue();
        assertThat(RiskRules.overdue(ActionStatus.COMPLETE, due, due.plusYears(1)))
                .isFalse();
    }
}
