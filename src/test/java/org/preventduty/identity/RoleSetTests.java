package org.preventduty.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class RoleSetTests {

    @Test
    void storesRolesInAFixedOrderAndReadsThemBack() {
        var roles = RoleSet.of(EnumSet.of(Role.REFERRER, Role.PREVENT_LEAD, Role.AUDITOR));
        assertThat(roles.column()).isEqualTo("PREVENT_LEAD,REFERRER,AUDITOR");
        assertThat(RoleSet.parse(roles.column()).roles()).isEqualTo(roles.roles());
        assertThat(RoleSet.parse("").roles()).isEmpty();
    }

    @Test
    void tenantRolesExcludeTheNationalOnes() {
        assertThat(Role.tenantRoles())
                .doesNotContain(Role.SYSTEM_ADMIN, Role.NATIONAL_ANALYST, Role.OPERATIONS)
                .contains(Role.TENANT_ADMIN, Role.PREVENT_LEAD, Role.REPORT_VIEWER)
                .hasSize(10);
    }
}
