package org.preventduty.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preventduty.support.Api.json;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preventduty.identity.IdentityFixtures;
import org.preventduty.identity.IdentityFixtures.TestUser;
import org.preventduty.identity.Role;
import org.preventduty.referrals.ReferralFixtures;
import org.preventduty.support.Api;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** The register and the action plan through the API: read, rerated with the version read, progress recorded. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({IdentityFixtures.class, ReferralFixtures.class})
class RiskApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    IdentityFixtures fixtures;

    @Autowired
    ReferralFixtures as;

    @Autowired
    RiskAssessments assessments;

    @Autowired
    RiskRegister register;

    Api api;
    TestUser officer;
    String key;
    UUID assessment;
    UUID risk;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        var tenant = fixtures.tenant();
        officer = fixtures.user(tenant, Role.DELIVERY_OFFICER);
        key = fixtures.apiKey(tenant, Role.DELIVERY_OFFICER);
        assessment = as.as(officer, () -> assessments.startVersion("Risk assessment 2020"));
        risk = as.as(
                officer,
                () -> register.addRisk(
                        assessment,
                        "Online radicalisation",
                        null,
                        RiskRules.Category.ONLINE,
                        4,
                        4,
                        null,
                        null,
                        "Prevent coordinator"));
    }

    @Test
    void theRegisterIsReadWithScoresAndARiskIsReratedWithTheVersionRead() {
        var versions = api.get("/api/v1/risk/assessments", key);
        assertThat(versions.status()).isEqualTo(200);
        assertThat(versions.json().get("items").get(0).get("title").asString()).isEqualTo("Risk assessment 2020");
        var risks = api.get("/api/v1/risk/assessments/" + assessment + "/risks", key)
                .json()
                .get("items");
        assertThat(risks).hasSize(1);
        assertThat(risks.get(0).get("score").asInt()).isEqualTo(16);
        assertThat(risks.get(0).get("rag").asString()).isEqualTo("RED");

        var rerated = api.put(
                "/api/v1/risk/risks/" + risk,
                key,
                json(
                        "title",
                        "Online radicalisation",
                        "category",
                        "ONLINE",
                        "likelihood",
                        2,
                        "impact",
                        3,
                        "owner",
                        "Prevent coordinator",
                        "version",
                        0));
        assertThat(rerated.status()).isEqualTo(200);
        assertThat(rerated.json().get("score").asInt()).isEqualTo(6);
        assertThat(rerated.json().get("version").asInt()).isEqualTo(1);
        assertThat(api.put(
                                "/api/v1/risk/risks/" + risk,
                                key,
                                json("title", "x", "category", "ONLINE", "likelihood", 5, "impact", 5, "version", 0))
                        .status())
                .isEqualTo(409);
        assertThat(api.put(
                                "/api/v1/risk/risks/" + risk,
                                key,
                                json("title", "x", "category", "ONLINE", "likelihood", 7, "impact", 5, "version", 1))
                        .status())
                .isEqualTo(400);
        assertThat(api.get("/api/v1/risk/risks/" + UUID.randomUUID(), key).status())
                .isEqualTo(404);
        var other = fixtures.apiKey(fixtures.tenant(), Role.PREVENT_LEAD);
        assertThat(api.get("/api/v1/risk/risks/" + risk, other).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/risk/assessments/" + assessment + "/risks", other)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void theActionPlanIsPagedAndTakesProgressNotes() {
        for (var i = 1; i <= 3; i++) {
            var title = "Action " + i;
            var due = java.time.LocalDate.of(2030, 1, i);
            as.as(
                    officer,
                    () -> register.addAction(
                            new RiskRegister.ActionInput(risk, null, title, null, "Prevent coordinator", due)));
        }

        var first = api.get("/api/v1/risk/actions?page=0&size=2", key).json();
        assertThat(first.get("totalItems").asLong()).isEqualTo(3);
        assertThat(first.get("items")).hasSize(2);
        assertThat(first.get("items").get(0).get("title").asString()).isEqualTo("Action 1");
        var last = api.get("/api/v1/risk/actions?page=1&size=2", key).json();
        assertThat(last.get("items").get(0).get("title").asString()).isEqualTo("Action 3");
        var id = first.get("items").get(0).get("id").asString();

        assertThat(api.post(
                                "/api/v1/risk/actions/" + id + "/notes",
                                key,
                                json("status", "ON_TRACK", "note", "Workshop booked"))
                        .status())
                .isEqualTo(201);
        assertThat(api.post("/api/v1/risk/actions/" + id + "/notes", key, json("status", "ON_TRACK"))
                        .status())
                .isEqualTo(400);
        var noted =
                api.get("/api/v1/risk/actions?size=1", key).json().get("items").get(0);
        assertThat(noted.get("status").asString()).isEqualTo("ON_TRACK");
        assertThat(noted.get("notes").get(0).get("note").asString()).isEqualTo("Workshop booked");
        var viewer = fixtures.apiKey(fixtures.tenant(), Role.REPORT_VIEWER);
        assertThat(api.post("/api/v1/risk/actions/" + id + "/notes", viewer, json("status", "ON_TRACK", "note", "x"))
                        .status())
                .isEqualTo(403);
    }
}
