package org.preventduty.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.preventduty.identity.IdentityFixtures;
import org.preventduty.support.Browser;
import org.preventduty.support.SystemSql;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "service.demo.enabled=true")
@Import({IdentityFixtures.class, SystemSql.class, ReferralFixtures.class})
class ReferralDemoDataIntegrationTests {

    @Autowired
    SystemSql sql;

    @Test
    void everyDemoCouncilHasReferralsAcrossSeveralYearsWithWaitingOnesAmongThem() {
        for (var code : List.of("barnet", "birmingham", "westminster", "wolverhampton")) {
            var years = sql.<Long>run(
                    jdbc -> jdbc.sql("select count(distinct extract(year from r.received_on)) from referral r"
                                    + " join tenant t on t.id = r.tenant_id where t.code = ?")
                            .param(code)
                            .query(Long.class)
                            .single());
            var waiting =
                    sql.<Long>run(jdbc -> jdbc.sql("select count(*) from referral r join tenant t on t.id = r.tenant_id"
                                    + " where t.code = ? and r.status in ('SUBMITTED', 'IN_SCREENING')")
                            .param(code)
                            .query(Long.class)
                            .single());
            var overdue =
                    sql.<Long>run(jdbc -> jdbc.sql("select count(*) from referral r join tenant t on t.id = r.tenant_id"
                                    + " where t.code = ? and r.status = 'SUBMITTED' and r.due_on < ?")
                            .params(code, LocalDate.now())
                            .query(Long.class)
                            .single());
            var sectors = sql.<Long>run(jdbc -> jdbc.sql("select count(distinct r.referrer_sector) from referral r"
                            + " join tenant t on t.id = r.tenant_id where t.code = ?")
                    .param(code)
                    .query(Long.class)
                    .single());
            var outcomes = sql.<Long>run(jdbc -> jdbc.sql("select count(distinct r.decision_outcome) from referral r"
                            + " join tenant t on t.id = r.tenant_id where t.code = ?")
                    .param(code)
                    .query(Long.class)
                    .single());
            assertThat(years).as(code).isGreaterThanOrEqualTo(5);
            assertThat(waiting).as(code).isGreaterThanOrEqualTo(4);
            assertThat(overdue).as(code).isGreaterThanOrEqualTo(1);
            assertThat(sectors).as(code).isGreaterThanOrEqualTo(6);
            assertThat(outcomes).as(code).isEqualTo(5);
        }
    }

    @Test
    void birminghamsReferralsFallFrom2015To2017WithFewerInappropriateEachYear() {
        var counts = sql.<List<Map<String, Object>>>run(jdbc -> jdbc.sql("select extract(year from r.received_on) as y,"
                        + " count(*) as total, sum(case when r.decision_appropriate then 0 else 1 end) as inappropriate"
                        + " from referral r join tenant t on t.id = r.tenant_id where t.code = 'birmingham'"
                        + " and r.received_on between date '2015-01-01' and date '2017-12-31'"
                        + " group by extract(year from r.received_on) order by 1")
                .query()
                .listOfRows());

        assertThat(counts).hasSize(3);
        var totals = counts.stream()
                .map(row -> ((Number) row.get("total")).longValue())
                .toList();
        var inappropriate = counts.stream()
                .map(row -> ((Number) row.get("inappropriate")).longValue())
                .toList();
        assertThat(totals.get(0)).isGreaterThan(totals.get(1));
        assertThat(totals.get(1)).isGreaterThan(totals.get(2));
        assertThat(inappropriate.get(0)).isGreaterThan(inappropriate.get(1));
        assertThat(inappropriate.get(1)).isGreaterThan(inappropriate.get(2));
    }

    @Test
    void wolverhamptonHas21ReferralsIn2014To15With18InTheThirdAndFourthQuarters() {
        var year = count("wolverhampton", "2014-04-01", "2015-03-31");
        var secondHalf = count("wolverhampton", "2014-10-01", "2015-03-31");

        assertThat(year).isEqualTo(21);
        assertThat(secondHalf).isEqualTo(18);
    }

