package org.preventduty.referrals;

/** Where a Request for Support stands. */
public enum SupportRequestStatus {
    /** Raised by the allocated worker; waits for the Prevent lead to agree it. */
    PROPOSED,
    /** The Prevent lead did not agree it. */
    NOT_AGREED,
    REQUESTED,
    ACCEPTED,
    DECLINED,
    ENDED
}
