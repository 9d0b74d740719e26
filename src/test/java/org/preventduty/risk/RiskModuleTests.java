package org.preventduty.risk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.preventduty.identity.IdentityFixtures;
import org.preventduty.identity.Role;
import org.preventduty.risk.RiskRules.Category;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * The risk assessment started with the modules it depends on (identity, audit, privacy, partners, tasks, shared) and
 * none of the others.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@Import(IdentityFixtures.class)
class RiskModuleTests {

    private final RiskAssessments assessments;
    private final RiskRegister register;
    private final IdentityFixtures fixtures;
    private final ApplicationContext context;

    RiskModuleTests(
            RiskAssessments assessments, RiskRegister register, IdentityFixtures fixtures, ApplicationContext context) {
        this.assessments = assessments;
        this.register = register;
        this.fixtures = fixtures;
        this.context = context;
    }

    @Test
    void riskRunsWithOnlyTheModulesItDependsOnAndRatesItsRisks() throws Exception {
        for (var other : new String[] {
            "org.preventduty.channel.ChannelWork",
            "org.preventduty.referrals.ReferralTriage",
            "org.preventduty.governance.Boards",
            "org.preventduty.training.TrainingRecords"
        }) {
            assertThat(context.getBeanNamesForType(Class.forName(other)))
                    .as(other + " is not started")
                    .isEmpty();
        }
        var officer = fixtures.user(fixtures.tenant(), Role.DELIVERY_OFFICER);

        var assessment = fixtures.as(officer, () -> assessments.startVersion("Risk assessment 2026"));
        fixtures.as(
                officer,
                () -> register.addRisk(
                        assessment, "Online radicalisation", null, Category.ONLINE, 4, 4, 2, 4, "Prevent lead"));

        var risks = fixtures.as(officer, () -> register.risks(assessment));
        assertThat(risks).singleElement().satisfies(risk -> {
            assertThat(risk.score()).isEqualTo(16);
            assertThat(risk.residualScore()).isEqualTo(8);
        });
        assertThat(RiskRegister.heatMap(risks)[3][3]).isEqualTo(1);
    }
}
