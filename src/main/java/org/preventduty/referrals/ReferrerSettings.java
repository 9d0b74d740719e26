package org.preventduty.referrals;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import org.preventduty.audit.AuditRecord;
import org.preventduty.audit.AuditTrail;
import org.preventduty.identity.CurrentActor;
import org.preventduty.shared.RuleViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a council's referrers are told of their referrals: by default their status in words that do not reveal Channel
 * or the police (being supported, closed); a council may choose to tell them the outcome in full.
 */
@Service
class ReferrerSettings {

    private final JdbcClient jdbc;
    private final CurrentActor actors;
    private final AuditTrail audit;
    private final Clock clock;

    ReferrerSettings(JdbcClient jdbc, CurrentActor actors, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.actors = actors;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The council's choice.
     *
     * @param version the version to send back with a change, 0 while the council has kept the default.
     */
    record Setting(boolean referrerSeesOutcome, int version) {}

    /** Whether the referrers of a council are told the outcome of their referrals in full. */
    @Transactional(readOnly = true)
    boolean referrerSeesOutcome(UUID tenant) {
        return jdbc.sql("select referrer_sees_outcome from referral_setting where tenant_id = ?")
                .param(tenant)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    Setting mine() {
        return jdbc.sql("select referrer_sees_outcome, version from referral_setting where tenant_id = ?")
                .param(actors.requireTenant().value())
                .query((rs, n) -> new Setting(rs.getBoolean(1), rs.getInt(2)))
                .optional()
                .orElse(new Setting(false, 0));
    }

    /**
     * Changes the council's choice.
     *
     * @throws RuleViolationException (a conflict) when it changed since it was read.
     */
    @Transactional
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    void change(boolean referrerSeesOutcome, int version) {
        var actor = actors.require();
        var tenant = actor.requireTenant().value();
        var now = Timestamp.from(clock.instant());
        var current = mine();
        if (current.version() != version) {
            throw RuleViolationException.conflict(
                    "referrerStatus.changedElsewhere", "The setting changed since it was read.");
        }
        var changed = version == 0
                ? jdbc.sql("insert into referral_setting (tenant_id, referrer_sees_outcome, updated_by, updated_at,"
                                + " version) values (?, ?, ?, ?, 1)")
                        .params(tenant, referrerSeesOutcome, actor.id(), now)
                        .update()
                : jdbc.sql("update referral_setting set referrer_sees_outcome = ?, updated_by = ?, updated_at = ?,"
                                + " version = version + 1 where tenant_id = ? and version = ?")
                        .params(referrerSeesOutcome, actor.id(), now, tenant, version)
                        .update();
        RuleViolationException.unlessUpdated(changed, "referrerStatus.changedElsewhere");
        audit.record(AuditRecord.of("REFERRER_STATUS_SETTING_CHANGED", "TENANT", tenant)
                .withDetail(referrerSeesOutcome ? "outcome in full" : "status in plain words"));
    }
}
