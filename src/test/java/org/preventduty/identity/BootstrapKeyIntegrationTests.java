package org.preventduty.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preventduty.support.Api;
import org.preventduty.support.SystemSql;
import org.preventduty.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;

/** The bootstrap key of {@code PDM_BOOTSTRAP_API_KEY}, over the starts of the application. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({IdentityFixtures.class, TestClock.Config.class, SystemSql.class})
class BootstrapKeyIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @Autowired
    SystemSql sql;

    @Autowired
    ApiKeyManagement keys;

    @Autowired
    TransactionTemplate transactions;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    /** What a start of the application does with the variable's value (null when it is not set). */
    private void startWith(String value) {
        TenantScope.asSystem(() -> transactions.executeWithoutResult(status -> keys.keepBootstrap(value)));
    }

    private int statusWith(String key) {
        return api.get("/api/v1/national/api-keys", key).status();
    }

    @Test
    void theBootstrapKeyLivesOnlyWhileTheVariableIsSetAndExpiresWithinDaysEvenSo() {
        var first = "first-bootstrap-key-" + UUID.randomUUID();
        startWith(first);
        assertThat(statusWith(first)).isEqualTo(200);
        var listed = api.get("/api/v1/national/api-keys", first).json().get("items");
        var made = java.util.stream.StreamSupport.stream(listed.spliterator(), false)
                .filter(key -> key.get("prefix").asString().equals(first.substring(0, 8)))
                .findFirst()
                .orElseThrow();
        assertThat(made.get("bootstrap").asBoolean()).isTrue();
        assertThat(java.time.Instant.parse(made.get("expiresAt").asString()))
                .isBefore(clock.instant().plus(Duration.ofDays(3)).plusSeconds(1));

        // A start without the variable revokes it; setting the same value again does not bring it back.
        startWith(null);
        assertThat(statusWith(first)).isEqualTo(401);
        startWith(first);
        assertThat(statusWith(first)).isEqualTo(401);

        // A new value makes a new key, which stops working three days on even if never removed.
        var second = "second-bootstrap-key-" + UUID.randomUUID();
        startWith(second);
        assertThat(statusWith(second)).isEqualTo(200);
        clock.advance(Duration.ofDays(3).plusMinutes(1));
        try {
            assertThat(statusWith(second)).isEqualTo(401);
            startWith(second);
            assertThat(statusWith(second)).isEqualTo(401);
        } finally {
            clock.advance(Duration.ofDays(-3).minusMinutes(1));
        }
        assertThat(sql.auditCount("API_KEY_REVOKED", made.get("id").asString())).isEqualTo(1);
    }
}
