package org.preventduty.referrals;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes referrals with everything of them (answers, equality answers, attachments, history, household, agencies,
 * matches, links, assignments, requests for support), leaving their anonymous statistics rows unlinked so that past
 * figures do not change; and deletes a person with their names once nothing else of them remains. The retention
 * schedule calls it, and Channel for the referrals that go with a case.
 */
@Service
public class ReferralErasure {

    private static final List<String> CHILDREN = List.of(
            "referral_equality",
            "referral_attachment",
            "referral_history",
            "referral_household",
            "referral_agency",
            "referral_match",
            "referral_person_link",
            "referral_assignment",
            "request_for_support");

    private final JdbcClient jdbc;

    ReferralErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Deletes the council's referrals with these ids. */
    @Transactional
    public void erase(UUID tenant, Collection<UUID> referralIds) {
        for (var id : referralIds) {
            for (var table : CHILDREN) {
                jdbc.sql("delete from " + table + " where tenant_id = ? and referral_id = ?")
                        .params(tenant, id)
                        .update();
            }
            // The statistics row stays, as anonymous as it was, and no longer says which referral it counted.
            jdbc.sql("update referral_statistic set referral_id = ? where tenant_id = ? and referral_id = ?")
                    .params(UUID.randomUUID(), tenant, id)
                    .update();
            jdbc.sql("update person set created_from_referral = null where tenant_id = ? and created_from_referral = ?")
                    .params(tenant, id)
                    .update();
            jdbc.sql("delete from referral where tenant_id = ? and id = ?")
                    .params(tenant, id)
                    .update();
        }
    }

    /** Whether the council keeps a referral about the person. */
    @Transactional(readOnly = true)
    public boolean keeps(UUID tenant, UUID personId) {
        return jdbc.sql("select count(*) from referral where tenant_id = ? and (person_id = ? or own_person_id = ?)")
                        .params(tenant, personId, personId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Deletes a person, the people merged into them, their names and every match or link that names them. */
    @Transactional
    public void erasePerson(UUID tenant, UUID personId) {
        var people = jdbc.sql("select id from person where tenant_id = ? and (id = ? or merged_into = ?)")
                .params(tenant, personId, personId)
                .query(UUID.class)
                .list();
        for (var id : people) {
            jdbc.sql("delete from referral_match where tenant_id = ? and person_id = ?")
                    .params(tenant, id)
                    .update();
            jdbc.sql("delete from referral_person_link where tenant_id = ? and person_id = ?")
                    .params(tenant, id)
                    .update();
            jdbc.sql("delete from person_name where tenant_id = ? and person_id = ?")
                    .params(tenant, id)
                    .update();
        }
        for (var id : people) {
            jdbc.sql("update person set merged_into = null where tenant_id = ? and merged_into = ?")
                    .params(tenant, id)
                    .update();
        }
        for (var id : people) {
            jdbc.sql("delete from person where tenant_id = ? and id = ?")
                    .params(tenant, id)
                    .update();
        }
    }
}
