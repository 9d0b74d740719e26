package org.preventduty.partners;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.preventduty.identity.IdentityFixtures;
import org.preventduty.identity.Role;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;

/** Partners started on its own with the modules it depends on (identity, audit, shared) and none of the others. */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@Import(IdentityFixtures.class)
class PartnersModuleTests {

    private final PartnerRecords records;
    private final IdentityFixtures fixtures;
    private final ApplicationContext context;

    PartnersModuleTests(PartnerRecords records, IdentityFixtures fixtures, ApplicationContext context) {
        this.records = records;
        this.fixtures = fixtures;
        this.context = context;
    }

    @Test
    void partnersRunsWithOnlyTheModulesItDependsOnAndKeepsTheRegister() throws Exception {
        for (var other : new String[] {
            "org.preventduty.channel.ChannelWork",
            "org.preventduty.referrals.ReferralTriage",
            "org.preventduty.governance.Boards",
            "org.preventduty.risk.RiskRegister"
        }) {
            assertThat(context.getBeanNamesForType(Class.forName(other)))
                    .as(other + " is not started")
                    .isEmpty();
        }
        var officer = fixtures.user(fixtures.tenant(), Role.DELIVERY_OFFICER);

        fixtures.as(
                officer,
                () -> records.create(
                        "Oak Primary School", OrganisationType.SCHOOL, "Education", "Sam Teacher", null, null));

        var listed = fixtures.as(officer, () -> records.list(OrganisationType.SCHOOL, 0));
        assertThat(listed.items())
                .singleElement()
                .satisfies(o -> assertThat(o.name()).isEqualTo("Oak Primary School"));
    }
}
