package org.preventduty.partners;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** An organisation of the area the council works with. */
@Table("partner_organisation")
class PartnerOrganisation {

    @Id
    private UUID id;

    private UUID tenantId;
    private String name;
    private OrganisationType organisationType;
    private boolean demo;
    private Instant createdAt;

    /** Null until first saved, so that only a new record is inserted: a row written with version 0 is not new. */
    @Version
    private @Nullable Integer version;

    private PartnerOrganisation() {}

    PartnerOrganisation(UUID tenantId, String name, OrganisationType type, boolean demo, Instant now) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.name = name;
        this.organisationType = type;
        this.demo = demo;
        this.createdAt = now;
    }

    UUID id() {
        return id;
    }

    String name() {
        return name;
    }

    OrganisationType type() {
        return organisationType;
    }
}
