package org.preventduty.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.preventduty.identity.IdentityFixtures;
import org.preventduty.identity.Role;
import org.preventduty.support.Api;
import org.preventduty.support.Browser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * While the database cannot be reached, pages and the API answer 503 with Retry-After, never a server error, and the
 * service comes back by itself when the database does. (The same against a real PostgreSQL restarted under load is
 * run by {@code bench/database-faults.sh}.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({IdentityFixtures.class, DatabaseOutageIntegrationTests.Outage.class})
class DatabaseOutageIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    IdentityFixtures fixtures;

    @Autowired
    Switch database;

    @AfterEach
    void reachable() {
        database.down = false;
    }

    /** Whether the database can be reached; the test turns it off and on. */
    static final class Switch {
        volatile boolean down;
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Outage {

        @Bean
        Switch databaseSwitch() {
            return new Switch();
        }

        @Bean
        static BeanPostProcessor unreachableWhenSwitchedOff(
                org.springframework.beans.factory.ObjectProvider<Switch> on) {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (bean instanceof DataSource source && !(bean instanceof DelegatingDataSource)) {
                        return new DelegatingDataSource(source) {
                            @Override
                            public Connection getConnection() throws SQLException {
                                if (on.getObject().down) {
                                    throw new SQLTransientConnectionException("Connection is not available", "08001");
                                }
                                return super.getConnection();
                            }
                        };
                    }
                    return bean;
                }
            };
        }
    }

    @Test
    void theApiAnswers503WithRetryAfterWhileTheDatabaseIsDownAndWorksAgainAfter() {
        var tenant = fixtures.tenant();
        var key = fixtures.apiKey(tenant, Role.PREVENT_LEAD);
        var api = new Api(port);
        assertThat(api.get("/api/v1/tasks", key).status()).isEqualTo(200);

        database.down = true;
        var down = api.get("/api/v1/tasks", key);
        assertThat(down.status()).isEqualTo(503);
        assertThat(down.header("Retry-After")).hasValue("5");
        assertThat(down.header("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(down.body()).doesNotContain("Exception").doesNotContain("SQL");

        database.down = false;
        assertThat(api.get("/api/v1/tasks", key).status()).isEqualTo(200);
    }

    @Test
    void aPageAnswers503WithRetryAfterWhileTheDatabaseIsDownEvenForASignedInPerson() {
        var user = fixtures.userWithTwoFactors(fixtures.tenant(), Role.REFERRER);
        var browser = new Browser(port);
        assertThat(browser.signIn(user.email(), IdentityFixtures.PASSWORD, fixtures.code(user))
                        .location())
                .isEqualTo("/home");

        database.down = true;
        var page = browser.get("/referrals");
        assertThat(page.status()).isEqualTo(503);
        assertThat(page.header("Retry-After")).hasValue("5");
        assertThat(page.body()).contains("the service is unavailable").doesNotContain("Exception");
        var signIn = new Browser(port).get("/sign-in");
        assertThat(signIn.status()).isIn(200, 503);

        database.down = false;
        assertThat(browser.get("/referrals").status()).isEqualTo(200);
    }
}
