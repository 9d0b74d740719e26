package org.preventduty.referrals;

import java.util.UUID;

/**
 * The screening decision of a referral was recorded.
 *
 * @param referralId the referral.
 * @param tenantId its tenant.
 * @param outcome the decision.
 */
public record ReferralDecided(UUID referralId, UUID tenantId, ScreeningOutcome outcome) {}
