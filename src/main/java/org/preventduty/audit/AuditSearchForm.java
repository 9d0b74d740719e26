package org.preventduty.audit;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The filters of the audit search page, as typed. */
class AuditSearchForm {

    @Size(max = 254, message = "{audit.user.tooLong}")
    private String user;

    @Pattern(regexp = "|[A-Z][A-Z0-9_]*", message = "{audit.action.invalid}")
    private String action;

    @Pattern(regexp = "|[A-Z][A-Z0-9_]*", message = "{audit.subjectType.invalid}")
    private String subjectType;

    @Size(max = 100, message = "{audit.subjectId.tooLong}")
    private String subjectId;

    @Pattern(regexp = "|\\d{4}-\\d{2}-\\d{2}", message = "{audit.date.invalid}")
    private String from;

    @Pattern(regexp = "|\\d{4}-\\d{2}-\\d{2}", message = "{audit.date.invalid}")
    private String to;

    private int page;

    @Nullable
    LocalDate fromDate() {
        return date(from);
    }

    @Nullable
    LocalDate toDate() {
        return date(to);
    }

    boolean datesValid() {
        try {
            date(from);
            date(to);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    static @Nullable UUID uuid(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static @Nullable LocalDate date(@Nullable String value) {
        return value == null || value.isBlank() ? null : LocalDate.parse(value);
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public void setSubjectType(String subjectType) {
        this.subjectType = subjectType;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public void setSubjectId(String subjectId) {
        this.subjectId = subjectId;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
