package org.preventduty.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.preventduty.identity.IdentityFixtures;
import org.preventduty.identity.IdentityFixtures.TestUser;
import org.preventduty.identity.Role;
import org.preventduty.referrals.ReferralFixtures;
import org.preventduty.support.SystemSql;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/** Reminders sent through a real SMTP server (GreenMail) to staff and their managers, and what was sent recorded. */
@SpringBootTest(
        properties = {
            "spring.mail.host=127.0.0.1",
            "spring.mail.port=" + TrainingRemindersIntegrationTests.PORT,
            "service.training.reminders.enabled=true",
            "service.training.reminders.from=prevent-training@test.example"
        })
@AutoConfigureMockMvc
@Import({IdentityFixtures.class, SystemSql.class, ReferralFixtures.class})
class TrainingRemindersIntegrationTests {

    static final int PORT = 3925;
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @RegisterExtension
    static GreenMailExtension smtp =
            new GreenMailExtension(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Autowired
    MockMvc mvc;

    @Autowired
    IdentityFixtures fixtures;

    @Autowired
    ReferralFixtures as;

    @Autowired
    TrainingRecords records;

    @Autowired
    TrainingReminders reminders;

    @Autowired
    SystemSql sql;

    TestUser admin;

    @BeforeEach
    void setUp() {
        admin = fixtures.user(fixtures.tenant(), Role.TRAINING_ADMIN);
        as.as(admin, () -> {
            records.createCourse("WRAP3", "WRAP", 2, 36, "FACE_TO_FACE");
            records.importStaff(TrainingApiIntegrationTests.HEADER.strip() + ",manager_staff_id\n"
                    + "MGR,Team Manager,manager@council.example,The council,Adults,Manager,,,,\n"
                    + "R1,Expiring Soon,r1@council.example,The council,Adults,Social worker,2,,,MGR\n"
                    + "R2,Never Trained,r2@council.example,The council,Adults,Social worker,2,,,\n"
                    + "R3,No Email,,The council,Adults,Social worker,2,,,MGR\n"
                    + "R4,Recently Trained,r4@council.example,The council,Adults,Social worker,2,,,MGR\n");
            records.importCompletions("staff_id,course_code,completed_on\n"
                    + "R1,WRAP3," + TODAY.minusMonths(36).plusDays(30) + "\n"
                    + "R4,WRAP3," + TODAY.minusMonths(1) + "\n");
            return null;
        });
    }

    @Test
    void staffWhoseTrainingIsDueOrExpiringAreEmailedWithTheirManagerCopiedOnceAndItIsRecorded() throws Exception {
        var sent = perform(post("/training/reminders"));

        assertThat(sent.getFlashMap().get("successName")).isEqualTo("2 / 1 / 0");
        var messages = smtp.getReceivedMessages();
        var toR1 = Arrays.stream(messages)
                .filter(m -> recipients(m, Message.RecipientType.TO).contains("r1@council.example"))
                .findFirst()
                .orElseThrow();
        assertThat(toR1.getSubject()).matches("Prevent training \\(tier 2\\) expires on \\d{1,2} [A-Z][a-z]+ \\d{4}");
        assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(toR1))
                .contains("Your Prevent training of tier 2 expires on")
                .doesNotContain("{");
        assertThat(recipients(toR1, Message.RecipientType.CC)).containsExactly("manager@council.example");
        assertThat(toR1.getFrom()[0].toString()).isEqualTo("prevent-training@test.example");
        var toR2 = Arrays.stream(messages)
                .filter(m -> recipients(m, Message.RecipientType.TO).contains("r2@council.example"))
                .findFirst()
                .orElseThrow();
        assertThat(toR2.getSubject()).isEqualTo("Prevent training (tier 2) is due");
        assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(toR2)).contains("none is recorded for you");
        // R1's copy goes to the manager too: three deliveries, two messages.
        assertThat(messages).hasSize(3);

        var again = perform(post("/training/reminders"));
        assertThat(again.getFlashMap().get("successName")).isEqualTo("0 / 1 / 0");
        assertThat(smtp.getReceivedMessages()).hasSize(3);

        var page = perform(get("/training/reminders")).getResponse().getContentAsString();
        assertThat(page)
                .contains("r1@council.example, manager@council.example")
                .contains("Training due")
                .contains("Training expires on");
        assertThat(sql.auditCount("TRAINING_REMINDERS_SENT", "round")).isGreaterThanOrEqualTo(2);
    }

    @Test
    void theMorningRoundSendsEveryCouncilsRemindersWithoutAnyoneSignedIn() throws Exception {
        reminders.sendEverywhere();

        var recorded = sql.<List<String>>run(jdbc -> jdbc.sql("select s.staff_id from training_reminder r join"
                        + " training_staff s on s.id = r.staff_row_id where r.tenant_id = ? order by s.staff_id")
                .param(admin.tenantId().value())
                .query(String.class)
                .list());
        assertThat(recorded).containsExactly("R1", "R2");
    }

    @Test
    void aStaffListWithoutTheManagerColumnKeepsTheManagersHeld() {
        as.as(
                admin,
                () -> records.importStaff(TrainingApiIntegrationTests.HEADER
                        + "R1,Expiring Soon,r1@council.example,The council,Adults,Senior social worker,2,,\n"));

        assertThat(sql.<String>run(jdbc -> jdbc.sql("select manager_staff_id from training_staff where staff_id = 'R1'"
                                + " and tenant_id = ?")
                        .param(admin.tenantId().value())
                        .query(String.class)
                        .single()))
                .isEqualTo("MGR");
    }

    private static List<String> recipients(MimeMessage message, Message.RecipientType type) {
        try {
            var addresses = message.getRecipients(type);
            return addresses == null
                    ? List.of()
                    : Arrays.stream(addresses).map(Object::toString).toList();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private MvcResult perform(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(csrf()).with(authentication(fixtures.authentication(admin, true))))
                .andReturn();
    }
}
