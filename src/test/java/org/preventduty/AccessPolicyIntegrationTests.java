package org.preventduty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.preventduty.identity.IdentityFixtures;
import org.preventduty.identity.IdentityFixtures.TestUser;
import org.preventduty.identity.Role;
import org.preventduty.identity.TenantSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every page and every API endpoint has an explicit access rule, and each is tried anonymously, with every role that
 * may not use it, and with one that may. Anything without a rule is refused.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(IdentityFixtures.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessPolicyIntegrationTests {

    /** Who may use an endpoint. */
    enum Access {
        /** Anyone, signed in or not. */
        PUBLIC,
        /** Someone who has given their password and not yet their second factor. */
        PASSWORD_GIVEN,
        /** Any signed-in user. */
        SIGNED_IN,
        /** Any API key. */
        ANY_KEY,
        /** The roles listed. */
        ROLES
    }

    record Rule(HttpMethod method, String pattern, String example, Access access, Set<Role> roles) {

        boolean api() {
            return pattern.startsWith("/api/");
        }

        static Rule page(HttpMethod method, String pattern, Access access) {
            return new Rule(method, pattern, pattern, access, Set.of());
        }

        static Rule page(HttpMethod method, String pattern, String example, Role... roles) {
            return new Rule(method, pattern, example, Access.ROLES, EnumSet.of(roles[0], roles));
        }
    }

    private static final String ID = UUID.randomUUID().toString();

    private static final List<Rule> RULES = List.of(
            Rule.page(HttpMethod.GET, "/", Access.PUBLIC),
            Rule.page(HttpMethod.GET, "/sign-in", Access.PUBLIC),
            Rule.page(HttpMethod.GET, "/signed-out", Access.PUBLIC),
            new Rule(
                    HttpMethod.GET,
                    "/oauth2/authorization/{registrationId}",
                    "/oauth2/authorization/council",
                    Access.PUBLIC,
                    Set.of()),
            Rule.page(HttpMethod.GET, "/accessibility", Access.PUBLIC),
            Rule.page(HttpMethod.GET, "/privacy", Access.PUBLIC),
            Rule.page(HttpMethod.GET, "/cookies", Access.PUBLIC),
            new Rule(HttpMethod.GET, "/set-password/{token}", "/set-password/unknown", Access.PUBLIC, Set.of()),
            new Rule(HttpMethod.POST, "/set-password/{token}", "/set-password/unknown", Access.PUBLIC, Set.of()),
            Rule.page(HttpMethod.GET, "/sign-in/two-factor", Access.PASSWORD_GIVEN),
            Rule.page(HttpMethod.POST, "/sign-in/two-factor", Access.PASSWORD_GIVEN),
            Rule.page(HttpMethod.GET, "/sign-in/recovery-code", Access.PASSWORD_GIVEN),
            Rule.page(HttpMethod.POST, "/sign-in/recovery-code", Access.PASSWORD_GIVEN),
            Rule.page(HttpMethod.GET, "/sign-in/set-up-two-factor", Access.PASSWORD_GIVEN),
            Rule.page(HttpMethod.POST, "/sign-in/set-up-two-factor", Access.PASSWORD_GIVEN),
            Rule.page(HttpMethod.GET, "/home", Access.SIGNED_IN),
            Rule.page(HttpMethod.GET, "/account", Access.SIGNED_IN),
            Rule.page(HttpMethod.GET, "/account/council", Access.SIGNED_IN),
            Rule.page(HttpMethod.POST, "/account/council", Access.SIGNED_IN),
            Rule.page(HttpMethod.POST, "/account/recovery-codes", Access.SIGNED_IN),
            new Rule(
                    HttpMethod.POST,
                    "/account/sessions/{handle}/end",
                    "/account/sessions/unknown/end",
                    Access.SIGNED_IN,
                    Set.of()),
            Rule.page(HttpMethod.POST, "/session/extend", Access.SIGNED_IN),
            Rule.page(HttpMethod.GET, "/notifications", Access.SIGNED_IN),
            new Rule(HttpMethod.GET, "/notifications/{id}", "/notifications/" + ID, Access.SIGNED_IN, Set.of()),
            Rule.page(HttpMethod.POST, "/notifications/read-all", Access.SIGNED_IN),
            Rule.page(HttpMethod.GET, "/notifications/settings", Access.SIGNED_IN),
            Rule.page(HttpMethod.POST, "/notifications/settings", Access.SIGNED_IN),
            Rule.page(HttpMethod.GET, "/admin/users", "/admin/users", Role.TENANT_ADMIN),
            Rule.page(HttpMethod.GET, "/admin/users/new", "/admin/users/new", Role.TENANT_ADMIN),
            Rule.page(HttpMethod.POST, "/admin/users/new", "/admin/users/new", Role.TENANT_ADMIN),
            Rule.page(HttpMethod.GET, "/admin/users/{id}", "/admin/users/" + ID, Role.TENANT_ADMIN),
            Rule.page(HttpMethod.GET, "/admin/users/{id}/roles", "/admin/users/" + ID + "/roles", Role.TENANT_ADMIN),
            Rule.page(HttpMethod.POST, "/admin/users/{id}/roles", "/admin/users/" + ID + "/roles", Role.TENANT_ADMIN),
            Rule.page(
                    HttpMethod.POST, "/admin/users/{id}/disable", "/admin/users/" + ID + "/disable", Role.TENANT_ADMIN),
            Rule.page(HttpMethod.POST, "/admin/users/{id}/enable", "/admin/users/" + ID + "/enable", Role.TENANT_ADMIN),
            Rule.page(
                    HttpMethod.POST,
                    "/admin/users/{id}/reset-two-factor",
                    "/admin/users/" + ID + "/reset-two-factor",
                    Role.TENANT_ADMIN),
            Rule.page(
                    HttpMethod.POST,
                    "/admin/users/{id}/password-link",
                    "/admin/users/" + ID + "/password-link",
                    Role.TENANT_ADMIN),
            Rule.page(HttpMethod.GET, "/admin/api-keys", "/admin/api-keys", Role.TENANT_ADMIN),
            Rule.page(HttpMethod.GET, "/admin/api-keys/new", "/admin/api-keys/new", Role.TENANT_ADMIN),
            Rule.page(HttpMethod.POST, "/admin/api-keys/new", "/admin/api-keys/new", Role.TENANT_ADMIN),
            Rule.page(
                    HttpMethod.POST,
                    "/admin/api-keys/{id}/revoke",
                    "/admin/api-keys/" + ID + "/revoke",
                    Role.TENANT_ADMIN),
            Rule.page(HttpMethod.GET, "/audit", "/audit", Role.AUDITOR),
            Rule.page(
                    HttpMethod.GET,
                    "/audit/access-log",
                    "/audit/access-log?subjectType=USER&subjectId=" + ID,
                    Role.AUDITOR),
            Rule.page(HttpMethod.GET, "/audit/verification", "/audit/verification", Role.AUDITOR),
            Rule.page(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs", Role.TENANT_ADMIN, Role.SYSTEM_ADMIN),
            Rule.page(
                    HttpMethod.GET,
                    "/v3/api-docs/swagger-config",
                    "/v3/api-docs/swagger-config",
                    Role.TENANT_ADMIN,
                    Role.SYSTEM_ADMIN),
            Rule.page(HttpMethod.GET, "/v3/api-docs.yaml", "/v3/api-docs.yaml", Role.TENANT_ADMIN, Role.SYSTEM_ADMIN),
            Rule.page(HttpMethod.GET, "/swagger-ui.html", "/swagger-ui.html", Role.TENANT_ADMIN, Role.SYSTEM_ADMIN),
            Rule.page(HttpMethod.POST, "/api/v1/tenants", "/api/v1/tenants", Role.SYSTEM_ADMIN),
            Rule.page(HttpMethod.GET, "/api/v1/tenants", "/api/v1/tenants", Role.SYSTEM_ADMIN),
            Rule.page(
                    HttpMethod.POST,
                    "/api/v1/tenants/{code}/api-keys",
                    "/api/v1/tenants/nowhere/api-keys",
                    Role.SYSTEM_ADMIN),
            Rule.page(
                    HttpMethod.POST,
                    "/api/v1/tenants/{code}/users",
                    "/api/v1/tenants/nowhere/users",
                    Role.SYSTEM_ADMIN),
            Rule.page(HttpMethod.POST, "/api/v1/national/api-keys", "/api/v1/national/api-keys", Role.SYSTEM_ADMIN),
            Rule.page(HttpMethod.GET, "/api/v1/national/api-keys", "/api/v1/national/api-keys", Role.SYSTEM_ADMIN),
            Rule.page(HttpMethod.POST, "/api/v1/tenant-groups", "/api/v1/tenant-groups", Role.SYSTEM_ADMIN),
            Rule.page(
                    HttpMethod.GET,
                    "/api/v1/tenant-groups",
                    "/api/v1/tenant-groups",
                    Role.SYSTEM_ADMIN,
                    Role.NATIONAL_ANALYST),
            Rule.page(
                    HttpMethod.POST,
                    "/api/v1/national/api-keys/{id}/revoke",
                    "/api/v1/national/api-keys/" + ID + "/revoke",
                    Role.SYSTEM_ADMIN),
            Rule.page(
                    HttpMethod.GET,
                    "/api/v1/access-grants",
                    "/api/v1/access-grants",
                    Role.TENANT_ADMIN,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.POST,
                    "/api/v1/access-grants/{id}/acknowledge",
                    "/api/v1/access-grants/" + ID + "/acknowledge",
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.GET,
                    "/admin/access-grants",
                    "/admin/access-grants",
                    Role.TENANT_ADMIN,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.POST,
                    "/admin/access-grants/{id}/acknowledge",
                    "/admin/access-grants/" + ID + "/acknowledge?version=0",
                    Role.PREVENT_LEAD),
            Rule.page(HttpMethod.POST, "/api/v1/api-keys", "/api/v1/api-keys", Role.TENANT_ADMIN),
            Rule.page(HttpMethod.GET, "/api/v1/api-keys", "/api/v1/api-keys", Role.TENANT_ADMIN),
            Rule.page(
                    HttpMethod.POST,
                    "/api/v1/api-keys/{id}/revoke",
                    "/api/v1/api-keys/" + ID + "/revoke",
                    Role.TENANT_ADMIN),
            Rule.page(HttpMethod.GET, "/api/v1/users", "/api/v1/users", Role.TENANT_ADMIN),
            Rule.page(HttpMethod.POST, "/api/v1/users", "/api/v1/users", Role.TENANT_ADMIN),
            Rule.page(HttpMethod.GET, "/api/v1/users/{id}", "/api/v1/users/" + ID, Role.TENANT_ADMIN),
            Rule.page(HttpMethod.POST, "/api/v1/users/{id}/roles", "/api/v1/users/" + ID + "/roles", Role.TENANT_ADMIN),
            Rule.page(
                    HttpMethod.POST,
                    "/api/v1/users/{id}/disable",
                    "/api/v1/users/" + ID + "/disable",
                    Role.TENANT_ADMIN),
            Rule.page(
                    HttpMethod.POST, "/api/v1/users/{id}/enable", "/api/v1/users/" + ID + "/enable", Role.TENANT_ADMIN),
            Rule.page(
                    HttpMethod.POST,
                    "/api/v1/users/{id}/reset-two-factor",
                    "/api/v1/users/" + ID + "/reset-two-factor",
                    Role.TENANT_ADMIN),
            Rule.page(
                    HttpMethod.POST,
                    "/api/v1/users/{id}/password-link",
                    "/api/v1/users/" + ID + "/password-link",
                    Role.TENANT_ADMIN),
            new Rule(HttpMethod.GET, "/api/v1/me", "/api/v1/me", Access.ANY_KEY, Set.of()),
            Rule.page(HttpMethod.GET, "/api/v1/audit/events", "/api/v1/audit/events", Role.AUDITOR),
            Rule.page(
                    HttpMethod.GET,
                    "/api/v1/audit/access-log",
                    "/api/v1/audit/access-log?subjectType=USER&subjectId=" + ID,
                    Role.AUDITOR),
            Rule.page(HttpMethod.GET, "/api/v1/audit/verification", "/api/v1/audit/verification", Role.AUDITOR),
            // Referrals: making them
            Rule.page(HttpMethod.GET, "/referrals/new", "/referrals/new", Role.REFERRER, Role.PREVENT_LEAD),
            Rule.page(HttpMethod.POST, "/referrals", "/referrals", Role.REFERRER, Role.PREVENT_LEAD),
            Rule.page(HttpMethod.GET, "/referrals", "/referrals", Role.REFERRER, Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.GET,
                    "/referrals/{id}/form/{slug}",
                    "/referrals/" + ID + "/form/name",
                    Role.REFERRER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.POST,
                    "/referrals/{id}/form/{slug}",
                    "/referrals/" + ID + "/form/name",
                    Role.REFERRER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.GET,
                    "/referrals/{id}/form/emergency",
                    "/referrals/" + ID + "/form/emergency",
                    Role.REFERRER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.POST,
                    "/referrals/{id}/attachments",
                    "/referrals/" + ID + "/attachments",
                    Role.REFERRER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.POST,
                    "/referrals/{id}/attachments/{attachmentId}/remove",
                    "/referrals/" + ID + "/attachments/" + ID + "/remove",
                    Role.REFERRER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.GET,
                    "/referrals/{id}/attachments/{attachmentId}",
                    "/referrals/" + ID + "/attachments/" + ID,
                    Role.REFERRER,
                    Role.PREVENT_LEAD,
                    Role.CASE_WORKER),
            Rule.page(
                    HttpMethod.POST,
                    "/referrals/{id}/submit",
                    "/referrals/" + ID + "/submit?version=0",
                    Role.REFERRER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.POST,
                    "/referrals/{id}/discard",
                    "/referrals/" + ID + "/discard",
                    Role.REFERRER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.GET,
                    "/referrals/{id}/confirmation",
                    "/referrals/" + ID + "/confirmation",
                    Role.REFERRER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.GET,
                    "/referrals/{id}/status",
                    "/referrals/" + ID + "/status",
                    Role.REFERRER,
                    Role.PREVENT_LEAD),
            // Referrals: triage
            Rule.page(HttpMethod.GET, "/triage", "/triage", Role.PREVENT_LEAD),
            Rule.page(HttpMethod.GET, "/referrals/assigned", "/referrals/assigned", Role.CASE_WORKER),
            Rule.page(HttpMethod.GET, "/referrals/{id}", "/referrals/" + ID, Role.PREVENT_LEAD, Role.CASE_WORKER),
            Rule.page(
                    HttpMethod.POST, "/referrals/{id}/screening", "/referrals/" + ID + "/screening", Role.PREVENT_LEAD),
            Rule.page(HttpMethod.GET, "/referrals/{id}/decision", "/referrals/" + ID + "/decision", Role.PREVENT_LEAD),
            Rule.page(HttpMethod.POST, "/referrals/{id}/decision", "/referrals/" + ID + "/decision", Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.POST,
                    "/referrals/{id}/link",
                    "/referrals/" + ID + "/link?personId=" + ID,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.POST, "/referrals/{id}/undo-link", "/referrals/" + ID + "/undo-link", Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.POST,
                    "/referrals/{id}/confirm-person",
                    "/referrals/" + ID + "/confirm-person",
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.POST,
                    "/referrals/{id}/assign",
                    "/referrals/" + ID + "/assign?userId=" + ID,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.POST,
                    "/referrals/{id}/unassign",
                    "/referrals/" + ID + "/unassign?userId=" + ID,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.GET,
                    "/referrals/{id}/support-requests/new",
                    "/referrals/" + ID + "/support-requests/new",
                    Role.PREVENT_LEAD,
                    Role.CASE_WORKER),
            Rule.page(
                    HttpMethod.POST,
                    "/referrals/{id}/support-requests/{requestId}/agreement",
                    "/referrals/" + ID + "/support-requests/" + ID + "/agreement",
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.POST,
                    "/referrals/{id}/support-requests/new",
                    "/referrals/" + ID + "/support-requests/new",
                    Role.PREVENT_LEAD,
                    Role.CASE_WORKER),
            Rule.page(
                    HttpMethod.GET,
                    "/support-requests/{id}/response",
                    "/support-requests/" + ID + "/response",
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.POST,
                    "/support-requests/{id}/response",
                    "/support-requests/" + ID + "/response",
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.GET,
                    "/support-requests/{id}/end",
                    "/support-requests/" + ID + "/end",
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.POST,
                    "/support-requests/{id}/end",
                    "/support-requests/" + ID + "/end",
                    Role.PREVENT_LEAD),
            Rule.page(HttpMethod.GET, "/people/search", "/people/search", Role.PREVENT_LEAD),
            Rule.page(HttpMethod.POST, "/people/search", "/people/search", Role.PREVENT_LEAD),
            Rule.page(HttpMethod.GET, "/people/{id}", "/people/" + ID, Role.PREVENT_LEAD),
            // Referrals: the API
            Rule.page(HttpMethod.POST, "/api/v1/referrals", "/api/v1/referrals", Role.REFERRER, Role.PREVENT_LEAD),
            Rule.page(HttpMethod.GET, "/api/v1/referrals", "/api/v1/referrals", Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.GET,
                    "/api/v1/referrals/mine",
                    "/api/v1/referrals/mine",
                    Role.REFERRER,
                    Role.PREVENT_LEAD),
            Rule.page(HttpMethod.GET, "/api/v1/referrals/assigned", "/api/v1/referrals/assigned", Role.CASE_WORKER),
            Rule.page(
                    HttpMethod.GET,
                    "/api/v1/referrals/{id}",
                    "/api/v1/referrals/" + ID,
                    Role.REFERRER,
                    Role.PREVENT_LEAD,
                    Role.CASE_WORKER),
            Rule.page(
                    HttpMethod.POST,
                    "/api/v1/referrals/{id}/screening-decision",
                    "/api/v1/referrals/" + ID + "/screening-decision",
                    Role.PREVENT_LEAD),
            Rule.page(HttpMethod.POST, "/api/v1/people/search", "/api/v1/people/search", Role.PREVENT_LEAD),
            Rule.page(HttpMethod.GET, "/api/v1/people/{id}", "/api/v1/people/" + ID, Role.PREVENT_LEAD),
            new Rule(
                    HttpMethod.GET, "/api/v1/code-lists/{list}", "/api/v1/code-lists/SECTOR", Access.ANY_KEY, Set.of()),
            // Tasks
            Rule.page(
                    HttpMethod.GET,
                    "/tasks",
                    "/tasks",
                    Role.PREVENT_LEAD,
                    Role.CHANNEL_CHAIR,
                    Role.PANEL_MEMBER,
                    Role.CASE_WORKER,
                    Role.DELIVERY_OFFICER,
                    Role.TRAINING_ADMIN),
            Rule.page(
                    HttpMethod.GET,
                    "/api/v1/tasks",
                    "/api/v1/tasks",
                    Role.PREVENT_LEAD,
                    Role.CHANNEL_CHAIR,
                    Role.PANEL_MEMBER,
                    Role.CASE_WORKER,
                    Role.DELIVERY_OFFICER,
                    Role.TRAINING_ADMIN),
            // Training
            Rule.page(HttpMethod.POST, "/api/v1/training/courses", "/api/v1/training/courses", Role.TRAINING_ADMIN),
            Rule.page(HttpMethod.POST, "/api/v1/training/staff", "/api/v1/training/staff", Role.TRAINING_ADMIN),
            Rule.page(HttpMethod.POST, "/api/v1/training/sessions", "/api/v1/training/sessions", Role.TRAINING_ADMIN),
            Rule.page(
                    HttpMethod.POST,
                    "/api/v1/training/completions",
                    "/api/v1/training/completions",
                    Role.TRAINING_ADMIN),
            Rule.page(
                    HttpMethod.GET,
                    "/api/v1/training/coverage",
                    "/api/v1/training/coverage?asOf=2020-12-31&sessionsFrom=2018-01-01&sessionsTo=2020-12-31",
                    Role.TRAINING_ADMIN,
                    Role.REPORT_VIEWER),
            Rule.page(
                    HttpMethod.GET,
                    "/training",
                    "/training",
                    Role.TRAINING_ADMIN,
                    Role.REPORT_VIEWER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.GET,
                    "/training/lists/{kind}.{format}",
                    "/training/lists/not-trained.csv",
                    Role.TRAINING_ADMIN),
            Rule.page(HttpMethod.GET, "/training/lists", "/training/lists", Role.TRAINING_ADMIN),
            Rule.page(HttpMethod.GET, "/training/rules", "/training/rules", Role.TRAINING_ADMIN),
            Rule.page(HttpMethod.POST, "/training/rules", "/training/rules?tier=1", Role.TRAINING_ADMIN),
            Rule.page(
                    HttpMethod.POST,
                    "/training/rules/{id}/remove",
                    "/training/rules/" + ID + "/remove",
                    Role.TRAINING_ADMIN),
            Rule.page(HttpMethod.GET, "/training/staff/{id}", "/training/staff/" + ID, Role.TRAINING_ADMIN),
            Rule.page(HttpMethod.GET, "/training/imports/new", "/training/imports/new", Role.TRAINING_ADMIN),
            Rule.page(HttpMethod.GET, "/training/imports/{id}", "/training/imports/" + ID, Role.TRAINING_ADMIN),
            Rule.page(HttpMethod.POST, "/training/imports", "/training/imports", Role.TRAINING_ADMIN),
            Rule.page(
                    HttpMethod.POST,
                    "/training/imports/{id}/confirm",
                    "/training/imports/" + ID + "/confirm",
                    Role.TRAINING_ADMIN),
            Rule.page(
                    HttpMethod.GET,
                    "/api/v1/training/coverage/national",
                    "/api/v1/training/coverage/national?asOf=2020-12-31&sessionsFrom=2018-01-01&sessionsTo=2020-12-31",
                    Role.NATIONAL_ANALYST),
            Rule.page(
                    HttpMethod.GET,
                    "/training/institutions",
                    "/training/institutions",
                    Role.TRAINING_ADMIN,
                    Role.REPORT_VIEWER,
                    Role.PREVENT_LEAD),
            Rule.page(HttpMethod.GET, "/training/courses", "/training/courses", Role.TRAINING_ADMIN),
            Rule.page(HttpMethod.POST, "/training/courses", "/training/courses", Role.TRAINING_ADMIN),
            Rule.page(HttpMethod.GET, "/training/sessions", "/training/sessions", Role.TRAINING_ADMIN),
            Rule.page(HttpMethod.POST, "/training/sessions", "/training/sessions", Role.TRAINING_ADMIN),
            Rule.page(HttpMethod.GET, "/training/sessions/new", "/training/sessions/new", Role.TRAINING_ADMIN),
            Rule.page(HttpMethod.GET, "/training/sessions/{id}", "/training/sessions/" + ID, Role.TRAINING_ADMIN),
            Rule.page(
                    HttpMethod.POST,
                    "/training/sessions/{id}/invitations",
                    "/training/sessions/" + ID + "/invitations",
                    Role.TRAINING_ADMIN),
            Rule.page(
                    HttpMethod.POST,
                    "/training/sessions/{id}/attendance",
                    "/training/sessions/" + ID + "/attendance",
                    Role.TRAINING_ADMIN),
            Rule.page(
                    HttpMethod.POST,
                    "/training/sessions/{id}/cancel",
                    "/training/sessions/" + ID + "/cancel",
                    Role.TRAINING_ADMIN),
            Rule.page(HttpMethod.GET, "/training/trainers", "/training/trainers", Role.TRAINING_ADMIN),
            Rule.page(HttpMethod.POST, "/training/trainers", "/training/trainers", Role.TRAINING_ADMIN),
            Rule.page(HttpMethod.GET, "/training/reminders", "/training/reminders", Role.TRAINING_ADMIN),
            Rule.page(HttpMethod.POST, "/training/reminders", "/training/reminders", Role.TRAINING_ADMIN),
            Rule.page(
                    HttpMethod.POST,
                    "/training/staff/{id}/completions",
                    "/training/staff/" + ID + "/completions",
                    Role.TRAINING_ADMIN),
            Rule.page(
                    HttpMethod.POST,
                    "/training/completions/{id}/correct",
                    "/training/completions/" + ID + "/correct",
                    Role.TRAINING_ADMIN),
            Rule.page(
                    HttpMethod.POST,
                    "/training/completions/{id}/remove",
                    "/training/completions/" + ID + "/remove",
                    Role.TRAINING_ADMIN),
            Rule.page(
                    HttpMethod.GET,
                    "/risk/assessments/new",
                    "/risk/assessments/new",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.GET,
                    "/risk/assessments/{id}/stage",
                    "/risk/assessments/" + ID + "/stage",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.GET,
                    "/risk/assessments/{id}/significant-change",
                    "/risk/assessments/" + ID + "/significant-change",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.GET,
                    "/risk/assessments/{id}/risks/new",
                    "/risk/assessments/" + ID + "/risks/new",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.GET,
                    "/risk/risks/{id}/change",
                    "/risk/risks/" + ID + "/change",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.GET, "/risk/actions/new", "/risk/actions/new", Role.DELIVERY_OFFICER, Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.GET,
                    "/risk/actions/{id}/change",
                    "/risk/actions/" + ID + "/change",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.GET,
                    "/risk/actions/{id}/progress",
                    "/risk/actions/" + ID + "/progress",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.GET,
                    "/risk/toolkit/rate",
                    "/risk/toolkit/rate",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD),
            Rule.page(HttpMethod.GET, "/partners/new", "/partners/new", Role.DELIVERY_OFFICER, Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.GET,
                    "/partners/{id}/details",
                    "/partners/" + ID + "/details",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.GET,
                    "/partners/{id}/contacts/new",
                    "/partners/" + ID + "/contacts/new",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.GET,
                    "/partners/{id}/engagements/new",
                    "/partners/" + ID + "/engagements/new",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.GET,
                    "/partners/{id}/assurance/new",
                    "/partners/" + ID + "/assurance/new",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.GET,
                    "/partners/{id}/checks/new",
                    "/partners/" + ID + "/checks/new",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.GET,
                    "/partners/checks/{id}/change",
                    "/partners/checks/" + ID + "/change",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.GET,
                    "/partners/venues/new",
                    "/partners/venues/new",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.GET,
                    "/partners/venues/{id}/change",
                    "/partners/venues/" + ID + "/change",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.GET,
                    "/partners/contracts/new",
                    "/partners/contracts/new",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.GET,
                    "/partners/contracts/{id}/change",
                    "/partners/contracts/" + ID + "/change",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.GET,
                    "/partners/grants/new",
                    "/partners/grants/new",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.GET,
                    "/partners/grants/{id}/change",
                    "/partners/grants/" + ID + "/change",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.GET,
                    "/partners/projects/new",
                    "/partners/projects/new",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.GET,
                    "/partners/projects/{id}/details",
                    "/partners/projects/" + ID + "/details",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.GET,
                    "/partners/projects/{id}/outputs/new",
                    "/partners/projects/" + ID + "/outputs/new",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD),
            Rule.page(HttpMethod.GET, "/training/courses/new", "/training/courses/new", Role.TRAINING_ADMIN),
            Rule.page(HttpMethod.GET, "/training/trainers/new", "/training/trainers/new", Role.TRAINING_ADMIN),
            Rule.page(HttpMethod.GET, "/training/rules/new", "/training/rules/new", Role.TRAINING_ADMIN),
            Rule.page(
                    HttpMethod.GET,
                    "/training/staff/{id}/completions/new",
                    "/training/staff/" + ID + "/completions/new",
                    Role.TRAINING_ADMIN),
            Rule.page(
                    HttpMethod.GET,
                    "/training/completions/{id}/correct",
                    "/training/completions/" + ID + "/correct",
                    Role.TRAINING_ADMIN),
            Rule.page(
                    HttpMethod.GET,
                    "/training/completions/{id}/remove",
                    "/training/completions/" + ID + "/remove",
                    Role.TRAINING_ADMIN),
            // Governance
            Rule.page(
                    HttpMethod.GET,
                    "/governance/boards/new",
                    "/governance/boards/new",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.GET,
                    "/governance/boards/{id}/change",
                    "/governance/boards/" + ID + "/change",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.GET,
                    "/governance/boards/{id}/updates/new",
                    "/governance/boards/" + ID + "/updates/new",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.GET,
                    "/governance/reviews/new",
                    "/governance/reviews/new",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.GET,
                    "/governance/reviews/{id}/recommendations/new",
                    "/governance/reviews/" + ID + "/recommendations/new",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.GET,
                    "/governance/recommendations/{id}/progress",
                    "/governance/recommendations/" + ID + "/progress",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.GET,
                    "/governance/recommendations/{id}/change",
                    "/governance/recommendations/" + ID + "/change",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.GET,
                    "/governance/returns/new",
                    "/governance/returns/new",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.GET,
                    "/governance/communications/new",
                    "/governance/communications/new",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.GET,
                    "/governance/communications/{id}/change",
                    "/governance/communications/" + ID + "/change",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.GET,
                    "/governance/communications/{id}/done",
                    "/governance/communications/" + ID + "/done",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.GET,
                    "/governance",
                    "/governance",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD,
                    Role.REPORT_VIEWER),
            Rule.page(
                    HttpMethod.POST,
                    "/governance/recommendations/{id}",
                    "/governance/recommendations/" + ID,
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.GET,
                    "/governance/communications/{id}",
                    "/governance/communications/" + ID,
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD,
                    Role.REPORT_VIEWER),
            Rule.page(
                    HttpMethod.POST,
                    "/governance/communications/{id}",
                    "/governance/communications/" + ID,
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.GET,
                    "/governance/communications.csv",
                    "/governance/communications.csv",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD,
                    Role.REPORT_VIEWER),
            Rule.page(
                    HttpMethod.GET,
                    "/partners/contracts.csv",
                    "/partners/contracts.csv",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD,
                    Role.REPORT_VIEWER),
            Rule.page(
                    HttpMethod.GET,
                    "/partners/grants.csv",
                    "/partners/grants.csv",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD,
                    Role.REPORT_VIEWER),
            Rule.page(
                    HttpMethod.GET,
                    "/governance/reviews.csv",
                    "/governance/reviews.csv",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD,
                    Role.REPORT_VIEWER),
            Rule.page(
                    HttpMethod.GET,
                    "/governance/boards.csv",
                    "/governance/boards.csv",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD,
                    Role.REPORT_VIEWER),
            Rule.page(
                    HttpMethod.POST,
                    "/governance/boards",
                    "/governance/boards",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.GET,
                    "/governance/boards/{id}",
                    "/governance/boards/" + ID,
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD,
                    Role.REPORT_VIEWER),
            Rule.page(
                    HttpMethod.POST,
                    "/governance/boards/{id}/updates",
                    "/governance/boards/" + ID + "/updates",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.GET,
                    "/governance/reviews",
                    "/governance/reviews",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD,
                    Role.REPORT_VIEWER),
            Rule.page(
                    HttpMethod.POST,
                    "/governance/reviews",
                    "/governance/reviews",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.GET,
                    "/governance/reviews/{id}",
                    "/governance/reviews/" + ID,
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD,
                    Role.REPORT_VIEWER),
            Rule.page(
                    HttpMethod.GET,
                    "/governance/reviews/{id}/recommendations.csv",
                    "/governance/reviews/" + ID + "/recommendations.csv",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD,
                    Role.REPORT_VIEWER),
            Rule.page(
                    HttpMethod.POST,
                    "/governance/reviews/{id}/recommendations",
                    "/governance/reviews/" + ID + "/recommendations",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.POST,
                    "/governance/recommendations/{id}/progress",
                    "/governance/recommendations/" + ID + "/progress",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.POST,
                    "/governance/reviews/{id}/sign-off",
                    "/governance/reviews/" + ID + "/sign-off",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.GET,
                    "/governance/returns",
                    "/governance/returns",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD,
                    Role.REPORT_VIEWER),
            Rule.page(
                    HttpMethod.POST,
                    "/governance/returns",
                    "/governance/returns",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.GET,
                    "/governance/returns/{id}",
                    "/governance/returns/" + ID,
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD,
                    Role.REPORT_VIEWER),
            Rule.page(
                    HttpMethod.POST,
                    "/governance/returns/{id}/review",
                    "/governance/returns/" + ID + "/review",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.POST,
                    "/governance/returns/{id}/submit",
                    "/governance/returns/" + ID + "/submit",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.GET,
                    "/governance/returns/{id}.csv",
                    "/governance/returns/" + ID + ".csv",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD,
                    Role.REPORT_VIEWER),
            Rule.page(
                    HttpMethod.GET,
                    "/governance/returns/{id}.docx",
                    "/governance/returns/" + ID + ".docx",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD,
                    Role.REPORT_VIEWER),
            Rule.page(
                    HttpMethod.GET,
                    "/api/v1/partners/organisations",
                    "/api/v1/partners/organisations",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD,
                    Role.REPORT_VIEWER),
            Rule.page(
                    HttpMethod.POST,
                    "/api/v1/partners/organisations",
                    "/api/v1/partners/organisations",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.GET,
                    "/api/v1/partners/organisations/{id}",
                    "/api/v1/partners/organisations/" + ID,
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD,
                    Role.REPORT_VIEWER),
            Rule.page(
                    HttpMethod.PUT,
                    "/api/v1/partners/organisations/{id}",
                    "/api/v1/partners/organisations/" + ID,
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.GET,
                    "/api/v1/partners/projects",
                    "/api/v1/partners/projects",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD,
                    Role.REPORT_VIEWER),
            Rule.page(
                    HttpMethod.POST,
                    "/api/v1/partners/projects",
                    "/api/v1/partners/projects",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.GET,
                    "/api/v1/partners/projects/{id}",
                    "/api/v1/partners/projects/" + ID,
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD,
                    Role.REPORT_VIEWER),
            Rule.page(
                    HttpMethod.PUT,
                    "/api/v1/partners/projects/{id}",
                    "/api/v1/partners/projects/" + ID,
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.POST,
                    "/api/v1/partners/projects/{id}/outputs",
                    "/api/v1/partners/projects/" + ID + "/outputs",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.GET,
                    "/api/v1/risk/assessments",
                    "/api/v1/risk/assessments",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD,
                    Role.REPORT_VIEWER),
            Rule.page(
                    HttpMethod.GET,
                    "/api/v1/risk/assessments/{id}/risks",
                    "/api/v1/risk/assessments/" + ID + "/risks",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD,
                    Role.REPORT_VIEWER),
            Rule.page(
                    HttpMethod.GET,
                    "/api/v1/risk/risks/{id}",
                    "/api/v1/risk/risks/" + ID,
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD,
                    Role.REPORT_VIEWER),
            Rule.page(
                    HttpMethod.PUT,
                    "/api/v1/risk/risks/{id}",
                    "/api/v1/risk/risks/" + ID,
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.GET,
                    "/api/v1/risk/actions",
                    "/api/v1/risk/actions",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD,
                    Role.REPORT_VIEWER),
            Rule.page(
                    HttpMethod.POST,
                    "/api/v1/risk/actions/{id}/notes",
                    "/api/v1/risk/actions/" + ID + "/notes",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.POST,
                    "/api/v1/governance/boards",
                    "/api/v1/governance/boards",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.GET,
                    "/api/v1/governance/boards",
                    "/api/v1/governance/boards?asOf=2020-02-17",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD,
                    Role.REPORT_VIEWER),
            Rule.page(
                    HttpMethod.POST,
                    "/api/v1/governance/boards/{id}/updates",
                    "/api/v1/governance/boards/" + ID + "/updates",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.POST,
                    "/api/v1/governance/reviews",
                    "/api/v1/governance/reviews",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.GET,
                    "/api/v1/governance/reviews/{id}",
                    "/api/v1/governance/reviews/" + ID,
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD,
                    Role.REPORT_VIEWER),
            Rule.page(
                    HttpMethod.POST,
                    "/api/v1/governance/reviews/{id}/recommendations",
                    "/api/v1/governance/reviews/" + ID + "/recommendations",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.POST,
                    "/api/v1/governance/recommendations/{id}/progress",
                    "/api/v1/governance/recommendations/" + ID + "/progress",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.GET,
                    "/api/v1/governance/reviews/{id}/summary",
                    "/api/v1/governance/reviews/" + ID + "/summary",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD,
                    Role.REPORT_VIEWER),
            Rule.page(
                    HttpMethod.POST,
                    "/api/v1/governance/reviews/{id}/sign-off",
                    "/api/v1/governance/reviews/" + ID + "/sign-off",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD),
            // Risk
            Rule.page(HttpMethod.GET, "/risk", "/risk", Role.DELIVERY_OFFICER, Role.PREVENT_LEAD, Role.REPORT_VIEWER),
            Rule.page(
                    HttpMethod.POST,
                    "/risk/assessments",
                    "/risk/assessments",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.POST,
                    "/risk/assessments/{id}/stage",
                    "/risk/assessments/" + ID + "/stage?to=CONSULTATION",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.POST,
                    "/risk/assessments/{id}/significant-change",
                    "/risk/assessments/" + ID + "/significant-change",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.POST,
                    "/risk/assessments/{id}/risks",
                    "/risk/assessments/" + ID + "/risks",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.GET,
                    "/risk/assessments/{id}/consultation",
                    "/risk/assessments/" + ID + "/consultation",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD,
                    Role.REPORT_VIEWER),
            Rule.page(
                    HttpMethod.POST,
                    "/risk/assessments/{id}/questions",
                    "/risk/assessments/" + ID + "/questions",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.POST,
                    "/risk/assessments/{id}/links",
                    "/risk/assessments/" + ID + "/links",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.GET,
                    "/risk/actions",
                    "/risk/actions",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD,
                    Role.REPORT_VIEWER),
            Rule.page(
                    HttpMethod.GET,
                    "/risk/actions.csv",
                    "/risk/actions.csv",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD,
                    Role.REPORT_VIEWER),
            Rule.page(HttpMethod.POST, "/risk/actions", "/risk/actions", Role.DELIVERY_OFFICER, Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.POST,
                    "/risk/actions/{id}/notes",
                    "/risk/actions/" + ID + "/notes",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.GET,
                    "/risk/toolkit",
                    "/risk/toolkit",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD,
                    Role.REPORT_VIEWER),
            Rule.page(HttpMethod.POST, "/risk/toolkit", "/risk/toolkit", Role.DELIVERY_OFFICER, Role.PREVENT_LEAD),
            new Rule(HttpMethod.GET, "/consultation/{token}", "/consultation/no-such-link", Access.PUBLIC, Set.of()),
            new Rule(HttpMethod.POST, "/consultation/{token}", "/consultation/no-such-link", Access.PUBLIC, Set.of()),
            // Partners
            Rule.page(
                    HttpMethod.GET,
                    "/partners/venues.csv",
                    "/partners/venues.csv",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD,
                    Role.REPORT_VIEWER),
            Rule.page(
                    HttpMethod.GET,
                    "/partners/projects.csv",
                    "/partners/projects.csv",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD,
                    Role.REPORT_VIEWER),
            Rule.page(
                    HttpMethod.GET,
                    "/partners.csv",
                    "/partners.csv",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD,
                    Role.REPORT_VIEWER),
            Rule.page(
                    HttpMethod.GET,
                    "/partners",
                    "/partners",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD,
                    Role.REPORT_VIEWER),
            Rule.page(HttpMethod.POST, "/partners", "/partners", Role.DELIVERY_OFFICER, Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.GET,
                    "/partners/{id}",
                    "/partners/" + ID,
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD,
                    Role.REPORT_VIEWER),
            Rule.page(
                    HttpMethod.POST,
                    "/governance/boards/{id}",
                    "/governance/boards/" + ID,
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.POST,
                    "/partners/{id}/details",
                    "/partners/" + ID + "/details",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.GET,
                    "/partners/grants/{id}",
                    "/partners/grants/" + ID,
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD,
                    Role.REPORT_VIEWER),
            Rule.page(
                    HttpMethod.POST,
                    "/partners/grants/{id}",
                    "/partners/grants/" + ID,
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.GET,
                    "/partners/venues/{id}",
                    "/partners/venues/" + ID,
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD,
                    Role.REPORT_VIEWER),
            Rule.page(
                    HttpMethod.POST,
                    "/partners/venues/{id}",
                    "/partners/venues/" + ID,
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.GET,
                    "/partners/checks/{id}",
                    "/partners/checks/" + ID,
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD,
                    Role.REPORT_VIEWER),
            Rule.page(
                    HttpMethod.POST,
                    "/partners/checks/{id}",
                    "/partners/checks/" + ID,
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.GET,
                    "/partners/contracts/{id}",
                    "/partners/contracts/" + ID,
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD,
                    Role.REPORT_VIEWER),
            Rule.page(
                    HttpMethod.POST,
                    "/partners/contracts/{id}",
                    "/partners/contracts/" + ID,
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.POST,
                    "/partners/projects/{id}/details",
                    "/partners/projects/" + ID + "/details",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.GET,
                    "/risk/actions/{id}",
                    "/risk/actions/" + ID,
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD,
                    Role.REPORT_VIEWER),
            Rule.page(
                    HttpMethod.POST,
                    "/risk/actions/{id}",
                    "/risk/actions/" + ID,
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.GET,
                    "/risk/risks/{id}",
                    "/risk/risks/" + ID,
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD,
                    Role.REPORT_VIEWER),
            Rule.page(
                    HttpMethod.POST, "/risk/risks/{id}", "/risk/risks/" + ID, Role.DELIVERY_OFFICER, Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.POST,
                    "/partners/{id}/contacts/{contact}/remove",
                    "/partners/" + ID + "/contacts/" + ID + "/remove",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.POST,
                    "/partners/{id}/contacts",
                    "/partners/" + ID + "/contacts",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.POST,
                    "/partners/{id}/engagements",
                    "/partners/" + ID + "/engagements",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.GET,
                    "/partners/projects",
                    "/partners/projects",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD,
                    Role.REPORT_VIEWER),
            Rule.page(
                    HttpMethod.POST,
                    "/partners/projects",
                    "/partners/projects",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.GET,
                    "/partners/projects/{id}",
                    "/partners/projects/" + ID,
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD,
                    Role.REPORT_VIEWER),
            Rule.page(
                    HttpMethod.POST,
                    "/partners/projects/{id}/outputs",
                    "/partners/projects/" + ID + "/outputs",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.POST,
                    "/partners/{id}/assurance",
                    "/partners/" + ID + "/assurance",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.POST,
                    "/partners/{id}/checks",
                    "/partners/" + ID + "/checks",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.GET,
                    "/partners/venues",
                    "/partners/venues",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD,
                    Role.REPORT_VIEWER),
            Rule.page(
                    HttpMethod.POST, "/partners/venues", "/partners/venues", Role.DELIVERY_OFFICER, Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.GET,
                    "/partners/funding",
                    "/partners/funding",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD,
                    Role.REPORT_VIEWER),
            Rule.page(
                    HttpMethod.POST,
                    "/partners/contracts",
                    "/partners/contracts",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.POST, "/partners/grants", "/partners/grants", Role.DELIVERY_OFFICER, Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.GET,
                    "/governance/communications",
                    "/governance/communications",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD,
                    Role.REPORT_VIEWER),
            Rule.page(
                    HttpMethod.POST,
                    "/governance/communications",
                    "/governance/communications",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.POST,
                    "/governance/communications/{id}/done",
                    "/governance/communications/" + ID + "/done",
                    Role.DELIVERY_OFFICER,
                    Role.PREVENT_LEAD),
            // Reporting
            Rule.page(
                    HttpMethod.GET,
                    "/api/v1/reports/referral-statistics",
                    "/api/v1/reports/referral-statistics?from=2024-04-01&to=2025-03-31",
                    Role.PREVENT_LEAD,
                    Role.REPORT_VIEWER,
                    Role.NATIONAL_ANALYST),
            Rule.page(
                    HttpMethod.GET,
                    "/reports/referral-statistics",
                    "/reports/referral-statistics",
                    Role.PREVENT_LEAD,
                    Role.REPORT_VIEWER,
                    Role.NATIONAL_ANALYST),
            Rule.page(
                    HttpMethod.GET,
                    "/api/v1/reports/referral-trends",
                    "/api/v1/reports/referral-trends?from=2024-04-01&to=2025-03-31&interval=QUARTER",
                    Role.PREVENT_LEAD,
                    Role.REPORT_VIEWER,
                    Role.NATIONAL_ANALYST),
            Rule.page(
                    HttpMethod.GET,
                    "/api/v1/reports/equality",
                    "/api/v1/reports/equality?from=2024-04-01&to=2025-03-31",
                    Role.PREVENT_LEAD,
                    Role.REPORT_VIEWER),
            Rule.page(
                    HttpMethod.GET,
                    "/api/v1/reports/committee-report",
                    "/api/v1/reports/committee-report?committee=Scrutiny&from=2024-04-01&to=2025-03-31",
                    Role.PREVENT_LEAD,
                    Role.REPORT_VIEWER),
            Rule.page(
                    HttpMethod.GET,
                    "/reports/trends",
                    "/reports/trends",
                    Role.PREVENT_LEAD,
                    Role.REPORT_VIEWER,
                    Role.NATIONAL_ANALYST),
            Rule.page(
                    HttpMethod.GET,
                    "/reports/trends.{format}",
                    "/reports/trends.csv",
                    Role.PREVENT_LEAD,
                    Role.REPORT_VIEWER,
                    Role.NATIONAL_ANALYST),
            Rule.page(HttpMethod.GET, "/reports/equality", "/reports/equality", Role.PREVENT_LEAD, Role.REPORT_VIEWER),
            Rule.page(
                    HttpMethod.GET,
                    "/reports/equality.{format}",
                    "/reports/equality.xlsx",
                    Role.PREVENT_LEAD,
                    Role.REPORT_VIEWER),
            Rule.page(
                    HttpMethod.GET,
                    "/reports/equality/population",
                    "/reports/equality/population",
                    Role.PREVENT_LEAD,
                    Role.REPORT_VIEWER,
                    Role.TENANT_ADMIN),
            Rule.page(
                    HttpMethod.POST,
                    "/reports/equality/population",
                    "/reports/equality/population",
                    Role.PREVENT_LEAD,
                    Role.TENANT_ADMIN),
            Rule.page(
                    HttpMethod.GET,
                    "/reports/referral-statistics.{format}",
                    "/reports/referral-statistics.csv",
                    Role.PREVENT_LEAD,
                    Role.REPORT_VIEWER,
                    Role.NATIONAL_ANALYST),
            Rule.page(
                    HttpMethod.GET, "/reports/committee", "/reports/committee", Role.PREVENT_LEAD, Role.REPORT_VIEWER),
            Rule.page(HttpMethod.GET, "/reports/committee/new", "/reports/committee/new", Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.GET,
                    "/reports/committee/{id}",
                    "/reports/committee/" + ID,
                    Role.PREVENT_LEAD,
                    Role.REPORT_VIEWER),
            Rule.page(
                    HttpMethod.GET,
                    "/reports/committee/{id}/preview",
                    "/reports/committee/" + ID + "/preview",
                    Role.PREVENT_LEAD,
                    Role.REPORT_VIEWER),
            Rule.page(
                    HttpMethod.GET,
                    "/reports/committee/{id}/report.{format}",
                    "/reports/committee/" + ID + "/report.docx",
                    Role.PREVENT_LEAD,
                    Role.REPORT_VIEWER),
            Rule.page(
                    HttpMethod.GET,
                    "/reports/committee/{id}/final",
                    "/reports/committee/" + ID + "/final",
                    Role.PREVENT_LEAD),
            Rule.page(HttpMethod.POST, "/reports/committee", "/reports/committee", Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.POST,
                    "/reports/committee/{id}/words",
                    "/reports/committee/" + ID + "/words",
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.POST,
                    "/reports/committee/{id}/final",
                    "/reports/committee/" + ID + "/final",
                    Role.PREVENT_LEAD),
            Rule.page(HttpMethod.GET, "/admin/referrer-status", "/admin/referrer-status", Role.TENANT_ADMIN),
            Rule.page(
                    HttpMethod.POST,
                    "/admin/referrer-status",
                    "/admin/referrer-status?choice=outcome&version=0",
                    Role.TENANT_ADMIN),
            Rule.page(HttpMethod.GET, "/admin/retention", "/admin/retention", Role.TENANT_ADMIN, Role.PREVENT_LEAD),
            Rule.page(HttpMethod.GET, "/admin/retention/dry-run", "/admin/retention/dry-run", Role.TENANT_ADMIN),
            Rule.page(
                    HttpMethod.GET,
                    "/admin/retention/{recordType}",
                    "/admin/retention/CHANNEL_CASE",
                    Role.TENANT_ADMIN),
            Rule.page(
                    HttpMethod.POST,
                    "/admin/retention/{recordType}",
                    "/admin/retention/CHANNEL_CASE?keepYears=7",
                    Role.TENANT_ADMIN),
            Rule.page(HttpMethod.GET, "/privacy/holds", "/privacy/holds", Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.GET,
                    "/channel/cases/{id}/restriction",
                    "/channel/cases/" + ID + "/restriction",
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.POST,
                    "/channel/cases/{id}/restriction",
                    "/channel/cases/" + ID + "/restriction?restricted=no",
                    Role.PREVENT_LEAD),
            Rule.page(HttpMethod.GET, "/privacy/break-glass", "/privacy/break-glass", Role.PREVENT_LEAD),
            Rule.page(HttpMethod.GET, "/privacy/upcoming", "/privacy/upcoming", Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.POST,
                    "/privacy/upcoming/{id}/extend",
                    "/privacy/upcoming/" + ID + "/extend?reason=A+review",
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.POST,
                    "/privacy/break-glass/{id}/review",
                    "/privacy/break-glass/" + ID + "/review?justified=yes",
                    Role.PREVENT_LEAD),
            Rule.page(HttpMethod.GET, "/break-glass", "/break-glass", Role.CASE_WORKER, Role.PANEL_MEMBER),
            Rule.page(HttpMethod.POST, "/break-glass", "/break-glass", Role.CASE_WORKER, Role.PANEL_MEMBER),
            // No API key may break glass, whatever its roles.
            new Rule(
                    HttpMethod.POST,
                    "/api/v1/channel-cases/{id}/break-glass",
                    "/api/v1/channel-cases/" + ID + "/break-glass",
                    Access.ROLES,
                    Set.of()),
            Rule.page(
                    HttpMethod.GET,
                    "/people/{id}/subject-access",
                    "/people/" + ID + "/subject-access",
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.POST,
                    "/people/{id}/subject-access-requests",
                    "/people/" + ID + "/subject-access-requests",
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.POST,
                    "/people/{id}/subject-access-export",
                    "/people/" + ID + "/subject-access-export",
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.GET,
                    "/api/v1/people/{id}/subject-access-export",
                    "/api/v1/people/" + ID + "/subject-access-export",
                    Role.PREVENT_LEAD),
            Rule.page(HttpMethod.GET, "/people/{id}/legal-hold", "/people/" + ID + "/legal-hold", Role.PREVENT_LEAD),
            Rule.page(HttpMethod.POST, "/people/{id}/legal-hold", "/people/" + ID + "/legal-hold", Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.POST,
                    "/people/{id}/legal-hold/lift",
                    "/people/" + ID + "/legal-hold/lift",
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.GET,
                    "/api/v1/privacy/retention-rules",
                    "/api/v1/privacy/retention-rules",
                    Role.TENANT_ADMIN,
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.PUT,
                    "/api/v1/privacy/retention-rules/{recordType}",
                    "/api/v1/privacy/retention-rules/CHANNEL_CASE",
                    Role.TENANT_ADMIN),
            Rule.page(
                    HttpMethod.POST,
                    "/api/v1/privacy/retention-runs",
                    "/api/v1/privacy/retention-runs",
                    Role.TENANT_ADMIN),
            Rule.page(
                    HttpMethod.POST,
                    "/api/v1/people/{id}/legal-hold",
                    "/api/v1/people/" + ID + "/legal-hold",
                    Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.DELETE,
                    "/api/v1/people/{id}/legal-hold",
                    "/api/v1/people/" + ID + "/legal-hold",
                    Role.PREVENT_LEAD),
            Rule.page(HttpMethod.GET, "/admin/disclosure", "/admin/disclosure", Role.TENANT_ADMIN),
            Rule.page(HttpMethod.POST, "/admin/disclosure", "/admin/disclosure?threshold=5", Role.TENANT_ADMIN),
            Rule.page(
                    HttpMethod.GET,
                    "/channel/meetings/{id}/{document}.{format}",
                    "/channel/meetings/" + ID + "/agenda.pdf",
                    Role.PREVENT_LEAD,
                    Role.CHANNEL_CHAIR),
            Rule.page(
                    HttpMethod.GET,
                    "/channel/meetings/{id}/meeting.ics",
                    "/channel/meetings/" + ID + "/meeting.ics",
                    Role.PREVENT_LEAD,
                    Role.CHANNEL_CHAIR),
            Rule.page(
                    HttpMethod.POST,
                    "/channel/meetings/{id}/actions",
                    "/channel/meetings/" + ID + "/actions",
                    Role.PREVENT_LEAD,
                    Role.CHANNEL_CHAIR),
            Rule.page(
                    HttpMethod.POST,
                    "/channel/cases/{id}/information-requests/{requestId}/response",
                    "/channel/cases/" + ID + "/information-requests/" + ID + "/response",
                    Role.PREVENT_LEAD,
                    Role.CHANNEL_CHAIR),
            Rule.page(HttpMethod.GET, "/triage/find", "/triage/find", Role.PREVENT_LEAD),
            Rule.page(HttpMethod.GET, "/triage/imports/new", "/triage/imports/new", Role.PREVENT_LEAD),
            Rule.page(HttpMethod.POST, "/triage/imports", "/triage/imports", Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.GET, "/triage/imports/template.csv", "/triage/imports/template.csv", Role.PREVENT_LEAD),
            Rule.page(HttpMethod.GET, "/triage/imports/{id}", "/triage/imports/" + ID, Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.POST,
                    "/triage/imports/{id}/confirm",
                    "/triage/imports/" + ID + "/confirm",
                    Role.PREVENT_LEAD),
            Rule.page(HttpMethod.POST, "/api/v1/referrals/imports", "/api/v1/referrals/imports", Role.PREVENT_LEAD),
            Rule.page(
                    HttpMethod.GET,
                    "/channel/cases/{id}/documents",
                    "/channel/cases/" + ID + "/documents",
                    Role.PREVENT_LEAD,
                    Role.CHANNEL_CHAIR,
                    Role.PANEL_MEMBER,
                    Role.CASE_WORKER),
            Rule.page(
                    HttpMethod.GET,
                    "/channel/cases/{id}/documents/{documentId}",
                    "/channel/cases/" + ID + "/documents/" + ID,
                    Role.PREVENT_LEAD,
                    Role.CHANNEL_CHAIR,
                    Role.PANEL_MEMBER,
                    Role.CASE_WORKER),
            Rule.page(
                    HttpMethod.POST,
                    "/channel/cases/{id}/documents",
                    "/channel/cases/" + ID + "/documents",
                    Role.PREVENT_LEAD,
                    Role.CHANNEL_CHAIR,
                    Role.CASE_WORKER),
            Rule.page(
                    HttpMethod.POST,
                    "/channel/cases/{id}/documents/{documentId}/remove",
                    "/channel/cases/" + ID + "/documents/" + ID + "/remove",
                    Role.PREVENT_LEAD,
                    Role.CHANNEL_CHAIR,
                    Role.CASE_WORKER),
            Rule.page(
                    HttpMethod.GET,
                    "/channel/cases/{id}/officer",
                    "/channel/cases/" + ID + "/officer",
                    Role.PREVENT_LEAD,
                    Role.CHANNEL_CHAIR),
            Rule.page(
                    HttpMethod.POST,
                    "/channel/cases/{id}/officer",
                    "/channel/cases/" + ID + "/officer",
                    Role.PREVENT_LEAD,
                    Role.CHANNEL_CHAIR),
            Rule.page(
                    HttpMethod.GET,
                    "/channel/cases/{id}/panel",
                    "/channel/cases/" + ID + "/panel",
                    Role.PREVENT_LEAD,
                    Role.CHANNEL_CHAIR,
                    Role.PANEL_MEMBER,
                    Role.CASE_WORKER),
            Rule.page(
                    HttpMethod.GET,
                    "/channel/cases/{id}/support",
                    "/channel/cases/" + ID + "/support",
                    Role.PREVENT_LEAD,
                    Role.CHANNEL_CHAIR,
                    Role.PANEL_MEMBER,
                    Role.CASE_WORKER),
            Rule.page(
                    HttpMethod.GET,
                    "/channel/cases/{id}/tasks",
                    "/channel/cases/" + ID + "/tasks",
                    Role.PREVENT_LEAD,
                    Role.CHANNEL_CHAIR,
                    Role.PANEL_MEMBER,
                    Role.CASE_WORKER),
            Rule.page(
                    HttpMethod.GET,
                    "/channel/cases/{id}/chronology",
                    "/channel/cases/" + ID + "/chronology",
                    Role.PREVENT_LEAD,
                    Role.CHANNEL_CHAIR,
                    Role.PANEL_MEMBER,
                    Role.CASE_WORKER),
            Rule.page(
                    HttpMethod.GET,
                    "/channel/cases/{id}/notes/new",
                    "/channel/cases/" + ID + "/notes/new",
                    Role.PREVENT_LEAD,
                    Role.CHANNEL_CHAIR,
                    Role.CASE_WORKER),
            Rule.page(
                    HttpMethod.POST,
                    "/channel/cases/{id}/notes",
                    "/channel/cases/" + ID + "/notes",
                    Role.PREVENT_LEAD,
                    Role.CHANNEL_CHAIR,
                    Role.CASE_WORKER),
            Rule.page(
                    HttpMethod.GET,
                    "/channel/cases/{id}/notes/{noteId}/correct",
                    "/channel/cases/" + ID + "/notes/" + ID + "/correct",
                    Role.PREVENT_LEAD,
                    Role.CHANNEL_CHAIR,
                    Role.CASE_WORKER),
            Rule.page(
                    HttpMethod.POST,
                    "/channel/cases/{id}/notes/{noteId}/correct",
                    "/channel/cases/" + ID + "/notes/" + ID + "/correct",
                    Role.PREVENT_LEAD,
                    Role.CHANNEL_CHAIR,
                    Role.CASE_WORKER),
            Rule.page(
                    HttpMethod.GET,
                    "/api/v1/channel-cases/{id}/chronology",
                    "/api/v1/channel-cases/" + ID + "/chronology",
                    Role.PREVENT_LEAD,
                    Role.CHANNEL_CHAIR,
                    Role.PANEL_MEMBER,
                    Role.CASE_WORKER),
            Rule.page(
                    HttpMethod.POST,
                    "/api/v1/channel-cases/{id}/notes",
                    "/api/v1/channel-cases/" + ID + "/notes",
                    Role.PREVENT_LEAD,
                    Role.CHANNEL_CHAIR,
                    Role.CASE_WORKER),
            Rule.page(
                    HttpMethod.POST,
                    "/api/v1/channel-cases/{id}/notes/{noteId}/corrections",
                    "/api/v1/channel-cases/" + ID + "/notes/" + ID + "/corrections",
                    Role.PREVENT_LEAD,
                    Role.CHANNEL_CHAIR,
                    Role.CASE_WORKER),
            Rule.page(
                    HttpMethod.GET,
                    "/channel/cases/{id}/assessments/new",
                    "/channel/cases/" + ID + "/assessments/new",
                    Role.PREVENT_LEAD,
                    Role.CHANNEL_CHAIR),
            Rule.page(
                    HttpMethod.POST,
                    "/channel/cases/{id}/assessments",
                    "/channel/cases/" + ID + "/assessments",
                    Role.PREVENT_LEAD,
                    Role.CHANNEL_CHAIR),
            Rule.page(
                    HttpMethod.GET,
                    "/channel/panel-members",
                    "/channel/panel-members",
                    Role.PREVENT_LEAD,
                    Role.CHANNEL_CHAIR),
            Rule.page(
                    HttpMethod.POST,
                    "/channel/panel-members",
                    "/channel/panel-members",
                    Role.PREVENT_LEAD,
                    Role.CHANNEL_CHAIR),
            Rule.page(
                    HttpMethod.POST,
                    "/channel/panel-members/{memberId}/active",
                    "/channel/panel-members/" + ID + "/active",
                    Role.PREVENT_LEAD,
                    Role.CHANNEL_CHAIR),
            Rule.page(
                    HttpMethod.GET,
                    "/channel/attendance",
                    "/channel/attendance",
                    Role.PREVENT_LEAD,
                    Role.CHANNEL_CHAIR),
            Rule.page(
                    HttpMethod.POST,
                    "/channel/cases/{id}/interventions/{interventionId}/end",
                    "/channel/cases/" + ID + "/interventions/" + ID + "/end",
                    Role.PREVENT_LEAD,
                    Role.CHANNEL_CHAIR),
            // Channel: each thing recorded on a case has its own page
            Rule.page(
                    HttpMethod.GET,
                    "/channel/cases/{id}/decision",
                    "/channel/cases/" + ID + "/decision",
                    Role.PREVENT_LEAD,
                    Role.CHANNEL_CHAIR),
            Rule.page(
                    HttpMethod.GET,
                    "/channel/cases/{id}/support-plan",
                    "/channel/cases/" + ID + "/support-plan",
                    Role.PREVENT_LEAD,
                    Role.CHANNEL_CHAIR),
            Rule.page(
                    HttpMethod.GET,
                    "/channel/cases/{id}/consent",
                    "/channel/cases/" + ID + "/consent",
                    Role.PREVENT_LEAD,
                    Role.CHANNEL_CHAIR),
            Rule.page(
                    HttpMethod.GET,
                    "/channel/cases/{id}/interventions/new",
                    "/channel/cases/" + ID + "/interventions/new",
                    Role.PREVENT_LEAD,
                    Role.CHANNEL_CHAIR),
            Rule.page(
                    HttpMethod.GET,
                    "/channel/cases/{id}/interventions/{interventionId}/sessions/new",
                    "/channel/cases/" + ID + "/interventions/" + ID + "/sessions/new",
                    Role.PREVENT_LEAD,
                    Role.CHANNEL_CHAIR),
            Rule.page(
                    HttpMethod.GET,
                    "/channel/cases/{id}/interventions/{interventionId}/end",
                    "/channel/cases/" + ID + "/interventions/" + ID + "/end",
                    Role.PREVENT_LEAD,
                    Role.CHANNEL_CHAIR),
            Rule.page(
                    HttpMethod.GET,
                    "/channel/cases/{id}/exit",
                    "/channel/cases/" + ID + "/exit",
                    Role.PREVENT_LEAD,
                    Role.CHANNEL_CHAIR),
            Rule.page(
                    HttpMethod.GET,
                    "/channel/cases/{id}/reviews/{months}",
                    "/channel/cases/" + ID + "/reviews/6",
                    Role.PREVENT_LEAD,
                    Role.CHANNEL_CHAIR),
            Rule.page(
                    HttpMethod.GET,
                    "/channel/cases/{id}/close",
                    "/channel/cases/" + ID + "/close",
                    Role.PREVENT_LEAD,
                    Role.CHANNEL_CHAIR),
            Rule.page(
                    HttpMethod.GET,
                    "/channel/cases/{id}/information-requests/new",
                    "/channel/cases/" + ID + "/information-requests/new",
                    Role.PREVENT_LEAD,
                    Role.CHANNEL_CHAIR),
            Rule.page(
                    HttpMethod.GET,
                    "/channel/cases/{id}/information-requests/{requestId}/response",
                    "/channel/cases/" + ID + "/information-requests/" + ID + "/response",
                    Role.PREVENT_LEAD,
                    Role.CHANNEL_CHAIR),
            // Channel
            Rule.page(
                    HttpMethod.POST,
                    "/channel/cases/{id}/decision",
                    "/channel/cases/" + ID + "/decision",
                    Role.PREVENT_LEAD,
                    Role.CHANNEL_CHAIR),
            Rule.page(
                    HttpMethod.POST,
                    "/channel/cases/{id}/support-plan",
                    "/channel/cases/" + ID + "/support-plan",
                    Role.PREVENT_LEAD,
                    Role.CHANNEL_CHAIR),
            Rule.page(
                    HttpMethod.POST,
                    "/channel/cases/{id}/consent",
                    "/channel/cases/" + ID + "/consent",
                    Role.PREVENT_LEAD,
                    Role.CHANNEL_CHAIR),
            Rule.page(
                    HttpMethod.POST,
                    "/channel/cases/{id}/interventions",
                    "/channel/cases/" + ID + "/interventions",
                    Role.PREVENT_LEAD,
                    Role.CHANNEL_CHAIR),
            Rule.page(
                    HttpMethod.POST,
                    "/channel/cases/{id}/interventions/{interventionId}/sessions",
                    "/channel/cases/" + ID + "/interventions/" + ID + "/sessions",
                    Role.PREVENT_LEAD,
                    Role.CHANNEL_CHAIR),
            Rule.page(
                    HttpMethod.POST,
                    "/channel/cases/{id}/exit",
                    "/channel/cases/" + ID + "/exit",
                    Role.PREVENT_LEAD,
                    Role.CHANNEL_CHAIR),
            Rule.page(
                    HttpMethod.POST,
                    "/channel/cases/{id}/reviews/{months}",
                    "/channel/cases/" + ID + "/reviews/6",
                    Role.PREVENT_LEAD,
                    Role.CHANNEL_CHAIR),
            Rule.page(
                    HttpMethod.POST,
                    "/channel/cases/{id}/close",
                    "/channel/cases/" + ID + "/close",
                    Role.PREVENT_LEAD,
                    Role.CHANNEL_CHAIR),
            Rule.page(
                    HttpMethod.POST,
                    "/channel/cases/{id}/information-requests",
                    "/channel/cases/" + ID + "/information-requests",
                    Role.PREVENT_LEAD,
                    Role.CHANNEL_CHAIR),
            Rule.page(HttpMethod.GET, "/channel/meetings", "/channel/meetings", Role.PREVENT_LEAD, Role.CHANNEL_CHAIR),
            Rule.page(
                    HttpMethod.GET,
                    "/channel/meetings/new",
                    "/channel/meetings/new",
                    Role.PREVENT_LEAD,
                    Role.CHANNEL_CHAIR),
            Rule.page(
                    HttpMethod.GET,
                    "/channel/meetings/{id}",
                    "/channel/meetings/" + ID,
                    Role.PREVENT_LEAD,
                    Role.CHANNEL_CHAIR),
            Rule.page(HttpMethod.POST, "/channel/meetings", "/channel/meetings", Role.PREVENT_LEAD, Role.CHANNEL_CHAIR),
            Rule.page(
                    HttpMethod.POST,
                    "/channel/meetings/{id}/publish",
                    "/channel/meetings/" + ID + "/publish",
                    Role.PREVENT_LEAD,
                    Role.CHANNEL_CHAIR),
            Rule.page(
                    HttpMethod.POST,
                    "/channel/meetings/{id}/attendance",
                    "/channel/meetings/" + ID + "/attendance",
                    Role.PREVENT_LEAD,
                    Role.CHANNEL_CHAIR),
            Rule.page(
                    HttpMethod.POST,
                    "/channel/meetings/{id}/minutes",
                    "/channel/meetings/" + ID + "/minutes",
                    Role.PREVENT_LEAD,
                    Role.CHANNEL_CHAIR),
            Rule.page(
                    HttpMethod.GET,
                    "/channel/cases",
                    "/channel/cases",
                    Role.PREVENT_LEAD,
                    Role.CHANNEL_CHAIR,
                    Role.PANEL_MEMBER,
                    Role.CASE_WORKER),
            Rule.page(
                    HttpMethod.GET,
                    "/channel/cases/{id}",
                    "/channel/cases/" + ID,
                    Role.PREVENT_LEAD,
                    Role.CHANNEL_CHAIR,
                    Role.PANEL_MEMBER,
                    Role.CASE_WORKER),
            Rule.page(
                    HttpMethod.GET,
                    "/api/v1/channel-cases",
                    "/api/v1/channel-cases",
                    Role.PREVENT_LEAD,
                    Role.CHANNEL_CHAIR,
                    Role.PANEL_MEMBER,
                    Role.CASE_WORKER),
            Rule.page(
                    HttpMethod.GET,
                    "/api/v1/channel-cases/{id}",
                    "/api/v1/channel-cases/" + ID,
                    Role.PREVENT_LEAD,
                    Role.CHANNEL_CHAIR,
                    Role.PANEL_MEMBER,
                    Role.CASE_WORKER),
            Rule.page(
                    HttpMethod.POST,
                    "/api/v1/panel-meetings",
                    "/api/v1/panel-meetings",
                    Role.PREVENT_LEAD,
                    Role.CHANNEL_CHAIR),
            Rule.page(
                    HttpMethod.POST,
                    "/api/v1/panel-meetings/{id}/publish",
                    "/api/v1/panel-meetings/" + ID + "/publish",
                    Role.PREVENT_LEAD,
                    Role.CHANNEL_CHAIR),
            Rule.page(
                    HttpMethod.POST,
                    "/api/v1/channel-cases/{id}/panel-decision",
                    "/api/v1/channel-cases/" + ID + "/panel-decision",
                    Role.PREVENT_LEAD,
                    Role.CHANNEL_CHAIR),
            Rule.page(
                    HttpMethod.POST,
                    "/api/v1/channel-cases/{id}/consent",
                    "/api/v1/channel-cases/" + ID + "/consent",
                    Role.PREVENT_LEAD,
                    Role.CHANNEL_CHAIR),
            Rule.page(
                    HttpMethod.POST,
                    "/api/v1/channel-cases/{id}/interventions",
                    "/api/v1/channel-cases/" + ID + "/interventions",
                    Role.PREVENT_LEAD,
                    Role.CHANNEL_CHAIR),
            Rule.page(
                    HttpMethod.POST,
                    "/api/v1/channel-cases/{id}/interventions/{interventionId}/sessions",
                    "/api/v1/channel-cases/" + ID + "/interventions/" + ID + "/sessions",
                    Role.PREVENT_LEAD,
                    Role.CHANNEL_CHAIR),
            Rule.page(
                    HttpMethod.POST,
                    "/api/v1/channel-cases/{id}/exit",
                    "/api/v1/channel-cases/" + ID + "/exit",
                    Role.PREVENT_LEAD,
                    Role.CHANNEL_CHAIR));

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    IdentityFixtures fixtures;

    private final Map<Role, TestUser> users = new HashMap<>();
    private final Map<Role, String> keys = new HashMap<>();
    private TenantSummary tenant;

    @BeforeAll
    void setUp() {
        tenant = fixtures.tenant();
        for (var role : Role.values()) {
            var home = role.isTenantRole() ? tenant : null;
            if (role != Role.OPERATIONS) {
                users.put(role, fixtures.userWithTwoFactors(home, role));
            }
            keys.put(role, fixtures.apiKey(home, role));
        }
    }

    @Test
    void everyEndpointHasAnExplicitRule() {
        var mapped = new TreeSet<String>();
        context.getBeansOfType(RequestMappingHandlerMapping.class)
                .values()
                .forEach(mapping -> mapping.getHandlerMethods().keySet().forEach(info -> {
                    var methods = info.getMethodsCondition().getMethods();
                    for (var pattern : info.getPatternValues()) {
                        if (pattern.equals("/error") || pattern.equals("/error/api")) {
                            continue;
                        }
                        if (methods.isEmpty()) {
                            mapped.add("ANY " + pattern);
                        }
                        methods.forEach(method -> mapped.add(method + " " + pattern));
                    }
                }));
        var ruled = new TreeSet<String>();
        RULES.forEach(rule -> ruled.add(rule.method() + " " + rule.pattern()));
        assertThat(mapped).isEqualTo(ruled);
    }

    @Test
    void anonymousRequestsAreSentToSignInOrRefusedWithUnauthorized() throws Exception {
        for (var rule : RULES) {
            var status = perform(rule, null, null);
            if (rule.access() == Access.PUBLIC) {
                assertThat(status).as(rule.toString()).isNotIn(401, 403);
            } else if (rule.api()) {
                assertThat(status).as(rule.toString()).isEqualTo(401);
            } else {
                assertThat(status).as(rule.toString()).isEqualTo(302);
            }
        }
    }

    @Test
    void rolesWithoutAccessAreRefused() throws Exception {
        for (var rule : RULES) {
            if (rule.access() != Access.ROLES) {
                continue;
            }
            for (var role : Role.values()) {
                if (rule.roles().contains(role)) {
                    continue;
                }
                Integer status =
                        rule.api() ? Integer.valueOf(perform(rule, null, keys.get(role))) : performAs(rule, role);
                if (status == null) {
                    continue;
                }
                assertThat(status).as(rule + " as " + role).isEqualTo(403);
            }
        }
    }

    @Test
    void rolesWithAccessAreLetThrough() throws Exception {
        for (var rule : RULES) {
            var allowed = switch (rule.access()) {
                case ROLES -> rule.roles();
                case SIGNED_IN, PASSWORD_GIVEN -> Set.of(Role.REFERRER);
                case ANY_KEY -> Set.of(Role.REFERRER, Role.SYSTEM_ADMIN);
                case PUBLIC -> Set.<Role>of();
            };
            for (var role : allowed) {
                Integer status =
                        rule.api() ? Integer.valueOf(perform(rule, null, keys.get(role))) : performAs(rule, role);
                assertThat(status).as(rule + " as " + role).isNotIn(401, 403);
            }
        }
    }

    @Test
    void aUserWhoHasNotGivenTheSecondFactorIsSentToGiveIt() throws Exception {
        var user = users.get(Role.TENANT_ADMIN);
        var result = mvc.perform(request(HttpMethod.GET, "/admin/users")
                        .with(authentication(fixtures.authentication(user, false))))
                .andReturn()
                .getResponse();
        assertThat(result.getStatus()).isEqualTo(302);
        assertThat(result.getRedirectedUrl()).contains("/sign-in/two-factor");
    }

    @Test
    void anAddressNoControllerAnswersIsNotFoundRatherThanRefused() throws Exception {
        var user = users.get(Role.PREVENT_LEAD);
        var page = mvc.perform(request(HttpMethod.GET, "/no-such-page")
                        .with(authentication(fixtures.authentication(user, true))))
                .andReturn()
                .getResponse();
        assertThat(page.getStatus()).isEqualTo(404);
        var api = mvc.perform(request(HttpMethod.GET, "/api/v1/no-such-endpoint")
                        .header("Authorization", "Bearer " + keys.get(Role.PREVENT_LEAD)))
                .andReturn()
                .getResponse();
        assertThat(api.getStatus()).isEqualTo(404);
    }

    @Test
    void aUserCannotReachAnotherTenantsRecords() throws Exception {
        var otherTenant = fixtures.tenant();
        var stranger = fixtures.user(otherTenant, Role.REFERRER);
        var admin = users.get(Role.TENANT_ADMIN);
        for (var path : List.of("/admin/users/" + stranger.id(), "/admin/users/" + stranger.id() + "/roles")) {
            var status = mvc.perform(
                            request(HttpMethod.GET, path).with(authentication(fixtures.authentication(admin, true))))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(status).as(path).isEqualTo(404);
        }
        var api = mvc.perform(request(HttpMethod.GET, "/api/v1/users/" + stranger.id())
                        .header("Authorization", "Bearer " + keys.get(Role.TENANT_ADMIN)))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(api).isEqualTo(404);
    }

    private Integer performAs(Rule rule, Role role) throws Exception {
        var user = users.get(role);
        if (user == null) {
            return null;
        }
        return perform(rule, user, null);
    }

    private int perform(Rule rule, TestUser user, String key) throws Exception {
        MockHttpServletRequestBuilder request = request(rule.method(), rule.example());
        if (rule.method() == HttpMethod.POST || rule.method() == HttpMethod.PUT) {
            request = request.with(csrf());
            if (rule.api()) {
                request = request.contentType(MediaType.APPLICATION_JSON).content("{}");
            }
        }
        if (user != null) {
            request = request.with(authentication(fixtures.authentication(user, true)));
        }
        if (key != null) {
            request = request.header("Authorization", "Bearer " + key);
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    @SuppressWarnings("unused")
    private static List<String> describe(List<Rule> rules) {
        var list = new ArrayList<String>();
        rules.forEach(rule -> list.add(rule.method() + " " + rule.pattern()));
        return list;
    }
}
