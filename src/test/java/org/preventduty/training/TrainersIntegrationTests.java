package org.preventduty.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preventduty.support.FormFields.day;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preventduty.identity.IdentityFixtures;
import org.preventduty.identity.IdentityFixtures.TestUser;
import org.preventduty.identity.Role;
import org.preventduty.partners.OrganisationType;
import org.preventduty.referrals.ReferralFixtures;
import org.preventduty.support.FormFields;
import org.preventduty.support.SystemSql;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;

/** Accredited trainers, institutions with and without one, and coverage by organisation, type and group. */
@SpringBootTest
@AutoConfigureMockMvc
@Import({IdentityFixtures.class, SystemSql.class, ReferralFixtures.class})
class TrainersIntegrationTests {

    static final LocalDate DAY = LocalDate.of(2024, 6, 30);

    @Autowired
    org.springframework.context.MessageSource messages;

    @Autowired
    MockMvc mvc;

    @Autowired
    IdentityFixtures fixtures;

    @Autowired
    ReferralFixtures as;

    @Autowired
    TrainingRecords records;

    @Autowired
    TrainingCoverage coverage;

    @Autowired
    SystemSql sql;

    TestUser admin;
    org.preventduty.identity.TenantSummary council;

    @BeforeEach
    void setUp() {
        council = fixtures.tenant();
        admin = fixtures.user(council, Role.TRAINING_ADMIN);
        organisation("Oak Primary", OrganisationType.SCHOOL);
        organisation("Elm Academy", OrganisationType.SCHOOL);
        organisation("Ash High", OrganisationType.SCHOOL);
        organisation("Birch Infants", OrganisationType.SCHOOL);
        organisation("Riverside College", OrganisationType.COLLEGE);
        as.as(admin, () -> {
            records.createCourse("EL", "E-learning", 1, 24, "E_LEARNING");
            records.importStaff(TrainingApiIntegrationTests.HEADER
                    + "O1,Oak Teacher,,Oak Primary,,Teacher,1,,\n"
                    + "O2,Oak Assistant,,Oak Primary,,Teaching assistant,1,,\n"
                    + "E1,Elm Teacher,,Elm Academy,,Teacher,1,,\n"
                    + "C1,College Lecturer,,Riverside College,,Lecturer,1,,\n"
                    + "K1,Council Officer,,The council,Housing,Officer,1,,\n"
                    + "M1,Councillor One,,The council,,Councillor,1,,\n"
                    + "M2,Councillor Two,,The council,,Elected member,1,,\n");
            records.importCompletions("staff_id,course_code,completed_on\n"
                    + "O1,EL,2024-01-10\nE1,EL,2024-02-10\nM1,EL,2024-03-01\nK1,EL,2021-01-01\n");
            return null;
        });
    }

