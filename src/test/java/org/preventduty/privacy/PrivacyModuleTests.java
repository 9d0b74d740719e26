package org.preventduty.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.preventduty.identity.IdentityFixtures;
import org.preventduty.identity.Role;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * Privacy started with the modules it depends on (identity, audit, tasks, shared) and none of the others. Who a person
 * is comes from the module that keeps people (referrals declares {@link PersonRecords}), so the test gives its own.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@Import({IdentityFixtures.class, PrivacyModuleTests.People.class})
class PrivacyModuleTests {

    /** A council with nobody in it. */
    @TestConfiguration
    static class People {
        @Bean
        PersonRecords personRecords() {
            return new PersonRecords() {
                @Override
                public Optional<String> name(UUID tenant, UUID personId) {
                    return Optional.empty();
                }

                @Override
                public void erase(UUID tenant, UUID personId) {}
            };
        }
    }

    private final RetentionRules rules;
    private final IdentityFixtures fixtures;
    private final ApplicationContext context;

    PrivacyModuleTests(RetentionRules rules, IdentityFixtures fixtures, ApplicationContext context) {
        this.rules = rules;
        this.fixtures = fixtures;
        this.context = context;
    }

    @Test
    void privacyRunsWithOnlyTheModulesItDependsOnAndKeepsTheRetentionSchedule() throws Exception {
        for (var other : new String[] {
            "org.preventduty.channel.ChannelWork",
            "org.preventduty.referrals.ReferralTriage",
            "org.preventduty.training.TrainingRecords",
            "org.preventduty.partners.PartnerRecords"
        }) {
            assertThat(context.getBeanNamesForType(Class.forName(other)))
                    .as(other + " is not started")
                    .isEmpty();
        }
        var admin = fixtures.user(fixtures.tenant(), Role.TENANT_ADMIN);

        var schedule = fixtures.as(admin, rules::list);

        assertThat(schedule)
                .isNotEmpty()
                .allSatisfy(rule -> assertThat(rule.keepYears() > 0 || rule.keepDays() != null && rule.keepDays() > 0)
                        .as(rule.recordType() + " is kept for a time")
                        .isTrue());
    }
}
