package org.preventduty.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preventduty.identity.CouncilIdentityProvider.Token;
import org.preventduty.identity.IdentityFixtures.TestUser;
import org.preventduty.support.Browser;
import org.preventduty.support.SystemSql;
import org.preventduty.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Signing in with the council's identity provider, end to end against a real OpenID Connect provider (Spring
 * Authorization Server) started for the test: the whole authorization code flow, and each way its answer can be wrong.
 * The provider's second factor is trusted here, as a council may choose.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "service.identity.oidc.trust-provider-mfa=true")
@Import({IdentityFixtures.class, TestClock.Config.class, SystemSql.class})
class CouncilSignInIntegrationTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"");

    private static CouncilIdentityProvider provider;

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry properties) {
        provider = CouncilIdentityProvider.start();
        properties.add("service.identity.oidc.issuer-uri", provider::issuer);
        properties.add("service.identity.oidc.client-id", () -> CouncilIdentityProvider.CLIENT_ID);
        properties.add("service.identity.oidc.client-secret", () -> CouncilIdentityProvider.CLIENT_SECRET);
        properties.add("service.identity.oidc.name", () -> "Barnet staff account");
    }

    @AfterAll
    static void stopProvider() {
        provider.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    IdentityFixtures fixtures;

    @Autowired
    SystemSql sql;

    TenantSummary tenant;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        provider.redirectTo("http://127.0.0.1:" + port + "/login/oauth2/code/council");
        provider.tokens(Token.GOOD);
        provider.assertSecondFactor(false);
    }

    @Test
    void aCouncilUserSignsInWithTheProviderThenGivesTheProductsSecondFactorAndKeepsTheProductsRolesAndCouncil() {
        var lead = fixtures.userWithTwoFactors(tenant, Role.PREVENT_LEAD);
        provider.user(lead.email(), true);
        var browser = new Browser(port);

        var signIn = browser.get("/sign-in");
        assertThat(signIn.body())
                .contains("Sign in with Barnet staff account")
                .contains("/oauth2/authorization/council");

        var back = signInAtProvider(browser, lead.email());
        assertThat(back.location()).isEqualTo("/sign-in/two-factor");
        assertThat(browser.get("/home").location())
                .as("nothing is open before the product's second factor")
                .startsWith("/sign-in/two-factor");
        browser.get("/sign-in/two-factor");
        var done = browser.post("/sign-in/two-factor", Map.of("code", fixtures.code(lead)));
        assertThat(done.location()).isEqualTo("/home");
        var me = browser.get("/account");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body()).contains(lead.email()).contains(tenant.name());
        assertThat(browser.get("/triage").status()).as("the product's roles").isEqualTo(200);
        assertThat(audit("SIGN_IN", "SUCCESS", lead)).contains("PROVIDER");
    }

    @Test
    void aSecondFactorTheProviderAssertsIsNotAskedForAgainWhenTheCouncilTrustsIt() {
        var lead = fixtures.userWithTwoFactors(tenant, Role.PREVENT_LEAD);
        provider.user(lead.email(), true);
        provider.assertSecondFactor(true);
        var browser = new Browser(port);

        assertThat(signInAtProvider(browser, lead.email()).location()).isEqualTo("/home");
        assertThat(browser.get("/home").status()).isEqualTo(200);
        assertThat(audit("SIGN_IN", "SUCCESS", lead)).contains("PROVIDER_WITH_MFA");
    }

    @Test
    void anEmailTheProductDoesNotKnowIsRefusedWithAClearPageAndNoAccountIsMade() {
        var stranger = "stranger-" + System.nanoTime() + "@barnet.example";
        provider.user(stranger, true);
        var browser = new Browser(port);

        var back = signInAtProvider(browser, stranger);

        assertThat(back.location()).isEqualTo("/sign-in?provider=unknown-user");
        var page = browser.get(back.location());
        assertThat(page.body())
                .contains("govuk-error-summary")
                .contains("Your account with Barnet staff account is not a user of Prevent Duty Manager");
        assertThat(browser.get("/home").location()).isEqualTo("/sign-in");
        assertThat(sql.<Long>run(jdbc -> jdbc.sql("select count(*) from app_user where email = ?")
                        .param(stranger)
                        .query(Long.class)
                        .single()))
                .isZero();
        assertThat(sql.<Long>run(jdbc -> jdbc.sql("select count(*) from audit_event where action = 'SIGN_IN'"
                                + " and outcome = 'FAILURE' and detail = 'PROVIDER_UNKNOWN_EMAIL'")
                        .query(Long.class)
                        .single()))
                .isPositive();
    }

    @Test
    void aDeactivatedUserIsRefusedEvenThoughTheProviderAcceptsThem() {
        var leaver = fixtures.userWithTwoFactors(tenant, Role.PREVENT_LEAD);
        fixtures.setStatusDisabled(leaver.id());
        provider.user(leaver.email(), true);
        var browser = new Browser(port);

        var back = signInAtProvider(browser, leaver.email());

        assertThat(back.location()).isEqualTo("/sign-in?provider=inactive-user");
        assertThat(browser.get(back.location()).body()).contains("has been switched off");
        assertThat(browser.get("/home").location()).isEqualTo("/sign-in");
        assertThat(audit("SIGN_IN", "FAILURE", leaver)).contains("PROVIDER_USER_INACTIVE");
    }

    @Test
    void anEmailTheProviderHasNotVerifiedIsRefused() {
        var user = fixtures.userWithTwoFactors(tenant, Role.REFERRER);
        provider.user(user.email(), false);
        var browser = new Browser(port);

        assertThat(signInAtProvider(browser, user.email()).location())
                .isEqualTo("/sign-in?provider=email-not-verified");
        assertThat(browser.get("/home").location()).isEqualTo("/sign-in");
    }

    @Test
    void anIdTokenWithAWrongNonceAudienceIssuerOrSignatureOrExpiredSignsNobodyIn() {
        var lead = fixtures.userWithTwoFactors(tenant, Role.PREVENT_LEAD);
        provider.user(lead.email(), true);
        for (var wrong : new Token[] {
            Token.WRONG_NONCE, Token.WRONG_AUDIENCE, Token.WRONG_ISSUER, Token.EXPIRED, Token.WRONG_SIGNATURE
        }) {
            provider.tokens(wrong);
            var browser = new Browser(port);

            var back = signInAtProvider(browser, lead.email());

            assertThat(back.location()).as(wrong.name()).isEqualTo("/sign-in?provider=failed");
            assertThat(browser.get(back.location()).body())
                    .as(wrong.name())
                    .contains("its answer could not be checked");
            assertThat(browser.get("/home").location()).as(wrong.name()).isEqualTo("/sign-in");
        }
        assertThat(sql.<Long>run(jdbc -> jdbc.sql("select count(*) from audit_event where action = 'SIGN_IN'"
                                + " and outcome = 'FAILURE' and detail like 'PROVIDER_%'")
                        .query(Long.class)
                        .single()))
                .isGreaterThanOrEqualTo(5);
    }

    @Test
    void anAuthorizationCodeUsedASecondTimeSignsNobodyIn() {
        var lead = fixtures.userWithTwoFactors(tenant, Role.PREVENT_LEAD);
        provider.user(lead.email(), true);
        var first = new Browser(port);
        var callback = new String[1];
        var back = signInAtProvider(first, lead.email(), callback);
        assertThat(back.location()).isEqualTo("/sign-in/two-factor");

        var replay = new Browser(port);
        replay.get("/sign-in");
        var again = replay.get(callback[0]);

        assertThat(again.location()).isEqualTo("/sign-in?provider=failed");
        assertThat(replay.get("/home").location()).isEqualTo("/sign-in");
        var sameBrowser = first.get(callback[0]);
        assertThat(sameBrowser.location()).isEqualTo("/sign-in?provider=failed");
    }

    @Test
    void signingOutEndsTheProductsSessionAndOffersTheProvidersSignOut() {
        var lead = fixtures.userWithTwoFactors(tenant, Role.PREVENT_LEAD);
        provider.user(lead.email(), true);
        provider.assertSecondFactor(true);
        var browser = new Browser(port);
        signInAtProvider(browser, lead.email());
        browser.get("/home");

        var out = browser.post("/sign-out", Map.of());

        assertThat(out.location()).isEqualTo("/signed-out?provider");
        var page = browser.get(out.location());
        assertThat(page.body())
                .contains("Sign out of Barnet staff account too")
                .contains(provider.issuer() + "/connect/logout?client_id=" + CouncilIdentityProvider.CLIENT_ID);
        assertThat(browser.get("/home").location()).isEqualTo("/sign-in");
    }

    /** Follows the product's sign-in button to the provider, signs in there, and comes back with its code. */
    private Browser.Page signInAtProvider(Browser browser, String email) {
        return signInAtProvider(browser, email, new String[1]);
    }

    private Browser.Page signInAtProvider(Browser browser, String email, String[] callback) {
        browser.get("/sign-in");
        var start = browser.get("/oauth2/authorization/council");
        assertThat(start.status()).isEqualTo(302);
        var authorize = start.header("Location").orElseThrow();
        assertThat(authorize)
                .startsWith(provider.issuer() + "/oauth2/authorize?")
                .contains("nonce=");
        var at = new ProviderBrowser();
        var toLogin = at.get(authorize);
        assertThat(toLogin.statusCode()).isEqualTo(302);
        var login = at.get(provider.issuer() + "/login");
        var csrf = CSRF.matcher(login.body());
        assertThat(csrf.find()).as("the provider's sign-in form").isTrue();
        var signedIn = at.post(
                provider.issuer() + "/login",
                Map.of("username", email, "password", CouncilIdentityProvider.PASSWORD, "_csrf", csrf.group(1)));
        var next = signedIn.headers().firstValue("Location").orElseThrow();
        var code = at.get(next.startsWith("http") ? next : provider.issuer() + next);
        var redirect = code.headers().firstValue("Location").orElseThrow();
        assertThat(redirect).startsWith("http://127.0.0.1:" + port + "/login/oauth2/code/council?code=");
        callback[0] = redirect.substring(("http://127.0.0.1:" + port).length());
        return browser.get(callback[0]);
    }

    private String audit(String action, String outcome, TestUser user) {
        return sql
                .run(jdbc -> jdbc.sql("select detail from audit_event where action = ? and outcome = ? and"
                                + " subject_id = ? order by occurred_at desc, seq desc")
                        .params(action, outcome, user.id().toString())
                        .query(String.class)
                        .list())
                .stream()
                .findFirst()
                .orElse("");
    }

    /** The person's browser at the provider: its own cookies, no redirects followed. */
    private static final class ProviderBrowser {

        private final HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        HttpResponse<String> get(String url) {
            return send(HttpRequest.newBuilder(URI.create(url))
                    .header("Accept", "text/html")
                    .GET()
                    .build());
        }

        HttpResponse<String> post(String url, Map<String, String> form) {
            var body = new StringBuilder();
            form.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&")
                    .append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
            return send(HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "text/html")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                    .build());
        }

        private HttpResponse<String> send(HttpRequest request) {
            try {
                return client.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
