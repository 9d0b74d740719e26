package org.preventduty.identity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface UserAccounts extends ListCrudRepository<UserAccount, UUID> {

    /** Every row of a person: one for each council they are a user of, the first first. */
    List<UserAccount> findByEmailOrderByCreatedAtAscIdAsc(String email);

    /**
     * The row of a person that holds their credentials (their first), or their only row.
     */
    default Optional<UserAccount> findByEmail(String email) {
        var rows = findByEmailOrderByCreatedAtAscIdAsc(email);
        return rows.stream()
                .filter(row -> !row.sharesCredentials())
                .findFirst()
                .or(() -> rows.stream().findFirst());
    }

    /** Activates the person's memberships of further councils, made before they had set their password. */
    @Modifying
    @Query("update app_user set status = 'ACTIVE', version = version + 1 where credentials_of = :credentials"
            + " and status = 'INVITED'")
    void activateMemberships(UUID credentials);

    /**
     * Notes the council a person chose, so that it is offered first at their next sign-in: the only one of their rows
     * with a time of choice.
     */
    @Modifying
    @Query("update app_user set last_chosen_at = case when id = :id then cast(:at as timestamp with time zone)"
            + " else null end where email = :email")
    void recordChoice(UUID id, String email, Instant at);

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
