package org.preventduty.audit;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.shared.Paged;
import org.preventduty.shared.web.ApiController;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit trail through the API, for auditors. */
@ApiController("/api/v1/audit")
class AuditApi {

    private final AuditManagement audit;

    AuditApi(AuditManagement audit) {
        this.audit = audit;
    }

    @GetMapping("/events")
    Paged<AuditEventView> events(
            @RequestParam(required = false) @Nullable UUID actorId,
            @RequestParam(required = false) @Nullable String action,
            @RequestParam(required = false) @Nullable String subjectType,
            @RequestParam(required = false) @Nullable String subjectId,
            @RequestParam(required = false) @Nullable UUID personId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return audit.search(new AuditQuery(actorId, action, subjectType, subjectId, personId, from, to), page, size);
    }

    @GetMapping("/access-log")
    Paged<AuditEventView> accessLog(
            @RequestParam String subjectType,
            @RequestParam String subjectId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return audit.accessLog(subjectType, subjectId, page, size);
    }

    @GetMapping("/verification")
    ChainVerification verification() {
        return audit.verifyTenant();
    }
}
