package org.preventduty.channel;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.preventduty.privacy.RecordType;
import org.preventduty.privacy.RetentionParticipant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Channel's part in the retention schedule: a closed case is due the council's years after its closure. */
@Component
class CaseRetention implements RetentionParticipant {

    private final JdbcClient jdbc;

    CaseRetention(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Due> due(UUID tenant, Map<RecordType, Integer> keepYears, LocalDate asOf) {
        var years = keepYears.get(RecordType.CHANNEL_CASE);
        return jdbc.sql("select id, reference, closed_on, person_id from channel_case where tenant_id = ?"
                        + " and status = 'CLOSED' and closed_on is not null and closed_on <= ?")
                .params(tenant, asOf.minusYears(years))
                .query((rs, n) -> new Due(
                        RecordType.CHANNEL_CASE,
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getObject(3, LocalDate.class).plusYears(years),
                        rs.getObject(4, UUID.class)))
                .list();
    }
}
