package org.preventduty.identity;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface UserAccounts extends ListCrudRepository<UserAccount, UUID> {

    Optional<UserAccount> findByEmail(String email);

    Optional<UserAccount> findByIdAndTenantId(UUID id, UUID tenantId);

    boolean existsByEmail(String email);

    @Query("select count(*) from app_user where demo = false")
    long countReal();

    /**
     * Records a sign-in's time without the account's version: the same person signing in on two devices at once, or
     * an administrator changing the account meanwhile, must not make either fail.
     */
    @Modifying
    @Query("update app_user set last_sign_in_at = :at where id = :id"
            + " and (last_sign_in_at is null or last_sign_in_at < :at)")
    void recordSignIn(UUID id, Instant at);
}
