package org.preventduty.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
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
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/** The import page of historic referrals: the template, the upload, the preview of every line and the import. */
@SpringBootTest
@AutoConfigureMockMvc
@Import({IdentityFixtures.class, SystemSql.class})
class ReferralImportWebIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    IdentityFixtures fixtures;

    @Autowired
    SystemSql sql;

    TenantSummary tenant;
    TestUser lead;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        lead = fixtures.user(tenant, Role.PREVENT_LEAD);
    }

    @Test
    void theLeadDownloadsTheTemplateChecksAFileLineByLineAndImportsTheGoodLines() throws Exception {
        var page = as(get("/triage/imports/new"));
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString())
                .contains("Import earlier referrals")
                .contains("/triage/imports/template.csv")
                .contains("ACCEPTED_FOR_CHANNEL")
                .contains("EXTREME_RIGHT_WING");
        var template = as(get("/triage/imports/template.csv"));
        assertThat(template.getContentAsString()).startsWith(String.join(",", ReferralImports.HEADER));

        var none = as(multipart("/triage/imports"));
        assertThat(none.getContentAsString())
                .contains("<title>Error: ")
                .contains("<a href=\"#file\">Choose a CSV file or an Excel workbook to import</a>");

        var file = new MockMultipartFile(
                "file",
                "earlier.csv",
                "text/csv",
                ReferralImportIntegrationTests.FILE.getBytes(StandardCharsets.UTF_8));
        var uploaded = as(multipart("/triage/imports").file(file));
        assertThat(uploaded.getRedirectedUrl()).startsWith("/triage/imports/");
        var preview = as(get(uploaded.getRedirectedUrl())).getContentAsString();
        assertThat(preview)
                .contains("earlier.csv")
                .contains("New referral")
                .contains("Refused")
                .contains("sex X is not one of MALE, FEMALE, NOT_KNOWN")
                .contains("reference OLD-2016-001 is already on line 2");
        long before = sql.run(jdbc -> jdbc.sql("select count(*) from referral where tenant_id = ?")
                .param(tenant.id().value())
                .query(Long.class)
                .single());
        assertThat(before).isZero();

        var confirmed = as(post(uploaded.getRedirectedUrl() + "/confirm"));
        assertThat(confirmed.getRedirectedUrl()).isEqualTo("/triage");
        var queue = as(get("/triage")).getContentAsString();
        assertThat(queue).contains("OLD-2016-001").contains(">Imported<");
        assertThat(as(get(uploaded.getRedirectedUrl())).getStatus()).isEqualTo(404);

        var again = as(multipart("/triage/imports").file(file));
        assertThat(as(get(again.getRedirectedUrl())).getContentAsString()).contains("Imported before");

        // Found again by its reference from the queue, whatever its case.
        var id = sql.run(jdbc -> jdbc.sql("select id from referral where tenant_id = ? and reference = 'OLD-2016-001'")
                .param(tenant.id().value())
                .query(java.util.UUID.class)
                .single());
        assertThat(as(get("/triage/find").param("reference", " old-2016-001 ")).getRedirectedUrl())
                .isEqualTo("/referrals/" + id);
        assertThat(as(get("/triage/find").param("reference", "OLD-1999-404")).getContentAsString())
                .contains("<title>Error: ")
                .contains("<a href=\"#reference\">No referral of the council has that reference</a>");
        assertThat(as(get("/triage/find").param("reference", "")).getContentAsString())
                .contains("<a href=\"#reference\">Enter the reference of the referral</a>");
    }

    @Test
    void aFileOfAnotherShapeIsNamedOnThePreviewAndNothingIsOffered() throws Exception {
        var file = new MockMultipartFile("file", "staff.csv", "text/csv", "name,email\nA,b@example.org\n".getBytes());
        var uploaded = as(multipart("/triage/imports").file(file));
        var preview = as(get(uploaded.getRedirectedUrl())).getContentAsString();
        assertThat(preview)
                .contains("the first line must be reference,received_on")
                .doesNotContain("/confirm");
    }

    private MockHttpServletResponse as(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(csrf()).with(authentication(fixtures.authentication(lead, true))))
                .andReturn()
                .getResponse();
    }
}
