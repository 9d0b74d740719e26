package org.preventduty.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preventduty.identity.IdentityFixtures;
import org.preventduty.identity.IdentityFixtures.TestUser;
import org.preventduty.identity.Role;
import org.preventduty.referrals.ReferralFixtures;
import org.preventduty.support.FormFields;
import org.preventduty.support.SystemSql;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
@Import({IdentityFixtures.class, SystemSql.class, ReferralFixtures.class})
class TrainingWebIntegrationTests {

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

    @BeforeEach
    void setUp() {
        admin = fixtures.user(fixtures.tenant(), Role.TRAINING_ADMIN);
    }

    @Test
    void anImportIsPreviewedWithItsRejectedLinesAndChangesNothingUntilConfirmed() throws Exception {
        var file = new MockMultipartFile(
                "file",
                "staff.csv",
                "text/csv",
                (TrainingApiIntegrationTests.HEADER
                                + "W1,Wren One,,Council,Adults,Social worker,2,,\n"
                                + "W2,Wren Two,,Council,Adults,Social worker,9,,\n")
                        .getBytes(StandardCharsets.UTF_8));

        var uploaded = as(admin, multipart("/training/imports").file(file).param("kind", "STAFF"));
        assertThat(uploaded.getRedirectedUrl()).startsWith("/training/imports/");
        var preview = as(admin, get(uploaded.getRedirectedUrl())).getContentAsString();

        assertThat(preview).contains("staff.csv").contains("required_tier must be 1, 2 or 3");
        assertThat(staffCount()).isZero();
        var otherAdmin = fixtures.user(fixtures.tenant(), Role.TRAINING_ADMIN);
        assertThat(as(otherAdmin, get(uploaded.getRedirectedUrl())).getStatus()).isEqualTo(404);

        as(admin, post(uploaded.getRedirectedUrl() + "/confirm"));
        assertThat(staffCount()).isEqualTo(1);
        assertThat(as(admin, post(uploaded.getRedirectedUrl() + "/confirm")).getStatus())
                .isEqualTo(404);
        var empty = as(admin, multipart("/training/imports").param("kind", "STAFF"));
        assertThat(FormFields.refused(empty))
                .contains("Choose a CSV file to import.")
                .contains("href=\"#file\"")
                .contains("name=\"kind\" value=\"STAFF\"");
    }

