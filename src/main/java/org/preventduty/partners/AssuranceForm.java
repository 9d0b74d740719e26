package org.preventduty.partners;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.preventduty.shared.web.DateInput;

/** A partner's self-assessment or award. */
final class AssuranceForm {
    private Assurance.@Nullable AssuranceKind kind;

    private @Nullable String title;

    private @Nullable String assessedOnDay;
    private @Nullable String assessedOnMonth;
    private @Nullable String assessedOnYear;

    private @Nullable String result;

    private @Nullable String followUp;

    public Assurance.@Nullable AssuranceKind getKind() {
        return kind;
    }

    public void setKind(Assurance.@Nullable AssuranceKind kind) {
        this.kind = kind;
    }

    public @Nullable String getTitle() {
        return title;
    }

    public void setTitle(@Nullable String title) {
        this.title = title;
    }

    DateInput assessedOn() {
        return new DateInput(assessedOnDay, assessedOnMonth, assessedOnYear);
    }

    void assessedOn(@Nullable LocalDate day) {
        var input = day == null ? new DateInput(null, null, null) : DateInput.of(day);
        assessedOnDay = input.day();
        assessedOnMonth = input.month();
        assessedOnYear = input.year();
    }

    /** The date input's errors are reported on this property, which holds nothing of its own. */
    public @Nullable String getAssessedOn() {
        return null;
    }

    public @Nullable String getAssessedOnDay() {
        return assessedOnDay;
    }

    public void setAssessedOnDay(@Nullable String assessedOnDay) {
        this.assessedOnDay = assessedOnDay;
    }

    public @Nullable String getAssessedOnMonth() {
        return assessedOnMonth;
    }

    public void setAssessedOnMonth(@Nullable String assessedOnMonth) {
        this.assessedOnMonth = assessedOnMonth;
    }

    public @Nullable String getAssessedOnYear() {
        return assessedOnYear;
    }

    public void setAssessedOnYear(@Nullable String assessedOnYear) {
        this.assessedOnYear = assessedOnYear;
    }

    public @Nullable String getResult() {
        return result;
    }

    public void setResult(@Nullable String result) {
        this.result = result;
    }

    public @Nullable String getFollowUp() {
        return followUp;
    }

    public void setFollowUp(@Nullable String followUp) {
        this.followUp = followUp;
    }
}
