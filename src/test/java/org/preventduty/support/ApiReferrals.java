package org.preventduty.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preventduty.support.Api.json;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Referrals made and decided through the API, as the tests of other modules need them. */
public final class ApiReferrals {

    private ApiReferrals() {}

    /** The body of a referral of a school about a person, with more of the subject's answers when given. */
    public static String body(
            LocalDate receivedOn, String given, String family, boolean immediateRisk, Map<String, Object> more) {
        return body(receivedOn, given, family, immediateRisk, more, Map.of());
    }

    /** The same, with more of the referral's own parts (such as its equality answers). */
    public static String body(
            LocalDate receivedOn,
            String given,
            String family,
            boolean immediateRisk,
            Map<String, Object> more,
            Map<String, Object> parts) {
        var subject = new LinkedHashMap<String, Object>();
        subject.put("givenName", given);
        subject.put("familyName", family);
        subject.put("sex", "FEMALE");
        subject.putAll(more);
        var referral = new LinkedHashMap<String, Object>();
        referral.put("receivedOn", receivedOn.toString());
        referral.put(
                "referrer",
                Map.of(
                        "name", "Riley Referrer",
                        "organisation", "A school",
                        "sector", "EDUCATION",
                        "email", "riley@example.org"));
        referral.put("subject", subject);
        referral.put(
                "concern",
                Map.of("typeOfConcern", "ISLAMIST", "summary", "What was seen.", "immediateRisk", immediateRisk));
        referral.putAll(parts);
        return json(referral.entrySet().stream()
                .flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue()))
                .toArray());
    }

    /** Makes a referral; answers what the API answered, checked to be 201. */
    public static JsonNode make(Api api, String key, String body) {
        var created = api.post("/api/v1/referrals", key, body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    /** Makes a referral of a person received on a day; answers its id. */
    public static String make(Api api, String key, LocalDate receivedOn, String given, String family) {
        return make(api, key, body(receivedOn, given, family, false, Map.of()))
                .get("id")
                .asString();
    }

    /** Records the screening decision on a day; answers what the API answered, checked to be 200. */
    public static JsonNode decide(
            Api api, String key, String referral, String outcome, boolean appropriate, LocalDate decidedOn) {
        var decided = api.post(
                "/api/v1/referrals/" + referral + "/screening-decision",
                key,
                json(
                        "outcome",
                        outcome,
                        "appropriate",
                        appropriate,
                        "reason",
                        "Screened.",
                        "decidedOn",
                        decidedOn.toString()));
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        return decided.json();
    }

    /** The person a referral is about. */
    public static String person(Api api, String key, String referral) {
        return api.get("/api/v1/referrals/" + referral, key)
                .json()
                .get("personId")
                .asString();
    }
}
