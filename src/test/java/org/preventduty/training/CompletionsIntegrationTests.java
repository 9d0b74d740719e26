package org.preventduty.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preventduty.support.FormFields.day;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
@Import({IdentityFixtures.class, SystemSql.class, ReferralFixtures.class})
class CompletionsIntegrationTests {

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
    SystemSql sql;

    TestUser admin;
    UUID staff;

    @BeforeEach
    void setUp() {
        admin = fixtures.user(fixtures.tenant(), Role.TRAINING_ADMIN);
        as.as(admin, () -> {
            records.createCourse("WRAP3", "Workshop", 2, 36, "FACE_TO_FACE");
            records.createCourse("EL", "E-learning", 1, 24, "E_LEARNING");
            records.importStaff(TrainingApiIntegrationTests.HEADER + "H1,Hand Entered,,The council,Adults,Nurse,2,,\n");
            return null;
        });
        staff = sql.run(jdbc -> jdbc.sql("select id from training_staff where staff_id = 'H1' and tenant_id = ?")
                .param(admin.tenantId().value())
                .query(UUID.class)
                .single());
    }

    @Test
    void aCompletionEnteredByHandKeepsItsEvidenceAndExpiresAfterTheCourseValidity() throws Exception {
        var entered = perform(post("/training/staff/" + staff + "/completions")
                .param("courseCode", "WRAP3")
                .params(day("completedOn", LocalDate.parse("2024-03-05")))
                .param("evidence", "Certificate WR-2024-118 signed by the trainer"));

        assertThat(entered.getFlashMap().get("success")).isEqualTo("training.completion.entered");
        assertThat(completions()).containsExactly("WRAP3|2024-03-05|2027-03-05|HAND");
        var page = html(get("/training/staff/" + staff));
        assertThat(page)
                .contains("Certificate WR-2024-118 signed by the trainer")
                .contains("Entered by hand")
                .contains("Entered WRAP3 completed on 2024-03-05");
        var id = completionId();
        assertThat(sql.auditCount("TRAINING_COMPLETION_ENTERED", id)).isEqualTo(1);
    }

