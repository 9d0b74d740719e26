package org.preventduty.channel;

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

/**
 * Who may use the Channel pages and endpoints. Reading a case is open to the roles that may be given one; which case
 * each may see is decided per case by {@link CaseAccess}. Changing cases and meetings is for Prevent leads and chairs.
 */
@Configuration(proxyBeanMethods = false)
class ChannelAccessRules {

    private static final String LEAD = Role.PREVENT_LEAD.name();
    private static final String CHAIR = Role.CHANNEL_CHAIR.name();
    private static final String PANEL = Role.PANEL_MEMBER.name();
    private static final String CASE_WORKER = Role.CASE_WORKER.name();

    @Bean
    WebAccessRules channelWebRules() {
        return rules -> {
            rules.requestMatchers("/channel/cases/*/restriction").hasRole(LEAD);
            rules.requestMatchers(
                            HttpMethod.GET,
                            "/channel/cases",
                            "/channel/cases/*",
                            "/channel/cases/*/chronology",
                            "/channel/cases/*/panel",
                            "/channel/cases/*/support",
                            "/channel/cases/*/tasks",
                            "/channel/cases/*/documents",
                            "/channel/cases/*/documents/*")
                    .hasAnyRole(LEAD, CHAIR, PANEL, CASE_WORKER);
            rules.requestMatchers(HttpMethod.GET, "/channel/cases/*/notes/new", "/channel/cases/*/notes/*/correct")
                    .hasAnyRole(LEAD, CHAIR, CASE_WORKER);
            rules.requestMatchers(
                            HttpMethod.POST,
                            "/channel/cases/*/notes",
                            "/channel/cases/*/notes/*/correct",
                            "/channel/cases/*/documents",
                            "/channel/cases/*/documents/*/remove")
                    .hasAnyRole(LEAD, CHAIR, CASE_WORKER);
            rules.requestMatchers(
                            HttpMethod.GET,
                            "/channel/cases/*/assessments/new",
                            "/channel/cases/*/decision",
                            "/channel/cases/*/support-plan",
                            "/channel/cases/*/consent",
                            "/channel/cases/*/interventions/new",
                            "/channel/cases/*/interventions/*/sessions/new",
                            "/channel/cases/*/interventions/*/end",
                            "/channel/cases/*/exit",
                            "/channel/cases/*/officer",
                            "/channel/cases/*/reviews/*",
                            "/channel/cases/*/close",
                            "/channel/cases/*/information-requests/new",
                            "/channel/cases/*/information-requests/*/response")
                    .hasAnyRole(LEAD, CHAIR);
            rules.requestMatchers(
                            HttpMethod.GET,
                            "/channel/meetings",
                            "/channel/meetings/new",
                            "/channel/meetings/*",
                            "/channel/meetings/*/*",
                            "/channel/panel-members",
                            "/channel/attendance")
                    .hasAnyRole(LEAD, CHAIR);
            rules.requestMatchers(
                            HttpMethod.POST,
                            "/channel/cases/*/decision",
                            "/channel/cases/*/assessments",
                            "/channel/cases/*/support-plan",
                            "/channel/cases/*/consent",
                            "/channel/cases/*/interventions",
                            "/channel/cases/*/interventions/*/sessions",
                            "/channel/cases/*/interventions/*/end",
                            "/channel/cases/*/exit",
                            "/channel/cases/*/officer",
                            "/channel/cases/*/reviews/*",
                            "/channel/cases/*/close",
                            "/channel/cases/*/information-requests",
                            "/channel/cases/*/information-requests/*/response",
                            "/channel/meetings",
                            "/channel/meetings/*/publish",
                            "/channel/meetings/*/attendance",
                            "/channel/meetings/*/minutes",
                            "/channel/meetings/*/actions",
                            "/channel/panel-members",
                            "/channel/panel-members/*/active")
                    .hasAnyRole(LEAD, CHAIR);
        };
    }

    @Bean
    ApiAccessRules channelApiRules() {
        return rules -> {
            rules.requestMatchers(
                            HttpMethod.GET,
                            "/api/v1/channel-cases",
                            "/api/v1/channel-cases/*",
                            "/api/v1/channel-cases/*/chronology")
                    .hasAnyRole(LEAD, CHAIR, PANEL, CASE_WORKER);
            rules.requestMatchers(
                            HttpMethod.POST,
                            "/api/v1/channel-cases/*/notes",
                            "/api/v1/channel-cases/*/notes/*/corrections")
                    .hasAnyRole(LEAD, CHAIR, CASE_WORKER);
            rules.requestMatchers(
                            HttpMethod.POST,
                            "/api/v1/panel-meetings",
                            "/api/v1/panel-meetings/*/publish",
                            "/api/v1/channel-cases/*/panel-decision",
                            "/api/v1/channel-cases/*/consent",
                            "/api/v1/channel-cases/*/interventions",
                            "/api/v1/channel-cases/*/interventions/*/sessions",
                            "/api/v1/channel-cases/*/exit")
                    .hasAnyRole(LEAD, CHAIR);
        };
    }

    @Bean
    HomeCards channelHomeCards() {
        return actor -> {
            var cards = new ArrayList<HomeCard>();
            if (actor.hasAny(Role.PREVENT_LEAD, Role.CHANNEL_CHAIR, Role.PANEL_MEMBER, Role.CASE_WORKER)) {
                cards.add(new HomeCard("home.channel.cases", "home.channel.cases.description", "/channel/cases", 70));
            }
            if (actor.hasAny(Role.PREVENT_LEAD, Role.CHANNEL_CHAIR)) {
                cards.add(new HomeCard(
                        "home.channel.meetings", "home.channel.meetings.description", "/channel/meetings", 80));
            }
            return List.copyOf(cards);
        };
    }
}
