package org.preventduty.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preventduty.support.Api.json;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.preventduty.identity.IdentityFixtures;
import org.preventduty.identity.Role;
import org.preventduty.support.Api;
import org.preventduty.support.ApiReferrals;
import org.preventduty.support.Browser;
import org.preventduty.support.SystemSql;
import org.preventduty.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Break-glass: a case worker with no part in a case opens it for a stated reason with their second factor again, sees
 * it for 60 minutes and not after, every read marked in the audit trail; the Prevent leads are emailed and review it;
 * no API key may break glass.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.mail.host=127.0.0.1",
            "spring.mail.port=" + BreakGlassIntegrationTests.PORT,
            "service.tasks.mail-from=prevent@test.example",
            "service.identity.base-url=https://prevent.council.example"
        })
@Import({IdentityFixtures.class, TestClock.Config.class, SystemSql.class})
class BreakGlassIntegrationTests {

    static final int PORT = 3929;

    @RegisterExtension
    static GreenMailExtension smtp =
            new GreenMailExtension(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @LocalServerPort
    int port;

    @Autowired
    IdentityFixtures fixtures;

    @Autowired
    TestClock clock;

    @Autowired
    SystemSql sql;

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/London"));
    }

    @Test
    void aCaseWorkerBreaksGlassForSixtyMinutesMarkedInTheAuditAndTheLeadReviewsIt() throws Exception {
        var api = new Api(port);
        var tenant = fixtures.tenant();
        var leadKey = fixtures.apiKey(tenant, Role.PREVENT_LEAD);
        var leadUser = fixtures.userWithTwoFactors(tenant, Role.PREVENT_LEAD);
        var referral = ApiReferrals.make(api, leadKey, today().minusDays(30), "Glass", "Case");
        var decided = ApiReferrals.decide(api, leadKey, referral, "ACCEPTED_FOR_CHANNEL", true, today().minusDays(20));
        var caseId = decided.get("channelCaseId").asString();
        var reference = sql.run(jdbc -> jdbc.sql("select reference from channel_case where id = ?")
                .param(UUID.fromString(caseId))
                .query(String.class)
                .single());

        var worker = fixtures.userWithTwoFactors(tenant, Role.CASE_WORKER);
        var browser = new Browser(port);
        browser.signIn(worker.email(), IdentityFixtures.PASSWORD, fixtures.code(worker));
        assertThat(browser.get("/channel/cases/" + caseId).status()).isEqualTo(404);
        var page = browser.get("/break-glass");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("60 minutes").contains("Prevent leads are told at once");

        var empty = browser.post("/break-glass", Map.of("reference", "", "reason", "", "code", ""));
        assertThat(empty.body())
                .contains("Enter the reference of the case.")
                .contains("Enter why you must open the case now.");
        clock.advance(org.preventduty.identity.StepUp.REMEMBERED.plusSeconds(1));
        var wrongCode = browser.post(
                "/break-glass", Map.of("reference", reference, "reason", "A safeguarding call now.", "code", "000000"));
        assertThat(wrongCode.body()).contains("The code is not right.");
        clock.advance(Duration.ofSeconds(31));
        var unknown = browser.post(
                "/break-glass",
                Map.of(
                        "reference",
                        "CH-0000-9999",
                        "reason",
                        "A safeguarding call now.",
                        "code",
                        fixtures.code(worker)));
        assertThat(unknown.body()).contains("There is no case of the council with that reference.");
        assertThat(sql.auditCount("BREAK_GLASS_OPENED", UUID.fromString(caseId)))
                .isZero();

        clock.advance(Duration.ofSeconds(31));
        var opened = browser.post(
                "/break-glass",
                Map.of("reference", reference, "reason", "A safeguarding call now.", "code", fixtures.code(worker)));
        assertThat(opened.status()).isEqualTo(302);
        assertThat(opened.location()).isEqualTo("/channel/cases/" + caseId);
        var seen = browser.get("/channel/cases/" + caseId);
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.body()).contains(reference);
        var marked = sql.run(jdbc -> jdbc.sql("select count(*) from audit_event where action = 'CHANNEL_CASE_VIEWED'"
                        + " and subject_id = ? and detail = 'break-glass'")
                .param(caseId)
                .query(Long.class)
                .single());
        assertThat(marked).isEqualTo(1);
        assertThat(sql.auditCount("BREAK_GLASS_OPENED", UUID.fromString(caseId)))
                .isEqualTo(1);
        assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
        var notice = smtp.getReceivedMessages()[0];
        assertThat(notice.getSubject()).isEqualTo("A Channel case was opened by breaking glass");
        assertThat(GreenMailUtil.getBody(notice))
                .contains("https://prevent.council.example/privacy/break-glass")
                .doesNotContain("Glass Case");

