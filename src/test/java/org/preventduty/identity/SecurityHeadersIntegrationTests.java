package org.preventduty.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Headers, cookies, CSRF and error answers, as a passive security scan would check them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "service.web.secure-cookies=")
@AutoConfigureMockMvc
@Import(IdentityFixtures.class)
class SecurityHeadersIntegrationTests {

    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

    @Autowired
    MockMvc mvc;

    @Autowired
    IdentityFixtures fixtures;

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    @Test
    void everyPageHasAContentSecurityPolicyWithAFreshNonceAndNoInlineScript() throws Exception {
        var first = perform(get("/sign-in"));
        var second = perform(get("/sign-in"));
        var policy = first.getHeader("Content-Security-Policy");

        assertThat(policy)
                .contains("default-src 'self'")
                .contains("object-src 'none'")
                .contains("base-uri 'none'")
                .contains("frame-ancestors 'none'")
                .contains("form-action 'self'")
                .doesNotContain("unsafe-inline")
                .doesNotContain("unsafe-eval");
        var nonce = NONCE.matcher(policy).results().findFirst().orElseThrow().group(1);
        var other = NONCE.matcher(second.getHeader("Content-Security-Policy"))
                .results()
                .findFirst()
                .orElseThrow()
                .group(1);
        assertThat(nonce).isNotEqualTo(other);
        var scripts = Pattern.compile("<script[^>]*>")
                .matcher(first.getContentAsString())
                .results()
                .toList();
        assertThat(scripts).isNotEmpty().allMatch(script -> script.group().contains("nonce=\"" + nonce + "\""));
    }

