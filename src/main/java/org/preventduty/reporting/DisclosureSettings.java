package org.preventduty.reporting;

import java.time.Clock;
import java.util.List;
import org.preventduty.audit.AuditRecord;
import org.preventduty.audit.AuditTrail;
import org.preventduty.identity.CurrentActor;
import org.preventduty.reporting.DisclosureControl.Rule;
import org.preventduty.reporting.DisclosureControl.Settings;
import org.preventduty.shared.InvalidInputException;
import org.preventduty.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each council's disclosure control settings; national figures use the defaults. */
@Service
class DisclosureSettings {

    private final JdbcClient jdbc;
    private final CurrentActor actors;
    private final AuditTrail audit;
    private final Clock clock;

    DisclosureSettings(JdbcClient jdbc, CurrentActor actors, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.actors = actors;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Settings of(TenantId tenant) {
        return jdbc.sql("select rule, threshold, secondary_suppression, round_to_base5 from disclosure_setting"
                        + " where tenant_id = ?")
                .param(tenant.value())
                .query((rs, n) ->
                        new Settings(Rule.valueOf(rs.getString(1)), rs.getInt(2), rs.getBoolean(3), rs.getBoolean(4)))
                .optional()
                .orElse(Settings.DEFAULT);
    }

    /** The settings of the administrator's council. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    Settings mine() {
        return of(actors.requireTenant());
    }

    /** Changes the settings of the administrator's council. Suppression cannot be turned off for a council. */
    @Transactional
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    void change(int threshold, boolean secondarySuppression, boolean roundToBase5) {
        if (threshold < 2 || threshold > 20) {
            throw new InvalidInputException(List.of(new InvalidInputException.Problem(
                    "threshold", "disclosure.threshold.range", "must be between 2 and 20")));
        }
        var actor = actors.require();
        var tenant = actor.requireTenant().value();
        var now = java.sql.Timestamp.from(clock.instant());
        var updated = jdbc.sql("update disclosure_setting set rule = ?, threshold = ?, secondary_suppression = ?,"
                        + " round_to_base5 = ?, changed_by = ?, changed_at = ?, version = version + 1"
                        + " where tenant_id = ?")
                .params(
                        Rule.SUPPRESS_BELOW.name(),
                        threshold,
                        secondarySuppression,
                        roundToBase5,
                        actor.id(),
                        now,
                        tenant)
                .update();
        if (updated == 0) {
            jdbc.sql(
                            "insert into disclosure_setting (tenant_id, rule, threshold, secondary_suppression, round_to_base5,"
                                    + " changed_by, changed_at, version) values (?, ?, ?, ?, ?, ?, ?, 0)")
                    .params(
                            tenant,
                            Rule.SUPPRESS_BELOW.name(),
                            threshold,
                            secondarySuppression,
                            roundToBase5,
                            actor.id(),
                            now)
                    .update();
        }
        audit.record(AuditRecord.of("DISCLOSURE_SETTINGS_CHANGED", "TENANT", tenant)
                .withDetail(
                        "threshold " + threshold + ", secondary " + secondarySuppression + ", base 5 " + roundToBase5));
    }
}
