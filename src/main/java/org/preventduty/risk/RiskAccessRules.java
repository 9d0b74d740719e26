package org.preventduty.risk;

import java.util.List;
import org.preventduty.identity.ApiAccessRules;
import org.preventduty.identity.HomeCard;
import org.preventduty.identity.HomeCards;
import org.preventduty.identity.Role;
import org.preventduty.identity.WebAccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may use the risk pages: delivery officers and Prevent leads write, report viewers read. A partner's consultation
 * link needs no account: its secret is the key.
 */
@Configuration(proxyBeanMethods = false)
class RiskAccessRules {

    @Bean
    ApiAccessRules riskApiRules() {
        return rules -> {
            rules.requestMatchers(HttpMethod.GET, "/api/v1/risk/**")
                    .hasAnyRole(Role.DELIVERY_OFFICER.name(), Role.PREVENT_LEAD.name(), Role.REPORT_VIEWER.name());
            rules.requestMatchers(HttpMethod.POST, "/api/v1/risk/**")
                    .hasAnyRole(Role.DELIVERY_OFFICER.name(), Role.PREVENT_LEAD.name());
            rules.requestMatchers(HttpMethod.PUT, "/api/v1/risk/**")
                    .hasAnyRole(Role.DELIVERY_OFFICER.name(), Role.PREVENT_LEAD.name());
        };
    }

    /** The pages that ask for a change: only those who may make it see them. */
    private static final String[] QUESTION_PAGES = {
        "/risk/assessments/new",
        "/risk/assessments/*/stage",
        "/risk/assessments/*/significant-change",
        "/risk/assessments/*/risks/new",
        "/risk/risks/*/change",
        "/risk/actions/new",
        "/risk/actions/*/change",
        "/risk/actions/*/progress",
        "/risk/toolkit/rate"
    };

    @Bean
    WebAccessRules riskWebRules() {
        return rules -> {
            rules.requestMatchers("/consultation/*").permitAll();
            rules.requestMatchers(HttpMethod.GET, QUESTION_PAGES)
                    .hasAnyRole(Role.DELIVERY_OFFICER.name(), Role.PREVENT_LEAD.name());
            rules.requestMatchers(HttpMethod.GET, "/risk", "/risk/**")
                    .hasAnyRole(Role.DELIVERY_OFFICER.name(), Role.PREVENT_LEAD.name(), Role.REPORT_VIEWER.name());
            rules.requestMatchers(HttpMethod.POST, "/risk/**")
                    .hasAnyRole(Role.DELIVERY_OFFICER.name(), Role.PREVENT_LEAD.name());
        };
    }

    @Bean
    HomeCards riskHomeCards() {
        return actor -> actor.hasAny(Role.DELIVERY_OFFICER, Role.PREVENT_LEAD, Role.REPORT_VIEWER)
                ? List.of(new HomeCard("home.risk", "home.risk.description", "/risk", 110))
                : List.of();
    }
}
