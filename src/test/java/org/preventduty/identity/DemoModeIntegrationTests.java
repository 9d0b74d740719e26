package org.preventduty.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.preventduty.support.Browser;
import org.preventduty.support.SystemSql;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "service.demo.enabled=true")
@Import({IdentityFixtures.class, SystemSql.class})
class DemoModeIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Startup startup;

    @Autowired
    IdentityFixtures fixtures;

    @Autowired
    SystemSql sql;

    @Test
    void seedsTheFourCouncilsWithAUserForEveryRole() {
        var tenants = sql.run(jdbc -> jdbc.sql("select code from tenant where demo = true order by code")
                .query(String.class)
                .list());
        assertThat(tenants).containsExactly("barnet", "birmingham", "westminster", "wolverhampton");
        for (var code : tenants) {
            var roles = sql.run(jdbc -> jdbc.sql(
                            "select u.roles from app_user u join tenant t on t.id = u.tenant_id where t.code = ?")
                    .param(code)
                    .query(String.class)
                    .list());
            var expected = new java.util.ArrayList<>(
                    Role.tenantRoles().stream().map(Role::name).toList());
            if (code.equals("westminster")) {
                // Barnet's panel member sits on Westminster's panel too.
                expected.add("PANEL_MEMBER");
            }
            assertThat(roles).containsExactlyInAnyOrderElementsOf(expected);
        }
        assertThat(sql.<Long>run(
                        jdbc -> jdbc.sql("select count(*) from app_user where email = ?" + " and status = 'ACTIVE'")
                                .param("panel-member@barnet.example")
                                .query(Long.class)
                                .single()))
                .isEqualTo(2);
        var national = sql.run(jdbc -> jdbc.sql("select roles from app_user where tenant_id is null and demo = true")
                .query(String.class)
                .list());
        assertThat(national).contains("SYSTEM_ADMIN", "NATIONAL_ANALYST");
        var partners = sql.run(jdbc -> jdbc.sql("select count(*) from partner_organisation where demo = true")
                .query(Long.class)
                .single());
        // Four in each council, and Birmingham's 24 further schools.
        assertThat(partners).isEqualTo(40);
    }

    @Test
    void seedingAgainAddsNothing() {
        var before = counts();
        startup.run(new DefaultApplicationArguments());
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void theSignInPageListsTheDemoAccountsAndEveryPageShowsTheDemoBanner() {
        var browser = new Browser(port);
        var page = browser.get("/sign-in");
        assertThat(page.body())
                .contains("Demo accounts")
                .contains("demo-only-password")
                .contains("prevent-lead@barnet.example")
                .contains("London Borough of Barnet")
                .contains("Demo: not for real data");

        assertThat(browser.post(
                                "/sign-in",
                                Map.of("email", "prevent-lead@barnet.example", "password", "demo-only-password"))
                        .location())
                .isEqualTo("/home");
        var home = browser.get("/home");
        assertThat(home.body()).contains("Demo: not for real data").contains("London Borough of Barnet");
        assertThat(browser.get("/accessibility").body()).contains("Demo: not for real data");
    }

    @Test
    void theDemoPanelMemberOfBarnetAndWestminsterChoosesTheCouncilAfterSigningIn() {
        var browser = new Browser(port);
        browser.get("/sign-in");

        var signedIn = browser.post(
                "/sign-in", Map.of("email", "panel-member@barnet.example", "password", "demo-only-password"));

        assertThat(signedIn.location()).isEqualTo("/account/council");
        var choice = browser.get("/account/council");
        assertThat(choice.status()).isEqualTo(200);
        assertThat(choice.body()).contains("London Borough of Barnet").contains("Westminster City Council");
    }

    @Test
    void refusesToRunOnADatabaseThatHoldsRealData() {
        var real = fixtures.tenant();
        try {
            assertThatThrownBy(() -> startup.run(new DefaultApplicationArguments()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("real (non-demo)");
        } finally {
            sql.run(jdbc -> jdbc.sql("delete from tenant where id = ?")
                    .param(real.id().value())
                    .update());
        }
    }

    private Map<String, Long> counts() {
        return sql.run(jdbc -> Map.of(
                "tenants",
                        jdbc.sql("select count(*) from tenant")
                                .query(Long.class)
                                .single(),
                "users",
                        jdbc.sql("select count(*) from app_user")
                                .query(Long.class)
                                .single(),
                "partners",
                        jdbc.sql("select count(*) from partner_organisation")
                                .query(Long.class)
                                .single(),
                "referrals",
                        jdbc.sql("select count(*) from referral")
                                .query(Long.class)
                                .single()));
    }
}
