package org.preventduty.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.preventduty.identity.IdentityFixtures;
import org.preventduty.identity.IdentityFixtures.TestUser;
import org.preventduty.identity.Role;
import org.preventduty.identity.TenantSummary;
import org.preventduty.referrals.ReferralFixtures;
import org.preventduty.support.Api;
import org.preventduty.support.ApiReferrals;
import org.preventduty.support.Browser;
import org.preventduty.support.SystemSql;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Notifications: sent once, to the right people, in the product and by email as each chooses, with no personal data in
 * the email; read from the header's count and the list.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.mail.host=127.0.0.1",
            "spring.mail.port=" + NotificationsIntegrationTests.PORT,
            "service.tasks.mail-from=prevent@test.example",
            "service.identity.base-url=https://prevent.council.example"
        })
@Import({IdentityFixtures.class, SystemSql.class, ReferralFixtures.class})
class NotificationsIntegrationTests {

    static final int PORT = 3931;

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @RegisterExtension
    static GreenMailExtension smtp =
            new GreenMailExtension(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @LocalServerPort
    int port;

    @Autowired
    IdentityFixtures fixtures;

    @Autowired
    SystemSql sql;

    @Autowired
    ReferralFixtures referrals;

    @Autowired
    TaskDigest digest;

    Api api;
    TenantSummary tenant;
    TestUser lead;
    TestUser quietLead;
    String referrer;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        tenant = fixtures.tenant();
        lead = fixtures.userWithTwoFactors(tenant, Role.PREVENT_LEAD);
        quietLead = fixtures.userWithTwoFactors(tenant, Role.PREVENT_LEAD);
        referrer = fixtures.apiKey(tenant, Role.REFERRER);
    }

    long notices(TestUser user, String kind) {
        return sql.<Long>run(jdbc -> jdbc.sql("select count(*) from notification where user_id = ? and kind = ?")
                .params(user.id(), kind)
                .query(Long.class)
                .single());
    }

