package org.preventduty.referrals;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A Request for Support as pages and the API show it.
 *
 * @param id its id.
 * @param referralId the referral it follows.
 * @param partnerOrganisationId the partner organisation, when it is one of the council's partners.
 * @param partnerName the community support partner.
 * @param leadWorkerName the allocated worker, who stays the lead worker.
 * @param leadWorkerRole their role (social worker, family support worker).
 * @param request what was asked.
 * @param requestedOn when.
 * @param status where it stands.
 * @param respondedOn when the partner accepted or declined.
 * @param endedOn when the support ended.
 * @param endReason why it ended.
 * @param version the version to send back with a change.
 */
public record SupportRequestView(
        UUID id,
        UUID referralId,
        @Nullable UUID partnerOrganisationId,
        String partnerName,
        String leadWorkerName,
        String leadWorkerRole,
        String request,
        LocalDate requestedOn,
        SupportRequestStatus status,
        @Nullable LocalDate respondedOn,
        @Nullable LocalDate endedOn,
        @Nullable String endReason,
        int version) {

    /** Whether the Prevent lead may agree it: while the allocated worker's request waits for them. */
    public boolean mayAgree() {
        return status == SupportRequestStatus.PROPOSED;
    }

    /** Whether the partner's answer may be recorded: while the request waits for it. */
    public boolean mayRespond() {
        return status == SupportRequestStatus.REQUESTED;
    }

    /** Whether the support may be ended: once it was accepted. */
    public boolean mayEnd() {
        return status == SupportRequestStatus.ACCEPTED;
    }
}
