package org.preventduty.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down guessing of passwords and codes without letting anyone lock a user out for good (ASVS V6.1.1, V6.3.1).
 * Consecutive failures are counted per account (whatever the case of the email typed) and per client address. After
 * the first few, the account or address is held for a while, doubling with each further failure up to a ceiling. A
 * success clears the account's count. An account that reaches the permanent threshold is locked until an administrator
 * re-enables it. Held and failed attempts answer the same way, so that the throttle reveals nothing.
 */
@Component
class SignInThrottle {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final IdentitySettings.Throttle settings;

    SignInThrottle(JdbcClient jdbc, Clock clock, IdentitySettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings.throttle();
    }

    static String accountKey(String email) {
        return "account:" + UserAccount.normaliseEmail(email);
    }

    static String addressKey(String address) {
        return "address:" + address;
    }

    /** Whether the account or the address is held at the moment. */
    @Transactional(readOnly = true)
    public boolean isHeld(String accountKey, String addressKey) {
        var now = clock.instant();
        return heldUntil(accountKey).isAfter(now) || heldUntil(addressKey).isAfter(now);
    }

    /**
     * Counts a failure for the account and the address.
     *
     * @return the number of consecutive failures of the account, counting this one.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public int recordFailure(String accountKey, String addressKey) {
        var accountFailures = increment(accountKey, settings.accountFailures());
        increment(addressKey, settings.addressFailures());
        return accountFailures;
    }

    /** Clears the account's count after a successful sign-in. The address keeps its count. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSuccess(String accountKey) {
        jdbc.sql("delete from sign_in_throttle where throttle_key = ?")
                .param(accountKey)
                .update();
    }

    int permanentThreshold() {
        return settings.permanentFailures();
    }

    private int increment(String key, int threshold) {
        var now = clock.instant();
        jdbc.sql("insert into sign_in_throttle (throttle_key, consecutive_failures, last_failure_at)"
                        + " values (?, 0, ?) on conflict do nothing")
                .params(key, at(now))
                .update();
        jdbc.sql("update sign_in_throttle set consecutive_failures = consecutive_failures + 1,"
                        + " last_failure_at = ? where throttle_key = ?")
                .params(at(now), key)
                .update();
        int failures = jdbc.sql("select consecutive_failures from sign_in_throttle where throttle_key = ?")
                .param(key)
                .query(Integer.class)
                .single();
        if (failures >= threshold) {
            var doublings = Math.min(failures - threshold, 20);
            var hold = settings.firstLock().multipliedBy(1L << doublings);
            if (hold.compareTo(settings.longestLock()) > 0) {
                hold = settings.longestLock();
            }
            jdbc.sql("update sign_in_throttle set locked_until = ? where throttle_key = ?")
                    .params(at(now.plus(hold)), key)
                    .update();
        }
        return failures;
    }

    private Instant heldUntil(String key) {
        return jdbc.sql("select locked_until from sign_in_throttle where throttle_key = ?")
                .param(key)
                .query((rows, n) -> {
                    var until = rows.getObject(1, OffsetDateTime.class);
                    return until == null ? Instant.EPOCH : until.toInstant();
                })
                .optional()
                .orElse(Instant.EPOCH);
    }

    static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    Duration longestLock() {
        return settings.longestLock();
    }
}
