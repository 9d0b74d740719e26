package org.preventduty.channel;

import java.util.Optional;
import java.util.UUID;
import org.preventduty.identity.Actor;
import org.preventduty.privacy.BreakGlassCases;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The Channel cases break-glass may open: found by reference, and seen already or not by Channel's own rules. */
@Component
class BreakGlassCaseFinder implements BreakGlassCases {

    private final JdbcClient jdbc;
    private final CaseAccess access;

    BreakGlassCaseFinder(JdbcClient jdbc, CaseAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    @Override
    public Optional<UUID> byReference(UUID tenant, String reference) {
        // A restricted case cannot be opened by breaking glass.
        return jdbc.sql(
                        "select id from channel_case c where tenant_id = ? and upper(reference) = upper(?) and not exists"
                                + " (select 1 from channel_case_restriction r where r.tenant_id = c.tenant_id"
                                + " and r.case_id = c.id)")
                .params(tenant, reference)
                .query(UUID.class)
                .optional();
    }

    @Override
    public boolean visible(Actor actor, UUID caseId) {
        return access.visibleWithoutBreakingGlass(caseId, actor);
    }
}
