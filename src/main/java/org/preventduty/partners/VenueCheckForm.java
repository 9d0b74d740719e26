package org.preventduty.partners;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.preventduty.shared.web.DateInput;

/** A check of a booking of a council venue, and the decision on it. */
final class VenueCheckForm {
    private @Nullable String venue;

    private @Nullable String bookedBy;

    private @Nullable String onBehalfOf;

    private @Nullable String event;

    private @Nullable String eventOnDay;
    private @Nullable String eventOnMonth;
    private @Nullable String eventOnYear;

    private @Nullable String speakers;

    private @Nullable String checksDone;

    private Assurance.@Nullable VenueOutcome outcome;

    private @Nullable String decidedBy;

    private @Nullable String decidedOnDay;
    private @Nullable String decidedOnMonth;
    private @Nullable String decidedOnYear;

    private @Nullable Integer version;

    public @Nullable String getVenue() {
        return venue;
    }

    public void setVenue(@Nullable String venue) {
        this.venue = venue;
    }

    public @Nullable String getBookedBy() {
        return bookedBy;
    }

    public void setBookedBy(@Nullable String bookedBy) {
        this.bookedBy = bookedBy;
    }

    public @Nullable String getOnBehalfOf() {
        return onBehalfOf;
    }

    public void setOnBehalfOf(@Nullable String onBehalfOf) {
        this.onBehalfOf = onBehalfOf;
    }

    public @Nullable String getEvent() {
        return event;
    }

    public void setEvent(@Nullable String event) {
        this.event = event;
    }

    DateInput eventOn() {
        return new DateInput(eventOnDay, eventOnMonth, eventOnYear);
    }

    void eventOn(@Nullable LocalDate day) {
        var input = day == null ? new DateInput(null, null, null) : DateInput.of(day);
        eventOnDay = input.day();
        eventOnMonth = input.month();
        eventOnYear = input.year();
    }

    /** The date input's errors are reported on this property, which holds nothing of its own. */
    public @Nullable String getEventOn() {
        return null;
    }

    public @Nullable String getEventOnDay() {
        return eventOnDay;
    }

    public void setEventOnDay(@Nullable String eventOnDay) {
        this.eventOnDay = eventOnDay;
    }

    public @Nullable String getEventOnMonth() {
        return eventOnMonth;
    }

    public void setEventOnMonth(@Nullable String eventOnMonth) {
        this.eventOnMonth = eventOnMonth;
    }

    public @Nullable String getEventOnYear() {
        return eventOnYear;
    }

    public void setEventOnYear(@Nullable String eventOnYear) {
        this.eventOnYear = eventOnYear;
    }

    public @Nullable String getSpeakers() {
        return speakers;
    }

    public void setSpeakers(@Nullable String speakers) {
        this.speakers = speakers;
    }

    public @Nullable String getChecksDone() {
        return checksDone;
    }

    public void setChecksDone(@Nullable String checksDone) {
        this.checksDone = checksDone;
    }

    public Assurance.@Nullable VenueOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(Assurance.@Nullable VenueOutcome outcome) {
        this.outcome = outcome;
    }

    public @Nullable String getDecidedBy() {
        return decidedBy;
    }

    public void setDecidedBy(@Nullable String decidedBy) {
        this.decidedBy = decidedBy;
    }

    DateInput decidedOn() {
        return new DateInput(decidedOnDay, decidedOnMonth, decidedOnYear);
    }

    void decidedOn(@Nullable LocalDate day) {
        var input = day == null ? new DateInput(null, null, null) : DateInput.of(day);
        decidedOnDay = input.day();
        decidedOnMonth = input.month();
        decidedOnYear = input.year();
    }

    /** The date input's errors are reported on this property, which holds nothing of its own. */
    public @Nullable String getDecidedOn() {
        return null;
    }

    public @Nullable String getDecidedOnDay() {
        return decidedOnDay;
    }

    public void setDecidedOnDay(@Nullable String decidedOnDay) {
        this.decidedOnDay = decidedOnDay;
    }

    public @Nullable String getDecidedOnMonth() {
        return decidedOnMonth;
    }

    public void setDecidedOnMonth(@Nullable String decidedOnMonth) {
        this.decidedOnMonth = decidedOnMonth;
    }

    public @Nullable String getDecidedOnYear() {
        return decidedOnYear;
    }

    public void setDecidedOnYear(@Nullable String decidedOnYear) {
        this.decidedOnYear = decidedOnYear;
    }

    public @Nullable Integer getVersion() {
        return version;
    }

    public void setVersion(@Nullable Integer version) {
        this.version = version;
    }
}
