package org.preventduty.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class MigrationRoleTests {

    private static StandardEnvironment environment(Map<String, Object> variables) {
        var environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("variables", variables));
        new MigrationRole().postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }

    @Test
    void theMigrationsRunAsTheOwnerRoleWhenOneIsGiven() {
        var environment = environment(Map.of(
                "PDM_DATABASE_USERNAME", "prevent_app",
                "PDM_DATABASE_MIGRATION_USERNAME", "prevent_owner",
                "PDM_DATABASE_MIGRATION_PASSWORD", "secret"));

        assertThat(environment.getProperty("spring.flyway.user")).isEqualTo("prevent_owner");
        assertThat(environment.getProperty("spring.flyway.password")).isEqualTo("secret");
    }

    @Test
    void withoutAnOwnerRoleOneRoleDoesBoth() {
        var environment = environment(Map.of("PDM_DATABASE_USERNAME", "prevent_app"));

        assertThat(environment.containsProperty("spring.flyway.user")).isFalse();
    }
}
