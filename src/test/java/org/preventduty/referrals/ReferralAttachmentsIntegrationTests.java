package org.preventduty.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preventduty.identity.IdentityFixtures;
import org.preventduty.identity.IdentityFixtures.TestUser;
import org.preventduty.identity.Role;
import org.preventduty.identity.TenantSummary;
import org.preventduty.support.SystemSql;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
@Import({IdentityFixtures.class, SystemSql.class, ReferralFixtures.class})
class ReferralAttachmentsIntegrationTests {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {
        (byte) 0x89,
        'P',
        'N',
        'G',
        '\r',
        '\n',
        0x1a,
        '\n',
        0,
        0,
        0,
        13,
        'I',
        'H',
        'D',
        'R',
        0,
        0,
        0,
        1,
        0,
        0,
        0,
        1,
        8,
        6,
        0,
        0,
        0,
        0x1f,
        0x15,
        (byte) 0xc4,
        (byte) 0x89
    };
    static final byte[] EXECUTABLE =
            "MZ\u0090\u0000\u0003 This program cannot be run in DOS mode.".getBytes(StandardCharsets.ISO_8859_1);

    @Autowired
    MockMvc mvc;

    @Autowired
    IdentityFixtures fixtures;

    @Autowired
    ReferralFixtures referrals;

    @Autowired
    SystemSql sql;

