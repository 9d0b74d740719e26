package org.preventduty.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Tenants extends ListCrudRepository<Tenant, UUID> {

    Optional<Tenant> findByCode(String code);

    boolean existsByCode(String code);

    @Query("select * from tenant order by name")
    List<Tenant> findAllByName();

    @Query("select count(*) from tenant where demo = false")
    long countReal();
}
