package org.preventduty.risk;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.preventduty.privacy.RecordType;
import org.preventduty.privacy.RetentionParticipant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The risk assessment's part in the retention schedule: partners' answers are due the council's years after. */
@Component
class ConsultationRetention implements RetentionParticipant {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final JdbcClient jdbc;

    ConsultationRetention(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Due> due(UUID tenant, Map<RecordType, Integer> keepYears, LocalDate asOf) {
        var years = keepYears.get(RecordType.PARTNER_ANSWERS);
        return jdbc
                .sql("select id, organisation, answered_at from risk_consultation_link where tenant_id = ?"
                        + " and answered_at is not null")
                .param(tenant)
                .query((rs, n) -> new Due(
                        RecordType.PARTNER_ANSWERS,
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        LocalDate.ofInstant(rs.getTimestamp(3).toInstant(), LONDON)
                                .plusYears(years),
                        null))
                .list()
                .stream()
                .filter(due -> !due.dueOn().isAfter(asOf))
                .toList();
    }

    /** Deletes partners' answers to a consultation, and the contact's email the link was sent to. */
    @Override
    public void delete(UUID tenant, List<Due> records) {
        for (var record : records) {
            jdbc.sql("delete from risk_consultation_answer where tenant_id = ? and link_id = ?")
                    .params(tenant, record.id())
                    .update();
            jdbc.sql("delete from risk_consultation_link where tenant_id = ? and id = ?")
                    .params(tenant, record.id())
                    .update();
        }
    }
}
