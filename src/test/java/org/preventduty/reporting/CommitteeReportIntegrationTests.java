package org.preventduty.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.preventduty.identity.IdentityFixtures;
import org.preventduty.identity.Role;
import org.preventduty.identity.TenantManagement;
import org.preventduty.identity.TenantScope;
import org.preventduty.support.Api;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The committee report through the API, from the demo councils' records: read back from Word with POI and from the PDF
 * with PDFBox, with Barnet's Table 1 and board schedule and Wolverhampton's sixteen recommendations as the council
 * reports print them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "service.demo.enabled=true")
@Import(IdentityFixtures.class)
class CommitteeReportIntegrationTests {

    static final String BARNET = "/api/v1/reports/committee-report?from=2018-01-01&to=2020-12-31"
            + "&committee=Adults%20and%20Safeguarding%20Committee";

    @LocalServerPort
    int port;

    @Autowired
    IdentityFixtures fixtures;

    @Autowired
    TenantManagement tenants;

    String key(String council, Role role) {
        var tenant = TenantScope.asSystem(() -> tenants.findByCode(council).orElseThrow());
        return fixtures.apiKey(tenant, role);
    }

    static List<List<String>> rows(XWPFTable table) {
        var rows = new ArrayList<List<String>>();
        table.getRows()
                .forEach(row -> rows.add(row.getTableCells().stream()
                        .map(cell -> cell.getText().strip())
                        .toList()));
        return rows;
    }

    static List<List<List<String>>> tables(byte[] docx) throws Exception {
        try (var document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            return document.getTables().stream()
                    .map(CommitteeReportIntegrationTests::rows)
                    .toList();
        }
    }

