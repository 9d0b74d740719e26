package org.preventduty.partners;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.preventduty.shared.web.DateInput;

/** A grant the council gives, and what it pays for. */
final class GrantForm {
    private @Nullable String source;

    private @Nullable String amount;

    private @Nullable String startsOnDay;
    private @Nullable String startsOnMonth;
    private @Nullable String startsOnYear;

    private @Nullable String endsOnDay;
    private @Nullable String endsOnMonth;
    private @Nullable String endsOnYear;

    private @Nullable String paysFor;

    private @Nullable Integer version;

    public @Nullable String getSource() {
        return source;
    }

    public void setSource(@Nullable String source) {
        this.source = source;
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

    public @Nullable String getPaysFor() {
        return paysFor;
    }

    public void setPaysFor(@Nullable String paysFor) {
        this.paysFor = paysFor;
    }

    public @Nullable Integer getVersion() {
        return version;
    }

    public void setVersion(@Nullable Integer version) {
        this.version = version;
    }
}
