package org.preventduty.referrals;

/** Where a Request for Support stands. */
public enum SupportRequestStatus {
    REQUESTED,
    ACCEPTED,
    DECLINED,
    ENDED
}
