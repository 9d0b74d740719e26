package org.preventduty.partners;

import java.util.List;
import org.preventduty.identity.ApiAccessRules;
import org.preventduty.identity.HomeCard;
import org.preventduty.identity.HomeCards;
import org.preventduty.identity.Role;
import org.preventduty.identity.WebAccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Who may use the partner pages and API: delivery officers and Prevent leads write, report viewers read. */
@Configuration(proxyBeanMethods = false)
class PartnerAccessRules {

    /** The pages that ask for a change: only those who may make it see them. */
    private static final String[] QUESTION_PAGES = {
        "/partners/new",
        "/partners/*/details",
        "/partners/*/contacts/new",
        "/partners/*/engagements/new",
        "/partners/*/assurance/new",
        "/partners/*/checks/new",
        "/partners/checks/*/change",
        "/partners/venues/new",
        "/partners/venues/*/change",
        "/partners/contracts/new",
        "/partners/contracts/*/change",
        "/partners/grants/new",
        "/partners/grants/*/change",
        "/partners/projects/new",
        "/partners/projects/*/details",
        "/partners/projects/*/outputs/new"
    };

    @Bean
    WebAccessRules partnerWebRules() {
        return rules -> {
            rules.requestMatchers(HttpMethod.GET, QUESTION_PAGES)
                    .hasAnyRole(Role.DELIVERY_OFFICER.name(), Role.PREVENT_LEAD.name());
            rules.requestMatchers(HttpMethod.GET, "/partners", "/partners.csv", "/partners/**")
                    .hasAnyRole(Role.DELIVERY_OFFICER.name(), Role.PREVENT_LEAD.name(), Role.REPORT_VIEWER.name());
            rules.requestMatchers(HttpMethod.POST, "/partners", "/partners/**")
                    .hasAnyRole(Role.DELIVERY_OFFICER.name(), Role.PREVENT_LEAD.name());
        };
    }

    @Bean
    ApiAccessRules partnerApiRules() {
        return rules -> {
            rules.requestMatchers(HttpMethod.GET, "/api/v1/partners/**")
                    .hasAnyRole(Role.DELIVERY_OFFICER.name(), Role.PREVENT_LEAD.name(), Role.REPORT_VIEWER.name());
            rules.requestMatchers(HttpMethod.POST, "/api/v1/partners/**")
                    .hasAnyRole(Role.DELIVERY_OFFICER.name(), Role.PREVENT_LEAD.name());
            rules.requestMatchers(HttpMethod.PUT, "/api/v1/partners/**")
                    .hasAnyRole(Role.DELIVERY_OFFICER.name(), Role.PREVENT_LEAD.name());
        };
    }

    @Bean
    HomeCards partnerHomeCards() {
        return actor -> actor.hasAny(Role.DELIVERY_OFFICER, Role.PREVENT_LEAD, Role.REPORT_VIEWER)
                ? List.of(new HomeCard("home.partners", "home.partners.description", "/partners", 105))
                : List.of();
    }
}
