package org.preventduty.audit;

import java.util.List;
import org.preventduty.identity.ApiAccessRules;
import org.preventduty.identity.HomeCard;
import org.preventduty.identity.HomeCards;
import org.preventduty.identity.Role;
import org.preventduty.identity.WebAccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Who may use the audit pages and endpoints (auditors only), and the auditor's home page card. */
@Configuration(proxyBeanMethods = false)
class AuditAccess {

    @Bean
    WebAccessRules auditWebRules() {
        return rules -> rules.requestMatchers(HttpMethod.GET, "/audit", "/audit/access-log", "/audit/verification")
                .hasRole(Role.AUDITOR.name());
    }

    @Bean
    ApiAccessRules auditApiRules() {
        return rules -> rules.requestMatchers(
                        HttpMethod.GET,
                        "/api/v1/audit/events",
                        "/api/v1/audit/access-log",
                        "/api/v1/audit/verification")
                .hasRole(Role.AUDITOR.name());
    }

    @Bean
    HomeCards auditHomeCards() {
        return actor -> actor.has(Role.AUDITOR)
                ? List.of(
                        new HomeCard("home.audit.search", "home.audit.search.description", "/audit", 900),
                        new HomeCard("home.audit.verify", "home.audit.verify.description", "/audit/verification", 910))
                : List.of();
    }
}
