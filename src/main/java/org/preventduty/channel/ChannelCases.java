package org.preventduty.channel;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface ChannelCases extends ListCrudRepository<ChannelCase, UUID> {

    Optional<ChannelCase> findByIdAndTenantId(UUID id, UUID tenantId);
}
