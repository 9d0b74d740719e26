package org.preventduty.privacy;

import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.preventduty.identity.CurrentActor;
import org.preventduty.identity.Role;
import org.preventduty.identity.StepUp;
import org.preventduty.shared.InvalidInputException;
import org.preventduty.shared.NotFoundException;
import org.preventduty.shared.Paged;
import org.preventduty.shared.RuleViolationException;
import org.preventduty.shared.web.DateInput;
import org.preventduty.shared.web.FormErrors;
import org.preventduty.shared.web.Pagination;
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
 * The retention schedule (read by Prevent leads, changed by the council's administrator with their second factor
 * again), a dry run of it for any day, and the Prevent lead's legal holds.
 */
@Controller
class PrivacyController {

    private final RetentionRules rules;
    private final RetentionRuns runs;
    private final LegalHolds holds;
    private final PersonRecords people;
    private final SubjectAccess subjectAccess;
    private final BreakGlass breakGlass;
    private final StepUp stepUp;
    private final CurrentActor actors;

    PrivacyController(
            RetentionRules rules,
            RetentionRuns runs,
            LegalHolds holds,
            PersonRecords people,
            SubjectAccess subjectAccess,
            BreakGlass breakGlass,
            StepUp stepUp,
            CurrentActor actors) {
        this.rules = rules;
        this.runs = runs;
        this.holds = holds;
        this.people = people;
        this.subjectAccess = subjectAccess;
        this.breakGlass = breakGlass;
        this.stepUp = stepUp;
        this.actors = actors;
    }

    // The retention schedule.

    @GetMapping("/admin/retention")
    String schedule(Model model) {
        model.addAttribute("rules", rules.list());
        model.addAttribute("canChange", actors.require().has(Role.TENANT_ADMIN));
        return "privacy/retention";
    }

    // The path variable is not called "type": path variables reach the page's model, where "type" would be taken for
    // the type of its inputs.
    @GetMapping("/admin/retention/{recordType}")
    String rule(@PathVariable String recordType, Model model) {
        var rule = rule(recordType);
        var form = new RetentionRuleForm();
        form.setKeepYears(String.valueOf(rule.keepYears()));
        form.setVersion(rule.version());
        model.addAttribute("change", form);
        return ruleView(rule, model);
    }

    private String ruleView(RetentionRules.Rule rule, Model model) {
        model.addAttribute("rule", rule);
        return "privacy/retention-rule";
    }

    @PostMapping("/admin/retention/{recordType}")
    String change(
            @PathVariable String recordType,
            @Valid @ModelAttribute("change") RetentionRuleForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var rule = rule(recordType);
        var years = form.years();
        if (!result.hasFieldErrors("keepYears")
                && (years == null || years < RetentionRules.FEWEST_YEARS || years > RetentionRules.MOST_YEARS)) {
            result.rejectValue("keepYears", "retention.years.range");
        }
        if (result.hasErrors()) {
            return ruleView(rule, model);
        }
        var deletesNow = runs.newlyDue(rule.recordType(), years);
        if (deletesNow > 0 && !"yes".equals(form.getConfirm())) {
            model.addAttribute("deletesNow", deletesNow);
            result.rejectValue(
                    "confirm",
                    rule.recordType() == RecordType.AUDIT_TRAIL
                            ? "retention.confirm.neededAudit"
                            : "retention.confirm.needed",
                    new Object[] {deletesNow},
                    null);
            return ruleView(rule, model);
        }
        switch (stepUp.confirm(form.getCode())) {
            case CONFIRMED -> {}
            case NO_SECOND_FACTOR, NOT_A_PERSON -> {
                result.rejectValue("code", "retention.code.noSecondFactor");
                return ruleView(rule, model);
            }
            case WRONG_CODE -> {
                result.rejectValue("code", "retention.code.wrong");
                return ruleView(rule, model);
            }
        }
        try {
            rules.change(rule.recordType(), years, form.getVersion());
        } catch (InvalidInputException e) {
            e.problems().forEach(problem -> result.rejectValue(problem.field(), problem.code()));
            return ruleView(rule, model);
        } catch (RuleViolationException e) {
            FormErrors.refuse(result, e);
            return ruleView(rule, model);
        }
        redirect.addFlashAttribute("success", "retention.changed");
        return "redirect:/admin/retention";
    }

    private RetentionRules.Rule rule(String type) {
        return rules.list().stream()
                .filter(rule -> rule.recordType().name().equals(type) && rule.changeable())
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Retention rule"));
    }

    static final int DUE_PAGE_SIZE = 50;

