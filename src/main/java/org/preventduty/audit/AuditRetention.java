package org.preventduty.audit;

import java.time.Instant;
import java.util.Collection;
import java.util.UUID;
import org.preventduty.shared.TenantId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail's part in a council's retention schedule: its rows are kept a number of years from the day they
 * were written, then the oldest leave it. Only a chain's oldest rows go, up to the first row still in its period or
 * the first row about a person under a legal hold, so the rows that stay still form an unbroken chain; the cut (the
 * last row removed and its hash) is recorded, and verification goes on from it.
 */
@Service
public class AuditRetention {

    private final AuditLog log;

    AuditRetention(AuditLog log) {
        this.log = log;
    }

    /** How many of the council's rows a purge of everything written before {@code before} would remove. */
    @Transactional(readOnly = true)
    public long due(TenantId tenant, Instant before, Collection<UUID> keptPeople) {
        var chain = AuditEntry.chainOf(tenant.value());
        var through = log.purgeableThrough(chain, before, keptPeople);
        return through == null ? 0 : log.countThrough(chain, through);
    }

    /**
     * Removes the council's rows written before {@code before}, keeping every row from the first about a person kept
     * on; answers how many went. Runs in the caller's transaction, which records the purge itself afterwards.
     */
    @Transactional
    public long purge(TenantId tenant, Instant before, Collection<UUID> keptPeople) {
        var chain = AuditEntry.chainOf(tenant.value());
        var through = log.purgeableThrough(chain, before, keptPeople);
        return through == null ? 0 : log.purgeThrough(chain, through, before, tenant.value());
    }
}
