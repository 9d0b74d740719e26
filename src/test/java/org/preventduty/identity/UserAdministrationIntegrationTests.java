package org.preventduty.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preventduty.identity.IdentityFixtures.TestUser;
import org.preventduty.support.SystemSql;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

@SpringBootTest
@AutoConfigureMockMvc
@Import({IdentityFixtures.class, SystemSql.class})
class UserAdministrationIntegrationTests {

    @Autowired
    org.springframework.context.MessageSource messages;

    @Autowired
    MockMvc mvc;

    @Autowired
    IdentityFixtures fixtures;

    @Autowired
    SystemSql sql;

    @Autowired
    ApplicationContext context;

    TenantSummary tenant;
    TestUser admin;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        admin = fixtures.userWithTwoFactors(tenant, Role.TENANT_ADMIN);
    }

    @Test
    void listsOnlyTheUsersOfTheAdministratorsTenant() throws Exception {
        var colleague = fixtures.user(tenant, Role.PREVENT_LEAD);
        var stranger = fixtures.user(fixtures.tenant(), Role.PREVENT_LEAD);

        var page = as(get("/admin/users"));

        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains(colleague.email()).doesNotContain(stranger.email());
        assertThat(sql.auditCountByActor("USERS_LISTED", "SUCCESS", admin.id())).isPositive();
    }

    @Test
    void findsUsersByNameOrEmailAndPagesTheList() throws Exception {
        for (int i = 0; i < 30; i++) {
            fixtures.user(tenant, Role.REFERRER);
        }
        var target = fixtures.user(tenant, Role.CASE_WORKER);

        var first = as(get("/admin/users")).getContentAsString();
        assertThat(first)
                .contains("Showing 1 to 25 of 32")
                .contains("govuk-pagination")
                .contains("page=1");
        var second = as(get("/admin/users").param("page", "1")).getContentAsString();
        assertThat(second).contains("Showing 26 to 32 of 32");

        var found = as(get("/admin/users")
                        .param("q", target.email().substring(0, 15).toUpperCase()))
                .getContentAsString();
        assertThat(found).contains(target.email()).contains("Showing 1 to 1 of 1");
        var none = as(get("/admin/users").param("q", "nobody-has-this-name")).getContentAsString();
        assertThat(none).contains("No users match your search.");
    }

    @Test
    void addsAUserWhoGetsAOneTimeLinkToSetTheirPassword() throws Exception {
        var email = "new.person." + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        var created = as(post("/admin/users/new")
                .param("displayName", "New Person")
                .param("email", email)
                .param("organisation", "Oak School")
                .param("roles", "REFERRER", "CASE_WORKER"));

        assertThat(created.getStatus()).isEqualTo(200);
        var body = created.getContentAsString();
        assertThat(body).contains("User added").contains("/set-password/");
        var token = Pattern.compile("/set-password/([A-Za-z0-9_-]+)")
                .matcher(body)
                .results()
                .findFirst()
                .orElseThrow()
                .group(1);
        var link = mvc.perform(get("/set-password/" + token)).andReturn().getResponse();
        assertThat(link.getStatus()).isEqualTo(200);
        assertThat(link.getContentAsString()).contains(email);
        var userId = sql.run(jdbc -> jdbc.sql("select id from app_user where email = ?")
                .param(email)
                .query(UUID.class)
                .single());
        assertThat(sql.auditCount("USER_CREATED", userId)).isEqualTo(1);
        assertThat(fixtures.status(userId)).isEqualTo(UserStatus.INVITED);
        assertThat(body).doesNotContain(token + token);
        var stored = sql.run(jdbc -> jdbc.sql("select count(*) from password_link where token_hash = ?")
                .param(token)
                .query(Long.class)
                .single());
        assertThat(stored).as("the token itself is never stored").isZero();
    }

    @Test
    void showsEveryProblemWithANewUserAtOnce() throws Exception {
        var page = as(post("/admin/users/new").param("email", "not-an-email").param("displayName", ""));

        assertThat(page.getStatus()).isEqualTo(200);
        var body = page.getContentAsString();
        assertThat(body).contains("<title>Error: Add a user");
        assertThat(body).contains("govuk-error-summary");
        assertThat(body).contains("href=\"#email\"").contains("Enter an email address in the correct format");
        assertThat(body).contains("href=\"#displayName\"").contains("Enter their full name");
        assertThat(body).contains("href=\"#roles\"").contains("Select at least one role");
        assertThat(body).contains("aria-describedby=\"email-hint email-error\"").contains("id=\"email-error\"");
    }

    @Test
    void refusesASecondUserWithTheSameEmail() throws Exception {
        var existing = fixtures.user(tenant, Role.REFERRER);
        var page = as(post("/admin/users/new")
                .param("displayName", "Someone")
                .param("email", existing.email().toUpperCase())
                .param("roles", "REFERRER"));
        assertThat(page.getContentAsString()).contains("There is already a user with this email address");
    }

    @Test
    void refusesRolesOutsideTheTenant() throws Exception {
        var page = as(post("/admin/users/new")
                .param("displayName", "Someone")
                .param("email", "someone." + UUID.randomUUID() + "@example.org")
                .param("roles", "SYSTEM_ADMIN"));
        assertThat(page.getContentAsString()).contains("Select roles of the council only");
    }

    @Test
    void changesRolesOnlyFromTheVersionTheAdministratorSaw() throws Exception {
        var user = fixtures.user(tenant, Role.REFERRER);
        var page = as(get("/admin/users/" + user.id() + "/roles")).getContentAsString();
        var version = Pattern.compile("name=\"version\" value=\"(\\d+)\"")
                .matcher(page)
                .results()
                .findFirst()
                .orElseThrow()
                .group(1);

        var first = as(post("/admin/users/" + user.id() + "/roles")
                .param("roles", "CASE_WORKER")
                .param("version", version));
        assertThat(first.getRedirectedUrl()).isEqualTo("/admin/users/" + user.id());
        var stale = result(post("/admin/users/" + user.id() + "/roles")
                .param("roles", "AUDITOR")
                .param("version", version));
        assertThat(org.preventduty.support.FormFields.refused(stale.getResponse()))
                .contains(messages.getMessage("users.changed", null, java.util.Locale.UK));

        var shown = as(get("/admin/users/" + user.id())).getContentAsString();
        assertThat(shown).contains("Case worker").doesNotContain(">Auditor<");
        assertThat(sql.auditCount("USER_ROLES_CHANGED", user.id())).isEqualTo(1);
        assertThat(sql.auditCount("USER_VIEWED", user.id())).isPositive();
    }

    @Test
    void disablesAndReEnablesAUser() throws Exception {
        var user = fixtures.user(tenant, Role.REFERRER);
        as(post("/admin/users/" + user.id() + "/disable"));
        assertThat(fixtures.status(user.id())).isEqualTo(UserStatus.DISABLED);
        as(post("/admin/users/" + user.id() + "/enable"));
        assertThat(fixtures.status(user.id())).isEqualTo(UserStatus.ACTIVE);
        assertThat(sql.auditCount("USER_DISABLED", user.id())).isEqualTo(1);
        assertThat(sql.auditCount("USER_ENABLED", user.id())).isEqualTo(1);
    }

    @Test
    void anAdministratorCannotDisableThemselves() throws Exception {
        var answer = result(post("/admin/users/" + admin.id() + "/disable"));
        assertThat(org.preventduty.support.FormFields.refused(answer.getResponse()))
                .contains(messages.getMessage("user.disable.self", null, java.util.Locale.UK));
        assertThat(fixtures.status(admin.id())).isEqualTo(UserStatus.ACTIVE);
    }

    @Test
    void resetsTwoFactorAuthenticationSoThatTheUserSetsItUpAgain() throws Exception {
        var user = fixtures.userWithTwoFactors(tenant, Role.REFERRER);
        as(post("/admin/users/" + user.id() + "/reset-two-factor"));
        var page = as(get("/admin/users/" + user.id())).getContentAsString();
        assertThat(page).contains("Not set up");
        assertThat(sql.auditCount("MFA_RESET", user.id())).isEqualTo(1);
        var codes = sql.run(jdbc -> jdbc.sql("select count(*) from recovery_code where user_id = ?")
                .param(user.id())
                .query(Long.class)
                .single());
        assertThat(codes).isZero();
    }

    @Test
    void givesANewPasswordLinkThatReplacesTheOldOne() throws Exception {
        var user = fixtures.user(tenant, Role.REFERRER);
        var first =
                token(as(post("/admin/users/" + user.id() + "/password-link")).getContentAsString());
        var second =
                token(as(post("/admin/users/" + user.id() + "/password-link")).getContentAsString());

        assertThat(mvc.perform(get("/set-password/" + first))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("This link does not work");
        assertThat(mvc.perform(get("/set-password/" + second))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Create your password");
        assertThat(sql.auditCount("PASSWORD_LINK_ISSUED", user.id())).isEqualTo(2);
    }

    @Test
    void refusesAWeakPasswordAndSaysWhy() throws Exception {
        var user = fixtures.user(tenant, Role.REFERRER);
        var token =
                token(as(post("/admin/users/" + user.id() + "/password-link")).getContentAsString());
        var common = mvc.perform(post("/set-password/" + token)
                        .with(csrf())
                        .param("password", "password1234567890")
                        .param("confirmation", "password1234567890"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(common).contains("The password is too common");
        var mismatch = mvc.perform(post("/set-password/" + token)
                        .with(csrf())
                        .param("password", "plum tomato lantern river")
                        .param("confirmation", "plum tomato lantern rivers"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(mismatch).contains("The passwords do not match");
    }

    @Test
    void thereIsNoWayForAnAdministratorToSetAPassword() {
        var paths = new java.util.ArrayList<String>();
        context.getBeansOfType(RequestMappingHandlerMapping.class)
                .values()
                .forEach(mapping ->
                        mapping.getHandlerMethods().keySet().forEach(info -> paths.addAll(info.getPatternValues())));
        assertThat(paths.stream().filter(path -> path.toLowerCase().contains("password")))
                .containsOnly(
                        "/set-password/{token}", "/admin/users/{id}/password-link", "/api/v1/users/{id}/password-link");
    }

    private MockHttpServletResponse as(MockHttpServletRequestBuilder request) throws Exception {
        return result(request).getResponse();
    }

    private org.springframework.test.web.servlet.MvcResult result(MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request.with(csrf()).with(authentication(fixtures.authentication(admin, true))))
                .andReturn();
    }

    private static String token(String body) {
        return Pattern.compile("/set-password/([A-Za-z0-9_-]+)")
                .matcher(body)
                .results()
                .findFirst()
                .orElseThrow()
                .group(1);
    }
}
