package org.preventduty.training;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/** The rules of training records: when a completion expires, and coverage as a percentage. */
final class TrainingRules {

    private TrainingRules() {}

    /** A completion holds until its course's validity has passed: it expires on that day. */
    static LocalDate expiry(LocalDate completedOn, int validityMonths) {
        return completedOn.plusMonths(validityMonths);
    }

    /** Whether a completion holds on a day: from the day completed until the day before it expires. */
    static boolean holdsOn(LocalDate completedOn, LocalDate expiresOn, LocalDate day) {
        return !day.isBefore(completedOn) && day.isBefore(expiresOn);
    }

    /** The share trained, in percent to one decimal place, half up; 0.0 when nobody needs training. */
    static BigDecimal percent(long trained, long requiring) {
        if (requiring == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(trained * 100L).divide(BigDecimal.valueOf(requiring), 1, RoundingMode.HALF_UP);
    }
}