    @GetMapping("/admin/retention/dry-run")
    String dryRun(
            @ModelAttribute("run") DryRunForm form,
            BindingResult result,
            @RequestParam(defaultValue = "0") String page,
            Model model) {
        var asOf = form.asOf();
        if (asOf.state() == DateInput.State.VALID) {
            var run = runs.run(true, asOf.date());
            model.addAttribute("result", run);
            // The records due, a page at a time: on a first run there may be years of them.
            var number = Pagination.number(page);
            var from = Math.min(run.due().size(), number * DUE_PAGE_SIZE);
            var shown = new Paged<>(
                    run.due().subList(from, Math.min(run.due().size(), from + DUE_PAGE_SIZE)),
                    number,
                    DUE_PAGE_SIZE,
                    run.due().size());
            model.addAttribute("due", shown);
            model.addAttribute(
                    "pagination",
                    Pagination.of(
                            shown,
                            UriComponentsBuilder.fromPath("/admin/retention/dry-run")
                                    .queryParam("asOfDay", form.getAsOfDay())
                                    .queryParam("asOfMonth", form.getAsOfMonth())
                                    .queryParam("asOfYear", form.getAsOfYear())));
        } else if (asOf.state() != DateInput.State.EMPTY) {
            result.rejectValue("asOf", "retention.asOf.invalid");
        }
        model.addAttribute("types", Arrays.asList(RecordType.values()));
        return "privacy/dry-run";
    }

    // Legal holds.

    @GetMapping("/privacy/holds")
    String holds(@RequestParam(defaultValue = "0") String page, Model model) {
        var shown = holds.list(Pagination.number(page), LIST_PAGE_SIZE);
        model.addAttribute("holds", shown.items());
        model.addAttribute("pagination", Pagination.of(shown, UriComponentsBuilder.fromPath("/privacy/holds")));
        return "privacy/holds";
    }

    @GetMapping("/people/{id}/legal-hold")
    String holdPage(@PathVariable UUID id, Model model) {
        model.addAttribute("hold", new HoldForm());
        return holdView(id, model);
    }

    private String holdView(UUID id, Model model) {
        var tenant = actors.requireTenant().value();
        model.addAttribute("personId", id);
        model.addAttribute("personName", people.name(tenant, id).orElseThrow(() -> new NotFoundException("Person")));
        model.addAttribute("standing", holds.standing(id));
        return "privacy/hold";
    }

