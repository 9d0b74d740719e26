package org.preventduty.partners;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.preventduty.shared.web.DateInput;

/** A project's outputs in a quarter: counts only, never names. */
final class OutputForm {
    private @Nullable String quarterStartDay;
    private @Nullable String quarterStartMonth;
    private @Nullable String quarterStartYear;

    private @Nullable Integer series;

    private @Nullable Integer sessions;

    private @Nullable Integer participants;

    private @Nullable Integer ageUnder16;

    private @Nullable Integer age16To24;

    private @Nullable Integer age25AndOver;

    private @Nullable Integer ageUnknown;

    private @Nullable Integer female;

    private @Nullable Integer male;

    private @Nullable Integer sexUnknown;

    private @Nullable String feedback;

    DateInput quarterStart() {
        return new DateInput(quarterStartDay, quarterStartMonth, quarterStartYear);
    }

    void quarterStart(@Nullable LocalDate day) {
        var input = day == null ? new DateInput(null, null, null) : DateInput.of(day);
        quarterStartDay = input.day();
        quarterStartMonth = input.month();
        quarterStartYear = input.year();
    }

    /** The date input's errors are reported on this property, which holds nothing of its own. */
    public @Nullable String getQuarterStart() {
        return null;
    }

    public @Nullable String getQuarterStartDay() {
        return quarterStartDay;
    }

    public void setQuarterStartDay(@Nullable String quarterStartDay) {
        this.quarterStartDay = quarterStartDay;
    }

    public @Nullable String getQuarterStartMonth() {
        return quarterStartMonth;
    }

    public void setQuarterStartMonth(@Nullable String quarterStartMonth) {
        this.quarterStartMonth = quarterStartMonth;
    }

    public @Nullable String getQuarterStartYear() {
        return quarterStartYear;
    }

    public void setQuarterStartYear(@Nullable String quarterStartYear) {
        this.quarterStartYear = quarterStartYear;
    }

    public @Nullable Integer getSeries() {
        return series;
    }

    public void setSeries(@Nullable Integer series) {
        this.series = series;
    }

    public @Nullable Integer getSessions() {
        return sessions;
    }

    public void setSessions(@Nullable Integer sessions) {
        this.sessions = sessions;
    }

    public @Nullable Integer getParticipants() {
        return participants;
    }

    public void setParticipants(@Nullable Integer participants) {
        this.participants = participants;
    }

    public @Nullable Integer getAgeUnder16() {
        return ageUnder16;
    }

    public void setAgeUnder16(@Nullable Integer ageUnder16) {
        this.ageUnder16 = ageUnder16;
    }

    public @Nullable Integer getAge16To24() {
        return age16To24;
    }

    public void setAge16To24(@Nullable Integer age16To24) {
        this.age16To24 = age16To24;
    }

    public @Nullable Integer getAge25AndOver() {
        return age25AndOver;
    }

    public void setAge25AndOver(@Nullable Integer age25AndOver) {
        this.age25AndOver = age25AndOver;
    }

    public @Nullable Integer getAgeUnknown() {
        return ageUnknown;
    }

    public void setAgeUnknown(@Nullable Integer ageUnknown) {
        this.ageUnknown = ageUnknown;
    }

    public @Nullable Integer getFemale() {
        return female;
    }

    public void setFemale(@Nullable Integer female) {
        this.female = female;
    }

    public @Nullable Integer getMale() {
        return male;
    }

    public void setMale(@Nullable Integer male) {
        this.male = male;
    }

    public @Nullable Integer getSexUnknown() {
        return sexUnknown;
    }

    public void setSexUnknown(@Nullable Integer sexUnknown) {
        this.sexUnknown = sexUnknown;
    }

    public @Nullable String getFeedback() {
        return feedback;
    }

    public void setFeedback(@Nullable String feedback) {
        this.feedback = feedback;
    }
}
