package org.preventduty.training;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.preventduty.privacy.RecordType;
import org.preventduty.privacy.RetentionParticipant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Training's part in the retention schedule: a member of staff who left is due the council's years after. */
@Component
class StaffRetention implements RetentionParticipant {

    private final JdbcClient jdbc;

    StaffRetention(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Due> due(UUID tenant, Map<RecordType, Integer> keepYears, LocalDate asOf) {
        var years = keepYears.get(RecordType.TRAINING_RECORD);
        return jdbc.sql("select id, staff_id, end_date from training_staff where tenant_id = ? and end_date is not null"
                        + " and end_date <= ?")
                .params(tenant, asOf.minusYears(years))
                .query((rs, n) -> new Due(
                        RecordType.TRAINING_RECORD,
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getObject(3, LocalDate.class).plusYears(years),
                        null))
                .list();
    }

    /** Deletes members of staff who left with their completions, corrections, validity, invitations and reminders. */
    @Override
    public void delete(UUID tenant, List<Due> records) {
        for (var record : records) {
            for (var table : List.of(
                    "training_validity",
                    "training_completion_change",
                    "training_completion",
                    "training_invitation",
                    "training_reminder")) {
                jdbc.sql("delete from " + table + " where tenant_id = ? and staff_row_id = ?")
                        .params(tenant, record.id())
                        .update();
            }
            jdbc.sql("delete from training_staff where tenant_id = ? and id = ?")
                    .params(tenant, record.id())
                    .update();
        }
    }
}
