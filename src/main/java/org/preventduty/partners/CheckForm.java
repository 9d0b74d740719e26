package org.preventduty.partners;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.preventduty.shared.web.DateInput;

/** Due diligence on a partner before it is funded or given a platform. */
final class CheckForm {
    private Assurance.@Nullable CheckPurpose purpose;

    private @Nullable String checksDone;

    private @Nullable String sources;

    private Assurance.@Nullable CheckOutcome outcome;

    private @Nullable String reviewer;

    private @Nullable String checkedOnDay;
    private @Nullable String checkedOnMonth;
    private @Nullable String checkedOnYear;

    private @Nullable String nextCheckOnDay;
    private @Nullable String nextCheckOnMonth;
    private @Nullable String nextCheckOnYear;

    private @Nullable Integer version;

    public Assurance.@Nullable CheckPurpose getPurpose() {
        return purpose;
    }

    public void setPurpose(Assurance.@Nullable CheckPurpose purpose) {
        this.purpose = purpose;
    }

    public @Nullable String getChecksDone() {
        return checksDone;
    }

    public void setChecksDone(@Nullable String checksDone) {
        this.checksDone = checksDone;
    }

    public @Nullable String getSources() {
        return sources;
    }

    public void setSources(@Nullable String sources) {
        this.sources = sources;
    }

    public Assurance.@Nullable CheckOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(Assurance.@Nullable CheckOutcome outcome) {
        this.outcome = outcome;
    }

    public @Nullable String getReviewer() {
        return reviewer;
    }

    public void setReviewer(@Nullable String reviewer) {
        this.reviewer = reviewer;
    }

    DateInput checkedOn() {
        return new DateInput(checkedOnDay, checkedOnMonth, checkedOnYear);
    }

    void checkedOn(@Nullable LocalDate day) {
        var input = day == null ? new DateInput(null, null, null) : DateInput.of(day);
        checkedOnDay = input.day();
        checkedOnMonth = input.month();
        checkedOnYear = input.year();
    }

    /** The date input's errors are reported on this property, which holds nothing of its own. */
    public @Nullable String getCheckedOn() {
        return null;
    }

    public @Nullable String getCheckedOnDay() {
        return checkedOnDay;
    }

    public void setCheckedOnDay(@Nullable String checkedOnDay) {
        this.checkedOnDay = checkedOnDay;
    }

    public @Nullable String getCheckedOnMonth() {
        return checkedOnMonth;
    }

    public void setCheckedOnMonth(@Nullable String checkedOnMonth) {
        this.checkedOnMonth = checkedOnMonth;
    }

    public @Nullable String getCheckedOnYear() {
        return checkedOnYear;
    }

    public void setCheckedOnYear(@Nullable String checkedOnYear) {
        this.checkedOnYear = checkedOnYear;
    }

    DateInput nextCheckOn() {
        return new DateInput(nextCheckOnDay, nextCheckOnMonth, nextCheckOnYear);
    }

    void nextCheckOn(@Nullable LocalDate day) {
        var input = day == null ? new DateInput(null, null, null) : DateInput.of(day);
        nextCheckOnDay = input.day();
        nextCheckOnMonth = input.month();
        nextCheckOnYear = input.year();
    }

    /** The date input's errors are reported on this property, which holds nothing of its own. */
    public @Nullable String getNextCheckOn() {
        return null;
    }

    public @Nullable String getNextCheckOnDay() {
        return nextCheckOnDay;
    }

    public void setNextCheckOnDay(@Nullable String nextCheckOnDay) {
        this.nextCheckOnDay = nextCheckOnDay;
    }

    public @Nullable String getNextCheckOnMonth() {
        return nextCheckOnMonth;
    }

    public void setNextCheckOnMonth(@Nullable String nextCheckOnMonth) {
        this.nextCheckOnMonth = nextCheckOnMonth;
    }

    public @Nullable String getNextCheckOnYear() {
        return nextCheckOnYear;
    }

    public void setNextCheckOnYear(@Nullable String nextCheckOnYear) {
        this.nextCheckOnYear = nextCheckOnYear;
    }

    public @Nullable Integer getVersion() {
        return version;
    }

    public void setVersion(@Nullable Integer version) {
        this.version = version;
    }
}
