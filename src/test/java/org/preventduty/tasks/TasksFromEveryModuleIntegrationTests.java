package org.preventduty.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preventduty.support.Api.json;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preventduty.identity.IdentityFixtures;
import org.preventduty.identity.Role;
import org.preventduty.identity.TenantSummary;
import org.preventduty.support.Api;
import org.preventduty.support.SystemSql;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/** The work due from governance, partners, risk and training reaches the people who do it, and only them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({IdentityFixtures.class, SystemSql.class})
class TasksFromEveryModuleIntegrationTests {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @LocalServerPort
    int port;

    @Autowired
    IdentityFixtures fixtures;

    @Autowired
    SystemSql sql;

    Api api;
    TenantSummary tenant;
    String officer;
    String trainingAdmin;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        tenant = fixtures.tenant();
        officer = fixtures.apiKey(tenant, Role.DELIVERY_OFFICER);
        trainingAdmin = fixtures.apiKey(tenant, Role.TRAINING_ADMIN);
    }

    List<String> tasks(String key, String type) {
        var answer = api.get("/api/v1/tasks", key);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        var found = new ArrayList<String>();
        for (JsonNode item : answer.json().get("items")) {
            if (item.get("type").asString().equals(type)) {
                found.add(item.get("dueOn").asString() + " " + item.get("title").asString() + " | "
                        + item.get("reference").asString());
            }
        }
        return found;
    }

    UUID created(Api.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return UUID.fromString(answer.json().get("id").asString());
    }

    @Test
    void boardsDueRecommendationsOpenAndTheLastQuartersReturnAreTheDeliveryOfficersWork() {
        created(api.post(
                "/api/v1/governance/boards",
                officer,
                json(
                        "name",
                        "Safer Communities Board",
                        "frequency",
                        "QUARTERLY",
                        "lastUpdateOn",
                        TODAY.minusMonths(5).toString())));
        created(api.post(
                "/api/v1/governance/boards",
                officer,
                json(
                        "name",
                        "Annual Board",
                        "frequency",
                        "ANNUAL",
                        "lastUpdateOn",
                        TODAY.minusMonths(1).toString())));
        var review = created(api.post(
                "/api/v1/governance/reviews",
                officer,
                json(
                        "title",
                        "Scrutiny of Prevent",
                        "concludedOn",
                        TODAY.minusMonths(2).toString())));
        created(api.post(
                "/api/v1/governance/reviews/" + review + "/recommendations",
                officer,
                json("number", 3, "text", "Train every councillor.", "response", "ACCEPTED", "lead", "Prevent lead")));

        assertThat(tasks(officer, "BOARD_UPDATE_DUE"))
                .containsExactly(
                        TODAY.minusMonths(2) + " Give Safer Communities Board its update | Safer Communities Board");
        assertThat(tasks(officer, "RECOMMENDATION_OPEN"))
                .singleElement()
                .asString()
                .contains("Record progress on recommendation 3 of Scrutiny of Prevent");
        assertThat(tasks(officer, "RETURN_DUE"))
                .singleElement()
                .asString()
                .startsWith(lastQuarterEnd().plusMonths(1) + " Prepare and submit the monitoring return for");
        var lead = fixtures.apiKey(tenant, Role.PREVENT_LEAD);
        assertThat(tasks(lead, "BOARD_UPDATE_DUE")).hasSize(1);
        assertThat(tasks(trainingAdmin, "BOARD_UPDATE_DUE")).isEmpty();
        assertThat(api.get("/api/v1/tasks", fixtures.apiKey(tenant, Role.REFERRER))
                        .status())
                .isEqualTo(403);
        assertThat(tasks(fixtures.apiKey(fixtures.tenant(), Role.DELIVERY_OFFICER), "BOARD_UPDATE_DUE"))
                .isEmpty();
    }

    static LocalDate lastQuarterEnd() {
        var start = LocalDate.of(TODAY.getYear(), ((TODAY.getMonthValue() - 1) / 3) * 3 + 1, 1);
        return start.minusDays(1);
    }

    @Test
    void aDueDiligenceCheckDueAgainAndTheRiskReviewsAndOverdueActionsAreWorkToo() {
        var organisation = created(api.post(
                "/api/v1/partners/organisations",
                officer,
                json("name", "Youth Trust", "type", "VOLUNTARY_OR_COMMUNITY")));
        var now = Timestamp.from(Instant.now());
        sql.run(jdbc -> {
            for (var row : List.of(
                    new Object[] {TODAY.minusYears(2), TODAY.minusYears(1)},
                    new Object[] {TODAY.minusYears(1), TODAY.minusDays(5)})) {
                jdbc.sql("insert into partner_check (id, tenant_id, organisation_id, purpose, checks_done, outcome,"
                                + " reviewer, checked_on, next_check_on, recorded_by, recorded_at)"
                                + " values (?, ?, ?, 'FUNDING', 'Web and press', 'CLEAR', 'Officer', ?, ?, ?, ?)")
                        .params(
                                UUID.randomUUID(),
                                tenant.id().value(),
                                organisation,
                                row[0],
                                row[1],
                                UUID.randomUUID(),
                                now)
                        .update();
            }
            var assessment = UUID.randomUUID();
            jdbc.sql("insert into risk_assessment (id, tenant_id, version_number, title, status, approved_by,"
                            + " approved_on, created_by, created_at, version) values (?, ?, 1, 'Risk assessment 2025',"
                            + " 'APPROVED', 'Board', ?, ?, ?, 0)")
                    .params(assessment, tenant.id().value(), TODAY.minusMonths(13), UUID.randomUUID(), now)
                    .update();
            jdbc.sql("insert into risk_action (id, tenant_id, toolkit_section, title, owner_name, due_on, status,"
                            + " created_by, created_at, version) values (?, ?, 'TRAINING_PROGRAMME',"
                            + " 'Train the bookings team', 'Head of facilities', ?, 'NOT_STARTED', ?, ?, 0)")
                    .params(UUID.randomUUID(), tenant.id().value(), TODAY.minusDays(3), UUID.randomUUID(), now)
                    .update();
            return null;
        });

        assertThat(tasks(officer, "DUE_DILIGENCE_DUE"))
                .containsExactly(TODAY.minusDays(5) + " Check Youth Trust again (due diligence) | Youth Trust");
        assertThat(tasks(officer, "RISK_REVIEW_DUE"))
                .containsExactly(TODAY.minusMonths(1) + " Review the risk assessment: Risk assessment 2025"
                        + " | Risk assessment 2025");
        assertThat(tasks(officer, "ACTION_OVERDUE"))
                .containsExactly(TODAY.minusDays(3) + " Action plan: Train the bookings team | Action plan");
        assertThat(tasks(trainingAdmin, "DUE_DILIGENCE_DUE")).isEmpty();
        assertThat(tasks(trainingAdmin, "ACTION_OVERDUE")).isEmpty();
    }

    @Test
    void trainingThatExpiresSoonIsTheTrainingAdministratorsWork() {
        assertThat(api.post(
                                "/api/v1/training/courses",
                                trainingAdmin,
                                json("code", "WRAP", "title", "WRAP", "tier", 2, "validityMonths", 12))
                        .status())
                .isEqualTo(201);
        var staff = api.post(
                "/api/v1/training/staff",
                trainingAdmin,
                "text/csv",
                "staff_id,name,email,organisation,department,role,required_tier,start_date,end_date\n"
                        + "S1,Sam One,,Council,Adults,Social worker,2,,\n"
                        + "S2,Sam Two,,Council,Adults,Social worker,2,,\n"
                        + "S3,Sam Three,,Council,Adults,Social worker,2,,\n");
        assertThat(staff.status()).as(staff.body()).isEqualTo(200);
        var completions = api.post(
                "/api/v1/training/completions",
                trainingAdmin,
                "text/csv",
                "staff_id,course_code,completed_on\n"
                        + "S1,WRAP," + TODAY.minusMonths(11) + "\n"
                        + "S2,WRAP," + TODAY.minusMonths(10) + "\n"
                        + "S3,WRAP," + TODAY.minusMonths(1) + "\n");
        assertThat(completions.status()).as(completions.body()).isEqualTo(200);

        assertThat(tasks(trainingAdmin, "TRAINING_EXPIRING"))
                .containsExactly(TODAY.plusMonths(1) + " Training of 2 staff expires in the next 90 days | Training");
        assertThat(tasks(officer, "TRAINING_EXPIRING")).isEmpty();
    }
}
