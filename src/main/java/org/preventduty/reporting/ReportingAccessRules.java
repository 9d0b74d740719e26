package org.preventduty.reporting;

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

/** Who may see statistics and change the council's disclosure control. */
@Configuration(proxyBeanMethods = false)
class ReportingAccessRules {

    private static final String LEAD = Role.PREVENT_LEAD.name();
    private static final String VIEWER = Role.REPORT_VIEWER.name();

    @Bean
    WebAccessRules reportingWebRules() {
        return rules -> {
            rules.requestMatchers(
                            HttpMethod.GET, "/reports/referral-statistics", "/reports/referral-statistics.{format}")
                    .hasAnyRole(LEAD, VIEWER, Role.NATIONAL_ANALYST.name());
            rules.requestMatchers(HttpMethod.GET, "/reports/trends", "/reports/trends.{format}")
                    .hasAnyRole(LEAD, VIEWER, Role.NATIONAL_ANALYST.name());
            rules.requestMatchers(HttpMethod.GET, "/reports/equality", "/reports/equality.{format}")
                    .hasAnyRole(LEAD, VIEWER);
            rules.requestMatchers(HttpMethod.GET, "/reports/equality/population")
                    .hasAnyRole(LEAD, VIEWER, Role.TENANT_ADMIN.name());
            rules.requestMatchers(HttpMethod.POST, "/reports/equality/population")
                    .hasAnyRole(LEAD, Role.TENANT_ADMIN.name());
            // Before the report's own address, which would match "new" too.
            rules.requestMatchers(HttpMethod.GET, "/reports/committee/new", "/reports/committee/{id}/final")
                    .hasRole(LEAD);
            rules.requestMatchers(
                            HttpMethod.GET,
                            "/reports/committee",
                            "/reports/committee/{id}",
                            "/reports/committee/{id}/preview",
                            "/reports/committee/{id}/report.{format}")
                    .hasAnyRole(LEAD, VIEWER);
            rules.requestMatchers(
                            HttpMethod.POST,
                            "/reports/committee",
                            "/reports/committee/{id}/words",
                            "/reports/committee/{id}/final")
                    .hasRole(LEAD);
            rules.requestMatchers(HttpMethod.GET, "/admin/disclosure").hasRole(Role.TENANT_ADMIN.name());
            rules.requestMatchers(HttpMethod.POST, "/admin/disclosure").hasRole(Role.TENANT_ADMIN.name());
        };
    }

    @Bean
    ApiAccessRules reportingApiRules() {
        return rules -> {
            rules.requestMatchers(
                            HttpMethod.GET, "/api/v1/reports/referral-statistics", "/api/v1/reports/referral-trends")
                    .hasAnyRole(LEAD, VIEWER, Role.NATIONAL_ANALYST.name());
            rules.requestMatchers(HttpMethod.GET, "/api/v1/reports/equality", "/api/v1/reports/committee-report")
                    .hasAnyRole(LEAD, VIEWER);
        };
    }

    @Bean
    HomeCards reportingHomeCards() {
        return actor -> {
            var cards = new ArrayList<HomeCard>();
            if (actor.hasAny(Role.PREVENT_LEAD, Role.REPORT_VIEWER, Role.NATIONAL_ANALYST)) {
                cards.add(new HomeCard(
                        "home.statistics", "home.statistics.description", "/reports/referral-statistics", 150));
            }
            if (actor.hasAny(Role.PREVENT_LEAD, Role.REPORT_VIEWER, Role.NATIONAL_ANALYST)) {
                cards.add(new HomeCard("home.trends", "home.trends.description", "/reports/trends", 151));
            }
            if (actor.hasAny(Role.PREVENT_LEAD, Role.REPORT_VIEWER)) {
                cards.add(new HomeCard("home.committee", "home.committee.description", "/reports/committee", 149));
            }
            if (actor.hasAny(Role.PREVENT_LEAD, Role.REPORT_VIEWER)) {
                cards.add(new HomeCard("home.equality", "home.equality.description", "/reports/equality", 152));
            }
            if (actor.has(Role.TENANT_ADMIN)) {
                cards.add(new HomeCard(
                        "home.population", "home.population.description", "/reports/equality/population", 161));
            }
            if (actor.has(Role.TENANT_ADMIN)) {
                cards.add(new HomeCard("home.disclosure", "home.disclosure.description", "/admin/disclosure", 160));
            }
            return List.copyOf(cards);
        };
    }
}
