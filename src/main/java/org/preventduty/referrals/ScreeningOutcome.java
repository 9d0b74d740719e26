package org.preventduty.referrals;

/** The outcomes of screening a referral, and the status each leads to. */
public enum ScreeningOutcome {
    NO_FURTHER_ACTION(ReferralStatus.CLOSED_NO_FURTHER_ACTION),
    SIGNPOSTED(ReferralStatus.SIGNPOSTED),
    POLICE_LED(ReferralStatus.POLICE_LED),
    IMMEDIATE_RISK_ESCALATED(ReferralStatus.IMMEDIATE_RISK_ESCALATED),
    ACCEPTED_FOR_CHANNEL(ReferralStatus.ACCEPTED_FOR_CHANNEL);

    private final ReferralStatus status;

    ScreeningOutcome(ReferralStatus status) {
        this.status = status;
    }

    public ReferralStatus status() {
        return status;
    }
}