    List<jakarta.mail.internet.MimeMessage> mailTo(TestUser user) throws Exception {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getAllRecipients())
                                .anyMatch(a -> a.toString().equalsIgnoreCase(user.email()));
                    } catch (Exception e) {
                        return false;
                    }
                })
                .toList();
    }

    Browser signedIn(TestUser user) {
        var browser = new Browser(port);
        browser.signIn(user.email(), IdentityFixtures.PASSWORD, fixtures.code(user));
        return browser;
    }

    @Test
    void anImmediateDangerReferralTellsEachPreventLeadAtOnceWithALinkAndNoName() throws Exception {
        var quiet = signedIn(quietLead);
        var settings = quiet.get("/notifications/settings");
        assertThat(settings.status()).isEqualTo(200);
        var saved = quiet.postMulti(
                "/notifications/settings",
                List.of(
                        Map.entry("byEmail", "SCREENING_OVERDUE"),
                        Map.entry("byEmail", "BREAK_GLASS"),
                        Map.entry("_byEmail", "on")));
        assertThat(saved.status()).isEqualTo(302);

        ApiReferrals.make(api, referrer, ApiReferrals.body(TODAY, "Calm", "Quietname", false, Map.of()));
        var danger = ApiReferrals.make(api, referrer, ApiReferrals.body(TODAY, "Urgent", "Dangername", true, Map.of()));
        var referralId = danger.get("id").asString();

        assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
        var mails = mailTo(lead);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).contains("immediate danger");
        assertThat(GreenMailUtil.getBody(mails.get(0)))
                .contains("https://prevent.council.example/referrals/" + referralId)
                .doesNotContain("Urgent")
                .doesNotContain("Dangername");
        assertThat(mailTo(quietLead)).isEmpty();
        assertThat(notices(lead, "IMMEDIATE_DANGER")).isEqualTo(1);
        assertThat(notices(quietLead, "IMMEDIATE_DANGER")).isEqualTo(1);

        var browser = signedIn(lead);
        var home = browser.get("/home").body();
        assertThat(home).contains("href=\"/notifications\"").contains("class=\"app-count\"");
        var list = browser.get("/notifications").body();
        assertThat(list)
                .contains("A referral reports someone in immediate danger")
                .doesNotContain("Dangername");
        var noticeId = sql.run(jdbc -> jdbc.sql("select id from notification where user_id = ?")
                .param(lead.id())
                .query(UUID.class)
                .single());
        var opened = browser.get("/notifications/" + noticeId);
        assertThat(opened.status()).isEqualTo(302);
        assertThat(opened.location()).endsWith("/referrals/" + referralId);
        assertThat(browser.get("/home").body()).doesNotContain("class=\"app-count\"");
        assertThat(quiet.get("/notifications/" + noticeId).status()).isEqualTo(404);
    }

    @Test
    void aReferralOverdueForScreeningIsToldToTheLeadsOnceAndAnImportedOneNever() throws Exception {
        var overdue = ApiReferrals.make(
                        api, referrer, ApiReferrals.body(TODAY.minusDays(30), "Late", "One", false, Map.of()))
                .get("id")
                .asString();
        var leadKey = fixtures.apiKey(tenant, Role.PREVENT_LEAD);
        api.post(
                "/api/v1/referrals/imports",
                leadKey,
                "text/csv",
                "reference,received_on,given_name,family_name,date_of_birth,sex,postcode,sector,type_of_concern,"
                        + "summary,outcome,decided_on,discussed_at_panel_on,adopted\n"
                        + "OLD-1,2019-01-01,Old,Record,,MALE,,EDUCATION,ISLAMIST,History.,,,,\n");

        referrals.notifyOverdue(TODAY);
        referrals.notifyOverdue(TODAY);

        assertThat(notices(lead, "SCREENING_OVERDUE")).isEqualTo(1);
        assertThat(notices(quietLead, "SCREENING_OVERDUE")).isEqualTo(1);
        var links = sql.run(
                jdbc -> jdbc.sql("select link from notification where user_id = ? and kind = 'SCREENING_OVERDUE'")
                        .param(lead.id())
                        .query(String.class)
                        .list());
        assertThat(links).containsExactly("/referrals/" + overdue);
    }

    @Test
    void everyNotificationIsMarkedReadAtOnceAndTheSettingsFormKeepsTheChoices() throws Exception {
        ApiReferrals.make(api, referrer, ApiReferrals.body(TODAY, "Urgent", "Again", true, Map.of()));
        var browser = signedIn(lead);
        assertThat(browser.get("/notifications").body()).contains(">New<");
        var read = browser.post("/notifications/read-all", Map.of());
        assertThat(read.status()).isEqualTo(302);
        assertThat(browser.get("/notifications").body())
                .contains("Every notification is marked as read")
                .doesNotContain(">New<");
        var none = browser.postMulti("/notifications/settings", List.of(Map.entry("_byEmail", "on")));
        assertThat(none.status()).isEqualTo(302);
        assertThat(browser.get("/notifications/settings").body()).doesNotContain("checked");
    }

    @Test
    void theMorningDigestTellsEachPersonWithWorkDueOnceADayAndNoOneElse() {
        var officer = fixtures.user(tenant, Role.DELIVERY_OFFICER);
        var reader = fixtures.user(tenant, Role.REPORT_VIEWER);
        var created = api.post(
                "/api/v1/governance/boards",
                fixtures.apiKey(tenant, Role.DELIVERY_OFFICER),
                org.preventduty.support.Api.json(
                        "name",
                        "Overdue Board",
                        "frequency",
                        "MONTHLY",
                        "lastUpdateOn",
                        TODAY.minusMonths(3).toString()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        digest.send(TODAY);
        digest.send(TODAY);

        assertThat(notices(officer, "TASKS_DUE")).isEqualTo(1);
        assertThat(notices(reader, "TASKS_DUE")).isZero();
        var link = sql.run(jdbc -> jdbc.sql("select link from notification where user_id = ? and kind = 'TASKS_DUE'")
                .param(officer.id())
                .query(String.class)
                .single());
        assertThat(link).isEqualTo("/tasks");
    }
}