    @Test
    void theShareOfSchoolsWithAnAccreditedTrainerCountsOnlyAccreditationsThatHoldOnTheDay() throws Exception {
        trainer("Tara Oak", "Oak Primary", "2023-01-01", "");
        trainer("Tom Oak", "Oak Primary", "2023-05-01", "2026-05-01");
        trainer("Ellen Elm", "Elm Academy", "2022-01-01", "2025-01-01");
        trainer("Lapsed Ash", "Ash High", "2020-01-01", "2023-01-01");
        trainer("Future Birch", "Birch Infants", "2024-09-01", "");

        var page = html(get("/training/institutions").param("asOf", DAY.toString()));

        // Oak and Elm have one on 30 June 2024; Ash's lapsed and Birch's starts later: 2 of 4 schools.
        assertThat(page).contains("Schools").containsPattern("(?s)Schools</th>\\s*<td[^>]*>4</td>\\s*<td[^>]*>2</td>");
        assertThat(page).contains("50.0%");
        assertThat(page).containsPattern("(?s)Oak Primary</th>.*?>2</td>.*?>1</td>.*?>2</td>");
        var later = html(get("/training/institutions").param("asOf", "2025-06-30"));
        // Ellen's accreditation ended; Future Birch's began: still 2 of 4.
        assertThat(later).containsPattern("(?s)Schools</th>\\s*<td[^>]*>4</td>\\s*<td[^>]*>2</td>");
        var viewer = fixtures.user(fixtures.tenant(), Role.REPORT_VIEWER);
        assertThat(mvc.perform(get("/training/institutions")
                                .with(authentication(fixtures.authentication(viewer, true))))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void theTrainersAndTrainedStaffOfAnInstitutionAreOnItsPartnerPage() throws Exception {
        trainer("Tara Oak", "Oak Primary", "2023-01-01", "");
        trainer("Lapsed Oak", "Oak Primary", "2020-01-01", "2023-01-01");
        var oak = sql.run(jdbc -> jdbc.sql(
                        "select id from partner_organisation where name = 'Oak Primary'" + " and tenant_id = ?")
                .param(admin.tenantId().value())
                .query(UUID.class)
                .single());
        var officer = fixtures.user(council, Role.DELIVERY_OFFICER);

        var page = mvc.perform(get("/partners/" + oak).with(authentication(fixtures.authentication(officer, true))))
                .andReturn()
                .getResponse()
                .getContentAsString();

        // Tara's accreditation holds; the other lapsed. O1 and O2 are on the lists; O1's e-learning of January 2024
        // expired in January 2026.
        assertThat(page)
                .containsPattern("(?s)Accredited Prevent trainers</dt>\\s*<dd[^>]*>1</dd>")
                .containsPattern("(?s)of those trained</dt>\\s*<dd[^>]*>2, 0</dd>");
    }

    @Test
    void trainersAreListedWithTheSessionsTheyDeliveredAndBadEntriesAreRefused() throws Exception {
        trainer("Tara Oak", "Oak Primary", "2023-01-01", "");
        var tara = sql.run(jdbc -> jdbc.sql("select id from training_trainer where name = 'Tara Oak' and tenant_id = ?")
                .param(admin.tenantId().value())
                .query(UUID.class)
                .single());
        perform(post("/training/sessions")
                .param("courseCode", "EL")
                .params(day("on", LocalDate.now()))
                .param("venue", "Oak Primary hall")
                .param("trainerId", tara.toString())
                .param("organisation", "Oak Primary"));
        var session = sql.run(jdbc -> jdbc.sql("select id from training_session where trainer_id = ?")
                .param(tara)
                .query(UUID.class)
                .single());
        perform(post("/training/sessions/" + session + "/invitations"));
        perform(post("/training/sessions/" + session + "/attendance"));

        assertThat(html(get("/training/trainers"))).containsPattern("(?s)Tara Oak</td>.*?Oak Primary.*?>1</td>");

        assertThat(FormFields.refused(perform(post("/training/trainers")
                                .param("name", "")
                                .param("organisation", "Oak Primary")
                                .params(day("accreditedOn", LocalDate.parse("2023-01-01"))))
                        .getResponse()))
                .contains(message("training.trainer.name"));
        assertThat(FormFields.refused(perform(post("/training/trainers")
                                .param("name", "Backwards")
                                .param("organisation", "Oak Primary")
                                .params(day("accreditedOn", LocalDate.parse("2023-01-01")))
                                .params(day("expiresOn", LocalDate.parse("2022-01-01"))))
                        .getResponse()))
                .contains(message("training.trainer.expiry"));
        assertThat(sql.<Long>run(jdbc -> jdbc.sql("select count(*) from training_trainer where tenant_id = ?")
                        .param(admin.tenantId().value())
                        .query(Long.class)
                        .single()))
                .isEqualTo(1);
    }

    @Test
    void coverageGroupsByOrganisationTypeOfInstitutionAndElectedMembers() throws Exception {
        var byType = as.as(
                admin,
                () -> coverage.table(DAY, DAY, DAY, TrainingCoverage.Grouping.INSTITUTION_TYPE)
                        .rows());
        assertThat(byType)
                .extracting(TrainingCoverage.CoverageRow::group, r -> r.requiringTraining(), r -> r.trained())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("SCHOOL", 3L, 2L),
                        org.assertj.core.groups.Tuple.tuple("COLLEGE", 1L, 0L),
                        org.assertj.core.groups.Tuple.tuple(TrainingCoverage.NOT_AN_INSTITUTION, 3L, 1L));

        var groups = as.as(
                admin,
                () -> coverage.table(DAY, DAY, DAY, TrainingCoverage.Grouping.STAFF_GROUP)
                        .rows());
        assertThat(groups)
                .extracting(TrainingCoverage.CoverageRow::group, r -> r.requiringTraining(), r -> r.trained())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(TrainingCoverage.STAFF, 5L, 2L),
                        org.assertj.core.groups.Tuple.tuple(TrainingCoverage.ELECTED_MEMBERS, 2L, 1L));

        var page = html(get("/training").param("asOf", DAY.toString()).param("by", "group"));
        assertThat(page).contains("Elected members").contains("50.0%");
        var byOrganisation = html(get("/training").param("asOf", DAY.toString()).param("by", "organisation"));
        assertThat(byOrganisation)
                .contains("Oak Primary")
                .contains("Riverside College")
                .contains("The council");
        var byInstitution = html(get("/training").param("asOf", DAY.toString()).param("by", "institution-type"));
        assertThat(byInstitution).contains("Schools").contains("66.7%").contains("not in the partner register");
    }

    private void organisation(String name, OrganisationType type) {
        sql.run(jdbc -> jdbc.sql("insert into partner_organisation (id, tenant_id, name, organisation_type, demo,"
                        + " created_at, version) values (?, ?, ?, ?, false, ?, 0)")
                .params(UUID.randomUUID(), admin.tenantId().value(), name, type.name(), Timestamp.from(Instant.now()))
                .update());
    }

    private void trainer(String name, String organisation, String from, String until) throws Exception {
        var result = perform(post("/training/trainers")
                .param("name", name)
                .param("email", "")
                .param("organisation", organisation)
                .params(day("accreditedOn", LocalDate.parse(from)))
                .params(until.isBlank() ? new LinkedMultiValueMap<>() : day("expiresOn", LocalDate.parse(until))));
        assertThat(result.getFlashMap().get("success")).isEqualTo("training.trainer.added");
    }

    private String html(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return perform(request).getResponse().getContentAsString();
    }

    private MvcResult perform(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(csrf()).with(authentication(fixtures.authentication(admin, true))))
                .andReturn();
    }

    private String message(String code) {
        return messages.getMessage(code, null, java.util.Locale.UK);
    }
}
