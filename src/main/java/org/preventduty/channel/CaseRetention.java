package org.preventduty.channel;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.preventduty.privacy.RecordType;
import org.preventduty.privacy.RetentionParticipant;
import org.preventduty.referrals.ReferralErasure;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Channel's part in the retention schedule: a closed case is due the council's years after its closure. */
@Component
class CaseRetention implements RetentionParticipant {

    private final JdbcClient jdbc;
    private final ReferralErasure referrals;

    CaseRetention(JdbcClient jdbc, ReferralErasure referrals) {
        this.jdbc = jdbc;
        this.referrals = referrals;
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

    /**
     * Deletes closed cases with everything of them: events, assessments, the meetings' agenda items and minutes about
     * them, actions, decisions, consent, support and its sessions, information requests, reviews after exit, and the
     * referrals that went with them.
     */
    @Override
    public void delete(UUID tenant, List<Due> records) {
        for (var record : records) {
            var id = record.id();
            var referralIds = jdbc.sql(
                            "select referral_id from channel_case_referral where tenant_id = ? and case_id = ?")
                    .params(tenant, id)
                    .query(UUID.class)
                    .list();
            jdbc.sql("delete from assessment_rating where tenant_id = ? and assessment_id in"
                            + " (select a.id from assessment a where a.tenant_id = ? and a.case_id = ?)")
                    .params(tenant, tenant, id)
                    .update();
            jdbc.sql("delete from assessment_summary where tenant_id = ? and assessment_id in"
                            + " (select a.id from assessment a where a.tenant_id = ? and a.case_id = ?)")
                    .params(tenant, tenant, id)
                    .update();
            jdbc.sql("delete from intervention_session where tenant_id = ? and intervention_id in"
                            + " (select i.id from intervention i where i.tenant_id = ? and i.case_id = ?)")
                    .params(tenant, tenant, id)
                    .update();
            jdbc.sql("delete from case_note_correction where tenant_id = ? and case_note_id in"
                            + " (select n.id from case_note n where n.tenant_id = ? and n.case_id = ?)")
                    .params(tenant, tenant, id)
                    .update();
            for (var table : List.of(
                    "case_note",
                    "case_document",
                    "assessment",
                    "intervention",
                    "channel_case_event",
                    "panel_agenda_item",
                    "panel_action",
                    "panel_decision",
                    "consent_record",
                    "information_request",
                    "post_exit_review",
                    "channel_case_referral",
                    "channel_case_named",
                    "channel_case_restriction")) {
                jdbc.sql("delete from " + table + " where tenant_id = ? and case_id = ?")
                        .params(tenant, id)
                        .update();
            }
            referrals.erase(tenant, referralIds);
            jdbc.sql("update channel_case set previous_case_id = null where tenant_id = ? and previous_case_id = ?")
                    .params(tenant, id)
                    .update();
            jdbc.sql("delete from channel_case where tenant_id = ? and id = ?")
                    .params(tenant, id)
                    .update();
        }
    }

    @Override
    public boolean keeps(UUID tenant, UUID personId) {
        return jdbc.sql("select count(*) from channel_case where tenant_id = ? and person_id = ?")
                        .params(tenant, personId)
                        .query(Long.class)
                        .single()
                > 0;
    }
}
