package org.preventduty.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preventduty.support.Api.json;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preventduty.identity.IdentityFixtures;
import org.preventduty.identity.Role;
import org.preventduty.support.Api;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/** The governance API exactly as API.md fixes it: boards with their schedule, reviews, recommendations, summary. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(IdentityFixtures.class)
class GovernanceApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    IdentityFixtures fixtures;

    Api api;
    String officer;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        officer = fixtures.apiKey(fixtures.tenant(), Role.DELIVERY_OFFICER);
    }

    @Test
    void boardsAreDueTheirLastUpdatePlusTheFrequencyAndOverdueAfterIt() {
        board("Council Management Team", "BI_ANNUAL", "2019-12-03");
        board("Safer Communities Partnership Board", "ANNUAL", "2019-07-26");
        board("Children's Safeguarding Board", "ANNUAL", "2019-01-24");
        board("Health and Wellbeing Board", "ANNUAL", "2019-01-24");
        board("Adult Safeguarding Board", "ANNUAL", "2019-02-28");
        board("Delivery Group", "QUARTERLY", "2019-12-10");
        board("Prevent Steering Group", "MONTHLY", "2020-01-20");

        var schedule = api.get("/api/v1/governance/boards?asOf=2020-02-17", officer);

        assertThat(schedule.status()).isEqualTo(200);
        var boards = byName(schedule.json());
        assertThat(boards.get("Council Management Team").get("nextUpdateDue").asString())
                .isEqualTo("2020-06-03");
        assertThat(boards.get("Council Management Team").get("overdue").asBoolean())
                .isFalse();
        assertThat(boards.get("Children's Safeguarding Board")
                        .get("nextUpdateDue")
                        .asString())
                .isEqualTo("2020-01-24");
        assertThat(boards.get("Children's Safeguarding Board").get("overdue").asBoolean())
                .isTrue();
        assertThat(boards.get("Adult Safeguarding Board").get("overdue").asBoolean())
                .isFalse();
        assertThat(boards.get("Delivery Group").get("nextUpdateDue").asString()).isEqualTo("2020-03-10");
        assertThat(boards.get("Prevent Steering Group").get("nextUpdateDue").asString())
                .isEqualTo("2020-02-20");
        assertThat(boards.get("Safer Communities Partnership Board")
                        .get("lastUpdateOn")
                        .asString())
                .isEqualTo("2019-07-26");
        assertThat(boards.values().stream().filter(b -> b.get("overdue").asBoolean()))
                .hasSize(2);
        var later = byName(
                api.get("/api/v1/governance/boards?asOf=2020-03-01", officer).json());
        assertThat(later.get("Adult Safeguarding Board").get("overdue").asBoolean())
                .isTrue();
    }

    @Test
    void anUpdateMovesTheScheduleOnAndBadBoardsAreRefused() {
        var id = board("Health and Wellbeing Board", "ANNUAL", "2019-01-24");

        var update = api.post(
                "/api/v1/governance/boards/" + id + "/updates",
                officer,
                json("givenOn", "2020-03-12", "paper", "Prevent annual update", "outcome", "Noted"));

        assertThat(update.status()).as(update.body()).isEqualTo(204);
        var board = byName(api.get("/api/v1/governance/boards?asOf=2020-03-13", officer)
                        .json())
                .get("Health and Wellbeing Board");
        assertThat(board.get("lastUpdateOn").asString()).isEqualTo("2020-03-12");
        assertThat(board.get("nextUpdateDue").asString()).isEqualTo("2021-03-12");
        assertThat(board.get("overdue").asBoolean()).isFalse();

        assertThat(api.post(
                                "/api/v1/governance/boards",
                                officer,
                                json("name", "X", "frequency", "WEEKLY", "lastUpdateOn", "2019-01-01"))
                        .status())
                .isEqualTo(400);
        assertThat(api.post("/api/v1/governance/boards", officer, json("name", "Y", "frequency", "ANNUAL"))
                        .status())
                .isEqualTo(400);
        assertThat(api.post(
                                "/api/v1/governance/boards",
                                officer,
                                json(
                                        "name",
                                        "Health and Wellbeing Board",
                                        "frequency",
                                        "ANNUAL",
                                        "lastUpdateOn",
                                        "2019-01-01"))
                        .status())
                .isEqualTo(409);
        assertThat(api.post(
                                "/api/v1/governance/boards/" + id + "/updates",
                                officer,
                                json("givenOn", "2999-01-01", "paper", "Future"))
                        .status())
                .isEqualTo(400);
    }

    @Test
    void aReviewSummarisesItsRecommendationsAndIsSignedOffOnlyWhenTheAcceptedOnesAreComplete() {
        var review = api.post(
                "/api/v1/governance/reviews",
                officer,
                json("title", "Prevent Scrutiny Review", "concludedOn", "2013-03-14"));
        assertThat(review.status()).isEqualTo(201);
        var id = review.json().get("id").asString();
        for (var n = 1; n <= 16; n++) {
            var response = n == 2 || n == 9 ? "PARTIALLY_ACCEPTED" : n == 6 || n == 11 ? "REJECTED" : "ACCEPTED";
            var created = api.post(
                    "/api/v1/governance/reviews/" + id + "/recommendations",
                    officer,
                    json(
                            "number",
                            n,
                            "theme",
                            "Theme",
                            "text",
                            "Recommendation " + n,
                            "response",
                            response,
                            "responseReason",
                            response.equals("ACCEPTED") ? null : "Because",
                            "lead",
                            "Prevent lead",
                            "progress",
                            "Done",
                            "status",
                            n == 16 ? "OPEN" : "COMPLETED"));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
        }

        var summary = api.get("/api/v1/governance/reviews/" + id + "/summary", officer)
                .json();
        assertThat(summary.get("total").asInt()).isEqualTo(16);
        assertThat(summary.get("accepted").asInt()).isEqualTo(12);
        assertThat(summary.get("partiallyAccepted").asInt()).isEqualTo(2);
        assertThat(summary.get("rejected").asInt()).isEqualTo(2);
        assertThat(summary.get("completed").asInt()).isEqualTo(15);
        assertThat(summary.get("open").asInt()).isEqualTo(1);

        assertThat(api.post("/api/v1/governance/reviews/" + id + "/sign-off", officer, "{}")
                        .status())
                .isEqualTo(422);
        var sixteen = api.get("/api/v1/governance/reviews/" + id, officer)
                .json()
                .get("recommendations")
                .get(15);
        var progress = api.post(
                "/api/v1/governance/recommendations/" + sixteen.get("id").asString() + "/progress",
                officer,
                json("progress", "Included in the councillor induction programme", "status", "COMPLETED"));
        assertThat(progress.status()).isEqualTo(204);
        assertThat(api.post("/api/v1/governance/reviews/" + id + "/sign-off", officer, "{}")
                        .status())
                .isEqualTo(204);
        var signed = api.get("/api/v1/governance/reviews/" + id, officer).json();
        assertThat(signed.get("signedOffOn").isNull()).isFalse();
        assertThat(signed.get("recommendations").get(15).get("updates")).hasSize(1);
        assertThat(api.post(
                                "/api/v1/governance/reviews/" + id + "/recommendations",
                                officer,
                                json("number", 17, "text", "Late", "response", "ACCEPTED"))
                        .status())
                .isEqualTo(422);
    }

    @Test
    void aRejectionOrPartialAcceptanceNeedsAReasonAndNumbersAreUnique() {
        var id = api.post("/api/v1/governance/reviews", officer, json("title", "Review", "concludedOn", "2013-03-14"))
                .json()
                .get("id")
                .asString();
        var path = "/api/v1/governance/reviews/" + id + "/recommendations";

        var noReason = api.post(path, officer, json("number", 6, "text", "Data", "response", "REJECTED"));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("responseReason");
        assertThat(api.post(path, officer, json("number", 2, "text", "X", "response", "PARTIALLY_ACCEPTED"))
                        .status())
                .isEqualTo(400);
        assertThat(api.post(path, officer, json("number", 1, "text", "X", "response", "MAYBE"))
                        .status())
                .isEqualTo(400);
        assertThat(api.post(path, officer, json("number", 1, "text", "X", "response", "ACCEPTED"))
                        .status())
                .isEqualTo(201);
        assertThat(api.post(path, officer, json("number", 1, "text", "Again", "response", "ACCEPTED"))
                        .status())
                .isEqualTo(409);
        assertThat(api.get("/api/v1/governance/reviews/" + id + "/summary", officer)
                        .json()
                        .get("total")
                        .asInt())
                .isEqualTo(1);
        assertThat(api.post("/api/v1/governance/reviews/" + id + "/sign-off", officer, "{}")
                        .status())
                .isEqualTo(422);
    }

    @Test
    void reportViewersReadAndOtherCouncilsSeeNothing() {
        var id = board("Board", "ANNUAL", "2019-01-24");
        var viewer = fixtures.apiKey(fixtures.tenant(), Role.REPORT_VIEWER);
        var own = fixtures.tenant();

        assertThat(api.get("/api/v1/governance/boards", fixtures.apiKey(own, Role.REPORT_VIEWER))
                        .json()
                        .get("items"))
                .isEmpty();
        assertThat(api.post(
                                "/api/v1/governance/boards",
                                viewer,
                                json("name", "Z", "frequency", "ANNUAL", "lastUpdateOn", "2019-01-01"))
                        .status())
                .isEqualTo(403);
        var stranger = fixtures.apiKey(fixtures.tenant(), Role.DELIVERY_OFFICER);
        assertThat(api.post(
                                "/api/v1/governance/boards/" + id + "/updates",
                                stranger,
                                json("givenOn", "2020-01-01", "paper", "X"))
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/governance/boards", fixtures.apiKey(own, Role.TRAINING_ADMIN))
                        .status())
                .isEqualTo(403);
    }

    private String board(String name, String frequency, String last) {
        var created = api.post(
                "/api/v1/governance/boards",
                officer,
                json("name", name, "areaOfFocus", "Focus", "frequency", frequency, "lastUpdateOn", last));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private static Map<String, JsonNode> byName(JsonNode answer) {
        var boards = new HashMap<String, JsonNode>();
        answer.get("items").forEach(item -> boards.put(item.get("name").asString(), item));
        return boards;
    }
}
