package org.preventduty.channel;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.preventduty.shared.RuleViolationException;

/**
 * The days of a case's events follow each other: nothing is recorded as happening in the future, before the case was
 * opened, or before the event it depends on (consent after the adoption decision, support after consent, an exit after
 * the first intervention, a decision on the day of the meeting it was taken at). Each refusal names the field.
 */
final class CaseDates {

    private CaseDates() {}

    /**
     * Refuses a day after today or before the case was opened.
     *
     * @throws RuleViolationException (422) naming the field.
     */
    static void withinCase(String field, LocalDate day, LocalDate openedOn, LocalDate today) {
        if (day.isAfter(today)) {
            throw RuleViolationException.rule("date.future", "The date must not be in the future.")
                    .on(field);
        }
        if (day.isBefore(openedOn)) {
            throw RuleViolationException.rule(
                            "date.beforeOpened", "The date must not be before the case was opened (" + openedOn + ").")
                    .on(field);
        }
    }

    /**
     * Refuses a day before the day of the event it follows, when there is one.
     *
     * @param code the message key of the refusal, such as {@code consent.beforeAdoption}.
     * @param what the event followed, in words for the API.
     * @throws RuleViolationException (422) naming the field.
     */
    static void notBefore(String field, LocalDate day, @Nullable LocalDate earlier, String code, String what) {
        if (earlier != null && day.isBefore(earlier)) {
            throw RuleViolationException.rule(code, "The date must not be before " + what + " (" + earlier + ").")
                    .on(field);
        }
    }

    /**
     * Refuses to record what happened at a meeting that has not taken place yet.
     *
     * @throws RuleViolationException (422).
     */
    static void meetingHeld(LocalDate heldOn, LocalDate today) {
        if (heldOn.isAfter(today)) {
            throw RuleViolationException.rule(
                    "meeting.notHeldYet",
                    "The meeting on " + heldOn + " has not taken place yet: attendance, minutes and decisions are"
                            + " recorded on or after its day.");
        }
    }

    /**
     * Refuses a decision dated other than the day of the meeting it was taken at.
     *
     * @throws RuleViolationException (422) naming {@code decidedOn}.
     */
    static void onMeetingDay(LocalDate decidedOn, LocalDate heldOn) {
        if (!decidedOn.equals(heldOn)) {
            throw RuleViolationException.rule(
                            "decision.notOnMeetingDay",
                            "A decision is dated the day of the meeting it was taken at (" + heldOn + ").")
                    .on("decidedOn");
        }
    }
}
