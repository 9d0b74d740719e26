package org.preventduty.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preventduty.support.FormFields.day;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
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
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
@Import({IdentityFixtures.class, SystemSql.class, ReferralFixtures.class})
class TrainingSessionsIntegrationTests {

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
    TrainingRecords records;

    @Autowired
    TrainingSessions sessions;

    @Autowired
    TrainingCoverage coverage;

    @Autowired
    SystemSql sql;

    TestUser admin;

    @BeforeEach
    void setUp() {
        admin = fixtures.user(fixtures.tenant(), Role.TRAINING_ADMIN);
        as.as(admin, () -> {
            records.createCourse("WRAP3", "WRAP", 2, 36, "FACE_TO_FACE");
            records.importStaff(TrainingApiIntegrationTests.HEADER
                    + "A1,Never Trained,,The council,Adults,Social worker,2,,\n"
                    + "B1,Trained Five Years Ago,,The council,Adults,Social worker,2,,\n"
                    + "D1,Trained Four Years Ago,,The council,Adults,Social worker,2,,\n"
                    + "C1,Trained Last Year,,The council,Adults,Social worker,2,,\n"
                    + "E1,Other Department,,The council,Housing,Officer,2,,\n"
                    + "F1,Needs Tier Three,,The council,Adults,Prevent lead,3,,\n"
                    + "G1,Left Last Year,,The council,Adults,Social worker,2,2015-01-01,"
                    + TODAY.minusYears(1) + "\n");
            records.importCompletions("staff_id,course_code,completed_on\n"
                    + "B1,WRAP3," + TODAY.minusYears(5) + "\n"
                    + "D1,WRAP3," + TODAY.minusYears(4) + "\n"
                    + "C1,WRAP3," + TODAY.minusYears(1) + "\n");
            return null;
        });
    }

    @Test
    void invitationsGoToStaffWhoNeedTheCourseInTheAudienceNeverTrainedFirstUpToTheCapacity() throws Exception {
        var session = plan("capacity", "2", "department", "Adults", "on", TODAY.toString());

        var page = as(admin, get("/training/sessions/" + session)).getContentAsString();
        assertThat(page)
                .contains("Never Trained")
                .contains("Trained Five Years Ago")
                .contains("Invite these 2");
        assertThat(candidates(session)).containsExactly("A1", "B1");

        as(admin, post("/training/sessions/" + session + "/invitations"));

        assertThat(invited(session)).containsExactlyInAnyOrder("A1", "B1");
        assertThat(candidates(session)).isEmpty();
        var after = as(admin, get("/training/sessions/" + session)).getContentAsString();
        assertThat(after).contains("Nobody else in the audience needs this session.");
        assertThat(sql.auditCount("TRAINING_INVITATIONS_SENT", session)).isEqualTo(1);
    }

    @Test
    void withoutAnAudienceOrCapacityEveryoneWhoNeedsTheCourseIsInvitedButNotThoseItCannotSatisfy() throws Exception {
        var session = plan("on", TODAY.plusDays(7).toString());

        // F1 needs tier 3, which WRAP3 (tier 2) does not give; C1 is trained; G1 has left.
        assertThat(candidates(session)).containsExactly("A1", "E1", "B1", "D1");
    }

    @Test
    void attendanceGivesEachAttendeeACompletionOnTheDayAndDeliversTheSessionOnce() throws Exception {
        var session = plan("capacity", "2", "department", "Adults", "on", TODAY.toString());
        as(admin, post("/training/sessions/" + session + "/invitations"));
        var a1 = staffRow("A1");

        var recorded =
                as(admin, post("/training/sessions/" + session + "/attendance").param("attended", a1.toString()));

        assertThat(recorded.getRedirectedUrl()).isEqualTo("/training/sessions/" + session);
        assertThat(completionsOf("A1")).containsExactly(TODAY.toString());
        assertThat(completionsOf("B1")).containsExactly(TODAY.minusYears(5).toString());
        assertThat(sql.<String>run(jdbc -> jdbc.sql("select status from training_session where id = ?")
                        .param(session)
                        .query(String.class)
                        .single()))
                .isEqualTo("DELIVERED");
        var page = as(admin, get("/training/sessions/" + session)).getContentAsString();
        assertThat(page).contains("Came").contains("Did not come");
        // The session now counts as delivered to Adults, and A1 as trained.
        var adults = as.as(admin, () -> coverage.coverage(TODAY, TODAY.minusDays(1), TODAY)).stream()
                .filter(r -> "Adults".equals(r.group()))
                .findFirst()
                .orElseThrow();
        assertThat(adults.sessionsDelivered()).isEqualTo(1);
        assertThat(adults.trained()).isEqualTo(2);

        var again =
                problem(post("/training/sessions/" + session + "/attendance").param("attended", a1.toString()));
        assertThat(again).contains(message("training.session.notPlanned"));
        assertThat(completionsOf("A1")).hasSize(1);
    }

