package org.preventduty.referrals;

import java.util.UUID;

/**
 * A referral was submitted and waits for screening.
 *
 * @param referralId the referral.
 * @param tenantId its tenant.
 */
public record ReferralSubmitted(UUID referralId, UUID tenantId) {}
