package org.preventduty.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preventduty.support.Api.json;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preventduty.identity.IdentityFixtures;
import org.preventduty.identity.Role;
import org.preventduty.identity.TenantSummary;
import org.preventduty.support.Api;
import org.preventduty.support.SystemSql;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/** Historic referrals brought in from a council's earlier records through the API. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({IdentityFixtures.class, SystemSql.class})
class ReferralImportIntegrationTests {

    static final String HEADER = "reference,received_on,given_name,family_name,date_of_birth,sex,postcode,sector,"
            + "type_of_concern,summary,outcome,decided_on,discussed_at_panel_on,adopted\n";

    @LocalServerPort
    int port;

    @Autowired
    IdentityFixtures fixtures;

    @Autowired
    SystemSql sql;

    Api api;
    TenantSummary tenant;
    String lead;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        tenant = fixtures.tenant();
        lead = fixtures.apiKey(tenant, Role.PREVENT_LEAD);
    }

    Api.Answer upload(String csv, boolean dryRun) {
        return api.post("/api/v1/referrals/imports" + (dryRun ? "?dryRun=true" : ""), lead, "text/csv", csv);
    }

    static Map<Long, String> rejected(Api.Answer answer) {
        var lines = new java.util.TreeMap<Long, String>();
        for (JsonNode item : answer.json().get("rejected")) {
            lines.put(item.get("line").asLong(), item.get("message").asString());
        }
        return lines;
    }

    long held(String reference) {
        return sql.<Long>run(jdbc -> jdbc.sql(
                        "select count(*) from referral where tenant_id = ? and reference = ? and imported_at is not null")
                .params(tenant.id().value(), reference)
                .query(Long.class)
                .single());
    }

    static final String FILE = HEADER
            + "OLD-2016-001,2016-05-03,Sam,Archer,2001-02-03,MALE,N1 1AA,EDUCATION,ISLAMIST,Shared a video.,,,,\n"
            + "OLD-2016-002,2016-06-10,Kim,Bowyer,1999-11-20,FEMALE,,POLICE,EXTREME_RIGHT_WING,Stickers.,"
            + "ACCEPTED_FOR_CHANNEL,2016-06-20,2016-07-05,true\n"
            + "OLD-2016-003,2016-07-01,Lee,Fletcher,2019-02-30,X,,NOT_A_SECTOR,ISLAMIST,Leaflets.,,,,\n"
            + "OLD-2016-001,2016-08-01,Sam,Archer,2001-02-03,MALE,,EDUCATION,ISLAMIST,Again.,,,,\n"
            + "OLD-2016-005,2016-09-01,Ash,Cooper,,NOT_KNOWN,,HEALTH,ISLAMIST,Talk.,NO_FURTHER_ACTION,2016-08-01,,\n"
            + "OLD-2016-006,2016-10-01,Jo,Mason,,FEMALE,,HEALTH,INCEL,Forum posts.,,,,\n";

    @Test
    void goodLinesAreKeptEveryBadLineIsReportedWithEveryReasonAndTheSameFileTwiceChangesNothing() {
        var preview = upload(FILE, true);
        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        assertThat(preview.json().get("dryRun").asBoolean()).isTrue();
        assertThat(preview.json().get("created").asInt()).isEqualTo(2);
        assertThat(rejected(preview)).containsOnlyKeys(4L, 5L, 6L, 7L);
        assertThat(held("OLD-2016-001")).isZero();

        var imported = upload(FILE, false);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().get("created").asInt()).isEqualTo(2);
        var reasons = rejected(imported);
        assertThat(reasons.get(4L))
                .contains("date_of_birth is not a date")
                .contains("sex X is not one of MALE, FEMALE, NOT_KNOWN")
                .contains("sector NOT_A_SECTOR is not one of");
        assertThat(reasons.get(5L)).contains("reference OLD-2016-001 is already on line 2");
        assertThat(reasons.get(6L)).contains("decided_on 2016-08-01 is before received_on 2016-09-01");
        assertThat(reasons.get(7L)).contains("type_of_concern INCEL is not a type of concern of the list in force");
        assertThat(held("OLD-2016-001")).isEqualTo(1);
        assertThat(held("OLD-2016-002")).isEqualTo(1);

        var again = upload(FILE, false);
        assertThat(again.json().get("created").asInt()).isZero();
        assertThat(again.json().get("unchanged").asInt()).isEqualTo(2);
        assertThat(held("OLD-2016-001")).isEqualTo(1);
    }

    @Test
    void importedReferralsCountInTheFiguresByTheirOwnDatesAndAreMarkedAsImported() {
        upload(FILE, false);

        var trend = api.get(
                "/api/v1/reports/referral-trends?from=2016-04-01&to=2017-03-31&interval=YEAR&disclosure=NONE", lead);
        assertThat(trend.status()).as(trend.body()).isEqualTo(200);
        var year = trend.json().get("periods").get(0);
        assertThat(year.get("referrals").asLong()).isEqualTo(2);
        assertThat(year.get("discussedAtPanel").asLong()).isEqualTo(1);
        assertThat(year.get("adoptedAsChannelCase").asLong()).isEqualTo(1);

        var id = sql.run(jdbc -> jdbc.sql("select id from referral where tenant_id = ? and reference = 'OLD-2016-002'")
                .param(tenant.id().value())
                .query(java.util.UUID.class)
                .single());
        var read = api.get("/api/v1/referrals/" + id, lead);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.json().get("imported").asBoolean()).isTrue();
        assertThat(read.json().get("status").asString()).isEqualTo("ACCEPTED_FOR_CHANNEL");
        assertThat(read.json().get("decision").get("decidedOn").asString()).isEqualTo("2016-06-20");
        assertThat(read.json().get("channelCaseId").isNull()).isTrue();
    }

    @Test
    void aPersonAlreadyHeldIsMatchedAndAWorkbookImportsAsItsCsvDoes() throws Exception {
        var family = "Thatcher" + (char) ('a' + ThreadLocalRandom.current().nextInt(26));
        var created = api.post(
                "/api/v1/referrals",
                lead,
                json(
                        "receivedOn",
                        "2024-01-10",
                        "referrer",
                        Map.of(
                                "name",
                                "A Teacher",
                                "organisation",
                                "Oak School",
                                "sector",
                                "EDUCATION",
                                "email",
                                "a@oak.example"),
                        "subject",
                        Map.of("givenName", "Robin", "familyName", family, "dateOfBirth", "2005-04-04", "sex", "MALE"),
                        "concern",
                        Map.of("typeOfConcern", "ISLAMIST", "summary", "Video.", "immediateRisk", false)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        var rows = new ArrayList<String[]>();
        rows.add(HEADER.strip().split(","));
        rows.add(new String[] {
            "WB-1",
            "2019-03-01",
            "Robin",
            family,
            "2005-04-04",
            "MALE",
            "",
            "EDUCATION",
            "ISLAMIST",
            "Earlier.",
            "",
            "",
            "",
            ""
        });
        rows.add(new String[] {"WB-2", "2019-03-02", "", "", "", "MALE", "", "EDUCATION", "ISLAMIST", "", "", "", "", ""
        });
        var workbook = new ByteArrayOutputStream();
        try (var book = new XSSFWorkbook()) {
            var sheet = book.createSheet();
            for (var r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r);
                for (var c = 0; c < rows.get(r).length; c++) {
                    row.createCell(c).setCellValue(rows.get(r)[c]);
                }
            }
            book.write(workbook);
        }
        var imported = api.post(
                "/api/v1/referrals/imports",
                lead,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                workbook.toByteArray());
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().get("created").asInt()).isEqualTo(1);
        assertThat(imported.json().get("matched").asInt()).isEqualTo(1);
        assertThat(rejected(imported).get(3L))
                .contains("given_name and family_name are both missing")
                .contains("summary is missing");
    }

    @Test
    void onlyAPreventLeadImportsAndAFileOfAnotherShapeIsRefusedWholeWithItsReason() {
        var wrong = upload("name,email\nA,b@example.org\n", false);
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().get("errors").get(0).get("field").asString()).isEqualTo("header");
        var referrer = api.post("/api/v1/referrals/imports", fixtures.apiKey(tenant, Role.REFERRER), "text/csv", FILE);
        assertThat(referrer.status()).isEqualTo(403);
        var future = upload(HEADER + "F-1,2999-01-01,Al,Future,,MALE,,EDUCATION,ISLAMIST,Soon.,,,,\n", false);
        assertThat(rejected(future).get(2L)).contains("received_on 2999-01-01 is in the future");
    }
}
