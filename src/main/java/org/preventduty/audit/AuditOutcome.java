package org.preventduty.audit;

/** Whether an audited action succeeded. */
public enum AuditOutcome {
    SUCCESS,
    FAILURE,
    DENIED
}
