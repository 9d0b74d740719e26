package org.preventduty.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preventduty.support.Api.json;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preventduty.identity.IdentityFixtures;
import org.preventduty.identity.Region;
import org.preventduty.identity.Role;
import org.preventduty.referrals.ReferralFixtures;
import org.preventduty.support.Api;
import org.preventduty.support.Browser;
import org.preventduty.support.SystemSql;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({IdentityFixtures.class, SystemSql.class, ReferralFixtures.class})
class ReferralStatisticsIntegrationTests {

    static final String PERIOD = "from=2024-06-01&to=2025-03-31";

    @LocalServerPort
    int port;

    @Autowired
    IdentityFixtures fixtures;

    @Autowired
    ReferralFixtures referrals;

    @Autowired
    DisclosureSettings settings;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    /** A referral; dateOfBirth or approximateAge may be null. */
    String refer(
            String key,
            String receivedOn,
            String sector,
            String concern,
            String sex,
            String dateOfBirth,
            Integer approximateAge) {
        var subject = new LinkedHashMap<String, Object>();
        subject.put("givenName", "Person" + UUID.randomUUID().toString().substring(0, 6));
        subject.put("familyName", "Figures");
        subject.put("sex", sex);
        if (dateOfBirth != null) {
            subject.put("dateOfBirth", dateOfBirth);
        }
        if (approximateAge != null) {
            subject.put("approximateAge", approximateAge);
        }
        var created = api.post(
                "/api/v1/referrals",
                key,
                json(
                        "receivedOn",
                        receivedOn,
                        "referrer",
                        Map.of(
                                "name", "A Referrer",
                                "organisation", "An organisation",
                                "sector", sector,
                                "email", "referrer@example.org"),
                        "subject",
                        subject,
                        "concern",
                        Map.of("typeOfConcern", concern, "summary", "What was seen.", "immediateRisk", false)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    String accept(String key, String referralId) {
        var decided = api.post(
                "/api/v1/referrals/" + referralId + "/screening-decision",
                key,
                json("outcome", "ACCEPTED_FOR_CHANNEL", "appropriate", true, "reason", "Vulnerable."));
        assertThat(decided.status()).isEqualTo(200);
        return decided.json().get("channelCaseId").asString();
    }

    /**
     * Twelve referrals in the period (and two outside it), of which three go to panel and two are adopted:
     * <pre>
     * sector     EDUCATION 7, POLICE 3, HEALTH 2
     * concern    EXTREME_RIGHT_WING 6, ISLAMIST 4, NO_IDEOLOGY 2
     * age band   10_OR_UNDER 1, 11_TO_15 5, 16_TO_17 2, 18_TO_20 1, 21_TO_30 1, 51_AND_OVER 1, UNKNOWN 1
     * sex        MALE 9, FEMALE 3
     * </pre>
     */
    void handComputedDataset(String lead) {
        refer(lead, "2024-06-01", "EDUCATION", "EXTREME_RIGHT_WING", "MALE", "2014-06-02", null); // 9: 10 or under
        refer(lead, "2024-06-03", "EDUCATION", "EXTREME_RIGHT_WING", "MALE", "2013-06-03", null); // 11 that day
        refer(lead, "2024-07-10", "EDUCATION", "EXTREME_RIGHT_WING", "MALE", "2010-01-01", null); // 14
        refer(lead, "2024-09-15", "EDUCATION", "ISLAMIST", "FEMALE", "2009-09-16", null); // 14, 15 next day
        refer(lead, "2024-10-01", "EDUCATION", "ISLAMIST", "MALE", null, 13); // about 13
        refer(lead, "2024-11-20", "EDUCATION", "EXTREME_RIGHT_WING", "MALE", "2008-11-20", null); // 16 that day
        refer(lead, "2025-01-05", "EDUCATION", "NO_IDEOLOGY", "FEMALE", "2007-06-30", null); // 17
        refer(lead, "2025-02-14", "POLICE", "EXTREME_RIGHT_WING", "MALE", "2006-02-14", null); // 19: 18 to 20
        refer(lead, "2025-03-01", "POLICE", "ISLAMIST", "MALE", "1999-01-01", null); // 26
        refer(lead, "2025-03-31", "POLICE", "ISLAMIST", "MALE", null, null); // not known
        refer(lead, "2024-08-08", "HEALTH", "NO_IDEOLOGY", "FEMALE", "1970-05-05", null); // 54
        refer(lead, "2024-12-12", "HEALTH", "EXTREME_RIGHT_WING", "MALE", "2012-12-12", null); // 12
        refer(lead, "2024-05-31", "EDUCATION", "ISLAMIST", "MALE", "2010-01-01", null); // the day before
        refer(lead, "2025-04-01", "EDUCATION", "ISLAMIST", "MALE", "2010-01-01", null); // the day after
    }

    static Map<String, Object> counts(JsonNode breakdown) {
        var counts = new HashMap<String, Object>();
        breakdown.forEach(row -> counts.put(
                row.get("category").asString(),
                row.get("count").isNumber()
                        ? (Object) row.get("count").asLong()
                        : row.get("count").asString()));
        return counts;
    }

    @Test
    void theLeadsExactFiguresMatchAHandComputedDataset() {
        var tenant = fixtures.tenant();
        var lead = fixtures.apiKey(tenant, Role.PREVENT_LEAD);
        var chair = fixtures.apiKey(tenant, Role.CHANNEL_CHAIR);
        handComputedDataset(lead);
        var first = refer(lead, "2024-10-10", "HEALTH", "ISLAMIST", "MALE", "1980-01-01", null);
        var second = refer(lead, "2024-10-11", "COMMUNITY", "ISLAMIST", "FEMALE", "1981-01-01", null);
        var third = refer(lead, "2024-10-12", "PRISON", "EXTREME_RIGHT_WING", "MALE", "1982-01-01", null);
        var cases = List.of(accept(lead, first), accept(lead, second), accept(lead, third));
        var meeting = api.post(
                "/api/v1/panel-meetings",
                chair,
                json(
                        "heldOn", LocalDate.now().toString(),
                        "attendees",
                                List.of(Map.of(
                                        "name", "Officer",
                                        "organisation", "CTP",
                                        "panelRole", "POLICE_CT",
                                        "present", true)),
                        "caseIds", cases));
        var meetingId = meeting.json().get("id").asString();
        for (var i = 0; i < 3; i++) {
            var decision = i < 2 ? "ADOPTED" : "NOT_ADOPTED";
            var decided = api.post(
                    "/api/v1/channel-cases/" + cases.get(i) + "/panel-decision",
                    chair,
                    json(
                            "meetingId",
                            meetingId,
                            "decidedOn",
                            LocalDate.now().toString(),
                            "decision",
                            decision,
                            "decisionRule",
                            "MAJORITY",
                            "reasons",
                            "Discussed.",
                            "consideredHealthOrSocialCareReferral",
                            true));
            assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        }

        var exact = api.get("/api/v1/reports/referral-statistics?" + PERIOD + "&disclosure=NONE", lead);

        assertThat(exact.status()).as(exact.body()).isEqualTo(200);
        var body = exact.json();
        assertThat(body.get("scope").asString()).isEqualTo("TENANT");
        assertThat(body.get("disclosureControl").get("rule").asString()).isEqualTo("NONE");
        assertThat(body.get("totals").get("referrals").asLong()).isEqualTo(15);
        assertThat(body.get("totals").get("discussedAtPanel").asLong()).isEqualTo(3);
        assertThat(body.get("totals").get("adoptedAsChannelCase").asLong()).isEqualTo(2);
        assertThat(counts(body.get("bySector")))
                .containsEntry("EDUCATION", 7L)
                .containsEntry("POLICE", 3L)
                .containsEntry("HEALTH", 3L)
                .containsEntry("COMMUNITY", 1L)
                .containsEntry("PRISON", 1L)
                .containsEntry("LOCAL_AUTHORITY", 0L)
                .hasSize(9);
        assertThat(counts(body.get("byTypeOfConcern")))
                .containsEntry("EXTREME_RIGHT_WING", 7L)
                .containsEntry("ISLAMIST", 6L)
                .containsEntry("NO_IDEOLOGY", 2L)
                .containsEntry("OTHER", 0L)
                .hasSize(7);
        assertThat(counts(body.get("byAgeBand")))
                .containsEntry("10_OR_UNDER", 1L)
                .containsEntry("11_TO_15", 5L)
                .containsEntry("16_TO_17", 2L)
                .containsEntry("18_TO_20", 1L)
                .containsEntry("21_TO_30", 1L)
                .containsEntry("31_TO_40", 0L)
                .containsEntry("41_TO_50", 3L)
                .containsEntry("51_AND_OVER", 1L)
                .containsEntry("UNKNOWN", 1L);
        assertThat(counts(body.get("bySex")))
                .containsEntry("MALE", 11L)
                .containsEntry("FEMALE", 4L)
                .containsEntry("NOT_KNOWN", 0L);
        assertThat(counts(body.get("byRegion"))).containsEntry("LONDON", 15L).containsEntry("WALES", 0L);

        // The page and its download give each category's referrals beside those adopted, under the council's control.
        var admin = fixtures.userWithTwoFactors(tenant, Role.TENANT_ADMIN);
        var adminBrowser = new Browser(port);
        adminBrowser.signIn(admin.email(), IdentityFixtures.PASSWORD, fixtures.code(admin));
        adminBrowser.get("/admin/disclosure");
        var refused = adminBrowser.post("/admin/disclosure", Map.of("threshold", "two"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body())
                .contains("<title>Error: ")
                .contains("Enter a whole number")
                .contains("href=\"#threshold\"");
        assertThat(adminBrowser
                        .post("/admin/disclosure", Map.of("threshold", "50"))
                        .body())
                .contains("The threshold must be a whole number between 2 and 20.");
        assertThat(adminBrowser
                        .post("/admin/disclosure", Map.of("threshold", "2", "secondary", "no", "rounding", "no"))
                        .location())
                .isEqualTo("/admin/disclosure");
        var leadUser = fixtures.userWithTwoFactors(tenant, Role.PREVENT_LEAD);
        var browser = new Browser(port);
        browser.signIn(leadUser.email(), IdentityFixtures.PASSWORD, fixtures.code(leadUser));
        var period = "fromDay=1&fromMonth=6&fromYear=2024&toDay=31&toMonth=3&toYear=2025";
        var page = browser.get("/reports/referral-statistics?" + period).body();
        assertThat(page.replaceAll("\\s+", " "))
                .contains("<th scope=\"row\" class=\"govuk-table__header\">Islamist</th>"
                        + " <td class=\"govuk-table__cell govuk-table__cell--numeric\">6</td>"
                        + " <td class=\"govuk-table__cell govuk-table__cell--numeric\">2</td>")
                .contains("<title id=\"statistics-bySector-title\">")
                .doesNotContain("name=\"interval\"");
        var csv = new String(
                browser.download("/reports/referral-statistics.csv?" + period).content(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("By type of concern,Islamist,6,2").contains("By sector of the referrer,Education,7,0");
        var wrong = browser.get(
                "/reports/referral-statistics?fromDay=31&fromMonth=2&fromYear=2024&toDay=1&toMonth=1" + "&toYear=2024");
        assertThat(wrong.status()).isEqualTo(200);
        assertThat(wrong.body())
                .contains("There is a problem")
                .contains("Enter the start of the period as a real day")
                .doesNotContain("By sector of the referrer");
    }

    @Test
    void reportViewersGetControlledFiguresUnderTheCouncilsSettings() {
        var tenant = fixtures.tenant();
        var lead = fixtures.apiKey(tenant, Role.PREVENT_LEAD);
        var viewer = fixtures.apiKey(tenant, Role.REPORT_VIEWER);
        handComputedDataset(lead);

        var controlled = api.get("/api/v1/reports/referral-statistics?" + PERIOD, viewer);
        assertThat(controlled.status()).isEqualTo(200);
        var body = controlled.json();
        assertThat(body.get("disclosureControl").get("rule").asString()).isEqualTo("SUPPRESS_BELOW");
        assertThat(body.get("disclosureControl").get("threshold").asInt()).isEqualTo(5);
        assertThat(body.get("totals").get("referrals").asLong()).isEqualTo(12);
        assertThat(body.get("totals").get("discussedAtPanel").asLong()).isZero();
        assertThat(counts(body.get("bySector")))
                .containsEntry("EDUCATION", 7L)
                .containsEntry("POLICE", "[c]")
                .containsEntry("HEALTH", "[c]")
                .containsEntry("LOCAL_AUTHORITY", 0L);
        // 9 and 3 with a total of 12: the 3 alone would be 12 - 9, so the 9 goes with it.
        assertThat(counts(body.get("bySex")))
                .containsEntry("MALE", "[c]")
                .containsEntry("FEMALE", "[c]")
                .containsEntry("NOT_KNOWN", 0L);
        assertThat(api.get("/api/v1/reports/referral-statistics?" + PERIOD + "&disclosure=NONE", viewer)
                        .status())
                .isEqualTo(403);

        var admin = fixtures.user(tenant, Role.TENANT_ADMIN);
        referrals.as(admin, () -> {
            settings.change(10, true, false);
            return null;
        });
        var stricter =
                api.get("/api/v1/reports/referral-statistics?" + PERIOD, viewer).json();
        assertThat(stricter.get("disclosureControl").get("threshold").asInt()).isEqualTo(10);
        assertThat(counts(stricter.get("bySector"))).containsEntry("EDUCATION", "[c]");
    }

    @Test
    void nationalAnalystsSeeEveryCouncilOfARegionAndNeverExactFigures() {
        var tenant = fixtures.tenant(Region.SOUTH_WEST);
        var lead = fixtures.apiKey(tenant, Role.PREVENT_LEAD);
        for (var day = 1; day <= 6; day++) {
            refer(lead, "2019-07-0" + day, "EDUCATION", "EXTREME_RIGHT_WING", "MALE", "2005-01-01", null);
        }
        var analyst = fixtures.apiKey(null, Role.NATIONAL_ANALYST);

        var national =
                api.get("/api/v1/reports/referral-statistics?from=2019-07-01&to=2019-07-31&region=SOUTH_WEST", analyst);

        assertThat(national.status()).as(national.body()).isEqualTo(200);
        var body = national.json();
        assertThat(body.get("scope").asString()).isEqualTo("NATIONAL");
        assertThat(body.get("totals").get("referrals").asLong()).isEqualTo(6);
        assertThat(counts(body.get("byRegion"))).containsEntry("SOUTH_WEST", 6L).containsEntry("LONDON", 0L);
        assertThat(api.get("/api/v1/reports/referral-statistics?from=2019-07-01&to=2019-07-31&disclosure=NONE", analyst)
                        .status())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/reports/referral-statistics?from=2019-07-01&to=2019-07-31", lead)
                        .json()
                        .get("totals")
                        .get("referrals")
                        .asLong())
                .isEqualTo(6);
    }

    @Test
    void aNationalAnalystReadsTheFiguresOfAllCouncilsAndOfARegionInTheBrowser() {
        var tenant = fixtures.tenant(Region.WALES);
        var lead = fixtures.apiKey(tenant, Role.PREVENT_LEAD);
        for (var day = 1; day <= 7; day++) {
            refer(lead, "2018-05-0" + day, "HEALTH", "ISLAMIST", "FEMALE", "1990-01-01", null);
        }
        var analyst = fixtures.userWithTwoFactors(null, Role.NATIONAL_ANALYST);
        var browser = new Browser(port);
        browser.signIn(analyst.email(), IdentityFixtures.PASSWORD, fixtures.code(analyst));
        assertThat(browser.get("/home").body()).contains("/reports/referral-statistics");

        var all = browser.get(
                "/reports/referral-statistics?fromDay=1&fromMonth=5&fromYear=2018&toDay=31&toMonth=5&toYear=2018");
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.body())
                .contains("Figures of all councils")
                .contains("By region")
                .contains("Wales");
        var wales = browser.get(
                "/reports/referral-statistics?fromDay=1&fromMonth=5&fromYear=2018&toDay=31&toMonth=5&toYear=2018&region=WALES");
        assertThat(wales.status()).isEqualTo(200);
        assertThat(wales.body()).contains("Figures of the councils in Wales").contains(">7<");
        var elsewhere = browser.get(
                "/reports/referral-statistics?fromDay=1&fromMonth=5&fromYear=2018&toDay=31&toMonth=5&toYear=2018&region=NORTH_EAST");
        assertThat(elsewhere.body()).doesNotContain(">7<");
        // A council's lead chooses no region: the page keeps to their council.
        var leadUser = fixtures.userWithTwoFactors(tenant, Role.PREVENT_LEAD);
        var leadBrowser = new Browser(port);
        leadBrowser.signIn(leadUser.email(), IdentityFixtures.PASSWORD, fixtures.code(leadUser));
        var own = leadBrowser.get(
                "/reports/referral-statistics?fromDay=1&fromMonth=5&fromYear=2018&toDay=31&toMonth=5&toYear=2018&region=LONDON");
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body()).doesNotContain("By region").contains(">7<");
    }

    @Test
    void aPeriodEndingBeforeItStartsOrWithoutDaysIsABadRequest() {
        var lead = fixtures.apiKey(fixtures.tenant(), Role.PREVENT_LEAD);
        assertThat(api.get("/api/v1/reports/referral-statistics?from=2025-01-01&to=2024-01-01", lead)
                        .status())
                .isEqualTo(400);
        assertThat(api.get("/api/v1/reports/referral-statistics?from=2025-01-01", lead)
                        .status())
                .isEqualTo(400);
        assertThat(api.get("/api/v1/reports/referral-statistics?from=nonsense&to=2025-01-01", lead)
                        .status())
                .isEqualTo(400);
        var referrer = fixtures.apiKey(fixtures.tenant(), Role.REFERRER);
        assertThat(api.get("/api/v1/reports/referral-statistics?" + PERIOD, referrer)
                        .status())
                .isEqualTo(403);
    }
}
