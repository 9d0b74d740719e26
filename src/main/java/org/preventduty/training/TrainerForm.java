package org.preventduty.training;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.preventduty.shared.web.DateInput;

/** An accredited trainer, who may deliver sessions while accredited. */
final class TrainerForm {
    private @Nullable String name;

    private @Nullable String email;

    private @Nullable String organisation;

    private @Nullable String accreditedOnDay;
    private @Nullable String accreditedOnMonth;
    private @Nullable String accreditedOnYear;

    private @Nullable String expiresOnDay;
    private @Nullable String expiresOnMonth;
    private @Nullable String expiresOnYear;

    public @Nullable String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = name;
    }

    public @Nullable String getEmail() {
        return email;
    }

    public void setEmail(@Nullable String email) {
        this.email = email;
    }

    public @Nullable String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(@Nullable String organisation) {
        this.organisation = organisation;
    }

    DateInput accreditedOn() {
        return new DateInput(accreditedOnDay, accreditedOnMonth, accreditedOnYear);
    }

    void accreditedOn(@Nullable LocalDate day) {
        var input = day == null ? new DateInput(null, null, null) : DateInput.of(day);
        accreditedOnDay = input.day();
        accreditedOnMonth = input.month();
        accreditedOnYear = input.year();
    }

    /** The date input's errors are reported on this property, which holds nothing of its own. */
    public @Nullable String getAccreditedOn() {
        return null;
    }

    public @Nullable String getAccreditedOnDay() {
        return accreditedOnDay;
    }

    public void setAccreditedOnDay(@Nullable String accreditedOnDay) {
        this.accreditedOnDay = accreditedOnDay;
    }

    public @Nullable String getAccreditedOnMonth() {
        return accreditedOnMonth;
    }

    public void setAccreditedOnMonth(@Nullable String accreditedOnMonth) {
        this.accreditedOnMonth = accreditedOnMonth;
    }

    public @Nullable String getAccreditedOnYear() {
        return accreditedOnYear;
    }

    public void setAccreditedOnYear(@Nullable String accreditedOnYear) {
        this.accreditedOnYear = accreditedOnYear;
    }

    DateInput expiresOn() {
        return new DateInput(expiresOnDay, expiresOnMonth, expiresOnYear);
    }

    void expiresOn(@Nullable LocalDate day) {
        var input = day == null ? new DateInput(null, null, null) : DateInput.of(day);
        expiresOnDay = input.day();
        expiresOnMonth = input.month();
        expiresOnYear = input.year();
    }

    /** The date input's errors are reported on this property, which holds nothing of its own. */
    public @Nullable String getExpiresOn() {
        return null;
    }

    public @Nullable String getExpiresOnDay() {
        return expiresOnDay;
    }

    public void setExpiresOnDay(@Nullable String expiresOnDay) {
        this.expiresOnDay = expiresOnDay;
    }

    public @Nullable String getExpiresOnMonth() {
        return expiresOnMonth;
    }

    public void setExpiresOnMonth(@Nullable String expiresOnMonth) {
        this.expiresOnMonth = expiresOnMonth;
    }

    public @Nullable String getExpiresOnYear() {
        return expiresOnYear;
    }

    public void setExpiresOnYear(@Nullable String expiresOnYear) {
        this.expiresOnYear = expiresOnYear;
    }
}
