package org.preventduty.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preventduty.identity.IdentityFixtures;
import org.preventduty.identity.Role;
import org.preventduty.identity.TenantSummary;
import org.preventduty.support.Api;
import org.preventduty.support.Browser;
import org.preventduty.support.SystemSql;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * What reaches the edge of the service, through the real server: addresses that do not exist, refusals, and what the
 * container itself answers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({IdentityFixtures.class, SystemSql.class})
class RequestEdgesIntegrationTests {

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

    /** Sends a request as bytes on a socket, as a client that sets any header it likes would; answers what came back. */
    private String raw(String request) throws IOException {
        try (var socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            // Read what the server answers; it may keep the connection open to drain a body that never comes.
            var answer = new java.io.ByteArrayOutputStream();
            var buffer = new byte[8192];
            try {
                for (int n; (n = socket.getInputStream().read(buffer)) > 0; ) {
                    answer.write(buffer, 0, n);
                }
            } catch (java.net.SocketTimeoutException | java.net.SocketException e) {
                // What has come is the answer.
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void aNulCharacterInAJsonFieldAQueryOrAFormIsABadRequestAndNothingIsSaved() throws Exception {
        var api = new Api(port);
        var key = fixtures.apiKey(tenant, Role.REFERRER);
        var body = "{\"receivedOn\": \"2024-05-02\", \"referrer\": {\"name\": \"A Teacher\", \"organisation\":"
                + " \"Oak School\", \"sector\": \"EDUCATION\", \"email\": \"dsl@oak.example\"}, \"subject\":"
                + " {\"givenName\": \"Sam\\u0000\", \"familyName\": \"Example\", \"sex\": \"MALE\"}, \"concern\":"
                + " {\"typeOfConcern\": \"ISLAMIST\", \"summary\": \"Seen.\", \"immediateRisk\": false}}";

        var json = api.post("/api/v1/referrals", key, body);
        assertThat(json.status()).isEqualTo(400);
        assertThat(json.json().get("errors").get(0).get("field").asString()).isEqualTo("subject.givenName");
        assertThat(json.json().get("errors").get(0).get("message").asString()).contains("NUL");
        assertThat(api.get("/api/v1/referrals/mine", key)
                        .json()
                        .get("totalItems")
                        .asInt())
                .isZero();

        var lead = fixtures.apiKey(tenant, Role.PREVENT_LEAD);
        var query = api.get("/api/v1/referrals?sector=EDU%00CATION", lead);
        assertThat(query.status()).isEqualTo(400);
        assertThat(query.header("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));

        var browser = new Browser(port);
        browser.get("/sign-in");
        var form = browser.post("/sign-in", Map.of("email", "someone\u0000@council.example", "password", "x"));
        assertThat(form.status()).isEqualTo(400);
        assertThat(form.body()).doesNotContain("Exception");
    }

    @Test
    void aBodyOverTheLimitIsRefusedBeforeItIsReadAndSaysTheLimit() throws Exception {
        var key = fixtures.apiKey(tenant, Role.REFERRER);
        // Declared too large: refused on the headers alone, without reading (or waiting for) the body.
        var declared = raw("POST /api/v1/referrals HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + key
                + "\r\nContent-Type: application/json\r\nContent-Length: " + (11L * 1024 * 1024)
                + "\r\nConnection: close\r\n\r\n{");
        assertThat(declared)
                .startsWith("HTTP/1.1 413")
                .contains("application/problem+json")
                .contains("10 MB");

        // Sent without a length: counted as it is read, and refused once past the limit.
        var chunk = "a".repeat(1024 * 1024);
        var chunked = new StringBuilder(
                "POST /api/v1/referrals HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + key
                        + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n");
        chunked.append(Integer.toHexString(13)).append("\r\n{\"padding\": \"").append("\r\n");
        for (var i = 0; i < 11; i++) {
            chunked.append(Integer.toHexString(chunk.length()))
                    .append("\r\n")
                    .append(chunk)
                    .append("\r\n");
        }
        chunked.append("2\r\n\"}\r\n0\r\n\r\n");
        var counted = raw(chunked.toString());
        assertThat(counted).startsWith("HTTP/1.1 413").contains("10 MB");

        // An import may send more, read a line at a time, up to its own limit.
        var admin = fixtures.apiKey(tenant, Role.TRAINING_ADMIN);
        var importTooLarge = raw("POST /api/v1/training/staff HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                + admin + "\r\nContent-Type: text/csv\r\nContent-Length: " + (26L * 1024 * 1024)
                + "\r\nConnection: close\r\n\r\n");
        assertThat(importTooLarge).startsWith("HTTP/1.1 413").contains("25 MB");
    }

    @Test
    void whatTheContainerRefusesOfTheApiIsAProblemToo() throws Exception {
        var nul = raw("GET /api/v1/referrals/a%00b HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        assertThat(nul)
                .startsWith("HTTP/1.1 400")
                .contains("application/problem+json")
                .contains("\"status\":400");

        var huge = raw("GET /api/v1/tasks HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: " + "a".repeat(100_000)
                + "\r\nConnection: close\r\n\r\n");
        assertThat(huge).startsWith("HTTP/1.1 400").contains("application/problem+json");
        assertThat(huge.toLowerCase()).doesNotContain("tomcat").doesNotContain("<html");
    }

    @Test
    void aRedirectNeverNamesTheHostTheRequestClaimed() throws Exception {
        var anonymous = raw("GET /home HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
        assertThat(anonymous).startsWith("HTTP/1.1 302");
        var location = anonymous
                .lines()
                .filter(line -> line.toLowerCase().startsWith("location:"))
                .findFirst()
                .orElseThrow();
        assertThat(location).doesNotContain("evil.example").contains("/sign-in");
        var root = raw("GET / HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
        assertThat(root.lines().filter(line -> line.toLowerCase().startsWith("location:")))
                .noneMatch(line -> line.contains("evil.example"));
    }

    @Test
    void aRecordOfAnotherCouncilIsNotFoundAndTheRefusalIsAudited() {
        var api = new Api(port);
        var other = fixtures.tenant();
        var theirs = api.post(
                        "/api/v1/governance/reviews",
                        fixtures.apiKey(other, Role.DELIVERY_OFFICER),
                        Api.json("title", "Their review", "concludedOn", "2013-03-14"))
                .json()
                .get("id")
                .asString();
        var mine = fixtures.apiKey(tenant, Role.DELIVERY_OFFICER);

        assertThat(api.get("/api/v1/governance/reviews/" + theirs, mine).status())
                .isEqualTo(404);
        var refusals = sql.run(jdbc -> jdbc.sql("select count(*) from audit_event where action = 'NOT_FOUND'"
                        + " and outcome = 'DENIED' and tenant_id = ? and detail = ?")
                .params(tenant.id().value(), "GET /api/v1/governance/reviews/" + theirs)
                .query(Long.class)
                .single());
        assertThat(refusals).isEqualTo(1);
    }
}
