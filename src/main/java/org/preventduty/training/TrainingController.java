package org.preventduty.training;

import static java.util.Objects.requireNonNull;

import jakarta.validation.Valid;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.identity.CurrentActor;
import org.preventduty.identity.Role;
import org.preventduty.shared.InvalidInputException;
import org.preventduty.shared.NotFoundException;
import org.preventduty.shared.Spreadsheets;
import org.preventduty.shared.web.DayFilter;
import org.preventduty.shared.web.FormErrors;
import org.preventduty.shared.web.FormValues;
import org.preventduty.shared.web.QuestionPage;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The training pages: coverage on a day, imports with a preview before anything changes, and the priority list. */
@Controller
class TrainingController {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    static final java.util.Map<String, TrainingCoverage.Grouping> GROUPINGS = java.util.Map.of(
            "department", TrainingCoverage.Grouping.DEPARTMENT,
            "organisation", TrainingCoverage.Grouping.ORGANISATION,
            "institution-type", TrainingCoverage.Grouping.INSTITUTION_TYPE,
            "group", TrainingCoverage.Grouping.STAFF_GROUP);

    private final TrainingRecords records;
    private final TrainingCoverage coverage;
    private final Completions completions;
    private final CurrentActor actors;
    private final TrainingSettings settings;
    private final RequirementRules requirementRules;
    private final Clock clock;

    TrainingController(
            TrainingRecords records,
            TrainingCoverage coverage,
            Completions completions,
            CurrentActor actors,
            TrainingSettings settings,
            RequirementRules requirementRules,
            Clock clock) {
        this.records = records;
        this.coverage = coverage;
        this.completions = completions;
        this.actors = actors;
        this.settings = settings;
        this.requirementRules = requirementRules;
        this.clock = clock;
    }

    @GetMapping("/training")
    String coverage(
            @RequestParam(required = false) @Nullable String asOf,
            @RequestParam(required = false) @Nullable String sessionsFrom,
            @RequestParam(required = false) @Nullable String sessionsTo,
            @RequestParam(defaultValue = "department") String by,
            @ModelAttribute("filter") DayFilter filter,
            BindingResult result,
            Model model) {
        var grouping = GROUPINGS.containsKey(by) ? by : "department";
        var today = LocalDate.ofInstant(clock.instant(), LONDON);
        var day = filter.read(result, "asOf", asOf, today);
        var to = filter.read(result, "to", sessionsTo, day);
        var from = filter.read(result, "from", sessionsFrom, to.minusYears(3).plusDays(1));
        if (from.isAfter(to)) {
            from = to;
            filter.show("from", from);
        }
        var table = coverage.table(day, from, to, GROUPINGS.get(grouping));
        model.addAttribute("asOf", day);
        model.addAttribute("sessionsFrom", from);
        model.addAttribute("sessionsTo", to);
        model.addAttribute("by", grouping);
        model.addAttribute("groupings", List.of("department", "organisation", "institution-type", "group"));
        model.addAttribute("rows", table.rows());
        model.addAttribute("total", table.total());
        model.addAttribute("admin", actors.require().has(Role.TRAINING_ADMIN));
        return "training/coverage";
    }

    @GetMapping("/training/imports/new")
    String newImport(@RequestParam(defaultValue = "STAFF") String kind, Model model) {
        var form = new ImportForm();
        form.setKind(kind);
        model.addAttribute("form", form);
        return importPage(form, model);
    }

    @PostMapping("/training/imports")
    String upload(
            @ModelAttribute("form") ImportForm form,
            BindingResult result,
            @RequestParam(required = false) @Nullable MultipartFile file,
            Model model)
            throws IOException {
        var chosen = "COMPLETIONS".equals(form.getKind()) ? "COMPLETIONS" : "STAFF";
        if (file == null || file.isEmpty()) {
            result.rejectValue("file", "training.import.noFile");
            return importPage(form, model);
        }
        var bytes = file.getBytes();
        String content;
        try {
            content = Spreadsheets.csvText(bytes);
        } catch (InvalidInputException e) {
            result.rejectValue("file", "training.import.unreadable");
            return importPage(form, model);
        }
        var id = records.keep(chosen, file.getOriginalFilename(), content);
        return "redirect:/training/imports/" + id;
    }

