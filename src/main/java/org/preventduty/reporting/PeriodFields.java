package org.preventduty.reporting;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.preventduty.shared.web.DateInput;
import org.springframework.validation.Errors;

/**
 * A period typed in two GOV.UK date inputs, {@code from} and {@code to}, as the figures pages and the committee report
 * ask for it: each a real day, the end not before the start, at most 20 years, and where asked not ending after today.
 */
abstract class PeriodFields {

    private @Nullable String fromDay;
    private @Nullable String fromMonth;
    private @Nullable String fromYear;
    private @Nullable String toDay;
    private @Nullable String toMonth;
    private @Nullable String toYear;

    /** Fills in the period, replacing what was typed. */
    void fill(LocalDate from, LocalDate to) {
        var start = DateInput.of(from);
        var end = DateInput.of(to);
        fromDay = start.day();
        fromMonth = start.month();
        fromYear = start.year();
        toDay = end.day();
        toMonth = end.month();
        toYear = end.year();
    }

    /** Fills in the period when none was typed, so that a page asked for without one shows a default. */
    void defaultTo(LocalDate from, LocalDate to) {
        if (empty()) {
            fill(from, to);
        }
    }

    /** Whether no day of the period was typed. */
    boolean empty() {
        return from().state() == DateInput.State.EMPTY && to().state() == DateInput.State.EMPTY;
    }

    DateInput from() {
        return new DateInput(fromDay, fromMonth, fromYear);
    }

    DateInput to() {
        return new DateInput(toDay, toMonth, toYear);
    }

    /**
     * Checks the period: both days real, the end not before the start, at most 20 years, and (with {@code today}) not
     * ending after today. Problems go on {@code from} and {@code to}.
     */
    void check(Errors errors, @Nullable LocalDate today) {
        if (from().state() != DateInput.State.VALID) {
            errors.rejectValue("from", "period.from.invalid");
        }
        if (to().state() != DateInput.State.VALID) {
            errors.rejectValue("to", "period.to.invalid");
        }
        if (errors.hasFieldErrors("from") || errors.hasFieldErrors("to")) {
            return;
        }
        var start = from().date();
        var end = to().date();
        if (end.isBefore(start)) {
            errors.rejectValue("to", "statistics.to.beforeFrom");
        } else if (start.plusYears(20).isBefore(end)) {
            errors.rejectValue("to", "statistics.period.tooLong");
        } else if (today != null && end.isAfter(today)) {
            errors.rejectValue("to", "report.to.future");
        }
    }

    /** The date input's errors are reported on this property, which holds nothing of its own. */
    public @Nullable String getFrom() {
        return null;
    }

    public @Nullable String getTo() {
        return null;
    }

    public @Nullable String getFromDay() {
        return fromDay;
    }

    public void setFromDay(@Nullable String fromDay) {
        this.fromDay = fromDay;
    }

    public @Nullable String getFromMonth() {
        return fromMonth;
    }

    public void setFromMonth(@Nullable String fromMonth) {
        this.fromMonth = fromMonth;
    }

    public @Nullable String getFromYear() {
        return fromYear;
    }

    public void setFromYear(@Nullable String fromYear) {
        this.fromYear = fromYear;
    }

    public @Nullable String getToDay() {
        return toDay;
    }

    public void setToDay(@Nullable String toDay) {
        this.toDay = toDay;
    }

    public @Nullable String getToMonth() {
        return toMonth;
    }

    public void setToMonth(@Nullable String toMonth) {
        this.toMonth = toMonth;
    }

    public @Nullable String getToYear() {
        return toYear;
    }

    public void setToYear(@Nullable String toYear) {
        this.toYear = toYear;
    }
}