    @Test
    void pagesSendTheHeadersThatKeepThemOutOfFramesAndLeakNothing() throws Exception {
        var page = perform(get("/sign-in").secure(true));
        assertThat(page.getHeader("Strict-Transport-Security"))
                .contains("max-age=31536000")
                .contains("includeSubDomains");
        assertThat(page.getHeader("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(page.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(page.getHeader("Permissions-Policy")).contains("camera=()").contains("geolocation=()");
        assertThat(page.getHeader("Cross-Origin-Opener-Policy")).isEqualTo("same-origin");
        assertThat(page.getHeader("Cross-Origin-Resource-Policy")).isEqualTo("same-origin");
        assertThat(page.getHeader("Cache-Control")).contains("no-store");
        assertThat(page.getHeader("Server")).isNull();
        assertThat(page.getHeader("X-Powered-By")).isNull();
        assertThat(page.getContentType()).contains("charset=UTF-8");
        assertThat(perform(get("/sign-in")).getHeader("Strict-Transport-Security"))
                .isNull();
    }

    @Test
    void cookiesAreSecureHostOnlyAndHiddenFromScripts() throws Exception {
        var client = java.net.http.HttpClient.newHttpClient();
        var page = client.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/sign-in"))
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        var csrfCookie = page.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(csrfCookie)
                .startsWith("__Host-XSRF=")
                .contains("Path=/")
                .contains("Secure")
                .contains("HttpOnly")
                .contains("SameSite=Lax")
                .doesNotContain("Domain=");

        var protectedPage = client.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/home"))
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        var sessionCookie = protectedPage.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("__Host-SESSION="))
                .findFirst()
                .orElseThrow();
        assertThat(sessionCookie)
                .contains("Path=/")
                .contains("Secure")
                .contains("HttpOnly")
                .contains("SameSite=Lax")
                .doesNotContain("Domain=");
    }

    @Test
    void formsWithoutTheirCsrfTokenAreRefused() throws Exception {
        var user = fixtures.userWithTwoFactors(fixtures.tenant(), Role.REFERRER);
        var without = perform(post("/session/extend").with(authentication(fixtures.authentication(user, true))));
        var with =
                perform(post("/session/extend").with(csrf()).with(authentication(fixtures.authentication(user, true))));
        assertThat(without.getStatus()).isEqualTo(403);
        assertThat(with.getStatus()).isEqualTo(204);
        assertThat(perform(post("/sign-in").param("email", "a@b.c").param("password", "x"))
                        .getStatus())
                .isEqualTo(403);
    }

    @Test
    void signingOutClearsTheBrowsersDataForTheService() throws Exception {
        var user = fixtures.userWithTwoFactors(fixtures.tenant(), Role.REFERRER);
        var answer = perform(
                post("/sign-out").secure(true).with(csrf()).with(authentication(fixtures.authentication(user, true))));
        assertThat(answer.getRedirectedUrl()).isEqualTo("/signed-out");
        assertThat(answer.getHeader("Clear-Site-Data")).contains("\"cache\"", "\"cookies\"", "\"storage\"");
    }

    @Test
    void otherWebsitesCannotReadAnswers() throws Exception {
        var page = perform(get("/sign-in").header("Origin", "https://evil.example"));
        var api = perform(get("/api/v1/me").header("Origin", "https://evil.example"));
        assertThat(page.getHeader("Access-Control-Allow-Origin")).isNull();
        assertThat(api.getHeader("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void aSessionIdInTheAddressIsIgnored() throws Exception {
        var page = perform(get("/home;jsessionid=" + UUID.randomUUID()));
        assertThat(page.getStatus()).isIn(302, 400);
        assertThat(page.getContentAsString()).doesNotContain("What you can do");
    }

    @Test
    void errorPagesSayNothingOfTheInternals() throws Exception {
        var user = fixtures.userWithTwoFactors(fixtures.tenant(), Role.TENANT_ADMIN);
        var notFound = perform(
                get("/admin/users/" + UUID.randomUUID()).with(authentication(fixtures.authentication(user, true))));
        assertThat(notFound.getStatus()).isEqualTo(404);
        assertThat(notFound.getContentAsString()).contains("Page not found").doesNotContain("Exception");

        var badRequest =
                perform(get("/admin/users/not-a-uuid").with(authentication(fixtures.authentication(user, true))));
        assertThat(badRequest.getStatus()).isEqualTo(400);
        assertThat(badRequest.getContentAsString())
                .contains("There is a problem with the request")
                .doesNotContain("Exception")
                .doesNotContain("UUID")
                .doesNotContain("at org.");
    }

    @Test
    void apiErrorsAreProblemDetails() throws Exception {
        var key = fixtures.apiKey(fixtures.tenant(), Role.TENANT_ADMIN);
        var notFound = perform(get("/api/v1/users/" + UUID.randomUUID()).header("Authorization", "Bearer " + key));
        assertThat(notFound.getStatus()).isEqualTo(404);
        assertThat(notFound.getContentType()).startsWith("application/problem+json");
        assertThat(notFound.getContentAsString()).contains("\"status\":404").contains("\"title\":\"Not Found\"");

        var wrongType = perform(post("/api/v1/users")
                .header("Authorization", "Bearer " + key)
                .contentType("text/plain")
                .content("hello"));
        assertThat(wrongType.getStatus()).isEqualTo(415);
        assertThat(wrongType.getContentType()).startsWith("application/problem+json");

        var badId = perform(get("/api/v1/users/not-a-uuid").header("Authorization", "Bearer " + key));
        assertThat(badId.getStatus()).isEqualTo(400);
        assertThat(badId.getContentAsString()).contains("\"field\":\"id\"");

        var unknownField = perform(
                post("/api/v1/users")
                        .header("Authorization", "Bearer " + key)
                        .contentType("application/json")
                        .content(
                                "{\"email\":\"x@example.org\",\"displayName\":\"X\",\"roles\":[\"REFERRER\"],\"password\":\"p\"}"));
        assertThat(unknownField.getStatus()).isEqualTo(400);
        assertThat(unknownField.getContentAsString()).contains("password");

        var badPage = perform(get("/api/v1/users").param("size", "501").header("Authorization", "Bearer " + key));
        assertThat(badPage.getStatus()).isEqualTo(400);
    }

    @Test
    void healthIsOpenAndMetricsNeedAnOperationsKey() throws Exception {
        assertThat(perform(get("/actuator/health/liveness")).getStatus()).isEqualTo(200);
        assertThat(perform(get("/actuator/health/readiness")).getStatus()).isEqualTo(200);
        assertThat(perform(get("/actuator/prometheus")).getStatus()).isEqualTo(401);
        var analyst = fixtures.apiKey(null, Role.NATIONAL_ANALYST);
        assertThat(perform(get("/actuator/prometheus").header("Authorization", "Bearer " + analyst))
                        .getStatus())
                .isEqualTo(403);
        var operations = fixtures.apiKey(null, Role.OPERATIONS);
        var metrics = perform(get("/actuator/prometheus").header("Authorization", "Bearer " + operations));
        assertThat(metrics.getStatus()).isEqualTo(200);
        assertThat(metrics.getContentAsString()).contains("jvm_memory_used_bytes");
        // Nothing else of Actuator is there to find.
        assertThat(perform(get("/actuator/env").header("Authorization", "Bearer " + operations))
                        .getStatus())
                .isEqualTo(404);
    }
}
