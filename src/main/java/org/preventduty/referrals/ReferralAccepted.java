package org.preventduty.referrals;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A referral was accepted for Channel; a Channel case with the given id is to be opened for it.
 *
 * @param referralId the referral.
 * @param tenantId its tenant.
 * @param personId the person referred.
 * @param channelCaseId the id the Channel case will have.
 * @param decidedBy who accepted it.
 * @param decidedOn the day it was accepted, on which the case opens.
 */
public record ReferralAccepted(
        UUID referralId, UUID tenantId, UUID personId, UUID channelCaseId, UUID decidedBy, LocalDate decidedOn) {}
