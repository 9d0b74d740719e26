package org.preventduty.governance;

import static java.util.Objects.requireNonNull;

import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.preventduty.identity.CurrentActor;
import org.preventduty.identity.TenantManagement;
import org.preventduty.shared.Paged;
import org.preventduty.shared.web.ConfirmForm;
import org.preventduty.shared.web.CsvDownload;
import org.preventduty.shared.web.FormErrors;
import org.preventduty.shared.web.FormValues;
import org.preventduty.shared.web.Pagination;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The quarterly monitoring returns and the communications and engagement plan. */
@Controller
class GovernanceController {

    private static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    /** How many returns or activities a page lists. */
    static final int PAGE_SIZE = 25;

    private final MonitoringReturns returns;
    private final Communications communications;
    private final CurrentActor actors;
    private final TenantManagement tenants;
    private final GovernancePages pages;

    GovernanceController(
            MonitoringReturns returns,
            Communications communications,
            CurrentActor actors,
            TenantManagement tenants,
            GovernancePages pages) {
        this.returns = returns;
        this.communications = communications;
        this.actors = actors;
        this.tenants = tenants;
        this.pages = pages;
    }

    @GetMapping("/governance/returns")
    String returns(@RequestParam(defaultValue = "0") int page, Model model) {
        var list = Paged.slice(returns.list(), page, PAGE_SIZE);
        model.addAttribute("returns", list.items());
        model.addAttribute("pagination", Pagination.of(list, UriComponentsBuilder.fromPath("/governance/returns")));
        model.addAttribute("writer", pages.writer());
        return "governance/returns";
    }

    @GetMapping("/governance/returns/new")
    String newReturn(Model model) {
        var today = pages.today();
        var form = new ReturnForm();
        form.quarterStart(today.withDayOfMonth(1).minusMonths((today.getMonthValue() - 1) % 3 + 3));
        model.addAttribute("form", form);
        return returnQuestion(model);
    }

    @PostMapping("/governance/returns")
    String prepare(
            @ModelAttribute("form") ReturnForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        var start = FormErrors.day(result, "quarterStart", form.quarterStart(), "governance.return.quarterStart");
        var id = FormErrors.made(result, () -> returns.prepare(requireNonNull(start)));
        if (id.isPresent()) {
            redirect.addFlashAttribute("success", "governance.return.prepared");
            return "redirect:/governance/returns/" + id.get();
        }
        return returnQuestion(model);
    }

    private String returnQuestion(Model model) {
        return pages.question(
                model, "governance.return.prepare", null, null, "/governance/returns", "/governance/returns", "return");
    }

    @GetMapping("/governance/returns/{id}")
    String monitoringReturn(@PathVariable UUID id, Model model) {
        model.addAttribute("stepForm", new ConfirmForm());
        return returnPage(id, model);
    }

    private String returnPage(UUID id, Model model) {
        var ret = returns.get(id);
        var again = new ReturnForm();
        again.quarterStart(ret.quarterStart());
        model.addAttribute("again", again);
        model.addAttribute("ret", ret);
        model.addAttribute("writer", pages.writer());
        return "governance/return";
    }

    @PostMapping("/governance/returns/{id}/review")
    String reviewed(
            @PathVariable UUID id,
            @ModelAttribute("stepForm") ConfirmForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return step(id, result, model, redirect, "governance.return.reviewedDone", () -> returns.review(id));
    }

    @PostMapping("/governance/returns/{id}/submit")
    String submitted(
            @PathVariable UUID id,
            @ModelAttribute("stepForm") ConfirmForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return step(id, result, model, redirect, "governance.return.submittedDone", () -> returns.submit(id));
    }

    private String step(
            UUID id, BindingResult result, Model model, RedirectAttributes redirect, String success, Runnable step) {
        if (FormErrors.attempt(result, step)) {
            redirect.addFlashAttribute("success", success);
            return "redirect:/governance/returns/" + id;
        }
        return returnPage(id, model);
    }

    @GetMapping("/governance/returns/{id}.csv")
    ResponseEntity<byte[]> returnCsv(@PathVariable UUID id) {
        return download(returns.csv(id), "monitoring-return.csv", new MediaType("text", "csv", StandardCharsets.UTF_8));
    }

    @GetMapping("/governance/returns/{id}.docx")
    ResponseEntity<byte[]> returnDocx(@PathVariable UUID id) {
        var council = tenants.get(actors.requireTenant()).name();
        return download(returns.docx(id, council), "monitoring-return.docx", DOCX);
    }

    @GetMapping("/governance/communications")
    String communications(@RequestParam(defaultValue = "0") int page, Model model) {
        var list = Paged.slice(communications.plan(), page, PAGE_SIZE);
        model.addAttribute("activities", list.items());
        model.addAttribute(
                "pagination", Pagination.of(list, UriComponentsBuilder.fromPath("/governance/communications")));
        model.addAttribute("today", pages.today());
        model.addAttribute("writer", pages.writer());
        return "governance/communications";
    }

