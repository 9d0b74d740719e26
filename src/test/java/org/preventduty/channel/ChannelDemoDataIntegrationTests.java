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
    void theDaysOfEveryDemoCaseFollowEachOtherAndNoneIsInTheFuture() {
        var today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
        assertThat(count("select count(*) from channel_case where opened_on > ?", today))
                .isZero();
        assertThat(count("select count(*) from channel_case c join referral r on r.channel_case_id = c.id"
                        + " where c.opened_on < r.received_on or c.opened_on <> r.decision_decided_on"))
                .isZero();
        assertThat(count(
                        "select count(*) from panel_decision d join panel_meeting m on m.id = d.meeting_id"
                                + " join channel_case c on c.id = d.case_id"
                                + " where d.decided_on <> m.held_on or d.decided_on < c.opened_on or d.decided_on > ?",
                        today))
                .isZero();
        assertThat(count(
                        "select count(*) from consent_record r join channel_case c on c.id = r.case_id"
                                + " where r.recorded_on > ? or r.recorded_on < (select max(d.decided_on) from panel_decision d"
                                + " where d.case_id = c.id and d.decision = 'ADOPTED')",
                        today))
                .isZero();
        assertThat(count(
                        "select count(*) from intervention i where i.start_on > ? or i.start_on < (select"
                                + " min(r.recorded_on) from consent_record r where r.case_id = i.case_id and r.status = 'GIVEN')",
                        today))
                .isZero();
        assertThat(count(
                        "select count(*) from intervention_session s join intervention i on i.id = s.intervention_id"
                                + " where s.delivered_on > ? or s.delivered_on < i.start_on",
                        today))
                .isZero();
        assertThat(count(
                        "select count(*) from channel_case c where c.exited_on > ? or c.exited_on < (select"
                                + " min(i.start_on) from intervention i where i.case_id = c.id)",
                        today))
                .isZero();
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
