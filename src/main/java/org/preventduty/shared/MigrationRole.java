package org.preventduty.shared;

import java.util.HashMap;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * When {@code PDM_DATABASE_MIGRATION_USERNAME} is given, the migrations run as that role (the owner of the tables)
 * while the application runs as {@code PDM_DATABASE_USERNAME}; without it, one role does both. Only then is a separate
 * connection made for the migrations.
 */
public class MigrationRole implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        var username = environment.getProperty("PDM_DATABASE_MIGRATION_USERNAME");
        if (username == null || username.isBlank() || environment.containsProperty("spring.flyway.user")) {
            return;
        }
        var properties = new HashMap<String, Object>();
        properties.put("spring.flyway.user", username);
        properties.put("spring.flyway.password", environment.getProperty("PDM_DATABASE_MIGRATION_PASSWORD", ""));
        environment.getPropertySources().addFirst(new MapPropertySource("pdm-migration-role", properties));
    }

    /** After the configuration files and the environment have been read. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
