package org.preventduty.training;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.preventduty.Application;
import org.preventduty.identity.IdentityFixtures;
import org.preventduty.identity.Role;
import org.preventduty.referrals.ReferralFixtures;
import org.preventduty.support.SystemSql;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

/**
 * Two nodes of the service on one database (two application contexts), each with its scheduler: the morning round of
 * training reminders runs on one of them only, through a real SMTP server, whether both start it at once or one just
 * after the other.
 */
@SpringBootTest(
        properties = {
            "spring.mail.host=127.0.0.1",
            "spring.mail.port=" + RemindersOnceAcrossNodesIntegrationTests.PORT,
            "service.training.reminders.enabled=true",
            "service.training.reminders.from=prevent-training@test.example"
        })
@Import({IdentityFixtures.class, SystemSql.class, ReferralFixtures.class})
class RemindersOnceAcrossNodesIntegrationTests {

    static final int PORT = 3928;
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @RegisterExtension
    static GreenMailExtension smtp =
            new GreenMailExtension(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

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

    @Autowired
    Environment environment;

    /** A second node: the same application, on the same database, with the same settings. */
    private org.springframework.context.ConfigurableApplicationContext secondNode() {
        var properties = new HashMap<String, Object>();
        for (var name : new String[] {
            "spring.datasource.url",
            "spring.datasource.username",
            "spring.datasource.password",
            "spring.flyway.user",
            "spring.flyway.password",
            "spring.flyway.schemas",
            "service.secret-key",
            "spring.mail.host",
            "spring.mail.port",
            "service.training.reminders.enabled",
            "service.training.reminders.from"
        }) {
            if (environment.containsProperty(name)) {
                properties.put(name, environment.getProperty(name));
            }
        }
        properties.put("server.port", "0");
        properties.put("service.demo.enabled", "false");
        properties.put("spring.session.jdbc.cleanup-cron", "-");
        properties.put("service.web.secure-cookies", "false");
        // As arguments, which come before the application's own settings (default properties would come after).
        var arguments = properties.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(Application.class).run(arguments);
    }

    @Test
    void theMorningRoundRunsOnOneNodeOnlyAndEachReminderIsSentOnce() throws Exception {
        var admin = fixtures.user(fixtures.tenant(), Role.TRAINING_ADMIN);
        as.as(admin, () -> {
            records.createCourse("WRAP3", "WRAP", 2, 36, "FACE_TO_FACE");
            records.importStaff(TrainingApiIntegrationTests.HEADER.strip() + "\n"
                    + "R1,Expiring Soon,r1@council.example,The council,Adults,Social worker,2,,\n"
                    + "R2,Never Trained,r2@council.example,The council,Adults,Social worker,2,,\n");
            records.importCompletions("staff_id,course_code,completed_on\n" + "R1,WRAP3,"
                    + TODAY.minusMonths(36).plusDays(30) + "\n");
            return null;
        });

        try (var second = secondNode()) {
            // The second node is on the same database as this one.
            assertThat(second.getEnvironment().getProperty("spring.datasource.url"))
                    .isEqualTo(environment.getProperty("spring.datasource.url"));
            var jdbc = second.getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
            var transactions = second.getBean(org.springframework.transaction.support.TransactionTemplate.class);
            var seen = org.preventduty.identity.TenantScope.asSystem(() ->
                    transactions.execute(status -> jdbc.sql("select count(*) from training_course where code = 'WRAP3'")
                            .query(Long.class)
                            .single()));
            assertThat(seen).as("the first node's course, seen from the second").isEqualTo(1);
            var other = second.getBean(TrainingReminders.class);
            var start = new CountDownLatch(1);
            var pool = Executors.newFixedThreadPool(2);
            var first = pool.submit(() -> {
                start.await();
                reminders.sendEverywhere();
                return null;
            });
            var alongside = pool.submit(() -> {
                start.await();
                other.sendEverywhere();
                return null;
            });
            start.countDown();
            first.get(60, TimeUnit.SECONDS);
            alongside.get(60, TimeUnit.SECONDS);
            pool.shutdown();
            // Started again on the other node a moment later: the round has run, so it does not run again.
            other.sendEverywhere();
        }

        var rounds =
                sql.run(jdbc -> jdbc.sql("select count(*) from audit_event where action = 'TRAINING_REMINDERS_SENT'")
                        .query(Long.class)
                        .single());
        assertThat(rounds).as("rounds run").isEqualTo(1);
        assertThat(smtp.getReceivedMessages()).hasSize(2);
        var locks = sql.run(jdbc -> jdbc.sql("select count(*) from job_lock where name = 'training-reminders'")
                .query(Long.class)
                .single());
        assertThat(locks).isEqualTo(1);
    }
}
