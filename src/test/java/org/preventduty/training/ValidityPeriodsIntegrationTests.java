package org.preventduty.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preventduty.identity.IdentityFixtures;
import org.preventduty.identity.IdentityFixtures.TestUser;
import org.preventduty.identity.Role;
import org.preventduty.identity.TenantScope;
import org.preventduty.referrals.ReferralFixtures;
import org.preventduty.support.SystemSql;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The periods of valid training that coverage counts: merged, cut short by a refresh interval, limited to courses that
 * satisfy the tier required, and kept as completions and rules change; the migration that made the table computes the
 * same periods from records already held.
 */
@SpringBootTest
@Import({IdentityFixtures.class, SystemSql.class, ReferralFixtures.class})
class ValidityPeriodsIntegrationTests {

    static final String COMPLETIONS = "staff_id,course_code,completed_on\n";

    @Autowired
    IdentityFixtures fixtures;

    @Autowired
    ReferralFixtures as;

    @Autowired
    TrainingRecords records;

    @Autowired
    Completions completions;

    @Autowired
    RequirementRules rules;

    @Autowired
    TrainingCoverage coverage;

    @Autowired
    SystemSql sql;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    TestUser admin;

    @BeforeEach
    void setUp() {
        admin = fixtures.user(fixtures.tenant(), Role.TRAINING_ADMIN);
        as.as(admin, () -> {
            records.createCourse("WRAP3", "Workshop", 2, 36, "FACE_TO_FACE");
            records.createCourse("EL", "E-learning", 1, 24, "E_LEARNING");
            records.createCourse("PANEL", "Channel panel members", 3, 36, "ONLINE", 3);
            records.importStaff(TrainingApiIntegrationTests.HEADER
                    + "A1,Ana One,,The council,Adults,Nurse,2,,\n"
                    + "B1,Ben One,,The council,Adults,Nurse,2,,\n"
                    + "C1,Cal One,,The council,Specialist,Prevent coordinator,,,\n");
            records.importCompletions(COMPLETIONS
                    + "A1,WRAP3,2018-01-10\n"
                    + "A1,WRAP3,2020-06-01\n"
                    + "A1,EL,2019-01-01\n"
                    + "A1,WRAP3,2024-01-01\n"
                    + "B1,PANEL,2020-01-01\n"
                    + "C1,WRAP3,2020-01-31\n");
            return null;
        });
    }

    @Test
    void overlappingCompletionsMakeOnePeriodAndCoursesBelowTheTierOrOutsideItsRangeMakeNone() {
        assertThat(periods()).containsExactly("A1|2018-01-10|2023-06-01", "A1|2024-01-01|2027-01-01");
    }

    @Test
    void aRuleWithARefreshIntervalCutsThePeriodShortAndItsRemovalEndsThePeriod() {
        var rule = as.as(admin, () -> rules.add(null, "Specialist", null, 2, 12));

        assertThat(periods()).contains("C1|2020-01-31|2021-01-31");
        assertThat(trained(LocalDate.of(2020, 12, 31))).containsExactly(3L, 2L);
        assertThat(trained(LocalDate.of(2021, 2, 1))).containsExactly(3L, 1L);

        as.as(admin, () -> {
            rules.remove(rule);
            return null;
        });
        assertThat(periods()).noneMatch(period -> period.startsWith("C1"));
        assertThat(trained(LocalDate.of(2020, 12, 31))).containsExactly(2L, 1L);
    }

    @Test
    void correctingAndRemovingCompletionsMovesThePeriods() {
        var later = completion("A1", LocalDate.of(2024, 1, 1));
        var middle = completion("A1", LocalDate.of(2020, 6, 1));

        as.as(admin, () -> {
            completions.correct(later, "WRAP3", LocalDate.of(2023, 6, 1), "The register shows the earlier session");
            return null;
        });
        assertThat(periods()).containsExactly("A1|2018-01-10|2026-06-01");

        as.as(admin, () -> {
            completions.remove(middle, "Recorded against the wrong person");
            return null;
        });
        assertThat(periods()).containsExactly("A1|2018-01-10|2021-01-10", "A1|2023-06-01|2026-06-01");
        assertThat(trained(LocalDate.of(2022, 3, 1))).containsExactly(2L, 0L);
    }

