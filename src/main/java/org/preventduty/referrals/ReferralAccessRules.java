package org.preventduty.referrals;

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

/** Who may use the referral pages and endpoints, and what the home page offers each role. */
@Configuration(proxyBeanMethods = false)
class ReferralAccessRules {

    private static final String LEAD = Role.PREVENT_LEAD.name();
    private static final String REFERRER = Role.REFERRER.name();
    private static final String CASE_WORKER = Role.CASE_WORKER.name();

    @Bean
    WebAccessRules referralWebRules() {
        return rules -> {
            // Specific paths first: the first rule that matches a request decides.
            rules.requestMatchers(HttpMethod.GET, "/referrals", "/referrals/new")
                    .hasAnyRole(REFERRER, LEAD);
            rules.requestMatchers(HttpMethod.GET, "/referrals/assigned").hasRole(CASE_WORKER);
            rules.requestMatchers(
                            HttpMethod.GET, "/referrals/*/form/*", "/referrals/*/confirmation", "/referrals/*/status")
                    .hasAnyRole(REFERRER, LEAD);
            rules.requestMatchers(
                            HttpMethod.POST,
                            "/referrals",
                            "/referrals/*/form/*",
                            "/referrals/*/attachments",
                            "/referrals/*/attachments/*/remove",
                            "/referrals/*/submit",
                            "/referrals/*/discard")
                    .hasAnyRole(REFERRER, LEAD);
            rules.requestMatchers(HttpMethod.GET, "/referrals/*/attachments/*").hasAnyRole(REFERRER, LEAD, CASE_WORKER);
            rules.requestMatchers(
                            HttpMethod.GET,
                            "/triage",
                            "/triage/find",
                            "/triage/imports/new",
                            "/triage/imports/template.csv",
                            "/triage/imports/*",
                            "/people/search",
                            "/people/*",
                            "/referrals/*/decision",
                            "/support-requests/*/response",
                            "/support-requests/*/end")
                    .hasRole(LEAD);
            rules.requestMatchers(
                            HttpMethod.POST,
                            "/triage/imports",
                            "/triage/imports/*/confirm",
                            "/referrals/*/screening",
                            "/referrals/*/decision",
                            "/referrals/*/link",
                            "/referrals/*/undo-link",
                            "/referrals/*/confirm-person",
                            "/referrals/*/assign",
                            "/referrals/*/unassign",
                            "/referrals/*/support-requests/*/agreement",
                            "/support-requests/*/response",
                            "/support-requests/*/end",
                            "/people/search")
                    .hasRole(LEAD);
            rules.requestMatchers(HttpMethod.GET, "/referrals/*").hasAnyRole(LEAD, CASE_WORKER);
            // The Prevent lead, or the worker allocated to the child or family, asks a partner for support.
            rules.requestMatchers("/referrals/*/support-requests/new").hasAnyRole(LEAD, CASE_WORKER);
            rules.requestMatchers(HttpMethod.GET, "/admin/referrer-status").hasRole(Role.TENANT_ADMIN.name());
            rules.requestMatchers(HttpMethod.POST, "/admin/referrer-status").hasRole(Role.TENANT_ADMIN.name());
        };
    }

    @Bean
    ApiAccessRules referralApiRules() {
        return rules -> {
            rules.requestMatchers(HttpMethod.POST, "/api/v1/referrals").hasAnyRole(REFERRER, LEAD);
            rules.requestMatchers(HttpMethod.POST, "/api/v1/referrals/imports").hasRole(LEAD);
            rules.requestMatchers(HttpMethod.GET, "/api/v1/referrals/mine").hasAnyRole(REFERRER, LEAD);
            rules.requestMatchers(HttpMethod.GET, "/api/v1/referrals/assigned").hasRole(CASE_WORKER);
            rules.requestMatchers(HttpMethod.GET, "/api/v1/referrals").hasRole(LEAD);
            rules.requestMatchers(HttpMethod.GET, "/api/v1/referrals/*").hasAnyRole(REFERRER, LEAD, CASE_WORKER);
            rules.requestMatchers(HttpMethod.POST, "/api/v1/referrals/*/screening-decision")
                    .hasRole(LEAD);
            rules.requestMatchers(HttpMethod.POST, "/api/v1/people/search").hasRole(LEAD);
            rules.requestMatchers(HttpMethod.GET, "/api/v1/people/*").hasRole(LEAD);
            rules.requestMatchers(HttpMethod.GET, "/api/v1/code-lists/*").authenticated();
        };
    }

    @Bean
    HomeCards referralHomeCards() {
        return actor -> {
            var cards = new ArrayList<HomeCard>();
            if (actor.hasAny(Role.REFERRER, Role.PREVENT_LEAD)) {
                cards.add(new HomeCard("home.referrals.new", "home.referrals.new.description", "/referrals/new", 100));
                cards.add(new HomeCard("home.referrals.mine", "home.referrals.mine.description", "/referrals", 110));
            }
            if (actor.has(Role.PREVENT_LEAD)) {
                cards.add(new HomeCard("home.triage", "home.triage.description", "/triage", 50));
                cards.add(new HomeCard("home.people", "home.people.description", "/people/search", 120));
            }
            if (actor.has(Role.CASE_WORKER)) {
                cards.add(new HomeCard("home.assigned", "home.assigned.description", "/referrals/assigned", 60));
            }
            if (actor.has(Role.TENANT_ADMIN)) {
                cards.add(new HomeCard(
                        "home.referrerStatus", "home.referrerStatus.description", "/admin/referrer-status", 165));
            }
            return List.copyOf(cards);
        };
    }
}
