package org.preventduty.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preventduty.support.FormFields.day;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
class RiskIntegrationTests {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Autowired
    org.springframework.context.MessageSource messages;

    @Autowired
    MockMvc mvc;

    @Autowired
    IdentityFixtures fixtures;

    @Autowired
    ReferralFixtures as;

    @Autowired
    RiskRegister register;

    @Autowired
    SystemSql sql;

    TestUser officer;
    UUID assessment;

    @BeforeEach
    void setUp() throws Exception {
        officer = fixtures.user(fixtures.tenant(), Role.DELIVERY_OFFICER);
        perform(post("/risk/assessments").param("title", "Risk assessment 2020"));
        assessment = sql.run(jdbc -> jdbc.sql("select id from risk_assessment where tenant_id = ?")
                .param(officer.tenantId().value())
                .query(UUID.class)
                .single());
    }

    @Test
    void anAssessmentMovesFromDraftThroughConsultationAndReviewToApprovalWithItsNextReview() throws Exception {
        assertThat(refused(post(stage())
                        .param("to", "REVIEWED")
                        .param("who", "CMT")
                        .params(day("on", LocalDate.parse("2020-01-21")))))
                .contains(message("risk.assessment.order"));
        perform(post(stage()).param("to", "CONSULTATION"));
        assertThat(refused(post(stage()).param("to", "REVIEWED").params(day("on", LocalDate.parse("2020-01-21")))))
                .contains(message("risk.assessment.who"));
        perform(post(stage())
                .param("to", "REVIEWED")
                .param("who", "Council Management Team")
                .params(day("on", LocalDate.parse("2020-01-21"))));
        perform(post(stage())
                .param("to", "APPROVED")
                .param("who", "Community Leadership and Libraries Committee")
                .params(day("on", LocalDate.parse("2020-04-21"))));

        var page = html(get("/risk"));
        assertThat(page)
                .contains("Approved")
                .contains("Council Management Team, 21 January 2020")
                .contains("Community Leadership and Libraries Committee, 21 April 2020")
                .contains("21 April 2021");

        perform(post("/risk/assessments/" + assessment + "/significant-change")
                .params(day("on", LocalDate.parse("2020-09-01")))
                .param("note", "A new threat assessment from the police"));
        assertThat(html(get("/risk"))).contains("1 October 2020").contains("A new threat assessment");
        assertThat(sql.auditCount("RISK_ASSESSMENT_APPROVED", assessment)).isEqualTo(1);
    }

    @Test
    void aNewVersionWaitsForApprovalAndCarriesTheRisksOver() throws Exception {
        addRisk("Online radicalisation", "ONLINE", "4", "4");
        assertThat(refused(post("/risk/assessments").param("title", "Second")))
                .contains(message("risk.assessment.unfinished"));
        perform(post(stage()).param("to", "CONSULTATION"));
        perform(post(stage())
                .param("to", "REVIEWED")
                .param("who", "Group")
                .params(day("on", LocalDate.parse("2020-01-21"))));
        perform(post(stage())
                .param("to", "APPROVED")
                .param("who", "Committee")
                .params(day("on", LocalDate.parse("2020-04-21"))));

        perform(post("/risk/assessments").param("title", "Risk assessment 2021"));

        var versions = sql.<java.util.List<Integer>>run(jdbc -> jdbc.sql("select count(*) from risk_item i join"
                        + " risk_assessment a on a.id = i.assessment_id where a.tenant_id = ? group by a.version_number"
                        + " order by a.version_number")
                .param(officer.tenantId().value())
                .query(Integer.class)
                .list());
        assertThat(versions).containsExactly(1, 1);
        assertThat(html(get("/risk")))
                .contains("Version 2: Risk assessment 2021")
                .contains("Online radicalisation");
    }

