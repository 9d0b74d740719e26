package org.preventduty.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preventduty.support.FormFields.day;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preventduty.identity.IdentityFixtures;
import org.preventduty.identity.IdentityFixtures.TestUser;
import org.preventduty.identity.Role;
import org.preventduty.identity.TenantSummary;
import org.preventduty.referrals.ReferralFixtures;
import org.preventduty.referrals.ReferralTriage;
import org.preventduty.referrals.ScreeningDecision;
import org.preventduty.referrals.ScreeningOutcome;
import org.preventduty.support.SystemSql;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/** Finding a case from the header and the cases page, and its chronology page with notes added and corrected. */
@SpringBootTest
@AutoConfigureMockMvc
@Import({IdentityFixtures.class, SystemSql.class, ReferralFixtures.class})
class CaseChronologyWebIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    IdentityFixtures fixtures;

    @Autowired
    ReferralFixtures referrals;

    @Autowired
    ReferralTriage triage;

    @Autowired
    SystemSql sql;

    TenantSummary tenant;
    TestUser lead;
    String surname;
    UUID caseId;

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        lead = fixtures.user(tenant, Role.PREVENT_LEAD);
        surname = "Quill" + (char) ('a' + (int) (Math.random() * 26)) + (char) ('a' + (int) (Math.random() * 26));
        var submitted = referrals.submit(
                lead,
                ReferralFixtures.complete("Morgan", surname, LocalDate.of(2010, 3, 4))
                        .build(),
                today().minusDays(31));
        caseId = referrals
                .decide(
                        lead,
                        submitted.id(),
                        new ScreeningDecision(
                                ScreeningOutcome.ACCEPTED_FOR_CHANNEL,
                                true,
                                "Clear vulnerability.",
                                null,
                                null,
                                today().minusDays(30)))
                .channelCaseId();
    }

    @Test
    void theLeadFindsACaseFromTheHeaderByPartOfTheSurnameOrTheDateOfBirth() throws Exception {
        var home = as(lead, get("/home")).getContentAsString();
        assertThat(home).contains("id=\"header-search\"").contains("action=\"/channel/cases\"");

        var bySurname =
                as(lead, get("/channel/cases").param("q", surname.substring(1))).getContentAsString();
        assertThat(bySurname).contains("/channel/cases/" + caseId).contains("Morgan " + surname);
        var byBirth = as(lead, get("/channel/cases").param("q", "4/3/2010")).getContentAsString();
        assertThat(byBirth).contains("/channel/cases/" + caseId);
        var none =
                as(lead, get("/channel/cases").param("q", "Nobody" + surname)).getContentAsString();
        assertThat(none).contains("No case you may see matches your search").doesNotContain("/channel/cases/" + caseId);

        var tooShort = as(lead, get("/channel/cases").param("q", "Q")).getContentAsString();
        assertThat(tooShort)
                .contains("<title>Error: ")
                .contains("<a href=\"#q\">Search with at least 2 characters</a>")
                .contains("value=\"Q\"");
        var tampered = as(lead, get("/channel/cases").param("status", "NOT_A_STATUS"));
        assertThat(tampered.getStatus()).isEqualTo(200);
        assertThat(tampered.getContentAsString()).contains("<title>Error: ");

        var referrer = fixtures.user(tenant, Role.REFERRER);
        assertThat(as(referrer, get("/home")).getContentAsString()).doesNotContain("header-search");
        assertThat(as(referrer, get("/channel/cases").param("q", surname)).getStatus())
                .isEqualTo(403);
    }

    @Test
    void aNoteIsAddedToTheChronologyWithEachProblemNamedAndCorrectedKeepingItsEarlierWording() throws Exception {
        var chronology = as(lead, get("/channel/cases/" + caseId + "/chronology"));
        assertThat(chronology.getStatus()).isEqualTo(200);
        assertThat(chronology.getContentAsString())
                .contains("Chronology: Morgan " + surname)
                .contains("aria-current=\"page\"")
                .contains("Case opened")
                .contains("/channel/cases/" + caseId + "/notes/new");

        var empty = as(
                lead,
                post("/channel/cases/" + caseId + "/notes")
                        .param("occurredOnDay", "")
                        .param("occurredOnMonth", "")
                        .param("occurredOnYear", ""));
        assertThat(empty.getContentAsString())
                .contains("<title>Error: ")
                .contains("<a href=\"#occurredOn\">Enter the day it happened</a>")
                .contains("<a href=\"#category\">Select what the note is about</a>")
                .contains("<a href=\"#text\">Enter the note</a>");
        var future = as(
                lead,
                post("/channel/cases/" + caseId + "/notes")
                        .params(day("occurredOn", today().plusDays(1)))
                        .param("category", "CONTACT")
                        .param("text", "Called the school."));
        assertThat(future.getContentAsString())
                .contains("<a href=\"#occurredOn\">The date must be today or in the past.</a>")
                .contains("Called the school.");
        var tooLong = as(
                lead,
                post("/channel/cases/" + caseId + "/notes")
                        .params(day("occurredOn", today()))
                        .param("category", "CONTACT")
                        .param("text", "x".repeat(10_001)));
        assertThat(tooLong.getContentAsString()).contains("The note must be 10,000 characters or fewer");
        long kept = sql.run(jdbc -> jdbc.sql("select count(*) from case_note where case_id = ?")
                .param(caseId)
                .query(Long.class)
                .single());
        assertThat(kept).isZero();

        var saved = as(
                lead,
                post("/channel/cases/" + caseId + "/notes")
                        .params(day("occurredOn", today().minusDays(2)))
                        .param("category", "SAFEGUARDING")
                        .param("text", "Mother worried about late nights online."));
        assertThat(saved.getRedirectedUrl()).isEqualTo("/channel/cases/" + caseId + "/chronology");
        var withNote = as(lead, get("/channel/cases/" + caseId + "/chronology")).getContentAsString();
        assertThat(withNote)
                .contains("Safeguarding: Mother worried about late nights online.")
                .contains("Recorded by "
                        + sql.run(jdbc -> jdbc.sql("select display_name from app_user where id = ?")
                                .param(lead.id())
                                .query(String.class)
                                .single()));
        var noteId = sql.run(jdbc -> jdbc.sql("select id from case_note where case_id = ?")
                .param(caseId)
                .query(UUID.class)
                .single());

        var correct = "/channel/cases/" + caseId + "/notes/" + noteId + "/correct";
        assertThat(as(lead, get(correct)).getContentAsString()).contains("Mother worried about late nights online.");
        var noReason = as(
                lead,
                post(correct)
                        .params(day("occurredOn", today().minusDays(2)))
                        .param("category", "SAFEGUARDING")
                        .param("text", "Father worried about late nights online.")
                        .param("version", "0"));
        assertThat(noReason.getContentAsString()).contains("<a href=\"#reason\">Say why the note is corrected</a>");
        var corrected = as(
                lead,
                post(correct)
                        .params(day("occurredOn", today().minusDays(2)))
                        .param("category", "SAFEGUARDING")
                        .param("text", "Father worried about late nights online.")
                        .param("reason", "It was the father who called.")
                        .param("version", "0"));
        assertThat(corrected.getRedirectedUrl()).isEqualTo("/channel/cases/" + caseId + "/chronology");
        var after = as(lead, get("/channel/cases/" + caseId + "/chronology")).getContentAsString();
        assertThat(after)
                .contains("Safeguarding: Father worried about late nights online.")
                .contains("Corrected")
                .contains("It was the father who called.")
                .contains("Mother worried about late nights online.");

        var filtered = as(
                        lead,
                        get("/channel/cases/" + caseId + "/chronology")
                                .param("show", "NOTES")
                                .params(day("from", today().minusDays(3))))
                .getContentAsString();
        assertThat(filtered).contains("Father worried").doesNotContain("Case opened");
        var badFilter = as(
                        lead,
                        get("/channel/cases/" + caseId + "/chronology")
                                .param("fromDay", "31")
                                .param("fromMonth", "2")
                                .param("fromYear", "2024"))
                .getContentAsString();
        assertThat(badFilter).contains("<title>Error: ").contains("href=\"#from\"");
    }

    @Test
    void theCaseWorkerWhoHoldsTheCaseWritesNotesAndOtherWorkersCannotSeeIt() throws Exception {
        var worker = fixtures.user(tenant, Role.CASE_WORKER);
        var other = fixtures.user(tenant, Role.CASE_WORKER);
        var referralId = sql.run(jdbc -> jdbc.sql("select referral_id from channel_case_referral where case_id = ?")
                .param(caseId)
                .query(UUID.class)
                .single());
        referrals.as(lead, () -> {
            triage.assign(referralId, worker.id());
            return null;
        });

        assertThat(as(worker, get("/channel/cases/" + caseId + "/chronology")).getContentAsString())
                .contains("/notes/new");
        var saved = as(
                worker,
                post("/channel/cases/" + caseId + "/notes")
                        .params(day("occurredOn", today()))
                        .param("category", "CONTACT")
                        .param("text", "Home visit."));
        assertThat(saved.getRedirectedUrl()).isEqualTo("/channel/cases/" + caseId + "/chronology");
        assertThat(as(other, get("/channel/cases/" + caseId + "/chronology")).getStatus())
                .isEqualTo(404);
        assertThat(as(
                                other,
                                post("/channel/cases/" + caseId + "/notes")
                                        .params(day("occurredOn", today()))
                                        .param("category", "CONTACT")
                                        .param("text", "Not mine."))
                        .getStatus())
                .isEqualTo(404);
        assertThat(as(other, get("/channel/cases").param("q", surname)).getContentAsString())
                .doesNotContain("/channel/cases/" + caseId);
    }

    private MockHttpServletResponse as(TestUser user, AbstractMockHttpServletRequestBuilder<?> request)
            throws Exception {
        return mvc.perform(request.with(csrf()).with(authentication(fixtures.authentication(user, true))))
                .andReturn()
                .getResponse();
    }

    @Test
    void aDocumentIsAddedWithItsMarkingCheckedByContentDownloadedWithAnAuditAndShownInTheChronology() throws Exception {
        var page = as(lead, get("/channel/cases/" + caseId + "/documents"));
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("No documents are held on this case");

        var notAPdf = new org.springframework.mock.web.MockMultipartFile(
                "file", "notes.pdf", "application/pdf", "just some text".getBytes());
        var refused = as(
                lead,
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                                "/channel/cases/" + caseId + "/documents")
                        .file(notAPdf)
                        .param("description", "")
                        .params(day("receivedOn", today().plusDays(1))));
        assertThat(refused.getContentAsString())
                .contains("<title>Error: ")
                .contains("<a href=\"#description\">Say what the document is</a>")
                .contains("<a href=\"#marking\">Select the protective marking</a>");
        var wrongKind = as(
                lead,
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                                "/channel/cases/" + caseId + "/documents")
                        .file(notAPdf)
                        .param("description", "School chronology")
                        .param("marking", "OFFICIAL_SENSITIVE")
                        .params(day("receivedOn", today())));
        assertThat(wrongKind.getContentAsString())
                .contains(
                        "<a href=\"#file\">The file must be a PDF, a Word document (DOCX) or an image (PNG, JPEG, GIF)</a>");
        long none = sql.run(jdbc -> jdbc.sql("select count(*) from case_document where case_id = ?")
                .param(caseId)
                .query(Long.class)
                .single());
        assertThat(none).isZero();

        var pdf = new org.springframework.mock.web.MockMultipartFile(
                "file",
                "../../secret/School <chronology>.pdf",
                "application/octet-stream",
                "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes());
        var added = as(
                lead,
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                                "/channel/cases/" + caseId + "/documents")
                        .file(pdf)
                        .param("description", "School chronology")
                        .param("marking", "OFFICIAL_SENSITIVE")
                        .params(day("receivedOn", today().minusDays(3))));
        assertThat(added.getRedirectedUrl()).isEqualTo("/channel/cases/" + caseId + "/documents");
        var listed = as(lead, get("/channel/cases/" + caseId + "/documents")).getContentAsString();
        assertThat(listed)
                .contains("School chronology")
                .contains("OFFICIAL-SENSITIVE")
                .contains("School _chronology_.pdf");
        var documentId = sql.run(jdbc -> jdbc.sql("select id from case_document where case_id = ?")
                .param(caseId)
                .query(UUID.class)
                .single());

        var download = as(lead, get("/channel/cases/" + caseId + "/documents/" + documentId));
        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(download.getContentType()).isEqualTo("application/pdf");
        assertThat(download.getHeader("Content-Disposition"))
                .contains("attachment")
                .contains("School _chronology_.pdf");
        assertThat(sql.auditCount("CASE_DOCUMENT_DOWNLOADED", caseId)).isEqualTo(1);
        assertThat(as(lead, get("/channel/cases/" + caseId + "/chronology")).getContentAsString())
                .contains("Document received: School chronology (OFFICIAL-SENSITIVE)");

        var otherWorker = fixtures.user(tenant, Role.CASE_WORKER);
        assertThat(as(otherWorker, get("/channel/cases/" + caseId + "/documents/" + documentId))
                        .getStatus())
                .isEqualTo(404);

        var removed = as(lead, post("/channel/cases/" + caseId + "/documents/" + documentId + "/remove"));
        assertThat(removed.getRedirectedUrl()).isEqualTo("/channel/cases/" + caseId + "/documents");
        assertThat(as(lead, get("/channel/cases/" + caseId + "/documents/" + documentId))
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void theLeadNamesACaseOfficerOfTheCouncilShownOnTheCaseAndKeptInTheChronology() throws Exception {
        var worker = fixtures.user(tenant, Role.CASE_WORKER);
        var referrer = fixtures.user(tenant, Role.REFERRER);
        var otherCouncil = fixtures.user(fixtures.tenant(), Role.CASE_WORKER);
        assertThat(as(lead, get("/channel/cases/" + caseId)).getContentAsString())
                .contains("Not yet named");
        var page = as(lead, get("/channel/cases/" + caseId + "/officer")).getContentAsString();
        assertThat(page)
                .contains("value=\"" + worker.id() + "\"")
                .doesNotContain(referrer.id().toString());

        var none = as(
                lead,
                post("/channel/cases/" + caseId + "/officer")
                        .param("officerId", "")
                        .param("version", "0"));
        assertThat(none.getContentAsString()).contains("<a href=\"#officerId\">Choose the case officer</a>");
        var stranger = as(
                lead,
                post("/channel/cases/" + caseId + "/officer")
                        .param("officerId", otherCouncil.id().toString())
                        .param("version", "0"));
        assertThat(stranger.getContentAsString())
                .contains("<a href=\"#officerId\">Choose a user of the council who works cases</a>");
        var tampered = as(
                lead,
                post("/channel/cases/" + caseId + "/officer")
                        .param("officerId", "nope")
                        .param("version", "0"));
        assertThat(tampered.getStatus()).isEqualTo(200);
        assertThat(tampered.getContentAsString()).contains("<title>Error: ");

        var named = as(
                lead,
                post("/channel/cases/" + caseId + "/officer")
                        .param("officerId", worker.id().toString())
                        .param("version", "0"));
        assertThat(named.getRedirectedUrl()).isEqualTo("/channel/cases/" + caseId);
        var name = sql.run(jdbc -> jdbc.sql("select display_name from app_user where id = ?")
                .param(worker.id())
                .query(String.class)
                .single());
        assertThat(as(lead, get("/channel/cases/" + caseId)).getContentAsString())
                .contains(name);
        assertThat(as(lead, get("/channel/cases/" + caseId + "/chronology")).getContentAsString())
                .contains("Case officer: " + name);
        var stale = as(
                lead,
                post("/channel/cases/" + caseId + "/officer")
                        .param("officerId", lead.id().toString())
                        .param("version", "0"));
        assertThat(stale.getContentAsString()).contains("Someone changed the case since you opened it");
    }

    @Test
    void aCaseGatheringInformationShowsNothingOfSupportOrExitThatDoesNotYetApply() throws Exception {
        assertThat(as(lead, get("/channel/cases/" + caseId)).getContentAsString())
                .contains("Information from partner agencies");
        var page = as(lead, get("/channel/cases/" + caseId + "/support")).getContentAsString();
        assertThat(page)
                .contains("Support is planned once the panel has adopted the case.")
                .doesNotContain(">Interventions<")
                .doesNotContain(">Support plan and consent<")
                .doesNotContain(">Exit and reviews after exit<")
                .doesNotContain("Support can be added once consent");
    }

    @Test
    void theNextStepIsTheWorkDueSoonestOnTheCase() throws Exception {
        // Asked today, the request is due later than the first assessment, which fell due ten days ago.
        var asked = as(
                lead,
                post("/channel/cases/" + caseId + "/information-requests")
                        .param("agency", "GP surgery")
                        .params(day("askedOn", today()))
                        .param("what", "Health information."));
        assertThat(asked.getRedirectedUrl()).isEqualTo("/channel/cases/" + caseId);
        var page = as(lead, get("/channel/cases/" + caseId)).getContentAsString();
        var summary = page.substring(page.indexOf("Next step"), page.indexOf("</dl>", page.indexOf("Next step")));
        assertThat(summary).contains("Complete the first assessment").doesNotContain("Chase the information");
        var tasks = as(lead, get("/channel/cases/" + caseId + "/tasks")).getContentAsString();
        assertThat(tasks.indexOf("Complete the first assessment", tasks.indexOf("Due on this case")))
                .isPositive()
                .isLessThan(tasks.indexOf("Chase the information asked of GP surgery"));
    }
}
