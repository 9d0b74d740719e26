package org.preventduty.referrals;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Where a referral stands, from draft to the screening decision. */
public enum ReferralStatus {
    DRAFT,
    SUBMITTED,
    IN_SCREENING,
    CLOSED_NO_FURTHER_ACTION,
    SIGNPOSTED,
    POLICE_LED,
    IMMEDIATE_RISK_ESCALATED,
    ACCEPTED_FOR_CHANNEL,
    DISCARDED;

    private static final Map<ReferralStatus, Set<ReferralStatus>> ALLOWED = Map.of(
            DRAFT, EnumSet.of(SUBMITTED, DISCARDED),
            SUBMITTED,
                    EnumSet.of(
                            IN_SCREENING,
                            CLOSED_NO_FURTHER_ACTION,
                            SIGNPOSTED,
                            POLICE_LED,
                            IMMEDIATE_RISK_ESCALATED,
                            ACCEPTED_FOR_CHANNEL),
            IN_SCREENING,
                    EnumSet.of(
                            CLOSED_NO_FURTHER_ACTION,
                            SIGNPOSTED,
                            POLICE_LED,
                            IMMEDIATE_RISK_ESCALATED,
                            ACCEPTED_FOR_CHANNEL));

    /** Whether a referral in this status may move to the other. */
    public boolean canMoveTo(ReferralStatus next) {
        return ALLOWED.getOrDefault(this, Set.of()).contains(next);
    }

    /** Whether the referral waits for its screening decision. */
    public boolean awaitsDecision() {
        return this == SUBMITTED || this == IN_SCREENING;
    }

    /** Whether the screening decision has been made. */
    public boolean isDecided() {
        return this == CLOSED_NO_FURTHER_ACTION
                || this == SIGNPOSTED
                || this == POLICE_LED
                || this == IMMEDIATE_RISK_ESCALATED
                || this == ACCEPTED_FOR_CHANNEL;
    }
}