    @Test
    void attendanceWaitsForTheDayAndACancelledSessionTakesNoMore() throws Exception {
        var session = plan("on", TODAY.plusDays(3).toString());
        as(admin, post("/training/sessions/" + session + "/invitations"));

        var early = problem(post("/training/sessions/" + session + "/attendance")
                .param("attended", staffRow("A1").toString()));
        assertThat(early).contains(message("training.session.notYet"));
        assertThat(completionsOf("A1")).isEmpty();

        as(admin, post("/training/sessions/" + session + "/cancel"));
        var invite = problem(post("/training/sessions/" + session + "/invitations"));
        assertThat(invite).contains(message("training.session.notPlanned"));
        assertThat(as(
                                admin,
                                get("/training/sessions")
                                        .param("from", TODAY.toString())
                                        .param("status", "CANCELLED"))
                        .getContentAsString())
                .contains("Cancelled")
                .contains("WRAP3");
    }

    @Test
    void aMonthlySeriesPlansOneSessionADayOfEachMonthUnderOneTitle() throws Exception {
        var first = LocalDate.of(TODAY.getYear() + 1, 1, 15);
        plan("on", first.toString(), "months", "3", "startsAt", "09:30");

        var days = sql.<List<String>>run(jdbc -> jdbc.sql("select cast(s.delivered_on as varchar(10)) from"
                        + " training_session s join training_series r on r.id = s.series_id where s.tenant_id = ?"
                        + " order by s.delivered_on")
                .param(admin.tenantId().value())
                .query(String.class)
                .list());
        assertThat(days)
                .containsExactly(
                        first.toString(),
                        first.plusMonths(1).toString(),
                        first.plusMonths(2).toString());
        var list = as(admin, get("/training/sessions").param("from", first.toString()))
                .getContentAsString();
        assertThat(list)
                .contains("WRAP, monthly from January " + first.getYear())
                .contains("09:30");
    }

