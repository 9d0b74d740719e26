package org.preventduty.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.preventduty.identity.Actor;
import org.preventduty.identity.IdentityFixtures;
import org.preventduty.identity.IdentityFixtures.TestUser;
import org.preventduty.identity.Role;
import org.preventduty.identity.TenantScope;
import org.preventduty.identity.TenantSummary;
import org.preventduty.identity.UserManagement;
import org.preventduty.support.Browser;
import org.preventduty.support.SystemSql;
import org.preventduty.support.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import({IdentityFixtures.class, SystemSql.class})
class AuditTrailIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    IdentityFixtures fixtures;

    @Autowired
    SystemSql sql;

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditVerifier verifier;

    @Autowired
    UserManagement users;

    @MockitoSpyBean
    AuditLog log;

    TenantSummary tenant;
    TestUser auditor;

    @BeforeEach
    void setUp() {
        reset(log);
        tenant = fixtures.tenant();
        auditor = fixtures.userWithTwoFactors(tenant, Role.AUDITOR);
    }

    @Test
    void recordsSignInsTheirFailuresTwoFactorEventsAndSignOuts() {
        var user = fixtures.userWithTwoFactors(tenant, Role.REFERRER);
        var browser = new Browser(port);
        browser.signIn(user.email(), "wrong password for the audit test");
        browser.signIn(user.email(), IdentityFixtures.PASSWORD);
        browser.get("/sign-in/two-factor");
        browser.post("/sign-in/two-factor", Map.of("code", "000000"));
        browser.post("/sign-in/two-factor", Map.of("code", fixtures.code(user)));
        browser.get("/home");
        browser.post("/sign-out", Map.of());

        assertThat(sql.auditCountByActor("SIGN_IN", "FAILURE", user.id())).isEqualTo(1);
        assertThat(sql.auditCountByActor("SIGN_IN", "SUCCESS", user.id())).isEqualTo(1);
        assertThat(sql.auditCountByActor("MFA_VERIFIED", "FAILURE", user.id())).isEqualTo(1);
        assertThat(sql.auditCountByActor("MFA_VERIFIED", "SUCCESS", user.id())).isEqualTo(1);
        assertThat(sql.auditCountByActor("SIGN_OUT", "SUCCESS", user.id())).isEqualTo(1);
        var row = sql.run(jdbc -> jdbc.sql("select * from audit_event where action = 'SIGN_IN' and actor_id = ?"
                        + " and outcome = 'SUCCESS'")
                .param(user.id())
                .query()
                .singleRow());
        assertThat(row.get("tenant_id")).isEqualTo(tenant.id().value());
        assertThat(row.get("client_address")).isEqualTo("127.0.0.1");
        assertThat(row.get("hash").toString()).hasSize(64);
        assertThat(row.values().toString())
                .doesNotContain(IdentityFixtures.PASSWORD)
                .doesNotContain(user.email());
    }

    @Test
    void recordsAFailedSignInOfAnUnknownEmailWithoutTheEmail() {
        var email = "nobody-" + UUID.randomUUID() + "@example.org";
        new Browser(port).signIn(email, "any password at all");
        var rows = sql.run(jdbc -> jdbc.sql("select count(*) from audit_event where action = 'SIGN_IN'"
                        + " and outcome = 'FAILURE' and actor_kind = 'SYSTEM' and tenant_id is null")
                .query(Long.class)
                .single());
        assertThat(rows).isPositive();
        var leaked = sql.run(jdbc -> jdbc.sql("select count(*) from audit_event where detail like ?")
                .param("%" + email + "%")
                .query(Long.class)
                .single());
        assertThat(leaked).isZero();
    }

    @Test
    void eachTenantsChainIsIntactAndLinear() {
        var admin = fixtures.userWithTwoFactors(tenant, Role.TENANT_ADMIN);
        as(admin, () -> {
            for (int i = 0; i < 5; i++) {
                trail.record(AuditRecord.of("TEST_ACTION", "THING", i));
            }
        });
        var result = verify(tenant);
        assertThat(result.intact()).isTrue();
        assertThat(result.rowsChecked()).isEqualTo(5);
        var seqs = sql.run(jdbc -> jdbc.sql("select seq from audit_event where tenant_id = ? order by seq")
                .param(tenant.id().value())
                .query(Long.class)
                .list());
        assertThat(seqs).containsExactly(1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void findsARowChangedInTheDatabase() throws Exception {
        appendRows(tenant, 4);
        tamper("update audit_event set detail = 'changed' where tenant_id = ? and seq = 3", tenant);

        var result = verify(tenant);
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenLink().seq()).isEqualTo(3);
        assertThat(result.firstBrokenLink().problem()).isEqualTo(ChainVerification.Problem.ROW_CHANGED);
        assertThat(result.firstBrokenLink().eventId()).isNotNull();
    }

    @Test
    void findsARowRemovedFromTheMiddleOrTheEndOfAChain() throws Exception {
        appendRows(tenant, 4);
        tamper("delete from audit_event where tenant_id = ? and seq = 2", tenant);
        var middle = verify(tenant);
        assertThat(middle.firstBrokenLink().seq()).isEqualTo(2);
        assertThat(middle.firstBrokenLink().problem()).isEqualTo(ChainVerification.Problem.ROW_MISSING);

        var other = fixtures.tenant();
        appendRows(other, 3);
        tamper("delete from audit_event where tenant_id = ? and seq = 3", other);
        var end = verify(other);
        assertThat(end.firstBrokenLink().problem()).isEqualTo(ChainVerification.Problem.END_MISSING);
    }

    @Test
    void findsARowRewrittenWithItsOwnHashRecomputed() throws Exception {
        appendRows(tenant, 3);
        var second = sql.run(jdbc -> jdbc.sql("select * from audit_event where tenant_id = ? and seq = 2")
                .param(tenant.id().value())
                .query((rows, n) -> AuditLog.map(rows))
                .single());
        var forged = new AuditEntry(
                        second.id(),
                        second.chain(),
                        second.seq(),
                        second.tenantId(),
                        second.occurredAt(),
                        second.actorKind(),
                        second.actorId(),
                        "FORGED",
                        second.outcome(),
                        second.subjectType(),
                        second.subjectId(),
                        second.personId(),
                        second.clientAddress(),
                        second.sessionHash(),
                        second.detail(),
                        second.prevHash(),
                        "")
                .sealed();
        tamper(
                "update audit_event set action = 'FORGED', hash = '" + forged.hash()
                        + "' where tenant_id = ? and seq = 2",
                tenant);

        var result = verify(tenant);
        assertThat(result.firstBrokenLink().seq()).isEqualTo(3);
        assertThat(result.firstBrokenLink().problem()).isEqualTo(ChainVerification.Problem.LINK_BROKEN);
    }

    @Test
    void appendsFromManyThreadsAtOnceKeepOneLinearChain() throws Exception {
        var admin = fixtures.userWithTwoFactors(tenant, Role.TENANT_ADMIN);
        var authentication = fixtures.authentication(admin, true);
        var pool = Executors.newFixedThreadPool(8);
        var start = new CountDownLatch(1);
        var failures = new ArrayList<Throwable>();
        for (int t = 0; t < 8; t++) {
            pool.submit(() -> {
                try {
                    start.await();
                    SecurityContextHolder.getContext().setAuthentication(authentication);
                    for (int i = 0; i < 25; i++) {
                        trail.record(AuditRecord.of("CONCURRENT", "THING", i));
                    }
                } catch (Throwable e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                } finally {
                    SecurityContextHolder.clearContext();
                }
            });
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
        assertThat(failures).isEmpty();
        var result = verify(tenant);
        assertThat(result.intact()).isTrue();
        assertThat(result.rowsChecked()).isEqualTo(200);
    }

    @Test
    void aChangeIsUndoneWhenItsAuditRowCannotBeWritten() {
        var admin = fixtures.userWithTwoFactors(tenant, Role.TENANT_ADMIN);
        var user = fixtures.user(tenant, Role.REFERRER);
        doThrow(new IllegalStateException("audit table unavailable")).when(log).append(any());

        assertThatThrownBy(() -> as(admin, () -> users.disable(user.id()))).isInstanceOf(IllegalStateException.class);

        reset(log);
        assertThat(fixtures.status(user.id())).isEqualTo(org.preventduty.identity.UserStatus.ACTIVE);
    }

    @Test
    @Tag("postgres-only")
    void postgresRefusesToChangeOrRemoveAuditRowsEvenForTheOwner() {
        appendRows(tenant, 1);
        for (var statement : new String[] {
            "update audit_event set detail = 'x' where tenant_id = '" + tenant.id() + "'",
            "delete from audit_event where tenant_id = '" + tenant.id() + "'",
            "truncate audit_event"
        }) {
            // The owner is refused by the triggers, the application's role has not even the right.
            assertThatThrownBy(() -> sql.runAsOwner(jdbc -> jdbc.sql(statement).update()))
                    .as(statement)
                    .hasRootCauseInstanceOf(SQLException.class)
                    .rootCause()
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"));
            assertThatThrownBy(() -> sql.run(jdbc -> jdbc.sql(statement).update()))
                    .as(statement)
                    .hasRootCauseInstanceOf(SQLException.class)
                    .rootCause()
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"));
        }
        assertThat(verify(tenant).intact()).isTrue();
    }

    @Test
    void anAuditorSearchesTheirTenantsTrailOnly() throws Exception {
        var user = fixtures.userWithTwoFactors(tenant, Role.REFERRER);
        var other = fixtures.tenant();
        var outsider = fixtures.userWithTwoFactors(other, Role.REFERRER);
        as(user, () -> trail.record(AuditRecord.of("MINE_VIEWED", "THING", "mine-1")));
        as(outsider, () -> trail.record(AuditRecord.of("THEIRS_VIEWED", "THING", "theirs-1")));

        var page = mvc.perform(get("/audit")
                        .param("action", "MINE_VIEWED")
                        .with(authentication(fixtures.authentication(auditor, true))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("MINE_VIEWED").doesNotContain("THEIRS_VIEWED");
        var byUser = mvc.perform(get("/audit")
                        .param("user", user.email())
                        .with(authentication(fixtures.authentication(auditor, true))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(byUser).contains("MINE_VIEWED");
        var unknownUser = mvc.perform(get("/audit")
                        .param("user", outsider.email())
                        .with(authentication(fixtures.authentication(auditor, true))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(unknownUser).contains("There is no user with this email address in your council");
        var badDate = mvc.perform(get("/audit")
                        .param("from", "2026-13-45")
                        .with(authentication(fixtures.authentication(auditor, true))))
                .andReturn()
                .getResponse();
        assertThat(badDate.getStatus()).isEqualTo(200);
        assertThat(badDate.getContentAsString()).contains("Enter a real date");
        assertThat(sql.auditCountByActor("AUDIT_SEARCHED", "SUCCESS", auditor.id()))
                .isEqualTo(2);
    }

    @Test
    void anAuditorSeesWhoHasSeenARecord() throws Exception {
        var admin = fixtures.userWithTwoFactors(tenant, Role.TENANT_ADMIN);
        var user = fixtures.user(tenant, Role.REFERRER);
        as(admin, () -> users.get(user.id()));

        var page = mvc.perform(get("/audit/access-log")
                        .param("subjectType", "USER")
                        .param("subjectId", user.id().toString())
                        .with(authentication(fixtures.authentication(auditor, true))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("USER_VIEWED").contains("Test ");
        assertThat(sql.auditCount("AUDIT_ACCESS_LOG_VIEWED", user.id())).isEqualTo(1);
    }

    @Test
    void anAuditorVerifiesTheirChainOnAPage() throws Exception {
        appendRows(tenant, 2);
        var page = mvc.perform(get("/audit/verification").with(authentication(fixtures.authentication(auditor, true))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("The audit trail is intact");
        tamper("update audit_event set detail = 'x' where tenant_id = ? and seq = 1", tenant);
        var broken = mvc.perform(
                        get("/audit/verification").with(authentication(fixtures.authentication(auditor, true))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(broken).contains("The audit trail has been changed").contains("row 1");
    }

    private ChainVerification verify(TenantSummary which) {
        return TenantScope.asSystem(() ->
                sql.run(jdbc -> verifier.verify(AuditEntry.chainOf(which.id().value()))));
    }

    private void appendRows(TenantSummary which, int count) {
        TenantScope.asSystem(() -> {
            for (int i = 0; i < count; i++) {
                var actor = new Actor(Actor.Kind.SYSTEM, Actor.SYSTEM_ID, which.id(), java.util.Set.of(), "test");
                trail.recordAs(actor, which.id(), AuditRecord.of("TEST_ROW", "THING", i));
            }
        });
    }

    /** Changes the audit table behind the application's back, as someone with access to the database could. */
    private void tamper(String statement, TenantSummary which) {
        // Only the owner of the table can turn its triggers off: this is what someone with the owner's password could
        // do.
        sql.runAsOwner(jdbc -> {
            if (TestDatabase.isPostgres()) {
                jdbc.sql("alter table audit_event disable trigger user").update();
            }
            var changed = statement.contains("?")
                    ? jdbc.sql(statement).param(which.id().value()).update()
                    : jdbc.sql(statement).update();
            if (TestDatabase.isPostgres()) {
                jdbc.sql("alter table audit_event enable trigger user").update();
            }
            assertThat(changed).isPositive();
            return null;
        });
    }

    private void as(TestUser user, Runnable work) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(fixtures.authentication(user, true));
        try {
            work.run();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
