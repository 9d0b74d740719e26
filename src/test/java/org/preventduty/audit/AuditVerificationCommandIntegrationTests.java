package org.preventduty.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.preventduty.identity.Actor;
import org.preventduty.identity.IdentityFixtures;
import org.preventduty.identity.TenantScope;
import org.preventduty.support.SystemSql;
import org.preventduty.support.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@code java -jar prevent-duty-manager.jar audit-verify} run as its own process, with the environment the application
 * runs with, against the database the application wrote: it starts with only what it needs and answers 0, 1 or 2.
 */
@SpringBootTest
@Import({IdentityFixtures.class, SystemSql.class})
class AuditVerificationCommandIntegrationTests {

    @TempDir
    static Path folder;

    /** On H2 the database is a file that another process can open while this one holds it (H2's automatic server). */
    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        if (!TestDatabase.isPostgres()) {
            registry.add(
                    "spring.datasource.url",
                    () -> "jdbc:h2:file:" + folder.resolve("audit").toAbsolutePath()
                            + ";AUTO_SERVER=TRUE;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
                            + "NON_KEYWORDS=VALUE,YEAR,MONTH,DAY,KEY");
        }
    }

    @Autowired
    IdentityFixtures fixtures;

    @Autowired
    AuditTrail trail;

    @Autowired
    SystemSql sql;

    @Autowired
    Environment environment;

    record Run(int exit, String out, String err) {}

    Run command(String url) throws IOException, InterruptedException {
        var classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var builder = new ProcessBuilder(java, "-cp", classpath, "org.preventduty.Application", "audit-verify");
        var out = Files.createTempFile(folder, "out", ".txt");
        var err = Files.createTempFile(folder, "err", ".txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment()
                .putAll(Map.of(
                        "PDM_DATABASE_URL",
                        url,
                        "PDM_DATABASE_USERNAME",
                        environment.getRequiredProperty("spring.datasource.username"),
                        "PDM_DATABASE_PASSWORD",
                        environment.getProperty("spring.datasource.password", "")));
        var process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS))
                .as("the command ends")
                .isTrue();
        return new Run(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void theCommandStartsWithOnlyTheDatabaseAndReportsAnIntactTrailThenTheFirstBrokenLink() throws Exception {
        var tenant = fixtures.tenant();
        TenantScope.asSystem(() -> {
            for (var i = 0; i < 3; i++) {
                trail.recordAs(
                        new Actor(Actor.Kind.SYSTEM, Actor.SYSTEM_ID, tenant.id(), Set.of(), "test"),
                        tenant.id(),
                        AuditRecord.of("TEST_ROW", "THING", i));
            }
        });
        var url = environment.getRequiredProperty("spring.datasource.url");

        var intact = command(url);
        assertThat(intact.exit()).as(intact.out() + intact.err()).isEqualTo(AuditVerificationCommand.INTACT);
        assertThat(intact.out())
                .contains("Audit trail verification: INTACT")
                .contains("Head tenant:" + tenant.id().value());

        sql.runAsOwner(jdbc -> {
            if (TestDatabase.isPostgres()) {
                jdbc.sql("alter table audit_event disable trigger user").update();
            }
            jdbc.sql("update audit_event set detail = 'forged' where tenant_id = ? and seq = 2")
                    .param(tenant.id().value())
                    .update();
            if (TestDatabase.isPostgres()) {
                jdbc.sql("alter table audit_event enable trigger user").update();
            }
            return null;
        });
        var broken = command(url);
        assertThat(broken.exit()).as(broken.out() + broken.err()).isEqualTo(AuditVerificationCommand.BROKEN);
        assertThat(broken.out())
                .contains("Audit trail verification: BROKEN")
                .contains("First broken link: chain tenant:" + tenant.id().value() + ", sequence 2")
                .contains("ROW_CHANGED");
    }

    @Test
    void aDatabaseThatCannotBeReachedIsNotABrokenChain() throws Exception {
        var unreachable = command("jdbc:postgresql://127.0.0.1:1/nowhere");

        assertThat(unreachable.exit()).isEqualTo(AuditVerificationCommand.NOT_CHECKED);
        assertThat(unreachable.err()).contains("NOT CHECKED").doesNotContain("\tat ");
        assertThat(unreachable.out()).doesNotContain("INTACT").doesNotContain("BROKEN");
        var lines = new ArrayList<>(unreachable.err().lines().toList());
        assertThat(lines).noneMatch(line -> line.startsWith("java.") || line.startsWith("org."));
    }
}