    @Test
    void aSessionWithoutAPlaceOrWithABadLinkIsRefusedWithEachProblemAndNothingSaved() throws Exception {
        var response = as(
                admin,
                post("/training/sessions")
                        .param("courseCode", "WRAP3")
                        .param("onlineLink", "http://meet.example/x")
                        .param("capacity", "0"));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString())
                .contains("There is a problem")
                .contains("Enter the day of the session")
                .contains("Enter an online link that starts with https://")
                .contains("Enter between 1 and 500 places");
        var noPlace = as(
                        admin,
                        post("/training/sessions")
                                .param("courseCode", "WRAP3")
                                .params(day("on", LocalDate.parse("2030-01-01"))))
                .getContentAsString();
        assertThat(noPlace).contains("Enter a venue or an online link");
        assertThat(FormFields.refused(as(
                        admin,
                        post("/training/sessions")
                                .param("courseCode", "WRAP3")
                                .params(day("on", LocalDate.parse("2030-01-01")))
                                .param("venue", "Hall")
                                .param("capacity", "lots"))))
                .contains(message("typeMismatch.java.lang.Integer"))
                .contains("href=\"#capacity\"");
        assertThat(sql.<Long>run(jdbc -> jdbc.sql("select count(*) from training_session where tenant_id = ?")
                        .param(admin.tenantId().value())
                        .query(Long.class)
                        .single()))
                .isZero();
    }

    @Test
    void remindersAreOffUnlessSwitchedOnAndThePageSaysWhatTheyNeed() throws Exception {
        assertThat(as(admin, get("/training/reminders")).getContentAsString())
                .contains("Reminders are off")
                .doesNotContain("Send the reminders due now");
        assertThat(problem(post("/training/reminders"))).contains(message("training.reminders.off"));
        assertThat(sql.<Long>run(jdbc -> jdbc.sql("select count(*) from training_reminder where tenant_id = ?")
                        .param(admin.tenantId().value())
                        .query(Long.class)
                        .single()))
                .isZero();
    }

    @Test
    void aCourseCountsOnlyForTheTiersItSatisfies() {
        var table = as.as(admin, () -> {
            records.createCourse("CHANNEL", "Channel panel", 3, 36, "ONLINE", 3);
            records.importStaff(TrainingApiIntegrationTests.HEADER
                    + "T2,Tier Two With Tier Three Course,,The council,Panel,Officer,2,,\n"
                    + "T3,Tier Three,,The council,Panel,Officer,3,,\n"
                    + "T1,Tier One With Wrap,,The council,Panel,Officer,1,,\n");
            records.importCompletions("staff_id,course_code,completed_on\n"
                    + "T2,CHANNEL," + TODAY.minusMonths(1) + "\n"
                    + "T3,CHANNEL," + TODAY.minusMonths(1) + "\n"
                    + "T1,WRAP3," + TODAY.minusMonths(1) + "\n");
            return coverage.coverage(TODAY, TODAY, TODAY);
        });

        var panel = table.stream()
                .filter(r -> "Panel".equals(r.group()))
                .findFirst()
                .orElseThrow();
        assertThat(panel.requiringTraining()).isEqualTo(3);
        assertThat(panel.trained()).isEqualTo(2);
        var t2 = as.as(admin, () -> records.list(TrainingRecords.ListKind.NEVER_TRAINED, TODAY, 90)).stream()
                .map(TrainingRecords.Listed::staffId)
                .toList();
        assertThat(t2).contains("T2").doesNotContain("T1", "T3");
    }

    @Test
    void eachEmptyQuestionPageNamesEveryMissingAnswerAndSavesNothing() throws Exception {
        assertThat(problem(post("/training/courses")))
                .contains(message("training.course.code.invalid"))
                .contains(message("training.course.title.invalid"))
                .contains(message("training.course.tier.invalid"))
                .contains(message("training.course.delivery.invalid"))
                .contains(message("training.course.validity.invalid"));
        assertThat(problem(post("/training/courses")
                        .param("code", "WRAP3")
                        .param("title", "Workshop to Raise Awareness of Prevent")
                        .param("tier", "1")
                        .param("lowestTierSatisfied", "2")
                        .param("delivery", "FACE_TO_FACE")
                        .param("validityMonths", "36")))
                .contains(message("training.course.lowest.invalid"));
        assertThat(problem(post("/training/courses")
                        .param("code", "WRAP3")
                        .param("title", "Again")
                        .param("tier", "2")
                        .param("lowestTierSatisfied", "1")
                        .param("delivery", "FACE_TO_FACE")
                        .param("validityMonths", "36")))
                .contains(message("course.code.taken"));
        assertThat(problem(post("/training/rules").param("refreshMonths", "200")))
                .contains(message("training.rule.tier.invalid"))
                .contains(message("training.rule.refresh.invalid"));
        assertThat(problem(post("/training/trainers")))
                .contains(message("training.trainer.name"))
                .contains(message("training.trainer.organisation"))
                .contains(message("training.trainer.accreditedOn"));
        assertThat(sql.<Long>run(jdbc -> jdbc.sql("select (select count(*) from training_trainer where tenant_id = ?)"
                                + " + (select count(*) from training_requirement_rule where tenant_id = ?)")
                        .params(admin.tenantId().value(), admin.tenantId().value())
                        .query(Long.class)
                        .single()))
                .isZero();
        assertThat(as(admin, get("/training/courses/new")).getContentAsString())
                .contains("<h1 class=\"govuk-heading-l\">Add a course</h1>")
                .contains("value=\"36\"");
    }

    private UUID plan(String... params) throws Exception {
        var request = post("/training/sessions").param("courseCode", "WRAP3").param("venue", "Committee Room 1");
        for (var i = 0; i < params.length; i += 2) {
            request = "on".equals(params[i])
                    ? request.params(day("on", LocalDate.parse(params[i + 1])))
                    : request.param(params[i], params[i + 1]);
        }
        var response = as(admin, request);
        assertThat(response.getRedirectedUrl())
                .as(response.getContentAsString())
                .startsWith("/training/sessions/");
        return UUID.fromString(response.getRedirectedUrl().substring("/training/sessions/".length()));
    }

    private List<String> candidates(UUID session) {
        return as.as(admin, () -> sessions.candidates(session)).stream()
                .map(TrainingRecords.Listed::staffId)
                .toList();
    }

    private List<String> invited(UUID session) {
        return sql.run(jdbc -> jdbc.sql("select s.staff_id from training_invitation i join training_staff s on s.id ="
                        + " i.staff_row_id where i.session_id = ?")
                .param(session)
                .query(String.class)
                .list());
    }

    private UUID staffRow(String staffId) {
        return sql.run(jdbc -> jdbc.sql("select id from training_staff where staff_id = ? and tenant_id = ?")
                .params(staffId, admin.tenantId().value())
                .query(UUID.class)
                .single());
    }

    private List<String> completionsOf(String staffId) {
        return sql.run(jdbc -> jdbc.sql("select cast(c.completed_on as varchar(10)) from training_completion c join"
                        + " training_staff s on s.id = c.staff_row_id where s.staff_id = ? and s.tenant_id = ?")
                .params(staffId, admin.tenantId().value())
                .query(String.class)
                .list());
    }

    /** The page a refused action is shown again on, as a person reads it. */
    private String problem(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return FormFields.refused(
                mvc.perform(request.with(csrf()).with(authentication(fixtures.authentication(admin, true))))
                        .andReturn()
                        .getResponse());
    }

    private String message(String code) {
        return messages.getMessage(code, null, java.util.Locale.UK);
    }

    private MockHttpServletResponse as(TestUser user, AbstractMockHttpServletRequestBuilder<?> request)
            throws Exception {
        return mvc.perform(request.with(csrf()).with(authentication(fixtures.authentication(user, true))))
                .andReturn()
                .getResponse();
    }
}
