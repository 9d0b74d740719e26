package org.preventduty.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preventduty.support.Api.json;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
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

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({IdentityFixtures.class, SystemSql.class})
class ChannelApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    IdentityFixtures fixtures;

    @Autowired
    SystemSql sql;

    Api api;
    TenantSummary tenant;
    String lead;
    String chair;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        tenant = fixtures.tenant();
        lead = fixtures.apiKey(tenant, Role.PREVENT_LEAD);
        chair = fixtures.apiKey(tenant, Role.CHANNEL_CHAIR);
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }

    /**
     * A referral of someone born on the day, accepted for Channel 100 days ago (so that its events can be dated in the
     * past): the id of the case it opened.
     */
    String acceptedCase(String dateOfBirth) {
        var referral = api.post(
                "/api/v1/referrals",
                lead,
                json(
                        "receivedOn", today().minusDays(101).toString(),
                        "referrer",
                                Map.of(
                                        "name", "A Teacher",
                                        "organisation", "Oak School",
                                        "sector", "EDUCATION",
                                        "email", "dsl@oak.example"),
                        "subject",
                                Map.of(
                                        "givenName",
                                        "Robin",
                                        "familyName",
                                        "Example" + UUID.randomUUID().toString().substring(0, 4),
                                        "dateOfBirth",
                                        dateOfBirth,
                                        "sex",
                                        "FEMALE"),
                        "concern",
                                Map.of(
                                        "typeOfConcern", "EXTREME_RIGHT_WING",
                                        "summary", "Shared propaganda videos with classmates.",
                                        "immediateRisk", false)));
        assertThat(referral.status()).as(referral.body()).isEqualTo(201);
        var decided = api.post(
                "/api/v1/referrals/" + referral.json().get("id").asString() + "/screening-decision",
                lead,
                json(
                        "outcome",
                        "ACCEPTED_FOR_CHANNEL",
                        "appropriate",
                        true,
                        "reason",
                        "Clear vulnerability.",
                        "decidedOn",
                        today().minusDays(100).toString()));
        assertThat(decided.status()).isEqualTo(200);
        return decided.json().get("channelCaseId").asString();
    }

    String meeting(boolean policePresent, String... caseIds) {
        return meeting(today(), policePresent, caseIds);
    }

    String meeting(LocalDate heldOn, boolean policePresent, String... caseIds) {
        var created = api.post(
                "/api/v1/panel-meetings",
                chair,
                json(
                        "heldOn", heldOn.toString(),
                        "attendees",
                                List.of(
                                        Map.of(
                                                "name", "Chair Person",
                                                "organisation", "The council",
                                                "panelRole", "CHAIR",
                                                "present", true),
                                        Map.of(
                                                "name", "Police Officer",
                                                "organisation", "Counter Terrorism Policing",
                                                "panelRole", "POLICE_CT",
                                                "present", policePresent)),
                        "caseIds", List.of(caseIds)));
        assertThat(created.status()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    Api.Answer decide(String caseId, String meetingId, String decision, Object... more) {
        var body = new java.util.ArrayList<Object>(List.of(
                "meetingId",
                meetingId,
                "decidedOn",
                today().toString(),
                "decision",
                decision,
                "decisionRule",
                "UNANIMOUS",
                "reasons",
                "Vulnerable and engaged."));
        body.addAll(List.of(more));
        return api.post("/api/v1/channel-cases/" + caseId + "/panel-decision", chair, json(body.toArray()));
    }

    @Test
    void anAcceptedReferralOpensACaseThatOnlyItsTenantSees() {
        var caseId = acceptedCase("2001-02-03");

        var read = api.get("/api/v1/channel-cases/" + caseId, lead);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("status").asString()).isEqualTo("INFORMATION_GATHERING");
        assertThat(read.json().get("referralIds").size()).isEqualTo(1);
        assertThat(read.json().get("personId").asString()).isNotBlank();
        assertThat(read.json().get("version").asInt()).isGreaterThanOrEqualTo(0);

        var otherLead = fixtures.apiKey(fixtures.tenant(), Role.PREVENT_LEAD);
        assertThat(api.get("/api/v1/channel-cases/" + caseId, otherLead).status())
                .isEqualTo(404);
        var referrer = fixtures.apiKey(tenant, Role.REFERRER);
        assertThat(api.get("/api/v1/channel-cases/" + caseId, referrer).status())
                .isEqualTo(403);
        var panelMember = fixtures.apiKey(tenant, Role.PANEL_MEMBER);
        assertThat(api.get("/api/v1/channel-cases/" + caseId, panelMember).status())
                .isEqualTo(404);
    }

    @Test
    void noDecisionWithoutThePolicePresentOrWithTheCaseOffTheAgenda() {
        var caseId = acceptedCase("2001-02-03");
        var other = acceptedCase("1999-05-06");
        var withoutPolice = meeting(false, caseId);
        var withPolice = meeting(true, other);

        var noPolice = decide(caseId, withoutPolice, "ADOPTED");
        assertThat(noPolice.status()).isEqualTo(422);
        assertThat(noPolice.body()).contains("police");
        assertThat(decide(caseId, withPolice, "ADOPTED").status()).isEqualTo(422);
        assertThat(api.get("/api/v1/channel-cases/" + caseId, lead)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("AWAITING_PANEL");
    }

    @Test
    void notAdoptingNeedsToSayWhetherReferralToHealthOrSocialCareWasConsidered() {
        var caseId = acceptedCase("2001-02-03");
        var meetingId = meeting(true, caseId);

        var missing = decide(caseId, meetingId, "NOT_ADOPTED");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("consideredHealthOrSocialCareReferral");

        var decided = decide(caseId, meetingId, "NOT_ADOPTED", "consideredHealthOrSocialCareReferral", true);
        assertThat(decided.status()).isEqualTo(200);
        assertThat(decided.json().get("status").asString()).isEqualTo("NOT_ADOPTED");
        assertThat(decide(caseId, meetingId, "ADOPTED").status()).isEqualTo(422);
    }

    @Test
    void aChildsConsentComesFromANamedParentAndSupportNeedsConsent() {
        var child = acceptedCase(today().minusYears(15).toString());
        var meetingId = meeting(true, child);
        var beforeAdoption = api.post(
                "/api/v1/channel-cases/" + child + "/consent",
                chair,
                json("status", "GIVEN", "givenBy", "PERSON", "recordedOn", today().toString()));
        assertThat(beforeAdoption.status()).isEqualTo(422);
        assertThat(decide(child, meetingId, "ADOPTED").json().get("status").asString())
                .isEqualTo("ADOPTED");

        var intervention = json(
                "type",
                "IDEOLOGICAL_MENTORING",
                "provider",
                "Approved Mentoring Ltd",
                "homeOfficeApprovedProvider",
                true,
                "startOn",
                today().toString(),
                "frequencyDays",
                14);
        assertThat(api.post("/api/v1/channel-cases/" + child + "/interventions", chair, intervention)
                        .status())
                .isEqualTo(422);
        var byChild = api.post(
                "/api/v1/channel-cases/" + child + "/consent",
                chair,
                json("status", "GIVEN", "givenBy", "PERSON", "recordedOn", today().toString()));
        assertThat(byChild.status()).isEqualTo(422);
        var unnamed = api.post(
                "/api/v1/channel-cases/" + child + "/consent",
                chair,
                json("status", "GIVEN", "givenBy", "PARENT_OR_GUARDIAN", "recordedOn", today().toString()));
        assertThat(unnamed.status()).isEqualTo(422);
        var byParent = api.post(
                "/api/v1/channel-cases/" + child + "/consent",
                chair,
                json(
                        "status", "GIVEN",
                        "givenBy", "PARENT_OR_GUARDIAN",
                        "guardianName", "A Parent",
                        "recordedOn", today().toString()));
        assertThat(byParent.status()).isEqualTo(200);
        assertThat(byParent.json().get("status").asString()).isEqualTo("CONSENT_GIVEN");

        var added = api.post("/api/v1/channel-cases/" + child + "/interventions", chair, intervention);
        assertThat(added.status()).isEqualTo(201);
        assertThat(api.get("/api/v1/channel-cases/" + child, lead)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("SUPPORT_ACTIVE");
    }

    @Test
    void exitingMakesTwoReviewsDueSixAndTwelveMonthsLaterInTheTaskList() {
        var caseId = acceptedCase("1990-01-01");
        var meetingId = meeting(true, caseId);
        decide(caseId, meetingId, "ADOPTED");
        var exitedOn = today();
        var tooEarly = api.post(
                "/api/v1/channel-cases/" + caseId + "/exit",
                chair,
                json("exitedOn", exitedOn.toString(), "closingSummary", "Vulnerabilities addressed."));
        assertThat(tooEarly.status()).isEqualTo(422);

        api.post(
                "/api/v1/channel-cases/" + caseId + "/consent",
                chair,
                json("status", "GIVEN", "givenBy", "PERSON", "recordedOn", today().toString()));
        api.post(
                "/api/v1/channel-cases/" + caseId + "/interventions",
                chair,
                json(
                        "type",
                        "CAREERS",
                        "provider",
                        "Careers service",
                        "homeOfficeApprovedProvider",
                        false,
                        "startOn",
                        today().toString(),
                        "frequencyDays",
                        28));
        var exited = api.post(
                "/api/v1/channel-cases/" + caseId + "/exit",
                chair,
                json("exitedOn", exitedOn.toString(), "closingSummary", "Vulnerabilities addressed."));
        assertThat(exited.status()).isEqualTo(200);

        var tasks = api.get("/api/v1/tasks?caseId=" + caseId, lead);
        assertThat(tasks.status()).isEqualTo(200);
        var items = tasks.json().get("items");
        assertThat(items.size()).isEqualTo(2);
        assertThat(items.get(0).get("type").asString()).isEqualTo("POST_EXIT_REVIEW");
        assertThat(items.get(0).get("dueOn").asString())
                .isEqualTo(exitedOn.plusMonths(6).toString());
        assertThat(items.get(1).get("dueOn").asString())
                .isEqualTo(exitedOn.plusMonths(12).toString());
        assertThat(api.get("/api/v1/channel-cases/" + caseId, lead)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("EXITED");
    }

    @Test
    void theTaskListHoldsScreeningAssessmentAndPanelReviewWorkForTheLeadOnly() {
        var caseId = acceptedCase("1990-01-01");
        var waiting = api.post(
                "/api/v1/referrals",
                lead,
                json(
                        "receivedOn", today().toString(),
                        "referrer",
                                Map.of(
                                        "name", "A Teacher",
                                        "organisation", "Oak School",
                                        "sector", "EDUCATION",
                                        "email", "dsl@oak.example"),
                        "subject", Map.of("givenName", "Waiting", "familyName", "Person", "sex", "MALE"),
                        "concern",
                                Map.of("typeOfConcern", "OTHER", "summary", "Seen at school.", "immediateRisk", true)));
        assertThat(waiting.status()).isEqualTo(201);

        var caseTasks = api.get("/api/v1/tasks?caseId=" + caseId, lead).json().get("items");
        assertThat(caseTasks.size()).isEqualTo(1);
        assertThat(caseTasks.get(0).get("type").asString()).isEqualTo("ASSESSMENT_DUE");
        // The first assessment is due 20 days after the case opened, 100 days ago.
        assertThat(caseTasks.get(0).get("dueOn").asString())
                .isEqualTo(today().minusDays(80).toString());

        var all = api.get("/api/v1/tasks", lead).json().get("items");
        var screening = new java.util.ArrayList<String>();
        all.forEach(item -> {
            if (item.get("type").asString().equals("SCREENING_DUE")) {
                screening.add(item.get("reference").asString() + " "
                        + item.get("title").asString());
            }
        });
        assertThat(screening)
                .anyMatch(
                        line -> line.startsWith(waiting.json().get("reference").asString())
                                && line.contains("immediate danger"));

        var meetingId = meeting(true, caseId);
        decide(caseId, meetingId, "ADOPTED");
        api.post(
                "/api/v1/channel-cases/" + caseId + "/consent",
                chair,
                json("status", "GIVEN", "givenBy", "PERSON", "recordedOn", today().toString()));
        api.post(
                "/api/v1/channel-cases/" + caseId + "/interventions",
                chair,
                json(
                        "type",
                        "CAREERS",
                        "provider",
                        "Careers service",
                        "homeOfficeApprovedProvider",
                        false,
                        "startOn",
                        today().toString(),
                        "frequencyDays",
                        28));
        var types = new java.util.ArrayList<String>();
        api.get("/api/v1/tasks?caseId=" + caseId, chair)
                .json()
                .get("items")
                .forEach(item -> types.add(
                        item.get("type").asString() + " " + item.get("dueOn").asString()));
        assertThat(types)
                .contains("PANEL_REVIEW " + today().plusDays(90))
                .contains("ASSESSMENT_DUE " + today().minusDays(80));

        var caseWorker = fixtures.apiKey(tenant, Role.CASE_WORKER);
        assertThat(api.get("/api/v1/tasks", caseWorker).json().get("items").size())
                .isZero();
    }

    private java.util.List<String> taskTypes(String caseId) {
        var types = new java.util.ArrayList<String>();
        api.get("/api/v1/tasks?caseId=" + caseId, chair)
                .json()
                .get("items")
                .forEach(item -> types.add(item.get("type").asString()));
        return types;
    }

    @Test
    void anInterventionWithNoSessionForItsIntervalAndAMarginBecomesATaskUntilASessionIsLogged() {
        var caseId = acceptedCase("1990-01-01");
        var held = today().minusDays(30);
        decide(caseId, meeting(held, true, caseId), "ADOPTED", "decidedOn", held.toString());
        api.post(
                "/api/v1/channel-cases/" + caseId + "/consent",
                chair,
                json("status", "GIVEN", "givenBy", "PERSON", "recordedOn", held.toString()));
        var onTime = api.post(
                        "/api/v1/channel-cases/" + caseId + "/interventions",
                        chair,
                        json(
                                "type",
                                "IDEOLOGICAL_MENTORING",
                                "provider",
                                "Approved Mentoring Ltd",
                                "homeOfficeApprovedProvider",
                                true,
                                "startOn",
                                today().minusDays(20).toString(),
                                "frequencyDays",
                                14))
                .json()
                .get("id")
                .asString();
        assertThat(taskTypes(caseId)).doesNotContain("STALLED_INTERVENTION");

        var stalled = api.post(
                        "/api/v1/channel-cases/" + caseId + "/interventions",
                        chair,
                        json(
                                "type",
                                "DIVERSIONARY_ACTIVITY",
                                "provider",
                                "Boxing club",
                                "homeOfficeApprovedProvider",
                                false,
                                "startOn",
                                today().minusDays(22).toString(),
                                "frequencyDays",
                                14))
                .json()
                .get("id")
                .asString();
        assertThat(taskTypes(caseId)).containsOnlyOnce("STALLED_INTERVENTION");

        var logged = api.post(
                "/api/v1/channel-cases/" + caseId + "/interventions/" + stalled + "/sessions",
                chair,
                json("deliveredOn", today().minusDays(1).toString(), "note", "Attended the session."));
        assertThat(logged.status()).isEqualTo(200);
        assertThat(taskTypes(caseId)).doesNotContain("STALLED_INTERVENTION");
        assertThat(api.post(
                                "/api/v1/channel-cases/" + caseId + "/interventions/" + onTime + "/sessions",
                                chair,
                                json("deliveredOn", today().plusDays(1).toString()))
                        .status())
                .isEqualTo(422);
    }

    @Test
    void withdrawingConsentEndsTheSupportAndSetsAReassessment() {
        var caseId = acceptedCase("1990-01-01");
        decide(caseId, meeting(true, caseId), "ADOPTED");
        api.post(
                "/api/v1/channel-cases/" + caseId + "/consent",
                chair,
                json("status", "GIVEN", "givenBy", "PERSON", "recordedOn", today().toString()));
        var intervention = api.post(
                        "/api/v1/channel-cases/" + caseId + "/interventions",
                        chair,
                        json(
                                "type",
                                "MENTAL_HEALTH",
                                "provider",
                                "Community mental health team",
                                "homeOfficeApprovedProvider",
                                false,
                                "startOn",
                                today().toString(),
                                "frequencyDays",
                                7))
                .json()
                .get("id")
                .asString();

        var withdrawn = api.post(
                "/api/v1/channel-cases/" + caseId + "/consent",
                chair,
                json("status", "WITHDRAWN", "givenBy", "PERSON", "recordedOn", today().toString()));

        assertThat(withdrawn.json().get("status").asString()).isEqualTo("CONSENT_WITHDRAWN");
        assertThat(taskTypes(caseId)).contains("REASSESSMENT");
        assertThat(sql.<String>run(jdbc -> jdbc.sql("select status from intervention where id = ?")
                        .param(UUID.fromString(intervention))
                        .query(String.class)
                        .single()))
                .isEqualTo("ENDED");
        assertThat(api.post(
                                "/api/v1/channel-cases/" + caseId + "/interventions",
                                chair,
                                json(
                                        "type",
                                        "CAREERS",
                                        "provider",
                                        "Careers service",
                                        "homeOfficeApprovedProvider",
                                        false,
                                        "startOn",
                                        today().toString(),
                                        "frequencyDays",
                                        7))
                        .status())
                .isEqualTo(422);
    }

    @Test
    void invalidBodiesAreNamedProblemsAndUnknownCasesAreNotFound() {
        var bad = api.post("/api/v1/panel-meetings", chair, json("heldOn", "not a date"));
        assertThat(bad.status()).isEqualTo(400);
        var unknownCase = api.post(
                "/api/v1/panel-meetings",
                chair,
                json("heldOn", today().toString(), "attendees", List.of(), "caseIds", List.of(UUID.randomUUID())));
        assertThat(unknownCase.status()).isEqualTo(400);
        assertThat(unknownCase.body()).contains("caseIds");
        assertThat(api.get("/api/v1/channel-cases/" + UUID.randomUUID(), lead).status())
                .isEqualTo(404);
        var referrer = fixtures.apiKey(tenant, Role.REFERRER);
        assertThat(api.post("/api/v1/panel-meetings", referrer, "{}").status()).isEqualTo(403);
    }

    @Test
    void everyChangeAndReadOfACaseIsAudited() {
        var caseId = acceptedCase("2001-02-03");
        api.get("/api/v1/channel-cases/" + caseId, lead);
        var meetingId = meeting(true, caseId);
        decide(caseId, meetingId, "ADOPTED");

        assertThat(sql.auditCount("CHANNEL_CASE_OPENED", caseId)).isEqualTo(1);
        assertThat(sql.auditCount("CHANNEL_CASE_VIEWED", caseId)).isEqualTo(1);
        assertThat(sql.auditCount("PANEL_DECISION_RECORDED", caseId)).isEqualTo(1);
        assertThat(sql.auditCount("PANEL_MEETING_CREATED", meetingId)).isEqualTo(1);
    }
}
