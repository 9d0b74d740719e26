package org.preventduty.governance;

import java.time.LocalDate;
import java.util.Collection;

/** The rules of governance: when a board is next due an update, when it is overdue, when a review may be signed off. */
final class GovernanceRules {

    /** How often a board is updated. */
    enum Frequency {
        MONTHLY(1),
        QUARTERLY(3),
        BI_ANNUAL(6),
        ANNUAL(12);

        private final int months;

        Frequency(int months) {
            this.months = months;
        }

        int months() {
            return months;
        }
    }

    /** How a recommendation was received. */
    enum Response {
        ACCEPTED,
        PARTIALLY_ACCEPTED,
        REJECTED;

        /** Whether the response needs a reason: partial acceptance and rejection do. */
        boolean needsReason() {
            return this != ACCEPTED;
        }

        /** Whether the recommendation must be completed before the review is signed off. */
        boolean bindsSignOff() {
            return this != REJECTED;
        }
    }

    /** Where a recommendation stands. */
    enum Status {
        OPEN,
        COMPLETED
    }

    private GovernanceRules() {}

    /** The day a board is next due an update: its last update plus its frequency. */
    static LocalDate nextUpdateDue(LocalDate lastUpdateOn, Frequency frequency) {
        return lastUpdateOn.plusMonths(frequency.months());
    }

    /** Whether a board's update is overdue on a day: the day is after the one it was due. */
    static boolean overdue(LocalDate nextUpdateDue, LocalDate asOf) {
        return asOf.isAfter(nextUpdateDue);
    }

    /** A recommendation as the sign-off rule sees it. */
    record Standing(Response response, Status status) {}

    /**
     * Whether a review may be signed off: it has recommendations, and every accepted or partially accepted one is
     * completed. Rejected recommendations do not hold it back.
     */
    static boolean canSignOff(Collection<Standing> recommendations) {
        return !recommendations.isEmpty()
                && recommendations.stream()
                        .filter(r -> r.response().bindsSignOff())
                        .allMatch(r -> r.status() == Status.COMPLETED);
    }
}
