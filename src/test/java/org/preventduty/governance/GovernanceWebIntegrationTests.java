package org.preventduty.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preventduty.support.FormFields.day;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
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
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
@Import({IdentityFixtures.class, SystemSql.class, ReferralFixtures.class})
class GovernanceWebIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    IdentityFixtures fixtures;

    @Autowired
    SystemSql sql;

    @Autowired
    MessageSource messages;

    TestUser officer;

    @BeforeEach
    void setUp() {
        officer = fixtures.user(fixtures.tenant(), Role.DELIVERY_OFFICER);
    }

    @Test
    void theScheduleShowsWhichUpdatesAreOverdueOnADayAndAnUpdateIsLogged() throws Exception {
        addBoard("Health and Wellbeing Board", "ANNUAL", "2019-01-24");
        addBoard("Adult Safeguarding Board", "ANNUAL", "2019-02-28");

        var page = html(get("/governance").param("asOf", "2020-02-17"));
        assertThat(page)
                .contains("One board update is overdue.")
                .contains("24 Jan 2020")
                .contains("Overdue");
        var board = boardId("Health and Wellbeing Board");

        perform(post("/governance/boards/" + board + "/updates")
                .params(day("givenOn", LocalDate.parse("2020-03-12")))
                .param("paper", "Prevent annual update 2020")
                .param("outcome", "Noted; asked for the risk assessment in April"));

        var log = html(get("/governance/boards/" + board));
        assertThat(log).contains("Prevent annual update 2020").contains("asked for the risk assessment");
        // The adult board's update, due on 28 February, is overdue by now; the health board's is next due in 2021.
        assertThat(html(get("/governance").param("asOf", "2020-03-13")))
                .contains("One board update is overdue.")
                .contains("12 Mar 2021");
        assertThat(sql.auditCount("BOARD_UPDATE_RECORDED", board)).isEqualTo(1);
        var csv = perform(get("/governance/boards.csv").param("asOf", "2020-03-13"))
                .getResponse()
                .getContentAsString();
        assertThat(csv)
                .startsWith("name,area_of_focus,frequency,last_update_on,next_update_due,overdue")
                .contains("Health and Wellbeing Board,,ANNUAL,2020-03-12,2021-03-12,false");
        assertThat(refused(post("/governance/boards/" + board + "/updates")
                        .params(day("givenOn", LocalDate.parse("2020-03-12")))))
                .contains(message("governance.update.paper.missing"));
    }

    @Test
    void aBoardChangedToQuarterlyIsDueSoonerAndKeepsWhatItWasInItsHistory() throws Exception {
        addBoard("Prevent Delivery Group", "ANNUAL", "2019-12-10");
        var board = boardId("Prevent Delivery Group");

        var changed = perform(post("/governance/boards/" + board)
                .param("version", "0")
                .param("name", "Prevent Delivery Group")
                .param("areaOfFocus", "The action plan")
                .param("frequency", "QUARTERLY"));

        assertThat(changed.getFlashMap().get("success")).isEqualTo("governance.board.changed");
        var page = html(get("/governance/boards/" + board));
        assertThat(page)
                .contains("10 March 2020")
                .containsPattern("(?s)Frequency</td>\\s*<td[^>]*>Annually</td>\\s*<td[^>]*>Quarterly</td>")
                .containsPattern("(?s)Area of focus</td>\\s*<td[^>]*>—</td>\\s*<td[^>]*>The action plan</td>");
        assertThat(html(get("/governance").param("asOf", "2020-03-11"))).contains("One board update is overdue.");
        assertThat(refused(post("/governance/boards/" + board)
                        .param("version", "0")
                        .param("name", "Delivery Group")
                        .param("frequency", "MONTHLY")))
                .contains(message("governance.board.stale"));
        addBoard("Safer Communities Board", "ANNUAL", "2019-07-26");
        assertThat(refused(post("/governance/boards/" + board)
                        .param("version", "1")
                        .param("name", "Safer Communities Board")
                        .param("frequency", "MONTHLY")))
                .contains(message("governance.board.taken"));
        assertThat(sql.auditCount("BOARD_CHANGED", board)).isEqualTo(1);
    }

    @Test
    void aReviewIsSignedOffFromItsPageOnceEveryAcceptedRecommendationIsComplete() throws Exception {
        var created = perform(post("/governance/reviews")
                .param("title", "Prevent Scrutiny Review")
                .params(day("concludedOn", LocalDate.parse("2013-03-14"))));
        var review = created.getResponse().getRedirectedUrl();
        assertThat(review).startsWith("/governance/reviews/");
        perform(post(review + "/recommendations")
                .param("number", "1")
                .param("text", "Brief all councillors")
                .param("response", "ACCEPTED")
                .param("lead", "Prevent lead"));
        assertThat(refused(post(review + "/recommendations")
                        .param("number", "6")
                        .param("text", "Channel data")
                        .param("response", "REJECTED")))
                .contains(message("governance.recommendation.reason.missing"));
        perform(post(review + "/recommendations")
                .param("number", "6")
                .param("text", "Channel data")
                .param("response", "REJECTED")
                .param("responseReason", "Referrals are still low"));

        var page = html(get(review));
        assertThat(page)
                .contains("Brief all councillors")
                .contains("Referrals are still low")
                .contains("can be signed off once every accepted");
        assertThat(refused(post(review + "/sign-off"))).contains(message("governance.review.openRecommendations"));

        var recommendation = sql.run(
                jdbc -> jdbc.sql("select id from governance_recommendation where number = 1" + " and review_id = ?")
                        .param(UUID.fromString(review.substring(review.lastIndexOf('/') + 1)))
                        .query(UUID.class)
                        .single());
        perform(post("/governance/recommendations/" + recommendation + "/progress")
                .param("progress", "Briefing note circulated")
                .param("status", "COMPLETED"));
        assertThat(html(get(review))).contains("Sign off the review").contains("Briefing note circulated");
        var reviewId = review.substring(review.lastIndexOf('/') + 1);
        var relead = perform(post("/governance/recommendations/" + recommendation)
                .param("version", "1")
                .param("theme", "Elected members")
                .param("lead", "Democratic services"));
        assertThat(relead.getFlashMap().get("success")).isEqualTo("governance.recommendation.changed");
        assertThat(html(get(review)))
                .contains("Changes to recommendation 1")
                .contains(": Lead was Prevent lead, now Democratic services")
                .contains(": Theme was —, now Elected members");
        assertThat(refused(post("/governance/recommendations/" + recommendation)
                        .param("version", "1")
                        .param("lead", "Someone else")))
                .contains(message("governance.recommendation.stale"));
        assertThat(sql.auditCount("RECOMMENDATION_CHANGED", recommendation)).isEqualTo(1);
        perform(post(review + "/sign-off"));

        assertThat(html(get(review))).contains("Signed off on");
        assertThat(html(get("/governance/reviews"))).contains("Prevent Scrutiny Review");
        assertThat(html(get("/governance/reviews").param("state", "SIGNED_OFF")))
                .contains("Prevent Scrutiny Review");
        assertThat(html(get("/governance/reviews").param("state", "OPEN"))).doesNotContain("Prevent Scrutiny Review");
        var csv = perform(get(review + "/recommendations.csv")).getResponse().getContentAsString();
        assertThat(csv).contains("6,,Channel data,REJECTED,Referrals are still low");
        var reviews = perform(get("/governance/reviews.csv")).getResponse().getContentAsString();
        assertThat(reviews)
                .startsWith("review,concluded_on,recommendations,accepted,partially_accepted,rejected,completed,open,"
                        + "signed_off_on")
                .contains("Prevent Scrutiny Review,2013-03-14,2,1,0,1,1,1,");
    }

    @Test
    void theCommunicationsPlanIsListedAPageAtATimeByPlannedDay() throws Exception {
        for (var day = 1; day <= 26; day++) {
            perform(post("/governance/communications")
                    .param("title", "Assembly talk " + day)
                    .params(day("plannedOn", LocalDate.of(2024, 1, day))));
        }

        assertThat(html(get("/governance/communications")))
                .contains("Showing 1 to 25 of 26")
                .contains("Assembly talk 25<")
                .doesNotContain("Assembly talk 26<");
        assertThat(html(get("/governance/communications").param("page", "1")))
                .contains("Showing 26 to 26 of 26")
                .contains("Assembly talk 26<");
    }

    @Test
    void theReviewsAreListedAPageAtATimeNewestFirst() throws Exception {
        for (var year = 2000; year <= 2026; year++) {
            perform(post("/governance/reviews")
                    .param("title", "Review of " + year)
                    .params(day("concludedOn", LocalDate.of(year, 6, 30))));
        }

        assertThat(html(get("/governance/reviews")))
                .contains("Showing 1 to 25 of 27")
                .contains("Review of 2026")
                .contains("Review of 2002")
                .doesNotContain("Review of 2001");
        assertThat(html(get("/governance/reviews").param("page", "1")))
                .contains("Showing 26 to 27 of 27")
                .contains("Review of 2001")
                .contains("Review of 2000")
                .doesNotContain("Review of 2026");
    }

    @Test
    void aQuarterlyReturnTakesTheFiguresOfItsQuarterSuppressesSmallCountsAndStopsChangingWhenSubmitted()
            throws Exception {
        var start = LocalDate.now(ZoneId.of("Europe/London"))
                .withDayOfMonth(1)
                .minusMonths((LocalDate.now(ZoneId.of("Europe/London")).getMonthValue() - 1) % 3 + 3);
        var tenant = officer.tenantId().value();
        sql.run(jdbc -> jdbc.sql("insert into panel_meeting (id, tenant_id, held_on, created_by, created_at, version)"
                        + " values (?, ?, ?, ?, current_timestamp, 0), (?, ?, ?, ?, current_timestamp, 0)")
                .params(
                        UUID.randomUUID(),
                        tenant,
                        start.plusDays(10),
                        officer.id(),
                        UUID.randomUUID(),
                        tenant,
                        start.minusDays(1),
                        officer.id())
                .update());

        var prepared = perform(post("/governance/returns").params(day("quarterStart", start)));
        var url = prepared.getResponse().getRedirectedUrl();
        assertThat(url).startsWith("/governance/returns/");
        var page = html(get(url));
        assertThat(page).contains("Channel panel meetings held").contains("Prevent referrals received");
        assertThat(page).containsPattern("(?s)Channel panel meetings held</th>\\s*<td[^>]*>1</td>");

        var csv = perform(get(url + ".csv")).getResponse().getContentAsString();
        assertThat(csv)
                .startsWith("quarter,section,figure,value")
                .contains("Channel panel,Channel panel meetings held,1");
        var docx = perform(get(url + ".docx")).getResponse();
        assertThat(docx.getContentType()).contains("wordprocessingml");
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(
                new java.io.ByteArrayInputStream(docx.getContentAsByteArray()))) {
            assertThat(document.getHeaderList().get(0).getText()).contains("OFFICIAL-SENSITIVE");
            assertThat(document.getTables().get(0).getText()).contains("Channel panel meetings held");
        }
        var id = UUID.fromString(url.substring(url.lastIndexOf('/') + 1));
        assertThat(sql.auditCount("RETURN_DOWNLOADED", id)).isEqualTo(2);

        assertThat(refused(post(url + "/submit"))).contains(message("governance.return.submitted"));
        perform(post(url + "/review"));
        perform(post(url + "/submit"));
        assertThat(html(get(url))).contains("Submitted");
        assertThat(refused(post("/governance/returns").params(day("quarterStart", start))))
                .contains(message("governance.return.notDraft"));
        assertThat(refused(post("/governance/returns").params(day("quarterStart", start.plusDays(1)))))
                .contains(message("governance.return.quarter"));
        assertThat(refused(post("/governance/returns").params(day("quarterStart", start.plusMonths(3)))))
                .contains(message("governance.return.notEnded"));
    }

    @Test
    void smallCountsOfPeopleInAReturnAreShownAsSuppressed() throws Exception {
        var start = LocalDate.of(2024, 4, 1);
        var tenant = officer.tenantId().value();
        sql.run(jdbc -> jdbc.sql("insert into referral (id, tenant_id, reference, status, received_on, created_by,"
                        + " created_at, version) values (?, ?, 'R-TEST-1', 'SUBMITTED', ?, ?, current_timestamp, 0)")
                .params(UUID.randomUUID(), tenant, start.plusDays(3), officer.id())
                .update());

        var url = perform(post("/governance/returns").params(day("quarterStart", start)))
                .getResponse()
                .getRedirectedUrl();

        assertThat(html(get(url))).containsPattern("(?s)Prevent referrals received</th>\\s*<td[^>]*>\\[c\\]</td>");
    }

    @Test
    void theCommunicationsPlanShowsWhatIsLateUntilItIsMarkedDone() throws Exception {
        perform(post("/governance/communications")
                .param("title", "Prevent awareness week")
                .param("audience", "Residents and partners")
                .param("channel", "Social media and libraries")
                .params(day("plannedOn", LocalDate.parse("2024-11-01"))));
        assertThat(refused(post("/governance/communications").param("title", "No day")))
                .contains(message("governance.activity.day.missing"));
        assertThat(html(get("/governance/communications")))
                .contains("Prevent awareness week")
                .contains("Not done");
        var id = sql.run(jdbc -> jdbc.sql("select id from governance_activity where tenant_id = ?")
                .param(officer.tenantId().value())
                .query(UUID.class)
                .single());

        perform(post("/governance/communications/" + id + "/done")
                .params(day("doneOn", LocalDate.parse("2024-11-04"))));

        assertThat(html(get("/governance/communications")))
                .contains("4 Nov 2024")
                .doesNotContain("Not done");
        assertThat(perform(get("/governance/communications.csv")).getResponse().getContentAsString())
                .startsWith("activity,audience,channel,planned_on,done_on")
                .contains("Prevent awareness week,Residents and partners,Social media and libraries,2024-11-01,"
                        + "2024-11-04");
        assertThat(refused(post("/governance/communications/" + id + "/done")
                        .params(day("doneOn", LocalDate.parse("2999-01-01")))))
                .contains(message("governance.activity.done.invalid"));

        var moved = perform(post("/governance/communications/" + id)
                .param("version", "1")
                .param("title", "Prevent awareness week")
                .param("audience", "Residents, partners and schools")
                .param("channel", "Social media and libraries")
                .params(day("plannedOn", LocalDate.parse("2024-11-01")))
                .params(day("doneOn", LocalDate.parse("2024-11-05"))));
        assertThat(moved.getFlashMap().get("success")).isEqualTo("governance.activity.changed");
        assertThat(html(get("/governance/communications/" + id)))
                .containsPattern("(?s)Done on</td>\\s*<td[^>]*>—</td>\\s*<td[^>]*>2024-11-04</td>")
                .containsPattern("(?s)Done on</td>\\s*<td[^>]*>2024-11-04</td>\\s*<td[^>]*>2024-11-05</td>")
                .containsPattern("(?s)Audience</td>\\s*<td[^>]*>Residents and partners</td>");
        assertThat(refused(post("/governance/communications/" + id)
                        .param("version", "1")
                        .param("title", "Prevent awareness week")
                        .params(day("plannedOn", LocalDate.parse("2024-11-01")))))
                .contains(message("governance.activity.stale"));
        assertThat(refused(post("/governance/communications/" + id)
                        .param("version", "2")
                        .param("title", "Prevent awareness week")))
                .contains(message("governance.activity.day.missing"));
    }

    @Test
    void eachEmptyQuestionPageNamesEveryMissingAnswerInItsErrorSummaryAndSavesNothing() throws Exception {
        assertThat(refused(post("/governance/boards")))
                .contains(message("governance.board.name.missing"))
                .contains(message("governance.board.frequency"))
                .contains(message("governance.board.lastUpdateOn.blank"))
                .contains("href=\"#name\"")
                .contains("href=\"#frequency\"")
                .contains("href=\"#lastUpdateOn\"");
        assertThat(refused(post("/governance/reviews")))
                .contains(message("governance.review.title.missing"))
                .contains(message("governance.review.concludedOn.blank"));
        assertThat(refused(post("/governance/communications")))
                .contains(message("governance.activity.title.missing"))
                .contains(message("governance.activity.plannedOn.blank"));
        assertThat(refused(post("/governance/returns"))).contains(message("governance.return.quarterStart.blank"));
        var tenant = officer.tenantId().value();
        assertThat(count(
                        "select (select count(*) from governance_board where tenant_id = ?)"
                                + " + (select count(*) from governance_review where tenant_id = ?)"
                                + " + (select count(*) from governance_activity where tenant_id = ?)"
                                + " + (select count(*) from governance_return where tenant_id = ?)",
                        tenant,
                        tenant,
                        tenant,
                        tenant))
                .isZero();
    }

    @Test
    void answersThatAreNotValidAreNamedBesideTheirFieldsAndWhatWasTypedIsKept() throws Exception {
        var page = refused(post("/governance/boards")
                .param("name", "B".repeat(201))
                .param("frequency", "FORTNIGHTLY")
                .param("lastUpdateOnDay", "31")
                .param("lastUpdateOnMonth", "2")
                .param("lastUpdateOnYear", "2024"));
        assertThat(page)
                .contains(message("governance.board.name.tooLong"))
                .contains(message("typeMismatch"))
                .contains(message("governance.board.lastUpdateOn.invalid"))
                .contains("value=\"31\"")
                .doesNotContain("FORTNIGHTLY\"")
                .doesNotContain("IllegalArgument")
                .doesNotContain("java.");
        assertThat(refused(post("/governance/boards")
                        .param("name", "Board")
                        .param("frequency", "ANNUAL")
                        .params(day(
                                "lastUpdateOn",
                                LocalDate.now(ZoneId.of("Europe/London")).plusDays(1)))))
                .contains(message("governance.board.future"));
        var review = perform(post("/governance/reviews")
                        .param("title", "Review")
                        .params(day("concludedOn", LocalDate.parse("2020-01-31"))))
                .getResponse()
                .getRedirectedUrl();
        assertThat(refused(
                        post(review + "/recommendations").param("number", "one").param("text", "Do it")))
                .contains(message("typeMismatch.java.lang.Integer"))
                .contains(message("governance.recommendation.response.missing"))
                .contains(">Do it</textarea>");
        assertThat(refused(post(review + "/recommendations").param("number", "1000")))
                .contains(message("governance.recommendation.number.invalid"))
                .contains(message("governance.recommendation.text.missing"));
        assertThat(count(
                        "select count(*) from governance_board where tenant_id = ?",
                        officer.tenantId().value()))
                .isZero();
    }

    @Test
    void eachChangeHasAQuestionPageFilledWithWhatTheRecordHolds() throws Exception {
        addBoard("Community Safety Partnership", "ANNUAL", "2019-01-24");
        var board = boardId("Community Safety Partnership");
        assertThat(html(get("/governance/boards/" + board)))
                .contains("/governance/boards/" + board + "/updates/new")
                .contains("/governance/boards/" + board + "/change");
        assertThat(html(get("/governance/boards/" + board + "/change")))
                .contains("<h1 class=\"govuk-heading-l\">Change the board</h1>")
                .contains("value=\"Community Safety Partnership\"")
                .containsPattern("value=\"ANNUAL\"\\s+id=\"frequency-\\d+\" name=\"frequency\" checked");
        var today = LocalDate.now(ZoneId.of("Europe/London"));
        assertThat(html(get("/governance/boards/" + board + "/updates/new")))
                .contains("name=\"givenOnDay\"")
                .contains("value=\"" + today.getYear() + "\"");
        var review = perform(post("/governance/reviews")
                        .param("title", "Review")
                        .params(day("concludedOn", LocalDate.parse("2020-01-31"))))
                .getResponse()
                .getRedirectedUrl();
        assertThat(html(get(review + "/recommendations/new"))).contains("name=\"number\" value=\"1\"");
        perform(post(review + "/recommendations")
                .param("number", "1")
                .param("text", "Train every frontline worker")
                .param("response", "ACCEPTED"));
        var recommendation = sql.run(jdbc -> jdbc.sql("select id from governance_recommendation where review_id = ?")
                .param(UUID.fromString(review.substring(review.lastIndexOf('/') + 1)))
                .query(UUID.class)
                .single());
        assertThat(html(get(review)))
                .contains("/governance/recommendations/" + recommendation + "/progress")
                .contains("/governance/recommendations/" + recommendation + "/change");
        assertThat(html(get("/governance/recommendations/" + recommendation + "/progress")))
                .contains("Record progress on recommendation 1")
                .contains("Train every frontline worker");
        assertThat(refused(post("/governance/recommendations/" + recommendation + "/progress")))
                .contains(message("governance.recommendation.progress.missing"))
                .contains("Train every frontline worker");
        assertThat(html(get("/governance/recommendations/" + UUID.randomUUID() + "/change")))
                .contains("Page not found");
    }

    @Test
    void aDayThatIsNotRealInTheScheduleFilterIsNamedAndTodaysScheduleShown() throws Exception {
        addBoard("Health and Wellbeing Board", "ANNUAL", "2019-01-24");
        var page = refused(get("/governance")
                .param("asOfDay", "30")
                .param("asOfMonth", "2")
                .param("asOfYear", "2024"));
        assertThat(page)
                .contains(message("date.invalid"))
                .contains("Schedule on "
                        + DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
                                .format(LocalDate.now(ZoneId.of("Europe/London"))));
        assertThat(html(get("/governance")
                        .param("asOfDay", "17")
                        .param("asOfMonth", "2")
                        .param("asOfYear", "2020")))
                .contains("Schedule on 17 February 2020");
    }

    @Test
    void reportViewersReadButCannotChangeAnything() throws Exception {
        addBoard("Board", "ANNUAL", "2019-01-24");
        var viewer = fixtures.user(officer.tenantId() == null ? null : fixtures.tenant(), Role.REPORT_VIEWER);

        var response = mvc.perform(post("/governance/boards")
                        .param("name", "Another")
                        .param("frequency", "ANNUAL")
                        .params(day("lastUpdateOn", LocalDate.parse("2019-01-01")))
                        .with(csrf())
                        .with(authentication(fixtures.authentication(viewer, true))))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(403);
        var page = mvc.perform(get("/governance").with(authentication(fixtures.authentication(viewer, true))))
                .andReturn()
                .getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).doesNotContain("Add a board or committee");
    }

    private void addBoard(String name, String frequency, String last) throws Exception {
        var result = perform(post("/governance/boards")
                .param("name", name)
                .param("frequency", frequency)
                .params(day("lastUpdateOn", LocalDate.parse(last))));
        assertThat(result.getFlashMap().get("success")).isEqualTo("governance.board.added");
    }

    private UUID boardId(String name) {
        return sql.run(jdbc -> jdbc.sql("select id from governance_board where name = ? and tenant_id = ?")
                .params(name, officer.tenantId().value())
                .query(UUID.class)
                .single());
    }

    /** The page shown again when a form is refused, as a person reads it: its title starts "Error:". */
    private String refused(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return FormFields.refused(perform(request).getResponse());
    }

    private long count(String query, Object... params) {
        Long counted =
                sql.run(jdbc -> jdbc.sql(query).params(params).query(Long.class).single());
        return counted;
    }

    private String message(String code) {
        return messages.getMessage(code, null, Locale.UK);
    }

    private String html(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return perform(request).getResponse().getContentAsString();
    }

    private MvcResult perform(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(csrf()).with(authentication(fixtures.authentication(officer, true))))
                .andReturn();
    }
}
