package org.preventduty.governance;

import java.util.List;
import org.preventduty.identity.ApiAccessRules;
import org.preventduty.identity.HomeCard;
import org.preventduty.identity.HomeCards;
import org.preventduty.identity.Role;
import org.preventduty.identity.WebAccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Who may use governance: delivery officers and Prevent leads write, report viewers read. */
@Configuration(proxyBeanMethods = false)
class GovernanceAccessRules {

    private static final String[] WRITERS = {Role.DELIVERY_OFFICER.name(), Role.PREVENT_LEAD.name()};
    private static final String[] READERS = {
        Role.DELIVERY_OFFICER.name(), Role.PREVENT_LEAD.name(), Role.REPORT_VIEWER.name()
    };

    /** The pages that ask for a change: only those who may make it see them. */
    private static final String[] QUESTION_PAGES = {
        "/governance/boards/new",
        "/governance/boards/*/change",
        "/governance/boards/*/updates/new",
        "/governance/reviews/new",
        "/governance/reviews/*/recommendations/new",
        "/governance/recommendations/*/progress",
        "/governance/recommendations/*/change",
        "/governance/returns/new",
        "/governance/communications/new",
        "/governance/communications/*/change",
        "/governance/communications/*/done"
    };

    @Bean
    WebAccessRules governanceWebRules() {
        return rules -> {
            rules.requestMatchers(HttpMethod.GET, QUESTION_PAGES).hasAnyRole(WRITERS);
            rules.requestMatchers(HttpMethod.GET, "/governance", "/governance/**")
                    .hasAnyRole(READERS);
            rules.requestMatchers(HttpMethod.POST, "/governance/**").hasAnyRole(WRITERS);
        };
    }

    @Bean
    ApiAccessRules governanceApiRules() {
        return rules -> {
            rules.requestMatchers(HttpMethod.GET, "/api/v1/governance/**").hasAnyRole(READERS);
            rules.requestMatchers(HttpMethod.POST, "/api/v1/governance/**").hasAnyRole(WRITERS);
        };
    }

    @Bean
    HomeCards governanceHomeCards() {
        return actor -> actor.hasAny(Role.DELIVERY_OFFICER, Role.PREVENT_LEAD, Role.REPORT_VIEWER)
                ? List.of(new HomeCard("home.governance", "home.governance.description", "/governance", 100))
                : List.of();
    }
}
