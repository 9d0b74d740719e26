package org.preventduty.referrals;

/** Whether someone knows of the referral. */
public enum Awareness {
    YES,
    NO,
    NOT_KNOWN
}