    @Test
    void aStaffListNamingAnotherTierRecomputesThePeriodsOfThatTier() {
        as.as(
                admin,
                () -> records.importStaff(TrainingApiIntegrationTests.HEADER
                        + "A1,Ana One,,The council,Adults,Nurse,1,,\n"
                        + "B1,Ben One,,The council,Adults,Channel panel member,3,,\n"
                        + "C1,Cal One,,The council,Specialist,Prevent coordinator,,,\n"));

        // A1's e-learning of 2019 now counts too, within the first WRAP period; B1's panel course now satisfies.
        assertThat(periods())
                .containsExactly("A1|2018-01-10|2023-06-01", "A1|2024-01-01|2027-01-01", "B1|2020-01-01|2023-01-01");
    }

    @Test
    void anImportTouchingManyPeopleRecomputesTheWholeCouncilWithTheSameResult() {
        var staff = new StringBuilder(TrainingApiIntegrationTests.HEADER);
        var completions = new StringBuilder(COMPLETIONS);
        for (var i = 0; i < 600; i++) {
            staff.append("M").append(i).append(",Member ").append(i).append(",,The council,Adults,Nurse,2,,\n");
            completions
                    .append("M")
                    .append(i)
                    .append(",WRAP3,2019-0")
                    .append(1 + i % 9)
                    .append("-15\n");
        }
        as.as(admin, () -> records.importStaff(staff.toString()));
        as.as(admin, () -> records.importCompletions(completions.toString()));

        var periods = periods();
        assertThat(periods).hasSize(602).contains("M0|2019-01-15|2022-01-15", "M599|2019-06-15|2022-06-15");
        assertThat(periods).containsSubsequence("A1|2018-01-10|2023-06-01", "A1|2024-01-01|2027-01-01");
    }

    @Test
    void theMigrationComputesTheSamePeriodsAsTheApplication() throws IOException {
        as.as(admin, () -> rules.add(null, "Specialist", null, 2, 12));
        var kept = periods();
        var script = new ClassPathResource("db/migration/training/V4__validity_periods.sql")
                .getContentAsString(StandardCharsets.UTF_8);
        var backfill = script.substring(script.indexOf("insert into training_validity"))
                .strip()
                .replaceAll(";$", "");

        var recomputed = TenantScope.asSystem(() -> transactions.execute(status -> {
            jdbc.sql("delete from training_validity").update();
            jdbc.sql(backfill).update();
            var rows = periods(jdbc);
            status.setRollbackOnly();
            return rows;
        }));

        assertThat(recomputed).isEqualTo(kept).hasSize(3);
    }

    private List<String> periods() {
        return sql.run(this::periods);
    }

    private List<String> periods(JdbcClient db) {
        return db.sql("select s.staff_id, v.valid_from, v.valid_to from training_validity v join training_staff s"
                        + " on s.tenant_id = v.tenant_id and s.id = v.staff_row_id where v.tenant_id = ?"
                        + " order by s.staff_id, v.valid_from")
                .param(admin.tenantId().value())
                .query((rs, n) -> rs.getString(1) + "|" + rs.getObject(2, LocalDate.class) + "|"
                        + rs.getObject(3, LocalDate.class))
                .list();
    }

    private List<Long> trained(LocalDate day) {
        var total = as.as(
                admin,
                () -> coverage.table(day, day, day, TrainingCoverage.Grouping.DEPARTMENT)
                        .total());
        return List.of(total.requiringTraining(), total.trained());
    }

    private UUID completion(String staffId, LocalDate on) {
        return sql.run(db -> db.sql("select c.id from training_completion c join training_staff s"
                        + " on s.id = c.staff_row_id where s.tenant_id = ? and s.staff_id = ? and c.completed_on = ?")
                .params(admin.tenantId().value(), staffId, on)
                .query(UUID.class)
                .single());
    }
}