    @PostMapping("/people/{id}/legal-hold")
    String place(
            @PathVariable UUID id,
            @Valid @ModelAttribute("hold") HoldForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return holdView(id, model);
        }
        try {
            holds.place(id, form.getReason());
        } catch (InvalidInputException e) {
            e.problems().forEach(problem -> result.rejectValue(problem.field(), problem.code()));
            return holdView(id, model);
        } catch (RuleViolationException e) {
            FormErrors.refuse(result, e);
            return holdView(id, model);
        }
        redirect.addFlashAttribute("success", "hold.placed.done");
        return "redirect:/privacy/holds";
    }

    @PostMapping("/people/{id}/legal-hold/lift")
    String lift(@PathVariable UUID id, RedirectAttributes redirect) {
        holds.lift(id);
        redirect.addFlashAttribute("success", "hold.lifted");
        return "redirect:/privacy/holds";
    }

    // Subject access.

    @GetMapping("/people/{id}/subject-access")
    String subjectAccess(@PathVariable UUID id, Model model) {
        model.addAttribute("request", new SubjectAccessForms.RequestForm());
        model.addAttribute("export", new SubjectAccessForms.ExportForm());
        return subjectAccessView(id, model);
    }

    private String subjectAccessView(UUID id, Model model) {
        model.addAttribute("personId", id);
        model.addAttribute("personName", subjectAccess.person(id));
        model.addAttribute("requests", subjectAccess.requests(id));
        model.addAttribute(
                "withholdings",
                Arrays.stream(Withholding.values()).map(Enum::name).toList());
        return "privacy/subject-access";
    }

    @PostMapping("/people/{id}/subject-access-requests")
    String recordRequest(
            @PathVariable UUID id,
            @ModelAttribute("request") SubjectAccessForms.RequestForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var receivedOn = form.receivedOn();
        if (receivedOn.state() != DateInput.State.VALID) {
            result.rejectValue("receivedOn", "sar.receivedOn.invalid");
        } else {
            try {
                subjectAccess.record(id, receivedOn.date());
            } catch (InvalidInputException e) {
                e.problems().forEach(problem -> result.rejectValue(problem.field(), problem.code()));
            }
        }
        if (result.hasErrors()) {
            model.addAttribute("export", new SubjectAccessForms.ExportForm());
            return subjectAccessView(id, model);
        }
        redirect.addFlashAttribute("success", "sar.recorded");
        return "redirect:/people/" + id + "/subject-access";
    }

    @PostMapping("/people/{id}/subject-access-export")
    Object export(
            @PathVariable UUID id,
            @ModelAttribute("export") SubjectAccessForms.ExportForm form,
            BindingResult result,
            Model model) {
        var code = switch (stepUp.confirm(form.getCode())) {
            case CONFIRMED -> null;
            case WRONG_CODE -> "sar.export.code.wrong";
            case NO_SECOND_FACTOR, NOT_A_PERSON -> "sar.export.code.noSecondFactor";
        };
        if (code != null) {
            result.rejectValue("code", code);
            model.addAttribute("request", new SubjectAccessForms.RequestForm());
            return subjectAccessView(id, model);
        }
        var made = subjectAccess.export(
                id, form.withheld(), org.springframework.context.i18n.LocaleContextHolder.getLocale());
        return org.springframework.http.ResponseEntity.ok()
                .header(org.springframework.http.HttpHeaders.CONTENT_TYPE, "application/zip")
                .header(
                        org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        org.springframework.http.ContentDisposition.attachment()
                                .filename(made.fileName())
                                .build()
                                .toString())
                .header(org.springframework.http.HttpHeaders.CACHE_CONTROL, "no-store")
                .body(made.content());
    }

    // Break-glass.

    @GetMapping("/break-glass")
    String breakGlassPage(Model model) {
        model.addAttribute("glass", new BreakGlassForms.OpenForm());
        return "privacy/break-glass";
    }

    @PostMapping("/break-glass")
    String breakGlass(
            @Valid @ModelAttribute("glass") BreakGlassForms.OpenForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return "privacy/break-glass";
        }
        switch (stepUp.confirm(form.getCode())) {
            case CONFIRMED -> {}
            case WRONG_CODE -> {
                result.rejectValue("code", "breakGlass.code.wrong");
                return "privacy/break-glass";
            }
            case NO_SECOND_FACTOR, NOT_A_PERSON -> {
                result.rejectValue("code", "breakGlass.code.noSecondFactor");
                return "privacy/break-glass";
            }
        }
        try {
            var caseId = breakGlass.openGlass(form.getReference(), form.getReason());
            redirect.addFlashAttribute("success", "breakGlass.opened");
            return "redirect:/channel/cases/" + caseId;
        } catch (InvalidInputException e) {
            e.problems().forEach(problem -> result.rejectValue(problem.field(), problem.code()));
        } catch (RuleViolationException e) {
            result.rejectValue("reference", e.code());
        }
        return "privacy/break-glass";
    }

    static final int LIST_PAGE_SIZE = 25;

    @GetMapping("/privacy/break-glass")
    String openings(@RequestParam(defaultValue = "0") String page, Model model) {
        openingsPage(Pagination.number(page), model);
        model.addAttribute("review", new BreakGlassForms.ReviewForm());
        return "privacy/break-glass-reviews";
    }

    private void openingsPage(int page, Model model) {
        var shown = breakGlass.list(page, LIST_PAGE_SIZE);
        model.addAttribute("openings", shown.items());
        model.addAttribute("pagination", Pagination.of(shown, UriComponentsBuilder.fromPath("/privacy/break-glass")));
    }

    @PostMapping("/privacy/break-glass/{id}/review")
    String review(
            @PathVariable UUID id,
            @Valid @ModelAttribute("review") BreakGlassForms.ReviewForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                breakGlass.review(id, "yes".equals(form.getJustified()), form.getNote());
                redirect.addFlashAttribute("success", "breakGlass.reviewedDone");
                return "redirect:/privacy/break-glass";
            } catch (InvalidInputException e) {
                e.problems().forEach(problem -> result.rejectValue(problem.field(), problem.code()));
            } catch (RuleViolationException e) {
                FormErrors.refuse(result, e);
            }
        }
        openingsPage(0, model);
        model.addAttribute("reviewing", id);
        return "privacy/break-glass-reviews";
    }

    // What the schedule will delete soon.

    @GetMapping("/privacy/upcoming")
    String upcoming(@RequestParam(defaultValue = "0") String page, Model model) {
        upcomingPage(runs.upcoming(), Pagination.number(page), model);
        model.addAttribute("extension", new ExtensionForm());
        return "privacy/upcoming";
    }

    private void upcomingPage(List<RetentionParticipant.Due> all, int page, Model model) {
        var shown = Paged.slice(all, page, LIST_PAGE_SIZE);
        model.addAttribute("upcoming", shown.items());
        model.addAttribute("pagination", Pagination.of(shown, UriComponentsBuilder.fromPath("/privacy/upcoming")));
    }

    @PostMapping("/privacy/upcoming/{id}/extend")
    String extend(
            @PathVariable UUID id,
            @Valid @ModelAttribute("extension") ExtensionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                var until = runs.extend(id, form.getReason());
                redirect.addFlashAttribute("success", "retention.extended");
                redirect.addFlashAttribute("successName", until.toString());
                return "redirect:/privacy/upcoming";
            } catch (InvalidInputException e) {
                e.problems().forEach(problem -> result.rejectValue(problem.field(), problem.code()));
            }
        }
        // The page that holds the record being kept on, so that its error shows beside it.
        var all = runs.upcoming();
        var at = all.stream().map(RetentionParticipant.Due::id).toList().indexOf(id);
        upcomingPage(all, Math.max(at, 0) / LIST_PAGE_SIZE, model);
        model.addAttribute("extending", id);
        return "privacy/upcoming";
    }
}
