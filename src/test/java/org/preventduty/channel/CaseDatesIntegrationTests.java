package org.preventduty.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preventduty.support.Api.json;

import java.time.LocalDate;
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

/** The days of a referral's decision and a case's events follow each other, and none is in the future. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({IdentityFixtures.class, SystemSql.class})
class CaseDatesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    IdentityFixtures fixtures;

    @Autowired
    SystemSql sql;

    Api api;
    TenantSummary tenant;
    String lead;
    CaseSteps steps;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        tenant = fixtures.tenant();
        lead = fixtures.apiKey(tenant, Role.PREVENT_LEAD);
        steps = new CaseSteps(api, lead);
    }

    static LocalDate today() {
        return CaseSteps.today();
    }

    static String daysAgo(int days) {
        return CaseSteps.daysAgo(days);
    }

    String referral(String receivedOn) {
        return steps.referral(
                receivedOn, "Alex", "Dates" + UUID.randomUUID().toString().substring(0, 4), "1990-01-01");
    }

    Api.Answer decide(String referralId, String decidedOn) {
        return steps.decide(referralId, decidedOn);
    }

    String meeting(String heldOn, String caseId) {
        return steps.meeting(heldOn, caseId);
    }

    Api.Answer panelDecision(String caseId, String meetingId, String decidedOn) {
        return steps.panelDecision(caseId, meetingId, decidedOn);
    }

    static void refused(Api.Answer answer, String code, String field) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(422);
        assertThat(answer.json().get("code").asString()).isEqualTo(code);
        assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
    }

    @Test
    void aScreeningDecisionIsDatedNotBeforeTheReferralNorInTheFutureAndTheCaseOpensOnIt() {
        var referralId = referral(daysAgo(30));

        refused(decide(referralId, daysAgo(31)), "decision.decidedOn.beforeReceived", "decidedOn");
        refused(decide(referralId, today().plusDays(1).toString()), "decision.decidedOn.future", "decidedOn");
        assertThat(api.get("/api/v1/referrals/" + referralId, lead)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("SUBMITTED");

        var decided = decide(referralId, daysAgo(28));
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        var caseId = decided.json().get("channelCaseId").asString();
        var openedOn = sql.run(jdbc -> jdbc.sql("select opened_on from channel_case where id = ?")
                .param(UUID.fromString(caseId))
                .query(LocalDate.class)
                .single());
        assertThat(openedOn).isEqualTo(today().minusDays(28));
    }

    @Test
    void aDecisionWithoutADayIsTakenToday() {
        var referralId = referral(daysAgo(3));
        var decided = api.post(
                "/api/v1/referrals/" + referralId + "/screening-decision",
                lead,
                json("outcome", "NO_FURTHER_ACTION", "appropriate", false, "reason", "Not about radicalisation."));
        assertThat(decided.status()).isEqualTo(200);
        var decidedOn = sql.run(jdbc -> jdbc.sql("select decision_decided_on from referral where id = ?")
                .param(UUID.fromString(referralId))
                .query(LocalDate.class)
                .single());
        assertThat(decidedOn).isEqualTo(today());
    }

    @Test
    void eachEventOfACaseFollowsTheOneItDependsOn() {
        var caseId = decide(referral(daysAgo(40)), daysAgo(30))
                .json()
                .get("channelCaseId")
                .asString();
        var meetingId = meeting(daysAgo(20), caseId);

        refused(panelDecision(caseId, meetingId, daysAgo(19)), "decision.notOnMeetingDay", "decidedOn");
        assertThat(panelDecision(caseId, meetingId, daysAgo(20)).status()).isEqualTo(200);

        var consent = "/api/v1/channel-cases/" + caseId + "/consent";
        refused(
                api.post(consent, lead, json("status", "GIVEN", "givenBy", "PERSON", "recordedOn", daysAgo(21))),
                "consent.beforeAdoption",
                "recordedOn");
        refused(
                api.post(
                        consent,
                        lead,
                        json(
                                "status",
                                "GIVEN",
                                "givenBy",
                                "PERSON",
                                "recordedOn",
                                today().plusDays(1).toString())),
                "date.future",
                "recordedOn");
        assertThat(api.post(consent, lead, json("status", "GIVEN", "givenBy", "PERSON", "recordedOn", daysAgo(18)))
                        .status())
                .isEqualTo(200);

        var interventions = "/api/v1/channel-cases/" + caseId + "/interventions";
        refused(api.post(interventions, lead, intervention(daysAgo(19))), "intervention.beforeConsent", "startOn");
        refused(api.post(interventions, lead, intervention(today().plusDays(3).toString())), "date.future", "startOn");
        var started = api.post(interventions, lead, intervention(daysAgo(15)));
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        var session = "/api/v1/channel-cases/" + caseId + "/interventions/"
                + started.json().get("id").asString() + "/sessions";
        refused(api.post(session, lead, json("deliveredOn", daysAgo(16))), "session.beforeStart", "deliveredOn");
        assertThat(api.post(session, lead, json("deliveredOn", daysAgo(14))).status())
                .isEqualTo(200);

        var exit = "/api/v1/channel-cases/" + caseId + "/exit";
        refused(
                api.post(exit, lead, json("exitedOn", daysAgo(16), "closingSummary", "Done.")),
                "exit.beforeSupport",
                "exitedOn");
        assertThat(api.post(exit, lead, json("exitedOn", daysAgo(5), "closingSummary", "Done."))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void nothingIsRecordedOfAMeetingThatHasNotTakenPlace() {
        var caseId = decide(referral(daysAgo(10)), daysAgo(9))
                .json()
                .get("channelCaseId")
                .asString();
        var ahead = today().plusDays(9).toString();
        var meetingId = meeting(ahead, caseId);

        var decision = panelDecision(caseId, meetingId, ahead);
        assertThat(decision.status()).isEqualTo(422);
        assertThat(decision.json().get("code").asString()).isEqualTo("meeting.notHeldYet");
        assertThat(api.get("/api/v1/channel-cases/" + caseId, lead)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("AWAITING_PANEL");
    }

    static String intervention(String startOn) {
        return json(
                "type",
                "IDEOLOGICAL_MENTORING",
                "provider",
                "A mentor",
                "homeOfficeApprovedProvider",
                true,
                "startOn",
                startOn,
                "frequencyDays",
                14);
    }
}
