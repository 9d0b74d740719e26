package org.preventduty.referrals;

/** Whether the Prevent lead has settled who a person is. */
public enum PersonStatus {
    /** Made from a referral; not yet confirmed as someone new or linked to someone known. */
    UNCONFIRMED,
    /** Confirmed as a person in their own right. */
    CONFIRMED,
    /** Found to be someone already known; kept, and pointing at them. */
    MERGED
}