    @Test
    void barnetsReportInWordHasTable1AndTheBoardScheduleWithHeadingStylesHeaderRowsAndPageNumbers() throws Exception {
        var api = new Api(port);
        var word = api.file(BARNET + "&format=docx", key("barnet", Role.PREVENT_LEAD));

        assertThat(word.status()).isEqualTo(200);
        assertThat(word.header("Content-Type"))
                .hasValue("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(word.header("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).contains("attachment").contains(".docx"));
        var tables = tables(word.content());
        var training = tables.stream()
                .filter(t -> t.get(0).get(0).equals("Department"))
                .findFirst()
                .orElseThrow();
        assertThat(training.get(0))
                .containsExactly(
                        "Department",
                        "Staff requiring training",
                        "Staff trained",
                        "Sessions delivered",
                        "Coverage (%)");
        assertThat(training).contains(List.of("Adults and Health", "302", "287", "35", "95.0"));
        var boards = tables.stream()
                .filter(t -> t.get(0).get(0).equals("Board or committee"))
                .findFirst()
                .orElseThrow();
        assertThat(boards.stream().map(row -> row.get(0)))
                .contains(
                        "Barnet Council Management Team",
                        "The Safer Communities Partnership Board",
                        "The Adult Safeguarding Board");
        assertThat(boards).anyMatch(row -> row.contains("3 December 2019"));
        try (var document = new XWPFDocument(new ByteArrayInputStream(word.content()))) {
            assertThat(document.getParagraphs())
                    .anyMatch(
                            p -> "Heading1".equals(p.getStyle()) && p.getText().equals("Training"));
            assertThat(document.getStyles().getStyle("Heading1")).isNotNull();
            assertThat(document.getTables()).allMatch(table -> table.getRow(0).isRepeatHeader());
            var footer = document.getFooterList().get(0)._getHdrFtr().xmlText();
            assertThat(footer).contains("PAGE");
            assertThat(document.getHeaderList().get(0).getText()).contains("OFFICIAL");
        }
    }

    @Test
    void thePdfIsTaggedWithItsLanguageAndTitleAndHoldsTheSameFigures() throws Exception {
        var api = new Api(port);
        var pdf = api.file(BARNET + "&format=pdf", key("barnet", Role.PREVENT_LEAD));

        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).hasValue("application/pdf");
        try (var document = Loader.loadPDF(pdf.content())) {
            var catalog = document.getDocumentCatalog();
            assertThat(catalog.getMarkInfo()).isNotNull();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getStructureTreeRoot()).isNotNull();
            assertThat(catalog.getLanguage()).isEqualTo("en");
            assertThat(document.getDocumentInformation().getTitle()).contains("Adults and Safeguarding Committee");
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            var text = String.join(" ", new PDFTextStripper().getText(document).split("[\\s\\u00A0]+"));
            assertThat(text)
                    .contains("OFFICIAL")
                    .contains("Adults and Health")
                    .contains("302")
                    .contains("287");
            assertThat(text).contains("The Safer Communities Partnership Board");
            for (var page : document.getPages()) {
                for (var font : page.getResources().getFontNames()) {
                    assertThat(page.getResources().getFont(font).isEmbedded()).isTrue();
                }
            }
        }
        var html = api.file(BARNET + "&format=html", key("barnet", Role.REPORT_VIEWER));
        assertThat(html.status()).isEqualTo(200);
        assertThat(html.text()).contains("<html").contains("lang=\"en\"").contains("Adults and Health");
    }

    @Test
    void wolverhamptonsReportHoldsTheSixteenRecommendationsOfItsScrutinyReview() throws Exception {
        var api = new Api(port);
        var word = api.file(
                "/api/v1/reports/committee-report?from=2014-04-01&to=2015-09-08&format=docx&committee=Scrutiny%20Board",
                key("wolverhampton", Role.PREVENT_LEAD));

        assertThat(word.status()).isEqualTo(200);
        var recommendations = tables(word.content()).stream()
                .filter(t -> t.get(0).get(0).equals("No."))
                .findFirst()
                .orElseThrow();
        assertThat(recommendations).hasSize(17);
        assertThat(recommendations.stream().skip(1).map(row -> row.get(2)))
                .filteredOn("Accepted"::equals)
                .hasSize(12);
        assertThat(recommendations.stream().skip(1).map(row -> row.get(2)))
                .filteredOn("Rejected"::equals)
                .hasSize(2);
    }

    @Test
    void westminstersReportShowsItsTwoCommissionedProjectsAsItsCommitteeSawThem() throws Exception {
        var word = new Api(port)
                .file(
                        "/api/v1/reports/committee-report?from=2016-04-01&to=2017-03-31&format=docx",
                        key("westminster", Role.PREVENT_LEAD));

        assertThat(word.status()).isEqualTo(200);
        var projects = tables(word.content()).stream()
                .filter(t -> t.get(0).get(0).equals("Project"))
                .findFirst()
                .orElseThrow();
        assertThat(projects.get(0)).contains("Series delivered", "Participants");
        var series = projects.get(0).indexOf("Series delivered");
        var participants = projects.get(0).indexOf("Participants");
        assertThat(projects.stream().skip(1))
                .anyMatch(row ->
                        row.get(series).equals("9") && row.get(participants).equals("122"))
                .anyMatch(row -> row.get(participants).equals("92"));
    }

    @Test
    void birminghamsReferralsFallFrom2015To2017WithFewerFoundInappropriateEachYear() {
        var trend = new Api(port)
                .get(
                        "/api/v1/reports/referral-trends?from=2015-01-01&to=2017-12-31&interval=YEAR&disclosure=NONE",
                        key("birmingham", Role.PREVENT_LEAD));

        assertThat(trend.status()).as(trend.body()).isEqualTo(200);
        var years = new ArrayList<long[]>();
        trend.json()
                .get("periods")
                .forEach(p -> years.add(new long[] {
                    p.get("referrals").asLong(), p.get("notAppropriate").asLong()
                }));
        assertThat(years).hasSize(3);
        assertThat(years.get(0)[0]).isGreaterThan(years.get(1)[0]);
        assertThat(years.get(1)[0]).isGreaterThan(years.get(2)[0]);
        assertThat(years.get(0)[1]).isGreaterThan(years.get(1)[1]);
        assertThat(years.get(1)[1]).isGreaterThan(years.get(2)[1]);
    }

    @Test
    void theExamplesOfApiMdForTrendsAndRetentionRunsWorkAsWritten() {
        var api = new Api(port);
        var trends = api.get(
                "/api/v1/reports/referral-trends?from=2015-04-01&to=2018-03-31&interval=YEAR",
                key("birmingham", Role.PREVENT_LEAD));
        assertThat(trends.status()).as(trends.body()).isEqualTo(200);
        assertThat(trends.json().get("interval").asString()).isEqualTo("YEAR");
        assertThat(trends.json().get("periods")).hasSize(3);
        assertThat(trends.json().get("periods").get(0).get("from").asString()).isEqualTo("2015-04-01");
        assertThat(trends.json().get("periods").get(2).get("to").asString()).isEqualTo("2018-03-31");

        var run = api.post(
                "/api/v1/privacy/retention-runs",
                key("barnet", Role.TENANT_ADMIN),
                "{\"dryRun\": true, \"asOf\": \"2031-01-01\"}");
        assertThat(run.status()).as(run.body()).isEqualTo(200);
        assertThat(run.json().get("dryRun").asBoolean()).isTrue();
        assertThat(run.json().get("asOf").asString()).isEqualTo("2031-01-01");
        assertThat(run.json().get("deleted").asInt()).isZero();
        assertThat(run.json().get("due").size()).isPositive();
    }

    @Test
    void aFormatPeriodOrRoleNotAllowedIsRefusedNamingTheField() {
        var api = new Api(port);
        var lead = key("barnet", Role.PREVENT_LEAD);
        var format = api.get("/api/v1/reports/committee-report?from=2018-01-01&to=2020-12-31&format=xls", lead);
        assertThat(format.status()).isEqualTo(400);
        assertThat(format.json().get("errors").get(0).get("field").asString()).isEqualTo("format");
        var backwards = api.get("/api/v1/reports/committee-report?from=2020-01-01&to=2019-12-31&format=pdf", lead);
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.json().get("errors").get(0).get("field").asString())
                .isEqualTo("to");
        assertThat(api.get("/api/v1/reports/committee-report?from=1990-01-01&to=2020-12-31&format=pdf", lead)
                        .status())
                .isEqualTo(400);
        for (var role : List.of(Role.REFERRER, Role.CASE_WORKER, Role.TRAINING_ADMIN)) {
            assertThat(api.get(
                                    "/api/v1/reports/committee-report?from=2018-01-01&to=2020-12-31&format=pdf",
                                    key("barnet", role))
                            .status())
                    .as(role.name())
                    .isEqualTo(403);
        }
    }
}