    @Test
    void risksAreScoredRatedAndCountedOnTheHeatMapAndBadRatingsAreRefused() throws Exception {
        addRisk("Online radicalisation", "ONLINE", "4", "4");
        addRisk("Venue hire", "PLACE", "2", "4");
        addRisk("Unregistered settings", "INSTITUTION", "2", "2");

        assertThat(refused(post("/risk/assessments/" + assessment + "/risks")
                        .param("title", "Bad")
                        .param("category", "ONLINE")
                        .param("likelihood", "6")
                        .param("impact", "2")))
                .contains(message("risk.risk.likelihood"));
        assertThat(refused(post("/risk/assessments/" + assessment + "/risks")
                        .param("title", "Half")
                        .param("category", "ONLINE")
                        .param("likelihood", "2")
                        .param("impact", "2")
                        .param("residualLikelihood", "1")))
                .contains(message("risk.risk.residual"));

        var risks = as.as(officer, () -> register.risks(assessment));
        assertThat(risks)
                .extracting(RiskRegister.Risk::title)
                .containsExactly("Online radicalisation", "Venue hire", "Unregistered settings");
        assertThat(risks).extracting(r -> r.rag().name()).containsExactly("RED", "AMBER", "GREEN");
        var heat = RiskRegister.heatMap(risks);
        assertThat(heat[3][3]).isEqualTo(1);
        assertThat(heat[3][1]).isEqualTo(1);
        assertThat(heat[1][1]).isEqualTo(1);
        assertThat(html(get("/risk")))
                .contains("Online radicalisation")
                .contains("Heat map")
                .contains("app-rag--red")
                .contains("5 Almost certain")
                .contains("4 Major");
    }

