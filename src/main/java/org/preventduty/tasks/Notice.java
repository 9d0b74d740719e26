package org.preventduty.tasks;

/** What the service tells people of, in the product and, as each chooses, by email. */
public enum Notice {
    /** A referrer reported that someone is in immediate danger: to the council's Prevent leads, at once. */
    IMMEDIATE_DANGER,
    /** A referral has waited past its screening due date: to the Prevent leads. */
    SCREENING_OVERDUE,
    /** A panel meeting's agenda was published: to the invitees who are users. */
    AGENDA_PUBLISHED,
    /** Someone broke glass to see a case: to the Prevent leads, to review. */
    BREAK_GLASS,
    /** Work is due or overdue: a daily digest to whoever it is due to. */
    TASKS_DUE
}