    TenantSummary tenant;
    TestUser referrer;
    TestUser lead;
    UUID draft;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        referrer = fixtures.user(tenant, Role.REFERRER);
        lead = fixtures.user(tenant, Role.PREVENT_LEAD);
        draft = referrals.draft(
                referrer,
                ReferralFixtures.complete("File", "Holder", LocalDate.of(2010, 1, 1))
                        .build());
    }

    @Test
    void pdfsImagesAndWordDocumentsAreAcceptedByWhatTheyContain() throws Exception {
        assertThat(upload("chronology.pdf", PDF).getFlashMap().get("success")).isEqualTo("attachment.added");
        assertThat(upload("photo.png", PNG).getFlashMap().get("success")).isEqualTo("attachment.added");
        assertThat(upload("note.docx", docx()).getFlashMap().get("success")).isEqualTo("attachment.added");
        // A PDF named as something else is still a PDF, and is named as one.
        assertThat(upload("scan.jpg", PDF).getFlashMap().get("success")).isEqualTo("attachment.added");

        assertThat(types())
                .containsExactlyInAnyOrder(
                        "application/pdf",
                        "image/png",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        "application/pdf");
        assertThat(names()).contains("chronology.pdf", "photo.png", "note.docx", "scan.pdf");
        assertThat(sql.auditCount("ATTACHMENT_ADDED", draft)).isEqualTo(4);
    }

    @Test
    void filesThatAreNotWhatTheySayAreRefusedWithAClearMessage() throws Exception {
        var executable = upload("report.pdf", EXECUTABLE);
        var html = upload("image.png", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
        var zip = upload("note.docx", zip("readme.txt", "not a document"));
        var empty = upload("empty.pdf", new byte[0]);

        assertThat(executable.getFlashMap().get("uploadProblem")).isEqualTo("attachment.type");
        assertThat(html.getFlashMap().get("uploadProblem")).isEqualTo("attachment.type");
        assertThat(zip.getFlashMap().get("uploadProblem")).isEqualTo("attachment.type");
        assertThat(empty.getFlashMap().get("uploadProblem")).isEqualTo("attachment.empty");
        assertThat(types()).isEmpty();
    }

    @Test
    void aFileOverTheLimitIsRefusedAndTheMessageSaysTheLimit() throws Exception {
        var big = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);

        var refused = mvc.perform(multipart("/referrals/" + draft + "/attachments")
                        .file(new MockMultipartFile("file", "big.pdf", "application/pdf", big))
                        .with(csrf())
                        .with(authentication(fixtures.authentication(referrer, true))))
                .andReturn();

        assertThat(refused.getFlashMap().get("uploadProblem")).isEqualTo("attachment.tooLarge");
        assertThat(types()).isEmpty();
        // The session, and the message flashed in it, travel in the session cookie.
        var page = mvc.perform(get(refused.getResponse().getRedirectedUrl())
                        .cookie(refused.getResponse().getCookie("SESSION"))
                        .with(authentication(fixtures.authentication(referrer, true))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("The file must be smaller than 10 MB").contains("govuk-error-summary");
    }

    @Test
    void anUploadLargerThanTheServerTakesIsRefusedBeforeItIsReadWithTheTooLargePage() throws Exception {
        var huge = new byte[27 * 1024 * 1024];

        var refused = mvc.perform(post("/referrals/" + draft + "/attachments")
                        .contentType("multipart/form-data; boundary=----x")
                        .content(huge)
                        .with(authentication(fixtures.authentication(referrer, true))))
                .andReturn()
                .getResponse();
        var page = mvc.perform(get("/error")
                        .requestAttr(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE, 413)
                        .requestAttr(
                                jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI,
                                "/referrals/" + draft + "/attachments")
                        .accept("text/html")
                        .with(request -> {
                            // As the container forwards an error to the error page.
                            request.setDispatcherType(jakarta.servlet.DispatcherType.ERROR);
                            return request;
                        }))
                .andReturn()
                .getResponse();

        assertThat(refused.getStatus()).isEqualTo(413);
        assertThat(page.getStatus()).isEqualTo(413);
        assertThat(page.getContentAsString()).contains("The file is too large");
        assertThat(types()).isEmpty();
    }

    @Test
    void aReferralTakesAtMostTenFiles() throws Exception {
        for (int i = 0; i < 10; i++) {
            assertThat(upload("file" + i + ".pdf", PDF).getFlashMap().get("success"))
                    .isEqualTo("attachment.added");
        }

        assertThat(upload("eleventh.pdf", PDF).getFlashMap().get("uploadProblem"))
                .isEqualTo("attachment.tooMany");
        assertThat(types()).hasSize(10);
    }

    @Test
    void namesAreStrippedOfPathsAndCharactersThatCouldMislead() throws Exception {
        upload("..\\..\\windows/../etc/pass wd<script>.pdf", PDF);
        upload("\u202Egnp.exe.pdf", PDF);
        upload(".hidden", PNG);

        assertThat(names()).containsExactlyInAnyOrder("pass wd_script_.pdf", "gnp.exe.pdf", "hidden.png");
    }

    @Test
    void theAuthorDownloadsTheirDraftsFilesAndTheLeadTheSubmittedOnesEachDownloadAudited() throws Exception {
        upload("chronology.pdf", PDF);
        var attachment = attachmentId();

        var own = as(referrer, get("/referrals/" + draft + "/attachments/" + attachment));
        assertThat(own.getResponse().getStatus()).isEqualTo(200);
        assertThat(own.getResponse().getContentAsByteArray()).isEqualTo(PDF);

        referrals.send(referrer, draft);
        var byLead = as(lead, get("/referrals/" + draft + "/attachments/" + attachment))
                .getResponse();
        assertThat(byLead.getStatus()).isEqualTo(200);
        assertThat(byLead.getContentType()).isEqualTo("application/pdf");
        assertThat(byLead.getHeader("Content-Disposition"))
                .startsWith("attachment;")
                .contains("chronology.pdf");
        assertThat(byLead.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(byLead.getHeader("Content-Security-Policy")).contains("sandbox");
        assertThat(byLead.getHeader("Cache-Control")).contains("no-store");
        assertThat(as(lead, get("/referrals/" + draft)).getResponse().getContentAsString())
                .contains("chronology.pdf");

        // After sending, the author sees the status only.
        assertThat(as(referrer, get("/referrals/" + draft + "/attachments/" + attachment))
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        var caseWorker = fixtures.user(tenant, Role.CASE_WORKER);
        assertThat(as(caseWorker, get("/referrals/" + draft + "/attachments/" + attachment))
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        var stranger = fixtures.user(fixtures.tenant(), Role.PREVENT_LEAD);
        assertThat(as(stranger, get("/referrals/" + draft + "/attachments/" + attachment))
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(sql.auditCount("ATTACHMENT_DOWNLOADED", draft)).isEqualTo(2);
    }

    @Test
    void aRemovedFileIsNoLongerListedOrDownloadable() throws Exception {
        upload("chronology.pdf", PDF);
        var attachment = attachmentId();

        var removed = as(referrer, post("/referrals/" + draft + "/attachments/" + attachment + "/remove"));

        assertThat(removed.getFlashMap().get("success")).isEqualTo("attachment.removed");
        assertThat(types()).isEmpty();
        assertThat(as(referrer, get("/referrals/" + draft + "/attachments/" + attachment))
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(sql.auditCount("ATTACHMENT_REMOVED", draft)).isEqualTo(1);
    }

    @Test
    void noOneElseCanAddFilesToADraft() throws Exception {
        var colleague = fixtures.user(tenant, Role.REFERRER);

        var refused = mvc.perform(multipart("/referrals/" + draft + "/attachments")
                        .file(new MockMultipartFile("file", "x.pdf", "application/pdf", PDF))
                        .with(csrf())
                        .with(authentication(fixtures.authentication(colleague, true))))
                .andReturn();

        assertThat(refused.getResponse().getStatus()).isEqualTo(404);
        assertThat(types()).isEmpty();
    }

    private MvcResult upload(String name, byte[] content) throws Exception {
        var result = mvc.perform(multipart("/referrals/" + draft + "/attachments")
                        .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                        .with(csrf())
                        .with(authentication(fixtures.authentication(referrer, true))))
                .andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/referrals/" + draft + "/form/attachments");
        return result;
    }

    private MvcResult as(TestUser user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(csrf()).with(authentication(fixtures.authentication(user, true))))
                .andReturn();
    }

    private java.util.List<String> types() {
        return sql.run(jdbc -> jdbc.sql(
                        "select media_type from referral_attachment where referral_id = ?" + " and removed_at is null")
                .param(draft)
                .query(String.class)
                .list());
    }

    private java.util.List<String> names() {
        return sql.run(jdbc -> jdbc.sql("select file_name from referral_attachment where referral_id = ?")
                .param(draft)
                .query(String.class)
                .list());
    }

    private UUID attachmentId() {
        return sql.run(jdbc -> jdbc.sql("select id from referral_attachment where referral_id = ?")
                .param(draft)
                .query(UUID.class)
                .single());
    }

    static byte[] docx() throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(
                    ("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-"
                                    + "officedocument.wordprocessingml.document.main+xml\"/></Types>")
                            .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    static byte[] zip(String name, String text) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(text.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
