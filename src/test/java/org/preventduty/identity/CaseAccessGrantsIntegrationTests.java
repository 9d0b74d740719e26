package org.preventduty.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preventduty.support.Api.json;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.preventduty.support.Api;
import org.preventduty.support.SystemSql;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Nobody can give themselves, or a key they hold, a role that reads case content unseen: each grant is audited, emailed
 * to the council's Prevent leads through a real SMTP server, and their task until one acknowledges it.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.mail.host=127.0.0.1",
            "spring.mail.port=" + CaseAccessGrantsIntegrationTests.PORT,
            "service.tasks.mail-from=prevent@test.example",
            "service.identity.base-url=https://prevent.council.example"
        })
@Import({IdentityFixtures.class, SystemSql.class})
class CaseAccessGrantsIntegrationTests {

    static final int PORT = 3927;

    @RegisterExtension
    static GreenMailExtension smtp =
            new GreenMailExtension(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @LocalServerPort
    int port;

    @Autowired
    IdentityFixtures fixtures;

    @Autowired
    SystemSql sql;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void aKeyMintedDownTheChainToReadCasesIsAuditedEmailedToTheLeadsAndTheirTaskUntilAcknowledged() throws Exception {
        var system = fixtures.apiKey(null, Role.SYSTEM_ADMIN);
        var code = "t" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(api.post(
                                "/api/v1/tenants",
                                system,
                                json("code", code, "name", "Council " + code, "region", "LONDON"))
                        .status())
                .isEqualTo(201);
        var adminKey = api.post(
                        "/api/v1/tenants/" + code + "/api-keys",
                        system,
                        json("name", "provisioning", "roles", List.of("TENANT_ADMIN")))
                .json()
                .get("key")
                .asString();
        var tenant = TenantScope.asSystem(() -> sql.run(jdbc -> jdbc.sql("select id from tenant where code = ?")
                .param(code)
                .query(UUID.class)
                .single()));
        var council = new TenantSummary(new org.preventduty.shared.TenantId(tenant), code, code, Region.LONDON, false);
        var leads = List.of(
                fixtures.user(council, Role.PREVENT_LEAD), fixtures.user(council, Role.PREVENT_LEAD, Role.REFERRER));

        var minted =
                api.post("/api/v1/api-keys", adminKey, json("name", "case-feed", "roles", List.of("PREVENT_LEAD")));
        assertThat(minted.status()).isEqualTo(201);
        var keyId = minted.json().get("id").asString();

        assertThat(sql.auditCount("CASE_ACCESS_GRANTED", keyId)).isEqualTo(1);
        // The notices go once the grant is committed, while the caller carries on.
        assertThat(smtp.waitForIncomingEmail(10_000, 2)).isTrue();
        var messages = smtp.getReceivedMessages();
        var recipients = new ArrayList<String>();
        for (var message : messages) {
            recipients.add(message.getAllRecipients()[0].toString());
            var body = GreenMailUtil.getBody(message);
            assertThat(body)
                    .contains("https://prevent.council.example/admin/access-grants")
                    .doesNotContain("case-feed")
                    .doesNotContain(code);
            assertThat(message.getSubject()).doesNotContain("case-feed");
        }
        assertThat(recipients)
                .containsExactlyInAnyOrder(leads.get(0).email(), leads.get(1).email());

        var listed = api.get("/api/v1/access-grants", adminKey).json().get("items");
        assertThat(listed.size()).isEqualTo(1);
        assertThat(listed.get(0).get("granteeName").asString()).isEqualTo("API key case-feed");
        assertThat(listed.get(0).get("grantedBy").asString()).isEqualTo("API key provisioning");
        assertThat(listed.get(0).get("roles").get(0).asString()).isEqualTo("PREVENT_LEAD");
        var keys = api.get("/api/v1/api-keys", adminKey).json().get("items");
        assertThat(keys.findValues("createdBy").stream().map(node -> node.asString()))
                .contains("API key provisioning");

        var leadKey = minted.json().get("key").asString();
        assertThat(taskTypes(leadKey)).contains("ACCESS_GRANT_REVIEW");
        var grantId = listed.get(0).get("id").asString();
        var version = listed.get(0).get("version").asInt();
        assertThat(api.post(
                                "/api/v1/access-grants/" + grantId + "/acknowledge",
                                leadKey,
                                "{}",
                                Map.of("If-Match", "\"" + (version + 3) + "\""))
                        .status())
                .isEqualTo(409);
        assertThat(api.post(
                                "/api/v1/access-grants/" + grantId + "/acknowledge",
                                leadKey,
                                "{}",
                                Map.of("If-Match", "\"" + version + "\""))
                        .status())
                .isEqualTo(204);
        assertThat(taskTypes(leadKey)).doesNotContain("ACCESS_GRANT_REVIEW");
        assertThat(api.get("/api/v1/access-grants", adminKey)
                        .json()
                        .get("items")
                        .get(0)
                        .get("acknowledgedBy")
                        .isNull())
                .isFalse();
        assertThat(api.post("/api/v1/access-grants/" + grantId + "/acknowledge", adminKey, "{}", Map.of())
                        .status())
                .isEqualTo(403);
    }

    @Test
    void givingAUserACaseRoleIsAGrantAndGivingOtherRolesIsNot() {
        var tenant = fixtures.tenant();
        var admin = fixtures.apiKey(tenant, Role.TENANT_ADMIN);
        var user = fixtures.user(tenant, Role.TRAINING_ADMIN);
        var read = api.get("/api/v1/users/" + user.id(), admin).json();

        var trainer = api.post(
                "/api/v1/users/" + user.id() + "/roles",
                admin,
                json(
                        "roles",
                        List.of("TRAINING_ADMIN", "REPORT_VIEWER"),
                        "version",
                        read.get("version").asInt()));
        assertThat(trainer.status()).as(trainer.body()).isEqualTo(200);
        assertThat(api.get("/api/v1/access-grants", admin)
                        .json()
                        .get("totalItems")
                        .asInt())
                .isZero();

        var panel = api.post(
                "/api/v1/users/" + user.id() + "/roles",
                admin,
                json(
                        "roles",
                        List.of("TRAINING_ADMIN", "PANEL_MEMBER"),
                        "version",
                        trainer.json().get("version").asInt()));
        assertThat(panel.status()).as(panel.body()).isEqualTo(200);
        var grants = api.get("/api/v1/access-grants", admin).json().get("items");
        assertThat(grants.size()).isEqualTo(1);
        assertThat(grants.get(0).get("granteeName").asString()).contains(user.email());
        assertThat(grants.get(0).get("roles").size()).isEqualTo(1);
        assertThat(grants.get(0).get("roles").get(0).asString()).isEqualTo("PANEL_MEMBER");
        assertThat(sql.auditCount("CASE_ACCESS_GRANTED", user.id())).isEqualTo(1);
    }

    private List<String> taskTypes(String key) {
        var types = new ArrayList<String>();
        api.get("/api/v1/tasks", key)
                .json()
                .get("items")
                .forEach(item -> types.add(item.get("type").asString()));
        return types;
    }
}
