package org.preventduty.training;

import org.preventduty.identity.ApiAccessRules;
import org.preventduty.identity.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Who may use the training endpoints: training administrators, and report viewers for coverage. */
@Configuration(proxyBeanMethods = false)
class TrainingAccessRules {

    private static final String ADMIN = Role.TRAINING_ADMIN.name();

    @Bean
    ApiAccessRules trainingApiRules() {
        return rules -> {
            rules.requestMatchers(
                            HttpMethod.POST,
                            "/api/v1/training/courses",
                            "/api/v1/training/staff",
                            "/api/v1/training/sessions",
                            "/api/v1/training/completions")
                    .hasRole(ADMIN);
            rules.requestMatchers(HttpMethod.GET, "/api/v1/training/coverage")
                    .hasAnyRole(ADMIN, Role.REPORT_VIEWER.name());
        };
    }
}
