package org.preventduty.training;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.identity.Region;
import org.preventduty.shared.Spreadsheets;
import org.preventduty.shared.web.ApiController;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/** Training records through the API: courses, staff lists, sessions, e-learning completions and coverage. */
@ApiController("/api/v1/training")
class TrainingApi {

    private final TrainingRecords records;
    private final TrainingCoverage coverage;

    TrainingApi(TrainingRecords records, TrainingCoverage coverage) {
        this.records = records;
        this.coverage = coverage;
    }

    /** How a course is delivered. */
    enum Delivery {
        FACE_TO_FACE,
        ONLINE,
        E_LEARNING
    }

    record CourseRequest(
            @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9_-]+")
            String code,

            @NotBlank @Size(max = 200) String title,
            @NotNull @Min(1) @Max(3) Integer tier,
            @NotNull @Min(1) @Max(120) Integer validityMonths,
            @Nullable Delivery delivery,
            @Nullable @Min(1) @Max(3) Integer lowestTierSatisfied) {}

    @PostMapping("/courses")
    ResponseEntity<TrainingRecords.Course> course(@Valid @RequestBody CourseRequest request) {
        var course = records.createCourse(
                request.code(),
                request.title().strip(),
                request.tier(),
                request.validityMonths(),
                (request.delivery() == null ? Delivery.FACE_TO_FACE : request.delivery()).name(),
                request.lowestTierSatisfied() == null ? 1 : request.lowestTierSatisfied());
        return ResponseEntity.created(URI.create("/api/v1/training/courses/" + course.code()))
                .body(course);
    }

    @PostMapping(value = "/staff", consumes = "text/csv")
    TrainingRecords.ImportResult staff(Reader csv) {
        return records.importStaff(csv);
    }

    @PostMapping(value = "/staff", consumes = Spreadsheets.XLSX)
    TrainingRecords.ImportResult staffWorkbook(@RequestBody byte[] workbook) {
        return records.importStaff(Spreadsheets.toCsv(workbook), true);
    }

    @PostMapping(value = "/completions", consumes = Spreadsheets.XLSX)
    TrainingRecords.ImportResult completionsWorkbook(@RequestBody byte[] workbook) {
        return records.importCompletions(Spreadsheets.toCsv(workbook), true);
    }

    @PostMapping(value = "/completions", consumes = "text/csv")
    TrainingRecords.ImportResult completions(Reader csv) {
        return records.importCompletions(csv);
    }

    record SessionRequest(
            @NotBlank @Size(max = 40) String courseCode,
            @NotNull LocalDate deliveredOn,
            @Nullable @Size(max = 200) String department,
            @Nullable @Size(max = 200) String trainer,
            @NotNull @Size(max = 500) List<@NotBlank @Size(max = 50) String> attendees) {}

    record Created(UUID id) {}

    @PostMapping("/sessions")
    ResponseEntity<Created> session(@Valid @RequestBody SessionRequest request) {
        var id = records.recordSession(
                request.courseCode(),
                request.deliveredOn(),
                request.department(),
                request.trainer(),
                request.attendees());
        return ResponseEntity.created(URI.create("/api/v1/training/sessions/" + id))
                .body(new Created(id));
    }

    record Row(
            @Nullable String department,
            long requiringTraining,
            long trained,
            long sessionsDelivered,
            BigDecimal coveragePercent) {}

    record Coverage(LocalDate asOf, LocalDate sessionsFrom, LocalDate sessionsTo, List<Row> rows, Row total) {}

    @GetMapping("/coverage")
    Coverage coverage(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate sessionsFrom,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate sessionsTo) {
        var table = coverage.table(asOf, sessionsFrom, sessionsTo, TrainingCoverage.Grouping.DEPARTMENT);
        return new Coverage(
                asOf,
                sessionsFrom,
                sessionsTo,
                table.rows().stream().map(TrainingApi::row).toList(),
                row(table.total()));
    }

    private static Row row(TrainingCoverage.CoverageRow r) {
        return new Row(r.group(), r.requiringTraining(), r.trained(), r.sessionsDelivered(), r.coveragePercent());
    }

    record CouncilRow(
            String council,
            String name,
            Region region,
            long requiringTraining,
            long trained,
            long sessionsDelivered,
            BigDecimal coveragePercent) {}

    record NationalCoverage(
            LocalDate asOf,
            LocalDate sessionsFrom,
            LocalDate sessionsTo,
            @Nullable Region region,
            List<CouncilRow> rows,
            Row total) {}

    /** Coverage of every council on a day, for national analysts; {@code region} narrows it. */
    @GetMapping("/coverage/national")
    NationalCoverage national(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate sessionsFrom,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate sessionsTo,
            @RequestParam(required = false) @Nullable Region region) {
        var councils = coverage.national(asOf, sessionsFrom, sessionsTo, region);
        var total = councils.stream()
                .map(TrainingCoverage.CouncilRow::coverage)
                .reduce(new TrainingCoverage.CoverageRow(null, 0, 0, 0), TrainingCoverage.CoverageRow::plus);
        return new NationalCoverage(
                asOf,
                sessionsFrom,
                sessionsTo,
                region,
                councils.stream()
                        .map(c -> new CouncilRow(
                                c.code(),
                                c.name(),
                                c.region(),
                                c.coverage().requiringTraining(),
                                c.coverage().trained(),
                                c.coverage().sessionsDelivered(),
                                c.coverage().coveragePercent()))
                        .toList(),
                row(total));
    }
}
