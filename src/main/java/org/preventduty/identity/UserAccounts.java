package org.preventduty.identity;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface UserAccounts extends ListCrudRepository<UserAccount, UUID> {

    Optional<UserAccount> findByEmail(String email);

    Optional<UserAccount> findByIdAndTenantId(UUID id, UUID tenantId);

    boolean existsByEmail(String email);

    @Query("select count(*) from app_user where demo = false")
    long countReal();
}
