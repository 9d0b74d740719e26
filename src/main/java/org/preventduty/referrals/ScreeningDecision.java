package org.preventduty.referrals;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The Prevent lead's screening decision on a referral.
 *
 * @param outcome the outcome.
 * @param appropriate whether the referral was appropriate for Prevent.
 * @param reason why: required.
 * @param signpostedTo the service signposted to, a code of the SIGNPOST list; required for {@code SIGNPOSTED}.
 * @param feedback the feedback for the referrer.
 * @param decidedOn the day it was decided, not before the referral was received nor in the future; today when
 *     {@literal null}.
 */
public record ScreeningDecision(
        ScreeningOutcome outcome,
        @Nullable Boolean appropriate,
        @Nullable String reason,
        @Nullable String signpostedTo,
        @Nullable String feedback,
        @Nullable LocalDate decidedOn) {

    /** A decision taken today. */
    public ScreeningDecision(
            ScreeningOutcome outcome,
            @Nullable Boolean appropriate,
            @Nullable String reason,
            @Nullable String signpostedTo,
            @Nullable String feedback) {
        this(outcome, appropriate, reason, signpostedTo, feedback, null);
    }
}