    @Test
    void aCompletionWithoutEvidenceInTheFutureOrTwiceIsRefusedAndNothingChanges() throws Exception {
        assertThat(refused(post("/training/staff/" + staff + "/completions")
                        .param("courseCode", "WRAP3")
                        .params(day("completedOn", LocalDate.parse("2024-03-05")))
                        .param("evidence", " ")))
                .contains(message("training.completion.evidence"));
        assertThat(refused(post("/training/staff/" + staff + "/completions")
                        .param("courseCode", "WRAP3")
                        .params(day("completedOn", LocalDate.parse("2999-01-01")))
                        .param("evidence", "x")))
                .contains(message("training.completion.future"));
        assertThat(refused(post("/training/staff/" + staff + "/completions")
                        .param("courseCode", "NOPE")
                        .params(day("completedOn", LocalDate.parse("2024-01-01")))
                        .param("evidence", "x")))
                .contains(message("training.completion.course"));
        assertThat(refused(post("/training/staff/" + staff + "/completions")
                        .param("courseCode", "WRAP3")
                        .param("completedOnDay", "5")
                        .param("completedOnMonth", "March")
                        .param("evidence", "x")))
                .contains(message("training.completion.completedOn.invalid"));
        assertThat(completions()).isEmpty();

        perform(post("/training/staff/" + staff + "/completions")
                .param("courseCode", "WRAP3")
                .params(day("completedOn", LocalDate.parse("2024-03-05")))
                .param("evidence", "register"));
        assertThat(refused(post("/training/staff/" + staff + "/completions")
                        .param("courseCode", "WRAP3")
                        .params(day("completedOn", LocalDate.parse("2024-03-05")))
                        .param("evidence", "register again")))
                .contains(message("training.completion.duplicate"));
        assertThat(completions()).hasSize(1);
        assertThat(perform(post("/training/staff/" + UUID.randomUUID() + "/completions")
                                .param("courseCode", "WRAP3")
                                .params(day("completedOn", LocalDate.parse("2024-03-05")))
                                .param("evidence", "x"))
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void aCorrectionChangesTheCourseAndDayAndKeepsWhatItWasWithWhy() throws Exception {
        as.as(admin, () -> records.importCompletions("staff_id,course_code,completed_on\nH1,EL,2023-01-10\n"));
        var id = completionId();

        perform(post("/training/completions/" + id + "/correct")
                .param("courseCode", "WRAP3")
                .params(day("completedOn", LocalDate.parse("2023-01-12")))
                .param("reason", "The export named the wrong course"));

        assertThat(completions()).containsExactly("WRAP3|2023-01-12|2026-01-12|IMPORT");
        assertThat(html(get("/training/staff/" + staff)))
                .contains("Corrected EL on 2023-01-10 to WRAP3 on 2023-01-12")
                .contains("The export named the wrong course");
        assertThat(sql.auditCount("TRAINING_COMPLETION_CORRECTED", id)).isEqualTo(1);

        assertThat(refused(post("/training/completions/" + id + "/correct")
                        .param("courseCode", "WRAP3")
                        .params(day("completedOn", LocalDate.parse("2023-01-12")))
                        .param("reason", "nothing")))
                .contains(message("training.completion.unchanged"));
        assertThat(refused(post("/training/completions/" + id + "/correct")
                        .param("courseCode", "WRAP3")
                        .params(day("completedOn", LocalDate.parse("2023-01-13")))))
                .contains(message("training.completion.reason"));
        assertThat(completions()).containsExactly("WRAP3|2023-01-12|2026-01-12|IMPORT");
    }

    @Test
    void aRemovedCompletionLeavesItsHistoryAndTheMemberOfStaffNeedsTrainingAgain() throws Exception {
        as.as(admin, () -> records.importCompletions("staff_id,course_code,completed_on\nH1,WRAP3,2025-06-01\n"));
        var id = completionId();

        assertThat(refused(post("/training/completions/" + id + "/remove")))
                .contains(message("training.completion.reason"));
        assertThat(completions()).hasSize(1);
        perform(post("/training/completions/" + id + "/remove").param("reason", "Recorded against the wrong person"));

        assertThat(completions()).isEmpty();
        assertThat(html(get("/training/staff/" + staff)))
                .contains("Removed WRAP3 completed on 2025-06-01")
                .contains("Recorded against the wrong person")
                .contains("Needs tier 2 training now.");
        assertThat(sql.auditCount("TRAINING_COMPLETION_REMOVED", id)).isEqualTo(1);
        assertThat(perform(post("/training/completions/" + id + "/remove").param("reason", "again"))
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void anotherCouncilCannotSeeOrChangeTheCompletions() throws Exception {
        as.as(admin, () -> records.importCompletions("staff_id,course_code,completed_on\nH1,WRAP3,2025-06-01\n"));
        var id = completionId();
        var stranger = fixtures.user(fixtures.tenant(), Role.TRAINING_ADMIN);

        var response = mvc.perform(post("/training/completions/" + id + "/remove")
                        .param("reason", "x")
                        .with(csrf())
                        .with(authentication(fixtures.authentication(stranger, true))))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(completions()).hasSize(1);
    }

    private List<String> completions() {
        return sql.run(jdbc -> jdbc.sql("select k.code, cast(c.completed_on as varchar(10)),"
                        + " cast(c.expires_on as varchar(10)), c.source from training_completion c join training_course"
                        + " k on k.id = c.course_id where c.staff_row_id = ?")
                .param(staff)
                .query((rs, n) ->
                        rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4))
                .list());
    }

    private UUID completionId() {
        return sql.run(jdbc -> jdbc.sql("select id from training_completion where staff_row_id = ?")
                .param(staff)
                .query(UUID.class)
                .single());
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
        return mvc.perform(request.with(csrf()).with(authentication(fixtures.authentication(admin, true))))
                .andReturn();
    }
}
