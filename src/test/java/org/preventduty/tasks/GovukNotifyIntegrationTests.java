package org.preventduty.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.keys.HmacKey;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.preventduty.identity.IdentityFixtures;
import org.preventduty.identity.Role;
import org.preventduty.support.Api;
import org.preventduty.support.ApiReferrals;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A council that uses GOV.UK Notify has its notices sent through it instead of SMTP: a request to Notify's email
 * endpoint, signed with the service's key, with the notice's subject and body (a link, no name) as personalisation. The
 * Notify here is a local HTTP server that answers as Notify's API does.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "service.identity.base-url=https://prevent.council.example")
@Import(IdentityFixtures.class)
class GovukNotifyIntegrationTests {

    static final String SERVICE_ID = UUID.randomUUID().toString();
    static final String SECRET = UUID.randomUUID().toString();
    static final String TEMPLATE_ID = UUID.randomUUID().toString();
    static final List<String[]> RECEIVED = new CopyOnWriteArrayList<>();
    static final HttpServer NOTIFY = start();

    static HttpServer start() {
        try {
            var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/v2/notifications/email", exchange -> {
                var body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                RECEIVED.add(new String[] {exchange.getRequestHeaders().getFirst("Authorization"), body});
                var answer = ("{\"id\": \"" + UUID.randomUUID()
                                + "\", \"reference\": null, \"content\": {\"body\": \"b\","
                                + " \"subject\": \"s\", \"from_email\": \"prevent@notify.example\"}, \"uri\":"
                                + " \"https://api.notifications.service.gov.uk/v2/notifications/1\", \"template\":"
                                + " {\"id\": \"" + TEMPLATE_ID + "\", \"version\": 1, \"uri\":"
                                + " \"https://api.notifications.service.gov.uk/v2/template/1\"}}")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(201, answer.length);
                exchange.getResponseBody().write(answer);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void notify(DynamicPropertyRegistry registry) {
        registry.add("service.tasks.govuk-notify.api-key", () -> "test_key-" + SERVICE_ID + "-" + SECRET);
        registry.add("service.tasks.govuk-notify.template-id", () -> TEMPLATE_ID);
        registry.add(
                "service.tasks.govuk-notify.base-url",
                () -> "http://127.0.0.1:" + NOTIFY.getAddress().getPort());
    }

    @AfterAll
    static void stop() {
        NOTIFY.stop(0);
    }

    @LocalServerPort
    int port;

    @Autowired
    IdentityFixtures fixtures;

    @Test
    void anImmediateDangerNoticeGoesThroughNotifySignedWithTheKeyWithALinkAndNoName() throws Exception {
        var tenant = fixtures.tenant();
        var lead = fixtures.user(tenant, Role.PREVENT_LEAD);
        var api = new Api(port);
        var made = ApiReferrals.make(
                api,
                fixtures.apiKey(tenant, Role.REFERRER),
                ApiReferrals.body(LocalDate.now(ZoneId.of("Europe/London")), "Notified", "Personname", true, Map.of()));

        var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (RECEIVED.stream().noneMatch(r -> r[1].contains(lead.email())) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        var request = RECEIVED.stream()
                .filter(r -> r[1].contains(lead.email()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("Notify was not asked to email the lead"));

        JsonNode json = JsonMapper.builder().build().readTree(request[1]);
        assertThat(json.get("template_id").asString()).isEqualTo(TEMPLATE_ID);
        assertThat(json.get("email_address").asString()).isEqualTo(lead.email());
        var body = json.get("personalisation").get("body").asString();
        assertThat(body)
                .contains("https://prevent.council.example/referrals/"
                        + made.get("id").asString())
                .doesNotContain("Notified")
                .doesNotContain("Personname");
        assertThat(json.get("personalisation").get("subject").asString()).contains("immediate danger");

        assertThat(request[0]).startsWith("Bearer ");
        var jws = new JsonWebSignature();
        jws.setCompactSerialization(request[0].substring("Bearer ".length()));
        jws.setKey(new HmacKey(SECRET.getBytes(StandardCharsets.UTF_8)));
        assertThat(jws.verifySignature()).isTrue();
        assertThat(jws.getPayload()).contains(SERVICE_ID);
    }
}
