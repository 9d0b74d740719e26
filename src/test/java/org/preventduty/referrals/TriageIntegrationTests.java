package org.preventduty.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preventduty.identity.IdentityFixtures;
import org.preventduty.identity.IdentityFixtures.TestUser;
import org.preventduty.identity.Role;
import org.preventduty.identity.TenantSummary;
import org.preventduty.support.FormFields;
import org.preventduty.support.SystemSql;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
@Import({IdentityFixtures.class, SystemSql.class, ReferralFixtures.class})
class TriageIntegrationTests {

    @Autowired
    org.springframework.context.MessageSource messages;

    @Autowired
    MockMvc mvc;

    @Autowired
    IdentityFixtures fixtures;

    @Autowired
    ReferralFixtures referrals;

    @Autowired
    SystemSql sql;

    @Autowired
    ApplicationEvents events;

    TenantSummary tenant;
    TestUser referrer;
    TestUser lead;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        referrer = fixtures.user(tenant, Role.REFERRER);
        lead = fixtures.user(tenant, Role.PREVENT_LEAD);
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }

    @Test
    void theQueueShowsReferralsAwaitingADecisionWithTheirDueDaysAndMarkers() throws Exception {
        var fresh = referrals.submit(
                referrer,
                ReferralFixtures.complete("Fresh", "Case", LocalDate.of(2010, 1, 1))
                        .build());
        var old = referrals.submit(
                referrer,
                ReferralFixtures.complete("Old", "Case", LocalDate.of(2010, 1, 1))
                        .build(),
                today().minusDays(14));
        var urgent = referrals.submit(
                referrer,
                ReferralFixtures.complete("Urgent", "Case", LocalDate.of(2010, 1, 1))
                        .immediateRisk(true)
                        .build());
        var decided = referrals.submit(
                referrer,
                ReferralFixtures.complete("Done", "Case", LocalDate.of(2010, 1, 1))
                        .build());
        referrals.decide(
                lead, decided.id(), new ScreeningDecision(ScreeningOutcome.NO_FURTHER_ACTION, false, "No", null, null));

        var page = as(lead, get("/triage")).getContentAsString();

        assertThat(page)
                .contains(fresh.reference(), old.reference(), urgent.reference())
                .doesNotContain(decided.reference())
                .contains("Overdue")
                .contains("Immediate danger")
                .contains("Showing 1 to 3 of 3");
        // Soonest due first: the overdue one leads.
        assertThat(page.indexOf(old.reference())).isLessThan(page.indexOf(fresh.reference()));
        // Names are not listed, only initials.
        assertThat(page).doesNotContain("Fresh Case");
        assertThat(sql.auditCountByActor("REFERRALS_LISTED", "SUCCESS", lead.id()))
                .isPositive();
    }

    @Test
    void immediateDangerLeadsTheQueueWhateverTheSort() throws Exception {
        var overdue = referrals.submit(
                referrer,
                ReferralFixtures.complete("Overdue", "Case", LocalDate.of(2010, 1, 1))
                        .build(),
                today().minusDays(20));
        var urgent = referrals.submit(
                referrer,
                ReferralFixtures.complete("Urgent", "Case", LocalDate.of(2010, 1, 1))
                        .immediateRisk(true)
                        .build(),
                today().minusDays(2));
        var newer = referrals.submit(
                referrer,
                ReferralFixtures.complete("Newer", "Case", LocalDate.of(2010, 1, 1))
                        .build());

        for (var sort : QueueQuery.Sort.values()) {
            var page = as(lead, get("/triage").param("sort", sort.name())).getContentAsString();
            assertThat(page.indexOf(urgent.reference()))
                    .as("sorted by %s", sort)
                    .isPositive()
                    .isLessThan(page.indexOf(overdue.reference()))
                    .isLessThan(page.indexOf(newer.reference()));
        }
    }

    @Autowired
    ReferralTriage triage;

    @Test
    void aPageFoundFromWhereThePageBeforeEndedIsTheSameAsTheCountedPageInEveryOrder() throws Exception {
        var made = new java.util.ArrayList<ReferralIntake.Submitted>();
        for (int i = 0; i < 27; i++) {
            made.add(referrals.submit(
                    referrer,
                    ReferralFixtures.complete("Paged", "Person" + i, LocalDate.of(2010, 1, 1))
                            .immediateRisk(i % 5 == 0)
                            .build(),
                    today().minusDays(i % 4)));
        }
        for (int i = 0; i < 4; i++) {
            referrals.decide(
                    lead,
                    made.get(i * 2 + 1).id(),
                    new ScreeningDecision(ScreeningOutcome.NO_FURTHER_ACTION, false, "No", null, null));
        }
        var everyStatus =
                java.util.EnumSet.complementOf(java.util.EnumSet.of(ReferralStatus.DRAFT, ReferralStatus.DISCARDED));
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(fixtures.authentication(lead, true));
        try {
            for (var sort : QueueQuery.Sort.values()) {
                for (var statuses : java.util.List.<java.util.Set<ReferralStatus>>of(
                        java.util.Set.of(), everyStatus, java.util.Set.of(ReferralStatus.CLOSED_NO_FURTHER_ACTION))) {
                    var query = new QueueQuery(statuses, null, null, null, null, sort);
                    var counted = triage.queue(query, 0, 3, null);
                    java.util.UUID after = null;
                    for (int page = 0; page < counted.totalPages(); page++) {
                        var byCount = triage.queue(query, page, 3, null);
                        var fromEnd = triage.queue(query, page, 3, after);
                        assertThat(fromEnd.items())
                                .as(sort + " " + statuses + " page " + page)
                                .isEqualTo(byCount.items());
                        assertThat(fromEnd.totalItems()).isEqualTo(byCount.totalItems());
                        after = byCount.items().get(byCount.items().size() - 1).id();
                    }
                    assertThat(triage.queue(query, counted.totalPages(), 3, after)
                                    .items())
                            .as("after the last page")
                            .isEmpty();
                }
            }
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }

        // The page's "Next" link says where the page ended; a referral that is not in the queue is ignored.
        var first = as(lead, get("/triage?sort=NEWEST&status=SUBMITTED&status=CLOSED_NO_FURTHER_ACTION"))
                .getContentAsString();
        var next = java.util.regex.Pattern.compile("href=\"(/triage\\?[^\"]*after=[0-9a-f-]{36})\"")
                .matcher(first);
        assertThat(next.find()).as("a next link that says where the page ended").isTrue();
        var second = as(lead, get(next.group(1).replace("&amp;", "&"))).getContentAsString();
        assertThat(second).contains("Showing 26 to 27 of 27");
        assertThat(as(lead, get("/triage").param("after", "not-an-id")).getStatus())
                .isEqualTo(200);
    }

    @Test
    void theQueueFiltersSortsAndPages() throws Exception {
        var school = referrals.submit(
                referrer,
                ReferralFixtures.complete("School", "Kid", LocalDate.of(2010, 1, 1))
                        .typeOfConcern("ISLAMIST")
                        .build(),
                today().minusDays(20));
        var health = referrals.submit(
                referrer,
                ReferralFixtures.complete("Health", "Adult", LocalDate.of(1990, 1, 1))
                        .referrerSector("HEALTH")
                        .build());
        var decided = referrals.submit(
                referrer,
                ReferralFixtures.complete("Done", "Case", LocalDate.of(2010, 1, 1))
                        .build());
        referrals.decide(
                lead, decided.id(), new ScreeningDecision(ScreeningOutcome.POLICE_LED, true, "CT", null, null));

        assertThat(as(lead, get("/triage").param("sector", "HEALTH")).getContentAsString())
                .contains(health.reference())
                .doesNotContain(school.reference());
        assertThat(as(lead, get("/triage").param("typeOfConcern", "ISLAMIST")).getContentAsString())
                .contains(school.reference())
                .doesNotContain(health.reference());
        assertThat(as(lead, get("/triage").param("status", "POLICE_LED")).getContentAsString())
                .contains(decided.reference())
                .doesNotContain(school.reference());
        assertThat(as(lead, get("/triage").param("from", today().minusDays(5).toString()))
                        .getContentAsString())
                .contains(health.reference())
                .doesNotContain(school.reference());
        var newest = as(lead, get("/triage").param("sort", "NEWEST")).getContentAsString();
        assertThat(newest.indexOf(health.reference())).isLessThan(newest.indexOf(school.reference()));
        assertThat(as(lead, get("/triage").param("sector", "HEALTH").param("sector", "SPACE"))
                        .getStatus())
                .isEqualTo(200);
        var none = as(lead, get("/triage").param("sector", "PRISON")).getContentAsString();
        assertThat(none).contains("No referrals match the filters").contains("Clear filters");
        var bad = as(
                lead,
                get("/triage")
                        .param("from", "yesterday")
                        .param("sort", "SIDEWAYS")
                        .param("status", "NOPE"));
        assertThat(bad.getStatus()).isEqualTo(200);
        assertThat(bad.getContentAsString()).contains("Enter a real day, for example 27 3 2026.");
        var reversed = as(lead, get("/triage").param("from", "2026-02-01").param("to", "2026-01-01"));
        assertThat(reversed.getContentAsString()).contains("The first date must be before the second");
    }

    @Test
    void theReferralPageShowsEverythingSubmittedAndRecordsTheRead() throws Exception {
        var sent = referrals.submit(
                referrer,
                ReferralFixtures.complete("Aaliyah", "Rahman", LocalDate.of(2010, 11, 4))
                        .ethnicity("ASIAN_BANGLADESHI")
                        .religion("MUSLIM")
                        .build());

        var page = as(lead, get("/referrals/" + sent.id())).getContentAsString();

        assertThat(page)
                .contains("Aaliyah Rahman")
                .contains("4 November 2010")
                .contains("Shared a video praising an attack")
                .contains("Hillside Academy")
                .contains("History")
                .contains("Record the decision");
        assertThat(sql.auditCount("REFERRAL_VIEWED", sent.id())).isEqualTo(1);
        // The equality answers are counted in the equality figures and never shown for one person, even to the lead.
        assertThat(page)
                .doesNotContain("Equality monitoring")
                .doesNotContain("Bangladeshi")
                .doesNotContain("Muslim");
        var api = as(lead, get("/api/v1/referrals/" + sent.id()));
        assertThat(api.getStatus()).isEqualTo(200);
        assertThat(api.getContentAsString())
                .contains(sent.reference())
                .doesNotContain("ASIAN_BANGLADESHI")
                .doesNotContain("MUSLIM");
    }

    @Test
    void caseWorkersSeeOnlyWhatTheyAreAssignedAndNeverTheEqualityAnswers() throws Exception {
        var sent = referrals.submit(
                referrer,
                ReferralFixtures.complete("Assigned", "Person", LocalDate.of(2010, 1, 1))
                        .build());
        var caseWorker = fixtures.user(tenant, Role.CASE_WORKER);

        assertThat(as(caseWorker, get("/referrals/" + sent.id())).getStatus()).isEqualTo(404);
        assertThat(as(caseWorker, get("/referrals/assigned")).getContentAsString())
                .contains("No referrals are assigned");

        var assigned = as(
                lead,
                post("/referrals/" + sent.id() + "/assign")
                        .param("userId", caseWorker.id().toString()));
        assertThat(assigned.getRedirectedUrl()).isEqualTo("/referrals/" + sent.id());

        var page = as(caseWorker, get("/referrals/" + sent.id()));
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString())
                .contains("Assigned Person")
                .doesNotContain("Equality monitoring")
                .doesNotContain("White: English")
                .doesNotContain("Record the decision");
        assertThat(as(caseWorker, get("/referrals/assigned")).getContentAsString())
                .contains(sent.reference());
        assertThat(as(caseWorker, post("/referrals/" + sent.id() + "/decision")).getStatus())
                .isEqualTo(403);
        assertThat(as(referrer, get("/referrals/" + sent.id())).getStatus()).isEqualTo(403);

        as(
                lead,
                post("/referrals/" + sent.id() + "/unassign")
                        .param("userId", caseWorker.id().toString()));
        assertThat(as(caseWorker, get("/referrals/" + sent.id())).getStatus()).isEqualTo(404);
    }

    @Test
    void onlyCaseWorkersOfTheCouncilCanBeAssigned() throws Exception {
        var sent = referrals.submit(
                referrer,
                ReferralFixtures.complete("A", "B", LocalDate.of(2010, 1, 1)).build());
        var stranger = fixtures.user(fixtures.tenant(), Role.CASE_WORKER);

        var result = result(
                lead,
                post("/referrals/" + sent.id() + "/assign")
                        .param("userId", referrer.id().toString()));
        var foreign = result(
                lead,
                post("/referrals/" + sent.id() + "/assign")
                        .param("userId", stranger.id().toString()));
        var blank = result(lead, post("/referrals/" + sent.id() + "/assign"));

        assertThat(FormFields.refused(result.getResponse())).contains(message("assignment.notCaseWorker"));
        assertThat(FormFields.refused(foreign.getResponse())).contains(message("assignment.notCaseWorker"));
        assertThat(FormFields.refused(blank.getResponse()))
                .contains(message("triage.assign.blank"))
                .contains("href=\"#userId\"");
    }

    @Test
    void theDecisionSaysWhatIsMissingThenIsSavedAndTheReferrerSeesOnlyTheFeedback() throws Exception {
        var sent = referrals.submit(
                referrer,
                ReferralFixtures.complete("Decide", "Me", LocalDate.of(2010, 1, 1))
                        .build());
        assertThat(as(lead, get("/referrals/" + sent.id() + "/decision")).getStatus())
                .isEqualTo(200);
        var version = referrals.view(lead, sent.id()).version();

        var empty = as(lead, post("/referrals/" + sent.id() + "/decision").param("version", String.valueOf(version)));
        assertThat(empty.getStatus()).isEqualTo(200);
        assertThat(empty.getContentAsString())
                .contains("Select the outcome")
                .contains("Select whether the referral was appropriate")
                .contains("Enter the reason for the decision")
                .contains("Enter the day the decision was taken");
        var noService = as(
                lead,
                post("/referrals/" + sent.id() + "/decision")
                        .param("decidedOnDay", String.valueOf(today().getDayOfMonth()))
                        .param("decidedOnMonth", String.valueOf(today().getMonthValue()))
                        .param("decidedOnYear", String.valueOf(today().getYear()))
                        .param("outcome", "SIGNPOSTED")
                        .param("appropriate", "no")
                        .param("reason", "Mental health need")
                        .param("version", String.valueOf(version)));
        assertThat(noService.getContentAsString()).contains("Choose the service the person was signposted to");

        var saved = as(
                lead,
                post("/referrals/" + sent.id() + "/decision")
                        .param("decidedOnDay", String.valueOf(today().getDayOfMonth()))
                        .param("decidedOnMonth", String.valueOf(today().getMonthValue()))
                        .param("decidedOnYear", String.valueOf(today().getYear()))
                        .param("outcome", "SIGNPOSTED")
                        .param("appropriate", "no")
                        .param("reason", "A mental health need, not radicalisation.")
                        .param("signpostedTo", "MENTAL_HEALTH")
                        .param("feedback", "Thank you. We have asked the mental health team to help.")
                        .param("version", String.valueOf(version)));
        assertThat(saved.getRedirectedUrl()).isEqualTo("/referrals/" + sent.id());

        var status = as(referrer, get("/referrals/" + sent.id() + "/status")).getContentAsString();
        assertThat(status)
                .contains("Passed to another service")
                .contains("We have asked the mental health team to help.")
                .doesNotContain("not radicalisation")
                .doesNotContain("Shared a video");
        var again = result(
                lead,
                post("/referrals/" + sent.id() + "/decision")
                        .param("decidedOnDay", String.valueOf(today().getDayOfMonth()))
                        .param("decidedOnMonth", String.valueOf(today().getMonthValue()))
                        .param("decidedOnYear", String.valueOf(today().getYear()))
                        .param("outcome", "NO_FURTHER_ACTION")
                        .param("appropriate", "no")
                        .param("reason", "Again")
                        .param("version", String.valueOf(version + 1)));
        assertThat(FormFields.refused(again.getResponse())).contains(message("referral.decided"));
        assertThat(as(lead, get("/referrals/" + sent.id() + "/decision")).getRedirectedUrl())
                .isEqualTo("/referrals/" + sent.id());
    }

    @Test
    void acceptingForChannelPublishesTheEventTheChannelModuleListensTo() throws Exception {
        var sent = referrals.submit(
                referrer,
                ReferralFixtures.complete("Channel", "Case", LocalDate.of(2010, 1, 1))
                        .build());
        as(lead, post("/referrals/" + sent.id() + "/screening"));
        var version = referrals.view(lead, sent.id()).version();

        as(
                lead,
                post("/referrals/" + sent.id() + "/decision")
                        .param("decidedOnDay", String.valueOf(today().getDayOfMonth()))
                        .param("decidedOnMonth", String.valueOf(today().getMonthValue()))
                        .param("decidedOnYear", String.valueOf(today().getYear()))
                        .param("outcome", "ACCEPTED_FOR_CHANNEL")
                        .param("appropriate", "yes")
                        .param("reason", "Meets the threshold")
                        .param("version", String.valueOf(version)));

        var accepted = events.stream(ReferralAccepted.class)
                .filter(e -> e.referralId().equals(sent.id()))
                .toList();
        assertThat(accepted).hasSize(1);
        assertThat(accepted.get(0).channelCaseId())
                .isEqualTo(referrals.view(lead, sent.id()).channelCaseId());
        assertThat(as(lead, get("/referrals/" + sent.id())).getContentAsString())
                .contains("Accepted for Channel")
                .contains("Screening started");

        // The referrer is told the referral is being supported, not that Channel took it on ...
        var told = as(referrer, get("/referrals/" + sent.id() + "/status")).getContentAsString();
        assertThat(told)
                .contains("Being supported")
                .doesNotContain("Accepted for Channel")
                .doesNotContain("ACCEPTED");
        var toldByApi = as(referrer, get("/api/v1/referrals/" + sent.id()));
        assertThat(toldByApi.getStatus()).isEqualTo(200);
        assertThat(toldByApi.getContentAsString()).contains("BEING_SUPPORTED").doesNotContain("ACCEPTED_FOR_CHANNEL");
        assertThat(as(referrer, get("/referrals")).getContentAsString()).contains("Being supported");

        // ... unless the council chooses to tell its referrers the outcome in full.
        var admin = fixtures.user(tenant, Role.TENANT_ADMIN);
        var missing = as(admin, post("/admin/referrer-status").param("version", "0"));
        assertThat(missing.getStatus()).isEqualTo(200);
        assertThat(missing.getContentAsString()).contains("Choose what referrers are told.");
        var chosen = as(
                admin, post("/admin/referrer-status").param("choice", "outcome").param("version", "0"));
        assertThat(chosen.getRedirectedUrl()).isEqualTo("/admin/referrer-status");
        assertThat(as(referrer, get("/referrals/" + sent.id() + "/status")).getContentAsString())
                .contains("Accepted for Channel");
        var stale = result(
                admin, post("/admin/referrer-status").param("choice", "status").param("version", "0"));
        assertThat(FormFields.refused(stale.getResponse())).contains(message("referrerStatus.changedElsewhere"));
        assertThat(sql.auditCount("REFERRER_STATUS_SETTING_CHANGED", tenant.id().value()))
                .isEqualTo(1);
    }

    @Test
    void aDecisionSavedOverAnotherIsRefusedAsStale() throws Exception {
        var sent = referrals.submit(
                referrer,
                ReferralFixtures.complete("Stale", "Page", LocalDate.of(2010, 1, 1))
                        .build());
        var version = referrals.view(lead, sent.id()).version();
        as(lead, post("/referrals/" + sent.id() + "/screening"));

        var stale = result(
                lead,
                post("/referrals/" + sent.id() + "/decision")
                        .param("decidedOnDay", String.valueOf(today().getDayOfMonth()))
                        .param("decidedOnMonth", String.valueOf(today().getMonthValue()))
                        .param("decidedOnYear", String.valueOf(today().getYear()))
                        .param("outcome", "NO_FURTHER_ACTION")
                        .param("appropriate", "no")
                        .param("reason", "x")
                        .param("version", String.valueOf(version)));

        assertThat(FormFields.refused(stale.getResponse())).contains(message("record.changedElsewhere"));
        assertThat(referrals.view(lead, sent.id()).status()).isEqualTo(ReferralStatus.IN_SCREENING);
    }

    @Test
    void aRepeatReferralShowsThePossibleMatchWithReasonsAndCanBeLinkedAndUnlinked() throws Exception {
        var first = referrals.submit(
                referrer,
                ReferralFixtures.complete("Mohammed", "Khan", LocalDate.of(2008, 6, 1))
                        .build());
        var firstPerson = referrals.view(lead, first.id()).personId();
        var second = referrals.submit(
                referrer,
                ReferralFixtures.complete("Muhammad", "Khan", LocalDate.of(2008, 6, 1))
                        .build());

        var page = as(lead, get("/referrals/" + second.id())).getContentAsString();
        assertThat(page)
                .contains("Possible previous referrals")
                .contains("Mohammed Khan")
                .contains("Same date of birth")
                .contains("Same family name")
                .contains("This is the same person");

        as(lead, post("/referrals/" + second.id() + "/link").param("personId", firstPerson.toString()));
        assertThat(referrals.view(lead, second.id()).personId()).isEqualTo(firstPerson);
        var person = as(lead, get("/people/" + firstPerson)).getContentAsString();
        assertThat(person).contains(first.reference(), second.reference()).contains("Muhammad Khan");
        assertThat(sql.auditCount("PERSON_VIEWED", firstPerson)).isEqualTo(1);

        as(lead, post("/referrals/" + second.id() + "/undo-link"));
        var undone = referrals.view(lead, second.id());
        assertThat(undone.personId()).isEqualTo(undone.ownPersonId()).isNotEqualTo(firstPerson);
        assertThat(as(lead, get("/people/" + firstPerson)).getContentAsString()).doesNotContain(second.reference());
        assertThat(as(lead, get("/referrals/" + second.id())).getContentAsString())
                .contains("Link undone");

        as(lead, post("/referrals/" + second.id() + "/confirm-person"));
        assertThat(referrals.view(lead, second.id()).ownPersonStatus()).isEqualTo(PersonStatus.CONFIRMED);
    }

    @Test
    void aPersonReferredRepeatedlyWithoutReachingThePanelIsFlagged() throws Exception {
        var person = (UUID) null;
        for (int i = 0; i < 3; i++) {
            var sent = referrals.submit(
                    referrer,
                    ReferralFixtures.complete("Repeat", "Person", LocalDate.of(2007, 2, 2))
                            .build());
            if (person == null) {
                person = referrals.view(lead, sent.id()).personId();
            } else {
                var target = person;
                referrals.as(lead, () -> {
                    triage().linkToPerson(sent.id(), target);
                    return null;
                });
            }
            referrals.decide(
                    lead,
                    sent.id(),
                    new ScreeningDecision(ScreeningOutcome.NO_FURTHER_ACTION, false, "No", null, null));
        }

        assertThat(as(lead, get("/people/" + person)).getContentAsString())
                .contains("3 referrals about this person were decided without reaching the Channel panel");
    }

    @Test
    void peopleAreFoundBySearchAndTheSearchIsAudited() throws Exception {
        referrals.submit(
                referrer,
                ReferralFixtures.complete("Jonathan", "Smyth", LocalDate.of(2009, 5, 5))
                        .build());

        var found = as(
                lead,
                post("/people/search")
                        .param("givenName", "Jon")
                        .param("familyName", "Smith")
                        .param("dateOfBirthDay", "5")
                        .param("dateOfBirthMonth", "5")
                        .param("dateOfBirthYear", "2009"));
        var blank = as(lead, post("/people/search").param("givenName", "").param("familyName", ""));

        assertThat(found.getContentAsString()).contains("Jonathan Smyth").contains("1 person found");
        assertThat(blank.getContentAsString()).contains("Enter a given or family name");
        assertThat(sql.auditCountByActor("PEOPLE_SEARCHED", "SUCCESS", lead.id()))
                .isEqualTo(1);
    }

    @Test
    void theAllocatedWorkerRaisesARequestForSupportStaysTheLeadWorkerAndThePreventLeadAgreesIt() throws Exception {
        var sent = referrals.submit(
                referrer,
                ReferralFixtures.complete("Allocated", "Child", LocalDate.of(2013, 2, 2))
                        .build());
        referrals.decide(
                lead,
                sent.id(),
                new ScreeningDecision(
                        ScreeningOutcome.NO_FURTHER_ACTION, false, "Already allocated a social worker", null, null));
        var worker = fixtures.user(tenant, Role.CASE_WORKER);
        var stranger = fixtures.user(tenant, Role.CASE_WORKER);
        referrals.as(lead, () -> {
            triage.assign(sent.id(), worker.id());
            return null;
        });

        assertThat(as(stranger, get("/referrals/" + sent.id() + "/support-requests/new"))
                        .getStatus())
                .isEqualTo(404);
        assertThat(as(worker, get("/referrals/" + sent.id())).getContentAsString())
                .contains("/referrals/" + sent.id() + "/support-requests/new");
        var raised = as(
                worker,
                post("/referrals/" + sent.id() + "/support-requests/new")
                        .param("partnerName", "Northside Youth Club")
                        .param("leadWorkerName", "Sam Social Worker")
                        .param("leadWorkerRole", "Social worker")
                        .param("request", "Weekly mentoring for six weeks")
                        .param("requestedOnDay", String.valueOf(today().getDayOfMonth()))
                        .param("requestedOnMonth", String.valueOf(today().getMonthValue()))
                        .param("requestedOnYear", String.valueOf(today().getYear())));
        assertThat(raised.getRedirectedUrl()).isEqualTo("/referrals/" + sent.id() + "#support");
        var proposed = referrals.view(lead, sent.id()).supportRequests().get(0);
        assertThat(proposed.status()).isEqualTo(SupportRequestStatus.PROPOSED);
        assertThat(proposed.leadWorkerName()).isEqualTo("Sam Social Worker");
        assertThat(as(worker, get("/referrals/" + sent.id())).getContentAsString())
                .contains("Waiting for the Prevent lead to agree")
                .doesNotContain("/agreement");
        assertThat(as(
                                worker,
                                post("/referrals/" + sent.id() + "/support-requests/" + proposed.id() + "/agreement")
                                        .param("agreed", "true")
                                        .param("version", "0"))
                        .getStatus())
                .isEqualTo(403);

        var page = as(lead, get("/referrals/" + sent.id())).getContentAsString();
        assertThat(page).contains("Agree the request").contains("Do not agree");
        assertThat(as(lead, get("/tasks")).getContentAsString())
                .contains("Agree or refuse the request for support from Northside Youth Club");
        var stale = as(
                lead,
                post("/referrals/" + sent.id() + "/support-requests/" + proposed.id() + "/agreement")
                        .param("agreed", "true")
                        .param("version", "7"));
        assertThat(stale.getContentAsString()).contains("Someone changed the request since you opened it");
        var agreed = as(
                lead,
                post("/referrals/" + sent.id() + "/support-requests/" + proposed.id() + "/agreement")
                        .param("agreed", "true")
                        .param("version", String.valueOf(proposed.version())));
        assertThat(agreed.getRedirectedUrl()).isEqualTo("/referrals/" + sent.id());
        var requested = referrals.view(lead, sent.id()).supportRequests().get(0);
        assertThat(requested.status()).isEqualTo(SupportRequestStatus.REQUESTED);
        assertThat(requested.leadWorkerName()).isEqualTo("Sam Social Worker");
        var again = as(
                lead,
                post("/referrals/" + sent.id() + "/support-requests/" + proposed.id() + "/agreement")
                        .param("agreed", "false")
                        .param("version", String.valueOf(requested.version())));
        assertThat(again.getContentAsString()).contains("The request is not waiting for agreement");
    }

    @Test
    void aRequestForSupportFollowsAClosedReferralAndRecordsItsAnswerAndEnd() throws Exception {
        var sent = referrals.submit(
                referrer,
                ReferralFixtures.complete("Family", "Support", LocalDate.of(2012, 1, 1))
                        .build());
        assertThat(FormFields.refused(result(
                                lead,
                                post("/referrals/" + sent.id() + "/support-requests/new")
                                        .param("partnerName", "Youth Club")
                                        .param("leadWorkerName", "Pat Worker")
                                        .param("leadWorkerRole", "Social worker")
                                        .param("request", "Mentoring")
                                        .param("requestedOnDay", "1")
                                        .param("requestedOnMonth", "1")
                                        .param("requestedOnYear", "2026"))
                        .getResponse()))
                .contains(message("supportRequest.notDecided"));
        referrals.decide(
                lead,
                sent.id(),
                new ScreeningDecision(
                        ScreeningOutcome.NO_FURTHER_ACTION, false, "Already allocated a social worker", null, null));

        assertThat(as(lead, get("/referrals/" + sent.id() + "/support-requests/new"))
                        .getStatus())
                .isEqualTo(200);
        var missing = as(
                lead,
                post("/referrals/" + sent.id() + "/support-requests/new")
                        .param("requestedOnDay", "40")
                        .param("requestedOnMonth", "1")
                        .param("requestedOnYear", "2026"));
        assertThat(missing.getContentAsString())
                .contains("Choose a partner or enter the name of another organisation")
                .contains("Date of the request must be a real date");
        var made = as(
                lead,
                post("/referrals/" + sent.id() + "/support-requests/new")
                        .param("partnerName", "Northside Youth Club")
                        .param("leadWorkerName", "Pat Worker")
                        .param("leadWorkerRole", "Social worker")
                        .param("request", "Weekly mentoring for six weeks")
                        .param("requestedOnDay", String.valueOf(today().getDayOfMonth()))
                        .param("requestedOnMonth", String.valueOf(today().getMonthValue()))
                        .param("requestedOnYear", String.valueOf(today().getYear())));
        assertThat(made.getRedirectedUrl()).isEqualTo("/referrals/" + sent.id() + "#support");

        var request = referrals.view(lead, sent.id()).supportRequests().get(0);
        assertThat(request.status()).isEqualTo(SupportRequestStatus.REQUESTED);
        assertThat(request.leadWorkerName()).isEqualTo("Pat Worker");
        assertThat(as(lead, get("/support-requests/" + request.id() + "/response"))
                        .getStatus())
                .isEqualTo(200);
        var noAnswer =
                as(lead, post("/support-requests/" + request.id() + "/response").param("version", "0"));
        assertThat(noAnswer.getContentAsString())
                .contains("Select whether the partner accepted")
                .contains("Enter the date");
        as(
                lead,
                post("/support-requests/" + request.id() + "/response")
                        .param("accepted", "yes")
                        .param("onDay", String.valueOf(today().getDayOfMonth()))
                        .param("onMonth", String.valueOf(today().getMonthValue()))
                        .param("onYear", String.valueOf(today().getYear()))
                        .param("version", String.valueOf(request.version())));
        var accepted = referrals.view(lead, sent.id()).supportRequests().get(0);
        assertThat(accepted.status()).isEqualTo(SupportRequestStatus.ACCEPTED);

        as(
                lead,
                post("/support-requests/" + request.id() + "/end")
                        .param("reason", "Mentoring completed")
                        .param("onDay", String.valueOf(today().getDayOfMonth()))
                        .param("onMonth", String.valueOf(today().getMonthValue()))
                        .param("onYear", String.valueOf(today().getYear()))
                        .param("version", String.valueOf(accepted.version())));
        var ended = referrals.view(lead, sent.id()).supportRequests().get(0);
        assertThat(ended.status()).isEqualTo(SupportRequestStatus.ENDED);
        assertThat(ended.endReason()).isEqualTo("Mentoring completed");
        assertThat(as(lead, get("/referrals/" + sent.id())).getContentAsString())
                .contains("Northside Youth Club")
                .contains("Support ended");
    }

    @Test
    void anotherCouncilsLeadFindsNothing() throws Exception {
        var sent = referrals.submit(
                referrer,
                ReferralFixtures.complete("Private", "Person", LocalDate.of(2010, 1, 1))
                        .build());
        var otherLead = fixtures.user(fixtures.tenant(), Role.PREVENT_LEAD);
        var person = referrals.view(lead, sent.id()).personId();

        assertThat(as(otherLead, get("/referrals/" + sent.id())).getStatus()).isEqualTo(404);
        assertThat(as(otherLead, get("/people/" + person)).getStatus()).isEqualTo(404);
        assertThat(as(otherLead, get("/triage")).getContentAsString()).doesNotContain(sent.reference());
        assertThat(as(otherLead, post("/referrals/" + sent.id() + "/screening")).getStatus())
                .isEqualTo(404);
    }

    @Autowired
    ReferralTriage triageService;

    private ReferralTriage triage() {
        return triageService;
    }

    private MockHttpServletResponse as(TestUser user, MockHttpServletRequestBuilder request) throws Exception {
        return result(user, request).getResponse();
    }

    private MvcResult result(TestUser user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(csrf()).with(authentication(fixtures.authentication(user, true))))
                .andReturn();
    }

    private String message(String code) {
        return messages.getMessage(code, null, java.util.Locale.UK);
    }
}
