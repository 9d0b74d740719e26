package org.preventduty.identity;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.preventduty.identity.SecurityEvent.Outcome;
import org.preventduty.identity.SecurityEvent.Type;
import org.preventduty.shared.NotFoundException;
import org.preventduty.shared.RuleViolationException;
import org.preventduty.shared.TenantId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and finds tenants. */
@Service
public class TenantManagement {

    private final Tenants tenants;
    private final Clock clock;
    private final CurrentActor actors;
    private final ApplicationEventPublisher events;

    TenantManagement(Tenants tenants, Clock clock, CurrentActor actors, ApplicationEventPublisher events) {
        this.tenants = tenants;
        this.clock = clock;
        this.actors = actors;
        this.events = events;
    }

    /**
     * Creates a tenant.
     *
     * @throws RuleViolationException (a conflict) when the code is taken.
     */
    @Transactional
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    public TenantSummary create(String code, String name, Region region) {
        if (tenants.existsByCode(code)) {
            throw RuleViolationException.conflict("tenant.code.taken", "A tenant with this code already exists.");
        }
        var tenant = tenants.save(new Tenant(code, name.strip(), region, false, clock.instant()));
        events.publishEvent(new SecurityEvent(
                Type.TENANT_CREATED, Outcome.SUCCESS, actors.require(), null, "TENANT", tenant.id(), null));
        return tenant.summary();
    }

    /** Every tenant, by name. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'NATIONAL_ANALYST')")
    public List<TenantSummary> list() {
        return tenants.findAllByName().stream().map(Tenant::summary).toList();
    }

    /**
     * Every council, for the service's own scheduled jobs (which act as the system, with nobody signed in); never for
     * a request.
     */
    @Transactional(readOnly = true)
    public List<TenantId> allForJobs() {
        return tenants.findAllByName().stream()
                .map(tenant -> tenant.summary().id())
                .toList();
    }

    /** The tenant with the code, if any. */
    @Transactional(readOnly = true)
    public Optional<TenantSummary> findByCode(String code) {
        return tenants.findByCode(code).map(Tenant::summary);
    }

    /**
     * The tenant with the id.
     *
     * @throws NotFoundException when there is none.
     */
    @Transactional(readOnly = true)
    public TenantSummary get(TenantId id) {
        return tenants.findById(id.value()).map(Tenant::summary).orElseThrow(() -> new NotFoundException("Tenant"));
    }

    /** Creates a demo tenant unless one with the code exists. Only for demo data. */
    @Transactional
    TenantSummary ensureDemo(String code, String name, Region region) {
        return tenants.findByCode(code)
                .orElseGet(() -> tenants.save(new Tenant(code, name, region, true, clock.instant())))
                .summary();
    }
}