    private static String importPage(ImportForm form, Model model) {
        model.addAttribute("kind", "COMPLETIONS".equals(form.getKind()) ? "COMPLETIONS" : "STAFF");
        return "training/import";
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

    static final java.util.Map<String, TrainingRecords.ListKind> LISTS = java.util.Map.of(
            "never-trained", TrainingRecords.ListKind.NEVER_TRAINED,
            "expired", TrainingRecords.ListKind.EXPIRED,
            "expiring", TrainingRecords.ListKind.EXPIRING,
            "not-trained", TrainingRecords.ListKind.NOT_TRAINED_36_MONTHS);

    private static final List<String> COLUMNS = List.of(
            "staff_id", "name", "email", "department", "role", "required_tier", "last_trained_on", "expires_on");

    /** How many people a page of a training list shows. */
    static final int LIST_PAGE_SIZE = 100;

    @GetMapping("/training/lists")
    String list(
            @RequestParam(defaultValue = "not-trained") String kind,
            @RequestParam(required = false) @Nullable String asOf,
            @RequestParam(defaultValue = "0") String page,
            @ModelAttribute("filter") DayFilter filter,
            BindingResult result,
            Model model) {
        var chosen = LISTS.containsKey(kind) ? kind : "not-trained";
        var day = filter.read(result, "asOf", asOf, LocalDate.ofInstant(clock.instant(), LONDON));
        model.addAttribute("kind", chosen);
        model.addAttribute("kinds", List.of("never-trained", "expired", "expiring", "not-trained"));
        model.addAttribute("asOf", day);
        // A large council's list runs to thousands: the page shows it a page at a time, the downloads whole.
        var shown = org.preventduty.shared.Paged.slice(
                records.list(LISTS.get(chosen), day, settings.expiringDays()),
                org.preventduty.shared.web.Pagination.number(page),
                LIST_PAGE_SIZE);
        model.addAttribute("staff", shown.items());
        model.addAttribute("total", shown.totalItems());
        model.addAttribute(
                "pagination",
                org.preventduty.shared.web.Pagination.of(
                        shown,
                        org.springframework.web.util.UriComponentsBuilder.fromPath("/training/lists")
                                .queryParam("kind", chosen)
                                .queryParam("asOf", day)));
        model.addAttribute("expiringDays", settings.expiringDays());
        return "training/list";
    }

    @GetMapping("/training/lists/{kind}.{format}")
    ResponseEntity<byte[]> export(
            @PathVariable String kind,
            @PathVariable String format,
            @RequestParam(required = false) @Nullable String asOf)
            throws IOException {
        var list = LISTS.get(kind);
        if (list == null || !("csv".equals(format) || "xlsx".equals(format))) {
            throw new NotFoundException("List");
        }
        var day = FormValues.date(asOf, LocalDate.ofInstant(clock.instant(), LONDON));
        var rows = records.list(list, day, settings.expiringDays()).stream()
                .map(l -> java.util.Arrays.asList(
                        l.staffId(),
                        l.name(),
                        l.email(),
                        l.department(),
                        l.role(),
                        String.valueOf(l.requiredTier()),
                        l.lastCompletedOn() == null ? null : l.lastCompletedOn().toString(),
                        l.expiresOn() == null ? null : l.expiresOn().toString()))
                .toList();
        var csv = "csv".equals(format);
        var body = csv ? Exports.csv(COLUMNS, rows) : Exports.xlsx(kind, COLUMNS, rows);
        return ResponseEntity.ok()
                .contentType(
                        csv
                                ? new MediaType("text", "csv", StandardCharsets.UTF_8)
                                : MediaType.parseMediaType(
                                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(kind + "-" + day + "." + format)
                                .build()
                                .toString())
                .cacheControl(CacheControl.noStore())
                .body(body);
    }

    @GetMapping("/training/rules")
    String rules(Model model) {
        model.addAttribute("rules", requirementRules.list());
        return "training/rules";
    }

    @GetMapping("/training/rules/new")
    String newRule(Model model) {
        model.addAttribute("form", new RuleForm());
        return ruleQuestion(model);
    }

    @PostMapping("/training/rules")
    String addRule(
            @Valid @ModelAttribute("form") RuleForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (FormErrors.attempt(
                result,
                () -> requirementRules.add(
                        FormValues.text(form.getOrganisation()),
                        FormValues.text(form.getDepartment()),
                        FormValues.text(form.getRoleContains()),
                        requireNonNull(form.getTier()),
                        form.getRefreshMonths()))) {
            redirect.addFlashAttribute("success", "training.rule.added");
            return "redirect:/training/rules";
        }
        return ruleQuestion(model);
    }

    private static String ruleQuestion(Model model) {
        return new QuestionPage(
                        "training.rule.add", null, null, "/training/rules", "/training/rules", "training/forms :: rule")
                .show(model);
    }

    @PostMapping("/training/rules/{id}/remove")
    String removeRule(@PathVariable UUID id, RedirectAttributes redirect) {
        requirementRules.remove(id);
        redirect.addFlashAttribute("success", "training.rule.removed");
        return "redirect:/training/rules";
    }

    @GetMapping("/training/staff/{id}")
    String staff(@PathVariable UUID id, Model model) {
        model.addAttribute("s", records.staffRecord(id));
        model.addAttribute("today", LocalDate.ofInstant(clock.instant(), LONDON));
        return "training/staff";
    }

    @GetMapping("/training/staff/{id}/completions/new")
    String newCompletion(@PathVariable UUID id, Model model) {
        var form = new CompletionForm();
        form.completedOn(LocalDate.ofInstant(clock.instant(), LONDON));
        model.addAttribute("form", form);
        return completionQuestion(id, model);
    }

    @PostMapping("/training/staff/{id}/completions")
    String enter(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") CompletionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var on = FormErrors.day(result, "completedOn", form.completedOn(), "training.completion.completedOn");
        if (FormErrors.attempt(
                result,
                () -> completions.enter(
                        id, requireNonNull(form.getCourseCode()), on, FormValues.text(form.getEvidence())))) {
            redirect.addFlashAttribute("success", "training.completion.entered");
            return "redirect:/training/staff/" + id;
        }
        return completionQuestion(id, model);
    }

    private String completionQuestion(UUID staff, Model model) {
        model.addAttribute("courseLabels", TrainingLabels.courses(courses()));
        return new QuestionPage(
                        "training.completion.enter",
                        null,
                        records.staffRecord(staff).name(),
                        "/training/staff/" + staff,
                        "/training/staff/" + staff + "/completions",
                        "training/forms :: completion")
                .show(model);
    }

    @GetMapping("/training/completions/{id}/correct")
    String correctPage(@PathVariable UUID id, Model model) {
        var staff = completions.staffOf(id);
        var completion = completion(staff, id);
        var form = new CorrectionForm();
        form.setCourseCode(completion.courseCode());
        form.completedOn(completion.completedOn());
        model.addAttribute("form", form);
        return correctionQuestion(staff, id, model);
    }

    @PostMapping("/training/completions/{id}/correct")
    String correct(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") CorrectionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var staff = completions.staffOf(id);
        var on = FormErrors.day(result, "completedOn", form.completedOn(), "training.completion.completedOn");
        if (FormErrors.attempt(
                result,
                () -> completions.correct(
                        id, requireNonNull(form.getCourseCode()), on, FormValues.text(form.getReason())))) {
            redirect.addFlashAttribute("success", "training.completion.corrected");
            return "redirect:/training/staff/" + staff;
        }
        return correctionQuestion(staff, id, model);
    }

    private String correctionQuestion(UUID staff, UUID completion, Model model) {
        model.addAttribute("courseLabels", TrainingLabels.courses(courses()));
        return new QuestionPage(
                        "training.completion.correct.title",
                        null,
                        records.staffRecord(staff).name(),
                        "/training/staff/" + staff,
                        "/training/completions/" + completion + "/correct",
                        "training/forms :: correction")
                .show(model);
    }

    @GetMapping("/training/completions/{id}/remove")
    String removePage(@PathVariable UUID id, Model model) {
        var staff = completions.staffOf(id);
        model.addAttribute("completion", completion(staff, id));
        model.addAttribute("form", new RemovalForm());
        return removalQuestion(staff, id, model);
    }

    @PostMapping("/training/completions/{id}/remove")
    String remove(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") RemovalForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var staff = completions.staffOf(id);
        if (FormErrors.attempt(result, () -> completions.remove(id, FormValues.text(form.getReason())))) {
            redirect.addFlashAttribute("success", "training.completion.removed");
            return "redirect:/training/staff/" + staff;
        }
        model.addAttribute("completion", completion(staff, id));
        return removalQuestion(staff, id, model);
    }

    private String removalQuestion(UUID staff, UUID completion, Model model) {
        return new QuestionPage(
                        "training.completion.remove.title",
                        null,
                        records.staffRecord(staff).name(),
                        "/training/staff/" + staff,
                        "/training/completions/" + completion + "/remove",
                        "training/forms :: removal")
                .show(model);
    }

    private TrainingRecords.CompletionView completion(UUID staff, UUID id) {
        return records.staffRecord(staff).completions().stream()
                .filter(c -> c.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Completion"));
    }

    private List<TrainingRecords.Course> courses() {
        return completions.courses(actors.requireTenant().value()).values().stream()
                .sorted(java.util.Comparator.comparing(TrainingRecords.Course::tier)
                        .thenComparing(TrainingRecords.Course::code))
                .toList();
    }
}
