package org.preventduty.privacy;

/**
 * The kinds of record a council's retention schedule covers, each with its default and the day it is counted from.
 * Referral drafts are kept 30 days whatever the schedule; the others a whole number of years a council may change.
 */
public enum RecordType {
    CHANNEL_CASE(6, "CLOSURE"),
    REFERRAL_NOT_ADOPTED(6, "SCREENING_DECISION"),
    REFERRAL_DRAFT(0, "STARTED"),
    TRAINING_RECORD(6, "LEAVING"),
    PARTNER_ANSWERS(6, "ANSWER"),
    AUDIT_TRAIL(7, "EVENT");

    /** How long a referral draft that was never submitted is kept. */
    public static final int DRAFT_DAYS = 30;

    private final int defaultYears;
    private final String from;

    RecordType(int defaultYears, String from) {
        this.defaultYears = defaultYears;
        this.from = from;
    }

    /** The years kept unless the council chooses otherwise; 0 for drafts, kept {@link #DRAFT_DAYS} days. */
    public int defaultYears() {
        return defaultYears;
    }

    /** The day the period is counted from, such as {@code CLOSURE}. */
    public String from() {
        return from;
    }

    /** Whether a council may change how long it is kept. */
    public boolean changeable() {
        return this != REFERRAL_DRAFT;
    }
}
