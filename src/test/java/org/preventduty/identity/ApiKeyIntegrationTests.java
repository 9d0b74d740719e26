package org.preventduty.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preventduty.support.Api.json;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.preventduty.shared.SecretBox;
import org.preventduty.support.Api;
import org.preventduty.support.Browser;
import org.preventduty.support.SystemSql;
import org.preventduty.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "PDM_BOOTSTRAP_API_KEY=" + ApiKeyIntegrationTests.BOOTSTRAP)
@Import({IdentityFixtures.class, TestClock.Config.class, SystemSql.class})
class ApiKeyIntegrationTests {

    static final String BOOTSTRAP = "bootstrap-key-for-tests-0123456789-abcdefghij";

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @Autowired
    SystemSql sql;

    @Autowired
    IdentityFixtures fixtures;

    Api api;

    @org.junit.jupiter.api.BeforeEach
    void setUp() {
        api = new Api(port);
    }

    private String newTenant() {
        var code = "c" + UUID.randomUUID().toString().substring(0, 8);
        var created = api.post(
                "/api/v1/tenants", BOOTSTRAP, json("code", code, "name", "Council of " + code, "region", "LONDON"));
        assertThat(created.status()).isEqualTo(201);
        return code;
    }

    private String tenantAdminKey(String code) {
        var created = api.post(
                "/api/v1/tenants/" + code + "/api-keys",
                BOOTSTRAP,
                json("name", "provisioning", "roles", List.of("TENANT_ADMIN"), "expiresInDays", 30));
        assertThat(created.status()).isEqualTo(201);
        return created.json().get("key").asString();
    }