    @GetMapping("/governance/communications.csv")
    ResponseEntity<byte[]> communicationsCsv() {
        return CsvDownload.of(
                "communications-plan.csv",
                List.of("activity", "audience", "channel", "planned_on", "done_on"),
                communications.plan().stream()
                        .map(a ->
                                Arrays.<Object>asList(a.title(), a.audience(), a.channel(), a.plannedOn(), a.doneOn()))
                        .toList());
    }

    @GetMapping("/governance/communications/new")
    String newActivity(Model model) {
        model.addAttribute("form", new ActivityForm());
        return activityQuestion(model);
    }

    @PostMapping("/governance/communications")
    String planActivity(
            @Valid @ModelAttribute("form") ActivityForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var on = FormErrors.day(result, "plannedOn", form.plannedOn(), "governance.activity.plannedOn");
        if (FormErrors.attempt(
                result,
                () -> communications.plan(
                        FormValues.text(form.getTitle()),
                        FormValues.text(form.getAudience()),
                        FormValues.text(form.getChannel()),
                        requireNonNull(on)))) {
            redirect.addFlashAttribute("success", "governance.activity.planned");
            return "redirect:/governance/communications";
        }
        return activityQuestion(model);
    }

    private String activityQuestion(Model model) {
        model.addAttribute("adding", true);
        return pages.question(
                model,
                "governance.activity.add",
                null,
                null,
                "/governance/communications",
                "/governance/communications",
                "activity");
    }

    @GetMapping("/governance/communications/{id}")
    String activity(@PathVariable UUID id, Model model) {
        model.addAttribute("a", communications.activity(id));
        model.addAttribute("changes", communications.history(id));
        model.addAttribute("today", pages.today());
        model.addAttribute("writer", pages.writer());
        return "governance/activity";
    }

    @GetMapping("/governance/communications/{id}/change")
    String changeActivityPage(@PathVariable UUID id, Model model) {
        var activity = communications.activity(id);
        var form = new ActivityForm();
        form.setTitle(activity.title());
        form.setAudience(activity.audience());
        form.setChannel(activity.channel());
        form.plannedOn(activity.plannedOn());
        form.doneOn(activity.doneOn());
        form.setVersion(activity.version());
        model.addAttribute("form", form);
        return changeQuestion(id, activity.title(), model);
    }

    @PostMapping("/governance/communications/{id}")
    String updateActivity(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") ActivityForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var planned = FormErrors.day(result, "plannedOn", form.plannedOn(), "governance.activity.plannedOn");
        var done = FormErrors.optionalDay(result, "doneOn", form.doneOn(), "governance.activity.doneOn");
        if (FormErrors.attempt(
                result,
                () -> communications.update(
                        id,
                        BoardsController.version(form.getVersion()),
                        FormValues.text(form.getTitle()),
                        FormValues.text(form.getAudience()),
                        FormValues.text(form.getChannel()),
                        requireNonNull(planned),
                        done))) {
            redirect.addFlashAttribute("success", "governance.activity.changed");
            return "redirect:/governance/communications/" + id;
        }
        return changeQuestion(id, communications.activity(id).title(), model);
    }

    private String changeQuestion(UUID id, String title, Model model) {
        model.addAttribute("adding", false);
        return pages.question(
                model,
                "governance.activity.change",
                null,
                title,
                "/governance/communications/" + id,
                "/governance/communications/" + id,
                "activity");
    }

    @GetMapping("/governance/communications/{id}/done")
    String donePage(@PathVariable UUID id, Model model) {
        var activity = communications.activity(id);
        if (activity.doneOn() != null) {
            return "redirect:/governance/communications/" + id;
        }
        var form = new ActivityDoneForm();
        form.doneOn(pages.today());
        model.addAttribute("form", form);
        return doneQuestion(id, activity.title(), model);
    }

    @PostMapping("/governance/communications/{id}/done")
    String activityDone(
            @PathVariable UUID id,
            @ModelAttribute("form") ActivityDoneForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var on = FormErrors.day(result, "doneOn", form.doneOn(), "governance.activity.doneOn");
        if (FormErrors.attempt(result, () -> communications.done(id, requireNonNull(on)))) {
            redirect.addFlashAttribute("success", "governance.activity.marked");
            return "redirect:/governance/communications";
        }
        return doneQuestion(id, communications.activity(id).title(), model);
    }

    private String doneQuestion(UUID id, String title, Model model) {
        return pages.question(
                model,
                "governance.activity.done.title",
                null,
                title,
                "/governance/communications",
                "/governance/communications/" + id + "/done",
                "done");
    }

    private static ResponseEntity<byte[]> download(byte[] body, String name, MediaType type) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .cacheControl(CacheControl.noStore())
                .body(body);
    }
}
