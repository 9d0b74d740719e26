package org.preventduty.channel;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.preventduty.shared.web.DateInput;

/** A partner agency's response. */
final class InformationResponseForm {
    private @Nullable String respondedOnDay;
    private @Nullable String respondedOnMonth;
    private @Nullable String respondedOnYear;

    @NotBlank(message = "{channel.information.response.blank}")
    @Size(max = 10000, message = "{channel.information.response.tooLong}")
    private @Nullable String response;

    DateInput respondedOn() {
        return new DateInput(respondedOnDay, respondedOnMonth, respondedOnYear);
    }

    void respondedOn(LocalDate day) {
        var input = DateInput.of(day);
        respondedOnDay = input.day();
        respondedOnMonth = input.month();
        respondedOnYear = input.year();
    }

    /** The date input's errors are reported on this property, which holds nothing of its own. */
    public @Nullable String getRespondedOn() {
        return null;
    }

    public @Nullable String getRespondedOnDay() {
        return respondedOnDay;
    }

    public void setRespondedOnDay(@Nullable String respondedOnDay) {
        this.respondedOnDay = respondedOnDay;
    }

    public @Nullable String getRespondedOnMonth() {
        return respondedOnMonth;
    }

    public void setRespondedOnMonth(@Nullable String respondedOnMonth) {
        this.respondedOnMonth = respondedOnMonth;
    }

    public @Nullable String getRespondedOnYear() {
        return respondedOnYear;
    }

    public void setRespondedOnYear(@Nullable String respondedOnYear) {
        this.respondedOnYear = respondedOnYear;
    }

    public @Nullable String getResponse() {
        return response;
    }

    public void setResponse(@Nullable String response) {
        this.response = response;
    }
}
