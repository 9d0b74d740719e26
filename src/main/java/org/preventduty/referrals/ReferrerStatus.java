package org.preventduty.referrals;

/**
 * Where a referral stands, in the words its referrer reads: none of them says whether Channel or the police took it
 * on, unless the council chooses to tell its referrers the outcome in full.
 */
public enum ReferrerStatus {
    DRAFT,
    RECEIVED,
    BEING_CONSIDERED,
    BEING_SUPPORTED,
    SIGNPOSTED,
    CLOSED;

    /** The words for a referral's status. */
    static ReferrerStatus of(ReferralStatus status) {
        return switch (status) {
            case DRAFT, DISCARDED -> DRAFT;
            case SUBMITTED -> RECEIVED;
            case IN_SCREENING -> BEING_CONSIDERED;
            case ACCEPTED_FOR_CHANNEL, POLICE_LED, IMMEDIATE_RISK_ESCALATED -> BEING_SUPPORTED;
            case SIGNPOSTED -> SIGNPOSTED;
            case CLOSED_NO_FURTHER_ACTION -> CLOSED;
        };
    }
}
