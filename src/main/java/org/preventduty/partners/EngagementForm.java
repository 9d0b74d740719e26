package org.preventduty.partners;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.preventduty.shared.web.DateInput;

/** An engagement with a partner: a visit, a meeting, a briefing. */
final class EngagementForm {
    private @Nullable String happenedOnDay;
    private @Nullable String happenedOnMonth;
    private @Nullable String happenedOnYear;

    private PartnerRecords.@Nullable EngagementKind kind;

    private @Nullable String ledBy;

    private @Nullable String summary;

    DateInput happenedOn() {
        return new DateInput(happenedOnDay, happenedOnMonth, happenedOnYear);
    }

    void happenedOn(@Nullable LocalDate day) {
        var input = day == null ? new DateInput(null, null, null) : DateInput.of(day);
        happenedOnDay = input.day();
        happenedOnMonth = input.month();
        happenedOnYear = input.year();
    }

    /** The date input's errors are reported on this property, which holds nothing of its own. */
    public @Nullable String getHappenedOn() {
        return null;
    }

    public @Nullable String getHappenedOnDay() {
        return happenedOnDay;
    }

    public void setHappenedOnDay(@Nullable String happenedOnDay) {
        this.happenedOnDay = happenedOnDay;
    }

    public @Nullable String getHappenedOnMonth() {
        return happenedOnMonth;
    }

    public void setHappenedOnMonth(@Nullable String happenedOnMonth) {
        this.happenedOnMonth = happenedOnMonth;
    }

    public @Nullable String getHappenedOnYear() {
        return happenedOnYear;
    }

    public void setHappenedOnYear(@Nullable String happenedOnYear) {
        this.happenedOnYear = happenedOnYear;
    }

    public PartnerRecords.@Nullable EngagementKind getKind() {
        return kind;
    }

    public void setKind(PartnerRecords.@Nullable EngagementKind kind) {
        this.kind = kind;
    }

    public @Nullable String getLedBy() {
        return ledBy;
    }

    public void setLedBy(@Nullable String ledBy) {
        this.ledBy = ledBy;
    }

    public @Nullable String getSummary() {
        return summary;
    }

    public void setSummary(@Nullable String summary) {
        this.summary = summary;
    }
}
