package org.preventduty.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preventduty.support.Api.json;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.preventduty.identity.IdentityFixtures;
import org.preventduty.identity.Role;
import org.preventduty.support.Api;
import org.preventduty.support.ApiReferrals;
import org.preventduty.support.Browser;
import org.preventduty.support.SystemSql;
import org.preventduty.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Subject access: the Prevent lead records a request (a task due a month on), makes the export with their second
 * factor again, withholding the referrer's identity; the ZIP holds the JSON and a PDF the person reads, every module's
 * part, who read the records, and what was withheld with the exemption; and every module that keeps people referred
 * takes part.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({IdentityFixtures.class, TestClock.Config.class, SystemSql.class})
class SubjectAccessIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    IdentityFixtures fixtures;

    @Autowired
    TestClock clock;

    @Autowired
    SystemSql sql;

    @Autowired
    List<SubjectAccessPart> parts;

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/London"));
    }

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        var files = new HashMap<String, byte[]>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    @Test
    void theLeadAnswersARequestWithAnExportThatHoldsEveryPartAndLeavesOutWhatIsWithheld() throws Exception {
        var api = new Api(port);
        var tenant = fixtures.tenant();
        var leadKey = fixtures.apiKey(tenant, Role.PREVENT_LEAD);
        var created = ApiReferrals.make(
                api,
                leadKey,
                ApiReferrals.body(
                        today().minusDays(20),
                        "Sasha",
                        "Subject",
                        false,
                        Map.of("household", List.of(Map.of("name", "Morgan Subject", "relationship", "Parent")))));
        var referral = created.get("id").asString();
        var reference = created.get("reference").asString();
        var personId = ApiReferrals.person(api, leadKey, referral);

        var lead = fixtures.userWithTwoFactors(tenant, Role.PREVENT_LEAD);
        var browser = new Browser(port);
        browser.signIn(lead.email(), IdentityFixtures.PASSWORD, fixtures.code(lead));
        var page = browser.get("/people/" + personId + "/subject-access");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Sasha Subject").contains("No request has been recorded");

        var tomorrow = today().plusDays(1);
        var future = browser.post(
                "/people/" + personId + "/subject-access-requests",
                Map.of(
                        "receivedOnDay", String.valueOf(tomorrow.getDayOfMonth()),
                        "receivedOnMonth", String.valueOf(tomorrow.getMonthValue()),
                        "receivedOnYear", String.valueOf(tomorrow.getYear())));
        assertThat(future.body()).contains("must be today or in the past");
        var received = today().minusDays(3);
        var recorded = browser.post(
                "/people/" + personId + "/subject-access-requests",
                Map.of(
                        "receivedOnDay", String.valueOf(received.getDayOfMonth()),
                        "receivedOnMonth", String.valueOf(received.getMonthValue()),
                        "receivedOnYear", String.valueOf(received.getYear())));
        assertThat(recorded.status()).isEqualTo(302);
        assertThat(browser.get("/tasks").body())
                .contains("Answer the subject access request received on " + received)
                .contains("/people/" + personId + "/subject-access");

        clock.advance(org.preventduty.identity.StepUp.REMEMBERED.plusSeconds(1));
        browser.get("/people/" + personId + "/subject-access");
        var wrongCode = browser.postMulti(
                "/people/" + personId + "/subject-access-export",
                List.of(Map.entry("withhold", "REFERRER_IDENTITY"), Map.entry("code", "000000")));
        assertThat(wrongCode.status()).isEqualTo(200);
        assertThat(wrongCode.body()).contains("The code is not right.");
        assertThat(sql.auditCount("SUBJECT_ACCESS_EXPORTED", UUID.fromString(personId)))
                .isZero();

        clock.advance(Duration.ofSeconds(31));
        var made = browser.postMultiFile(
                "/people/" + personId + "/subject-access-export",
                List.of(Map.entry("withhold", "REFERRER_IDENTITY"), Map.entry("code", fixtures.code(lead))));
        assertThat(made.status()).isEqualTo(200);
        assertThat(made.header("Content-Type")).hasValue("application/zip");
        var files = unzip(made.content());
        assertThat(files).containsKeys("subject-access.json", "subject-access.pdf");

        var json = new String(files.get("subject-access.json"), StandardCharsets.UTF_8);
        JsonNode export = JsonMapper.builder().build().readTree(json);
        assertThat(export.get("person").asString()).isEqualTo("Sasha Subject");
        var referralPart = export.get("referrals").get("referrals").get(0);
        assertThat(referralPart.get("reference").asString()).isEqualTo(reference);
        assertThat(referralPart.get("concern").asString()).isEqualTo("What was seen.");
        assertThat(referralPart.has("referrer")).isFalse();
        assertThat(json).doesNotContain("Riley Referrer").doesNotContain("riley@example.org");
        assertThat(json).contains("Morgan Subject");
        assertThat(export.get("withheld").get(0).get("what").asString()).isEqualTo("REFERRER_IDENTITY");
        assertThat(export.get("withheld").get(0).get("exemption").asString()).contains("paragraph 16");
        assertThat(export.has("channel")).isTrue();
        assertThat(export.get("whoReadTheRecords").size()).isPositive();

        try (var pdf = Loader.loadPDF(files.get("subject-access.pdf"))) {
            var text = new PDFTextStripper().getText(pdf);
            assertThat(text)
                    .contains("What the council holds about you")
                    .contains("Sasha Subject")
                    .contains(reference)
                    .contains("Who has read your records")
                    .contains("Who made the referral")
                    .doesNotContain("Riley Referrer");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en");
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
        }
        assertThat(sql.auditCount("SUBJECT_ACCESS_EXPORTED", UUID.fromString(personId)))
                .isEqualTo(1);
        assertThat(browser.get("/people/" + personId + "/subject-access").body())
                .contains("answered");
        assertThat(browser.get("/tasks").body()).doesNotContain("Answer the subject access request");

        var byApi = api.file("/api/v1/people/" + personId + "/subject-access-export?withhold=OTHER_PEOPLE", leadKey);
        assertThat(byApi.status()).isEqualTo(200);
        var apiJson = new String(unzip(byApi.content()).get("subject-access.json"), StandardCharsets.UTF_8);
        assertThat(apiJson).contains("Riley Referrer").doesNotContain("Morgan Subject");
        assertThat(api.get("/api/v1/people/" + personId + "/subject-access-export?withhold=EVERYTHING", leadKey)
                        .status())
                .isEqualTo(400);
        assertThat(api.get(
                                "/api/v1/people/" + personId + "/subject-access-export",
                                fixtures.apiKey(fixtures.tenant(), Role.PREVENT_LEAD))
                        .status())
                .isEqualTo(404);
        assertThat(api.get(
                                "/api/v1/people/" + personId + "/subject-access-export",
                                fixtures.apiKey(tenant, Role.REFERRER))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void everyModuleThatKeepsPeopleReferredGivesItsPartOfTheExport() throws IOException {
        // A module keeps people referred when one of its tables has a person_id. The audit trail's part (who read the
        // records) and the privacy module's own records are added by the export itself.
        var keeping = new TreeSet<String>();
        try (var files = Files.walk(Path.of("src/main/resources/db/migration"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                if (Files.readString(file).contains("person_id")) {
                    keeping.add(file.getParent().getFileName().toString());
                }
            }
        }
        keeping.removeAll(List.of("audit", "privacy"));
        var giving = new TreeSet<String>();
        parts.forEach(part -> {
            var name = part.getClass().getName().replace("org.preventduty.", "");
            giving.add(name.substring(0, name.indexOf('.')));
        });
        assertThat(keeping).isNotEmpty();
        assertThat(giving).isEqualTo(keeping);
    }
}
