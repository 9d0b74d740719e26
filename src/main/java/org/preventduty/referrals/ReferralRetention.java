package org.preventduty.referrals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.preventduty.privacy.PersonRecords;
import org.preventduty.privacy.RecordType;
import org.preventduty.privacy.RetentionParticipant;
import org.preventduty.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The referrals' part in the retention schedule: drafts never submitted, due 30 days after they were started, and
 * referrals that did not become a Channel case, due the council's years after the screening decision (a referral
 * accepted for Channel goes with its case). It also names the council's people for the privacy pages.
 */
@Component
class ReferralRetention implements RetentionParticipant, PersonRecords {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final JdbcClient jdbc;
    private final ReferralDirectory directory;
    private final ReferralErasure erasure;

    ReferralRetention(JdbcClient jdbc, ReferralDirectory directory, ReferralErasure erasure) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.erasure = erasure;
    }

    @Override
    public List<Due> due(UUID tenant, Map<RecordType, Integer> keepYears, LocalDate asOf) {
        var due = new ArrayList<Due>();
        jdbc.sql("select id, created_at from referral where tenant_id = ? and status = 'DRAFT'")
                .param(tenant)
                .query((rs, n) -> {
                    var id = rs.getObject(1, UUID.class);
                    var started = LocalDate.ofInstant(rs.getTimestamp(2).toInstant(), LONDON);
                    var dueOn = started.plusDays(RecordType.DRAFT_DAYS);
                    if (!dueOn.isAfter(asOf)) {
                        due.add(new Due(
                                RecordType.REFERRAL_DRAFT,
                                id,
                                "draft " + id.toString().substring(0, 8),
                                dueOn,
                                null));
                    }
                    return id;
                })
                .list();
        var years = keepYears.get(RecordType.REFERRAL_NOT_ADOPTED);
        jdbc.sql(
                        "select id, reference, decision_decided_on, person_id from referral where tenant_id = ?"
                                + " and status in ('CLOSED_NO_FURTHER_ACTION', 'SIGNPOSTED', 'POLICE_LED',"
                                + " 'IMMEDIATE_RISK_ESCALATED') and decision_decided_on is not null and decision_decided_on <= ?")
                .params(tenant, asOf.minusYears(years))
                .query((rs, n) -> due.add(new Due(
                        RecordType.REFERRAL_NOT_ADOPTED,
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getObject(3, LocalDate.class).plusYears(years),
                        rs.getObject(4, UUID.class))))
                .list();
        return due;
    }

    @Override
    public void delete(UUID tenant, List<Due> records) {
        erasure.erase(tenant, records.stream().map(Due::id).toList());
    }

    @Override
    public boolean keeps(UUID tenant, UUID personId) {
        return erasure.keeps(tenant, personId);
    }

    @Override
    public void erase(UUID tenant, UUID personId) {
        erasure.erasePerson(tenant, personId);
    }

    @Override
    public Optional<String> name(UUID tenant, UUID personId) {
        return directory.subject(new TenantId(tenant), personId).map(ReferralDirectory.Subject::name);
    }
}
