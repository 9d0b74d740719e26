package org.preventduty.training;

import java.time.LocalDate;
import java.util.List;
import org.preventduty.shared.OrganisationFacts;
import org.preventduty.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Training's facts about a partner organisation: its accredited trainers and its staff trained. */
@Component
class TrainingOrganisationFacts implements OrganisationFacts {

    private final JdbcClient jdbc;

    TrainingOrganisationFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Fact> facts(TenantId tenant, String organisation, LocalDate on) {
        var trainers = jdbc.sql(
                        "select count(*) from training_trainer where tenant_id = ? and organisation = ?"
                                + " and accredited_on <= ? and (accreditation_expires_on is null or accreditation_expires_on > ?)")
                .params(tenant.value(), organisation, on, on)
                .query(Long.class)
                .single();
        var staff = jdbc.sql("select count(*), coalesce(sum(case when exists (select 1 from training_completion c"
                        + " where c.tenant_id = s.tenant_id and c.staff_row_id = s.id and c.completed_on <= ?"
                        + " and c.expires_on > ?) then 1 else 0 end), 0) from training_staff s where s.tenant_id = ?"
                        + " and s.organisation = ? and (s.end_date is null or s.end_date >= ?)")
                .params(on, on, tenant.value(), organisation, on)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
        return List.of(
                new Fact("Accredited Prevent trainers", String.valueOf(trainers)),
                new Fact("Staff on the training lists, and of those trained", staff[0] + ", " + staff[1]));
    }
}
