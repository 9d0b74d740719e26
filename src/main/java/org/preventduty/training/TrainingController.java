package org.preventduty.training;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.identity.CurrentActor;
import org.preventduty.identity.Role;
import org.preventduty.shared.InvalidInputException;
import org.preventduty.shared.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The training pages: coverage on a day, imports with a preview before anything changes, and the priority list. */
@Controller
class TrainingController {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final TrainingRecords records;
    private final CurrentActor actors;
    private final Clock clock;

    TrainingController(TrainingRecords records, CurrentActor actors, Clock clock) {
        this.records = records;
        this.actors = actors;
        this.clock = clock;
    }

    @GetMapping("/training")
    String coverage(
            @RequestParam(required = false) @Nullable String asOf,
            @RequestParam(required = false) @Nullable String sessionsFrom,
            @RequestParam(required = false) @Nullable String sessionsTo,
            Model model) {
        var today = LocalDate.ofInstant(clock.instant(), LONDON);
        var day = date(asOf, today);
        var to = date(sessionsTo, day);
        var from = date(sessionsFrom, to.minusYears(3).plusDays(1));
        if (from.isAfter(to)) {
            from = to;
        }
        var rows = records.coverage(day, from, to);
        var requiring = rows.stream()
                .mapToLong(TrainingRecords.CoverageRow::requiringTraining)
                .sum();
        var trained =
                rows.stream().mapToLong(TrainingRecords.CoverageRow::trained).sum();
        var sessions = rows.stream()
                .mapToLong(TrainingRecords.CoverageRow::sessionsDelivered)
                .sum();
        model.addAttribute("asOf", day);
        model.addAttribute("sessionsFrom", from);
        model.addAttribute("sessionsTo", to);
        model.addAttribute("rows", rows);
        model.addAttribute("total", new TrainingRecords.CoverageRow(null, requiring, trained, sessions));
        model.addAttribute("admin", actors.require().has(Role.TRAINING_ADMIN));
        return "training/coverage";
    }

    @GetMapping("/training/imports/new")
    String newImport(@RequestParam(defaultValue = "STAFF") String kind, Model model) {
        model.addAttribute("kind", "COMPLETIONS".equals(kind) ? "COMPLETIONS" : "STAFF");
        return "training/import";
    }

    @PostMapping("/training/imports")
    String upload(
            @RequestParam(defaultValue = "STAFF") String kind,
            @RequestParam(required = false) @Nullable MultipartFile file,
            RedirectAttributes redirect)
            throws IOException {
        var chosen = "COMPLETIONS".equals(kind) ? "COMPLETIONS" : "STAFF";
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("problem", "training.import.noFile");
            return "redirect:/training/imports/new?kind=" + chosen;
        }
        var content = new String(file.getBytes(), StandardCharsets.UTF_8);
        var id = records.keep(chosen, file.getOriginalFilename(), content);
        return "redirect:/training/imports/" + id;
    }

    @GetMapping("/training/imports/{id}")
    String preview(@PathVariable UUID id, Model model) {
        var kept = records.kept(id).orElseThrow(() -> new NotFoundException("Import"));
        model.addAttribute("id", id);
        model.addAttribute("kind", kept.kind());
        model.addAttribute("fileName", kept.fileName());
        try {
            model.addAttribute(
                    "result",
                    "STAFF".equals(kept.kind())
                            ? records.importStaff(kept.content(), false)
                            : records.importCompletions(kept.content(), false));
        } catch (InvalidInputException e) {
            model.addAttribute("fileProblem", e.problems().get(0).message());
        }
        return "training/preview";
    }

    @PostMapping("/training/imports/{id}/confirm")
    String confirm(@PathVariable UUID id, RedirectAttributes redirect) {
        var result = records.apply(id);
        redirect.addFlashAttribute("success", "training.import.done");
        redirect.addFlashAttribute(
                "successName",
                result.created() + " / " + result.updated() + " / "
                        + result.rejected().size());
        return "redirect:/training";
    }

    @GetMapping("/training/lists/not-trained.csv")
    ResponseEntity<String> notTrained(
            @RequestParam(required = false) @Nullable String asOf, @RequestParam(defaultValue = "36") int months) {
        var day = date(asOf, LocalDate.ofInstant(clock.instant(), LONDON));
        var list = records.notTrainedWithin(day, Math.max(1, Math.min(months, 240)));
        var csv = new StringBuilder("staff_id,name,email,department,role,required_tier,last_trained_on\r\n");
        for (var u : list) {
            csv.append(String.join(
                            ",",
                            CsvCells.cell(u.staffId()),
                            CsvCells.cell(u.name()),
                            CsvCells.cell(u.email()),
                            CsvCells.cell(u.department()),
                            CsvCells.cell(u.role()),
                            String.valueOf(u.requiredTier()),
                            u.lastCompletedOn() == null
                                    ? ""
                                    : u.lastCompletedOn().toString()))
                    .append("\r\n");
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("not-trained-in-" + months + "-months-" + day + ".csv")
                                .build()
                                .toString())
                .cacheControl(CacheControl.noStore())
                .body(csv.toString());
    }

    private static LocalDate date(@Nullable String value, LocalDate otherwise) {
        try {
            return value == null || value.isBlank() ? otherwise : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return otherwise;
        }
    }
}
