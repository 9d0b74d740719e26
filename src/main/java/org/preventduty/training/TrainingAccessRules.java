package org.preventduty.training;

import java.util.List;
import org.preventduty.identity.ApiAccessRules;
import org.preventduty.identity.HomeCard;
import org.preventduty.identity.HomeCards;
import org.preventduty.identity.Role;
import org.preventduty.identity.WebAccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Who may use the training endpoints: training administrators, and report viewers for coverage. */
@Configuration(proxyBeanMethods = false)
class TrainingAccessRules {

    private static final String ADMIN = Role.TRAINING_ADMIN.name();

    @Bean
    WebAccessRules trainingWebRules() {
        return rules -> {
            // Coverage figures: the Prevent lead answers for the council's training to its committees.
            rules.requestMatchers(HttpMethod.GET, "/training", "/training/institutions")
                    .hasAnyRole(ADMIN, Role.REPORT_VIEWER.name(), Role.PREVENT_LEAD.name());
            // Lists and records name people: report viewers see figures only.
            rules.requestMatchers(
                            HttpMethod.GET,
                            "/training/lists",
                            "/training/lists/*",
                            "/training/staff/*",
                            "/training/rules")
                    .hasRole(ADMIN);
            rules.requestMatchers(HttpMethod.POST, "/training/rules", "/training/rules/*/remove")
                    .hasRole(ADMIN);
            rules.requestMatchers(HttpMethod.GET, "/training/imports/new", "/training/imports/*")
                    .hasRole(ADMIN);
            rules.requestMatchers(HttpMethod.POST, "/training/imports", "/training/imports/*/confirm")
                    .hasRole(ADMIN);
            rules.requestMatchers(
                            HttpMethod.GET,
                            "/training/courses",
                            "/training/sessions",
                            "/training/sessions/*",
                            "/training/trainers",
                            "/training/reminders",
                            "/training/courses/new",
                            "/training/trainers/new",
                            "/training/rules/new",
                            "/training/staff/*/completions/new",
                            "/training/completions/*/correct",
                            "/training/completions/*/remove")
                    .hasRole(ADMIN);
            rules.requestMatchers(
                            HttpMethod.POST,
                            "/training/courses",
                            "/training/sessions",
                            "/training/sessions/*/invitations",
                            "/training/sessions/*/attendance",
                            "/training/sessions/*/cancel",
                            "/training/trainers",
                            "/training/reminders",
                            "/training/staff/*/completions",
                            "/training/completions/*/correct",
                            "/training/completions/*/remove")
                    .hasRole(ADMIN);
        };
    }

    @Bean
    HomeCards trainingHomeCards() {
        return actor -> actor.hasAny(Role.TRAINING_ADMIN, Role.REPORT_VIEWER)
                ? List.of(new HomeCard("home.training", "home.training.description", "/training", 90))
                : List.of();
    }

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
            rules.requestMatchers(HttpMethod.GET, "/api/v1/training/coverage/national")
                    .hasRole(Role.NATIONAL_ANALYST.name());
        };
    }
}
