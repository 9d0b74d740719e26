package org.preventduty.referrals;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface SupportRequests extends ListCrudRepository<SupportRequest, UUID> {

    Optional<SupportRequest> findByIdAndTenantId(UUID id, UUID tenantId);

    @Query("select * from request_for_support where tenant_id = :tenantId and referral_id = :referralId"
            + " order by requested_on, created_at")
    List<SupportRequest> findByReferral(UUID tenantId, UUID referralId);
}
