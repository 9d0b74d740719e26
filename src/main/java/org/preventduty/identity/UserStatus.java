package org.preventduty.identity;

/** Where a user account stands. */
public enum UserStatus {
    /** Created; the user has not yet set a password with their one-time link. */
    INVITED,
    /** Can sign in. */
    ACTIVE,
    /** Turned off by an administrator; cannot sign in until re-enabled. */
    DISABLED,
    /** Locked after too many failed sign-ins; cannot sign in until an administrator re-enables it. */
    LOCKED
}
