package org.preventduty.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.preventduty.support.Browser;
import org.preventduty.support.SystemSql;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The committee report made in the browser by Barnet's demo Prevent lead: every wrong answer named beside its field,
 * the officer's words kept as revisions, the preview and the Word document with Table 1 as the council's report
 * prints it, a final report that no longer changes, and who may read and make reports.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "service.demo.enabled=true")
@Import(SystemSql.class)
class CommitteeReportPagesIntegrationTests {

    static final String PASSWORD = "demo-only-password";

    @LocalServerPort
    int port;

    @Autowired
    SystemSql sql;

    Browser signedIn(String email) {
        var browser = new Browser(port);
        assertThat(browser.signIn(email, PASSWORD).status()).isEqualTo(302);
        return browser;
    }

    static List<Map.Entry<String, String>> form(String committee, String from, String to, String... sections) {
        var fields = new ArrayList<Map.Entry<String, String>>();
        fields.add(Map.entry("committee", committee));
        var start = from.split("-", -1);
        var end = to.split("-", -1);
        fields.add(Map.entry("fromYear", start[0]));
        fields.add(Map.entry("fromMonth", start.length > 1 ? start[1] : ""));
        fields.add(Map.entry("fromDay", start.length > 2 ? start[2] : ""));
        fields.add(Map.entry("toYear", end[0]));
        fields.add(Map.entry("toMonth", end.length > 1 ? end[1] : ""));
        fields.add(Map.entry("toDay", end.length > 2 ? end[2] : ""));
        for (var section : sections) {
            fields.add(Map.entry("sections", section));
        }
        return fields;
    }

    String start(Browser lead, String... sections) {
        lead.get("/reports/committee/new");
        var made = lead.postMulti(
                "/reports/committee", form("Adults and Safeguarding Committee", "2018-01-01", "2020-12-31", sections));
        assertThat(made.status()).isEqualTo(302);
        assertThat(made.location()).matches("/reports/committee/[0-9a-f-]{36}");
        return made.location().substring("/reports/committee/".length());
    }

    @Test
    void barnetsLeadMakesTheFebruary2020ReportAndItsWordDocumentHasTable1() throws Exception {
        var lead = signedIn("prevent-lead@barnet.example");
        var id = start(lead, "BACKGROUND", "GOVERNANCE", "TRAINING", "RECOMMENDATIONS");

        var page = lead.get("/reports/committee/" + id);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("Adults and Safeguarding Committee")
                .contains("1 January 2018 to 31 December 2020")
                .contains("name=\"words[TRAINING]\"")
                .doesNotContain("name=\"words[CHANNEL]\"");

        var saved = lead.post(
                "/reports/committee/" + id + "/words",
                Map.of(
                        "version", "0",
                        "words[TRAINING]", "Adults and Health staff have been trained in WRAP3 since January 2018.",
                        "words[RECOMMENDATIONS]", "That the committee notes the progress."));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(lead.get("/reports/committee/" + id).body())
                .contains("The words were saved as a new revision.")
                .contains("Adults and Health staff have been trained in WRAP3 since January 2018.");

        var preview = lead.get("/reports/committee/" + id + "/preview");
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.body())
                .contains("Adults and Health")
                .contains(">302<")
                .contains(">287<")
                .contains(">35<")
                .contains("Barnet Council Management Team")
                .contains("Adults and Health staff have been trained in WRAP3 since January 2018.");

