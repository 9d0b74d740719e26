package org.preventduty.reporting;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.preventduty.identity.CurrentActor;
import org.preventduty.identity.Role;
import org.preventduty.reporting.CommitteeReportData.Section;
import org.preventduty.shared.InvalidInputException;
import org.preventduty.shared.NotFoundException;
import org.preventduty.shared.RuleViolationException;
import org.preventduty.shared.web.ConfirmForm;
import org.preventduty.shared.web.FormErrors;
import org.preventduty.shared.web.Pagination;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The committee report in the browser: the council's reports, a new one for a committee, a period and the sections
 * chosen, the officer's words for each section, a preview, the downloads in Word, PDF and HTML, and marking it final.
 * Report viewers read the reports; Prevent leads make them.
 */
@Controller
class CommitteeReportsController {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final int PAGE_SIZE = 20;
    private static final List<String> FORMATS = Arrays.stream(CommitteeReports.Format.values())
            .map(CommitteeReports.Format::extension)
            .toList();

    private final CommitteeReports reports;
    private final CurrentActor actors;
    private final Clock clock;

    CommitteeReportsController(CommitteeReports reports, CurrentActor actors, Clock clock) {
        this.reports = reports;
        this.actors = actors;
        this.clock = clock;
    }

    @ModelAttribute("canMake")
    boolean canMake() {
        return actors.require().has(Role.PREVENT_LEAD);
    }

    @GetMapping("/reports/committee")
    String list(@RequestParam(defaultValue = "0") String page, Model model) {
        var number = page.matches("\\d{1,6}") ? Integer.parseInt(page) : 0;
        var shown = reports.list(number, PAGE_SIZE);
        model.addAttribute("reports", shown);
        model.addAttribute("pagination", Pagination.of(shown, UriComponentsBuilder.fromPath("/reports/committee")));
        return "reporting/committee-reports";
    }

    @GetMapping("/reports/committee/new")
    String newReport(Model model) {
        var form = new CommitteeReportForm();
        var today = today();
        form.fill(ReferralTrends.financialYearStart(today).minusYears(1), today);
        form.setSections(Arrays.stream(Section.values()).map(Enum::name).toList());
        model.addAttribute("report", form);
        return newView(model);
    }

    private String newView(Model model) {
        model.addAttribute(
                "sections", Arrays.stream(Section.values()).map(Enum::name).toList());
        return "reporting/committee-report-new";
    }

    @PostMapping("/reports/committee")
    String create(
            @Valid @ModelAttribute("report") CommitteeReportForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        form.check(result, today());
        if (result.hasErrors()) {
            return newView(model);
        }
        try {
            var id = reports.create(
                    form.getCommittee(), form.from().date(), form.to().date(), form.chosen());
            redirect.addFlashAttribute("success", "report.started");
            return "redirect:/reports/committee/" + id;
        } catch (InvalidInputException e) {
            e.problems().forEach(problem -> result.rejectValue(problem.field(), problem.code()));
            return newView(model);
        }
    }

    @GetMapping("/reports/committee/{id}")
    String report(@PathVariable String id, Model model) {
        var report = reports.get(uuid(id));
        model.addAttribute("narrative", NarrativeForm.of(report));
        return reportView(report, model);
    }

    private String reportView(CommitteeReports.Report report, Model model) {
        model.addAttribute("r", report);
        model.addAttribute("formats", FORMATS);
        return "reporting/committee-report";
    }

    @PostMapping("/reports/committee/{id}/words")
    String saveWords(
            @PathVariable String id,
            @ModelAttribute("narrative") NarrativeForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var report = reports.get(uuid(id));
        try {
            reports.saveNarrative(report.id(), form.getVersion(), form.bySection());
            redirect.addFlashAttribute("success", "report.saved");
            return "redirect:/reports/committee/" + report.id();
        } catch (InvalidInputException e) {
            e.problems().forEach(problem -> result.rejectValue(problem.field(), problem.code()));
            return reportView(report, model);
        } catch (RuleViolationException e) {
            // Final in the meantime, or saved by someone else: what was typed is kept on the page to copy.
            result.reject(e.code());
            return reportView(report, model);
        }
    }

    @GetMapping("/reports/committee/{id}/preview")
    String preview(@PathVariable String id, Model model) {
        var report = reports.get(uuid(id));
        model.addAttribute("report", report);
        model.addAttribute("data", reports.preview(report.id()));
        model.addAttribute("formats", FORMATS);
        return "reporting/committee-report-preview";
    }

    @GetMapping("/reports/committee/{id}/report.{format}")
    ResponseEntity<byte[]> download(@PathVariable String id, @PathVariable String format) {
        var chosen = CommitteeReports.Format.of(format);
        if (chosen == null) {
            throw new NotFoundException("Format");
        }
        var made = reports.download(uuid(id), chosen);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, made.mediaType())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(made.fileName())
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(made.content());
    }

    @GetMapping("/reports/committee/{id}/final")
    String confirmFinal(@PathVariable String id, Model model) {
        var report = reports.get(uuid(id));
        if (report.isFinal()) {
            return "redirect:/reports/committee/" + report.id();
        }
        model.addAttribute("r", report);
        model.addAttribute("finalForm", new ConfirmForm());
        return "reporting/committee-report-final";
    }

    @PostMapping("/reports/committee/{id}/final")
    String markFinal(
            @PathVariable String id,
            @RequestParam(defaultValue = "-1") String version,
            @ModelAttribute("finalForm") ConfirmForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var report = reports.get(uuid(id));
        if (FormErrors.attempt(
                result,
                () -> reports.finalise(report.id(), version.matches("\\d{1,9}") ? Integer.parseInt(version) : -1))) {
            redirect.addFlashAttribute("success", "report.finalised");
            return "redirect:/reports/committee/" + report.id();
        }
        model.addAttribute("r", reports.get(report.id()));
        return "reporting/committee-report-final";
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("Committee report");
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), LONDON);
    }
}
