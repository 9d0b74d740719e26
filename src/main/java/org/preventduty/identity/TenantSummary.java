package org.preventduty.identity;

import org.preventduty.shared.TenantId;

/**
 * A tenant as other modules and pages see it.
 *
 * @param id the tenant's id.
 * @param code the short code used in the API, such as {@code barnet}.
 * @param name the full name, such as {@code London Borough of Barnet}.
 * @param region the region it lies in.
 * @param demo whether it holds demo data only.
 */
public record TenantSummary(TenantId id, String code, String name, Region region, boolean demo) {}
