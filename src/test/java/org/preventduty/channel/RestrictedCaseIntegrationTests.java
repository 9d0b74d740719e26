package org.preventduty.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
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
 * A restricted case: the Prevent lead names who else may see it; a Channel chair not named sees its reference in the
 * list and nothing more, cannot open it and nobody can break glass into it; the named chair sees it with an alert.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({IdentityFixtures.class, TestClock.Config.class, SystemSql.class})
class RestrictedCaseIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    IdentityFixtures fixtures;

    @Autowired
    TestClock clock;

    @Autowired
    SystemSql sql;

    Browser signedIn(IdentityFixtures.TestUser user) {
        var browser = new Browser(port);
        browser.signIn(user.email(), IdentityFixtures.PASSWORD, fixtures.code(user));
        return browser;
    }

    @Test
    void onlyTheLeadsAndThePeopleNamedSeeARestrictedCase() {
        var api = new Api(port);
        var tenant = fixtures.tenant();
        var key = fixtures.apiKey(tenant, Role.PREVENT_LEAD);
        var today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/London"));
        var referral = ApiReferrals.make(
                api, key, ApiReferrals.body(today.minusDays(5), "Robin", "Restricted", false, Map.of()));
        var decided = ApiReferrals.decide(api, key, referral.get("id").asString(), "ACCEPTED_FOR_CHANNEL", true, today);
        var caseId = decided.get("channelCaseId").asString();
        var reference = sql.run(jdbc -> jdbc.sql("select reference from channel_case where id = ?")
                .param(UUID.fromString(caseId))
                .query(String.class)
                .single());

        var named = fixtures.userWithTwoFactors(tenant, Role.CHANNEL_CHAIR);
        var other = fixtures.userWithTwoFactors(tenant, Role.CHANNEL_CHAIR);
        var referrer = fixtures.userWithTwoFactors(tenant, Role.REFERRER);
        var lead = signedIn(fixtures.userWithTwoFactors(tenant, Role.PREVENT_LEAD));
        assertThat(lead.get("/channel/cases/" + caseId).body()).contains("Restrict who may see this case");
        var page = lead.get("/channel/cases/" + caseId + "/restriction");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains(named.id().toString())
                .doesNotContain(referrer.id().toString());

        var noChoice = lead.post("/channel/cases/" + caseId + "/restriction", Map.of());
        assertThat(noChoice.body()).contains("Choose whether to restrict the case.");
        var notNameable = lead.postMulti(
                "/channel/cases/" + caseId + "/restriction",
                List.of(
                        Map.entry("restricted", "yes"),
                        Map.entry("named", referrer.id().toString())));
        assertThat(notNameable.body()).contains("Name only Channel chairs, case workers and panel members");
        var restricted = lead.postMulti(
                "/channel/cases/" + caseId + "/restriction",
                List.of(
                        Map.entry("restricted", "yes"),
                        Map.entry("named", named.id().toString())));
        assertThat(restricted.status()).isEqualTo(302);
        assertThat(sql.auditCount("CHANNEL_CASE_RESTRICTED", caseId)).isEqualTo(1);

        var otherChair = signedIn(other);
        assertThat(otherChair.get("/channel/cases/" + caseId).status()).isEqualTo(404);
        assertThat(otherChair.get("/channel/cases").body())
                .contains(reference)
                .contains("Restricted case")
                .doesNotContain("Robin Restricted");
        var namedChair = signedIn(named);
        var seen = namedChair.get("/channel/cases/" + caseId);
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.body()).contains("This case is restricted").contains("Robin Restricted");
        assertThat(namedChair.get("/channel/cases").body()).contains("Robin Restricted");

        var workerUser = fixtures.userWithTwoFactors(tenant, Role.CASE_WORKER);
        var glass = signedIn(workerUser);
        glass.get("/break-glass");
        clock.advance(Duration.ofSeconds(31));
        var refused = glass.post(
                "/break-glass",
                Map.of("reference", reference, "reason", "An emergency.", "code", fixtures.code(workerUser)));
        assertThat(refused.body()).contains("There is no case of the council with that reference.");

        lead.get("/channel/cases/" + caseId + "/restriction");
        assertThat(lead.post("/channel/cases/" + caseId + "/restriction", Map.of("restricted", "no"))
                        .status())
                .isEqualTo(302);
        assertThat(otherChair.get("/channel/cases/" + caseId).status()).isEqualTo(200);
    }
}
