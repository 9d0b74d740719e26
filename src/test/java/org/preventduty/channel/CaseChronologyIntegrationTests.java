package org.preventduty.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preventduty.channel.CaseSteps.daysAgo;
import static org.preventduty.channel.CaseSteps.today;
import static org.preventduty.support.Api.json;

import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
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

/** A case's chronology and notes, and finding cases, through the API. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({IdentityFixtures.class, SystemSql.class})
class CaseChronologyIntegrationTests {

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

    static String surname() {
        var letters = new StringBuilder("Chron");
        for (var i = 0; i < 6; i++) {
            letters.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return letters.toString();
    }

    String caseOpened(int daysAgo, String familyName) {
        return steps.accept(steps.referral(daysAgo(daysAgo + 2), "Robin", familyName, "2009-05-17"), daysAgo(daysAgo));
    }

    JsonNode chronology(String caseId, String query) {
        var answer = api.get("/api/v1/channel-cases/" + caseId + "/chronology" + query, lead);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().get("items");
    }

    static void refused(Api.Answer answer, int status, String field) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
    }

    @Test
    void theChronologyHoldsNotesAndEveryEventInDateOrderInWordsAPersonReads() {
        var caseId = caseOpened(30, surname());
        var meetingId = steps.meeting(daysAgo(20), caseId);
        steps.adopt(caseId, meetingId, daysAgo(20));
        var consent = api.post(
                "/api/v1/channel-cases/" + caseId + "/consent",
                lead,
                json(
                        "status",
                        "GIVEN",
                        "givenBy",
                        "PARENT_OR_GUARDIAN",
                        "guardianName",
                        "Pat Example",
                        "recordedOn",
                        daysAgo(18)));
        assertThat(consent.status()).as(consent.body()).isEqualTo(200);
        assertThat(steps.note(caseId, daysAgo(25), "Met the young person's head of year.")
                        .status())
                .isEqualTo(201);
        assertThat(steps.note(caseId, daysAgo(10), "Phoned mother about the mentoring.")
                        .status())
                .isEqualTo(201);

        var items = chronology(caseId, "");

        var days = new ArrayList<String>();
        var kinds = new ArrayList<String>();
        items.forEach(item -> {
            days.add(item.get("occurredOn").asString());
            kinds.add(item.get("kind").asString());
            assertThat(item.get("summary").asString()).doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-");
        });
        assertThat(days).isSorted();
        assertThat(kinds).containsExactly("OPENED", "NOTE", "PANEL_DISCUSSION", "DECISION", "CONSENT", "NOTE");
        assertThat(items.get(4).get("summary").asString())
                .isEqualTo("Consent given by a parent or guardian (Pat Example)");
        assertThat(items.get(1).get("summary").asString()).isEqualTo("Contact: Met the young person's head of year.");
        assertThat(items.get(3).get("summary").asString()).startsWith("Panel decision: Adopted (Unanimous).");
        assertThat(items.get(1).get("by").asString()).isNotBlank();
    }

    @Test
    void aNoteInTheFutureBeforeTheCaseOrTooLongIsRefusedAndNothingIsKept() {
        var caseId = caseOpened(5, surname());

        refused(steps.note(caseId, today().plusDays(1).toString(), "Tomorrow."), 422, "occurredOn");
        refused(steps.note(caseId, daysAgo(6), "Before the case."), 422, "occurredOn");
        refused(steps.note(caseId, daysAgo(1), "x".repeat(10_001)), 400, "text");
        refused(steps.note(caseId, daysAgo(1), "  "), 400, "text");
        var missingDay = api.post("/api/v1/channel-cases/" + caseId + "/notes", lead, json("text", "No day."));
        refused(missingDay, 400, "occurredOn");
        var badDay = api.post(
                "/api/v1/channel-cases/" + caseId + "/notes", lead, json("occurredOn", "2024-02-30", "text", "x"));
        assertThat(badDay.status()).isEqualTo(400);

        assertThat(chronology(caseId, "?kind=NOTE")).isEmpty();
        long kept = sql.run(jdbc -> jdbc.sql("select count(*) from case_note where case_id = ?")
                .param(UUID.fromString(caseId))
                .query(Long.class)
                .single());
        assertThat(kept).isZero();
        assertThat(steps.note(caseId, daysAgo(5), "On the day it opened.").status())
                .isEqualTo(201);
    }

    @Test
    void aCorrectedNoteShowsItsNewWordingAndKeepsTheEarlierOne() {
        var caseId = caseOpened(10, surname());
        var noteId = steps.note(caseId, daysAgo(3), "Spoke to the school.")
                .json()
                .get("id")
                .asString();
        var corrections = "/api/v1/channel-cases/" + caseId + "/notes/" + noteId + "/corrections";

        refused(
                api.post(corrections, lead, json("occurredOn", daysAgo(3), "text", "Spoke to the college.")),
                400,
                "reason");
        var corrected = api.post(
                corrections,
                lead,
                json(
                        "occurredOn",
                        daysAgo(2),
                        "category",
                        "MEETING",
                        "text",
                        "Met the college.",
                        "reason",
                        "It was the college, in person.",
                        "version",
                        0));
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        var stale = api.post(
                corrections, lead, json("occurredOn", daysAgo(2), "text", "Again.", "reason", "Stale.", "version", 0));
        assertThat(stale.status()).as(stale.body()).isEqualTo(409);

        var note = chronology(caseId, "?kind=NOTE").get(0);
        assertThat(note.get("summary").asString()).isEqualTo("Meeting: Met the college.");
        assertThat(note.get("occurredOn").asString()).isEqualTo(daysAgo(2));
        assertThat(note.get("corrected").asBoolean()).isTrue();
        var earlier = sql.run(jdbc -> jdbc.sql(
                        "select note_text, reason from case_note_correction where case_note_id = ? order by position")
                .param(UUID.fromString(noteId))
                .query((rs, n) -> rs.getString(1) + " / " + rs.getString(2))
                .list());
        assertThat(earlier).containsExactly("Spoke to the school. / It was the college, in person.");
    }

    @Test
    void theChronologyFiltersByKindAndByDays() {
        var caseId = caseOpened(20, surname());
        steps.note(caseId, daysAgo(15), "First.");
        steps.note(caseId, daysAgo(5), "Second.");

        assertThat(chronology(caseId, "?kind=NOTE")).hasSize(2);
        assertThat(chronology(caseId, "?kind=OPENED")).hasSize(1);
        var between = chronology(caseId, "?from=" + daysAgo(16) + "&to=" + daysAgo(10));
        assertThat(between).hasSize(1);
        assertThat(between.get(0).get("summary").asString()).isEqualTo("Contact: First.");
        assertThat(api.get("/api/v1/channel-cases/" + caseId + "/chronology?kind=NOPE", lead)
                        .status())
                .isEqualTo(400);
    }

    @Test
    void casesAreFoundByAnyPartOfANameADateOfBirthOrAReferenceWithinWhatTheCallerMaySee() {
        var family = surname();
        var referralId = steps.referral(daysAgo(12), "Jordan", family, "2008-02-29");
        var caseId = steps.accept(referralId, daysAgo(10));
        var caseReference = api.get("/api/v1/channel-cases/" + caseId, lead)
                .json()
                .get("reference")
                .asString();
        var referralReference = api.get("/api/v1/referrals/" + referralId, lead)
                .json()
                .get("reference")
                .asString();

        for (var q : new String[] {
            family.substring(2, 9).toUpperCase(),
            "jordan " + family.toLowerCase(),
            "2008-02-29",
            "29/2/2008",
            caseReference.toLowerCase(),
            referralReference
        }) {
            var found = api.get(
                    "/api/v1/channel-cases?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8),
                    lead);
            assertThat(found.status()).as(q + ": " + found.body()).isEqualTo(200);
            assertThat(found.json().get("items").findValuesAsString("id")).as(q).containsExactly(caseId);
        }
        assertThat(api.get("/api/v1/channel-cases?q=Nobody" + family, lead)
                        .json()
                        .get("totalItems")
                        .asLong())
                .isZero();
        refused(api.get("/api/v1/channel-cases?q=J", lead), 400, "q");
        refused(api.get("/api/v1/channel-cases?q=" + "x".repeat(101), lead), 400, "q");

        var caseWorker = fixtures.apiKey(tenant, Role.CASE_WORKER);
        assertThat(api.get("/api/v1/channel-cases?q=" + family, caseWorker)
                        .json()
                        .get("totalItems")
                        .asLong())
                .isZero();
        var otherCouncil = fixtures.apiKey(fixtures.tenant(), Role.PREVENT_LEAD);
        assertThat(api.get("/api/v1/channel-cases?q=" + family, otherCouncil)
                        .json()
                        .get("totalItems")
                        .asLong())
                .isZero();
        assertThat(api.get("/api/v1/channel-cases/" + caseId + "/chronology", otherCouncil)
                        .status())
                .isEqualTo(404);
        var referrer = fixtures.apiKey(tenant, Role.REFERRER);
        assertThat(api.get("/api/v1/channel-cases?q=" + family, referrer).status())
                .isEqualTo(403);
    }
}
