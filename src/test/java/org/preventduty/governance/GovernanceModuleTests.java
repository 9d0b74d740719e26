package org.preventduty.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.preventduty.governance.GovernanceRules.Frequency;
import org.preventduty.identity.IdentityFixtures;
import org.preventduty.identity.Role;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * Governance started on its own with the modules it depends on (identity, audit, shared) and none of the others: it
 * keeps its boards and their schedule without Channel, referrals, training or reporting. The disclosure control its
 * returns publish counts under is the one thing another module gives it (reporting implements {@link CountDisclosure}),
 * so the test gives its own.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@Import({IdentityFixtures.class, GovernanceModuleTests.Disclosure.class})
class GovernanceModuleTests {

    /** Hides every count below 5, as the councils' default does. */
    @TestConfiguration
    static class Disclosure {
        @Bean
        CountDisclosure countDisclosure() {
            return (tenant, counts, lastIsTotal) -> counts.stream()
                    .map(count -> count > 0 && count < 5 ? "[c]" : String.valueOf(count))
                    .toList();
        }
    }

    private final Boards boards;
    private final IdentityFixtures fixtures;
    private final ApplicationContext context;

    GovernanceModuleTests(Boards boards, IdentityFixtures fixtures, ApplicationContext context) {
        this.boards = boards;
        this.fixtures = fixtures;
        this.context = context;
    }

    @Test
    void governanceRunsWithOnlyTheModulesItDependsOnAndKeepsABoardsSchedule() throws Exception {
        for (var other : new String[] {
            "org.preventduty.channel.ChannelWork",
            "org.preventduty.referrals.ReferralTriage",
            "org.preventduty.training.TrainingRecords",
            "org.preventduty.reporting.DisclosureSettings"
        }) {
            assertThat(context.getBeanNamesForType(Class.forName(other)))
                    .as(other + " is not started")
                    .isEmpty();
        }
        var officer = fixtures.user(fixtures.tenant(), Role.DELIVERY_OFFICER);

        fixtures.as(
                officer,
                () -> boards.create(
                        "Health and Wellbeing Board", "Public health", Frequency.ANNUAL, LocalDate.of(2024, 1, 24)));

        var schedule = fixtures.as(officer, () -> boards.schedule(LocalDate.of(2025, 2, 1)));
        assertThat(schedule).singleElement().satisfies(board -> {
            assertThat(board.nextUpdateDue()).isEqualTo(LocalDate.of(2025, 1, 24));
            assertThat(board.overdue()).isTrue();
        });
    }
}
