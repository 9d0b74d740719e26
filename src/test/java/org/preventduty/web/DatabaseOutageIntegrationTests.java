package org.preventduty.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.preventduty.identity.IdentityFixtures;
import org.preventduty.identity.Role;
import org.preventduty.support.Api;
import org.preventduty.support.Browser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * While the database cannot be reached (here the pool's connections are closed and none can be made), pages and the
 * API answer 503 with Retry-After, never a server error, and the service comes back by itself when the database does. (The same against a real PostgreSQL restarted under load is
 * run by {@code bench/database-faults.sh}.)
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.hikari.connection-timeout=1000"})
@Import(IdentityFixtures.class)
class DatabaseOutageIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    IdentityFixtures fixtures;

    @Autowired
    DataSource dataSource;

    private String username;

    /**
     * The pool's connections are closed and no new one can be made, as when the database cannot be reached: the pool
     * is told to connect as a role the database refuses.
     */
    private void databaseDown(boolean down) {
        var pool = (HikariDataSource) dataSource;
        if (down) {
            username = pool.getUsername();
            pool.getHikariConfigMXBean().setUsername("nobody_" + System.nanoTime());
        } else if (username != null) {
            pool.getHikariConfigMXBean().setUsername(username);
        }
        pool.getHikariPoolMXBean().softEvictConnections();
    }

    @AfterEach
    void reachable() {
        databaseDown(false);
    }

    @Test
    void theApiAnswers503WithRetryAfterWhileTheDatabaseIsDownAndWorksAgainAfter() {
        var tenant = fixtures.tenant();
        var key = fixtures.apiKey(tenant, Role.PREVENT_LEAD);
        var api = new Api(port);
        assertThat(api.get("/api/v1/tasks", key).status()).isEqualTo(200);

        databaseDown(true);
        var down = api.get("/api/v1/tasks", key);
        assertThat(down.status()).isEqualTo(503);
        assertThat(down.header("Retry-After")).hasValue("5");
        assertThat(down.header("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(down.body()).doesNotContain("Exception").doesNotContain("SQL");

        databaseDown(false);
        assertThat(backWithin(10, () -> api.get("/api/v1/tasks", key).status())).isEqualTo(200);
    }

    @Test
    void aPageAnswers503WithRetryAfterWhileTheDatabaseIsDownEvenForASignedInPerson() {
        var user = fixtures.userWithTwoFactors(fixtures.tenant(), Role.REFERRER);
        var browser = new Browser(port);
        assertThat(browser.signIn(user.email(), IdentityFixtures.PASSWORD, fixtures.code(user))
                        .location())
                .isEqualTo("/home");

        databaseDown(true);
        var page = browser.get("/referrals");
        assertThat(page.status()).isEqualTo(503);
        assertThat(page.header("Retry-After")).hasValue("5");
        assertThat(page.body()).contains("the service is unavailable").doesNotContain("Exception");
        var signIn = new Browser(port).get("/sign-in");
        assertThat(signIn.status()).isIn(200, 503);

        databaseDown(false);
        assertThat(backWithin(10, () -> browser.get("/referrals").status())).isEqualTo(200);
    }

    /** The status the service answers once back, asking each half second for at most the seconds given. */
    private static int backWithin(int seconds, java.util.function.IntSupplier request) {
        var until = System.nanoTime() + seconds * 1_000_000_000L;
        var status = request.getAsInt();
        while (status == 503 && System.nanoTime() < until) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            status = request.getAsInt();
        }
        return status;
    }
}
