package org.preventduty.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * Gives every test application context a database of its own: an in-memory H2 database by default, or, when the tests
 * run with {@code -Ppostgres}, a new schema on the PostgreSQL server given by {@code pdm.test.postgres.url}. The
 * PostgreSQL run fails, never skips, when the server cannot be reached. On PostgreSQL the migrations run as an owner
 * role ({@code pdm.test.postgres.owner}) and the application as {@code pdm.test.postgres.username}, which owns nothing,
 * as a production deployment runs. Also sets the settings every test context shares: demo mode off, a secret key that
 * is not the demo key.
 */
public class TestDatabase implements ContextCustomizerFactory {

    public static boolean isPostgres() {
        return "postgres".equals(System.getProperty("pdm.test.database", "h2"));
    }

    /** The role that owns the tables on PostgreSQL and runs the migrations. */
    public static String ownerUsername() {
        return System.getProperty("pdm.test.postgres.owner", "pdm_test_owner");
    }

    @Override
    public ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        return new Customizer();
    }

    static final class Customizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            var properties = new HashMap<String, Object>();
            var name = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
            if (isPostgres()) {
                var url = System.getProperty("pdm.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");
                properties.put(
                        "spring.datasource.url", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + name);
                properties.put(
                        "spring.datasource.username", System.getProperty("pdm.test.postgres.username", "pdm_test"));
                properties.put("spring.datasource.password", System.getProperty("pdm.test.postgres.password", ""));
                // The migrations run as the owner role and the application as a role that owns nothing, as in
                // production.
                properties.put("spring.flyway.user", ownerUsername());
                properties.put("spring.flyway.password", System.getProperty("pdm.test.postgres.owner-password", ""));
                properties.put("spring.flyway.schemas", name);
                properties.put("spring.flyway.create-schemas", "true");
                properties.put("pdm.test.schema", name);
            } else {
                properties.put(
                        "spring.datasource.url",
                        "jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
                                + "NON_KEYWORDS=VALUE,YEAR,MONTH,DAY,KEY;DB_CLOSE_DELAY=-1");
                properties.put("spring.datasource.username", "sa");
                properties.put("spring.datasource.password", "");
            }
            properties.put("spring.datasource.hikari.maximum-pool-size", "6");
            // The suite keeps many contexts alive at once: each lets its idle connections go, so that together they
            // stay well within the server's connection limit.
            properties.put("spring.datasource.hikari.minimum-idle", "1");
            properties.put("spring.datasource.hikari.idle-timeout", "10000");
            properties.put("service.demo.enabled", "false");
            properties.put("service.secret-key", "test-secret-key-" + UUID.randomUUID());
            properties.put("spring.session.jdbc.cleanup-cron", "-");
            // The tests run the retention schedule themselves, on the day they choose.
            properties.put("service.privacy.retention-cron", "-");
            // The test server speaks plain HTTP; the security header tests turn secure cookies back on.
            properties.put("service.web.secure-cookies", "false");
            var sources = context.getEnvironment().getPropertySources();
            var source = new MapPropertySource("pdm-test-database", Map.copyOf(properties));
            if (sources.contains(TestPropertySourceUtils.INLINED_PROPERTIES_PROPERTY_SOURCE_NAME)) {
                sources.addAfter(TestPropertySourceUtils.INLINED_PROPERTIES_PROPERTY_SOURCE_NAME, source);
            } else {
                sources.addFirst(source);
            }
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Customizer;
        }

        @Override
        public int hashCode() {
            return Customizer.class.hashCode();
        }
    }
}
