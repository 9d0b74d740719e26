package org.preventduty.risk;

import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.identity.Role;
import org.preventduty.identity.UserDirectory;
import org.preventduty.risk.RiskRules.ActionStatus;
import org.preventduty.risk.RiskRules.Rag;
import org.preventduty.risk.RiskRules.ToolkitSection;
import org.preventduty.shared.Paged;
import org.preventduty.shared.web.CsvDownload;
import org.preventduty.shared.web.FormErrors;
import org.preventduty.shared.web.FormValues;
import org.preventduty.shared.web.Pagination;
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

/** The action plan with each action's progress, and the toolkit self-assessment, with their question pages. */
@Controller
class ActionPlanController {

    /** How many actions the plan shows a page. */
    static final int ACTIONS_PAGE = 25;

    private final RiskAssessments assessments;
    private final RiskRegister register;
    private final UserDirectory users;
    private final RiskPages pages;

    ActionPlanController(RiskAssessments assessments, RiskRegister register, UserDirectory users, RiskPages pages) {
        this.assessments = assessments;
        this.register = register;
        this.users = users;
        this.pages = pages;
    }

    @GetMapping("/risk/actions")
    String actions(
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        var list = Paged.slice(register.actions(overdue), page, ACTIONS_PAGE);
        model.addAttribute("actions", list.items());
        model.addAttribute(
                "pagination",
                Pagination.of(
                        list,
                        UriComponentsBuilder.fromPath("/risk/actions")
                                .queryParamIfPresent("overdue", Optional.ofNullable(overdue ? "true" : null))));
        model.addAttribute("overdueOnly", overdue);
        model.addAttribute("writer", pages.writer());
        return "risk/actions";
    }

    @GetMapping("/risk/actions.csv")
    ResponseEntity<byte[]> actionsCsv() {
        return CsvDownload.of(
                "action-plan.csv",
                List.of("action", "risk", "toolkit_section", "owner", "due_on", "status", "overdue"),
                register.actions(false).stream()
                        .map(a -> Arrays.asList(
                                a.title(),
                                a.riskTitle(),
                                a.toolkitSection(),
                                a.ownerName(),
                                a.dueOn(),
                                a.status(),
                                a.overdue()))
                        .toList());
    }

    @GetMapping("/risk/actions/new")
    String newAction(@RequestParam(required = false) @Nullable UUID risk, Model model) {
        var form = new ActionForm();
        form.setRiskId(risk);
        model.addAttribute("form", form);
        return actionQuestion(null, model);
    }

    @PostMapping("/risk/actions")
    String addAction(
            @Valid @ModelAttribute("form") ActionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var due = FormErrors.optionalDay(result, "dueOn", form.dueOn(), "risk.action.dueOn");
        if (FormErrors.attempt(result, () -> register.addAction(input(form, due)))) {
            redirect.addFlashAttribute("success", "risk.action.added");
            return "redirect:/risk/actions";
        }
        return actionQuestion(null, model);
    }

    @GetMapping("/risk/actions/{id}")
    String action(@PathVariable UUID id, Model model) {
        model.addAttribute("a", register.action(id));
        model.addAttribute("changes", register.actionHistory(id));
        model.addAttribute("writer", pages.writer());
        return "risk/action";
    }

    @GetMapping("/risk/actions/{id}/change")
    String changeActionPage(@PathVariable UUID id, Model model) {
        var action = register.action(id);
        var form = new ActionForm();
        form.setTitle(action.title());
        form.setRiskId(action.riskId());
        form.setToolkitSection(action.toolkitSection());
        form.setOwnerUserId(action.ownerUserId());
        form.setOwnerName(action.ownerUserId() == null ? action.ownerName() : null);
        form.dueOn(action.dueOn());
        form.setVersion(action.version());
        model.addAttribute("form", form);
        return actionQuestion(action, model);
    }

    @PostMapping("/risk/actions/{id}")
    String updateAction(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") ActionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var due = FormErrors.optionalDay(result, "dueOn", form.dueOn(), "risk.action.dueOn");
        if (FormErrors.attempt(
                result,
                () -> register.updateAction(id, form.getVersion() == null ? 0 : form.getVersion(), input(form, due)))) {
            redirect.addFlashAttribute("success", "risk.action.changed");
            return "redirect:/risk/actions/" + id;
        }
        return actionQuestion(register.action(id), model);
    }