    @Test
    void demoPeopleIncludeRepeatsLinkedByTheLeadAndOneReferredThreeTimesWithoutReachingThePanel() {
        var linked = sql.<Long>run(jdbc -> jdbc.sql("select count(*) from referral where person_id <> own_person_id")
                .query(Long.class)
                .single());
        var thrice = sql.<Long>run(jdbc -> jdbc.sql("select count(*) from (select r.person_id from referral r"
                        + " where r.decision_outcome in ('NO_FURTHER_ACTION', 'SIGNPOSTED')"
                        + " group by r.tenant_id, r.person_id having count(*) >= 3) repeated")
                .query(Long.class)
                .single());

        assertThat(linked).isGreaterThan(20);
        assertThat(thrice).isGreaterThanOrEqualTo(4);
    }

    @LocalServerPort
    int port;

    @Test
    void theLeadLinksTheDemosRepeatReferralToThePersonReferredBeforeAndCanUndoAndLinkAgain() {
        // The waiting referral with a possible match, in Barnet: its own person and the person it matches were both
        // written by the demo data.
        var waiting = sql.<Map<String, Object>>run(jdbc -> jdbc.sql("select r.id, m.person_id, r.own_person_id"
                        + " from referral r join referral_match m on m.referral_id = r.id"
                        + " join tenant t on t.id = r.tenant_id where t.code = 'barnet'"
                        + " and r.status in ('SUBMITTED', 'IN_SCREENING') order by r.received_on desc")
                .query()
                .listOfRows()
                .get(0));
        var referral = waiting.get("id").toString();
        var known = waiting.get("person_id").toString();
        var browser = new Browser(port);
        browser.signIn("prevent-lead@barnet.example", "demo-only-password");
        assertThat(browser.get("/referrals/" + referral).body()).contains("This is the same person");

        var linked = browser.post("/referrals/" + referral + "/link", Map.of("personId", known));
        assertThat(linked.status()).isEqualTo(302);
        assertThat(linked.location()).isEqualTo("/referrals/" + referral);
        assertThat(personOf(referral)).isEqualTo(known);
        assertThat(status(waiting.get("own_person_id"))).isEqualTo("MERGED");
        assertThat(browser.get("/referrals/" + referral).body()).contains("Undo the link");

        // Undone and linked again, and linked to the person it already is: each answers, none is a server error.
        assertThat(browser.post("/referrals/" + referral + "/undo-link", Map.of())
                        .status())
                .isEqualTo(302);
        assertThat(personOf(referral)).isEqualTo(waiting.get("own_person_id").toString());
        assertThat(browser.post("/referrals/" + referral + "/link", Map.of("personId", known))
                        .status())
                .isEqualTo(302);
        var again = browser.post("/referrals/" + referral + "/link", Map.of("personId", known));
        assertThat(again.status()).isEqualTo(302);
        assertThat(personOf(referral)).isEqualTo(known);
        var self = browser.post(
                "/referrals/" + referral + "/link",
                Map.of("personId", waiting.get("own_person_id").toString()));
        assertThat(self.status()).isEqualTo(302);
        assertThat(personOf(referral)).isEqualTo(known);
    }

    private String personOf(String referral) {
        return sql.run(jdbc -> jdbc.sql("select person_id from referral where id = ?")
                .param(java.util.UUID.fromString(referral))
                .query(String.class)
                .single());
    }

    private String status(Object person) {
        return sql.run(jdbc -> jdbc.sql("select status from person where id = ?")
                .param(person)
                .query(String.class)
                .single());
    }

    private long count(String code, String from, String to) {
        return sql.<Long>run(jdbc -> jdbc.sql("select count(*) from referral r join tenant t on t.id = r.tenant_id"
                        + " where t.code = ? and r.received_on between ? and ?")
                .params(code, LocalDate.parse(from), LocalDate.parse(to))
                .query(Long.class)
                .single());
    }
}
