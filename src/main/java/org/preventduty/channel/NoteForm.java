package org.preventduty.channel;

import static java.util.Objects.requireNonNull;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.preventduty.shared.web.DateInput;

/** A note of a case's chronology, new or corrected: its day, its category and its text (and why it was corrected). */
final class NoteForm {
    private @Nullable String occurredOnDay;
    private @Nullable String occurredOnMonth;
    private @Nullable String occurredOnYear;

    @NotNull(message = "{channel.note.category.blank}")
    private CaseNote.@Nullable Category category;

    @NotBlank(message = "{channel.note.text.blank}")
    @Size(max = CaseNote.MAX_TEXT, message = "{channel.note.text.tooLong}")
    private @Nullable String text;

    @Size(max = CaseNote.MAX_REASON, message = "{channel.note.reason.tooLong}")
    private @Nullable String reason;

    private @Nullable Integer version;

    /** The note as it is to be saved, once the form's checks and the day have passed. */
    CaseChronology.NewNote toNote(LocalDate day) {
        return new CaseChronology.NewNote(day, requireNonNull(category), requireNonNull(text));
    }

    DateInput occurredOn() {
        return new DateInput(occurredOnDay, occurredOnMonth, occurredOnYear);
    }

    void occurredOn(LocalDate day) {
        var input = DateInput.of(day);
        occurredOnDay = input.day();
        occurredOnMonth = input.month();
        occurredOnYear = input.year();
    }

    /** The date input's errors are reported on this property, which holds nothing of its own. */
    public @Nullable String getOccurredOn() {
        return null;
    }

    public @Nullable String getOccurredOnDay() {
        return occurredOnDay;
    }

    public void setOccurredOnDay(@Nullable String occurredOnDay) {
        this.occurredOnDay = occurredOnDay;
    }

    public @Nullable String getOccurredOnMonth() {
        return occurredOnMonth;
    }

    public void setOccurredOnMonth(@Nullable String occurredOnMonth) {
        this.occurredOnMonth = occurredOnMonth;
    }

    public @Nullable String getOccurredOnYear() {
        return occurredOnYear;
    }

    public void setOccurredOnYear(@Nullable String occurredOnYear) {
        this.occurredOnYear = occurredOnYear;
    }

    public CaseNote.@Nullable Category getCategory() {
        return category;
    }

    public void setCategory(CaseNote.@Nullable Category category) {
        this.category = category;
    }

    public @Nullable String getText() {
        return text;
    }

    public void setText(@Nullable String text) {
        this.text = text;
    }

    public @Nullable String getReason() {
        return reason;
    }

    public void setReason(@Nullable String reason) {
        this.reason = reason;
    }

    public @Nullable Integer getVersion() {
        return version;
    }

    public void setVersion(@Nullable Integer version) {
        this.version = version;
    }
}
