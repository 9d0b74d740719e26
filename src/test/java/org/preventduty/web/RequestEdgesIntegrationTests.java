package org.preventduty.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preventduty.identity.IdentityFixtures;
import org.preventduty.identity.Role;
import org.preventduty.identity.TenantSummary;
import org.preventduty.support.Api;
import org.preventduty.support.Browser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * What reaches the edge of the service, through the real server: addresses that do not exist, refusals, and what the
 * container itself answers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(IdentityFixtures.class)
class RequestEdgesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    IdentityFixtures fixtures;

    TenantSummary tenant;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
    }

    @Test
    void anAddressThatDoesNotExistIsNotFoundForASignedInPersonNotRefused() {
        var browser = signedIn(fixtures.userWithTwoFactors(tenant, Role.REFERRER));

        var missing = browser.get("/no-such-page");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).contains("Page not found").doesNotContain("do not have access");
        assertThat(browser.get("/referrals/new/and/more").status()).isEqualTo(404);
        browser.get("/home");
        assertThat(browser.post("/no-such-page", Map.of()).status()).isEqualTo(404);
        // A page that exists but is not for this role is still refused.
        assertThat(browser.get("/triage").status()).isEqualTo(403);
    }

    private Browser signedIn(IdentityFixtures.TestUser user) {
        var browser = new Browser(port);
        assertThat(browser.signIn(user.email(), IdentityFixtures.PASSWORD, fixtures.code(user))
                        .location())
                .isEqualTo("/home");
        return browser;
    }

    @Test
    void anApiAddressThatDoesNotExistIsNotFoundAsAProblem() {
        var api = new Api(port);
        var key = fixtures.apiKey(tenant, Role.PREVENT_LEAD);

        var missing = api.get("/api/v1/no-such-thing", key);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(api.get("/api/v1/training/coverage?asOf=2020-12-31", key).status())
                .isEqualTo(403);
    }
}
