package org.preventduty.risk;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The rules of the risk assessment: scores and ratings on the 5 by 5 matrix, review dates, overdue actions. */
final class RiskRules {

    /** A rating. */
    enum Rag {
        GREEN,
        AMBER,
        RED
    }

    /** Where an action stands; overdue is worked out from its due day. */
    enum ActionStatus {
        NOT_STARTED,
        ON_TRACK,
        AT_RISK,
        COMPLETE
    }

    /** What a risk is about. */
    enum Category {
        THREAT,
        PLACE,
        SECTOR,
        INSTITUTION,
        ONLINE
    }

    /** The eight sections of the Home Office Prevent duty toolkit for local authorities. */
    enum ToolkitSection {
        PARTNERSHIP_GROUP,
        RISK_ASSESSMENT,
        PARTNERSHIP_PLAN,
        REFERRAL_PATHWAY,
        CHANNEL_PANEL,
        TRAINING_PROGRAMME,
        PERMISSIVE_ENVIRONMENTS,
        COMMUNICATIONS_AND_ENGAGEMENT
    }

    private RiskRules() {}

    /**
     * The score of a likelihood and impact, each from 1 to 5.
     *
     * @throws IllegalArgumentException when either is outside 1 to 5.
     */
    static int score(int likelihood, int impact) {
        if (likelihood < 1 || likelihood > 5 || impact < 1 || impact > 5) {
            throw new IllegalArgumentException("likelihood and impact are from 1 to 5");
        }
        return likelihood * impact;
    }

    /** The rating of a score: 15 and above red, 8 to 14 amber, below 8 green. */
    static Rag rag(int score) {
        return score >= 15 ? Rag.RED : score >= 8 ? Rag.AMBER : Rag.GREEN;
    }

    /** When a risk is next reviewed: red after 3 months, amber after 6, green after 12. */
    static LocalDate reviewOn(LocalDate ratedOn, Rag rag) {
        return ratedOn.plusMonths(
                switch (rag) {
                    case RED -> 3;
                    case AMBER -> 6;
                    case GREEN -> 12;
                });
    }

    /**
     * When an approved assessment is next reviewed: a year after approval, or a month after a significant change
     * recorded since, whichever is sooner. An assessment not approved has no review date.
     */
    static @Nullable LocalDate nextReview(@Nullable LocalDate approvedOn, @Nullable LocalDate significantChangeOn) {
        if (approvedOn == null) {
            return null;
        }
        var yearly = approvedOn.plusYears(1);
        if (significantChangeOn == null || significantChangeOn.isBefore(approvedOn)) {
            return yearly;
        }
        var sooner = significantChangeOn.plusMonths(1);
        return sooner.isBefore(yearly) ? sooner : yearly;
    }

    /** Whether an action is overdue on a day: not complete and its due day has passed. */
    static boolean overdue(ActionStatus status, LocalDate dueOn, LocalDate today) {
        return status != ActionStatus.COMPLETE && dueOn.isBefore(today);
    }
}
