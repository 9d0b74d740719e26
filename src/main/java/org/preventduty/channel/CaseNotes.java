package org.preventduty.channel;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface CaseNotes extends ListCrudRepository<CaseNote, UUID> {

    Optional<CaseNote> findByIdAndTenantIdAndCaseId(UUID id, UUID tenantId, UUID caseId);

    List<CaseNote> findByTenantIdAndCaseIdOrderByOccurredOnAscRecordedAtAsc(UUID tenantId, UUID caseId);
}
