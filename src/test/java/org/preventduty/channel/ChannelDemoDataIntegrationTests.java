package org.preventduty.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.preventduty.identity.IdentityFixtures;
import org.preventduty.support.SystemSql;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "service.demo.enabled=true")
@Import({IdentityFixtures.class, SystemSql.class})
class ChannelDemoDataIntegrationTests {

    @Autowired
    SystemSql sql;

    long count(String query, Object... params) {
        return sql.<Long>run(
                jdbc -> jdbc.sql(query).params(params).query(Long.class).single());
    }

    @Test
    void everyAcceptedDemoReferralHasItsCaseAndBarnetHasCasesInEveryStage() {
        assertThat(count("select count(*) from referral r where r.status = 'ACCEPTED_FOR_CHANNEL'"
                        + " and not exists (select 1 from channel_case c where c.id = r.channel_case_id)"))
                .isZero();
        var stages = sql.<List<String>>run(jdbc -> jdbc.sql("select distinct c.status from channel_case c"
                        + " join tenant t on t.id = c.tenant_id where t.code = 'barnet'")
                .query(String.class)
                .list());
        assertThat(stages)
                .contains(
                        "INFORMATION_GATHERING",
                        "AWAITING_PANEL",
                        "NOT_ADOPTED",
                        "CONSENT_REQUESTED",
                        "CONSENT_REFUSED",
                        "SUPPORT_ACTIVE",
                        "EXITED",
                        "CLOSED");
    }

    @Test
    void barnetMeetsElevenTimesAYearWithThePolicePresentAndSomeSupportHasStalled() {
        var lastYear = LocalDate.now().minusYears(1);
        assertThat(count(
                        "select count(*) from panel_meeting m join tenant t on t.id = m.tenant_id where t.code = 'barnet'"
                                + " and m.held_on > ? and m.held_on <= ?",
                        lastYear,
                        LocalDate.now()))
                .isEqualTo(11);
        assertThat(count("select count(*) from panel_decision d where not exists (select 1 from"
                        + " panel_meeting_attendee a where a.meeting_id = d.meeting_id and a.panel_role = 'POLICE_CT'"
                        + " and a.present = true)"))
                .isZero();
        assertThat(count(
                        "select count(*) from intervention i join tenant t on t.id = i.tenant_id where"
                                + " t.code = 'barnet' and i.status = 'ACTIVE' and (select max(s.delivered_on) from"
                                + " intervention_session s where s.intervention_id = i.id) < ?",
                        LocalDate.now().minusDays(30)))
                .isPositive();
        assertThat(count("select count(*) from intervention_session")).isGreaterThan(100);
    }

    @Test
    void theDemoPanelMemberIsInvitedToNextMonthsPublishedAgenda() {
        assertThat(count(
                        "select count(*) from panel_meeting_attendee a join panel_meeting m on m.id = a.meeting_id"
                                + " join tenant t on t.id = m.tenant_id where t.code = 'barnet' and a.user_id is not null"
                                + " and a.panel_role = 'OTHER' and m.published_at is not null and m.held_on > ?",
                        LocalDate.now()))
                .isEqualTo(1);
    }
}
