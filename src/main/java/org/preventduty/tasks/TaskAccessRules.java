package org.preventduty.tasks;

import java.util.List;
import org.preventduty.identity.ApiAccessRules;
import org.preventduty.identity.HomeCard;
import org.preventduty.identity.HomeCards;
import org.preventduty.identity.Role;
import org.preventduty.identity.WebAccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Everyone with work to do has a task list; it shows only what each may see. */
@Configuration(proxyBeanMethods = false)
class TaskAccessRules {

    private static final String[] WORKERS = {
        Role.PREVENT_LEAD.name(),
        Role.CHANNEL_CHAIR.name(),
        Role.PANEL_MEMBER.name(),
        Role.CASE_WORKER.name(),
        Role.DELIVERY_OFFICER.name(),
        Role.TRAINING_ADMIN.name()
    };

    @Bean
    WebAccessRules taskWebRules() {
        return rules -> {
            rules.requestMatchers(HttpMethod.GET, "/tasks").hasAnyRole(WORKERS);
            // Everyone signed in has their notifications and chooses which come by email.
            rules.requestMatchers(HttpMethod.GET, "/notifications", "/notifications/*")
                    .authenticated();
            rules.requestMatchers(HttpMethod.POST, "/notifications/read-all", "/notifications/settings")
                    .authenticated();
        };
    }

    @Bean
    ApiAccessRules taskApiRules() {
        return rules -> rules.requestMatchers(HttpMethod.GET, "/api/v1/tasks").hasAnyRole(WORKERS);
    }

    @Bean
    HomeCards taskHomeCards() {
        return actor -> actor.hasAny(
                        Role.PREVENT_LEAD,
                        Role.CHANNEL_CHAIR,
                        Role.PANEL_MEMBER,
                        Role.CASE_WORKER,
                        Role.DELIVERY_OFFICER,
                        Role.TRAINING_ADMIN)
                ? List.of(new HomeCard("home.tasks", "home.tasks.description", "/tasks", 40))
                : List.of();
    }
}
