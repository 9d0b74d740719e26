package org.preventduty.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.preventduty.identity.IdentityFixtures;
import org.preventduty.identity.Role;
import org.preventduty.identity.TenantManagement;
import org.preventduty.identity.TenantScope;
import org.preventduty.identity.TenantSummary;
import org.preventduty.support.Api;
import org.preventduty.support.ApiReferrals;
import org.preventduty.support.Browser;
import org.preventduty.support.SystemSql;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The home page shows each role what needs attention, with figures counted again here straight from the records, each
 * linking to the list behind it; a council without records gets words that say so; report viewers get referrals under
 * disclosure control.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "service.demo.enabled=true")
@Import({IdentityFixtures.class, SystemSql.class})
class HomeDashboardIntegrationTests {

    static final String DEMO_PASSWORD = "demo-only-password";
    static final Pattern FIGURE =
            Pattern.compile("href=\"([^\"]+)\">\\s*<span class=\"app-figure__count\">([^<]+)</span>\\s*"
                    + "<span class=\"app-figure__label\">([^<]+)</span>");

    @LocalServerPort
    int port;

    @Autowired
    IdentityFixtures fixtures;

    @Autowired
    TenantManagement tenants;

    @Autowired
    SystemSql sql;

    Browser demo(String email) {
        var browser = new Browser(port);
        assertThat(browser.signIn(email, DEMO_PASSWORD).status()).isEqualTo(302);
        return browser;
    }

    Browser user(TenantSummary tenant, Role role) {
        var user = fixtures.userWithTwoFactors(tenant, role);
        var browser = new Browser(port);
        browser.signIn(user.email(), IdentityFixtures.PASSWORD, fixtures.code(user));
        return browser;
    }

    UUID barnet() {
        return TenantScope.asSystem(() -> tenants.findByCode("barnet").orElseThrow())
                .id()
                .value();
    }

    /** The figure whose words are given: its count and where it links. */
    static String[] figure(String page, String label) {
        var matcher = FIGURE.matcher(page);
        while (matcher.find()) {
            if (matcher.group(3).strip().equals(label)) {
                return new String[] {matcher.group(2).strip(), matcher.group(1)};
            }
        }
        throw new AssertionError("no figure \"" + label + "\" on the page");
    }

    long count(String query, Object... params) {
        return sql.run(jdbc -> jdbc.sql(query).params(params).query(Long.class).single());
    }

    @Test
    void theLeadSeesWhatWaitsForScreeningWithImmediateDangerFirstAndEachFigureLinksToItsList() {
        var page = demo("prevent-lead@barnet.example").get("/home");
        assertThat(page.status()).isEqualTo(200);
        var body = page.body();
        assertThat(body).contains("What needs your attention");
        var tenant = barnet();
        var waiting = count(
                "select count(*) from referral where tenant_id = ? and status in ('SUBMITTED', 'IN_SCREENING')",
                tenant);
        var immediate = count(
                "select count(*) from referral where tenant_id = ? and status in ('SUBMITTED', 'IN_SCREENING')"
                        + " and immediate_risk = true",
                tenant);
        var today = LocalDate.now(ZoneId.of("Europe/London"));
        var overdue = count(
                "select count(*) from referral where tenant_id = ? and status in ('SUBMITTED', 'IN_SCREENING')"
                        + " and due_on < ?",
                tenant,
                today);
        assertThat(waiting).isPositive();
        assertThat(immediate).isPositive();
        assertThat(figure(body, "referrals waiting for screening")).containsExactly(String.valueOf(waiting), "/triage");
        assertThat(figure(body, "of them report immediate danger")[0]).isEqualTo(String.valueOf(immediate));
        assertThat(figure(body, "of them are overdue for a decision")[0]).isEqualTo(String.valueOf(overdue));

        var firstImmediate = sql.run(jdbc -> jdbc.sql("select id from referral where tenant_id = ? and status in"
                        + " ('SUBMITTED', 'IN_SCREENING') and immediate_risk = true order by due_on limit 1")
                .param(tenant)
                .query(UUID.class)
                .single());
        var queue = body.substring(body.indexOf("First in the queue"));
        assertThat(queue.indexOf("/referrals/")).isEqualTo(queue.indexOf("/referrals/" + firstImmediate));

        var awaitingPanel =
                count("select count(*) from channel_case where tenant_id = ? and status = 'AWAITING_PANEL'", tenant);
        assertThat(figure(body, "Awaiting panel"))
                .containsExactly(String.valueOf(awaitingPanel), "/channel/cases?status=AWAITING_PANEL");
        assertThat(body).contains("Panel meetings coming up").contains("Training coverage today");
        assertThat(body).contains("<svg").contains("<title id=\"trend-title\">");
        assertThat(body).contains("Share found not appropriate (%)");
    }

