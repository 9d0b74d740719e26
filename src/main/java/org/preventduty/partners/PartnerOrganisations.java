package org.preventduty.partners;

import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface PartnerOrganisations extends ListCrudRepository<PartnerOrganisation, UUID> {

    boolean existsByTenantIdAndName(UUID tenantId, String name);

    long countByTenantId(UUID tenantId);
}
