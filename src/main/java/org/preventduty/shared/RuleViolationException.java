package org.preventduty.shared;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when a well-formed request breaks a business rule (a wrong state, a duplicate, a forbidden combination).
 * Pages show the message next to the form; the API answers 422 (or 409 for a conflict).
 */
public class RuleViolationException extends RuntimeException {

    private final String code;
    private final boolean conflict;
    private final @Nullable String field;

    private RuleViolationException(String code, String message, boolean conflict, @Nullable String field) {
        super(message);
        this.code = code;
        this.conflict = conflict;
        this.field = field;
    }

    private RuleViolationException(String code, String message, boolean conflict) {
        this(code, message, conflict, null);
    }

    /** The same violation, said to be about one field of the request (as the API names it), for pages to mark it. */
    public RuleViolationException on(String field) {
        return new RuleViolationException(code, getMessage(), conflict, field);
    }

    /** A rule was broken: the API answers 422. */
    public static RuleViolationException rule(String code, String message) {
        return new RuleViolationException(code, message, false);
    }

    /** The request conflicts with the current state (a duplicate or a stale version): the API answers 409. */
    public static RuleViolationException conflict(String code, String message) {
        return new RuleViolationException(code, message, true);
    }

    /** A stable, machine-readable code such as {@code tenant.code.taken}, also used as a message key. */
    /**
     * Refuses a change that updated no row because the record was changed since it was read: its version moved on.
     *
     * @throws RuleViolationException (409) with the code given when no row was updated.
     */
    public static void unlessUpdated(int rows, String code) {
        if (rows == 0) {
            throw conflict(code, "The record was changed by someone else since it was read.");
        }
    }

    public String code() {
        return code;
    }

    public boolean isConflict() {
        return conflict;
    }

    /** The field of the request the rule is about, or {@literal null} when it is about the whole. */
    public @Nullable String field() {
        return field;
    }
}
