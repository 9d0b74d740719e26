package org.preventduty.channel;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.preventduty.shared.web.DateInput;

/** A session of an intervention delivered. */
final class SessionForm {
    private @Nullable String deliveredOnDay;
    private @Nullable String deliveredOnMonth;
    private @Nullable String deliveredOnYear;

    @Size(max = 5000, message = "{channel.session.note.tooLong}")
    private @Nullable String note;

    DateInput deliveredOn() {
        return new DateInput(deliveredOnDay, deliveredOnMonth, deliveredOnYear);
    }

    void deliveredOn(LocalDate day) {
        var input = DateInput.of(day);
        deliveredOnDay = input.day();
        deliveredOnMonth = input.month();
        deliveredOnYear = input.year();
    }

    /** The date input's errors are reported on this property, which holds nothing of its own. */
    public @Nullable String getDeliveredOn() {
        return null;
    }

    public @Nullable String getDeliveredOnDay() {
        return deliveredOnDay;
    }

    public void setDeliveredOnDay(@Nullable String deliveredOnDay) {
        this.deliveredOnDay = deliveredOnDay;
    }

    public @Nullable String getDeliveredOnMonth() {
        return deliveredOnMonth;
    }

    public void setDeliveredOnMonth(@Nullable String deliveredOnMonth) {
        this.deliveredOnMonth = deliveredOnMonth;
    }

    public @Nullable String getDeliveredOnYear() {
        return deliveredOnYear;
    }

    public void setDeliveredOnYear(@Nullable String deliveredOnYear) {
        this.deliveredOnYear = deliveredOnYear;
    }

    public @Nullable String getNote() {
        return note;
    }

    public void setNote(@Nullable String note) {
        this.note = note;
    }
}
