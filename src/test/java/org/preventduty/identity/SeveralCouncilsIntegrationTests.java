package org.preventduty.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
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
 * One person, several councils: a user of each with their own roles, signing in once with the same credentials,
 * choosing the council they work for (remembered) and switching from the header; every page, query and audit entry is
 * of the chosen council only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({IdentityFixtures.class, TestClock.Config.class, SystemSql.class})
class SeveralCouncilsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    IdentityFixtures fixtures;

    @Autowired
    TestClock clock;

    @Autowired
    SystemSql sql;

    @Test
    void aLeadOfOneCouncilMadeAUserOfAnotherChoosesItSwitchesBackAndSeesOnlyTheChosenCouncilsRecords() {
        var barnet = fixtures.tenant();
        var westminster = fixtures.tenant();
        var lead = fixtures.userWithTwoFactors(barnet, Role.PREVENT_LEAD);
        var api = new Api(port);
        var barnetReferral = ApiReferrals.make(
                api, fixtures.apiKey(barnet, Role.PREVENT_LEAD), LocalDate.of(2026, 10, 1), "Avery", "Barnetside");
        var westminsterReferral = ApiReferrals.make(
                api, fixtures.apiKey(westminster, Role.PREVENT_LEAD), LocalDate.of(2026, 10, 2), "Blake", "Westside");

        // The system administrator makes the person a user of Westminster too, as its administrator: no new password.
        var admin = fixtures.apiKey(null, Role.SYSTEM_ADMIN);
        var made = api.post(
                "/api/v1/tenants/" + westminster.code() + "/users",
                admin,
                "{\"email\": \"" + lead.email().toUpperCase() + "\", \"displayName\": \"Pat Shared\"}");
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        assertThat(made.json().get("passwordLink").isNull()).isTrue();
        var membership = made.json().get("user").get("id").asString();
        // Westminster's administrator gives them the Prevent lead's role there.
        var westminsterAdmin = fixtures.apiKey(westminster, Role.TENANT_ADMIN);
        var roles = api.post(
                "/api/v1/users/" + membership + "/roles",
                westminsterAdmin,
                "{\"roles\": [\"PREVENT_LEAD\"], \"version\": 0}");
        assertThat(roles.status()).as(roles.body()).isEqualTo(200);
        assertThat(api.post(
                                "/api/v1/tenants/" + westminster.code() + "/users",
                                admin,
                                "{\"email\": \"" + lead.email() + "\", \"displayName\": \"Twice\"}")
                        .status())
                .as("a second user of the same council with the same email")
                .isEqualTo(409);

        // Signing in: the person's one password and second factor, then the choice of council.
        var browser = new Browser(port);
        var signedIn = browser.signIn(lead.email(), IdentityFixtures.PASSWORD, fixtures.code(lead));
        assertThat(signedIn.location()).isEqualTo("/account/council");
        var choice = browser.get("/account/council").body();
        assertThat(choice).contains(barnet.name()).contains(westminster.name()).contains("Which council");
        var refused = browser.post("/account/council", Map.of());
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("govuk-error-summary").contains("Choose the council you are working for");
        assertThat(browser.post(
                                "/account/council",
                                Map.of("council", java.util.UUID.randomUUID().toString()))
                        .body())
                .as("a council the person is not a user of")
                .contains("govuk-error-summary");

        var chosen = browser.post("/account/council", Map.of("council", membership));
        assertThat(chosen.location()).isEqualTo("/home");
        var home = browser.get("/home").body();
        assertThat(home).contains(westminster.name()).contains("Switch council");
        var queue = browser.get("/triage").body();
        assertThat(queue).contains("/referrals/" + westminsterReferral).doesNotContain("/referrals/" + barnetReferral);
        assertThat(browser.get("/referrals/" + barnetReferral).status())
                .as("the other council's referral")
                .isEqualTo(404);
        assertThat(browser.get("/referrals/" + westminsterReferral).status()).isEqualTo(200);
        assertThat(sql.<Long>run(jdbc -> jdbc.sql("select count(*) from audit_event where action = 'SIGN_IN'"
                                + " and detail = 'CHOSE_COUNCIL' and tenant_id = ? and subject_id = ?")
                        .params(westminster.id().value(), membership)
                        .query(Long.class)
                        .single()))
                .isEqualTo(1);

        // Switching back from the header.
        browser.get("/account/council");
        assertThat(browser.post("/account/council", Map.of("council", lead.id().toString()))
                        .location())
                .isEqualTo("/home");
        assertThat(browser.get("/triage").body())
                .contains("/referrals/" + barnetReferral)
                .doesNotContain("/referrals/" + westminsterReferral);
        assertThat(browser.get("/referrals/" + westminsterReferral).status()).isEqualTo(404);

        // The next sign-in offers the council chosen last.
        browser.post("/sign-out", Map.of());
        clock.advance(Duration.ofSeconds(31));
        var again = new Browser(port);
        again.signIn(lead.email(), IdentityFixtures.PASSWORD, fixtures.code(lead));
        var offered = again.get("/account/council").body();
        var checked = Pattern.compile("value=\"([0-9a-f-]+)\"[^>]*checked").matcher(offered);
        assertThat(checked.find()).isTrue();
        assertThat(checked.group(1)).isEqualTo(lead.id().toString());

        // Westminster switches its membership off: the person still signs in to Barnet, with no choice to make.
        assertThat(api.post("/api/v1/users/" + membership + "/disable", westminsterAdmin, "{}")
                        .status())
                .isEqualTo(200);
        clock.advance(Duration.ofSeconds(31));
        var alone = new Browser(port);
        assertThat(alone.signIn(lead.email(), IdentityFixtures.PASSWORD, fixtures.code(lead))
                        .location())
                .isEqualTo("/home");
        assertThat(alone.get("/home").body()).contains(barnet.name()).doesNotContain("Switch council");
    }

    @Test
    void aPersonAddedToASecondCouncilBeforeSettingTheirPasswordIsActiveInBothOnceTheySetIt() {
        var barnet = fixtures.tenant();
        var westminster = fixtures.tenant();
        var api = new Api(port);
        var admin = fixtures.apiKey(null, Role.SYSTEM_ADMIN);
        var email = "new-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@shared.example";
        var first = api.post(
                "/api/v1/tenants/" + barnet.code() + "/users",
                admin,
                "{\"email\": \"" + email + "\", \"displayName\": \"Robin New\"}");
        var link = first.json().get("passwordLink").asString();
        var second = api.post(
                "/api/v1/tenants/" + westminster.code() + "/users",
                admin,
                "{\"email\": \"" + email + "\", \"displayName\": \"Robin New\"}");
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.json().get("user").get("status").asString()).isEqualTo("INVITED");
        assertThat(second.json().get("passwordLink").isNull()).isTrue();

        var browser = new Browser(port);
        var path = link.replaceFirst("^https?://[^/]+", "");
        browser.get(path);
        var set = browser.post(
                path, Map.of("password", "a long shared passphrase 9", "confirmation", "a long shared passphrase 9"));

        assertThat(set.status()).isIn(200, 302);
        assertThat(sql.<Long>run(jdbc -> jdbc.sql("select count(*) from app_user where email = ? and status = 'ACTIVE'")
                        .param(email)
                        .query(Long.class)
                        .single()))
                .isEqualTo(2);
    }

    @Test
    void aCouncilsAdministratorCannotChangeTheCredentialsAPersonHoldsWithAnotherCouncil() {
        var barnet = fixtures.tenant();
        var westminster = fixtures.tenant();
        var person = fixtures.userWithTwoFactors(barnet, Role.CASE_WORKER);
        var api = new Api(port);
        var westminsterAdmin = fixtures.apiKey(westminster, Role.TENANT_ADMIN);

        var made = api.post(
                "/api/v1/users",
                westminsterAdmin,
                "{\"email\": \"" + person.email()
                        + "\", \"displayName\": \"Sam Shared\", \"roles\": [\"PANEL_MEMBER\"]}");

        assertThat(made.status()).as(made.body()).isEqualTo(201);
        assertThat(made.json().get("user").get("status").asString()).isEqualTo("ACTIVE");
        var id = made.json().get("user").get("id").asString();
        var browser = new Browser(port);
        assertThat(browser.signIn(person.email(), IdentityFixtures.PASSWORD, fixtures.code(person))
                        .location())
                .isEqualTo("/account/council");
        var westminsterAdminUser = fixtures.userWithTwoFactors(westminster, Role.TENANT_ADMIN);
        var adminBrowser = new Browser(port);
        adminBrowser.signIn(
                westminsterAdminUser.email(), IdentityFixtures.PASSWORD, fixtures.code(westminsterAdminUser));
        adminBrowser.get("/admin/users/" + id);
        var reset = adminBrowser.post("/admin/users/" + id + "/reset-two-factor", Map.of());
        assertThat(reset.body()).contains("That council&#39;s administrator changes them");
        assertThat(fixtures.status(person.id())).isEqualTo(UserStatus.ACTIVE);
    }
}
