package org.preventduty.partners;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.preventduty.shared.web.DateInput;

/** A commissioned Prevent project, its provider, funding and aims. */
final class ProjectForm {
    private @Nullable String title;

    private @Nullable String provider;

    private @Nullable String fundingSource;

    private @Nullable String amount;

    private @Nullable String startsOnDay;
    private @Nullable String startsOnMonth;
    private @Nullable String startsOnYear;

    private @Nullable String endsOnDay;
    private @Nullable String endsOnMonth;
    private @Nullable String endsOnYear;

    private @Nullable String aims;

    private @Nullable String targetGroup;

    private @Nullable Integer version;

    public @Nullable String getTitle() {
        return title;
    }

    public void setTitle(@Nullable String title) {
        this.title = title;
    }

    public @Nullable String getProvider() {
        return provider;
    }

    public void setProvider(@Nullable String provider) {
        this.provider = provider;
    }

    public @Nullable String getFundingSource() {
        return fundingSource;
    }

    public void setFundingSource(@Nullable String fundingSource) {
        this.fundingSource = fundingSource;
    }

    public @Nullable String getAmount() {
        return amount;
    }

    public void setAmount(@Nullable String amount) {
        this.amount = amount;
    }

    DateInput startsOn() {
        return new DateInput(startsOnDay, startsOnMonth, startsOnYear);
    }

    void startsOn(@Nullable LocalDate day) {
        var input = day == null ? new DateInput(null, null, null) : DateInput.of(day);
        startsOnDay = input.day();
        startsOnMonth = input.month();
        startsOnYear = input.year();
    }

    /** The date input's errors are reported on this property, which holds nothing of its own. */
    public @Nullable String getStartsOn() {
        return null;
    }

    public @Nullable String getStartsOnDay() {
        return startsOnDay;
    }

    public void setStartsOnDay(@Nullable String startsOnDay) {
        this.startsOnDay = startsOnDay;
    }

    public @Nullable String getStartsOnMonth() {
        return startsOnMonth;
    }

    public void setStartsOnMonth(@Nullable String startsOnMonth) {
        this.startsOnMonth = startsOnMonth;
    }

    public @Nullable String getStartsOnYear() {
        return startsOnYear;
    }

    public void setStartsOnYear(@Nullable String startsOnYear) {
        this.startsOnYear = startsOnYear;
    }

    DateInput endsOn() {
        return new DateInput(endsOnDay, endsOnMonth, endsOnYear);
    }

    void endsOn(@Nullable LocalDate day) {
        var input = day == null ? new DateInput(null, null, null) : DateInput.of(day);
        endsOnDay = input.day();
        endsOnMonth = input.month();
        endsOnYear = input.year();
    }

    /** The date input's errors are reported on this property, which holds nothing of its own. */
    public @Nullable String getEndsOn() {
        return null;
    }

    public @Nullable String getEndsOnDay() {
        return endsOnDay;
    }

    public void setEndsOnDay(@Nullable String endsOnDay) {
        this.endsOnDay = endsOnDay;
    }

    public @Nullable String getEndsOnMonth() {
        return endsOnMonth;
    }

    public void setEndsOnMonth(@Nullable String endsOnMonth) {
        this.endsOnMonth = endsOnMonth;
    }

    public @Nullable String getEndsOnYear() {
        return endsOnYear;
    }

    public void setEndsOnYear(@Nullable String endsOnYear) {
        this.endsOnYear = endsOnYear;
    }

    public @Nullable String getAims() {
        return aims;
    }

    public void setAims(@Nullable String aims) {
        this.aims = aims;
    }

    public @Nullable String getTargetGroup() {
        return targetGroup;
    }

    public void setTargetGroup(@Nullable String targetGroup) {
        this.targetGroup = targetGroup;
    }

    public @Nullable Integer getVersion() {
        return version;
    }

    public void setVersion(@Nullable Integer version) {
        this.version = version;
    }
}
