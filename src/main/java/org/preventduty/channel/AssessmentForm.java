package org.preventduty.channel;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.preventduty.shared.web.DateInput;

/** An assessment against the current framework: a rating of every factor, with evidence, and a summary of each dimension. */
final class AssessmentForm {
    private @Nullable String assessedOnDay;
    private @Nullable String assessedOnMonth;
    private @Nullable String assessedOnYear;

    @NotBlank(message = "{channel.assessment.assessedBy.blank}")
    @Size(max = 200, message = "{channel.assessment.assessedBy.tooLong}")
    private @Nullable String assessedBy;

    private Map<String, Rating> ratings = new LinkedHashMap<>();
    private Map<String, String> evidence = new LinkedHashMap<>();
    private Map<String, String> summaries = new LinkedHashMap<>();

    DateInput assessedOn() {
        return new DateInput(assessedOnDay, assessedOnMonth, assessedOnYear);
    }

    void assessedOn(LocalDate day) {
        var input = DateInput.of(day);
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

    public @Nullable String getAssessedBy() {
        return assessedBy;
    }

    public void setAssessedBy(@Nullable String assessedBy) {
        this.assessedBy = assessedBy;
    }

    public Map<String, Rating> getRatings() {
        return ratings;
    }

    public void setRatings(Map<String, Rating> ratings) {
        this.ratings = ratings;
    }

    public Map<String, String> getEvidence() {
        return evidence;
    }

    public void setEvidence(Map<String, String> evidence) {
        this.evidence = evidence;
    }

    public Map<String, String> getSummaries() {
        return summaries;
    }

    public void setSummaries(Map<String, String> summaries) {
        this.summaries = summaries;
    }
}
