package org.preventduty.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import java.util.regex.Pattern;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
@Import({IdentityFixtures.class, SystemSql.class})
class ReferralFormIntegrationTests {

    @Autowired
    org.springframework.context.MessageSource messages;

    @Autowired
    MockMvc mvc;

    @Autowired
    IdentityFixtures fixtures;

    @Autowired
    SystemSql sql;

    TenantSummary tenant;
    TestUser referrer;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        referrer = fixtures.user(tenant, Role.REFERRER);
    }

    @Test
    void aReferrerAnswersEveryPageChecksTheAnswersAndSendsTheReferral() throws Exception {
        var id = start(referrer);

        answer(id, "immediate-danger", "name", "immediateRisk", "no");
        answer(id, "name", "date-of-birth", "givenName", "Aaliyah", "familyName", "Rahman", "aliases", "Ali Rahman");
        answer(id, "date-of-birth", "sex", "dateOfBirthDay", "4", "dateOfBirthMonth", "11", "dateOfBirthYear", "2010");
        answer(id, "sex", "address", "sex", "FEMALE");
        answer(id, "address", "school-or-work", "address", "1 High Street", "postcode", "n3 1aa");
        answer(id, "school-or-work", "language", "educationOrEmployment", "Hillside Academy");
        answer(id, "language", "household", "languages", "English, Bengali", "interpreterNeeded", "no");
        var added = as(
                referrer,
                post("/referrals/" + id + "/form/household")
                        .param("action", "add")
                        .param("memberName", "Rina Rahman")
                        .param("memberRelationship", "mother")
                        .param("memberDateOfBirthDay", "")
                        .param("memberDateOfBirthMonth", "")
                        .param("memberDateOfBirthYear", "")
                        .param("version", version(id)));
        assertThat(added.getRedirectedUrl()).isEqualTo("/referrals/" + id + "/form/household");
        assertThat(page(id, "household")).contains("Rina Rahman").contains("mother");
        answer(id, "household", "agencies", "action", "continue");
        answer(id, "agencies", "concern", "action", "continue");
        answer(id, "concern", "when-and-where", "summary", "Said in class that attacks on a mosque were deserved.");
        answer(id, "when-and-where", "indicators", "whenSeen", "3 March", "whereSeen", "School", "seenBy", "Teacher");
        answer(
                id,
                "indicators",
                "online-activity",
                "indicators",
                "EXPRESSED_EXTREMIST_VIEWS",
                "indicators",
                "CHANGE_IN_BEHAVIOUR");
        answer(id, "online-activity", "type-of-concern", "onlineActivity", "Shares memes in a group chat.");
        answer(id, "type-of-concern", "vulnerabilities", "typeOfConcern", "EXTREME_RIGHT_WING");
        answer(id, "vulnerabilities", "actions-taken", "vulnerabilities", "MENTAL_HEALTH");
        answer(id, "actions-taken", "awareness", "actionsTaken", "Spoke with the designated safeguarding lead.");
        answer(id, "awareness", "your-details", "personAware", "NO", "parentsAware", "YES");
        assertThat(page(id, "your-details")).contains("value=\"Test ");
        answer(
                id,
                "your-details",
                "your-contact-details",
                "referrerName",
                "Sam Teacher",
                "referrerRole",
                "DSL",
                "referrerOrganisation",
                "Hillside Academy",
                "referrerSector",
                "EDUCATION");
        answer(id, "your-contact-details", "equality", "referrerEmail", "dsl@hillside.example", "referrerPhone", "");
        answer(id, "equality", "attachments", "ethnicity", "ASIAN_BANGLADESHI", "religion", "MUSLIM");

        var check = page(id, "check-answers");
        assertThat(check)
                .contains("Aaliyah Rahman")
                .contains("4 November 2010")
                .contains("1 High Street, N3 1AA")
                .contains("Rina Rahman (mother)")
                .contains("Expressed support for an extremist ideology")
                .contains("Extreme right-wing")
                .contains("Asian, Asian British or Asian Welsh: Bangladeshi")
                .contains("Send referral")
                .doesNotContain("Before you send the referral");

        var sent = as(referrer, post("/referrals/" + id + "/submit").param("version", version(id)));
        assertThat(sent.getRedirectedUrl()).isEqualTo("/referrals/" + id + "/confirmation");
        var confirmation =
                as(referrer, get("/referrals/" + id + "/confirmation")).getContentAsString();
        var reference = Pattern.compile("PR-\\d{4}-\\d{5}").matcher(confirmation);
        assertThat(reference.find()).isTrue();

        assertThat(as(referrer, get("/referrals")).getContentAsString())
                .contains(reference.group())
                .contains("Aaliyah Rahman")
                .contains("Received");
        assertThat(as(referrer, get("/referrals/" + id + "/status")).getContentAsString())
                .contains(reference.group())
                .contains("has not decided yet")
                .doesNotContain("attacks on a mosque");
        assertThat(sql.auditCount("REFERRAL_SUBMITTED", id)).isEqualTo(1);
        // The equality answers are kept apart from the referral.
        String ethnicity = sql.run(jdbc -> jdbc.sql("select ethnicity from referral_equality where referral_id = ?")
                .param(id)
                .query(String.class)
                .single());
        assertThat(ethnicity).isEqualTo("ASIAN_BANGLADESHI");
    }

    @Test
    void eachPageSaysWhatIsWrongAndKeepsWhatWasTyped() throws Exception {
        var id = start(referrer);

        assertThat(rejected(id, "immediate-danger")).contains("Select yes if anyone is in immediate danger");
        assertThat(rejected(id, "name", "givenName", " ", "familyName", ""))
                .contains("Enter the person&#39;s given or family name");
        var badDate = rejected(
                id, "date-of-birth", "dateOfBirthDay", "31", "dateOfBirthMonth", "2", "dateOfBirthYear", "2010");
        assertThat(badDate).contains("Date of birth must be a real date").contains("value=\"31\"");
        assertThat(rejected(
                        id, "date-of-birth", "dateOfBirthDay", "1", "dateOfBirthMonth", "", "dateOfBirthYear", "2010"))
                .contains("must include a day, month and year");
        assertThat(rejected(
                        id, "date-of-birth", "dateOfBirthDay", "1", "dateOfBirthMonth", "1", "dateOfBirthYear", "2999"))
                .contains("Date of birth must be in the past");
        assertThat(rejected(id, "date-of-birth", "approximateAge", "two hundred"))
                .contains("Age must be a whole number");
        assertThat(rejected(id, "address", "postcode", "NOT A POSTCODE"))
                .contains("Enter a real postcode")
                .contains("NOT A POSTCODE");
        assertThat(rejected(id, "concern", "summary", "x".repeat(20_001))).contains("characters or fewer");
        assertThat(rejected(id, "type-of-concern", "typeOfConcern", "MADE_UP")).contains("Choose from the list");
        assertThat(rejected(
                        id,
                        "your-details",
                        "referrerName",
                        "Sam",
                        "referrerOrganisation",
                        "School",
                        "referrerSector",
                        "NOPE"))
                .contains("Choose from the list");
        assertThat(rejected(id, "your-contact-details", "referrerEmail", "not-an-email", "referrerPhone", ""))
                .contains("Enter an email address in the correct format");
        assertThat(rejected(id, "your-contact-details", "referrerEmail", "", "referrerPhone", ""))
                .contains("Enter an email address or a phone number");
        assertThat(rejected(id, "household", "action", "add", "memberName", ""))
                .contains("Enter the name of the person");
        // Nothing rejected was saved.
        assertThat(page(id, "check-answers"))
                .contains("Before you send the referral")
                .doesNotContain("NOT A POSTCODE");
    }

    @Test
    void sayingSomeoneIsInDangerShowsTheEmergencyGuidanceThenLetsTheReferralGoOn() throws Exception {
        var id = start(referrer);

        var saved = as(
                referrer,
                post("/referrals/" + id + "/form/immediate-danger")
                        .param("immediateRisk", "yes")
                        .param("version", version(id)));

        assertThat(saved.getRedirectedUrl()).isEqualTo("/referrals/" + id + "/form/emergency");
        assertThat(as(referrer, get("/referrals/" + id + "/form/emergency")).getContentAsString())
                .contains("Call 999 now")
                .contains("/referrals/" + id + "/form/name");
        assertThat(page(id, "check-answers"))
                .contains("Anyone in immediate danger")
                .contains("<dd class=\"govuk-summary-list__value app-preserve-lines\">Yes</dd>");
    }

    @Test
    void aDraftWithGapsCannotBeSentAndTheGapsLinkToTheirPages() throws Exception {
        var id = start(referrer);
        answer(id, "immediate-danger", "name", "immediateRisk", "no");

        var check = page(id, "check-answers");
        assertThat(check)
                .contains("Before you send the referral")
                .contains("/referrals/" + id + "/form/name?return=check")
                .doesNotContain("Send referral");

        var sent = mvc.perform(post("/referrals/" + id + "/submit")
                        .param("version", version(id))
                        .with(csrf())
                        .with(authentication(fixtures.authentication(referrer, true))))
                .andReturn();
        assertThat(org.preventduty.support.FormFields.refused(sent.getResponse()))
                .contains("Check your answers")
                .contains(messages.getMessage("form.incomplete", null, java.util.Locale.UK));
        assertThat(status(id)).isEqualTo("DRAFT");
    }

    @Test
    void changingAnAnswerFromTheCheckPageReturnsToIt() throws Exception {
        var id = start(referrer);

        var saved = as(
                referrer,
                post("/referrals/" + id + "/form/name")
                        .param("return", "check")
                        .param("givenName", "Jo")
                        .param("familyName", "Bloggs")
                        .param("version", version(id)));

        assertThat(saved.getRedirectedUrl()).isEqualTo("/referrals/" + id + "/form/check-answers");
    }

    @Test
    void anAnswerSavedFromAnOlderPageDoesNotOverwriteANewerOne() throws Exception {
        var id = start(referrer);
        var old = version(id);
        answer(id, "name", "date-of-birth", "givenName", "Newer", "familyName", "Answer");

        var stale = as(
                referrer,
                post("/referrals/" + id + "/form/name")
                        .param("givenName", "Older")
                        .param("familyName", "Answer")
                        .param("version", old));

        assertThat(stale.getStatus()).isEqualTo(200);
        assertThat(stale.getContentAsString()).contains("changed in another window");
        assertThat(page(id, "check-answers")).contains("Newer Answer").doesNotContain("Older Answer");
    }

    @Test
    void noOneElseCanSeeOrChangeADraft() throws Exception {
        var id = start(referrer);
        var colleague = fixtures.user(tenant, Role.REFERRER);
        var lead = fixtures.user(tenant, Role.PREVENT_LEAD);
        var stranger = fixtures.user(fixtures.tenant(), Role.REFERRER);

        for (var other : new TestUser[] {colleague, lead, stranger}) {
            assertThat(as(other, get("/referrals/" + id + "/form/name")).getStatus())
                    .isEqualTo(404);
            assertThat(as(
                                    other,
                                    post("/referrals/" + id + "/form/name")
                                            .param("givenName", "X")
                                            .param("version", "0"))
                            .getStatus())
                    .isEqualTo(404);
            assertThat(as(other, post("/referrals/" + id + "/discard")).getStatus())
                    .isEqualTo(404);
        }
        assertThat(as(lead, get("/referrals/" + id)).getStatus()).isEqualTo(404);
    }

    @Test
    void aDiscardedDraftIsKeptButNoLongerListed() throws Exception {
        var id = start(referrer);
        answer(id, "immediate-danger", "name", "immediateRisk", "no");

        var discarded = as(referrer, post("/referrals/" + id + "/discard"));

        assertThat(discarded.getRedirectedUrl()).isEqualTo("/referrals");
        assertThat(status(id)).isEqualTo("DISCARDED");
        assertThat(as(referrer, get("/referrals")).getContentAsString()).contains("You have not made any referrals");
        assertThat(as(referrer, get("/referrals/" + id + "/form/name")).getStatus())
                .isEqualTo(404);
    }

    @Test
    void anUnknownPageOfTheFormIsNotFound() throws Exception {
        var id = start(referrer);

        assertThat(as(referrer, get("/referrals/" + id + "/form/nonsense")).getStatus())
                .isEqualTo(404);
        assertThat(as(referrer, get("/referrals/not-a-uuid/form/name")).getStatus())
                .isEqualTo(400);
    }

    @Test
    void onlyReferrersAndPreventLeadsMayMakeReferrals() throws Exception {
        var caseWorker = fixtures.user(tenant, Role.CASE_WORKER);
        var panel = fixtures.user(tenant, Role.PANEL_MEMBER);

        assertThat(as(caseWorker, get("/referrals/new")).getStatus()).isEqualTo(403);
        assertThat(as(panel, post("/referrals")).getStatus()).isEqualTo(403);
        assertThat(as(fixtures.user(tenant, Role.PREVENT_LEAD), get("/referrals/new"))
                        .getStatus())
                .isEqualTo(200);
    }

    // Helpers

    private UUID start(TestUser user) throws Exception {
        var started = as(user, post("/referrals"));
        var matcher = Pattern.compile("/referrals/([0-9a-f-]{36})/form/immediate-danger")
                .matcher(started.getRedirectedUrl());
        assertThat(matcher.matches()).isTrue();
        return UUID.fromString(matcher.group(1));
    }

    private void answer(UUID id, String slug, String next, String... params) throws Exception {
        var request = post("/referrals/" + id + "/form/" + slug).param("version", version(id));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        var saved = as(referrer, request);
        assertThat(saved.getRedirectedUrl())
                .as("page %s: %s", slug, saved.getContentAsString())
                .isEqualTo("/referrals/" + id + "/form/" + next);
    }

    private String rejected(UUID id, String slug, String... params) throws Exception {
        var request = post("/referrals/" + id + "/form/" + slug).param("version", version(id));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        var response = as(referrer, request);
        assertThat(response.getStatus()).as("page %s", slug).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("There is a problem").contains("govuk-error-message");
        return response.getContentAsString();
    }

    private String page(UUID id, String slug) throws Exception {
        var response = as(referrer, get("/referrals/" + id + "/form/" + slug));
        assertThat(response.getStatus()).as("page %s", slug).isEqualTo(200);
        return response.getContentAsString();
    }

    private String version(UUID id) {
        Integer version = sql.run(jdbc -> jdbc.sql("select version from referral where id = ?")
                .param(id)
                .query(Integer.class)
                .single());
        return String.valueOf(version);
    }

    private String status(UUID id) {
        return sql.<String>run(jdbc -> jdbc.sql("select status from referral where id = ?")
                .param(id)
                .query(String.class)
                .single());
    }

    private MockHttpServletResponse as(TestUser user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(csrf()).with(authentication(fixtures.authentication(user, true))))
                .andReturn()
                .getResponse();
    }
}
