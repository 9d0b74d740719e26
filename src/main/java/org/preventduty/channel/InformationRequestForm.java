package org.preventduty.channel;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.preventduty.shared.web.DateInput;

/** A request for information to a partner agency. */
final class InformationRequestForm {
    @NotBlank(message = "{channel.information.agency.blank}")
    @Size(max = 200, message = "{channel.information.agency.tooLong}")
    private @Nullable String agency;

    @Size(max = 200, message = "{channel.information.askedOf.tooLong}")
    private @Nullable String askedOf;

    private @Nullable String askedOnDay;
    private @Nullable String askedOnMonth;
    private @Nullable String askedOnYear;

    @NotBlank(message = "{channel.information.what.blank}")
    @Size(max = 5000, message = "{channel.information.what.tooLong}")
    private @Nullable String what;

    public @Nullable String getAgency() {
        return agency;
    }

    public void setAgency(@Nullable String agency) {
        this.agency = agency;
    }

    public @Nullable String getAskedOf() {
        return askedOf;
    }

    public void setAskedOf(@Nullable String askedOf) {
        this.askedOf = askedOf;
    }

    DateInput askedOn() {
        return new DateInput(askedOnDay, askedOnMonth, askedOnYear);
    }

    void askedOn(LocalDate day) {
        var input = DateInput.of(day);
        askedOnDay = input.day();
        askedOnMonth = input.month();
        askedOnYear = input.year();
    }

    /** The date input's errors are reported on this property, which holds nothing of its own. */
    public @Nullable String getAskedOn() {
        return null;
    }

    public @Nullable String getAskedOnDay() {
        return askedOnDay;
    }

    public void setAskedOnDay(@Nullable String askedOnDay) {
        this.askedOnDay = askedOnDay;
    }

    public @Nullable String getAskedOnMonth() {
        return askedOnMonth;
    }

    public void setAskedOnMonth(@Nullable String askedOnMonth) {
        this.askedOnMonth = askedOnMonth;
    }

    public @Nullable String getAskedOnYear() {
        return askedOnYear;
    }

    public void setAskedOnYear(@Nullable String askedOnYear) {
        this.askedOnYear = askedOnYear;
    }

    public @Nullable String getWhat() {
        return what;
    }

    public void setWhat(@Nullable String what) {
        this.what = what;
    }
}
