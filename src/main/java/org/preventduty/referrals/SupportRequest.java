package org.preventduty.referrals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.shared.RuleViolationException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A Request for Support: for a child or family already allocated to a social worker or family support worker, a
 * community support partner is asked to work with them while the allocated worker stays the lead worker.
 */
@Table("request_for_support")
class SupportRequest {

    @Id
    private UUID id;

    private UUID tenantId;
    private UUID referralId;
    private @Nullable UUID partnerOrganisationId;
    private String partnerName;
    private String leadWorkerName;
    private String leadWorkerRole;
    private String requestText;
    private LocalDate requestedOn;
    private SupportRequestStatus status;
    private @Nullable LocalDate respondedOn;
    private @Nullable LocalDate endedOn;
    private @Nullable String endReason;
    private @Nullable LocalDate agreedOn;
    private @Nullable UUID agreedBy;
    private UUID createdBy;
    private Instant createdAt;

    /** Null until first saved, so that only a new record is inserted: a row written with version 0 is not new. */
    @Version
    private @Nullable Integer version;

    private SupportRequest() {}

    SupportRequest(
            UUID tenantId,
            UUID referralId,
            @Nullable UUID partnerOrganisationId,
            String partnerName,
            String leadWorkerName,
            String leadWorkerRole,
            String requestText,
            LocalDate requestedOn,
            UUID createdBy,
            Instant now,
            boolean proposed) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.referralId = referralId;
        this.partnerOrganisationId = partnerOrganisationId;
        this.partnerName = partnerName.strip();
        this.leadWorkerName = leadWorkerName.strip();
        this.leadWorkerRole = leadWorkerRole.strip();
        this.requestText = requestText.strip();
        this.requestedOn = requestedOn;
        this.status = proposed ? SupportRequestStatus.PROPOSED : SupportRequestStatus.REQUESTED;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** The Prevent lead agrees a request the allocated worker raised, or does not; an agreed one is then asked. */
    void agree(boolean agreed, LocalDate on, UUID by) {
        if (status != SupportRequestStatus.PROPOSED) {
            throw RuleViolationException.rule(
                    "supportRequest.notProposed", "The request is not waiting for agreement.");
        }
        if (on.isBefore(requestedOn)) {
            throw RuleViolationException.rule("supportRequest.date", "The answer cannot come before the request.");
        }
        status = agreed ? SupportRequestStatus.REQUESTED : SupportRequestStatus.NOT_AGREED;
        agreedOn = on;
        agreedBy = by;
    }

    void respond(boolean accepted, LocalDate on) {
        if (status != SupportRequestStatus.REQUESTED) {
            throw RuleViolationException.rule("supportRequest.answered", "The request has already been answered.");
        }
        if (on.isBefore(requestedOn)) {
            throw RuleViolationException.rule("supportRequest.date", "The answer cannot come before the request.");
        }
        status = accepted ? SupportRequestStatus.ACCEPTED : SupportRequestStatus.DECLINED;
        respondedOn = on;
    }

    void end(LocalDate on, String reason) {
        if (status != SupportRequestStatus.ACCEPTED) {
            throw RuleViolationException.rule("supportRequest.notActive", "Only accepted support can end.");
        }
        if (on.isBefore(respondedOn)) {
            throw RuleViolationException.rule("supportRequest.date", "Support cannot end before it was accepted.");
        }
        status = SupportRequestStatus.ENDED;
        endedOn = on;
        endReason = reason.strip();
    }

    SupportRequestView view() {
        return new SupportRequestView(
                id,
                referralId,
                partnerOrganisationId,
                partnerName,
                leadWorkerName,
                leadWorkerRole,
                requestText,
                requestedOn,
                status,
                respondedOn,
                endedOn,
                endReason,
                version);
    }

    UUID id() {
        return id;
    }

    UUID referralId() {
        return referralId;
    }

    int version() {
        return version == null ? 0 : version;
    }
}
