package org.preventduty.identity;

import java.util.UUID;
import org.preventduty.shared.TenantId;

/**
 * A role that reads case content was given to a user or an API key of a council; its Prevent leads are to be told.
 *
 * @param grantId the grant, to read through {@link CaseAccessGrants}.
 * @param tenantId the council.
 */
public record CaseAccessGranted(UUID grantId, TenantId tenantId) {}
