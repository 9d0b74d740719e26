package org.preventduty.channel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A note in a case's chronology: what happened on a day, of a category, by whom. It is corrected, never silently
 * changed: each correction keeps the wording it replaced, with who corrected it, when and why.
 */
@Table("case_note")
class CaseNote {

    /** What a note is about. */
    enum Category {
        CONTACT,
        MEETING,
        INFORMATION_RECEIVED,
        SAFEGUARDING,
        OTHER
    }

    /** The longest note kept. */
    static final int MAX_TEXT = 10_000;

    /** The longest reason for a correction. */
    static final int MAX_REASON = 1_000;

    /** An earlier wording of the note, kept when it was corrected. */
    @Table("case_note_correction")
    record Correction(
            UUID tenantId,
            LocalDate occurredOn,
            Category category,
            @Column("note_text") String text,
            String reason,
            UUID correctedBy,
            Instant correctedAt) {}

    @Id
    private UUID id;

    private UUID caseId;
    private UUID tenantId;
    private LocalDate occurredOn;
    private Category category;

    @Column("note_text")
    private String text;

    private UUID recordedBy;
    private Instant recordedAt;

    @MappedCollection(idColumn = "case_note_id", keyColumn = "position")
    private List<Correction> corrections = new ArrayList<>();

    /** Null until first saved, so that only a new record is inserted. */
    @Version
    private @Nullable Integer version;

    private CaseNote() {}

    CaseNote(
            UUID caseId,
            UUID tenantId,
            LocalDate occurredOn,
            Category category,
            String text,
            UUID recordedBy,
            Instant recordedAt) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.tenantId = tenantId;
        this.occurredOn = occurredOn;
        this.category = category;
        this.text = text.strip();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /**
     * Corrects the note, keeping the wording it had. Answers whether anything changed: a correction that changes
     * nothing is not kept.
     */
    boolean correct(LocalDate day, Category newCategory, String newText, String reason, UUID by, Instant at) {
        var stripped = newText.strip();
        if (day.equals(occurredOn) && newCategory == category && stripped.equals(text)) {
            return false;
        }
        corrections.add(new Correction(tenantId, occurredOn, category, text, reason.strip(), by, at));
        occurredOn = day;
        category = newCategory;
        text = stripped;
        return true;
    }

    UUID id() {
        return id;
    }

    UUID caseId() {
        return caseId;
    }

    LocalDate occurredOn() {
        return occurredOn;
    }

    Category category() {
        return category;
    }

    String text() {
        return text;
    }

    UUID recordedBy() {
        return recordedBy;
    }

    Instant recordedAt() {
        return recordedAt;
    }

    /** The earlier wordings, oldest first. */
    List<Correction> corrections() {
        return List.copyOf(corrections);
    }

    int version() {
        return version == null ? 0 : version;
    }
}
