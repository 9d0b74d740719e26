package org.preventduty.referrals;

/** The sex of a person referred, as the national statistics count it. */
public enum Sex {
    MALE,
    FEMALE,
    NOT_KNOWN
}
