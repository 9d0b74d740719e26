package org.preventduty.referrals;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface Referrals extends ListCrudRepository<Referral, UUID> {

    Optional<Referral> findByIdAndTenantId(UUID id, UUID tenantId);
}
