package org.preventduty.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ApiKeys extends ListCrudRepository<ApiKey, UUID> {

    Optional<ApiKey> findByKeyHash(String keyHash);

    Optional<ApiKey> findByIdAndTenantId(UUID id, UUID tenantId);

    @Query("select * from api_key where tenant_id = :tenantId order by created_at desc")
    List<ApiKey> findByTenant(UUID tenantId);

    @Query("select * from api_key where tenant_id is null order by created_at desc")
    List<ApiKey> findNational();

    @Query("select * from api_key where bootstrap = true")
    List<ApiKey> findBootstrap();
}
