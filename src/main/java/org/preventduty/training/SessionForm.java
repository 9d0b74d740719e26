package org.preventduty.training;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.shared.web.DateInput;

/** A training session planned: its course, day, time, place, trainer and who it is for. */
final class SessionForm {
    private @Nullable String courseCode;

    private @Nullable String onDay;
    private @Nullable String onMonth;
    private @Nullable String onYear;

    private @Nullable String startsAt;

    private @Nullable String venue;

    private @Nullable String onlineLink;

    private @Nullable UUID trainerId;

    private @Nullable Integer capacity;

    private @Nullable String department;

    private @Nullable String organisation;

    private @Nullable Integer months;

    public @Nullable String getCourseCode() {
        return courseCode;
    }

    public void setCourseCode(@Nullable String courseCode) {
        this.courseCode = courseCode;
    }

    DateInput on() {
        return new DateInput(onDay, onMonth, onYear);
    }

    void on(@Nullable LocalDate day) {
        var input = day == null ? new DateInput(null, null, null) : DateInput.of(day);
        onDay = input.day();
        onMonth = input.month();
        onYear = input.year();
    }

    /** The date input's errors are reported on this property, which holds nothing of its own. */
    public @Nullable String getOn() {
        return null;
    }

    public @Nullable String getOnDay() {
        return onDay;
    }

    public void setOnDay(@Nullable String onDay) {
        this.onDay = onDay;
    }

    public @Nullable String getOnMonth() {
        return onMonth;
    }

    public void setOnMonth(@Nullable String onMonth) {
        this.onMonth = onMonth;
    }

    public @Nullable String getOnYear() {
        return onYear;
    }

    public void setOnYear(@Nullable String onYear) {
        this.onYear = onYear;
    }

    public @Nullable String getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(@Nullable String startsAt) {
        this.startsAt = startsAt;
    }

    public @Nullable String getVenue() {
        return venue;
    }

    public void setVenue(@Nullable String venue) {
        this.venue = venue;
    }

    public @Nullable String getOnlineLink() {
        return onlineLink;
    }

    public void setOnlineLink(@Nullable String onlineLink) {
        this.onlineLink = onlineLink;
    }

    public @Nullable UUID getTrainerId() {
        return trainerId;
    }

    public void setTrainerId(@Nullable UUID trainerId) {
        this.trainerId = trainerId;
    }

    public @Nullable Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(@Nullable Integer capacity) {
        this.capacity = capacity;
    }

    public @Nullable String getDepartment() {
        return department;
    }

    public void setDepartment(@Nullable String department) {
        this.department = department;
    }

    public @Nullable String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(@Nullable String organisation) {
        this.organisation = organisation;
    }

    public @Nullable Integer getMonths() {
        return months;
    }

    public void setMonths(@Nullable Integer months) {
        this.months = months;
    }
}
