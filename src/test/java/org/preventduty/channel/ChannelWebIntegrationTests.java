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
import org.preventduty.referrals.ScreeningDecision;
import org.preventduty.referrals.ScreeningOutcome;
import org.preventduty.support.SystemSql;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
@Import({IdentityFixtures.class, SystemSql.class, ReferralFixtures.class})
class ChannelWebIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    IdentityFixtures fixtures;

    @Autowired
    ReferralFixtures referrals;

    @Autowired
    SystemSql sql;

    @Autowired
    org.preventduty.referrals.ReferralTriage triage;

    TenantSummary tenant;
    TestUser lead;
    TestUser chair;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        lead = fixtures.user(tenant, Role.PREVENT_LEAD, Role.REFERRER);
        chair = fixtures.user(tenant, Role.CHANNEL_CHAIR);
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }

    /** A case opened 100 days ago, so that its events can be dated in the past. */
    UUID acceptedCase(LocalDate born) {
        var submitted = referrals.submit(
                lead, ReferralFixtures.complete("Jordan", "Example", born).build(), today().minusDays(101));
        var decided = referrals.decide(
                lead,
                submitted.id(),
                new ScreeningDecision(
                        ScreeningOutcome.ACCEPTED_FOR_CHANNEL,
                        true,
                        "Clear vulnerability.",
                        null,
                        null,
                        today().minusDays(100)));
        return decided.channelCaseId();
    }

    String status(UUID caseId) {
        return sql.run(jdbc -> jdbc.sql("select status from channel_case where id = ?")
                .param(caseId)
                .query(String.class)
                .single());
    }

    @Test
    void theLeadTakesACaseToPanelAndTheChairAdoptsSupportsExitsAndSeesTheReviewsDue() throws Exception {
        var caseId = acceptedCase(LocalDate.of(1998, 4, 2));
        assertThat(as(lead, get("/channel/cases")).getContentAsString()).contains("Jordan Example");
        assertThat(as(lead, get("/channel/meetings/new")).getContentAsString()).contains(caseId.toString());

        var planned = as(
                lead,
                post("/channel/meetings")
                        .params(day("heldOn", today()))
                        .param("chairName", "Chair Person")
                        .param("attendees[0].name", "Chair Person")
                        .param("attendees[1].name", "Police Officer")
                        .param("attendees[2].name", "")
                        .param("attendees[0].organisation", "The council")
                        .param("attendees[1].organisation", "Counter Terrorism Policing")
                        .param("attendees[2].organisation", "")
                        .param("attendees[0].panelRole", "CHAIR")
                        .param("attendees[1].panelRole", "POLICE_CT")
                        .param("attendees[2].panelRole", "OTHER")
                        .param("caseIds", caseId.toString()));
        assertThat(planned.getRedirectedUrl()).startsWith("/channel/meetings/");
        var meetingId = planned.getRedirectedUrl().substring("/channel/meetings/".length());
        assertThat(status(caseId)).isEqualTo("AWAITING_PANEL");

        var meetingPage = as(chair, get("/channel/meetings/" + meetingId)).getContentAsString();
        assertThat(meetingPage).contains("Police Officer").contains("no decision can be recorded");
        as(chair, post("/channel/meetings/" + meetingId + "/attendance").param("present", "0", "1"));
        as(
                chair,
                post("/channel/meetings/" + meetingId + "/minutes")
                        .param("caseId", caseId.toString())
                        .param("minutes", "Discussed the concerns and the school's account."));
        assertThat(status(caseId)).isEqualTo("DISCUSSED");

        var casePage = as(chair, get("/channel/cases/" + caseId + "/panel")).getContentAsString();
        assertThat(casePage)
                .contains("Record the panel")
                .contains("Discussed the concerns")
                .contains("/channel/meetings/" + meetingId + "/minutes.pdf");
        var version = sql.run(jdbc -> jdbc.sql("select version from channel_case where id = ?")
                .param(caseId)
                .query(Integer.class)
                .single());
        var decision = post("/channel/cases/" + caseId + "/decision")
                .param("meetingId", meetingId)
                .params(day("decidedOn", today()))
                .param("decision", "ADOPTED")
                .param("rule", "UNANIMOUS")
                .param("reasons", "Vulnerable and engaged with extremist material.")
                .param("version", String.valueOf(version));
        var check = as(chair, decision);
        assertThat(check.getStatus()).isEqualTo(200);
        assertThat(check.getContentAsString())
                .contains("Check your answers")
                .contains("Adopted")
                .contains("Unanimous")
                .contains("Vulnerable and engaged with extremist material.")
                .contains("name=\"confirmed\" value=\"yes\"")
                .contains("name=\"reasons\" value=\"Vulnerable and engaged with extremist material.\"");
        assertThat(status(caseId))
                .as("nothing is recorded until the answers are confirmed")
                .isEqualTo("DISCUSSED");
        var change = as(chair, decision.param("change", "reasons")).getContentAsString();
        assertThat(change)
                .contains("<textarea")
                .contains(">Vulnerable and engaged with extremist material.</textarea>");
        assertThat(status(caseId)).isEqualTo("DISCUSSED");
        var recorded = as(chair, decision.param("confirmed", "yes"));
        assertThat(recorded.getRedirectedUrl()).isEqualTo("/channel/cases/" + caseId + "/panel");
        assertThat(status(caseId)).isEqualTo("ADOPTED");

        checkedAndSaved(
                caseId,
                post("/channel/cases/" + caseId + "/support-plan")
                        .param("support", "Mentoring every fortnight by an approved provider.")
                        .param("consentHow", "In person with the social worker")
                        .param("consentBy", "The Channel coordinator")
                        .params(day("consentOn", today().plusDays(7))),
                "Save the plan and ask for consent",
                "Mentoring every fortnight by an approved provider.");
        assertThat(status(caseId)).isEqualTo("CONSENT_REQUESTED");
        checkedAndSaved(
                caseId,
                post("/channel/cases/" + caseId + "/consent")
                        .param("status", "GIVEN")
                        .param("givenBy", "PERSON")
                        .params(day("recordedOn", today())),
                "Save the answer",
                "The person");
        assertThat(status(caseId)).isEqualTo("CONSENT_GIVEN");
        checkedAndSaved(
                caseId,
                post("/channel/cases/" + caseId + "/interventions")
                        .param("type", "IDEOLOGICAL_MENTORING")
                        .param("provider", "Approved Mentoring Ltd")
                        .param("approved", "yes")
                        .params(day("startOn", today()))
                        .param("frequencyDays", "14"),
                "Add the intervention",
                "Approved Mentoring Ltd");
        assertThat(status(caseId)).isEqualTo("SUPPORT_ACTIVE");
        checkedAndSaved(
                caseId,
                post("/channel/cases/" + caseId + "/exit")
                        .params(day("exitedOn", today()))
                        .param("summary", "Vulnerabilities significantly lessened."),
                "Exit the case",
                "Vulnerabilities significantly lessened.");
        assertThat(status(caseId)).isEqualTo("EXITED");

        var tasks = as(chair, get("/tasks")).getContentAsString();
        assertThat(tasks).contains("Review 6 months after exit").contains("Review 12 months after exit");
        var page = as(chair, get("/channel/cases/" + caseId + "/support")).getContentAsString();
        assertThat(page).contains("Exited").contains("Vulnerabilities significantly lessened.");
    }

    @Test
    void attendanceAndMinutesOfAMeetingNineDaysAheadAreRefusedAndNothingIsKept() throws Exception {
        var caseId = acceptedCase(LocalDate.of(1995, 6, 1));
        var planned = as(
                lead,
                post("/channel/meetings")
                        .params(day("heldOn", today().plusDays(9)))
                        .param("chairName", "Chair Person")
                        .param("attendees[0].name", "Chair Person")
                        .param("attendees[1].name", "Police Officer")
                        .param("attendees[2].name", "")
                        .param("attendees[0].organisation", "The council")
                        .param("attendees[1].organisation", "Counter Terrorism Policing")
                        .param("attendees[2].organisation", "")
                        .param("attendees[0].panelRole", "CHAIR")
                        .param("attendees[1].panelRole", "POLICE_CT")
                        .param("attendees[2].panelRole", "OTHER")
                        .param("caseIds", caseId.toString()));
        var meetingId = planned.getRedirectedUrl().substring("/channel/meetings/".length());

        var attendance =
                as(chair, post("/channel/meetings/" + meetingId + "/attendance").param("present", "0", "1"));
        assertThat(attendance.getContentAsString()).contains("<title>Error: ").contains("has not taken place yet");
        var minutes = as(
                chair,
                post("/channel/meetings/" + meetingId + "/minutes")
                        .param("caseId", caseId.toString())
                        .param("minutes", "Discussed ahead of time."));
        assertThat(minutes.getContentAsString())
                .contains("has not taken place yet")
                .contains("Discussed ahead of time.");

        assertThat(status(caseId)).isEqualTo("AWAITING_PANEL");
        var kept = sql.run(jdbc -> jdbc.sql(
                        "select count(*) from panel_agenda_item where case_id = ?" + " and minutes is not null")
                .param(caseId)
                .query(Long.class)
                .single());
        assertThat(kept).isZero();
        var present = sql.run(jdbc -> jdbc.sql(
                        "select count(*) from panel_meeting_attendee where meeting_id = ?" + " and present = true")
                .param(UUID.fromString(meetingId))
                .query(Long.class)
                .single());
        assertThat(present).isZero();
    }

    @Test
    void aDecisionWithoutThePolicePresentIsRefusedAndNothingChanges() throws Exception {
        var caseId = acceptedCase(LocalDate.of(1998, 4, 2));
        var planned = as(
                lead,
                post("/channel/meetings")
                        .params(day("heldOn", today()))
                        .param("attendees[0].name", "Chair Person")
                        .param("attendees[0].organisation", "The council")
                        .param("attendees[0].panelRole", "CHAIR")
                        .param("caseIds", caseId.toString()));
        var meetingId = planned.getRedirectedUrl().substring("/channel/meetings/".length());

        var refused = as(
                chair,
                post("/channel/cases/" + caseId + "/decision")
                        .param("confirmed", "yes")
                        .param("meetingId", meetingId)
                        .params(day("decidedOn", today()))
                        .param("decision", "ADOPTED")
                        .param("rule", "UNANIMOUS")
                        .param("reasons", "Reasons."));
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString())
                .contains("govuk-error-summary")
                .contains("No police counter-terrorism representative is recorded as present");
        assertThat(status(caseId)).isEqualTo("AWAITING_PANEL");
        var incomplete = as(
                chair,
                post("/channel/cases/" + caseId + "/decision")
                        .param("confirmed", "yes")
                        .param("meetingId", "nonsense"));
        assertThat(incomplete.getStatus()).isEqualTo(200);
        assertThat(incomplete.getContentAsString())
                .contains("<title>Error: ")
                .contains("href=\"#meetingId\"")
                .contains("Enter the day of the decision")
                .contains("Select whether the panel adopted the case")
                .contains("Enter the reasons for the decision")
                .doesNotContain("java.")
                .doesNotContain("Failed to convert");
        assertThat(status(caseId)).isEqualTo("AWAITING_PANEL");
    }

    @Test
    void onlyInvitedPanelMembersSeeACaseAndOnlyOnceTheAgendaIsPublished() throws Exception {
        var caseId = acceptedCase(LocalDate.of(1998, 4, 2));
        var invited = fixtures.user(tenant, Role.PANEL_MEMBER);
        var other = fixtures.user(tenant, Role.PANEL_MEMBER);
        var planned = as(
                lead,
                post("/channel/meetings")
                        .params(day("heldOn", today()))
                        .param("panelMembers", invited.id().toString())
                        .param("caseIds", caseId.toString()));
        var meetingId = planned.getRedirectedUrl().substring("/channel/meetings/".length());

        assertThat(as(invited, get("/channel/cases/" + caseId)).getStatus()).isEqualTo(404);
        assertThat(as(invited, get("/channel/cases?q=Example")).getContentAsString())
                .as("searching before the agenda is published")
                .doesNotContain("Jordan Example")
                .contains("No case you may see matches your search");
        as(lead, post("/channel/meetings/" + meetingId + "/publish"));
        assertThat(as(invited, get("/channel/cases/" + caseId)).getStatus()).isEqualTo(200);
        assertThat(as(other, get("/channel/cases/" + caseId)).getStatus()).isEqualTo(404);
        assertThat(as(invited, get("/channel/cases")).getContentAsString()).contains("Jordan Example");
        assertThat(as(invited, get("/channel/cases?q=Example")).getContentAsString())
                .contains("Jordan Example");
        assertThat(as(other, get("/channel/cases?q=Example")).getContentAsString())
                .as("a panel member not invited to the meeting")
                .doesNotContain("Jordan Example");
        assertThat(sql.auditCount("CHANNEL_CASE_VIEWED", caseId)).isEqualTo(1);

        sql.run(jdbc -> jdbc.sql("update panel_meeting set held_on = ? where id = ?")
                .params(today().minusDays(15), UUID.fromString(meetingId))
                .update());
        assertThat(as(invited, get("/channel/cases/" + caseId)).getStatus()).isEqualTo(404);
        sql.run(jdbc -> jdbc.sql("update panel_meeting set held_on = ? where id = ?")
                .params(today().minusDays(14), UUID.fromString(meetingId))
                .update());
        assertThat(as(invited, get("/channel/cases/" + caseId)).getStatus()).isEqualTo(200);
    }

    @Test
    void theAgendaPackAndMinutesAreMarkedDocumentsMadeFromTheRecordsAndEveryOneIsAudited() throws Exception {
        var caseId = acceptedCase(LocalDate.of(1998, 4, 2));
        var planned = as(
                lead,
                post("/channel/meetings")
                        .params(day("heldOn", today()))
                        .param("startsAt", "10:00")
                        .param("location", "Committee room 2, Town Hall")
                        .param("attendees[0].name", "Chair Person")
                        .param("attendees[1].name", "Police Officer")
                        .param("attendees[0].organisation", "The council")
                        .param("attendees[1].organisation", "Counter Terrorism Policing")
                        .param("attendees[0].panelRole", "CHAIR")
                        .param("attendees[1].panelRole", "POLICE_CT")
                        .param("caseIds", caseId.toString()));
        var meetingId = planned.getRedirectedUrl().substring("/channel/meetings/".length());
        as(chair, post("/channel/meetings/" + meetingId + "/attendance").param("present", "0", "1"));
        as(
                chair,
                post("/channel/meetings/" + meetingId + "/minutes")
                        .param("caseId", caseId.toString())
                        .param("minutes", "The school reported a change in behaviour since September."));
        as(
                chair,
                post("/channel/meetings/" + meetingId + "/actions")
                        .param("caseId", caseId.toString())
                        .param("description", "Ask the GP for relevant health information")
                        .param("owner", "Channel coordinator")
                        .params(day("dueOn", today().plusDays(10))));
        var reference = sql.run(jdbc -> jdbc.sql("select reference from channel_case where id = ?")
                .param(caseId)
                .query(String.class)
                .single());

        var agenda = as(chair, get("/channel/meetings/" + meetingId + "/agenda.pdf"));
        assertThat(agenda.getStatus()).isEqualTo(200);
        assertThat(agenda.getContentType()).isEqualTo("application/pdf");
        assertThat(agenda.getHeader("Cache-Control")).contains("no-store");
        var reader = new com.lowagie.text.pdf.PdfReader(agenda.getContentAsByteArray());
        var pdfText = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(pdfText)
                .contains("OFFICIAL-SENSITIVE")
                .contains(reference)
                .contains("Jordan Example")
                .contains("Channel panel: agenda pack")
                .contains("Role on the panel")
                .containsPattern("Stage: [A-Z][a-z]+( [a-z]+)*\\.")
                .doesNotContain("AWAITING_PANEL")
                .doesNotContain("panelDocument.");

        var minutes = as(chair, get("/channel/meetings/" + meetingId + "/minutes.docx"));
        assertThat(minutes.getStatus()).isEqualTo(200);
        try (var docx = new org.apache.poi.xwpf.usermodel.XWPFDocument(
                        new java.io.ByteArrayInputStream(minutes.getContentAsByteArray()));
                var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(docx)) {
            assertThat(extractor.getText())
                    .contains("OFFICIAL-SENSITIVE")
                    .contains("The school reported a change in behaviour since September.")
                    .contains("Ask the GP for relevant health information")
                    .contains("Present")
                    .contains("Channel panel: minutes")
                    .doesNotContain("panelDocument.");
        }
        assertThat(as(chair, get("/channel/meetings/" + meetingId + "/minutes.pdf"))
                        .getStatus())
                .isEqualTo(200);
        assertThat(as(chair, get("/channel/meetings/" + meetingId + "/agenda.docx"))
                        .getStatus())
                .isEqualTo(200);
        assertThat(as(chair, get("/channel/meetings/" + meetingId + "/secrets.pdf"))
                        .getStatus())
                .isEqualTo(404);
        assertThat(sql.auditCount("PANEL_DOCUMENT_GENERATED", meetingId)).isEqualTo(4);
        assertThat(sql.auditCount("CHANNEL_CASE_IN_DOCUMENT", caseId)).isEqualTo(4);

        var panelMember = fixtures.user(tenant, Role.PANEL_MEMBER);
        assertThat(as(panelMember, get("/channel/meetings/" + meetingId + "/agenda.pdf"))
                        .getStatus())
                .isEqualTo(403);
        var otherLead = fixtures.user(fixtures.tenant(), Role.PREVENT_LEAD);
        assertThat(as(otherLead, get("/channel/meetings/" + meetingId + "/agenda.pdf"))
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void anUnansweredRequestForInformationBecomesOverdueWorkUntilAnswered() throws Exception {
        var caseId = acceptedCase(LocalDate.of(1998, 4, 2));
        as(
                lead,
                post("/channel/cases/" + caseId + "/information-requests")
                        .param("agency", "GP surgery")
                        .param("askedOf", "Practice manager")
                        .params(day("askedOn", today().minusDays(20)))
                        .param("what", "Relevant health information, proportionate to the concern."));
        as(lead, post("/channel/cases/" + caseId + "/information-requests").param("agency", "Incomplete"));

        var page = as(lead, get("/channel/cases/" + caseId)).getContentAsString();
        assertThat(page).contains("GP surgery").contains("Overdue");
        assertThat(as(lead, get("/tasks")).getContentAsString()).contains("Chase the information asked of GP surgery");
        var requestId = sql.run(jdbc -> jdbc.sql("select id from information_request where case_id = ?")
                .param(caseId)
                .query(UUID.class)
                .single());

        as(
                lead,
                post("/channel/cases/" + caseId + "/information-requests/" + requestId + "/response")
                        .params(day("respondedOn", today()))
                        .param("response", "No relevant health information held."));

        assertThat(as(lead, get("/tasks")).getContentAsString()).doesNotContain("GP surgery");
        assertThat(as(lead, get("/channel/cases/" + caseId)).getContentAsString())
                .contains("No relevant health information held.");
    }

    @Test
    void theLastReviewAfterExitClosesTheCaseAndANewAcceptanceOfThePersonPointsBackToIt() throws Exception {
        var submitted = referrals.submit(
                lead,
                ReferralFixtures.complete("Rowan", "Pemberton", LocalDate.of(1990, 1, 1))
                        .build());
        var caseId = referrals
                .decide(
                        lead,
                        submitted.id(),
                        new ScreeningDecision(ScreeningOutcome.ACCEPTED_FOR_CHANNEL, true, "Vulnerable.", null, null))
                .channelCaseId();
        var meetingId = as(
                        lead,
                        post("/channel/meetings")
                                .params(day("heldOn", today()))
                                .param("attendees[0].name", "Police Officer")
                                .param("attendees[0].organisation", "CTP")
                                .param("attendees[0].panelRole", "POLICE_CT")
                                .param("caseIds", caseId.toString()))
                .getRedirectedUrl()
                .substring("/channel/meetings/".length());
        as(chair, post("/channel/meetings/" + meetingId + "/attendance").param("present", "0"));
        as(
                chair,
                post("/channel/cases/" + caseId + "/decision")
                        .param("confirmed", "yes")
                        .param("meetingId", meetingId)
                        .params(day("decidedOn", today()))
                        .param("decision", "ADOPTED")
                        .param("rule", "CHAIR")
                        .param("reasons", "Casting decision of the chair."));
        as(
                chair,
                post("/channel/cases/" + caseId + "/consent")
                        .param("confirmed", "yes")
                        .param("status", "GIVEN")
                        .param("givenBy", "PERSON")
                        .params(day("recordedOn", today())));
        as(
                chair,
                post("/channel/cases/" + caseId + "/interventions")
                        .param("confirmed", "yes")
                        .param("type", "LIFE_SKILLS")
                        .param("approved", "no")
                        .param("provider", "Youth service")
                        .params(day("startOn", today()))
                        .param("frequencyDays", "7"));
        as(
                chair,
                post("/channel/cases/" + caseId + "/exit")
                        .param("confirmed", "yes")
                        .params(day("exitedOn", today()))
                        .param("summary", "Closing report."));

        as(
                chair,
                post("/channel/cases/" + caseId + "/reviews/6")
                        .params(day("completedOn", today()))
                        .param("outcome", "No concerns."));
        assertThat(status(caseId)).isEqualTo("EXITED");
        as(
                chair,
                post("/channel/cases/" + caseId + "/reviews/12")
                        .params(day("completedOn", today()))
                        .param("outcome", "No concerns."));
        assertThat(status(caseId)).isEqualTo("CLOSED");
        assertThat(as(chair, get("/tasks")).getContentAsString()).doesNotContain("after exit");

        var again = referrals.submit(
                lead,
                ReferralFixtures.complete("Rowan", "Pemberton", LocalDate.of(1990, 1, 1))
                        .build());
        referrals.as(lead, () -> {
            triage.linkToPerson(
                    again.id(),
                    sql.run(jdbc -> jdbc.sql("select person_id from channel_case where id = ?")
                            .param(caseId)
                            .query(UUID.class)
                            .single()));
            return null;
        });
        var second = referrals
                .decide(
                        lead,
                        again.id(),
                        new ScreeningDecision(ScreeningOutcome.ACCEPTED_FOR_CHANNEL, true, "Again.", null, null))
                .channelCaseId();
        var previous = sql.run(jdbc -> jdbc.sql("select previous_case_id from channel_case where id = ?")
                .param(second)
                .query(UUID.class)
                .single());
        assertThat(previous).isEqualTo(caseId);
        assertThat(as(lead, get("/channel/cases/" + second)).getContentAsString())
                .contains("/channel/cases/" + caseId);
    }

    @Test
    void aCaseWorkerSeesTheCasesOfReferralsTheyAreAssignedAndChangesNothing() throws Exception {
        var caseId = acceptedCase(LocalDate.of(1998, 4, 2));
        var worker = fixtures.user(tenant, Role.CASE_WORKER);
        var otherWorker = fixtures.user(tenant, Role.CASE_WORKER);
        var referralId = sql.run(jdbc -> jdbc.sql("select referral_id from channel_case_referral where case_id = ?")
                .param(caseId)
                .query(UUID.class)
                .single());
        referrals.as(lead, () -> {
            triage.assign(referralId, worker.id());
            return null;
        });

        var page = as(worker, get("/channel/cases/" + caseId));
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).doesNotContain("Close the case");
        var panel = as(worker, get("/channel/cases/" + caseId + "/panel"));
        assertThat(panel.getStatus()).isEqualTo(200);
        assertThat(panel.getContentAsString()).doesNotContain("Record the panel");
        assertThat(as(worker, get("/channel/cases")).getContentAsString()).contains("Jordan Example");
        assertThat(as(otherWorker, get("/channel/cases/" + caseId)).getStatus()).isEqualTo(404);
        assertThat(as(worker, post("/channel/cases/" + caseId + "/close").param("reason", "No"))
                        .getStatus())
                .isEqualTo(403);
    }

    private MockHttpServletRequestBuilder assessment(UUID caseId, String rating, String on) {
        var request = post("/channel/cases/" + caseId + "/assessments")
                .params(day("assessedOn", LocalDate.parse(on)))
                .param("assessedBy", "Police case officer");
        var codes = sql.run(jdbc -> jdbc.sql("select code from assessment_factor where framework_code = 'VAF'")
                .query(String.class)
                .list());
        assertThat(codes).hasSize(22);
        for (var code : codes) {
            request = request.param("ratings[" + code + "]", rating);
        }
        return request.param("evidence[GRIEVANCE]", "Talks of unfairness at school.")
                .param("summaries[ENGAGEMENT]", "Engaged with online material.");
    }

    @Test
    void assessmentsRateEveryFactorAndStandSideBySideToShowChange() throws Exception {
        var caseId = acceptedCase(LocalDate.of(1998, 4, 2));
        assertThat(as(chair, get("/channel/cases/" + caseId + "/assessments/new"))
                        .getContentAsString())
                .contains("Feelings of grievance and injustice")
                .contains("Criminal history");

        var incomplete = as(
                chair,
                post("/channel/cases/" + caseId + "/assessments")
                        .params(day("assessedOn", today()))
                        .param("assessedBy", "Police case officer")
                        .param("ratings[GRIEVANCE]", "SOME")
                        .param("evidence[GRIEVANCE]", "Talks of unfairness at school."));
        assertThat(incomplete.getStatus()).isEqualTo(200);
        assertThat(incomplete.getContentAsString())
                .contains("Rate the factor &quot;Criminal history&quot;")
                .contains("Talks of unfairness at school.");
        assertThat(sql.<Long>run(jdbc -> jdbc.sql("select count(*) from assessment where case_id = ?")
                        .param(caseId)
                        .query(Long.class)
                        .single()))
                .isZero();

        as(chair, assessment(caseId, "SIGNIFICANT", today().minusDays(60).toString()));
        as(chair, assessment(caseId, "SOME", today().toString()));

        var page = as(chair, get("/channel/cases/" + caseId + "/panel")).getContentAsString();
        assertThat(page)
                .contains(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy")
                        .format(today().minusDays(60)))
                .contains("Significant")
                .contains("Some")
                .contains("Engaged with online material.");
        assertThat(sql.<Long>run(jdbc -> jdbc.sql("select count(*) from assessment_rating r join assessment a"
                                + " on a.id = r.assessment_id where a.case_id = ?")
                        .param(caseId)
                        .query(Long.class)
                        .single()))
                .isEqualTo(44);
    }

    @Test
    void aNewFrameworkVersionIsUsedForNewAssessmentsWithoutTouchingOldOnes() throws Exception {
        var caseId = acceptedCase(LocalDate.of(1998, 4, 2));
        as(chair, assessment(caseId, "SOME", today().toString()));
        try {
            sql.run(jdbc -> {
                jdbc.sql("insert into assessment_framework (code, framework_version, title, valid_from)"
                                + " values ('VAF', '2099-TEST', 'Trial framework', ?)")
                        .param(today())
                        .update();
                return jdbc.sql("insert into assessment_factor (framework_code, framework_version, code, dimension,"
                                + " position, label) values ('VAF', '2099-TEST', 'ONLY', 'ENGAGEMENT', 1,"
                                + " 'The only factor')")
                        .update();
            });
            as(
                    chair,
                    post("/channel/cases/" + caseId + "/assessments")
                            .params(day("assessedOn", today()))
                            .param("assessedBy", "Police case officer")
                            .param("ratings[ONLY]", "NOT_PRESENT"));

            var versions = sql.run(jdbc -> jdbc.sql("select framework_version, (select count(*) from"
                            + " assessment_rating r where r.assessment_id = a.id) from assessment a where a.case_id = ?"
                            + " order by recorded_at")
                    .param(caseId)
                    .query((rs, n) -> rs.getString(1) + ":" + rs.getLong(2))
                    .list());
            assertThat(versions).containsExactly("2012:22", "2099-TEST:1");
        } finally {
            sql.run(jdbc -> {
                jdbc.sql("delete from assessment_rating where assessment_id in (select id from assessment"
                                + " where framework_version = '2099-TEST')")
                        .update();
                jdbc.sql("delete from assessment_summary where assessment_id in (select id from assessment"
                                + " where framework_version = '2099-TEST')")
                        .update();
                jdbc.sql("delete from assessment where framework_version = '2099-TEST'")
                        .update();
                jdbc.sql("delete from assessment_factor where framework_version = '2099-TEST'")
                        .update();
                return jdbc.sql("delete from assessment_framework where framework_version = '2099-TEST'")
                        .update();
            });
        }
    }

    @Test
    void standingMembersAreInvitedToNewMeetingsAndAttendanceIsCountedByMeetingAndOrganisation() throws Exception {
        var emptyTenant = fixtures.tenant();
        var coordinator = fixtures.user(emptyTenant, Role.PREVENT_LEAD);
        as(
                coordinator,
                post("/channel/panel-members")
                        .param("name", "Officer Ash")
                        .param("organisation", "Counter Terrorism Policing")
                        .param("panelRole", "POLICE_CT")
                        .param("marks", "spoc")
                        .param("marks", "trained"));
        as(
                coordinator,
                post("/channel/panel-members")
                        .param("name", "Nurse Birch")
                        .param("organisation", "NHS trust")
                        .param("panelRole", "HEALTH"));
        as(coordinator, post("/channel/panel-members").param("name", "No organisation"));
        var page = as(coordinator, get("/channel/panel-members")).getContentAsString();
        assertThat(page).contains("Officer Ash").contains("Nurse Birch").doesNotContain("No organisation");

        var first = as(
                        coordinator,
                        post("/channel/meetings")
                                .params(day("heldOn", today().minusDays(30)))
                                .param("standingMembers", memberId("Officer Ash"), memberId("Nurse Birch")))
                .getRedirectedUrl()
                .substring("/channel/meetings/".length());
        as(
                coordinator,
                post("/channel/panel-members/" + memberId("Nurse Birch") + "/active")
                        .param("active", "no"));
        assertThat(as(coordinator, get("/channel/meetings/new")).getContentAsString())
                .contains("Officer Ash")
                .doesNotContain("Nurse Birch");
        var second = as(
                        coordinator,
                        post("/channel/meetings")
                                .params(day("heldOn", today().minusDays(2)))
                                .param("standingMembers", memberId("Officer Ash"))
                                .param("attendees[0].name", "Teacher Cedar")
                                .param("attendees[0].organisation", "Oak School")
                                .param("attendees[0].panelRole", "EDUCATION"))
                .getRedirectedUrl()
                .substring("/channel/meetings/".length());
        as(coordinator, post("/channel/meetings/" + first + "/attendance").param("present", "0"));
        as(coordinator, post("/channel/meetings/" + second + "/attendance").param("present", "0", "1"));

        var attendance = as(coordinator, get("/channel/attendance")).getContentAsString();

        assertThat(attendance).contains("2 meetings in the period; 3 of 4 invited attended (75%).");
        assertThat(attendance.replaceAll("\\s+", " "))
                .containsPattern("Counter Terrorism Policing</th> <td[^>]*>2</td> <td[^>]*>2</td> <td[^>]*>100%")
                .containsPattern("NHS trust</th> <td[^>]*>1</td> <td[^>]*>0</td> <td[^>]*>0%");
    }

    private String memberId(String name) {
        return sql.run(jdbc -> jdbc.sql("select id from panel_member where name = ?")
                .param(name)
                .query(String.class)
                .single());
    }

    @Test
    void anEndedInterventionKeepsItsSessionsAndTakesNoMore() throws Exception {
        var caseId = acceptedCase(LocalDate.of(1990, 1, 1));
        var meetingId = as(
                        lead,
                        post("/channel/meetings")
                                .params(day("heldOn", today().minusDays(10)))
                                .param("attendees[0].name", "Police Officer")
                                .param("attendees[0].organisation", "CTP")
                                .param("attendees[0].panelRole", "POLICE_CT")
                                .param("caseIds", caseId.toString()))
                .getRedirectedUrl()
                .substring("/channel/meetings/".length());
        as(chair, post("/channel/meetings/" + meetingId + "/attendance").param("present", "0"));
        as(
                chair,
                post("/channel/cases/" + caseId + "/decision")
                        .param("confirmed", "yes")
                        .param("meetingId", meetingId)
                        .params(day("decidedOn", today().minusDays(10)))
                        .param("decision", "ADOPTED")
                        .param("rule", "UNANIMOUS")
                        .param("reasons", "Adopted."));
        as(
                chair,
                post("/channel/cases/" + caseId + "/consent")
                        .param("confirmed", "yes")
                        .param("status", "GIVEN")
                        .param("givenBy", "PERSON")
                        .params(day("recordedOn", today().minusDays(9))));
        as(
                chair,
                post("/channel/cases/" + caseId + "/interventions")
                        .param("confirmed", "yes")
                        .param("type", "CAREERS")
                        .param("approved", "no")
                        .param("provider", "Careers service")
                        .params(day("startOn", today().minusDays(7)))
                        .param("frequencyDays", "7"));
        var interventionId = sql.run(jdbc -> jdbc.sql("select id from intervention where case_id = ?")
                .param(caseId)
                .query(UUID.class)
                .single());
        as(
                chair,
                post("/channel/cases/" + caseId + "/interventions/" + interventionId + "/sessions")
                        .params(day("deliveredOn", today().minusDays(1))));

        as(
                chair,
                post("/channel/cases/" + caseId + "/interventions/" + interventionId + "/end")
                        .params(day("endedOn", today())));
        as(
                chair,
                post("/channel/cases/" + caseId + "/interventions/" + interventionId + "/sessions")
                        .params(day("deliveredOn", today())));

        assertThat(sql.<Long>run(jdbc -> jdbc.sql("select count(*) from intervention_session where intervention_id = ?")
                        .param(interventionId)
                        .query(Long.class)
                        .single()))
                .isEqualTo(1);
        assertThat(as(chair, get("/channel/cases/" + caseId + "/support")).getContentAsString())
                .contains("Ended on")
                .contains("1 sessions logged");
    }

    @Test
    void aMeetingGoesIntoACalendarWithoutNamingAnyoneOnTheAgenda() throws Exception {
        var caseId = acceptedCase(LocalDate.of(1998, 4, 2));
        var planned = as(
                lead,
                post("/channel/meetings")
                        .params(day("heldOn", LocalDate.parse("2026-12-08")))
                        .param("startsAt", "10:00")
                        .param("location", "Room 2, Town Hall; first floor")
                        .param("caseIds", caseId.toString()));
        var meetingId = planned.getRedirectedUrl().substring("/channel/meetings/".length());

        var calendar = as(chair, get("/channel/meetings/" + meetingId + "/meeting.ics"));

        assertThat(calendar.getStatus()).isEqualTo(200);
        assertThat(calendar.getContentType()).startsWith("text/calendar");
        var body = calendar.getContentAsString();
        assertThat(body)
                .startsWith("BEGIN:VCALENDAR\r\n")
                .contains("UID:" + meetingId + "@prevent-duty-manager\r\n")
                .contains("DTSTART:20261208T100000Z\r\n")
                .contains("DTEND:20261208T120000Z\r\n")
                .contains("LOCATION:Room 2\\, Town Hall\\; first floor\r\n")
                .contains("1 cases on the agenda")
                .doesNotContain("Jordan")
                .endsWith("END:VCALENDAR\r\n");
        for (var line : body.split("\r\n")) {
            assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                    .isLessThanOrEqualTo(75);
        }
    }

    @Test
    void theEmptyMeetingFormNamesEachMissingFieldInTheErrorSummaryAndPlansNothing() throws Exception {
        var before = sql.run(jdbc -> jdbc.sql("select count(*) from panel_meeting where tenant_id = ?")
                .param(tenant.id().value())
                .query(Long.class)
                .single());
        var empty = as(lead, post("/channel/meetings").param("attendees[0].organisation", "The council"));
        assertThat(empty.getStatus()).isEqualTo(200);
        assertThat(empty.getContentAsString())
                .contains("<title>Error: ")
                .contains("govuk-error-summary")
                .contains("<a href=\"#heldOn\">Enter the day of the meeting</a>")
                .contains("<a href=\"#attendees[0].name\">Enter the attendee&#39;s name, or clear the organisation</a>")
                .contains("id=\"heldOn-error\"")
                .doesNotContain("Some answers were missing");
        var wrong = as(
                lead,
                post("/channel/meetings")
                        .param("heldOnDay", "31")
                        .param("heldOnMonth", "2")
                        .param("heldOnYear", "2026")
                        .param("startsAt", "25:00")
                        .param("location", "x".repeat(301))
                        .param("attendees[0].name", "Chair Person")
                        .param("attendees[0].panelRole", "NOT_A_ROLE"));
        assertThat(wrong.getContentAsString())
                .contains("The day of the meeting must be a real date")
                .contains("Enter the starting time as hours and minutes")
                .contains("Where the meeting is held must be 300 characters or fewer")
                .contains("Choose one of the answers given")
                .contains("value=\"Chair Person\"");
        var after = sql.run(jdbc -> jdbc.sql("select count(*) from panel_meeting where tenant_id = ?")
                .param(tenant.id().value())
                .query(Long.class)
                .single());
        assertThat(after).isEqualTo(before);
    }

    @Test
    void aDecisionIsOfferedOnlyOnceAMeetingWithTheCaseHasBeenHeldAndAStaleFormIsToldSo() throws Exception {
        var caseId = acceptedCase(LocalDate.of(1998, 4, 2));
        var ahead = as(
                        lead,
                        post("/channel/meetings")
                                .params(day("heldOn", today().plusDays(5)))
                                .param("attendees[0].name", "Police Officer")
                                .param("attendees[0].panelRole", "POLICE_CT")
                                .param("caseIds", caseId.toString()))
                .getRedirectedUrl();
        assertThat(ahead).startsWith("/channel/meetings/");
        assertThat(as(chair, get("/channel/cases/" + caseId + "/panel")).getContentAsString())
                .contains("A decision can be recorded once a meeting with the case on its agenda has taken place")
                .doesNotContain("/channel/cases/" + caseId + "/decision\"");
        assertThat(as(chair, get("/channel/cases/" + caseId + "/decision")).getRedirectedUrl())
                .isEqualTo("/channel/cases/" + caseId + "/panel");

        var held = as(
                        lead,
                        post("/channel/meetings")
                                .params(day("heldOn", today()))
                                .param("attendees[0].name", "Police Officer")
                                .param("attendees[0].panelRole", "POLICE_CT")
                                .param("caseIds", caseId.toString()))
                .getRedirectedUrl()
                .substring("/channel/meetings/".length());
        as(chair, post("/channel/meetings/" + held + "/attendance").param("present", "0"));
        var page = as(chair, get("/channel/cases/" + caseId + "/decision")).getContentAsString();
        assertThat(page)
                .contains("<option value=\"" + held + "\" selected=\"selected\">")
                .doesNotContain("<option value=\"" + ahead.substring("/channel/meetings/".length()) + "\"");
        var stale = as(
                chair,
                post("/channel/cases/" + caseId + "/decision")
                        .param("confirmed", "yes")
                        .param("meetingId", held)
                        .params(day("decidedOn", today()))
                        .param("decision", "ADOPTED")
                        .param("rule", "UNANIMOUS")
                        .param("reasons", "Adopted.")
                        .param("version", "999"));
        assertThat(stale.getContentAsString())
                .contains("<title>Error: ")
                .contains("Someone else changed this record while you were working on it")
                .contains("Adopted.");
        assertThat(status(caseId)).isEqualTo("AWAITING_PANEL");
    }

    @Test
    void aStandingMemberWhoIsAlsoAnInvitedUserAttendsOnce() throws Exception {
        var user = fixtures.user(tenant, Role.PANEL_MEMBER);
        as(
                lead,
                post("/channel/panel-members")
                        .param("name", "Sam Standing")
                        .param("organisation", "Integrated care board")
                        .param("panelRole", "HEALTH")
                        .param("userId", user.id().toString()));
        UUID memberId = sql.run(jdbc -> jdbc.sql("select id from panel_member where tenant_id = ? and name = ?")
                .params(tenant.id().value(), "Sam Standing")
                .query(UUID.class)
                .single());
        var meetingId = as(
                        lead,
                        post("/channel/meetings")
                                .params(day("heldOn", today()))
                                .param("standingMembers", memberId.toString())
                                .param("panelMembers", user.id().toString()))
                .getRedirectedUrl()
                .substring("/channel/meetings/".length());
        long attending = sql.run(
                jdbc -> jdbc.sql("select count(*) from panel_meeting_attendee where meeting_id = ? and user_id = ?")
                        .params(UUID.fromString(meetingId), user.id())
                        .query(Long.class)
                        .single());
        assertThat(attending).isEqualTo(1);

        // Publishing the agenda tells the invited user once, with a link and nothing of the agenda.
        as(lead, post("/channel/meetings/" + meetingId + "/publish"));
        as(lead, post("/channel/meetings/" + meetingId + "/publish"));
        var notices = sql.run(jdbc -> jdbc.sql("select kind, link from notification where user_id = ?")
                .param(user.id())
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2))
                .list());
        assertThat(notices).containsExactly("AGENDA_PUBLISHED /channel/cases");
    }

    @Test
    void aBiMonthlySeriesIsPlannedAtOnceWithItsStandingMembersAndOnlyTheFirstTakesTheAgenda() throws Exception {
        var caseId = acceptedCase(LocalDate.of(2001, 3, 3));
        as(
                lead,
                post("/channel/panel-members")
                        .param("name", "Pat Police")
                        .param("organisation", "Counter Terrorism Policing")
                        .param("panelRole", "POLICE_CT"));
        UUID memberId = sql.run(jdbc -> jdbc.sql("select id from panel_member where tenant_id = ? and name = ?")
                .params(tenant.id().value(), "Pat Police")
                .query(UUID.class)
                .single());
        var first = today().plusDays(10);

        var tooMany = as(
                lead,
                post("/channel/meetings")
                        .params(day("heldOn", first))
                        .param("repeat", "12")
                        .param("every", "BI_MONTHLY"));
        assertThat(tooMany.getContentAsString())
                .contains("<a href=\"#repeat\">Enter a number of meetings from 0 to 11</a>");
        var noInterval =
                as(lead, post("/channel/meetings").params(day("heldOn", first)).param("repeat", "2"));
        assertThat(noInterval.getContentAsString()).contains("<a href=\"#every\">Select how often the panel meets</a>");
        long none = sql.run(jdbc -> jdbc.sql("select count(*) from panel_meeting where tenant_id = ?")
                .param(tenant.id().value())
                .query(Long.class)
                .single());
        assertThat(none).isZero();

        var planned = as(
                lead,
                post("/channel/meetings")
                        .params(day("heldOn", first))
                        .param("startsAt", "10:00")
                        .param("location", "Civic Centre")
                        .param("standingMembers", memberId.toString())
                        .param("caseIds", caseId.toString())
                        .param("repeat", "5")
                        .param("every", "BI_MONTHLY"));
        assertThat(planned.getRedirectedUrl()).startsWith("/channel/meetings/");
        var days = sql.run(jdbc -> jdbc.sql("select held_on from panel_meeting where tenant_id = ? order by held_on")
                .param(tenant.id().value())
                .query(LocalDate.class)
                .list());
        assertThat(days)
                .containsExactly(
                        first,
                        first.plusMonths(2),
                        first.plusMonths(4),
                        first.plusMonths(6),
                        first.plusMonths(8),
                        first.plusMonths(10));
        long attendees = sql.run(jdbc -> jdbc.sql("select count(*) from panel_meeting_attendee a join panel_meeting m"
                        + " on m.id = a.meeting_id where m.tenant_id = ? and a.name = 'Pat Police'")
                .param(tenant.id().value())
                .query(Long.class)
                .single());
        assertThat(attendees).isEqualTo(6);
        long agenda = sql.run(jdbc -> jdbc.sql("select count(*) from panel_agenda_item where tenant_id = ?")
                .param(tenant.id().value())
                .query(Long.class)
                .single());
        assertThat(agenda).isEqualTo(1);
        assertThat(as(lead, get("/channel/meetings")).getContentAsString()).contains("10:00, Civic Centre");
    }

    @Test
    void aNewMeetingsAgendaStartsWithTheCasesWaitingForAPanel() throws Exception {
        var caseId = acceptedCase(LocalDate.of(2002, 4, 4));
        sql.run(jdbc -> jdbc.sql("update channel_case set status = 'AWAITING_PANEL' where id = ?")
                .param(caseId)
                .update());
        var page = as(lead, get("/channel/meetings/new")).getContentAsString();
        var at = page.indexOf("value=\"" + caseId + "\"");
        assertThat(at).isPositive();
        var box = page.substring(at, page.indexOf(">", at));
        assertThat(box).contains("checked");
    }

    @Test
    void aNewMeetingsAgendaStartsWithTheCasesWhoseSupportIsDueForReviewAtPanelButNotThoseReviewedLater()
            throws Exception {
        var due = acceptedCase(LocalDate.of(2001, 5, 5));
        var later = acceptedCase(LocalDate.of(2003, 6, 6));
        sql.run(jdbc -> jdbc.sql("update channel_case set status = 'SUPPORT_ACTIVE', opened_on = ? where id = ?")
                .params(today().minusDays(100), due)
                .update());
        sql.run(jdbc -> jdbc.sql("update channel_case set status = 'SUPPORT_ACTIVE', opened_on = ? where id = ?")
                .params(today().minusDays(20), later)
                .update());

        var page = as(lead, get("/channel/meetings/new")).getContentAsString();

        assertThat(checkbox(page, due)).contains("checked");
        assertThat(checkbox(page, later)).doesNotContain("checked");
        assertThat(page)
                .contains("Put the case on a panel agenda to review the support, due "
                        + java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy")
                                .format(today().minusDays(10)));
    }

    private static String checkbox(String page, UUID caseId) {
        var at = page.indexOf("value=\"" + caseId + "\"");
        assertThat(at).as("the case is offered for the agenda").isPositive();
        return page.substring(at, page.indexOf(">", at));
    }

    @Test
    void theMeetingPagesFormsAndTheStandingMembersFormNameEachMissingField() throws Exception {
        var caseId = acceptedCase(LocalDate.of(1998, 4, 2));
        var meetingId = as(
                        lead,
                        post("/channel/meetings")
                                .params(day("heldOn", today()))
                                .param("attendees[0].name", "Police Officer")
                                .param("attendees[0].panelRole", "POLICE_CT")
                                .param("caseIds", caseId.toString()))
                .getRedirectedUrl()
                .substring("/channel/meetings/".length());
        var action = as(
                chair,
                post("/channel/meetings/" + meetingId + "/actions")
                        .param("dueOnDay", "")
                        .param("dueOnMonth", "")
                        .param("dueOnYear", ""));
        assertThat(action.getContentAsString())
                .contains("<title>Error: ")
                .contains("<a href=\"#description\">Enter the action</a>")
                .contains("<a href=\"#owner\">Enter who owns the action</a>")
                .contains("<a href=\"#dueOn\">Enter the day the action is due</a>");
        var summary = action.getContentAsString();
        assertThat(summary.indexOf("href=\"#description\""))
                .as("the error summary lists the fields in the order of the form")
                .isLessThan(summary.indexOf("href=\"#owner\""));
        assertThat(summary.indexOf("href=\"#owner\"")).isLessThan(summary.indexOf("href=\"#dueOn\""));
        assertThat(summary.indexOf("govuk-error-summary"))
                .as("the error summary is at the top of the page")
                .isLessThan(summary.indexOf("<h1"));
        var minutes = as(
                chair,
                post("/channel/meetings/" + meetingId + "/minutes")
                        .param("caseId", caseId.toString())
                        .param("minutes", ""));
        assertThat(minutes.getContentAsString())
                .contains("<a href=\"#minutes\">Enter the minutes of the discussion</a>")
                .contains("id=\"minutes-error\"");
        var member = as(lead, post("/channel/panel-members").param("name", "x".repeat(101)));
        assertThat(member.getContentAsString())
                .contains("<title>Error: ")
                .contains("<a href=\"#name\">The name must be 100 characters or fewer</a>")
                .contains("<a href=\"#organisation\">Enter the member&#39;s organisation</a>")
                .contains("<a href=\"#panelRole\">Choose the member&#39;s role on the panel</a>");
    }

    @Test
    void eachPageOfACaseNamesItsMissingFieldsAndTheLimitsTheApiChecks() throws Exception {
        var caseId = acceptedCase(LocalDate.of(1998, 4, 2));
        var ask = as(lead, get("/channel/cases/" + caseId + "/information-requests/new"));
        assertThat(ask.getStatus()).isEqualTo(200);
        assertThat(ask.getContentAsString())
                .contains("Ask a partner agency for information")
                .contains("govuk-date-input")
                .contains("govuk-character-count");
        var empty = as(
                lead,
                post("/channel/cases/" + caseId + "/information-requests")
                        .param("askedOnDay", "")
                        .param("askedOnMonth", "")
                        .param("askedOnYear", ""));
        assertThat(empty.getContentAsString())
                .contains("<title>Error: ")
                .contains("<a href=\"#agency\">Enter the agency asked</a>")
                .contains("<a href=\"#askedOn\">Enter the day the agency was asked</a>")
                .contains("<a href=\"#what\">Enter what was asked for</a>");
        var tooLong = as(
                lead,
                post("/channel/cases/" + caseId + "/information-requests")
                        .param("agency", "x".repeat(201))
                        .params(day("askedOn", today().plusDays(1)))
                        .param("what", "Health information."));
        assertThat(tooLong.getContentAsString()).contains("The agency must be 200 characters or fewer");
        var tomorrow = as(
                lead,
                post("/channel/cases/" + caseId + "/information-requests")
                        .param("agency", "GP surgery")
                        .params(day("askedOn", today().plusDays(1)))
                        .param("what", "Health information."));
        assertThat(tomorrow.getContentAsString())
                .contains("<a href=\"#askedOn\">The date must be today or in the past.</a>")
                .contains("value=\"GP surgery\"");
        long kept = sql.run(jdbc -> jdbc.sql("select count(*) from information_request where case_id = ?")
                .param(caseId)
                .query(Long.class)
                .single());
        assertThat(kept).isZero();

        assertThat(as(lead, get("/channel/cases/" + caseId + "/exit")).getRedirectedUrl())
                .as("a page the case does not offer now leads back to the case's support")
                .isEqualTo("/channel/cases/" + caseId + "/support");
        var close = as(lead, post("/channel/cases/" + caseId + "/close").param("reason", " "));
        assertThat(close.getContentAsString()).contains("<a href=\"#reason\">Enter why the case is closing</a>");
        assertThat(status(caseId)).isEqualTo("INFORMATION_GATHERING");
    }

    /**
     * Sends a case action's answers, finds them shown to check (in words, with the button that saves them) and nothing
     * recorded, then confirms them and is led back to the case's support.
     */
    private void checkedAndSaved(UUID caseId, MockHttpServletRequestBuilder request, String button, String answer)
            throws Exception {
        var before = status(caseId);
        var check = as(chair, request);
        assertThat(check.getStatus()).isEqualTo(200);
        assertThat(check.getContentAsString())
                .contains("<h1 class=\"govuk-heading-l\">Check your answers</h1>")
                .contains(answer)
                .contains(">" + button + "</button>")
                .doesNotContain("??");
        assertThat(status(caseId)).isEqualTo(before);
        var saved = as(chair, request.param("confirmed", "yes"));
        assertThat(saved.getRedirectedUrl()).isEqualTo("/channel/cases/" + caseId + "/support");
    }

    private MockHttpServletResponse as(TestUser user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(csrf()).with(authentication(fixtures.authentication(user, true))))
                .andReturn()
                .getResponse();
    }
}
