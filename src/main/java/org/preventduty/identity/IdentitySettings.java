package org.preventduty.identity;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of sign-in, sessions and keys ({@code service.identity.*}).
 *
 * @param mfaRequired whether every user must use two-factor authentication; when not set, it is required unless the
 *     application runs in demo mode.
 * @param idleTimeout a session ends after this long without a request.
 * @param idleWarning how long before the idle timeout the page warns and offers to stay signed in.
 * @param absoluteLifetime a session ends this long after sign-in, whatever the activity.
 * @param passwordMinLength the fewest characters a password may have.
 * @param passwordLinkValidity how long a one-time link to set a password works.
 * @param baseUrl the address users reach the service at, used in the links it gives out.
 * @param throttle the limits on failed sign-ins.
 * @param apiKeys the limits on API keys.
 */
@ConfigurationProperties("service.identity")
record IdentitySettings(
        @Nullable Boolean mfaRequired,
        @DefaultValue("30m") Duration idleTimeout,
        @DefaultValue("2m") Duration idleWarning,
        @DefaultValue("10h") Duration absoluteLifetime,
        @DefaultValue("15") int passwordMinLength,
        @DefaultValue("72h") Duration passwordLinkValidity,
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue Throttle throttle,
        @DefaultValue ApiKeys apiKeys) {

    /**
     * Failed sign-ins: after {@code accountFailures} consecutive failures an account is held for
     * {@code firstLock}, doubling with each further failure up to {@code longestLock}; after
     * {@code permanentFailures} it is locked until an administrator re-enables it. A client address is held the same way
     * after {@code addressFailures}.
     */
    record Throttle(
            @DefaultValue("5") int accountFailures,
            @DefaultValue("30") int addressFailures,
            @DefaultValue("1m") Duration firstLock,
            @DefaultValue("15m") Duration longestLock,
            @DefaultValue("100") int permanentFailures) {}

    /**
     * API keys expire after {@code defaultDays} unless asked otherwise, and never later than {@code maxDays}; the
     * bootstrap key from {@code PDM_BOOTSTRAP_API_KEY} expires {@code bootstrapDays} after it was made.
     */
    record ApiKeys(
            @DefaultValue("90") int defaultDays,
            @DefaultValue("730") int maxDays,
            @DefaultValue("3") int bootstrapDays) {}
}
