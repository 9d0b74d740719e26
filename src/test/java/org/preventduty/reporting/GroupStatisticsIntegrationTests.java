package org.preventduty.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preventduty.identity.IdentityFixtures;
import org.preventduty.identity.Role;
import org.preventduty.identity.TenantSummary;
import org.preventduty.support.Api;
import org.preventduty.support.ApiReferrals;
import org.preventduty.support.SystemSql;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * Groups of councils (a shared service, a region's steering group): made by a system administrator, read by a national
 * analyst as one scope whose figures are the councils' own added together, under disclosure control.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({IdentityFixtures.class, SystemSql.class})
class GroupStatisticsIntegrationTests {

    private static final String PERIOD = "from=2025-04-01&to=2025-09-30";

    @LocalServerPort
    int port;

    @Autowired
    IdentityFixtures fixtures;

    @Autowired
    SystemSql sql;

    Api api;
    String admin;
    String analyst;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        admin = fixtures.apiKey(null, Role.SYSTEM_ADMIN);
        analyst = fixtures.apiKey(null, Role.NATIONAL_ANALYST);
    }

    @Test
    void aGroupsFiguresAreItsCouncilsFiguresAddedTogetherAndNoOtherCouncils() {
        var barnet = council(7);
        var westminster = council(9);
        var outside = council(6);
        var code = "north-london-" + UUID.randomUUID().toString().substring(0, 8);

        var made = api.post(
                "/api/v1/tenant-groups",
                admin,
                "{\"code\": \"" + code + "\", \"name\": \"North London steering group\", \"tenants\": [\""
                        + barnet.code() + "\", \"" + westminster.code() + "\"]}");
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        assertThat(made.json().get("tenants").toString())
                .contains(barnet.code())
                .contains(westminster.code());

        var group = api.get("/api/v1/reports/referral-statistics?" + PERIOD + "&group=" + code, analyst);

        assertThat(group.status()).as(group.body()).isEqualTo(200);
        var figures = group.json();
        assertThat(figures.get("scope").asString()).isEqualTo("GROUP");
        assertThat(figures.get("disclosureControl").get("rule").asString()).isEqualTo("SUPPRESS_BELOW");
        assertThat(figures.get("totals").get("referrals").asInt())
                .isEqualTo(exact(barnet) + exact(westminster))
                .isEqualTo(16);
        var trends = api.get("/api/v1/reports/referral-trends?" + PERIOD + "&interval=YEAR&group=" + code, analyst);
        assertThat(trends.status()).as(trends.body()).isEqualTo(200);
        assertThat(trends.json().get("scope").asString()).isEqualTo("GROUP");
        assertThat(outside.code()).isNotBlank();
    }

    @Test
    void aGroupNamingAnUnknownCouncilIsRefusedWithEveryReasonAndAnAuditEntryAndNothingIsMade() {
        var barnet = council(0);
        var code = "shared-" + UUID.randomUUID().toString().substring(0, 8);
        var before = refusals();

        var refused = api.post(
                "/api/v1/tenant-groups",
                admin,
                "{\"code\": \"" + code + "\", \"name\": \"\", \"tenants\": [\"" + barnet.code()
                        + "\", \"no-such-council\"]}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(refused.body())
                .contains("tenants")
                .contains("no-such-council")
                .contains("name");
        assertThat(sql.<Long>run(jdbc -> jdbc.sql("select count(*) from tenant_group where code = ?")
                        .param(code)
                        .query(Long.class)
                        .single()))
                .isZero();
        assertThat(refusals()).isEqualTo(before + 1);
        assertThat(api.get("/api/v1/reports/referral-statistics?" + PERIOD + "&group=" + code, analyst)
                        .status())
                .as("a group that does not exist")
                .isEqualTo(400);
        assertThat(api.post(
                                "/api/v1/tenant-groups",
                                analyst,
                                "{\"code\": \"" + code + "\", \"name\": \"A\", \"tenants\": [\"" + barnet.code()
                                        + "\"]}")
                        .status())
                .as("only a system administrator makes groups")
                .isEqualTo(403);
    }

    private long refusals() {
        return sql.run(jdbc -> jdbc.sql("select count(*) from audit_event where action = 'TENANT_GROUP_CREATED'"
                        + " and outcome = 'FAILURE'")
                .query(Long.class)
                .single());
    }

    /** A new council with this many referrals received in the period. */
    private TenantSummary council(int referrals) {
        var council = fixtures.tenant();
        var key = fixtures.apiKey(council, Role.PREVENT_LEAD);
        for (var i = 0; i < referrals; i++) {
            ApiReferrals.make(api, key, LocalDate.of(2025, 5, 1).plusDays(i * 7L), "Group" + i, "Figures");
        }
        return council;
    }

    /** The council's own exact number of referrals in the period, as its Prevent lead sees it. */
    private int exact(TenantSummary council) {
        var lead = fixtures.apiKey(council, Role.PREVENT_LEAD);
        JsonNode own = api.get("/api/v1/reports/referral-statistics?" + PERIOD + "&disclosure=NONE", lead)
                .json();
        assertThat(own.get("scope").asString()).isEqualTo("TENANT");
        return own.get("totals").get("referrals").asInt();
    }
}