    @Test
    void aPartnerAnswersTheirLinkOnceWithoutAnAccountAndTheAnswersAreAttributedToTheirOrganisation() throws Exception {
        perform(post("/risk/assessments/" + assessment + "/questions").param("text", "What risks do you see?"));
        perform(post("/risk/assessments/" + assessment + "/questions").param("text", "What would help?"));
        var made = perform(post("/risk/assessments/" + assessment + "/links")
                .param("organisation", "Barnet Homes")
                .param("email", "prevent@homes.example"));
        var link = (String) made.getFlashMap().get("madeLink");
        assertThat(link).contains("/consultation/");
        var path = link.substring(link.indexOf("/consultation/"));
        var hash = sql.<String>run(jdbc -> jdbc.sql("select token_hash from risk_consultation_link where tenant_id = ?")
                .param(officer.tenantId().value())
                .query(String.class)
                .single());
        assertThat(link).doesNotContain(hash);

        var opened = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(opened.getStatus()).isEqualTo(200);
        assertThat(opened.getContentAsString())
                .contains("What risks do you see?")
                .contains("Barnet Homes");
        var questions = sql.<java.util.List<UUID>>run(
                jdbc -> jdbc.sql("select id from risk_question where assessment_id = ? order by position")
                        .param(assessment)
                        .query(UUID.class)
                        .list());

        var empty = mvc.perform(post(path).with(csrf())).andReturn().getResponse();
        assertThat(empty.getStatus()).isEqualTo(400);
        assertThat(empty.getContentAsString())
                .contains("Answer at least one question.")
                .contains("<title>Error: ")
                .contains("href=\"#answers[" + questions.get(0) + "]\"");
        var tooLong = mvc.perform(post(path)
                        .param("answers[" + questions.get(1) + "]", "x".repeat(4001))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(tooLong.getStatus()).isEqualTo(400);
        assertThat(tooLong.getContentAsString())
                .contains("href=\"#answers[" + questions.get(1) + "]\"")
                .contains("x".repeat(4001));
        var answered = mvc.perform(post(path)
                        .param("answers[" + questions.get(0) + "]", "Young people online, in two wards")
                        .param("answers[" + questions.get(1) + "]", "")
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(answered.getStatus()).isEqualTo(200);
        assertThat(answered.getContentAsString()).contains("Thank you");

        assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).isEqualTo(410);
        var again = mvc.perform(post(path)
                        .param("answers[" + questions.get(0) + "]", "More")
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(again.getStatus()).isEqualTo(410);
        assertThat(again.getContentAsString()).contains("This link has been answered");
        var summary = html(get("/risk/assessments/" + assessment + "/consultation"));
        assertThat(summary)
                .contains("Barnet Homes:")
                .contains("Young people online, in two wards")
                .contains("Answered on");
        assertThat(sql.auditCount("RISK_CONSULTATION_ANSWERED", assessment)).isEqualTo(1);
        assertThat(mvc.perform(get("/consultation/not-a-real-link"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void anExpiredLinkCannotBeAnsweredAndALinkBelongsToOneCouncilOnly() throws Exception {
        perform(post("/risk/assessments/" + assessment + "/questions").param("text", "What risks do you see?"));
        var link = (String)
                perform(post("/risk/assessments/" + assessment + "/links").param("organisation", "Police"))
                        .getFlashMap()
                        .get("madeLink");
        var path = link.substring(link.indexOf("/consultation/"));
        sql.run(jdbc -> jdbc.sql("update risk_consultation_link set expires_at = ? where tenant_id = ?")
                .params(
                        Timestamp.from(Instant.now().minusSeconds(1)),
                        officer.tenantId().value())
                .update());

        var expired = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(expired.getStatus()).isEqualTo(410);
        assertThat(expired.getContentAsString()).contains("This link has expired");
        assertThat(html(get("/risk/assessments/" + assessment + "/consultation")))
                .contains("Expired unanswered");

        var other = fixtures.user(fixtures.tenant(), Role.DELIVERY_OFFICER);
        var foreign = mvc.perform(get("/risk/assessments/" + assessment + "/consultation")
                        .with(authentication(fixtures.authentication(other, true))))
                .andReturn()
                .getResponse();
        assertThat(foreign.getStatus()).isEqualTo(404);
        var noQuestions = fixtures.user(fixtures.tenant(), Role.DELIVERY_OFFICER);
        mvc.perform(post("/risk/assessments")
                .param("title", "Elsewhere")
                .with(csrf())
                .with(authentication(fixtures.authentication(noQuestions, true))));
        var theirs = sql.run(jdbc -> jdbc.sql("select id from risk_assessment where tenant_id = ?")
                .param(noQuestions.tenantId().value())
                .query(UUID.class)
                .single());
        var refused = mvc.perform(post("/risk/assessments/" + theirs + "/links")
                        .param("organisation", "Police")
                        .with(csrf())
                        .with(authentication(fixtures.authentication(noQuestions, true))))
                .andReturn();
        assertThat(FormFields.refused(refused.getResponse())).contains(message("risk.link.noQuestions"));
    }

    @Test
    void anOverdueActionIsInItsOwnersTasksUntilItIsComplete() throws Exception {
        addRisk("Online radicalisation", "ONLINE", "4", "4");
        var risk = sql.run(jdbc -> jdbc.sql("select id from risk_item where assessment_id = ?")
                .param(assessment)
                .query(UUID.class)
                .single());
        perform(post("/risk/actions")
                .param("riskId", risk.toString())
                .param("title", "Online safety sessions for parents")
                .param("ownerUserId", officer.id().toString())
                .params(day("dueOn", TODAY.minusDays(3))));
        perform(post("/risk/actions")
                .param("toolkitSection", "TRAINING_PROGRAMME")
                .param("title", "Train the bookings team")
                .param("ownerName", "Head of facilities")
                .params(day("dueOn", TODAY.plusDays(30))));
        assertThat(refused(post("/risk/actions")
                        .param("title", "Nothing to hang on")
                        .params(day("dueOn", LocalDate.parse("2030-01-01")))))
                .contains(message("risk.action.against"));

        var tasks = mvc.perform(get("/tasks").with(authentication(fixtures.authentication(officer, true))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(tasks).contains("Action plan: Online safety sessions for parents");
        assertThat(html(get("/risk/actions").param("overdue", "true")))
                .contains("Online safety sessions for parents")
                .doesNotContain("Train the bookings team");
        var action = sql.run(jdbc -> jdbc.sql("select id from risk_action where risk_id = ?")
                .param(risk)
                .query(UUID.class)
                .single());

        perform(post("/risk/actions/" + action + "/notes")
                .param("status", "COMPLETE")
                .param("note", "Six sessions held"));

        assertThat(mvc.perform(get("/tasks").with(authentication(fixtures.authentication(officer, true))))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain("Online safety sessions for parents");
        assertThat(html(get("/risk/actions"))).contains("Six sessions held");
        var csv = perform(get("/risk/actions.csv")).getResponse().getContentAsString();
        assertThat(csv).contains("Train the bookings team,,TRAINING_PROGRAMME,Head of facilities");
    }

    @Test
    void theToolkitKeepsTheLatestRatingOfEachOfItsEightSections() throws Exception {
        perform(post("/risk/toolkit")
                .param("section", "CHANNEL_PANEL")
                .param("rag", "AMBER")
                .param("evidence", "Old"));
        perform(post("/risk/toolkit")
                .param("section", "CHANNEL_PANEL")
                .param("rag", "GREEN")
                .param("evidence", "New"));
        assertThat(refused(
                        post("/risk/toolkit").param("section", "NOT_A_SECTION").param("rag", "GREEN")))
                .contains(message("typeMismatch"));

        var page = html(get("/risk/toolkit"));
        assertThat(page).contains("Channel panel").contains("New").doesNotContain(">Old<");
        assertThat(page.split("Not rated", -1)).hasSize(8);
        var viewer = fixtures.user(fixtures.tenant(), Role.REPORT_VIEWER);
        assertThat(mvc.perform(post("/risk/toolkit")
                                .param("section", "CHANNEL_PANEL")
                                .param("rag", "RED")
                                .with(csrf())
                                .with(authentication(fixtures.authentication(viewer, true))))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    @Test
    void aRiskIsReratedWithItsHistoryAndItsReviewMovesWithItsNewRating() throws Exception {
        addRisk("Online radicalisation", "ONLINE", "4", "4");
        var risk = as.as(officer, () -> register.risks(assessment)).get(0);
        var page = "/risk/risks/" + risk.id();
        sql.run(jdbc -> jdbc.sql("update risk_item set rated_on = ? where id = ?")
                .params(java.time.LocalDate.of(2020, 1, 6), risk.id())
                .update());

        var changed = perform(post(page)
                .param("version", "0")
                .param("title", "Online radicalisation")
                .param("category", "ONLINE")
                .param("likelihood", "2")
                .param("impact", "2")
                .param("owner", "Prevent coordinator"));

        assertThat(changed.getFlashMap().get("success")).isEqualTo("risk.risk.changed");
        var rerated = as.as(officer, () -> register.risk(risk.id()));
        assertThat(rerated.rag().name()).isEqualTo("GREEN");
        assertThat(rerated.ratedOn()).isAfter(java.time.LocalDate.of(2020, 1, 6));
        assertThat(html(get(page)))
                .containsPattern("(?s)Likelihood</td>\\s*<td[^>]*>4</td>\\s*<td[^>]*>2</td>")
                .containsPattern("(?s)Owner</td>\\s*<td[^>]*>—</td>\\s*<td[^>]*>Prevent coordinator</td>");
        assertThat(sql.auditCount("RISK_CHANGED", risk.id())).isEqualTo(1);

        assertThat(refused(post(page)
                        .param("version", "0")
                        .param("title", "Online radicalisation")
                        .param("category", "ONLINE")
                        .param("likelihood", "5")
                        .param("impact", "5")))
                .contains(message("risk.risk.stale"));
        assertThat(refused(post(page)
                        .param("version", "1")
                        .param("title", "Online radicalisation")
                        .param("category", "ONLINE")
                        .param("likelihood", "9")
                        .param("impact", "5")))
                .contains(message("risk.risk.likelihood"));
        assertThat(as.as(officer, () -> register.risk(risk.id())).score()).isEqualTo(4);
        assertThat(html(get("/risk"))).contains("href=\"" + page + "\"");
    }

    @Test
    void anActionGivenToSomeoneElseLeavesItsOwnersTasksAndKeepsItsHistory() throws Exception {
        addRisk("Online radicalisation", "ONLINE", "4", "4");
        var risk = sql.run(jdbc -> jdbc.sql("select id from risk_item where assessment_id = ?")
                .param(assessment)
                .query(UUID.class)
                .single());
        perform(post("/risk/actions")
                .param("riskId", risk.toString())
                .param("title", "Online safety sessions for parents")
                .param("ownerUserId", officer.id().toString())
                .params(day("dueOn", TODAY.minusDays(3))));
        var action = sql.run(jdbc -> jdbc.sql("select id from risk_action where risk_id = ?")
                .param(risk)
                .query(UUID.class)
                .single());
        assertThat(html(get("/risk/actions"))).contains("href=\"/risk/actions/" + action + "\"");

        var changed = perform(post("/risk/actions/" + action)
                .param("version", "0")
                .param("riskId", risk.toString())
                .param("title", "Online safety sessions for parents")
                .param("ownerName", "Schools safeguarding lead")
                .params(day("dueOn", TODAY.plusDays(60))));

        assertThat(changed.getFlashMap().get("success")).isEqualTo("risk.action.changed");
        assertThat(mvc.perform(get("/tasks").with(authentication(fixtures.authentication(officer, true))))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain("Online safety sessions for parents");
        assertThat(html(get("/risk/actions/" + action)))
                .containsPattern(
                        "(?s)Owner</td>\\s*<td[^>]*>Test [^<]*</td>\\s*<td[^>]*>Schools safeguarding lead</td>")
                .containsPattern("(?s)Owner(&#39;|')s account in the product</td>\\s*<td[^>]*>Test [^<]*</td>"
                        + "\\s*<td[^>]*>—</td>")
                .containsPattern("(?s)Due</td>\\s*<td[^>]*>" + TODAY.minusDays(3) + "</td>\\s*<td[^>]*>"
                        + TODAY.plusDays(60) + "</td>");
        assertThat(refused(post("/risk/actions/" + action)
                        .param("version", "0")
                        .param("riskId", risk.toString())
                        .param("title", "Sessions")
                        .param("ownerName", "Someone")
                        .params(day("dueOn", LocalDate.parse("2030-01-01")))))
                .contains(message("risk.action.stale"));
        assertThat(refused(post("/risk/actions/" + action)
                        .param("version", "1")
                        .param("title", "Sessions")
                        .param("ownerName", "Someone")
                        .params(day("dueOn", LocalDate.parse("2030-01-01")))))
                .contains(message("risk.action.against"));
        assertThat(sql.auditCount("RISK_ACTION_CHANGED", action)).isEqualTo(1);
    }

    @Test
    void eachEmptyQuestionPageNamesEveryMissingAnswerAndSavesNothing() throws Exception {
        assertThat(refused(post("/risk/assessments/" + assessment + "/risks")))
                .contains(message("risk.risk.title"))
                .contains(message("risk.risk.category"))
                .contains(message("risk.risk.likelihood"))
                .contains(message("risk.risk.impact"))
                .contains("href=\"#likelihood\"");
        assertThat(refused(post("/risk/actions")))
                .contains(message("risk.action.title"))
                .contains(message("risk.action.against"))
                .contains(message("risk.action.owner"))
                .contains(message("risk.action.due"));
        assertThat(refused(post("/risk/actions")
                        .param("title", "Sessions for parents")
                        .param("toolkitSection", "TRAINING_PROGRAMME")
                        .param("ownerName", "N".repeat(201))
                        .param("dueOnDay", "31")
                        .param("dueOnMonth", "9")
                        .param("dueOnYear", "2026")))
                .contains(message("risk.action.dueOn.invalid"));
        assertThat(refused(post("/risk/actions")
                        .param("title", "Sessions for parents")
                        .param("toolkitSection", "TRAINING_PROGRAMME")
                        .param("ownerName", "N".repeat(201))
                        .params(day("dueOn", TODAY.plusDays(30)))))
                .contains(message("risk.action.ownerName.tooLong"));
        assertThat(refused(post("/risk/toolkit")))
                .contains(message("risk.toolkit.section.blank"))
                .contains(message("risk.toolkit.rag.blank"));
        assertThat(refused(post("/risk/assessments"))).contains(message("risk.assessment.title"));
        perform(post(stage()).param("to", "CONSULTATION"));
        assertThat(refused(post(stage()).param("to", "REVIEWED")))
                .contains(message("risk.assessment.who"))
                .contains(message("risk.stage.on.blank"));
        assertThat(refused(post(stage())
                        .param("to", "REVIEWED")
                        .param("who", "Council Management Team")
                        .param("onDay", "31")
                        .param("onMonth", "4")
                        .param("onYear", "2020")))
                .contains(message("risk.stage.on.invalid"))
                .contains("value=\"Council Management Team\"");
        assertThat(refused(post(stage())
                        .param("to", "REVIEWED")
                        .param("who", "Council Management Team")
                        .params(day("on", TODAY.plusDays(1)))))
                .contains(message("risk.assessment.on"));
        assertThat(sql.<Integer>run(jdbc -> jdbc.sql("select (select count(*) from risk_item where assessment_id = ?)"
                                + " + (select count(*) from risk_action where tenant_id = ?)"
                                + " + (select count(*) from risk_toolkit_rating where tenant_id = ?)")
                        .params(
                                assessment,
                                officer.tenantId().value(),
                                officer.tenantId().value())
                        .query(Integer.class)
                        .single()))
                .isEqualTo(0);
        assertThat(html(get("/risk"))).contains("Consultation").doesNotContain("Council Management Team");
    }

    @Test
    void eachChangeHasAQuestionPageFilledWithWhatTheRecordHoldsAndOffersOnlyWhatTheStageAllows() throws Exception {
        addRisk("Online radicalisation", "ONLINE", "4", "3");
        var risk = sql.run(jdbc -> jdbc.sql("select id from risk_item where assessment_id = ?")
                .param(assessment)
                .query(UUID.class)
                .single());
        var change = html(get("/risk/risks/" + risk + "/change"));
        assertThat(change)
                .contains("value=\"Online radicalisation\"")
                .containsPattern("value=\"4\"\\s+id=\"likelihood-\\d+\" name=\"likelihood\" checked")
                .containsPattern("value=\"3\"\\s+id=\"impact-\\d+\" name=\"impact\" checked");
        assertThat(html(get("/risk/actions/new").param("risk", risk.toString())))
                .containsPattern("value=\"" + risk + "\" selected");
        var draft = perform(get(stage())).getResponse();
        assertThat(draft.getRedirectedUrl()).isEqualTo("/risk?version=" + assessment);
        assertThat(perform(get("/risk/assessments/" + assessment + "/significant-change"))
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/risk?version=" + assessment);
        perform(post(stage()).param("to", "CONSULTATION"));
        assertThat(html(get(stage()))).contains("Record the review").contains("Reviewed by");
    }

    private void addRisk(String title, String category, String likelihood, String impact) throws Exception {
        var result = perform(post("/risk/assessments/" + assessment + "/risks")
                .param("title", title)
                .param("category", category)
                .param("likelihood", likelihood)
                .param("impact", impact));
        assertThat(result.getFlashMap().get("success")).isEqualTo("risk.risk.added");
    }

    private String stage() {
        return "/risk/assessments/" + assessment + "/stage";
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
