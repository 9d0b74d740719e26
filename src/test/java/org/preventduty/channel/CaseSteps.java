package org.preventduty.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preventduty.support.Api.json;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.preventduty.support.Api;

/** The steps of a Channel case through the API, for tests that need a case at some stage. */
record CaseSteps(Api api, String key) {

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }

    static String daysAgo(int days) {
        return today().minusDays(days).toString();
    }

    /** A referral of the person, received on the day; answers its id. */
    String referral(String receivedOn, String givenName, String familyName, String dateOfBirth) {
        var created = api.post(
                "/api/v1/referrals",
                key,
                json(
                        "receivedOn",
                        receivedOn,
                        "referrer",
                        Map.of(
                                "name",
                                "A Teacher",
                                "organisation",
                                "Oak School",
                                "sector",
                                "EDUCATION",
                                "email",
                                "dsl@oak.example"),
                        "subject",
                        Map.of(
                                "givenName",
                                givenName,
                                "familyName",
                                familyName,
                                "dateOfBirth",
                                dateOfBirth,
                                "sex",
                                "MALE"),
                        "concern",
                        Map.of(
                                "typeOfConcern",
                                "ISLAMIST",
                                "summary",
                                "Shared a propaganda video.",
                                "immediateRisk",
                                false)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    /** Asks for the screening decision accepting the referral for Channel on the day; answers what the API answered. */
    Api.Answer decide(String referralId, String decidedOn) {
        return api.post(
                "/api/v1/referrals/" + referralId + "/screening-decision",
                key,
                json(
                        "outcome",
                        "ACCEPTED_FOR_CHANNEL",
                        "appropriate",
                        true,
                        "reason",
                        "Clear vulnerability.",
                        "decidedOn",
                        decidedOn));
    }

    /** Accepts the referral for Channel on the day; answers the case's id. */
    String accept(String referralId, String decidedOn) {
        var decided = decide(referralId, decidedOn);
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        return decided.json().get("channelCaseId").asString();
    }

    /** A meeting held on the day with a chair and the police present, with the case on its agenda. */
    String meeting(String heldOn, String caseId) {
        var created = api.post(
                "/api/v1/panel-meetings",
                key,
                json(
                        "heldOn",
                        heldOn,
                        "attendees",
                        List.of(
                                Map.of(
                                        "name",
                                        "Chair",
                                        "organisation",
                                        "Council",
                                        "panelRole",
                                        "CHAIR",
                                        "present",
                                        true),
                                Map.of(
                                        "name",
                                        "Officer",
                                        "organisation",
                                        "Counter Terrorism Policing",
                                        "panelRole",
                                        "POLICE_CT",
                                        "present",
                                        true)),
                        "caseIds",
                        List.of(caseId)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    /** Asks for the panel's decision adopting the case at the meeting; answers what the API answered. */
    Api.Answer panelDecision(String caseId, String meetingId, String decidedOn) {
        return api.post(
                "/api/v1/channel-cases/" + caseId + "/panel-decision",
                key,
                json(
                        "meetingId",
                        meetingId,
                        "decidedOn",
                        decidedOn,
                        "decision",
                        "ADOPTED",
                        "decisionRule",
                        "UNANIMOUS",
                        "reasons",
                        "Vulnerable and engaged."));
    }

    /** The panel adopts the case at the meeting. */
    void adopt(String caseId, String meetingId, String decidedOn) {
        var decided = panelDecision(caseId, meetingId, decidedOn);
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
    }

    /** Answers what the API answered to a note. */
    Api.Answer note(String caseId, String occurredOn, String text) {
        return api.post(
                "/api/v1/channel-cases/" + caseId + "/notes",
                key,
                json("occurredOn", occurredOn, "category", "CONTACT", "text", text));
    }
}
