package org.preventduty.shared.web;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.preventduty.shared.InvalidInputException;
import org.preventduty.shared.RuleViolationException;
import org.springframework.beans.NotReadablePropertyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.validation.Errors;

/**
 * The one way a form learns what was wrong with it: a day typed in a GOV.UK date input is checked field by field, and
 * the problems a module refused a change with are put on the fields they name, so that the page shows each beside its
 * field and in the error summary. A problem about no field of the form goes at the top of the summary.
 */
public final class FormErrors {

    private FormErrors() {}

    /**
     * The day typed in a date input, or {@literal null} after rejecting the field: {@code <codes>.blank} when nothing
     * was typed, {@code <codes>.invalid} when it is incomplete or no real day.
     *
     * @param codes the message key the two codes start with, such as {@code channel.decision.decidedOn}.
     */
    public static @Nullable LocalDate day(Errors errors, String field, DateInput input, String codes) {
        switch (input.state()) {
            case EMPTY -> errors.rejectValue(field, codes + ".blank");
            case INCOMPLETE, INVALID -> errors.rejectValue(field, codes + ".invalid");
            case VALID -> {
                return input.date();
            }
        }
        return null;
    }

    /**
     * The day typed in a date input that may be left empty: {@literal null} when nothing was typed, or after rejecting
     * the field with {@code <codes>.invalid} when it is incomplete or no real day.
     */
    public static @Nullable LocalDate optionalDay(Errors errors, String field, DateInput input, String codes) {
        if (input.state() == DateInput.State.EMPTY) {
            return null;
        }
        return day(errors, field, input, codes);
    }

    /**
     * Makes a change unless the form already has errors; when a module refuses it, or the record was changed by someone
     * else since the form was filled in, puts the problems on the form. Anything else is a defect and is not caught.
     *
     * @return whether the change was made.
     */
    public static boolean attempt(Errors errors, Runnable change) {
        return made(errors, () -> {
                    change.run();
                    return Boolean.TRUE;
                })
                .isPresent();
    }

    /**
     * Makes a change that answers something (the id of a new record) as {@link #attempt} does.
     *
     * @return what the change answered, or empty when it was not made.
     */
    public static <T> Optional<T> made(Errors errors, Supplier<T> change) {
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        try {
            return Optional.of(change.get());
        } catch (InvalidInputException e) {
            e.problems().forEach(problem -> reject(errors, problem.field(), problem.code()));
        } catch (RuleViolationException e) {
            refuse(errors, e);
        } catch (OptimisticLockingFailureException e) {
            errors.reject("record.changedElsewhere");
        }
        return Optional.empty();
    }

    /** Puts a rule the change broke on the field it names, or at the top of the summary when it names none. */
    public static void refuse(Errors errors, RuleViolationException violation) {
        reject(errors, violation.field(), violation.code());
    }

    private static void reject(Errors errors, @Nullable String field, String code) {
        if (field == null) {
            errors.reject(code);
            return;
        }
        try {
            errors.rejectValue(field, code);
        } catch (NotReadablePropertyException e) {
            // The module names a field the form does not have: the problem is the form's as a whole.
            errors.reject(code);
        }
    }
}
