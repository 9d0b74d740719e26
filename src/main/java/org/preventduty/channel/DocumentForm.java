package org.preventduty.channel;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.preventduty.shared.web.DateInput;

/** A document added to a case: the file comes as a part of the request; its marking, what it is and when received. */
final class DocumentForm {

    @NotNull(message = "{channel.document.marking.blank}")
    private CaseDocuments.@Nullable Marking marking;

    @NotBlank(message = "{channel.document.description.blank}")
    @Size(max = 300, message = "{channel.document.description.tooLong}")
    private @Nullable String description;

    private @Nullable String receivedOnDay;
    private @Nullable String receivedOnMonth;
    private @Nullable String receivedOnYear;

    DateInput receivedOn() {
        return new DateInput(receivedOnDay, receivedOnMonth, receivedOnYear);
    }

    void receivedOn(LocalDate day) {
        var input = DateInput.of(day);
        receivedOnDay = input.day();
        receivedOnMonth = input.month();
        receivedOnYear = input.year();
    }

    /** The file's errors are reported on this property; the file itself comes as a part of the request. */
    public @Nullable String getFile() {
        return null;
    }

    /** The date input's errors are reported on this property, which holds nothing of its own. */
    public @Nullable String getReceivedOn() {
        return null;
    }

    public CaseDocuments.@Nullable Marking getMarking() {
        return marking;
    }

    public void setMarking(CaseDocuments.@Nullable Marking marking) {
        this.marking = marking;
    }

    public @Nullable String getDescription() {
        return description;
    }

    public void setDescription(@Nullable String description) {
        this.description = description;
    }

    public @Nullable String getReceivedOnDay() {
        return receivedOnDay;
    }

    public void setReceivedOnDay(@Nullable String receivedOnDay) {
        this.receivedOnDay = receivedOnDay;
    }

    public @Nullable String getReceivedOnMonth() {
        return receivedOnMonth;
    }

    public void setReceivedOnMonth(@Nullable String receivedOnMonth) {
        this.receivedOnMonth = receivedOnMonth;
    }

    public @Nullable String getReceivedOnYear() {
        return receivedOnYear;
    }

    public void setReceivedOnYear(@Nullable String receivedOnYear) {
        this.receivedOnYear = receivedOnYear;
    }
}
