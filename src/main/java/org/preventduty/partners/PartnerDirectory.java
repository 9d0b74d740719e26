package org.preventduty.partners;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.preventduty.identity.CurrentActor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The partner organisations of the current tenant, for other modules to choose from and name. */
@Service
public class PartnerDirectory {

    /**
     * An organisation.
     *
     * @param id its id.
     * @param name its name.
     * @param type what kind of organisation it is.
     */
    public record Organisation(UUID id, String name, OrganisationType type) {}

    private final JdbcClient jdbc;
    private final CurrentActor actors;

    PartnerDirectory(JdbcClient jdbc, CurrentActor actors) {
        this.jdbc = jdbc;
        this.actors = actors;
    }

    /** Every organisation of the tenant, by name. */
    @Transactional(readOnly = true)
    public List<Organisation> organisations() {
        return organisationsOf(actors.requireTenant().value());
    }

    /** Every organisation of a tenant named explicitly, by name: for start-up and scheduled work. */
    @Transactional(readOnly = true)
    public List<Organisation> organisationsOf(UUID tenant) {
        return jdbc.sql(
                        "select id, name, organisation_type from partner_organisation where tenant_id = ? order by name")
                .param(tenant)
                .query((rows, n) -> new Organisation(
                        rows.getObject(1, UUID.class), rows.getString(2), OrganisationType.valueOf(rows.getString(3))))
                .list();
    }

    /** The organisation of the tenant with the id, if any. */
    @Transactional(readOnly = true)
    public Optional<Organisation> find(UUID id) {
        return jdbc.sql("select id, name, organisation_type from partner_organisation where tenant_id = ? and id = ?")
                .params(actors.requireTenant().value(), id)
                .query((rows, n) -> new Organisation(
                        rows.getObject(1, UUID.class), rows.getString(2), OrganisationType.valueOf(rows.getString(3))))
                .optional();
    }
}
