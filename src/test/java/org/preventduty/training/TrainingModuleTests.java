package org.preventduty.training;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.preventduty.identity.IdentityFixtures;
import org.preventduty.identity.Role;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * Training started with the modules it depends on (identity, audit, privacy, partners, shared) and none of the others.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@Import(IdentityFixtures.class)
class TrainingModuleTests {

    private final TrainingRecords records;
    private final Completions completions;
    private final IdentityFixtures fixtures;
    private final ApplicationContext context;

    TrainingModuleTests(
            TrainingRecords records, Completions completions, IdentityFixtures fixtures, ApplicationContext context) {
        this.records = records;
        this.completions = completions;
        this.fixtures = fixtures;
        this.context = context;
    }

    @Test
    void trainingRunsWithOnlyTheModulesItDependsOnAndKeepsItsCourses() throws Exception {
        for (var other : new String[] {
            "org.preventduty.channel.ChannelWork",
            "org.preventduty.referrals.ReferralTriage",
            "org.preventduty.governance.Boards",
            "org.preventduty.reporting.DisclosureSettings"
        }) {
            assertThat(context.getBeanNamesForType(Class.forName(other)))
                    .as(other + " is not started")
                    .isEmpty();
        }
        var admin = fixtures.user(fixtures.tenant(), Role.TRAINING_ADMIN);

        fixtures.as(
                admin,
                () -> records.createCourse("WRAP3", "Workshop to Raise Awareness of Prevent", 2, 36, "FACE_TO_FACE"));

        var courses =
                fixtures.as(admin, () -> completions.courses(admin.tenantId().value()));
        assertThat(courses).containsOnlyKeys("WRAP3");
        assertThat(courses.get("WRAP3").validityMonths()).isEqualTo(36);
    }
}
