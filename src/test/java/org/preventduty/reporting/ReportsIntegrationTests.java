package org.preventduty.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preventduty.support.Api.json;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preventduty.identity.IdentityFixtures;
import org.preventduty.identity.Role;
import org.preventduty.identity.TenantSummary;
import org.preventduty.support.Api;
import org.preventduty.support.Browser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * Referrals over time and equality monitoring, through the API and the pages: figures computed by hand from referrals
 * made for the test, the same figures in the table and both downloads, disclosure control for report viewers, and the
 * council's population entered and checked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(IdentityFixtures.class)
class ReportsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    IdentityFixtures fixtures;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    String refer(String key, String receivedOn, String sex, String ethnicity, String religion) {
        var subject = new LinkedHashMap<String, Object>();
        subject.put("givenName", "Person" + UUID.randomUUID().toString().substring(0, 6));
        subject.put("familyName", "Trend");
        subject.put("sex", sex);
        subject.put("dateOfBirth", "2009-05-01");
        var equality = new LinkedHashMap<String, Object>();
        if (ethnicity != null) {
            equality.put("ethnicity", ethnicity);
        }
        if (religion != null) {
            equality.put("religion", religion);
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
                                "organisation", "A school",
                                "sector", "EDUCATION",
                                "email", "referrer@example.org"),
                        "subject",
                        subject,
                        "concern",
                        Map.of("typeOfConcern", "ISLAMIST", "summary", "What was seen.", "immediateRisk", false),
                        "equality",
                        equality));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    void decide(String key, String referral, String outcome, boolean appropriate, String decidedOn) {
        var decided = api.post(
                "/api/v1/referrals/" + referral + "/screening-decision",
                key,
                json("outcome", outcome, "appropriate", appropriate, "reason", "Screened.", "decidedOn", decidedOn));
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
    }

    /**
     * In the financial year 2024-25: three referrals in the first quarter (one not appropriate), none in the second,
     * six in the third (two accepted for Channel, so appropriate), one in the fourth; one the day before and one the
     * day after the year.
     */
    void quarters(String lead) {
        var notAppropriate = refer(lead, "2024-04-01", "MALE", "WHITE_BRITISH", "NO_RELIGION");
        refer(lead, "2024-05-15", "MALE", "WHITE_BRITISH", "CHRISTIAN");
        refer(lead, "2024-06-30", "FEMALE", "ASIAN_PAKISTANI", "MUSLIM");
        var accepted = new ArrayList<String>();
        for (var day : List.of("2024-10-01", "2024-10-31", "2024-11-05", "2024-12-01", "2024-12-24", "2024-12-31")) {
            accepted.add(refer(lead, day, "MALE", "WHITE_BRITISH", null));
        }
        refer(lead, "2025-03-31", "FEMALE", null, null);
        refer(lead, "2024-03-31", "MALE", "WHITE_BRITISH", null);
        refer(lead, "2025-04-01", "MALE", "WHITE_BRITISH", null);
        decide(lead, notAppropriate, "NO_FURTHER_ACTION", false, "2024-04-02");
        decide(lead, accepted.get(0), "ACCEPTED_FOR_CHANNEL", true, "2024-10-02");
        decide(lead, accepted.get(1), "ACCEPTED_FOR_CHANNEL", true, "2024-11-01");
    }

    static List<List<Object>> periods(JsonNode trend) {
        var rows = new ArrayList<List<Object>>();
        trend.get("periods")
                .forEach(p -> rows.add(List.of(
                        p.get("from").asString(),
                        p.get("to").asString(),
                        value(p.get("referrals")),
                        value(p.get("appropriate")),
                        value(p.get("notAppropriate")))));
        return rows;
    }

    static Object value(JsonNode node) {
        return node.isNumber() ? (Object) node.asLong() : node.asString();
    }

    @Test
    void theLeadsTrendByQuarterMatchesTheReferralsCountedByHand() {
        var tenant = fixtures.tenant();
        var lead = fixtures.apiKey(tenant, Role.PREVENT_LEAD);
        quarters(lead);

        var trend = api.get(
                "/api/v1/reports/referral-trends?from=2024-04-01&to=2025-03-31&interval=QUARTER&disclosure=NONE", lead);

        assertThat(trend.status()).as(trend.body()).isEqualTo(200);
        assertThat(periods(trend.json()))
                .containsExactly(
                        List.of("2024-04-01", "2024-06-30", 3L, 0L, 1L),
                        List.of("2024-07-01", "2024-09-30", 0L, 0L, 0L),
                        List.of("2024-10-01", "2024-12-31", 6L, 2L, 0L),
                        List.of("2025-01-01", "2025-03-31", 1L, 0L, 0L));

        var monthly = api.get(
                "/api/v1/reports/referral-trends?from=2024-10-01&to=2024-12-31&interval=MONTH&disclosure=NONE", lead);
        assertThat(periods(monthly.json())).extracting(row -> row.get(2)).containsExactly(2L, 1L, 3L);
    }

    @Test
    void reportViewersSeeTheTrendUnderDisclosureControl() {
        var tenant = fixtures.tenant();
        var lead = fixtures.apiKey(tenant, Role.PREVENT_LEAD);
        var viewer = fixtures.apiKey(tenant, Role.REPORT_VIEWER);
        quarters(lead);

        var trend = api.get("/api/v1/reports/referral-trends?from=2024-04-01&to=2025-03-31&interval=QUARTER", viewer);

        assertThat(trend.status()).isEqualTo(200);
        assertThat(periods(trend.json()))
                .containsExactly(
                        List.of("2024-04-01", "2024-06-30", "[c]", 0L, "[c]"),
                        List.of("2024-07-01", "2024-09-30", 0L, 0L, 0L),
                        List.of("2024-10-01", "2024-12-31", 6L, "[c]", 0L),
                        List.of("2025-01-01", "2025-03-31", "[c]", 0L, 0L));
        var exact = api.get("/api/v1/reports/referral-trends?from=2024-04-01&to=2025-03-31&disclosure=NONE", viewer);
        assertThat(exact.status()).isEqualTo(403);
    }

    @Test
    void theTrendsPageShowsTheChartAndTheTableAndDownloadsTheSameFigures() throws Exception {
        var tenant = fixtures.tenant();
        var lead = fixtures.userWithTwoFactors(tenant, Role.PREVENT_LEAD);
        quarters(fixtures.apiKey(tenant, Role.PREVENT_LEAD));
        var browser = new Browser(port);
        browser.signIn(lead.email(), IdentityFixtures.PASSWORD, fixtures.code(lead));
        var query = "fromDay=1&fromMonth=4&fromYear=2024&toDay=31&toMonth=3&toYear=2025&interval=QUARTER";

        var page = browser.get("/reports/trends?" + query);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("<svg", "role=\"img\"", "<title", ">2024-25<", ">Q3<")
                .contains("1 Oct 2024 to 31 Dec 2024")
                .contains("/reports/trends.csv?" + query.replace("&", "&amp;"));
        // Counts from 1 to 4 are shown as [c], even to the lead, on the page and in its downloads.
        assertThat(page.body()).contains("[c]");

        var csv = browser.download("/reports/trends.csv?" + query);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.text().lines().toList())
                .containsExactly(
                        "Period from,Period to,Referrals,Appropriate for Prevent,Not appropriate for Prevent,"
                                + "Discussed at a Channel panel,Adopted as a Channel case",
                        "2024-04-01,2024-06-30,[c],0,[c],0,0",
                        "2024-07-01,2024-09-30,0,0,0,0,0",
                        "2024-10-01,2024-12-31,6,[c],0,0,0",
                        "2025-01-01,2025-03-31,[c],0,0,0,0");

        var excel = browser.download("/reports/trends.xlsx?" + query);
        assertThat(excel.status()).isEqualTo(200);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(excel.content()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Referrals");
            assertThat(sheet.getRow(3).getCell(2).getNumericCellValue()).isEqualTo(6.0);
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("[c]");
            assertThat(sheet.getLastRowNum()).isEqualTo(4);
        }
    }

    @Test
    void aPeriodThatIsNoRealDayOrEndsBeforeItStartsOrInTheFutureIsNamedOnThePage() {
        var tenant = fixtures.tenant();
        var viewer = fixtures.userWithTwoFactors(tenant, Role.REPORT_VIEWER);
        var browser = new Browser(port);
        browser.signIn(viewer.email(), IdentityFixtures.PASSWORD, fixtures.code(viewer));

        var notADay = browser.get("/reports/trends?fromDay=31&fromMonth=2&fromYear=2024&toDay=1&toMonth=3&toYear=2025");
        assertThat(notADay.status()).isEqualTo(200);
        assertThat(notADay.body())
                .contains("govuk-error-summary", "href=\"#from\"", "Enter the start of the period as a real day")
                .doesNotContain("<svg");

        var backwards =
                browser.get("/reports/equality?fromDay=1&fromMonth=4&fromYear=2025&toDay=31&toMonth=3&toYear=2024");
        assertThat(backwards.body()).contains("href=\"#to\"", "The end of the period must not be before its start.");

        var future = browser.get("/reports/trends?fromDay=1&fromMonth=4&fromYear=2025&toDay=1&toMonth=1&toYear=2030");
        assertThat(future.body()).contains("The end of the period must be today or in the past.");

        var interval = browser.get("/reports/trends?interval=FORTNIGHT");
        assertThat(interval.status()).isEqualTo(200);
        assertThat(interval.body()).contains("Choose month, quarter or financial year.");

        var download = browser.download(
                "/reports/trends.csv?fromDay=x&fromMonth=4&fromYear=2024&toDay=1&toMonth=1&toYear=2025");
        assertThat(download.status()).isEqualTo(400);
        var unknownFormat = browser.download(
                "/reports/trends.exe?fromDay=1&fromMonth=4&fromYear=2024&toDay=1&toMonth=1&toYear=2025");
        assertThat(unknownFormat.status()).isEqualTo(404);
    }

    @Test
    void referrersAndCaseWorkersCannotReadTheFigures() {
        var tenant = fixtures.tenant();
        for (var role : List.of(Role.REFERRER, Role.CASE_WORKER, Role.TRAINING_ADMIN)) {
            var user = fixtures.userWithTwoFactors(tenant, role);
            var browser = new Browser(port);
            browser.signIn(user.email(), IdentityFixtures.PASSWORD, fixtures.code(user));
            for (var path : List.of("/reports/trends", "/reports/equality", "/reports/trends.csv")) {
                assertThat(browser.get(path).status())
                        .as("%s at %s", role, path)
                        .isEqualTo(403);
            }
            var key = fixtures.apiKey(tenant, role);
            assertThat(api.get("/api/v1/reports/equality?from=2024-04-01&to=2025-03-31", key)
                            .status())
                    .isEqualTo(403);
        }
    }

    static Map<String, Object> counts(JsonNode breakdown) {
        var counts = new HashMap<String, Object>();
        breakdown.forEach(row -> counts.put(row.get("category").asString(), value(row.get("count"))));
        return counts;
    }

    @Test
    void equalityFiguresCountEachGroupAndThoseNotRecorded() {
        var tenant = fixtures.tenant();
        var lead = fixtures.apiKey(tenant, Role.PREVENT_LEAD);
        quarters(lead);

        var figures = api.get("/api/v1/reports/equality?from=2024-04-01&to=2025-03-31&disclosure=NONE", lead);

        assertThat(figures.status()).as(figures.body()).isEqualTo(200);
        var referred = figures.json().get("referrals");
        assertThat(referred.get("total").asLong()).isEqualTo(10);
        assertThat(counts(referred.get("byEthnicity")))
                .containsEntry("WHITE_BRITISH", 8L)
                .containsEntry("ASIAN_PAKISTANI", 1L)
                .containsEntry("NOT_RECORDED", 1L)
                .containsEntry("BLACK_AFRICAN", 0L);
        assertThat(counts(referred.get("byReligion")))
                .containsEntry("NO_RELIGION", 1L)
                .containsEntry("CHRISTIAN", 1L)
                .containsEntry("MUSLIM", 1L)
                .containsEntry("NOT_RECORDED", 7L);
        assertThat(counts(referred.get("bySex"))).containsEntry("MALE", 8L).containsEntry("FEMALE", 2L);
        var adopted = figures.json().get("adoptedAsChannelCase");
        assertThat(adopted.get("total").asLong()).isZero();
    }

    /**
     * Random councils' referrals read by a report viewer: no breakdown shows a count from 1 to 4, and the shown counts
     * of each breakdown never exceed its total, so that no hidden count can be worked out as the total less the rest.
     */
    @Test
    void noEqualityFigureAReportViewerSeesIsACountFromOneToFour() {
        var random = new Random(20261206);
        var ethnicities = List.of("WHITE_BRITISH", "ASIAN_INDIAN", "BLACK_CARIBBEAN", "MIXED_OTHER");
        var religions = List.of("CHRISTIAN", "MUSLIM", "NO_RELIGION", "SIKH");
        for (var round = 0; round < 3; round++) {
            var tenant = fixtures.tenant();
            var lead = fixtures.apiKey(tenant, Role.PREVENT_LEAD);
            var viewer = fixtures.apiKey(tenant, Role.REPORT_VIEWER);
            var people = 6 + random.nextInt(14);
            for (var i = 0; i < people; i++) {
                refer(
                        lead,
                        "2024-0" + (4 + random.nextInt(6)) + "-1" + random.nextInt(10),
                        random.nextBoolean() ? "MALE" : "FEMALE",
                        random.nextInt(5) == 0 ? null : ethnicities.get(random.nextInt(ethnicities.size())),
                        random.nextInt(3) == 0 ? null : religions.get(random.nextInt(religions.size())));
            }

            var figures = api.get("/api/v1/reports/equality?from=2024-04-01&to=2025-03-31", viewer);

            assertThat(figures.status()).isEqualTo(200);
            var referred = figures.json().get("referrals");
            assertThat(referred.get("total").asLong()).isEqualTo(people);
            for (var part : List.of("byEthnicity", "byReligion", "bySex", "byAgeBand")) {
                var shown = 0L;
                var hidden = 0;
                for (var row : referred.get(part)) {
                    var count = value(row.get("count"));
                    if (count instanceof Long number) {
                        assertThat(number < 1 || number > 4)
                                .as("%s %s", part, row)
                                .isTrue();
                        shown += number;
                    } else {
                        assertThat(count).isEqualTo("[c]");
                        hidden++;
                    }
                }
                assertThat(hidden).as("%s of %d people", part, people).isNotEqualTo(1);
                assertThat(shown).isLessThanOrEqualTo(people);
            }
        }
    }

    @Test
    void theLeadEntersThePopulationAndTheEqualityPageSetsEachGroupsShareBesideIt() {
        TenantSummary tenant = fixtures.tenant();
        var lead = fixtures.userWithTwoFactors(tenant, Role.PREVENT_LEAD);
        quarters(fixtures.apiKey(tenant, Role.PREVENT_LEAD));
        var browser = new Browser(port);
        browser.signIn(lead.email(), IdentityFixtures.PASSWORD, fixtures.code(lead));
        var period = "fromDay=1&fromMonth=4&fromYear=2024&toDay=31&toMonth=3&toYear=2025";

        var before = browser.get("/reports/equality?" + period);
        assertThat(before.status()).isEqualTo(200);
        assertThat(before.body())
                .contains("Enter the council&#39;s population by ethnicity and religion to see")
                .contains("Not recorded for [c] of 10 referrals.");

        browser.get("/reports/equality/population");
        var bad = browser.post(
                "/reports/equality/population",
                Map.of(
                        "people[ETHNICITY-WHITE_BRITISH]", "many",
                        "people[ETHNICITY-ASIAN_PAKISTANI]", "-3",
                        "people[RELIGION-MUSLIM]", "5000"));
        assertThat(bad.status()).isEqualTo(200);
        assertThat(bad.body())
                .contains("govuk-error-summary")
                .contains("href=\"#people[ETHNICITY-WHITE_BRITISH]\"")
                .contains(
                        "Enter the number of residents for White: English, Welsh, Scottish, Northern Irish or British")
                .contains("must be between 0 and 100,000,000")
                .contains("value=\"many\"");
        // Nothing was saved: the religion typed beside the bad numbers is not kept.
        assertThat(browser.get("/reports/equality/population").body()).doesNotContain("value=\"5000\"");

        var saved = browser.post(
                "/reports/equality/population",
                Map.of(
                        "people[ETHNICITY-WHITE_BRITISH]", "160,000",
                        "people[ETHNICITY-ASIAN_PAKISTANI]", "40000",
                        "people[RELIGION-MUSLIM]", "5000"));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.location()).isEqualTo("/reports/equality");

        var after = browser.get("/reports/equality?" + period);
        assertThat(after.body())
                .contains("Share of residents (%)")
                // 160,000 of 200,000 residents; the referrals' shares are hidden where a count is.
                .contains(">80.0<")
                .contains(">20.0<");
    }
}
