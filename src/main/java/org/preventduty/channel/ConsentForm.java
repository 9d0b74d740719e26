package org.preventduty.channel;

import static java.util.Objects.requireNonNull;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.preventduty.channel.ChannelRules.ConsentStatus;
import org.preventduty.channel.ChannelRules.GivenBy;
import org.preventduty.shared.web.DateInput;
import org.preventduty.shared.web.FormValues;

/** An answer to the request for consent. */
final class ConsentForm {
    @NotNull(message = "{channel.consent.status.blank}")
    private @Nullable ConsentStatus status;

    @NotNull(message = "{channel.consent.givenBy.blank}")
    private @Nullable GivenBy givenBy;

    @Size(max = 100, message = "{channel.consent.guardianName.tooLong}")
    private @Nullable String guardianName;

    private @Nullable String recordedOnDay;
    private @Nullable String recordedOnMonth;
    private @Nullable String recordedOnYear;

    ChannelWork.NewConsent toCommand() {
        return new ChannelWork.NewConsent(
                requireNonNull(status),
                requireNonNull(givenBy),
                FormValues.text(guardianName),
                requireNonNull(recordedOn().date()));
    }

    public @Nullable ConsentStatus getStatus() {
        return status;
    }

    public void setStatus(@Nullable ConsentStatus status) {
        this.status = status;
    }

    public @Nullable GivenBy getGivenBy() {
        return givenBy;
    }

    public void setGivenBy(@Nullable GivenBy givenBy) {
        this.givenBy = givenBy;
    }

    public @Nullable String getGuardianName() {
        return guardianName;
    }

    public void setGuardianName(@Nullable String guardianName) {
        this.guardianName = guardianName;
    }

    DateInput recordedOn() {
        return new DateInput(recordedOnDay, recordedOnMonth, recordedOnYear);
    }

    void recordedOn(LocalDate day) {
        var input = DateInput.of(day);
        recordedOnDay = input.day();
        recordedOnMonth = input.month();
        recordedOnYear = input.year();
    }

    /** The date input's errors are reported on this property, which holds nothing of its own. */
    public @Nullable String getRecordedOn() {
        return null;
    }

    public @Nullable String getRecordedOnDay() {
        return recordedOnDay;
    }

    public void setRecordedOnDay(@Nullable String recordedOnDay) {
        this.recordedOnDay = recordedOnDay;
    }

    public @Nullable String getRecordedOnMonth() {
        return recordedOnMonth;
    }

    public void setRecordedOnMonth(@Nullable String recordedOnMonth) {
        this.recordedOnMonth = recordedOnMonth;
    }

    public @Nullable String getRecordedOnYear() {
        return recordedOnYear;
    }

    public void setRecordedOnYear(@Nullable String recordedOnYear) {
        this.recordedOnYear = recordedOnYear;
    }
}
