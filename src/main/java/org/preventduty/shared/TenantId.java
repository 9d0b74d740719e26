package org.preventduty.shared;

import java.util.UUID;

/**
 * Identifies a tenant across modules; other modules hold it instead of a reference to the tenant itself.
 *
 * @param value must not be {@literal null}.
 */
public record TenantId(UUID value) {

    public TenantId {
        if (value == null) {
            throw new IllegalArgumentException("TenantId value must not be null");
        }
    }

    public static TenantId of(String value) {
        return new TenantId(UUID.fromString(value));
    }

    public static TenantId random() {
        return new TenantId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
