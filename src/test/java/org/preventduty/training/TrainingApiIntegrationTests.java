package org.preventduty.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preventduty.support.Api.json;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preventduty.identity.IdentityFixtures;
import org.preventduty.identity.Role;
import org.preventduty.shared.Spreadsheets;
import org.preventduty.support.Api;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(IdentityFixtures.class)
class TrainingApiIntegrationTests {

    static final String HEADER = "staff_id,name,email,organisation,department,role,required_tier,start_date,end_date\n";

    @LocalServerPort
    int port;

    @Autowired
    IdentityFixtures fixtures;

    Api api;
    String admin;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        admin = fixtures.apiKey(fixtures.tenant(), Role.TRAINING_ADMIN);
    }

    Api.Answer staff(String csv) {
        return api.post("/api/v1/training/staff", admin, "text/csv", csv);
    }

    Api.Answer completions(String csv) {
        return api.post("/api/v1/training/completions", admin, "text/csv", csv);
    }

    void course(String code, int tier, int months) {
        var created = api.post(
                "/api/v1/training/courses",
                admin,
                json("code", code, "title", code + " course", "tier", tier, "validityMonths", months));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    static Map<String, JsonNode> rows(JsonNode coverage) {
        var rows = new java.util.HashMap<String, JsonNode>();
        coverage.get("rows").forEach(row -> rows.put(row.get("department").asString(), row));
        return rows;
    }

    @Test
    void coverageOnADayMatchesAHandComputedDataset() {
        course("WRAP3", 2, 36);
        course("ELEARN", 1, 12);
        var imported = staff(HEADER
                + "A1,Alex One,a1@council.example,Council,Adults,Social worker,2,2015-01-01,\n"
                + "A2,Alex Two,,Council,Adults,Social worker,2,,\n"
                + "A3,Alex Three,,Council,Adults,Support worker,2,,\n"
                + "A4,Alex Four,,Council,Adults,Social worker,2,,2020-12-30\n"
                + "A5,Alex Five,,Council,Adults,Social worker,2,2021-01-04,\n"
                + "A6,Alex Six,,Council,Adults,Finance officer,,,\n"
                + "B1,Billie One,,Council,Children,Youth worker,1,,\n"
                + "B2,Billie Two,,Council,Children,Youth worker,1,,\n");
        assertThat(imported.json().get("created").asInt()).isEqualTo(8);
        var done = completions("staff_id,course_code,completed_on\n"
                + "A1,WRAP3,2019-01-10\n"
                + "A2,WRAP3,2017-06-01\n"
                + "A3,ELEARN,2020-06-01\n"
                + "A4,WRAP3,2020-01-01\n"
                + "B2,ELEARN,2020-01-01\n");
        assertThat(done.json().get("created").asInt()).isEqualTo(5);
        var session = api.post(
                "/api/v1/training/sessions",
                admin,
                json(
                        "courseCode",
                        "WRAP3",
                        "deliveredOn",
                        "2019-03-05",
                        "department",
                        "Children",
                        "trainer",
                        "T",
                        "attendees",
                        List.of("B1")));
        assertThat(session.status()).isEqualTo(201);
        for (var day : List.of("2018-02-01", "2020-11-30", "2017-12-31")) {
            api.post(
                    "/api/v1/training/sessions",
                    admin,
                    json("courseCode", "WRAP3", "deliveredOn", day, "department", "Adults", "attendees", List.of()));
        }

        var coverage = api.get(
                "/api/v1/training/coverage?asOf=2020-12-31&sessionsFrom=2018-01-01&sessionsTo=2020-12-31", admin);

        assertThat(coverage.status()).as(coverage.body()).isEqualTo(200);
        var rows = rows(coverage.json());
        // Adults: A1 trained; A2 expired in June 2020; A3 holds only tier 1; A4 left, A5 not started, A6 needs none.
        assertThat(rows.get("Adults").get("requiringTraining").asLong()).isEqualTo(3);
        assertThat(rows.get("Adults").get("trained").asLong()).isEqualTo(1);
        assertThat(rows.get("Adults").get("sessionsDelivered").asLong()).isEqualTo(2);
        assertThat(rows.get("Adults").get("coveragePercent").asDouble()).isEqualTo(33.3);
        // Children: B1 by the session (tier 2 meets tier 1), B2 by e-learning still valid that day.
        assertThat(rows.get("Children").get("trained").asLong()).isEqualTo(2);
        assertThat(rows.get("Children").get("coveragePercent").asDouble()).isEqualTo(100.0);
        var total = coverage.json().get("total");
        assertThat(total.get("requiringTraining").asLong()).isEqualTo(5);
        assertThat(total.get("trained").asLong()).isEqualTo(3);
        assertThat(total.get("sessionsDelivered").asLong()).isEqualTo(3);
        assertThat(total.get("coveragePercent").asDouble()).isEqualTo(60.0);
    }

    @Test
    void nationalCoverageHasARowPerCouncilForNationalAnalystsOnlyAndNarrowsByRegion() {
        course("WRAP3", 2, 36);
        staff(HEADER + "N1,North One,,Council,Adults,,2,,\nN2,North Two,,Council,Adults,,2,,\n");
        completions("staff_id,course_code,completed_on\nN1,WRAP3,2020-06-01\n");
        var london = fixtures.tenant(org.preventduty.identity.Region.LONDON);
        var londonAdmin = fixtures.apiKey(london, Role.TRAINING_ADMIN);
        api.post(
                "/api/v1/training/courses",
                londonAdmin,
                json("code", "WRAP3", "title", "WRAP", "tier", 2, "validityMonths", 36));
        api.post("/api/v1/training/staff", londonAdmin, "text/csv", HEADER + "L1,London One,,Council,Adults,,2,,\n");
        var analyst = fixtures.apiKey(null, Role.NATIONAL_ANALYST);
        var query = "/api/v1/training/coverage/national?asOf=2020-12-31&sessionsFrom=2018-01-01&sessionsTo=2020-12-31";

        var national = api.get(query, analyst);

        assertThat(national.status()).as(national.body()).isEqualTo(200);
        var councils = new java.util.HashMap<String, JsonNode>();
        national.json().get("rows").forEach(row -> councils.put(row.get("name").asString(), row));
        var mine = councils.values().stream()
                .filter(row -> row.get("requiringTraining").asLong() == 2
                        && row.get("trained").asLong() == 1)
                .toList();
        assertThat(mine).isNotEmpty();
        assertThat(mine.get(0).get("coveragePercent").decimalValue()).isEqualByComparingTo("50.0");
        assertThat(councils.get(london.name()).get("requiringTraining").asLong())
                .isEqualTo(1);
        var total = national.json().get("total");
        assertThat(total.get("requiringTraining").asLong())
                .isEqualTo(councils.values().stream()
                        .mapToLong(row -> row.get("requiringTraining").asLong())
                        .sum());

        var londonOnly = api.get(query + "&region=LONDON", analyst).json().get("rows");
        londonOnly.forEach(row -> assertThat(row.get("region").asString()).isEqualTo("LONDON"));
        assertThat(api.get(query, admin).status()).isEqualTo(403);
        assertThat(api.get(query + "&region=ATLANTIS", analyst).status()).isEqualTo(400);
    }

    @Test
    void anImportKeepsEveryGoodLineReportsEveryBadOneAndTheSameFileTwiceChangesNothing() {
        var file = HEADER
                + "S1,Sam One,sam@council.example,Council,Adults,Social worker,2,2019-01-01,\n"
                + ",No Id,,Council,Adults,,2,,\n"
                + "S2,Sam Two,not-an-email,Council,Adults,,2,,\n"
                + "S3,Sam Three,,Council,Adults,,4,,\n"
                + "S4,Sam Four,,Council,Adults,,2,2020-31-01,\n"
                + "S5,Sam Five,,Council,Adults,,2,2020-01-01,2019-01-01\n"
                + "S1,Sam Again,,Council,Adults,,2,,\n"
                + "S6,Sam Six,,Council\n"
                + "S7,=HYPERLINK(\"http://x.example\"),,Council,Adults,,2,,\n";

        var first = staff(file);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("created").asInt()).isEqualTo(2);
        var rejected = first.json().get("rejected");
        assertThat(rejected.size()).isEqualTo(7);
        assertThat(rejected.toString())
                .contains("\"line\":3")
                .contains("staff_id is missing")
                .contains("email is not an email address")
                .contains("required_tier must be 1, 2 or 3")
                .contains("start_date is not a date")
                .contains("end_date is before start_date")
                .contains("already on line 2")
                .contains("\"line\":9");

        var again = staff(file);
        assertThat(again.json().get("created").asInt()).isZero();
        assertThat(again.json().get("updated").asInt()).isZero();

        var leaver =
                staff(HEADER + "S1,Sam One,sam@council.example,Council,Adults,Social worker,2,2019-01-01,2020-06-30\n");
        assertThat(leaver.json().get("updated").asInt()).isEqualTo(1);
        assertThat(leaver.json().get("created").asInt()).isZero();
    }

    @Test
    void aRejectedLineIsReportedWithEveryReasonNotOnlyTheFirst() {
        var result = staff(HEADER + ",,not-an-email,,Adults,,7,2020-31-01,\n" + "S8,Sam Eight,,Council,Adults,,2,,\n");

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.json().get("created").asInt()).isEqualTo(1);
        var message = result.json().get("rejected").get(0).get("message").asString();
        assertThat(message)
                .contains("staff_id is missing")
                .contains("name is missing")
                .contains("email is not an email address")
                .contains("organisation is missing")
                .contains("required_tier must be 1, 2 or 3")
                .contains("start_date is not a date");
    }

    @Test
    void aFileThatIsNotCsvOrHoldsANulIsRefusedInWordsNotInTheNamesOfTheCode() {
        var broken = staff(HEADER + "S1,\"Sam One,,Council,Adults,,2,,\nS2,Sam,,Council,,,2,,\n");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.body())
                .contains("cannot be read as CSV")
                .doesNotContain("org.apache")
                .doesNotContain("Exception");

        var nul = staff(HEADER + "S1,Sam\u0000One,,Council,Adults,,2,,\nS2,Sam Two,,Council,Adults,,2,,\n");
        assertThat(nul.status()).isEqualTo(200);
        assertThat(nul.json().get("created").asInt()).isEqualTo(1);
        assertThat(nul.json().get("rejected").get(0).get("message").asString()).contains("NUL");
    }

    @Test
    void completionsOfUnknownStaffOrCoursesOrBadDatesAreRejectedLineByLine() {
        course("WRAP3", 2, 36);
        staff(HEADER + "S1,Sam One,,Council,Adults,,2,,\n");

        var result = completions("staff_id,course_code,completed_on\n"
                + "S1,WRAP3,2020-01-01\n"
                + "S9,WRAP3,2020-01-01\n"
                + "S1,NOPE,2020-01-01\n"
                + "S1,WRAP3,01/02/2020\n"
                + "S1,WRAP3,2999-01-01\n"
                + "S1,WRAP3,2020-01-01\n");

        assertThat(result.json().get("created").asInt()).isEqualTo(1);
        assertThat(result.json().get("rejected").toString())
                .contains("not a known member of staff")
                .contains("not a known course")
                .contains("completed_on is not a date")
                .contains("completed_on is in the future")
                .contains("already on line 2");
        assertThat(completions("staff_id,course_code,completed_on\nS1,WRAP3,2020-01-01\n")
                        .json()
                        .get("created")
                        .asInt())
                .isZero();
    }

    @Test
    void anExcelWorkbookIsImportedThroughTheApiAndJunkIsABadRequest() throws Exception {
        var header = HEADER.strip().split(",");
        var workbook = TrainingWebIntegrationTests.workbook(
                header, new Object[] {"K1", "Kit One", null, "Council", "Adults", "Officer", 1, null, null});
        var client = java.net.http.HttpClient.newHttpClient();
        var post = (java.util.function.Function<byte[], java.net.http.HttpResponse<String>>) body -> {
            try {
                return client.send(
                        java.net.http.HttpRequest.newBuilder(
                                        java.net.URI.create("http://127.0.0.1:" + port + "/api/v1/training/staff"))
                                .header("Authorization", "Bearer " + admin)
                                .header("Content-Type", Spreadsheets.XLSX)
                                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };

        var imported = post.apply(workbook);
        assertThat(imported.statusCode()).isEqualTo(200);
        assertThat(imported.body()).contains("\"created\":1");
        var junk = post.apply(new byte[] {1, 2, 3});
        assertThat(junk.statusCode()).isEqualTo(400);
        assertThat(junk.body()).contains("cannot be read as an Excel workbook");
    }

    @Test
    void aLargeFileIsImportedAndAWrongHeaderOrTypeIsRefusedWhole() {
        var large = new StringBuilder(HEADER);
        for (var i = 0; i < 5_000; i++) {
            large.append("L")
                    .append(i)
                    .append(",Person ")
                    .append(i)
                    .append(",,Council,Dept ")
                    .append(i % 7)
                    .append(",Officer,1,,\n");
        }
        assertThat(staff(large.toString()).json().get("created").asInt()).isEqualTo(5_000);

        var wrongHeader = staff("id,name\nX,Y\n");
        assertThat(wrongHeader.status()).isEqualTo(400);
        assertThat(wrongHeader.body()).contains("staff_id,name,email");
        assertThat(api.post("/api/v1/training/staff", admin, "application/json", "{}")
                        .status())
                .isEqualTo(415);
        var referrer = fixtures.apiKey(fixtures.tenant(), Role.REFERRER);
        assertThat(api.post("/api/v1/training/staff", referrer, "text/csv", HEADER)
                        .status())
                .isEqualTo(403);
        assertThat(api.post(
                                "/api/v1/training/courses",
                                admin,
                                json("code", "X", "title", "X", "tier", 9, "validityMonths", 36))
                        .status())
                .isEqualTo(400);
        course("DUP", 1, 12);
        assertThat(api.post(
                                "/api/v1/training/courses",
                                admin,
                                json("code", "DUP", "title", "X", "tier", 1, "validityMonths", 12))
                        .status())
                .isEqualTo(409);
    }
}
