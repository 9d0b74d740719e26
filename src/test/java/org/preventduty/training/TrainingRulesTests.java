package org.preventduty.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TrainingRulesTests {

    @Test
    void aCompletionExpiresItsValidityAfterTheDayItWasCompletedEvenFromTheEndOfAMonth() {
        assertThat(TrainingRules.expiry(LocalDate.of(2018, 3, 5), 36)).isEqualTo(LocalDate.of(2021, 3, 5));
        assertThat(TrainingRules.expiry(LocalDate.of(2019, 11, 30), 3)).isEqualTo(LocalDate.of(2020, 2, 29));
    }

    @Test
    void aCompletionHoldsFromItsDayUntilTheDayBeforeItExpires() {
        var done = LocalDate.of(2018, 3, 5);
        var expires = TrainingRules.expiry(done, 36);
        assertThat(TrainingRules.holdsOn(done, expires, done.minusDays(1))).isFalse();
        assertThat(TrainingRules.holdsOn(done, expires, done)).isTrue();
        assertThat(TrainingRules.holdsOn(done, expires, expires.minusDays(1))).isTrue();
        assertThat(TrainingRules.holdsOn(done, expires, expires)).isFalse();
    }

    @Test
    void coverageIsAPercentToOneDecimalPlaceRoundedHalfUp() {
        assertThat(TrainingRules.percent(287, 302)).hasToString("95.0");
        assertThat(TrainingRules.percent(1, 3)).hasToString("33.3");
        assertThat(TrainingRules.percent(2, 3)).hasToString("66.7");
        assertThat(TrainingRules.percent(1, 8)).hasToString("12.5");
        assertThat(TrainingRules.percent(0, 0)).hasToString("0.0");
    }
}