        var word = lead.download("/reports/committee/" + id + "/report.docx");
        assertThat(word.status()).isEqualTo(200);
        assertThat(word.header("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).contains("attachment").contains(".docx"));
        var training = CommitteeReportIntegrationTests.tables(word.content()).stream()
                .filter(t -> t.get(0).get(0).equals("Department"))
                .findFirst()
                .orElseThrow();
        assertThat(training).contains(List.of("Adults and Health", "302", "287", "35", "95.0"));
        var pdf = lead.download("/reports/committee/" + id + "/report.pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(new String(pdf.content(), 0, 5)).isEqualTo("%PDF-");
        assertThat(lead.download("/reports/committee/" + id + "/report.odt").status())
                .isEqualTo(404);

        assertThat(sql.auditCount("COMMITTEE_REPORT_STARTED", UUID.fromString(id)))
                .isEqualTo(1);
        assertThat(sql.auditCount("COMMITTEE_REPORT_SAVED", UUID.fromString(id)))
                .isEqualTo(1);
        assertThat(sql.auditCount("COMMITTEE_REPORT_PREVIEWED", UUID.fromString(id)))
                .isEqualTo(1);
        assertThat(sql.auditCount("COMMITTEE_REPORT_DOWNLOADED", UUID.fromString(id)))
                .isEqualTo(2);
    }

    @Test
    void everyWrongAnswerIsNamedBesideItsFieldAndNothingIsSaved() {
        var lead = signedIn("prevent-lead@barnet.example");
        var before = reports(lead.get("/reports/committee").body());

        var blank = lead.get("/reports/committee/new").body();
        // Every section is chosen to begin with, each box followed at once by its label, which draws the tick.
        assertThat(java.util.regex.Pattern.compile("value=\"BACKGROUND\"[^>]*checked=\"checked\"[^>]*>\\s*<label")
                        .matcher(blank)
                        .find())
                .isTrue();
        var empty = lead.postMulti("/reports/committee", form("", "", ""));
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.body())
                .contains("There is a problem")
                .contains("href=\"#committee\"")
                .contains("Enter the committee the report goes to.")
                .contains("Enter the start of the period as a real day")
                .contains("Enter the end of the period as a real day")
                .contains("Select at least one section.")
                .contains("<title>Error: ");

        var backwards =
                lead.postMulti("/reports/committee", form("Scrutiny Board", "2020-02-30", "2019-01-01", "TRAINING"));
        assertThat(backwards.body()).contains("Enter the start of the period as a real day");
        var reversed =
                lead.postMulti("/reports/committee", form("Scrutiny Board", "2020-01-01", "2019-01-01", "TRAINING"));
        assertThat(reversed.body()).contains("The end of the period must not be before its start.");
        var future =
                lead.postMulti("/reports/committee", form("Scrutiny Board", "2026-01-01", "2030-01-01", "TRAINING"));
        assertThat(future.body()).contains("The end of the period must be today or in the past.");
        var tooLong =
                lead.postMulti("/reports/committee", form("Scrutiny Board", "1990-01-01", "2020-01-01", "TRAINING"));
        assertThat(tooLong.body()).contains("The period must be no longer than 20 years.");
        var longName =
                lead.postMulti("/reports/committee", form("x".repeat(301), "2019-01-01", "2020-01-01", "TRAINING"));
        assertThat(longName.body()).contains("The committee&#39;s name must be 300 characters or fewer.");
        assertThat(backwards.body()).contains("value=\"Scrutiny Board\"");

        assertThat(reports(lead.get("/reports/committee").body())).isEqualTo(before);
    }

    /** The links to reports on the list page. */
    static List<String> reports(String page) {
        return java.util.regex.Pattern.compile("href=\"/reports/committee/([0-9a-f-]{36})\"")
                .matcher(page)
                .results()
                .map(m -> m.group(1))
                .toList();
    }

    @Test
    void wordsSavedByAnotherSinceTheyWereReadAreNotOverwrittenAndWhatWasTypedStaysOnThePage() {
        var lead = signedIn("prevent-lead@barnet.example");
        var id = start(lead, "BACKGROUND");
        lead.get("/reports/committee/" + id);
        lead.post("/reports/committee/" + id + "/words", Map.of("version", "0", "words[BACKGROUND]", "First words."));

        var stale = lead.post(
                "/reports/committee/" + id + "/words", Map.of("version", "0", "words[BACKGROUND]", "Later words."));
        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.body())
                .contains("Someone else saved this report since you opened it.")
                .contains("Later words.");
        assertThat(lead.get("/reports/committee/" + id + "/preview").body())
                .contains("First words.")
                .doesNotContain("Later words.");

        var tooLong = lead.post(
                "/reports/committee/" + id + "/words", Map.of("version", "1", "words[BACKGROUND]", "w".repeat(20_001)));
        assertThat(tooLong.status()).isEqualTo(200);
        assertThat(tooLong.body()).contains("The words of a section must be 20,000 characters or fewer.");
    }

    @Test
    void aFinalReportKeepsItsWordsAndNoLongerChanges() {
        var lead = signedIn("prevent-lead@barnet.example");
        var id = start(lead, "TRAINING");
        lead.get("/reports/committee/" + id);
        lead.post("/reports/committee/" + id + "/words", Map.of("version", "0", "words[TRAINING]", "Kept words."));
        lead.get("/reports/committee/" + id);

        assertThat(lead.get("/reports/committee/" + id + "/final").body()).contains("Mark the report as final");
        var finalised = lead.post("/reports/committee/" + id + "/final", Map.of("version", "1"));
        assertThat(finalised.status()).isEqualTo(302);
        var page = lead.get("/reports/committee/" + id).body();
        assertThat(page)
                .contains("The report was marked final.")
                .contains("Final")
                .doesNotContain("words[TRAINING]");

        var changed = lead.post(
                "/reports/committee/" + id + "/words", Map.of("version", "2", "words[TRAINING]", "Changed words."));
        assertThat(changed.body()).contains("A report marked final no longer changes.");
        assertThat(lead.get("/reports/committee/" + id + "/preview").body())
                .contains("Kept words.")
                .doesNotContain("Changed words.");
        assertThat(lead.get("/reports/committee/" + id + "/final").location()).isEqualTo("/reports/committee/" + id);
    }

    @Test
    void reportViewersReadReportsButDoNotMakeThemAndReferrersSeeNone() {
        var lead = signedIn("prevent-lead@barnet.example");
        var id = start(lead, "CHANNEL");

        var viewer = signedIn("report-viewer@barnet.example");
        var list = viewer.get("/reports/committee");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("/reports/committee/" + id).doesNotContain("/reports/committee/new");
        var report = viewer.get("/reports/committee/" + id);
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.body()).doesNotContain("words[CHANNEL]").doesNotContain("Mark as final");
        assertThat(viewer.get("/reports/committee/new").status()).isEqualTo(403);
        assertThat(viewer.post("/reports/committee/" + id + "/final", Map.of("version", "0"))
                        .status())
                .isEqualTo(403);

        var referrer = signedIn("referrer@barnet.example");
        assertThat(referrer.get("/reports/committee").status()).isEqualTo(403);
        assertThat(referrer.get("/reports/committee/" + id).status()).isEqualTo(403);

        var otherCouncil = signedIn("prevent-lead@birmingham.example");
        assertThat(otherCouncil.get("/reports/committee/" + id).status()).isEqualTo(404);
        assertThat(otherCouncil.get("/reports/committee/not-a-report").status()).isEqualTo(404);
    }
}