        clock.advance(Duration.ofMinutes(61));
        assertThat(browser.get("/channel/cases/" + caseId).status()).isEqualTo(404);

        var lead = new Browser(port);
        lead.signIn(leadUser.email(), IdentityFixtures.PASSWORD, fixtures.code(leadUser));

        // A case worker assigned to the case's referral sees it already: nothing to break.
        var assignedWorker = fixtures.userWithTwoFactors(tenant, Role.CASE_WORKER);
        lead.get("/referrals/" + referral);
        lead.post(
                "/referrals/" + referral + "/assign",
                Map.of("userId", assignedWorker.id().toString()));
        var assigned = new Browser(port);
        assigned.signIn(assignedWorker.email(), IdentityFixtures.PASSWORD, fixtures.code(assignedWorker));
        assigned.get("/break-glass");
        clock.advance(Duration.ofSeconds(31));
        var already = assigned.post(
                "/break-glass",
                Map.of("reference", reference, "reason", "Curious.", "code", fixtures.code(assignedWorker)));
        assertThat(already.body()).contains("You can already see this case.");
        assertThat(sql.auditCount("BREAK_GLASS_OPENED", UUID.fromString(caseId)))
                .isEqualTo(1);
        assertThat(lead.get("/tasks").body()).contains("Review the break-glass access to " + reference);
        var reviews = lead.get("/privacy/break-glass");
        assertThat(reviews.body()).contains(reference).contains("A safeguarding call now.");
        var id = sql.run(jdbc -> jdbc.sql("select id from break_glass where case_id = ?")
                .param(UUID.fromString(caseId))
                .query(UUID.class)
                .single());
        var unanswered = lead.post("/privacy/break-glass/" + id + "/review", Map.of("note", "Checked."));
        assertThat(unanswered.body()).contains("Choose whether the access was justified.");
        var reviewed =
                lead.post("/privacy/break-glass/" + id + "/review", Map.of("justified", "no", "note", "No urgency."));
        assertThat(reviewed.status()).isEqualTo(302);
        assertThat(lead.get("/privacy/break-glass").body()).contains("Not justified");
        assertThat(lead.get("/tasks").body()).doesNotContain("Review the break-glass access to " + reference);
        assertThat(sql.auditCount("BREAK_GLASS_REVIEWED", id)).isEqualTo(1);

        assertThat(api.post(
                                "/api/v1/channel-cases/" + caseId + "/break-glass",
                                fixtures.apiKey(tenant, Role.CASE_WORKER),
                                json("reason", "By key"))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void aReferenceOfNoCaseIsNamedAndNobodyWithoutACaseRoleMayBreakGlass() {
        var tenant = fixtures.tenant();
        var member = fixtures.userWithTwoFactors(tenant, Role.PANEL_MEMBER);
        var browser = new Browser(port);
        browser.signIn(member.email(), IdentityFixtures.PASSWORD, fixtures.code(member));
        browser.get("/break-glass");
        clock.advance(Duration.ofSeconds(31));
        var none = browser.post(
                "/break-glass",
                Map.of("reference", "CH-1999-0001", "reason", "A call.", "code", fixtures.code(member)));
        assertThat(none.status()).isEqualTo(200);
        assertThat(none.body()).contains("There is no case of the council with that reference.");
        var referrer = fixtures.userWithTwoFactors(tenant, Role.REFERRER);
        var other = new Browser(port);
        other.signIn(referrer.email(), IdentityFixtures.PASSWORD, fixtures.code(referrer));
        assertThat(other.get("/break-glass").status()).isEqualTo(403);
    }
}
