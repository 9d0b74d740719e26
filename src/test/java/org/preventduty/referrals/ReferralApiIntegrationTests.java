package org.preventduty.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preventduty.support.Api.json;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
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
@Import({IdentityFixtures.class, SystemSql.class, ReferralFixtures.class})
class ReferralApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    IdentityFixtures fixtures;

    @Autowired
    SystemSql sql;

    Api api;
    TenantSummary tenant;
    String referrerKey;
    String leadKey;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        tenant = fixtures.tenant();
        referrerKey = fixtures.apiKey(tenant, Role.REFERRER);
        leadKey = fixtures.apiKey(tenant, Role.PREVENT_LEAD);
    }

    static String referral(String given, String family, String dateOfBirth) {
        return json(
                "receivedOn", today().toString(),
                "referrer",
                        Map.of(
                                "name", "A Teacher",
                                "role", "Designated safeguarding lead",
                                "organisation", "Oak School",
                                "sector", "EDUCATION",
                                "email", "dsl@oak.example"),
                "subject",
                        Map.of(
                                "givenName", given,
                                "familyName", family,
                                "dateOfBirth", dateOfBirth,
                                "sex", "MALE",
                                "postcode", "N3 1AA"),
                "concern",
                        Map.of(
                                "typeOfConcern", "EXTREME_RIGHT_WING",
                                "summary", "Drew symbols in class and said an attack was deserved.",
                                "immediateRisk", false));
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }

    @Test
    void aReferralMadeThroughTheApiIsSubmittedWithAReferenceAndADueDay() {
        var created = api.post("/api/v1/referrals", referrerKey, referral("Sam", "Example", "2009-03-14"));

        assertThat(created.status()).isEqualTo(201);
        var body = created.json();
        assertThat(body.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(body.get("reference").asString()).matches("PR-\\d{4}-\\d{5}");
        assertThat(LocalDate.parse(body.get("dueOn").asString())).isAfter(today());
        assertThat(body.get("possibleMatches").isArray()).isTrue();
        assertThat(created.header("Location"))
                .hasValue("/api/v1/referrals/" + body.get("id").asString());

        var read = api.get("/api/v1/referrals/" + body.get("id").asString(), leadKey);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(read.json().get("version").asInt()).isNotNegative();
        assertThat(read.json().get("answers").get("givenName").asString()).isEqualTo("Sam");
    }

    @Test
    void theSameIdempotencyKeyWithTheSameBodyCreatesOneReferral() {
        var key = Map.of("Idempotency-Key", "referral-" + UUID.randomUUID());
        var body = referral("Ava", "Once", "2010-01-01");

        var first = api.post("/api/v1/referrals", referrerKey, body, key);
        var second = api.post("/api/v1/referrals", referrerKey, body, key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.json().get("id").asString())
                .isEqualTo(first.json().get("id").asString());
        assertThat(countReferrals()).isEqualTo(1);
    }

    @Test
    void theSameIdempotencyKeyWithAnotherBodyIsRefused() {
        var key = Map.of("Idempotency-Key", "referral-" + UUID.randomUUID());
        api.post("/api/v1/referrals", referrerKey, referral("Ava", "Once", "2010-01-01"), key);

        var other = api.post("/api/v1/referrals", referrerKey, referral("Ben", "Twice", "2010-01-01"), key);

        assertThat(other.status()).isEqualTo(422);
        assertThat(countReferrals()).isEqualTo(1);
    }

    @Test
    void invalidFieldsAreEachNamedAndNothingIsSaved() {
        var body = json(
                "receivedOn", today().plusDays(3).toString(),
                "referrer", Map.of("name", "", "organisation", "Oak School", "sector", "SPACE", "email", "nope"),
                "subject", Map.of("givenName", "Sam", "dateOfBirth", "2999-01-01", "sex", "MALE", "postcode", "XYZ"),
                "concern", Map.of("typeOfConcern", "MADE_UP", "summary", "Something", "immediateRisk", false));

        var refused = api.post("/api/v1/referrals", referrerKey, body);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        var fields = new ArrayList<String>();
        refused.json()
                .get("errors")
                .forEach(error -> fields.add(error.get("field").asString()));
        assertThat(fields).contains("referrer.name", "referrer.email");
        assertThat(countReferrals()).isZero();

        var rules = api.post(
                "/api/v1/referrals",
                referrerKey,
                body.replace("\"name\":\"\"", "\"name\":\"A Teacher\"")
                        .replace("\"email\":\"nope\"", "\"email\":\"a@b.example\""));
        assertThat(rules.status()).isEqualTo(400);
        var ruleFields = new ArrayList<String>();
        rules.json()
                .get("errors")
                .forEach(error -> ruleFields.add(error.get("field").asString()));
        assertThat(ruleFields)
                .contains(
                        "receivedOn",
                        "referrer.sector",
                        "subject.dateOfBirth",
                        "subject.postcode",
                        "concern.typeOfConcern");
        assertThat(countReferrals()).isZero();
    }

    @Test
    void malformedJsonAndMissingPartsAreBadRequests() {
        assertThat(api.post("/api/v1/referrals", referrerKey, "{\"receivedOn\": ")
                        .status())
                .isEqualTo(400);
        assertThat(api.post("/api/v1/referrals", referrerKey, "{}").status()).isEqualTo(400);
        assertThat(api.post("/api/v1/referrals", referrerKey, "text/plain", "hello")
                        .status())
                .isEqualTo(415);
        assertThat(countReferrals()).isZero();
    }

    @Test
    void anotherTenantsReferralIsNotFound() {
        var created = api.post("/api/v1/referrals", referrerKey, referral("Sam", "Example", "2009-03-14"));
        var otherLead = fixtures.apiKey(fixtures.tenant(), Role.PREVENT_LEAD);
        var id = created.json().get("id").asString();

        assertThat(api.get("/api/v1/referrals/" + id, otherLead).status()).isEqualTo(404);
        var decision = json("outcome", "NO_FURTHER_ACTION", "appropriate", false, "reason", "Not Prevent");
        assertThat(api.post("/api/v1/referrals/" + id + "/screening-decision", otherLead, decision)
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/referrals/" + UUID.randomUUID(), leadKey).status())
                .isEqualTo(404);
    }

    @Test
    void acceptingForChannelOpensACaseAndASecondDecisionIsRefused() {
        var id = api.post("/api/v1/referrals", referrerKey, referral("Sam", "Example", "2009-03-14"))
                .json()
                .get("id")
                .asString();
        var accept = json(
                "outcome", "ACCEPTED_FOR_CHANNEL",
                "appropriate", true,
                "reason", "Meets the threshold for Channel.",
                "feedbackToReferrer", "Thank you. The panel will consider support.");

        var decided = api.post("/api/v1/referrals/" + id + "/screening-decision", leadKey, accept);

        assertThat(decided.status()).isEqualTo(200);
        assertThat(decided.json().get("status").asString()).isEqualTo("ACCEPTED_FOR_CHANNEL");
        assertThat(UUID.fromString(decided.json().get("channelCaseId").asString()))
                .isNotNull();
        var again = api.post(
                "/api/v1/referrals/" + id + "/screening-decision",
                leadKey,
                json("outcome", "NO_FURTHER_ACTION", "appropriate", false, "reason", "Changed my mind"));
        assertThat(again.status()).isEqualTo(422);
        assertThat(api.get("/api/v1/referrals/" + id, leadKey)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("ACCEPTED_FOR_CHANNEL");
    }

    @Test
    void aDecisionOnAStaleVersionIsAConflict() {
        var id = api.post("/api/v1/referrals", referrerKey, referral("Sam", "Example", "2009-03-14"))
                .json()
                .get("id")
                .asString();
        var version = api.get("/api/v1/referrals/" + id, leadKey)
                .json()
                .get("version")
                .asInt();
        var decision = json("outcome", "NO_FURTHER_ACTION", "appropriate", false, "reason", "Not a Prevent concern");

        var stale = api.post(
                "/api/v1/referrals/" + id + "/screening-decision",
                leadKey,
                decision,
                Map.of("If-Match", "\"" + (version + 7) + "\""));
        var staleField = api.post(
                "/api/v1/referrals/" + id + "/screening-decision",
                leadKey,
                json("outcome", "NO_FURTHER_ACTION", "appropriate", false, "reason", "x", "version", version + 1));
        var current = api.post(
                "/api/v1/referrals/" + id + "/screening-decision",
                leadKey,
                decision,
                Map.of("If-Match", "\"" + version + "\""));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(staleField.status()).isEqualTo(409);
        assertThat(current.status()).isEqualTo(200);
        assertThat(current.json().get("status").asString()).isEqualTo("CLOSED_NO_FURTHER_ACTION");
    }

    @Test
    void signpostingNeedsAServiceFromTheList() {
        var id = api.post("/api/v1/referrals", referrerKey, referral("Sam", "Example", "2009-03-14"))
                .json()
                .get("id")
                .asString();

        var without = api.post(
                "/api/v1/referrals/" + id + "/screening-decision",
                leadKey,
                json("outcome", "SIGNPOSTED", "appropriate", false, "reason", "Mental health need"));
        var unknown = api.post(
                "/api/v1/referrals/" + id + "/screening-decision",
                leadKey,
                json(
                        "outcome",
                        "SIGNPOSTED",
                        "appropriate",
                        false,
                        "reason",
                        "Mental health need",
                        "signpostedTo",
                        "SPA"));
        var badOutcome = api.post(
                "/api/v1/referrals/" + id + "/screening-decision",
                leadKey,
                json("outcome", "MAYBE", "appropriate", false, "reason", "x"));
        var signposted = api.post(
                "/api/v1/referrals/" + id + "/screening-decision",
                leadKey,
                json(
                        "outcome",
                        "SIGNPOSTED",
                        "appropriate",
                        false,
                        "reason",
                        "Mental health need",
                        "signpostedTo",
                        "MENTAL_HEALTH"));

        assertThat(without.status()).isEqualTo(400);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(badOutcome.status()).isEqualTo(400);
        assertThat(signposted.status()).isEqualTo(200);
        assertThat(signposted.json().get("status").asString()).isEqualTo("SIGNPOSTED");
    }

    @Test
    void aReferrerReadsOnlyTheStatusAndFeedbackOfTheirOwnReferral() {
        var id = api.post("/api/v1/referrals", referrerKey, referral("Sam", "Example", "2009-03-14"))
                .json()
                .get("id")
                .asString();
        api.post(
                "/api/v1/referrals/" + id + "/screening-decision",
                leadKey,
                json(
                        "outcome",
                        "NO_FURTHER_ACTION",
                        "appropriate",
                        false,
                        "reason",
                        "Internal reason, not for the referrer",
                        "feedbackToReferrer",
                        "Thank you; no Prevent action is needed."));

        var own = api.get("/api/v1/referrals/" + id, referrerKey);
        var colleague = api.get("/api/v1/referrals/" + id, fixtures.apiKey(tenant, Role.REFERRER));

        assertThat(own.status()).isEqualTo(200);
        assertThat(own.json().get("feedback").asString()).isEqualTo("Thank you; no Prevent action is needed.");
        assertThat(own.body()).doesNotContain("Internal reason").doesNotContain("Drew symbols");
        assertThat(colleague.status()).isEqualTo(404);
        var mine = api.get("/api/v1/referrals/mine", referrerKey);
        assertThat(mine.json().get("totalItems").asInt()).isEqualTo(1);
    }

    @Test
    void aCaseWorkerSeesOnlyTheReferralsTheyAreAssigned() {
        var id = api.post("/api/v1/referrals", referrerKey, referral("Sam", "Example", "2009-03-14"))
                .json()
                .get("id")
                .asString();
        var caseWorkerKey = fixtures.apiKey(tenant, Role.CASE_WORKER);

        assertThat(api.get("/api/v1/referrals/" + id, caseWorkerKey).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/referrals/assigned", caseWorkerKey)
                        .json()
                        .get("totalItems")
                        .asInt())
                .isZero();
    }

    @Test
    void theLeadListsFiltersAndPagesReferrals() {
        for (int i = 0; i < 3; i++) {
            api.post("/api/v1/referrals", referrerKey, referral("Child" + i, "Listed", "2010-01-0" + (i + 1)));
        }

        var page = api.get("/api/v1/referrals?size=2&page=0", leadKey);
        var second = api.get("/api/v1/referrals?size=2&page=1", leadKey);
        var filtered = api.get("/api/v1/referrals?sector=HEALTH", leadKey);
        var tooBig = api.get("/api/v1/referrals?size=501", leadKey);
        var badSort = api.get("/api/v1/referrals?sort=SIDEWAYS", leadKey);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().get("items").size()).isEqualTo(2);
        assertThat(page.json().get("totalItems").asInt()).isEqualTo(3);
        assertThat(second.json().get("items").size()).isEqualTo(1);
        assertThat(filtered.json().get("totalItems").asInt()).isZero();
        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(badSort.status()).isEqualTo(400);
        assertThat(api.get("/api/v1/referrals", referrerKey).status()).isEqualTo(403);
    }

    @Test
    void aSecondReferralOfTheSamePersonFindsTheFirstAsAPossibleMatchWhichOnlyTheLeadIsTold() {
        var first = api.post("/api/v1/referrals", referrerKey, referral("Mohammed", "Khan", "2008-06-01"));
        var byReferrer = api.post("/api/v1/referrals", referrerKey, referral("Muhammed", "Khan", "2008-06-01"));
        var second = api.post("/api/v1/referrals", leadKey, referral("Muhammad", "Khan", "2008-06-01"));

        // A referrer must not learn who is known to Prevent; the match is kept for the lead's triage all the same.
        assertThat(byReferrer.status()).isEqualTo(201);
        assertThat(byReferrer.json().get("possibleMatches").isEmpty()).isTrue();
        var storedForTriage =
                sql.<Long>run(jdbc -> jdbc.sql("select count(*) from referral_match where referral_id = ?")
                        .param(UUID.fromString(byReferrer.json().get("id").asString()))
                        .query(Long.class)
                        .single());
        assertThat(storedForTriage).isEqualTo(1);
        var matches = second.json().get("possibleMatches");
        assertThat(matches.size()).isEqualTo(2);
        assertThat(matches.get(0).get("score").asDouble()).isGreaterThan(0.8);
        assertThat(matches.get(1).get("score").asDouble()).isGreaterThan(0.8);
        var firstPerson = sql.<String>run(jdbc -> jdbc.sql("select person_id from referral where id = ?")
                .param(UUID.fromString(first.json().get("id").asString()))
                .query(String.class)
                .single());
        assertThat(matches.findValues("personId").stream().map(node -> node.asString()))
                .contains(firstPerson);

        var search = api.post("/api/v1/people/search", leadKey, json("givenName", "Mohamed", "familyName", "Khan"));
        assertThat(search.status()).isEqualTo(200);
        assertThat(search.json().size()).isEqualTo(3);
        assertThat(api.post("/api/v1/people/search", leadKey, "{}").status()).isEqualTo(400);
    }

    @Test
    void matchingFindsSwappedNamesAndDayMonthSwappedBirthDaysButNotAStrangerBornTheSameDay() {
        var known = personOf(api.post("/api/v1/referrals", referrerKey, referral("Callum", "Fairbairn", "2009-04-03")));
        var stranger =
                personOf(api.post("/api/v1/referrals", referrerKey, referral("Callum", "Okonkwo", "2009-04-03")));

        var swappedNames = api.post("/api/v1/referrals", leadKey, referral("Fairbairn", "Callum", "2009-04-03"));
        var swappedDay = api.post("/api/v1/referrals", leadKey, referral("Calum", "Fairbairne", "2009-03-04"));

        assertThat(matchedPeople(swappedNames)).contains(known).doesNotContain(stranger);
        assertThat(matchedPeople(swappedDay)).contains(known).doesNotContain(stranger);
    }

    private String personOf(Api.Answer response) {
        return sql.run(jdbc -> jdbc.sql("select person_id from referral where id = ?")
                .param(UUID.fromString(response.json().get("id").asString()))
                .query(String.class)
                .single());
    }

    private static List<String> matchedPeople(Api.Answer response) {
        var people = new ArrayList<String>();
        response.json()
                .get("possibleMatches")
                .forEach(m -> people.add(m.get("personId").asString()));
        return people;
    }

    @Test
    void codeListsAreServedWithTheirVersions() {
        var types = api.get("/api/v1/code-lists/TYPE_OF_CONCERN", referrerKey);

        assertThat(types.status()).isEqualTo(200);
        var versions = new ArrayList<String>();
        types.json().forEach(code -> versions.add(code.get("version").asString()));
        assertThat(versions).contains("2015", "2021", "2024");
        assertThat(api.get("/api/v1/code-lists/NOTHING", referrerKey).status()).isEqualTo(404);
    }

    @Test
    void everyReadAndChangeIsInTheAuditTrail() {
        var id = api.post("/api/v1/referrals", referrerKey, referral("Sam", "Example", "2009-03-14"))
                .json()
                .get("id")
                .asString();
        api.get("/api/v1/referrals/" + id, leadKey);
        api.post(
                "/api/v1/referrals/" + id + "/screening-decision",
                leadKey,
                json("outcome", "POLICE_LED", "appropriate", true, "reason", "Passed to CTP"));

        assertThat(sql.auditCount("REFERRAL_SUBMITTED", id)).isEqualTo(1);
        assertThat(sql.auditCount("REFERRAL_VIEWED", id)).isEqualTo(1);
        assertThat(sql.auditCount("REFERRAL_DECIDED", id)).isEqualTo(1);
    }

    private long countReferrals() {
        return sql.<Long>run(jdbc -> jdbc.sql("select count(*) from referral where tenant_id = ?")
                .param(tenant.id().value())
                .query(Long.class)
                .single());
    }
}