    @Test
    void thePriorityListHasStaffNotTrainedInThirtySixMonthsAndNeverRunsAFormula() throws Exception {
        as.as(admin, () -> {
            records.createCourse("WRAP3", "WRAP", 2, 36, "FACE_TO_FACE");
            records.importStaff(TrainingApiIntegrationTests.HEADER
                    + "P1,\"=HYPERLINK(\"\"http://x.example\"\",\"\"click\"\")\",,Council,Adults,,2,,\n"
                    + "P2,Recent Trainee,,Council,Adults,,2,,\n"
                    + "P3,Long Ago,,Council,Adults,,2,,\n");
            records.importCompletions("staff_id,course_code,completed_on\nP2,WRAP3,2020-01-01\nP3,WRAP3,2016-01-01\n");
            return null;
        });

        var list = as(admin, get("/training/lists/not-trained.csv").param("asOf", "2020-12-31"));

        assertThat(list.getContentType()).startsWith("text/csv");
        var lines = list.getContentAsString().split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[1]).startsWith("P1,\"'=HYPERLINK(\"\"http://x.example\"\",\"\"click\"\")\"");
        assertThat(lines[2]).startsWith("P3,Long Ago").contains(",2016-01-01,");
        var page = as(admin, get("/training").param("asOf", "2020-12-31")).getContentAsString();
        assertThat(page).contains("Adults").contains("33.3%");
    }

    @Test
    void aLongListIsShownAHundredAtATimeAndDownloadedWhole() throws Exception {
        var staff = new StringBuilder(TrainingApiIntegrationTests.HEADER);
        for (int i = 0; i < TrainingController.LIST_PAGE_SIZE + 5; i++) {
            staff.append("L").append(i).append(",Listed Person ").append(i).append(",,Council,Adults,,2,,\n");
        }
        as.as(admin, () -> {
            records.importStaff(staff.toString());
            return null;
        });

        var first = as(
                        admin,
                        get("/training/lists").param("kind", "never-trained").param("asOf", "2020-12-31"))
                .getContentAsString();
        assertThat(first.split("Listed Person ", -1).length - 1).isEqualTo(TrainingController.LIST_PAGE_SIZE);
        assertThat(first).contains("105 people").contains("page=1");
        var second = as(
                        admin,
                        get("/training/lists")
                                .param("kind", "never-trained")
                                .param("asOf", "2020-12-31")
                                .param("page", "1"))
                .getContentAsString();
        assertThat(second.split("Listed Person ", -1).length - 1).isEqualTo(5);
        var csv = as(admin, get("/training/lists/never-trained.csv").param("asOf", "2020-12-31"))
                .getContentAsString();
        assertThat(csv.split("\r\n")).hasSize(TrainingController.LIST_PAGE_SIZE + 6);
    }

    @Test
    void theListsSortStaffByWhatTheyNeedAndExportAsCsvAndExcelWithoutFormulas() throws Exception {
        as.as(admin, () -> {
            records.createCourse("WRAP3", "WRAP", 2, 36, "FACE_TO_FACE");
            records.createCourse("EL", "E-learning", 1, 12, "E_LEARNING");
            records.importStaff(TrainingApiIntegrationTests.HEADER
                    + "N1,=cmd|' /C calc'!A0,,Council,Adults,,2,,\n"
                    + "E1,Expired Person,,Council,Adults,,2,,\n"
                    + "S1,Soon Person,,Council,Adults,,2,,\n"
                    + "F1,Fine Person,,Council,Adults,,2,,\n"
                    + "T1,Tier One Only,,Council,Adults,,2,,\n");
            records.importCompletions("staff_id,course_code,completed_on\n"
                    + "E1,WRAP3,2017-01-01\n"
                    + "S1,WRAP3,2018-02-15\n"
                    + "F1,WRAP3,2020-06-01\n"
                    + "T1,EL,2020-06-01\n");
            return null;
        });

        var never = as(
                        admin,
                        get("/training/lists").param("kind", "never-trained").param("asOf", "2020-12-31"))
                .getContentAsString();
        assertThat(never)
                .contains("Tier One Only")
                .doesNotContain("Fine Person")
                .doesNotContain("Soon Person");
        var expired = as(admin, get("/training/lists").param("kind", "expired").param("asOf", "2020-12-31"))
                .getContentAsString();
        assertThat(expired).contains("Expired Person").doesNotContain("Soon Person");
        var expiring = as(
                        admin, get("/training/lists").param("kind", "expiring").param("asOf", "2020-12-31"))
                .getContentAsString();
        assertThat(expiring).contains("Soon Person").doesNotContain("Fine Person");

        var xlsx = as(admin, get("/training/lists/never-trained.xlsx").param("asOf", "2020-12-31"));
        assertThat(xlsx.getContentType()).contains("spreadsheetml");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("staff_id");
            var names = new java.util.ArrayList<String>();
            for (var r = 1; r <= sheet.getLastRowNum(); r++) {
                var cell = sheet.getRow(r).getCell(1);
                assertThat(cell.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
                names.add(cell.getStringCellValue());
            }
            assertThat(names).containsExactly("=cmd|' /C calc'!A0", "Tier One Only");
        }
        var csv = as(admin, get("/training/lists/never-trained.csv").param("asOf", "2020-12-31"))
                .getContentAsString();
        assertThat(csv).contains("N1,'=cmd|' /C calc'!A0,");
        assertThat(as(admin, get("/training/lists/secret.csv")).getStatus()).isEqualTo(404);

        var fine = sql.run(jdbc -> jdbc.sql("select id from training_staff where staff_id = 'F1' and tenant_id = ?")
                .param(admin.tenantId().value())
                .query(java.util.UUID.class)
                .single());
        var record = as(admin, get("/training/staff/" + fine)).getContentAsString();
        // Trained in June 2020 for 36 months: by now it has expired.
        assertThat(record).contains("Fine Person").contains("1 Jun 2020").contains("Needs tier 2 training now.");
        var viewer = fixtures.user(fixtures.tenant(), Role.REPORT_VIEWER);
        assertThat(as(viewer, get("/training/lists")).getStatus()).isEqualTo(403);
    }

    @Test
    void rulesDecideWhoMustBeTrainedUnlessTheStaffListSaysAndAChangeRecomputesEveryone() throws Exception {
        as.as(admin, () -> {
            records.createCourse("WRAP3", "WRAP", 2, 36, "FACE_TO_FACE");
            records.importStaff(TrainingApiIntegrationTests.HEADER
                    + "R1,Rule Social,,The council,Adults,Social worker,,,\n"
                    + "R2,Rule Clerk,,The council,Adults,Clerk,,,\n"
                    + "R3,Named Tier,,The council,Adults,Clerk,3,,\n"
                    + "R4,Prevent Officer,,The council,Prevent team,Officer,,,\n");
            records.importCompletions("staff_id,course_code,completed_on\n"
                    + "R1,WRAP3,2020-06-01\nR2,WRAP3,2020-06-01\nR4,WRAP3,2019-06-01\n");
            return null;
        });
        // Before any rule only the tier the list names counts.
        assertThat(coverageOf("Adults")).containsExactly(1L, 0L);
        assertThat(coverageOf("Prevent team")).isNull();

        as(admin, post("/training/rules").param("roleContains", "social worker").param("tier", "2"));
        as(admin, post("/training/rules").param("organisation", "The council").param("tier", "1"));
        as(
                admin,
                post("/training/rules")
                        .param("department", "Prevent team")
                        .param("tier", "2")
                        .param("refreshMonths", "12"));
        as(admin, post("/training/rules").param("tier", "7"));

        // Adults: R1 (tier 2, trained), R2 (tier 1, trained), R3 (tier 3 named, not trained to tier 3).
        assertThat(coverageOf("Adults")).containsExactly(3L, 2L);
        // Prevent team: trained 18 months before, within the course's 36 but not the team's 12-month refresh.
        assertThat(coverageOf("Prevent team")).containsExactly(1L, 0L);
        assertThat(as(admin, get("/training/rules")).getContentAsString()).contains("every 12 months");

        var socialRule = sql.run(jdbc -> jdbc.sql("select id from training_requirement_rule where role_contains"
                        + " = 'social worker' and tenant_id = ?")
                .param(admin.tenantId().value())
                .query(java.util.UUID.class)
                .single());
        as(admin, post("/training/rules/" + socialRule + "/remove"));
        assertThat(sql.<Integer>run(jdbc -> jdbc.sql(
                                "select rule_tier from training_staff where staff_id = 'R1'" + " and tenant_id = ?")
                        .param(admin.tenantId().value())
                        .query(Integer.class)
                        .single()))
                .isEqualTo(1);
    }

    private long @org.jspecify.annotations.Nullable [] coverageOf(String department) {
        var rows = as.as(
                admin,
                () -> coverage.coverage(
                        LocalDate.of(2020, 12, 31), LocalDate.of(2018, 1, 1), LocalDate.of(2020, 12, 31)));
        return rows.stream()
                .filter(r -> department.equals(r.group()))
                .map(r -> new long[] {r.requiringTraining(), r.trained()})
                .findFirst()
                .orElse(null);
    }

    static byte[] workbook(Object[]... rows) throws Exception {
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                var out = new java.io.ByteArrayOutputStream()) {
            var sheet = book.createSheet("Staff");
            var dates = book.createCellStyle();
            dates.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            for (var r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (var c = 0; c < rows[r].length; c++) {
                    var value = rows[r][c];
                    var cell = row.createCell(c);
                    if (value instanceof LocalDate day) {
                        cell.setCellValue(day);
                        cell.setCellStyle(dates);
                    } else if (value instanceof Integer number) {
                        cell.setCellValue(number);
                    } else if (value instanceof String text && text.startsWith("=")) {
                        cell.setCellFormula(text.substring(1));
                    } else if (value != null) {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void anExcelStaffListIsReadFromItsFirstSheetWithDatesAndFormulasAsText() throws Exception {
        var header = TrainingApiIntegrationTests.HEADER.strip().split(",");
        var file = new MockMultipartFile(
                "file",
                "staff.xlsx",
                "application/octet-stream",
                workbook(
                        header,
                        new Object[] {
                            "X1",
                            "Xan One",
                            null,
                            "Council",
                            "Adults",
                            "Social worker",
                            2,
                            LocalDate.of(2019, 4, 1),
                            null
                        },
                        new Object[] {"X2", "=CONCAT(\"A\",\"B\")", null, "Council", "Adults", "Clerk", 1, null, null},
                        new Object[] {"X3", "Bad Tier", null, "Council", "Adults", "Clerk", 7, null, null}));

        var uploaded = as(admin, multipart("/training/imports").file(file).param("kind", "STAFF"));
        var preview = as(admin, get(uploaded.getRedirectedUrl())).getContentAsString();
        assertThat(preview).contains("required_tier must be 1, 2 or 3");
        as(admin, post(uploaded.getRedirectedUrl() + "/confirm"));

        assertThat(staffCount()).isEqualTo(2);
        assertThat(sql.<String>run(jdbc -> jdbc.sql("select cast(start_date as varchar(10)) from training_staff"
                                + " where staff_id = 'X1' and tenant_id = ?")
                        .param(admin.tenantId().value())
                        .query(String.class)
                        .single()))
                .isEqualTo("2019-04-01");
        assertThat(sql.<String>run(
                        jdbc -> jdbc.sql("select name from training_staff where staff_id = 'X2'" + " and tenant_id = ?")
                                .param(admin.tenantId().value())
                                .query(String.class)
                                .single()))
                .isEqualTo("=CONCAT(\"A\",\"B\")");

        var junk =
                new MockMultipartFile("file", "junk.xlsx", "application/octet-stream", new byte[] {'P', 'K', 3, 4, 9});
        var refused = as(admin, multipart("/training/imports").file(junk).param("kind", "STAFF"));
        assertThat(FormFields.refused(refused))
                .contains("The file could not be read as CSV or as an Excel workbook.")
                .contains("href=\"#file\"");
    }

    @Test
    void csvCellsThatASpreadsheetWouldRunAreDefused() {
        assertThat(CsvCells.cell("=1+1")).isEqualTo("'=1+1");
        assertThat(CsvCells.cell("+44 20")).isEqualTo("'+44 20");
        assertThat(CsvCells.cell("-2")).isEqualTo("'-2");
        assertThat(CsvCells.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvCells.cell("Smith, Jo")).isEqualTo("\"Smith, Jo\"");
        assertThat(CsvCells.cell("Plain")).isEqualTo("Plain");
        assertThat(CsvCells.cell(null)).isEmpty();
    }

    private long staffCount() {
        return sql.<Long>run(jdbc -> jdbc.sql("select count(*) from training_staff where tenant_id = ?")
                .param(admin.tenantId().value())
                .query(Long.class)
                .single());
    }

    private MockHttpServletResponse as(TestUser user, AbstractMockHttpServletRequestBuilder<?> request)
            throws Exception {
        return mvc.perform(request.with(csrf()).with(authentication(fixtures.authentication(user, true))))
                .andReturn()
                .getResponse();
    }
}
