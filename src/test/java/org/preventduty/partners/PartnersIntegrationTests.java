package org.preventduty.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preventduty.support.FormFields.day;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preventduty.identity.IdentityFixtures;
import org.preventduty.identity.IdentityFixtures.TestUser;
import org.preventduty.identity.Role;
import org.preventduty.referrals.ReferralFixtures;
import org.preventduty.support.FormFields;
import org.preventduty.support.SystemSql;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
@Import({IdentityFixtures.class, SystemSql.class, ReferralFixtures.class})
class PartnersIntegrationTests {

    @Autowired
    org.springframework.context.MessageSource messages;

    @Autowired
    MockMvc mvc;

    @Autowired
    IdentityFixtures fixtures;

    @Autowired
    SystemSql sql;

    TestUser officer;

    @BeforeEach
    void setUp() {
        officer = fixtures.user(fixtures.tenant(), Role.DELIVERY_OFFICER);
    }

    @Test
    void anOrganisationIsRegisteredWithItsContactsAndEngagementAndListedByType() throws Exception {
        var created = perform(post("/partners")
                .param("name", "Oak Primary School")
                .param("type", "SCHOOL")
                .param("sector", "Education")
                .param("spocName", "Deputy head")
                .param("spocEmail", "dsl@oak.example"));
        var page = created.getResponse().getRedirectedUrl();
        assertThat(page).startsWith("/partners/");
        perform(post("/partners").param("name", "Riverside Housing").param("type", "HOUSING"));
        perform(post(page + "/contacts").param("contactName", "Office manager").param("role", "Bookings"));
        perform(post(page + "/engagements")
                .params(day("happenedOn", LocalDate.parse("2024-05-10")))
                .param("kind", "BRIEFING")
                .param("ledBy", "Prevent education officer")
                .param("summary", "Briefed the staff on the referral pathway"));

        assertThat(html(get(page)))
                .contains("Oak Primary School")
                .contains("Deputy head, dsl@oak.example")
                .contains("Office manager, Bookings")
                .contains("Briefed the staff on the referral pathway");
        var schools = html(get("/partners").param("type", "SCHOOL"));
        assertThat(schools)
                .contains("Oak Primary School")
                .contains("10 May 2024")
                .doesNotContain("Riverside Housing");
        var id = UUID.fromString(page.substring(page.lastIndexOf('/') + 1));
        assertThat(sql.auditCount("PARTNER_ENGAGEMENT_LOGGED", id)).isEqualTo(1);

        var contact = sql.run(jdbc -> jdbc.sql("select id from partner_contact where organisation_id = ?")
                .param(id)
                .query(UUID.class)
                .single());
        var removed = perform(post(page + "/contacts/" + contact + "/remove"));
        assertThat(removed.getFlashMap().get("success")).isEqualTo("partners.contact.removed");
        assertThat(html(get(page)))
                .doesNotContain("<span>Office manager, Bookings</span>")
                .containsPattern("(?s)Contact</td>\\s*<td[^>]*>Office manager, Bookings</td>\\s*<td[^>]*>—</td>")
                .containsPattern("(?s)Contact</td>\\s*<td[^>]*>—</td>\\s*<td[^>]*>Office manager, Bookings</td>");
        assertThat(perform(post(page + "/contacts/" + UUID.randomUUID() + "/remove"))
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void badEntriesAreRefusedWithTheirReasonAndNothingIsSaved() throws Exception {
        assertThat(refused(post("/partners").param("name", "").param("type", "SCHOOL")))
                .contains(message("partners.organisation.name.invalid"));
        assertThat(refused(post("/partners").param("name", "X").param("type", "CASTLE")))
                .contains(message("typeMismatch"));
        assertThat(refused(post("/partners")
                        .param("name", "Y")
                        .param("type", "SCHOOL")
                        .param("spocEmail", "not an email")))
                .contains(message("partners.organisation.email.invalid"));
        perform(post("/partners").param("name", "Z School").param("type", "SCHOOL"));
        assertThat(refused(post("/partners").param("name", "Z School").param("type", "SCHOOL")))
                .contains(message("partners.organisation.taken"));
        assertThat(sql.<Long>run(jdbc -> jdbc.sql("select count(*) from partner_organisation where tenant_id = ?")
                        .param(officer.tenantId().value())
                        .query(Long.class)
                        .single()))
                .isEqualTo(1);
        var id = sql.run(jdbc -> jdbc.sql("select id from partner_organisation where tenant_id = ?")
                .param(officer.tenantId().value())
                .query(UUID.class)
                .single());
        assertThat(refused(post("/partners/" + id + "/engagements")
                        .params(day("happenedOn", LocalDate.parse("2999-01-01")))
                        .param("kind", "VISIT")
                        .param("ledBy", "Me")
                        .param("summary", "Future")))
                .contains(message("partners.engagement.day.invalid"));
    }

    @Test
    void aProjectRecordsItsQuartersWithAgeAndSexThatAddUpAndReportsTotals() throws Exception {
        var created = perform(post("/partners/projects")
                .param("title", "Parenting programme")
                .param("provider", "Parents Network")
                .param("fundingSource", "Home Office Prevent grant")
                .param("amount", "45,000.00")
                .params(day("startsOn", LocalDate.parse("2016-04-01")))
                .params(day("endsOn", LocalDate.parse("2017-03-31"))));
        var page = created.getResponse().getRedirectedUrl();
        assertThat(page).startsWith("/partners/projects/");
        output(page, "2016-04-01", "4", "60", "55", "5");
        output(page, "2016-07-01", "5", "62", "58", "4");

        assertThat(refused(post(page + "/outputs")
                        .params(day("quarterStart", LocalDate.parse("2016-10-01")))
                        .param("series", "1")
                        .param("participants", "10")
                        .param("age25AndOver", "9")
                        .param("female", "10")))
                .contains(message("partners.output.sums.invalid"));
        assertThat(refused(post(page + "/outputs")
                        .params(day("quarterStart", LocalDate.parse("2016-10-02")))
                        .param("series", "1")))
                .contains(message("partners.output.quarter.invalid"));
        assertThat(refused(post(page + "/outputs")
                        .params(day("quarterStart", LocalDate.parse("2016-10-01")))
                        .param("series", "many")))
                .contains(message("typeMismatch.java.lang.Integer"))
                .contains("href=\"#series\"");
        assertThat(refused(post(page + "/outputs")
                        .params(day("quarterStart", LocalDate.parse("2016-10-01")))
                        .param("series", "-1")))
                .contains(message("partners.output.count.invalid"));
        var again = perform(post(page + "/outputs")
                .params(day("quarterStart", LocalDate.parse("2016-04-01")))
                .param("series", "1")
                .param("participants", "1")
                .param("age25AndOver", "1")
                .param("female", "1"));
        assertThat(FormFields.refused(again.getResponse())).contains(message("partners.output.recorded"));

        var html = html(get(page));
        assertThat(html).contains("£45,000.00").containsPattern("(?s)Total</th>\\s*<td[^>]*>9</td>.*?>122</td>");
        assertThat(html(get("/partners/projects")))
                .contains("Parenting programme")
                .contains("122");
        var csv = perform(get("/partners/projects.csv")).getResponse().getContentAsString();
        assertThat(csv)
                .startsWith("project,provider,funding_source,quarter_start,series,sessions,participants")
                .contains(
                        "Parenting programme,Parents Network,Home Office Prevent grant,2016-04-01,4,24,60,0,0,60,0,55,5,0");
    }

    @Test
    void assuranceAndDueDiligenceAreKeptWithTheOrganisationAndADueCheckIsMarked() throws Exception {
        var page = perform(post("/partners").param("name", "Faith Forum").param("type", "FAITH_ORGANISATION"))
                .getResponse()
                .getRedirectedUrl();
        perform(post(page + "/assurance")
                .param("kind", "SELF_ASSESSMENT")
                .param("title", "s175 safeguarding audit")
                .params(day("assessedOn", LocalDate.parse("2024-02-01")))
                .param("result", "Good")
                .param("followUp", "Refresh the Prevent policy"));
        perform(post(page + "/checks")
                .param("purpose", "FUNDING")
                .param("checksDone", "Websites, trustees, speakers at past events")
                .param("sources", "Charity Commission register")
                .param("outcome", "CLEAR")
                .param("reviewer", "Prevent coordinator")
                .params(day("checkedOn", LocalDate.parse("2024-03-01")))
                .params(day("nextCheckOn", LocalDate.parse("2025-03-01"))));
        assertThat(refused(post(page + "/checks")
                        .param("purpose", "FUNDING")
                        .param("checksDone", "x")
                        .param("outcome", "CLEAR")
                        .param("reviewer", "r")
                        .params(day("checkedOn", LocalDate.parse("2024-03-01")))
                        .params(day("nextCheckOn", LocalDate.parse("2024-02-01")))))
                .contains(message("partners.check.next.invalid"));

        var html = html(get(page));
        assertThat(html)
                .contains("s175 safeguarding audit")
                .contains("Refresh the Prevent policy")
                .contains("Charity Commission register")
                .containsPattern("(?s)1 Mar 2025</span>\\s*<strong[^>]*>Due</strong>");
    }

    @Test
    void venueChecksContractsAndGrantsAreRecordedAndAContractWithoutTheClauseStandsOut() throws Exception {
        perform(post("/partners/venues")
                .param("venue", "Town hall, room 2")
                .param("bookedBy", "A community group")
                .param("event", "Public talk")
                .params(day("eventOn", LocalDate.parse("2024-06-01")))
                .param("speakers", "Two invited speakers")
                .param("checksDone", "Speakers' public statements and websites")
                .param("outcome", "ALLOWED_WITH_CONDITIONS")
                .param("decidedBy", "Facilities manager")
                .params(day("decidedOn", LocalDate.parse("2024-05-20"))));
        assertThat(refused(post("/partners/venues").param("venue", "Hall")))
                .contains(message("partners.venue.bookedBy.invalid"));
        perform(post("/partners/contracts")
                .param("service", "Youth outreach")
                .param("provider", "Youth Link")
                .params(day("startsOn", LocalDate.parse("2024-04-01")))
                .param("preventClause", "true"));
        perform(post("/partners/contracts")
                .param("service", "Security")
                .param("provider", "Guarding Ltd")
                .params(day("startsOn", LocalDate.parse("2024-04-01"))));
        perform(post("/partners/grants")
                .param("source", "Home Office Prevent grant")
                .param("amount", "120000")
                .params(day("startsOn", LocalDate.parse("2024-04-01")))
                .params(day("endsOn", LocalDate.parse("2025-03-31")))
                .param("paysFor", "Prevent coordinator and education officer posts"));
        assertThat(refused(post("/partners/grants")
                        .param("source", "X")
                        .param("amount", "lots")
                        .params(day("startsOn", LocalDate.parse("2024-04-01")))
                        .param("paysFor", "Y")))
                .contains(message("partners.project.amount.invalid"));

        assertThat(html(get("/partners/venues")))
                .contains("Public talk")
                .contains("Allowed with conditions, Facilities manager, 20 May 2024");
        var venues = perform(get("/partners/venues.csv")).getResponse().getContentAsString();
        assertThat(venues).contains("\"Town hall, room 2\",A community group,,Public talk,2024-06-01");
        var funding = html(get("/partners/funding"));
        assertThat(funding).containsPattern("(?s)Security</a></td>.*?Missing").contains("£120,000.00");
        assertThat(perform(get("/partners/contracts.csv")).getResponse().getContentAsString())
                .startsWith("service,provider,starts_on,ends_on,prevent_clause")
                .contains("Security,Guarding Ltd,2024-04-01,,false")
                .contains("Youth outreach,Youth Link,2024-04-01,,true");
        assertThat(perform(get("/partners/grants.csv")).getResponse().getContentAsString())
                .contains("Home Office Prevent grant,120000.00,2024-04-01,2025-03-31,"
                        + "Prevent coordinator and education officer posts");
    }

    @Test
    void anOrganisationsDetailsAreChangedWithTheirHistoryAndAChangeFromAnOldCopyIsRefused() throws Exception {
        var page = perform(post("/partners")
                        .param("name", "Oak Primary School")
                        .param("type", "SCHOOL")
                        .param("spocName", "Deputy head"))
                .getResponse()
                .getRedirectedUrl();
        var id = UUID.fromString(page.substring(page.lastIndexOf('/') + 1));

        var changed = perform(post(page + "/details")
                .param("version", "0")
                .param("name", "Oak Academy")
                .param("type", "SCHOOL")
                .param("spocName", "Designated safeguarding lead")
                .param("spocEmail", "dsl@oak.example"));

        assertThat(changed.getFlashMap().get("success")).isEqualTo("partners.organisation.changed");
        var shown = html(get(page));
        assertThat(shown)
                .contains("<h1 class=\"govuk-heading-l\">Oak Academy</h1>")
                .contains("Change history")
                .containsPattern("(?s)Name</td>\\s*<td[^>]*>Oak Primary School</td>\\s*<td[^>]*>Oak Academy</td>")
                .containsPattern("(?s)Email</td>\\s*<td[^>]*>—</td>\\s*<td[^>]*>dsl@oak.example</td>")
                .contains("Test " + officer.email().substring(5, 10));
        assertThat(sql.auditCount("PARTNER_CHANGED", id)).isEqualTo(1);

        assertThat(refused(post(page + "/details")
                        .param("version", "0")
                        .param("name", "Oak Junior School")
                        .param("type", "SCHOOL")))
                .contains(message("partners.organisation.stale"));
        assertThat(refused(post(page + "/details")
                        .param("version", "1")
                        .param("name", "Oak Academy")
                        .param("type", "SCHOOL")
                        .param("spocEmail", "not an email")))
                .contains(message("partners.organisation.email.invalid"));
        assertThat(html(get(page))).contains("Oak Academy").doesNotContain("Oak Junior School");
        assertThat(sql.auditCount("PARTNER_CHANGED", id)).isEqualTo(1);
        long changes =
                sql.run(jdbc -> jdbc.sql("select count(distinct change_id) from record_change where record_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single());
        assertThat(changes).as("the record as added, then the one change").isEqualTo(2);
    }

    @Test
    void aProjectIsChangedWithItsHistoryKeepingItsQuartersAndTheListIsPaged() throws Exception {
        var page = perform(post("/partners/projects")
                        .param("title", "Parenting programme")
                        .param("provider", "Family Action")
                        .param("fundingSource", "Home Office Prevent grant")
                        .param("amount", "12500.00")
                        .params(day("startsOn", LocalDate.parse("2019-04-01"))))
                .getResponse()
                .getRedirectedUrl();
        output(page, "2019-04-01", "3", "40", "30", "10");

        var changed = perform(post(page + "/details")
                .param("version", "0")
                .param("title", "Parenting programme")
                .param("provider", "Family Action")
                .param("fundingSource", "Home Office Prevent grant")
                .param("amount", "15000.00")
                .params(day("startsOn", LocalDate.parse("2019-04-01")))
                .params(day("endsOn", LocalDate.parse("2020-03-31"))));

        assertThat(changed.getFlashMap().get("success")).isEqualTo("partners.project.changed");
        assertThat(html(get(page)))
                .containsPattern("(?s)Amount</td>\\s*<td[^>]*>£12500.00</td>\\s*<td[^>]*>£15000.00</td>")
                .contains("1 April 2019 to 31 March 2020")
                .contains("April 2019");
        assertThat(refused(post(page + "/details")
                        .param("version", "1")
                        .param("title", "Parenting programme")
                        .param("provider", "Family Action")
                        .param("fundingSource", "Home Office Prevent grant")
                        .params(day("startsOn", LocalDate.parse("2019-04-01")))
                        .params(day("endsOn", LocalDate.parse("2018-01-01")))))
                .contains(message("partners.project.ends.invalid"));

        for (var i = 1; i <= 25; i++) {
            perform(post("/partners/projects")
                    .param("title", "Youth project " + i)
                    .param("provider", "Youth service")
                    .param("fundingSource", "Community safety fund")
                    .params(day("startsOn", LocalDate.of(2021, 1, 1).plusDays(i))));
        }
        assertThat(html(get("/partners/projects")))
                .contains("Showing 1 to 25 of 26")
                .contains("Youth project 25")
                .doesNotContain("Parenting programme");
        assertThat(html(get("/partners/projects").param("page", "1")))
                .contains("Showing 26 to 26 of 26")
                .contains("Parenting programme");
    }

    @Test
    void aDueDiligenceCheckIsCorrectedWithItsHistoryAndAContractGainsTheClauseByVariation() throws Exception {
        var page = perform(post("/partners").param("name", "Faith Forum").param("type", "FAITH_ORGANISATION"))
                .getResponse()
                .getRedirectedUrl();
        perform(post(page + "/checks")
                .param("purpose", "FUNDING")
                .param("checksDone", "Websites and trustees")
                .param("outcome", "CLEAR")
                .param("reviewer", "Prevent coordinator")
                .params(day("checkedOn", LocalDate.parse("2024-03-01"))));
        var organisation = UUID.fromString(page.substring(page.lastIndexOf('/') + 1));
        var check = sql.run(jdbc -> jdbc.sql("select id from partner_check where organisation_id = ?")
                .param(organisation)
                .query(UUID.class)
                .single());
        assertThat(html(get(page))).contains("href=\"/partners/checks/" + check + "\"");

        var corrected = perform(post("/partners/checks/" + check)
                .param("version", "0")
                .param("purpose", "FUNDING")
                .param("checksDone", "Websites and trustees")
                .param("outcome", "CONCERNS")
                .param("reviewer", "Prevent coordinator")
                .params(day("checkedOn", LocalDate.parse("2024-03-01")))
                .params(day("nextCheckOn", LocalDate.parse("2024-09-01"))));

        assertThat(corrected.getFlashMap().get("success")).isEqualTo("partners.check.changed");
        assertThat(html(get("/partners/checks/" + check)))
                .contains("Due diligence on Faith Forum")
                .containsPattern("(?s)Outcome</td>\\s*<td[^>]*>Clear</td>\\s*<td[^>]*>Concerns</td>")
                .containsPattern("(?s)Next check</td>\\s*<td[^>]*>—</td>\\s*<td[^>]*>2024-09-01</td>");
        assertThat(refused(post("/partners/checks/" + check)
                        .param("version", "0")
                        .param("purpose", "FUNDING")
                        .param("checksDone", "Websites")
                        .param("outcome", "DECLINED")
                        .param("reviewer", "Prevent coordinator")
                        .params(day("checkedOn", LocalDate.parse("2024-03-01")))))
                .contains(message("partners.check.stale"));
        assertThat(refused(post("/partners/checks/" + check)
                        .param("version", "1")
                        .param("purpose", "FUNDING")
                        .param("checksDone", "")
                        .param("outcome", "DECLINED")
                        .param("reviewer", "Prevent coordinator")
                        .params(day("checkedOn", LocalDate.parse("2024-03-01")))))
                .contains(message("partners.check.done.invalid"));
        assertThat(sql.auditCount("PARTNER_DUE_DILIGENCE_CHANGED", check)).isEqualTo(1);

        perform(post("/partners/contracts")
                .param("service", "Security")
                .param("provider", "Guarding Ltd")
                .params(day("startsOn", LocalDate.parse("2024-04-01"))));
        var contract = sql.run(jdbc -> jdbc.sql(
                        "select c.id from partner_contract c where c.service = 'Security'" + " and c.tenant_id = ?")
                .param(officer.tenantId().value())
                .query(UUID.class)
                .single());
        assertThat(html(get("/partners/funding"))).contains("href=\"/partners/contracts/" + contract + "\"");
        perform(post("/partners/contracts/" + contract)
                .param("version", "0")
                .param("service", "Security")
                .param("provider", "Guarding Ltd")
                .params(day("startsOn", LocalDate.parse("2024-04-01")))
                .param("preventClause", "true"));

        assertThat(html(get("/partners/contracts/" + contract)))
                .containsPattern("(?s)Prevent duty clause</td>\\s*<td[^>]*>Missing</td>\\s*<td[^>]*>Included</td>");
        assertThat(html(get("/partners/funding"))).doesNotContain(">Missing</strong>");
        assertThat(sql.auditCount("CONTRACT_CHANGED", contract)).isEqualTo(1);
    }

    @Test
    void aVenueCheckRevisitedWhenASpeakerChangesKeepsItsFirstDecisionInItsHistory() throws Exception {
        perform(post("/partners/venues")
                .param("venue", "Town hall, room 2")
                .param("bookedBy", "A community group")
                .param("event", "Public talk")
                .params(day("eventOn", LocalDate.parse("2024-06-01")))
                .param("speakers", "Two invited speakers")
                .param("checksDone", "Speakers' public statements and websites")
                .param("outcome", "ALLOWED")
                .param("decidedBy", "Facilities manager")
                .params(day("decidedOn", LocalDate.parse("2024-05-20"))));
        var check = sql.run(jdbc -> jdbc.sql("select id from partner_venue_check where tenant_id = ?")
                .param(officer.tenantId().value())
                .query(UUID.class)
                .single());
        assertThat(html(get("/partners/venues"))).contains("href=\"/partners/venues/" + check + "\"");
        assertThat(html(get("/partners/venues").param("decision", "REFUSED"))).doesNotContain("Public talk");

        var changed = perform(post("/partners/venues/" + check)
                .param("version", "0")
                .param("venue", "Town hall, room 2")
                .param("bookedBy", "A community group")
                .param("event", "Public talk")
                .params(day("eventOn", LocalDate.parse("2024-06-01")))
                .param("speakers", "A replacement speaker")
                .param("checksDone", "The replacement speaker's statements")
                .param("outcome", "REFUSED")
                .param("decidedBy", "Prevent coordinator")
                .params(day("decidedOn", LocalDate.parse("2024-05-28"))));

        assertThat(changed.getFlashMap().get("success")).isEqualTo("partners.venue.changed");
        assertThat(html(get("/partners/venues").param("decision", "REFUSED"))).contains("Public talk");
        assertThat(html(get("/partners/venues").param("decision", "ALLOWED"))).doesNotContain("Public talk");
        assertThat(html(get("/partners/venues/" + check)))
                .containsPattern("(?s)Decision</td>\\s*<td[^>]*>Allowed</td>\\s*<td[^>]*>Refused</td>")
                .containsPattern("(?s)Speakers \\(optional\\)</td>\\s*<td[^>]*>Two invited speakers</td>");
        assertThat(refused(post("/partners/venues/" + check)
                        .param("version", "0")
                        .param("venue", "Hall")
                        .param("bookedBy", "Group")
                        .param("event", "Talk")
                        .params(day("eventOn", LocalDate.parse("2024-06-01")))
                        .param("checksDone", "x")
                        .param("outcome", "ALLOWED")
                        .param("decidedBy", "y")
                        .params(day("decidedOn", LocalDate.parse("2024-05-28")))))
                .contains(message("partners.venue.stale"));
        assertThat(refused(
                        post("/partners/venues/" + check).param("version", "1").param("venue", "Hall")))
                .contains(message("partners.venue.bookedBy.invalid"));
        assertThat(sql.auditCount("VENUE_CHECK_CHANGED", check)).isEqualTo(1);
    }

    @Test
    void aGrantRevisedUpwardsKeepsItsFirstAmountInItsHistory() throws Exception {
        perform(post("/partners/grants")
                .param("source", "Home Office Prevent grant")
                .param("amount", "120000")
                .params(day("startsOn", LocalDate.parse("2024-04-01")))
                .params(day("endsOn", LocalDate.parse("2025-03-31")))
                .param("paysFor", "Prevent coordinator post"));
        var grant = sql.run(jdbc -> jdbc.sql("select id from partner_grant where tenant_id = ?")
                .param(officer.tenantId().value())
                .query(UUID.class)
                .single());
        assertThat(html(get("/partners/funding"))).contains("href=\"/partners/grants/" + grant + "\"");

        var changed = perform(post("/partners/grants/" + grant)
                .param("version", "0")
                .param("source", "Home Office Prevent grant")
                .param("amount", "135000.50")
                .params(day("startsOn", LocalDate.parse("2024-04-01")))
                .params(day("endsOn", LocalDate.parse("2025-03-31")))
                .param("paysFor", "Prevent coordinator and education officer posts"));

        assertThat(changed.getFlashMap().get("success")).isEqualTo("partners.grant.changed");
        assertThat(html(get("/partners/grants/" + grant)))
                .contains("£135,000.50")
                .containsPattern("(?s)Amount</td>\\s*<td[^>]*>£120000.00</td>\\s*<td[^>]*>£135000.50</td>");
        assertThat(refused(post("/partners/grants/" + grant)
                        .param("version", "0")
                        .param("source", "Home Office Prevent grant")
                        .param("amount", "1")
                        .params(day("startsOn", LocalDate.parse("2024-04-01")))
                        .param("paysFor", "x")))
                .contains(message("partners.grant.stale"));
        assertThat(refused(post("/partners/grants/" + grant)
                        .param("version", "1")
                        .param("source", "Home Office Prevent grant")
                        .param("amount", "a lot")
                        .params(day("startsOn", LocalDate.parse("2024-04-01")))
                        .param("paysFor", "x")))
                .contains(message("partners.project.amount.invalid"));
        assertThat(sql.auditCount("GRANT_CHANGED", grant)).isEqualTo(1);
    }

    @Test
    void contractsAndGrantsArePagedEachByItsOwnPageOnTheFundingPage() throws Exception {
        for (var i = 1; i <= 26; i++) {
            perform(post("/partners/contracts")
                    .param("service", "Service " + i)
                    .param("provider", "Provider " + i)
                    .params(day("startsOn", LocalDate.of(2020, 1, 1).plusDays(i)))
                    .param("preventClause", "true"));
        }
        perform(post("/partners/grants")
                .param("source", "Home Office Prevent grant")
                .param("amount", "1000")
                .params(day("startsOn", LocalDate.parse("2024-04-01")))
                .param("paysFor", "Posts"));

        var first = html(get("/partners/funding"));
        assertThat(first)
                .contains("Showing 1 to 25 of 26")
                .contains("Showing 1 to 1 of 1")
                .contains(">Service 26<")
                .doesNotContain(">Service 1<")
                .contains("href=\"/partners/funding?grantsPage=0&amp;contractsPage=1\"");
        assertThat(html(get("/partners/funding").param("contractsPage", "1")))
                .contains("Showing 26 to 26 of 26")
                .contains(">Service 1<")
                .contains("Home Office Prevent grant");
    }

    @Test
    void eachEmptyQuestionPageNamesEveryMissingAnswerAndSavesNothing() throws Exception {
        assertThat(refused(post("/partners")))
                .contains(message("partners.organisation.name.invalid"))
                .contains(message("partners.organisation.type.invalid"))
                .contains("href=\"#name\"")
                .contains("href=\"#type\"");
        assertThat(refused(post("/partners/venues")))
                .contains(message("partners.venue.venue.invalid"))
                .contains(message("partners.venue.bookedBy.invalid"))
                .contains(message("partners.venue.eventOn.invalid"))
                .contains(message("partners.venue.outcome.invalid"));
        assertThat(refused(post("/partners/projects")))
                .contains(message("partners.project.title.invalid"))
                .contains(message("partners.project.provider.invalid"))
                .contains(message("partners.project.starts.invalid"));
        assertThat(refused(post("/partners/contracts")))
                .contains(message("partners.contract.service.invalid"))
                .contains(message("partners.contract.provider.invalid"));
        assertThat(refused(post("/partners/grants")))
                .contains(message("partners.grant.source.invalid"))
                .contains(message("partners.grant.paysFor.invalid"));
        var tenant = officer.tenantId().value();
        assertThat(sql.<Integer>run(
                        jdbc -> jdbc.sql("select (select count(*) from partner_organisation where tenant_id = ?)"
                                        + " + (select count(*) from partner_venue_check where tenant_id = ?)"
                                        + " + (select count(*) from partner_project where tenant_id = ?)")
                                .params(tenant, tenant, tenant)
                                .query(Integer.class)
                                .single()))
                .isEqualTo(0);
    }

    @Test
    void aDayThatIsNotRealIsNamedBesideItsFieldAndWhatWasTypedIsKept() throws Exception {
        var page = refused(post("/partners/projects")
                .param("title", "Youth mentoring")
                .param("provider", "Youth Trust")
                .param("startsOnDay", "31")
                .param("startsOnMonth", "6")
                .param("startsOnYear", "2024"));
        assertThat(page)
                .contains(message("date.invalid"))
                .contains("href=\"#startsOn\"")
                .contains("value=\"Youth mentoring\"")
                .contains("value=\"31\"");
        assertThat(html(get("/partners/new"))).contains("<h1 class=\"govuk-heading-l\">Add an organisation</h1>");
    }

    private void output(String page, String quarter, String series, String parents, String female, String male)
            throws Exception {
        var result = perform(post(page + "/outputs")
                .params(day("quarterStart", LocalDate.parse(quarter)))
                .param("series", series)
                .param("sessions", "24")
                .param("participants", parents)
                .param("age25AndOver", parents)
                .param("female", female)
                .param("male", male)
                .param("feedback", "Parents felt more confident"));
        assertThat(result.getFlashMap().get("success")).isEqualTo("partners.output.recorded.done");
    }

    private String refused(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return FormFields.refused(perform(request).getResponse());
    }

    private String message(String code) {
        return messages.getMessage(code, null, java.util.Locale.UK);
    }

    private String html(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return perform(request).getResponse().getContentAsString();
    }

    private MvcResult perform(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(csrf()).with(authentication(fixtures.authentication(officer, true))))
                .andReturn();
    }
}