    /** The action as the form gives it; a colleague chosen as owner is named by their display name, not what is typed. */
    private RiskRegister.ActionInput input(ActionForm form, java.time.@Nullable LocalDate due) {
        var owner = form.getOwnerUserId();
        var name = FormValues.text(form.getOwnerName());
        if (owner != null) {
            var known = users.names(List.of(owner)).get(owner);
            name = known == null ? name : known;
        }
        return new RiskRegister.ActionInput(
                form.getRiskId(), form.getToolkitSection(), FormValues.text(form.getTitle()), owner, name, due);
    }

    private String actionQuestion(RiskRegister.@Nullable Action action, Model model) {
        var risks = new LinkedHashMap<UUID, String>();
        assessments
                .current()
                .map(a -> register.risks(a.id()))
                .orElse(List.of())
                .forEach(r -> risks.put(r.id(), r.title()));
        model.addAttribute("risks", risks);
        model.addAttribute("sections", ToolkitSection.values());
        model.addAttribute("owners", owners());
        model.addAttribute("adding", action == null);
        return action == null
                ? pages.question(model, "risk.action.add", null, "/risk/actions", "/risk/actions", "action")
                : pages.question(
                        model,
                        "risk.action.change",
                        action.title(),
                        "/risk/actions/" + action.id(),
                        "/risk/actions/" + action.id(),
                        "action");
    }

    /** The colleagues an action can be given to: delivery officers and Prevent leads. */
    private Map<UUID, String> owners() {
        var owners = new LinkedHashMap<UUID, String>();
        users.withRole(Role.DELIVERY_OFFICER).forEach(c -> owners.put(c.id(), c.displayName()));
        users.withRole(Role.PREVENT_LEAD).forEach(c -> owners.put(c.id(), c.displayName()));
        return owners;
    }

    @GetMapping("/risk/actions/{id}/progress")
    String progressPage(@PathVariable UUID id, Model model) {
        var action = register.action(id);
        var form = new ActionProgressForm();
        form.setStatus(action.status());
        model.addAttribute("form", form);
        return progressQuestion(action, model);
    }

    @PostMapping("/risk/actions/{id}/notes")
    String note(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") ActionProgressForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (FormErrors.attempt(result, () -> register.note(id, form.getStatus(), FormValues.text(form.getNote())))) {
            redirect.addFlashAttribute("success", "risk.action.noted");
            return "redirect:/risk/actions/" + id;
        }
        return progressQuestion(register.action(id), model);
    }

    private String progressQuestion(RiskRegister.Action action, Model model) {
        model.addAttribute("statuses", ActionStatus.values());
        return pages.question(
                model,
                "risk.action.progress",
                action.title(),
                "/risk/actions/" + action.id(),
                "/risk/actions/" + action.id() + "/notes",
                "progress");
    }

    @GetMapping("/risk/toolkit")
    String toolkit(Model model) {
        model.addAttribute("ratings", assessments.toolkit());
        model.addAttribute("writer", pages.writer());
        return "risk/toolkit";
    }

    @GetMapping("/risk/toolkit/rate")
    String ratePage(@RequestParam(required = false) @Nullable ToolkitSection section, Model model) {
        var form = new RatingForm();
        form.setSection(section);
        assessments.toolkit().stream()
                .filter(r -> r.section() == section)
                .findFirst()
                .ifPresent(r -> {
                    form.setRag(r.rag());
                    form.setEvidence(r.evidence());
                    form.setActions(r.actions());
                });
        model.addAttribute("form", form);
        return rateQuestion(model);
    }

    @PostMapping("/risk/toolkit")
    String rate(
            @Valid @ModelAttribute("form") RatingForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (FormErrors.attempt(
                result,
                () -> assessments.rate(
                        form.getSection(),
                        form.getRag(),
                        FormValues.text(form.getEvidence()),
                        FormValues.text(form.getActions())))) {
            redirect.addFlashAttribute("success", "risk.toolkit.rated");
            return "redirect:/risk/toolkit";
        }
        return rateQuestion(model);
    }

    private String rateQuestion(Model model) {
        model.addAttribute("sections", ToolkitSection.values());
        model.addAttribute("rags", Rag.values());
        return pages.question(model, "risk.toolkit.rate", null, "/risk/toolkit", "/risk/toolkit", "rating");
    }
}