    @Test
    void theBootstrapKeyCreatesATenant() {
        var code = "c" + UUID.randomUUID().toString().substring(0, 8);
        var created = api.post(
                "/api/v1/tenants",
                BOOTSTRAP,
                json("code", code, "name", "London Borough of Barnet", "region", "LONDON"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("code").asString()).isEqualTo(code);
        assertThat(created.json().get("name").asString()).isEqualTo("London Borough of Barnet");
        assertThat(created.json().get("region").asString()).isEqualTo("LONDON");
        assertThat(sql.auditCountByActor("API_KEY_USED", "SUCCESS", bootstrapKeyId()))
                .isPositive();
    }

    @Test
    void aTenantCodeCanBeUsedOnce() {
        var code = newTenant();
        var again = api.post("/api/v1/tenants", BOOTSTRAP, json("code", code, "name", "Again", "region", "WALES"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.header("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    void invalidTenantsAreRefusedWithTheFieldsThatAreWrong() {
        var answer = api.post("/api/v1/tenants", BOOTSTRAP, json("code", "Not A Code!", "region", "ATLANTIS"));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("errors").toString()).contains("region");

        var missing = api.post("/api/v1/tenants", BOOTSTRAP, json("code", "Not A Code!", "region", "LONDON"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors").toString()).contains("code").contains("name");

        var notJson = api.post("/api/v1/tenants", BOOTSTRAP, "{not json");
        assertThat(notJson.status()).isEqualTo(400);
    }

    @Test
    void aKeyForATenantCanOnlyBeATenantAdministratorsKey() {
        var code = newTenant();
        var refused = api.post(
                "/api/v1/tenants/" + code + "/api-keys",
                BOOTSTRAP,
                json("name", "too-much", "roles", List.of("PREVENT_LEAD")));
        assertThat(refused.status()).isEqualTo(422);

        var unknown = api.post(
                "/api/v1/tenants/no-such-council/api-keys",
                BOOTSTRAP,
                json("name", "x", "roles", List.of("TENANT_ADMIN")));
        assertThat(unknown.status()).isEqualTo(404);
    }

    @Test
    void aTenantAdministratorCreatesKeysWithTenantRolesOnly() {
        var code = newTenant();
        var admin = tenantAdminKey(code);

        var created = api.post(
                "/api/v1/api-keys",
                admin,
                json("name", "hr-feed", "roles", List.of("TRAINING_ADMIN"), "expiresInDays", 90));
        assertThat(created.status()).isEqualTo(201);
        var key = created.json().get("key").asString();
        assertThat(created.json().get("id").asString()).isNotBlank();

        var me = api.get("/api/v1/me", key);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("tenant").asString()).isEqualTo(code);
        assertThat(me.json().get("roles").toString()).contains("TRAINING_ADMIN").doesNotContain("TENANT_ADMIN");

        var national = api.post("/api/v1/api-keys", admin, json("name", "x", "roles", List.of("NATIONAL_ANALYST")));
        assertThat(national.status()).isEqualTo(422);
        var tooLong = api.post(
                "/api/v1/api-keys", admin, json("name", "x", "roles", List.of("REFERRER"), "expiresInDays", 5000));
        assertThat(tooLong.status()).isEqualTo(400);
    }

    @Test
    void aNationalKeyBelongsToNoTenant() {
        var created = api.post(
                "/api/v1/national/api-keys",
                BOOTSTRAP,
                json("name", "statistics", "roles", List.of("NATIONAL_ANALYST")));
        assertThat(created.status()).isEqualTo(201);
        var me = api.get("/api/v1/me", created.json().get("key").asString());
        assertThat(me.json().get("tenant").isNull()).isTrue();
        assertThat(me.json().get("roles").toString()).contains("NATIONAL_ANALYST");

        var wrong =
                api.post("/api/v1/national/api-keys", BOOTSTRAP, json("name", "x", "roles", List.of("TENANT_ADMIN")));
        assertThat(wrong.status()).isEqualTo(422);
    }

    @Test
    void keysExpire() {
        var code = newTenant();
        var admin = tenantAdminKey(code);
        var key = api.post(
                        "/api/v1/api-keys",
                        admin,
                        json("name", "short", "roles", List.of("REFERRER"), "expiresInDays", 1))
                .json()
                .get("key")
                .asString();
        assertThat(api.get("/api/v1/me", key).status()).isEqualTo(200);

        clock.advance(Duration.ofDays(1).plusMinutes(1));

        assertThat(api.get("/api/v1/me", key).status()).isEqualTo(401);
        clock.advance(Duration.ofDays(-1).minusMinutes(1));
    }

    @Test
    void aRevokedKeyStopsWorkingAtOnce() {
        var code = newTenant();
        var admin = tenantAdminKey(code);
        var created = api.post("/api/v1/api-keys", admin, json("name", "revoke-me", "roles", List.of("REFERRER")));
        var id = created.json().get("id").asString();
        var key = created.json().get("key").asString();

        var revoked = api.post("/api/v1/api-keys/" + id + "/revoke", admin, "{}");
        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.json().get("active").asBoolean()).isFalse();

        assertThat(api.get("/api/v1/me", key).status()).isEqualTo(401);
        assertThat(api.post("/api/v1/api-keys/" + id + "/revoke", admin, "{}").status())
                .isEqualTo(409);
        assertThat(sql.auditCount("API_KEY_REVOKED", id)).isEqualTo(1);
        assertThat(sql.auditCount("API_KEY_REJECTED", id)).isEqualTo(1);
    }

    @Test
    void anAdministratorCannotSeeOrRevokeAnotherTenantsKeys() {
        var mine = tenantAdminKey(newTenant());
        var theirs = tenantAdminKey(newTenant());
        var theirKey = api.post("/api/v1/api-keys", theirs, json("name", "theirs", "roles", List.of("REFERRER")));
        var theirId = theirKey.json().get("id").asString();

        assertThat(api.post("/api/v1/api-keys/" + theirId + "/revoke", mine, "{}")
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/api-keys", mine).body()).doesNotContain(theirId);
        assertThat(api.get("/api/v1/api-keys", theirs).body()).contains(theirId);
    }

    @Test
    void keysAreStoredOnlyAsHashes() {
        var code = newTenant();
        var admin = tenantAdminKey(code);
        var created = api.post("/api/v1/api-keys", admin, json("name", "hashed", "roles", List.of("REFERRER")));
        var key = created.json().get("key").asString();
        var id = UUID.fromString(created.json().get("id").asString());

        assertThat(key).startsWith("pdm_").hasSizeGreaterThanOrEqualTo(4 + 43);
        var row = sql.run(jdbc ->
                jdbc.sql("select * from api_key where id = ?").param(id).query().singleRow());
        assertThat(row.get("key_hash")).isEqualTo(SecretBox.sha256Hex(key));
        assertThat(row.values().stream().map(String::valueOf)).noneMatch(value -> value.contains(key));
        assertThat(sql.auditCount("API_KEY_CREATED", id)).isEqualTo(1);
    }

    @Test
    void anUnknownKeyIsRefusedAndAudited() {
        var before = sql.run(jdbc -> jdbc.sql("select count(*) from audit_event where action = 'API_KEY_REJECTED'")
                .query(Long.class)
                .single());
        var answer = api.get("/api/v1/me", "pdm_not-a-real-key-at-all");
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.header("WWW-Authenticate")).contains("Bearer");
        assertThat(answer.json().get("status").asInt()).isEqualTo(401);
        var after = sql.run(jdbc -> jdbc.sql("select count(*) from audit_event where action = 'API_KEY_REJECTED'")
                .query(Long.class)
                .single());
        assertThat(after).isEqualTo(before + 1);
    }

    @Test
    void theSystemAdministratorCreatesATenantsFirstAdministratorWhoSetsTheirOwnPassword() {
        var code = newTenant();
        var created = api.post(
                "/api/v1/tenants/" + code + "/users",
                BOOTSTRAP,
                json("email", "first.admin@" + code + ".example", "displayName", "First Admin"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("user").get("roles").toString()).contains("TENANT_ADMIN");
        assertThat(created.json().get("user").get("status").asString()).isEqualTo("INVITED");
        var link = created.json().get("passwordLink").asString();
        var path = link.replaceFirst("^https?://[^/]+", "");

        var browser = new Browser(port);
        assertThat(browser.get(path).status()).isEqualTo(200);
        var set = browser.post(
                path, Map.of("password", "plum tomato lantern river", "confirmation", "plum tomato lantern river"));
        assertThat(set.status()).isEqualTo(200);
        assertThat(set.body()).contains("Your password is set");
        assertThat(browser.get(path).body()).contains("This link does not work");
        assertThat(new Browser(port)
                        .signIn("first.admin@" + code + ".example", "plum tomato lantern river")
                        .location())
                .isEqualTo("/sign-in/set-up-two-factor");
    }

    @Test
    void anAdministratorRevokesAKeyInTheBrowserAndIsToldWhichKeyWithItsTagReadingRevoked() {
        var tenant = fixtures.tenant();
        var adminKey = fixtures.apiKey(tenant, Role.TENANT_ADMIN);
        var created = api.post("/api/v1/api-keys", adminKey, json("name", "school-form", "roles", List.of("REFERRER")));
        assertThat(created.status()).isEqualTo(201);
        var admin = fixtures.userWithTwoFactors(tenant, Role.TENANT_ADMIN);
        var browser = new Browser(port);
        browser.signIn(admin.email(), IdentityFixtures.PASSWORD, fixtures.code(admin));
        browser.get("/admin/api-keys");
        var revoked = browser.post("/admin/api-keys/" + created.json().get("id").asString() + "/revoke", Map.of());
        assertThat(revoked.status()).isEqualTo(302);
        var page = browser.get("/admin/api-keys").body();
        assertThat(page).contains("The key school-form has been revoked.");
        assertThat(page).containsPattern("govuk-tag--red\">Revoked</strong>");
    }

    @Test
    void aRepeatedCreateWithTheSameIdempotencyKeyReplaysTheFirstAnswer() {
        var code = "c" + UUID.randomUUID().toString().substring(0, 8);
        var body = json("code", code, "name", "Idempotent Council", "region", "WALES");
        var key = Map.of("Idempotency-Key", "create-" + code);

        var first = api.post("/api/v1/tenants", BOOTSTRAP, body, key);
        var second = api.post("/api/v1/tenants", BOOTSTRAP, body, key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.header("Idempotent-Replayed")).contains("true");
        var different = api.post(
                "/api/v1/tenants", BOOTSTRAP, json("code", code + "x", "name", "Other", "region", "WALES"), key);
        assertThat(different.status()).isEqualTo(422);
        var tenants = sql.run(jdbc -> jdbc.sql("select count(*) from tenant where code like ?")
                .param(code + "%")
                .query(Long.class)
                .single());
        assertThat(tenants).isEqualTo(1);
    }

    @Test
    void aRefusedCreateCanBeCorrectedAndSentAgainWithTheSameIdempotencyKey() {
        var code = "c" + UUID.randomUUID().toString().substring(0, 8);
        var key = Map.of("Idempotency-Key", "retry-" + code);
        var bad = api.post("/api/v1/tenants", BOOTSTRAP, json("code", code, "region", "WALES"), key);
        assertThat(bad.status()).isEqualTo(400);
        var good =
                api.post("/api/v1/tenants", BOOTSTRAP, json("code", code, "name", "Corrected", "region", "WALES"), key);
        assertThat(good.status()).isEqualTo(201);
        var tooLong = api.post(
                "/api/v1/tenants",
                BOOTSTRAP,
                json("code", code + "z", "name", "x", "region", "WALES"),
                Map.of("Idempotency-Key", "k".repeat(101)));
        assertThat(tooLong.status()).isEqualTo(400);
    }

    private UUID bootstrapKeyId() {
        return sql.run(jdbc -> jdbc.sql("select id from api_key where bootstrap = true")
                .query(UUID.class)
                .single());
    }

    @Test
    void aSystemAdministratorListsAndRevokesNationalKeysButNoTenantsKeys() {
        var system = fixtures.apiKey(null, Role.SYSTEM_ADMIN);
        var analyst = api.post(
                "/api/v1/national/api-keys",
                system,
                json("name", "statistics", "roles", List.of("NATIONAL_ANALYST"), "expiresInDays", 30));
        assertThat(analyst.status()).isEqualTo(201);
        var id = analyst.json().get("id").asString();
        var analystKey = analyst.json().get("key").asString();
        assertThat(api.get("/api/v1/reports/referral-statistics?from=2024-04-01&to=2025-03-31", analystKey)
                        .status())
                .isEqualTo(200);

        var listed = api.get("/api/v1/national/api-keys", system).json().get("items");
        assertThat(listed.findValues("id").stream().map(node -> node.asString()))
                .contains(id);
        var tenantKey = fixtures.apiKey(fixtures.tenant(), Role.TENANT_ADMIN);
        var tenantKeyId = sql.run(jdbc -> jdbc.sql("select id from api_key where key_hash = ?")
                .param(SecretBox.sha256Hex(tenantKey))
                .query(String.class)
                .single());
        assertThat(listed.findValues("id").stream().map(node -> node.asString()))
                .doesNotContain(tenantKeyId);
        assertThat(api.post("/api/v1/national/api-keys/" + tenantKeyId + "/revoke", system, "{}")
                        .status())
                .isEqualTo(404);

        assertThat(api.post("/api/v1/national/api-keys/" + id + "/revoke", system, "{}")
                        .status())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/reports/referral-statistics?from=2024-04-01&to=2025-03-31", analystKey)
                        .status())
                .isEqualTo(401);
        assertThat(api.post("/api/v1/national/api-keys/" + id + "/revoke", system, "{}")
                        .status())
                .isEqualTo(409);
        assertThat(api.get("/api/v1/national/api-keys", tenantKey).status()).isEqualTo(403);
    }
}
