package org.preventduty.privacy;

import java.util.UUID;
import org.preventduty.shared.TenantId;

/** Someone opened a case by breaking glass; the council's Prevent leads are told. */
record BreakGlassOpened(TenantId tenantId, UUID grantId) {}
