package org.preventduty.identity;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A local authority, or a shared service of several, whose data is kept apart from every other tenant's. */
@Table("tenant")
class Tenant {

    @Id
    private UUID id;

    private String code;
    private String name;
    private Region region;
    private boolean demo;
    private Instant createdAt;

    /** Null until first saved, so that only a new record is inserted: a row written with version 0 is not new. */
    @Version
    private @Nullable Integer version;

    private Tenant() {}

    Tenant(String code, String name, Region region, boolean demo, Instant now) {
        this.id = UUID.randomUUID();
        this.code = code;
        this.name = name;
        this.region = region;
        this.demo = demo;
        this.createdAt = now;
    }

    UUID id() {
        return id;
    }

    String code() {
        return code;
    }

    String name() {
        return name;
    }

    Region region() {
        return region;
    }

    boolean demo() {
        return demo;
    }

    Instant createdAt() {
        return createdAt;
    }

    TenantSummary summary() {
        return new TenantSummary(new org.preventduty.shared.TenantId(id), code, name, region, demo);
    }
}
