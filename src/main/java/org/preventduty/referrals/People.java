package org.preventduty.referrals;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface People extends ListCrudRepository<Person, UUID> {

    Optional<Person> findByIdAndTenantId(UUID id, UUID tenantId);
}
