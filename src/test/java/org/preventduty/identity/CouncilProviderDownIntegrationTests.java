package org.preventduty.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.preventduty.support.Browser;
import org.preventduty.support.TestClock;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The council's identity provider is down when the product starts: the product starts anyway, sign-in says the
 * provider's button cannot be used now, and passwords still work.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({IdentityFixtures.class, TestClock.Config.class})
class CouncilProviderDownIntegrationTests {

    @DynamicPropertySource
    static void deadProvider(DynamicPropertyRegistry properties) throws Exception {
        int port;
        // A port nothing listens on.
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var issuer = "http://127.0.0.1:" + port;
        properties.add("service.identity.oidc.issuer-uri", () -> issuer);
        properties.add("service.identity.oidc.client-id", () -> "prevent-duty-manager");
        properties.add("service.identity.oidc.client-secret", () -> "secret");
        properties.add("service.identity.oidc.name", () -> "Barnet staff account");
    }

    @LocalServerPort
    int port;

    @Test
    void theProductStartsAndSignInSaysTheProviderCannotBeUsedNowWhilePasswordsStillWork(
            @org.springframework.beans.factory.annotation.Autowired IdentityFixtures fixtures) {
        var browser = new Browser(port);

        var page = browser.get("/sign-in");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("Signing in with Barnet staff account is not available at the moment")
                .doesNotContain("href=\"/oauth2/authorization/council\"")
                .contains("name=\"password\"");
        var started = browser.get("/oauth2/authorization/council");
        assertThat(started.location()).isEqualTo("/sign-in?provider=unavailable");
        assertThat(browser.get(started.location()).body())
                .contains("govuk-error-summary")
                .contains("not available at the moment");

        var user = fixtures.user(fixtures.tenant(), Role.REFERRER);
        browser.get("/sign-in");
        var signedIn = browser.post(
                "/sign-in", java.util.Map.of("email", user.email(), "password", IdentityFixtures.PASSWORD));
        assertThat(signedIn.location()).isNotEqualTo("/sign-in?error");
    }
}
