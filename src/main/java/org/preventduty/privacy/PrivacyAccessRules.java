package org.preventduty.privacy;

import java.util.ArrayList;
import java.util.List;
import org.preventduty.identity.ApiAccessRules;
import org.preventduty.identity.HomeCard;
import org.preventduty.identity.HomeCards;
import org.preventduty.identity.Role;
import org.preventduty.identity.WebAccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Who may read and change the retention schedule, run it dry, and hold a person's records. */
@Configuration(proxyBeanMethods = false)
class PrivacyAccessRules {

    private static final String ADMIN = Role.TENANT_ADMIN.name();
    private static final String LEAD = Role.PREVENT_LEAD.name();

    @Bean
    WebAccessRules privacyWebRules() {
        return rules -> {
            // The dry run first: the rule's own address would match it too.
            rules.requestMatchers(HttpMethod.GET, "/admin/retention/dry-run").hasRole(ADMIN);
            rules.requestMatchers(HttpMethod.GET, "/admin/retention").hasAnyRole(ADMIN, LEAD);
            rules.requestMatchers(HttpMethod.GET, "/admin/retention/{recordType}")
                    .hasRole(ADMIN);
            rules.requestMatchers(HttpMethod.POST, "/admin/retention/{recordType}")
                    .hasRole(ADMIN);
            rules.requestMatchers(
                            HttpMethod.GET,
                            "/privacy/holds",
                            "/people/{id}/legal-hold",
                            "/people/{id}/subject-access",
                            "/privacy/break-glass")
                    .hasRole(LEAD);
            rules.requestMatchers(HttpMethod.POST, "/privacy/break-glass/{id}/review")
                    .hasRole(LEAD);
            rules.requestMatchers(HttpMethod.GET, "/privacy/upcoming").hasRole(LEAD);
            rules.requestMatchers(HttpMethod.POST, "/privacy/upcoming/{id}/extend")
                    .hasRole(LEAD);
            rules.requestMatchers("/break-glass").hasAnyRole(Role.CASE_WORKER.name(), Role.PANEL_MEMBER.name());
            rules.requestMatchers(
                            HttpMethod.POST,
                            "/people/{id}/legal-hold",
                            "/people/{id}/legal-hold/lift",
                            "/people/{id}/subject-access-requests",
                            "/people/{id}/subject-access-export")
                    .hasRole(LEAD);
        };
    }

    @Bean
    ApiAccessRules privacyApiRules() {
        return rules -> {
            rules.requestMatchers(HttpMethod.GET, "/api/v1/privacy/retention-rules")
                    .hasAnyRole(ADMIN, LEAD);
            rules.requestMatchers(HttpMethod.PUT, "/api/v1/privacy/retention-rules/{recordType}")
                    .hasRole(ADMIN);
            rules.requestMatchers(HttpMethod.POST, "/api/v1/privacy/retention-runs")
                    .hasRole(ADMIN);
            rules.requestMatchers(HttpMethod.POST, "/api/v1/people/{id}/legal-hold")
                    .hasRole(LEAD);
            rules.requestMatchers(HttpMethod.DELETE, "/api/v1/people/{id}/legal-hold")
                    .hasRole(LEAD);
            rules.requestMatchers(HttpMethod.GET, "/api/v1/people/{id}/subject-access-export")
                    .hasRole(LEAD);
            // Breaking glass needs a person's second factor: the endpoint refuses every API key.
            rules.requestMatchers(HttpMethod.POST, "/api/v1/channel-cases/{id}/break-glass")
                    .authenticated();
        };
    }

    @Bean
    HomeCards privacyHomeCards() {
        return actor -> {
            var cards = new ArrayList<HomeCard>();
            if (actor.hasAny(Role.TENANT_ADMIN, Role.PREVENT_LEAD)) {
                cards.add(new HomeCard("home.retention", "home.retention.description", "/admin/retention", 170));
            }
            if (actor.has(Role.PREVENT_LEAD)) {
                cards.add(new HomeCard("home.holds", "home.holds.description", "/privacy/holds", 171));
                cards.add(new HomeCard("home.upcoming", "home.upcoming.description", "/privacy/upcoming", 173));
                cards.add(new HomeCard(
                        "home.breakGlass.review", "home.breakGlass.review.description", "/privacy/break-glass", 172));
            }
            if (actor.hasAny(Role.CASE_WORKER, Role.PANEL_MEMBER)) {
                cards.add(new HomeCard("home.breakGlass", "home.breakGlass.description", "/break-glass", 190));
            }
            return List.copyOf(cards);
        };
    }
}
