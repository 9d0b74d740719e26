package org.preventduty.shared.web;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/** The days a list or figures page is shown for, typed in GOV.UK date inputs: a day ({@code asOf}) or a period
 * ({@code from}, {@code to}). A page reads each with {@link #read}, which also takes the day as an ISO date in the
 * address (as links and downloads give it), and shows the day it used back in the inputs. */
public class DayFilter {
    private @Nullable String asOfDay;
    private @Nullable String asOfMonth;
    private @Nullable String asOfYear;

    private @Nullable String fromDay;
    private @Nullable String fromMonth;
    private @Nullable String fromYear;

    private @Nullable String toDay;
    private @Nullable String toMonth;
    private @Nullable String toYear;

    /**
     * The day of a field: typed in its inputs (named on the field when it is not a real day), or else given as an ISO
     * date in the address, or else {@code otherwise}; the inputs then show the day used.
     */
    public LocalDate read(Errors errors, String field, @Nullable String iso, LocalDate otherwise) {
        var typed = FormErrors.optionalDay(errors, field, input(field), "date");
        var day = typed != null ? typed : FormValues.date(iso, otherwise);
        if (!errors.hasFieldErrors(field)) {
            show(field, day);
        }
        return day;
    }

    /**
     * The day of a field that may be left out (no day, no filter): typed in its inputs, or given as an ISO date in the
     * address; a day that is not real, typed or given, is named on the field.
     */
    public @Nullable LocalDate readOptional(Errors errors, String field, @Nullable String iso) {
        var typed = FormErrors.optionalDay(errors, field, input(field), "date");
        if (typed != null || errors.hasFieldErrors(field)) {
            return typed;
        }
        if (iso == null || iso.isBlank()) {
            return null;
        }
        var given = FormValues.date(iso);
        if (given == null) {
            errors.rejectValue(field, "date.invalid");
            return null;
        }
        show(field, given);
        return given;
    }

    /** Fills a field's inputs with a day. */
    public void show(String field, LocalDate day) {
        switch (field) {
            case "asOf" -> asOf(day);
            case "from" -> from(day);
            case "to" -> to(day);
            default -> throw new IllegalArgumentException("No day " + field);
        }
    }

    private DateInput input(String field) {
        return switch (field) {
            case "asOf" -> asOf();
            case "from" -> from();
            case "to" -> to();
            default -> throw new IllegalArgumentException("No day " + field);
        };
    }

    public DateInput asOf() {
        return new DateInput(asOfDay, asOfMonth, asOfYear);
    }

    public void asOf(@Nullable LocalDate day) {
        var input = day == null ? new DateInput(null, null, null) : DateInput.of(day);
        asOfDay = input.day();
        asOfMonth = input.month();
        asOfYear = input.year();
    }

    /** The date input's errors are reported on this property, which holds nothing of its own. */
    public @Nullable String getAsOf() {
        return null;
    }

    public @Nullable String getAsOfDay() {
        return asOfDay;
    }

    public void setAsOfDay(@Nullable String asOfDay) {
        this.asOfDay = asOfDay;
    }

    public @Nullable String getAsOfMonth() {
        return asOfMonth;
    }

    public void setAsOfMonth(@Nullable String asOfMonth) {
        this.asOfMonth = asOfMonth;
    }

    public @Nullable String getAsOfYear() {
        return asOfYear;
    }

    public void setAsOfYear(@Nullable String asOfYear) {
        this.asOfYear = asOfYear;
    }

    public DateInput from() {
        return new DateInput(fromDay, fromMonth, fromYear);
    }

    public void from(@Nullable LocalDate day) {
        var input = day == null ? new DateInput(null, null, null) : DateInput.of(day);
        fromDay = input.day();
        fromMonth = input.month();
        fromYear = input.year();
    }

    /** The date input's errors are reported on this property, which holds nothing of its own. */
    public @Nullable String getFrom() {
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

    public DateInput to() {
        return new DateInput(toDay, toMonth, toYear);
    }

    public void to(@Nullable LocalDate day) {
        var input = day == null ? new DateInput(null, null, null) : DateInput.of(day);
        toDay = input.day();
        toMonth = input.month();
        toYear = input.year();
    }

    /** The date input's errors are reported on this property, which holds nothing of its own. */
    public @Nullable String getTo() {
        return null;
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