    @Test
    void theChairTheTrainingAdministratorAndTheDeliveryOfficerEachSeeTheirOwnFigures() {
        var tenant = barnet();
        var chair = demo("channel-chair@barnet.example").get("/home").body();
        var awaitingPanel =
                count("select count(*) from channel_case where tenant_id = ? and status = 'AWAITING_PANEL'", tenant);
        assertThat(figure(chair, "cases waiting for panel"))
                .containsExactly(String.valueOf(awaitingPanel), "/channel/cases?status=AWAITING_PANEL");
        assertThat(chair).contains("Panel meetings coming up").doesNotContain("referrals waiting for screening");

        var training = demo("training-admin@barnet.example").get("/home").body();
        assertThat(training).contains("Coverage by department").contains("<title id=\"coverage-title\">");
        assertThat(figure(training, "staff whose training expires in the next 90 days")[1])
                .isEqualTo("/training/lists?kind=expiring");

        var delivery = demo("delivery-officer@barnet.example").get("/home").body();
        var overdueActions = count(
                "select count(*) from risk_action where tenant_id = ? and status <> 'COMPLETE' and due_on < ?",
                tenant,
                LocalDate.now(ZoneId.of("Europe/London")));
        assertThat(figure(delivery, "actions of the plan overdue"))
                .containsExactly(String.valueOf(overdueActions), "/risk/actions");
        assertThat(delivery).contains("<title id=\"heat-map-title\">");

        var referrer = demo("referrer@barnet.example").get("/home").body();
        assertThat(referrer).doesNotContain("app-dashboard").contains("What you can do");
    }

    @Test
    void aCouncilWithoutRecordsGetsEmptyFiguresWithWordsThatSaySo() {
        var tenant = fixtures.tenant();
        var page = user(tenant, Role.PREVENT_LEAD).get("/home");
        assertThat(page.status()).isEqualTo(200);
        assertThat(figure(page.body(), "referrals waiting for screening")[0]).isEqualTo("0");
        assertThat(page.body())
                .contains("No referral was received in the last three years.")
                .contains("No panel meeting is planned.");
    }

    @Test
    void aReportViewerSeesReferralsByQuarterUnderDisclosureControlAndTheLeadSeesThemExactly() {
        var tenant = fixtures.tenant();
        var key = fixtures.apiKey(tenant, Role.PREVENT_LEAD);
        var api = new Api(port);
        for (var i = 0; i < 2; i++) {
            ApiReferrals.make(api, key, LocalDate.now(ZoneId.of("Europe/London")), "Quarter" + i, "Person");
        }

        var viewer = user(tenant, Role.REPORT_VIEWER).get("/home").body();
        var viewerTable = viewer.substring(viewer.indexOf("<tbody", viewer.indexOf("Share found not appropriate")));
        var lastRow = viewerTable.substring(viewerTable.lastIndexOf("<tr"), viewerTable.indexOf("</tbody>"));
        assertThat(lastRow).contains(">[c]<").doesNotContain(">2<");
        assertThat(viewer).contains("Counts between 1 and 4 are shown as [c]");

        var lead = user(tenant, Role.PREVENT_LEAD).get("/home").body();
        var leadTable = lead.substring(lead.indexOf("<tbody", lead.indexOf("Share found not appropriate")));
        var leadRow = leadTable.substring(leadTable.lastIndexOf("<tr"), leadTable.indexOf("</tbody>"));
        assertThat(leadRow).contains(">2<");
    }
}
