package org.preventduty.risk;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.identity.CurrentActor;
import org.preventduty.identity.Role;
import org.preventduty.identity.ServiceAddress;
import org.preventduty.identity.UserDirectory;
import org.preventduty.risk.RiskRules.ActionStatus;
import org.preventduty.risk.RiskRules.Category;
import org.preventduty.risk.RiskRules.Rag;
import org.preventduty.risk.RiskRules.ToolkitSection;
import org.preventduty.shared.InvalidInputException;
import org.preventduty.shared.RuleViolationException;
import org.preventduty.shared.web.CsvDownload;
import org.preventduty.shared.web.FormOutcome;
import org.preventduty.shared.web.FormValues;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The risk pages: the assessment with its versions, register and heat map; the consultation with its questions, links
 * and answers; the action plan; the toolkit self-assessment; and the public page where a partner answers.
 */
@Controller
class RiskController {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final RiskAssessments assessments;
    private final RiskRegister register;
    private final Consultations consultations;
    private final UserDirectory users;
    private final CurrentActor actors;
    private final RiskSettings settings;
    private final org.springframework.beans.factory.ObjectProvider<org.springframework.mail.javamail.JavaMailSender>
            mail;
    private final ServiceAddress address;
    private final Clock clock;

    RiskController(
            RiskAssessments assessments,
            RiskRegister register,
            Consultations consultations,
            UserDirectory users,
            CurrentActor actors,
            RiskSettings settings,
            org.springframework.beans.factory.ObjectProvider<org.springframework.mail.javamail.JavaMailSender> mail,
            ServiceAddress address,
            Clock clock) {
        this.settings = settings;
        this.address = address;
        this.mail = mail;
        this.assessments = assessments;
        this.register = register;
        this.consultations = consultations;
        this.users = users;
        this.actors = actors;
        this.clock = clock;
    }

    @GetMapping("/risk")
    String overview(@RequestParam(required = false) @Nullable UUID version, Model model) {
        var versions = assessments.versions();
        var shown = version == null
                ? versions.stream().findFirst().orElse(null)
                : versions.stream()
                        .filter(v -> v.id().equals(version))
                        .findFirst()
                        .orElse(null);
        model.addAttribute("versions", versions);
        model.addAttribute("assessment", shown);
        model.addAttribute("writer", writer());
        model.addAttribute("categories", Category.values());
        model.addAttribute("likelihoods", settings.likelihoodLabels());
        model.addAttribute("impacts", settings.impactLabels());
        if (shown != null) {
            var risks = register.risks(shown.id());
            model.addAttribute("risks", risks);
            model.addAttribute("heat", RiskRegister.heatMap(risks));
        }
        return "risk/overview";
    }

    @PostMapping("/risk/assessments")
    String start(@RequestParam(required = false) @Nullable String title, RedirectAttributes redirect) {
        try {
            assessments.startVersion(title);
            redirect.addFlashAttribute("success", "risk.assessment.started");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", e.problems().get(0).code());
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("problem", e.code());
        }
        return "redirect:/risk";
    }

    @PostMapping("/risk/assessments/{id}/stage")
    String stage(
            @PathVariable UUID id,
            @RequestParam String to,
            @RequestParam(required = false) @Nullable String who,
            @RequestParam(required = false) @Nullable String on,
            RedirectAttributes redirect) {
        try {
            switch (to) {
                case "CONSULTATION" -> assessments.toConsultation(id);
                case "REVIEWED" -> assessments.reviewed(id, who, FormValues.date(on));
                case "APPROVED" -> assessments.approved(id, who, FormValues.date(on));
                default -> throw RuleViolationException.rule("risk.assessment.order", "Unknown stage");
            }
            redirect.addFlashAttribute("success", "risk.assessment.moved");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", e.problems().get(0).code());
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("problem", e.code());
        }
        return "redirect:/risk?version=" + id;
    }

    @PostMapping("/risk/assessments/{id}/significant-change")
    String change(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String on,
            @RequestParam(required = false) @Nullable String note,
            RedirectAttributes redirect) {
        try {
            assessments.significantChange(id, FormValues.date(on), note);
            redirect.addFlashAttribute("success", "risk.assessment.changed");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", e.problems().get(0).code());
        }
        return "redirect:/risk?version=" + id;
    }

    @PostMapping("/risk/assessments/{id}/risks")
    String addRisk(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String title,
            @RequestParam(required = false) @Nullable String description,
            @RequestParam(required = false) @Nullable String category,
            @RequestParam(required = false) @Nullable String likelihood,
            @RequestParam(required = false) @Nullable String impact,
            @RequestParam(required = false) @Nullable String residualLikelihood,
            @RequestParam(required = false) @Nullable String residualImpact,
            @RequestParam(required = false) @Nullable String owner,
            RedirectAttributes redirect) {
        try {
            register.addRisk(
                    id,
                    title,
                    description,
                    FormValues.choice(Category.class, category),
                    FormValues.integer(likelihood),
                    FormValues.integer(impact),
                    FormValues.integer(residualLikelihood),
                    FormValues.integer(residualImpact),
                    owner);
            redirect.addFlashAttribute("success", "risk.risk.added");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", e.problems().get(0).code());
        }
        return "redirect:/risk?version=" + id;
    }

    @GetMapping("/risk/risks/{id}")
    String risk(@PathVariable UUID id, Model model) {
        model.addAttribute("r", register.risk(id));
        model.addAttribute("changes", register.history(id));
        model.addAttribute("writer", writer());
        model.addAttribute("categories", Category.values());
        model.addAttribute("likelihoods", settings.likelihoodLabels());
        model.addAttribute("impacts", settings.impactLabels());
        return "risk/risk";
    }

    @PostMapping("/risk/risks/{id}")
    String updateRisk(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "0") int version,
            @RequestParam(required = false) @Nullable String title,
            @RequestParam(required = false) @Nullable String description,
            @RequestParam(required = false) @Nullable String category,
            @RequestParam(required = false) @Nullable String likelihood,
            @RequestParam(required = false) @Nullable String impact,
            @RequestParam(required = false) @Nullable String residualLikelihood,
            @RequestParam(required = false) @Nullable String residualImpact,
            @RequestParam(required = false) @Nullable String owner,
            RedirectAttributes redirect) {
        FormOutcome.flash(redirect, "risk.risk.changed", () -> {
            register.updateRisk(
                    id,
                    version,
                    title,
                    description,
                    FormValues.choice(Category.class, category),
                    FormValues.integer(likelihood),
                    FormValues.integer(impact),
                    FormValues.integer(residualLikelihood),
                    FormValues.integer(residualImpact),
                    owner);
        });
        return "redirect:/risk/risks/" + id;
    }

    @GetMapping("/risk/assessments/{id}/consultation")
    String consultation(@PathVariable UUID id, Model model) {
        model.addAttribute("assessment", assessments.get(id));
        model.addAttribute("questions", consultations.questions(id));
        model.addAttribute("links", consultations.links(id));
        model.addAttribute("summary", consultations.summary(id));
        model.addAttribute("now", clock.instant());
        model.addAttribute("writer", writer());
        return "risk/consultation";
    }

    @PostMapping("/risk/assessments/{id}/questions")
    String addQuestion(
            @PathVariable UUID id, @RequestParam(required = false) @Nullable String text, RedirectAttributes redirect) {
        try {
            consultations.addQuestion(id, text);
            redirect.addFlashAttribute("success", "risk.question.added");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", e.problems().get(0).code());
        }
        return "redirect:/risk/assessments/" + id + "/consultation";
    }

    @PostMapping("/risk/assessments/{id}/links")
    String makeLink(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String organisation,
            @RequestParam(required = false) @Nullable String email,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        try {
            var made = consultations.makeLink(id, organisation, email);
            var link = address.of("/consultation/" + made.token());
            redirect.addFlashAttribute("madeLink", link);
            redirect.addFlashAttribute("success", "risk.link.made");
            var sender = mail.getIfAvailable();
            if (sender != null && email != null && !email.isBlank()) {
                var message = new org.springframework.mail.SimpleMailMessage();
                message.setFrom(settings.mailFrom());
                message.setTo(email.strip());
                message.setSubject("Prevent risk assessment: your views");
                message.setText("The council's Prevent team asks for your organisation's view of the risks in the area,"
                        + " to inform its Prevent risk assessment.\n\nPlease answer the questions at this link within"
                        + " 21 days. It needs no account and can be answered once:\n\n" + link
                        + "\n\nPlease do not forward it: it is for your organisation only.\n");
                try {
                    sender.send(message);
                    redirect.addFlashAttribute("success", "risk.link.emailed");
                } catch (org.springframework.mail.MailException e) {
                    redirect.addFlashAttribute("success", "risk.link.notEmailed");
                }
            }
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", e.problems().get(0).code());
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("problem", e.code());
        }
        return "redirect:/risk/assessments/" + id + "/consultation";
    }

    /** How many actions the plan shows a page. */
    static final int ACTIONS_PAGE = 25;

    @GetMapping("/risk/actions")
    String actions(
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        var list = org.preventduty.shared.Paged.slice(register.actions(overdue), page, ACTIONS_PAGE);
        model.addAttribute("actions", list.items());
        model.addAttribute(
                "pagination",
                org.preventduty.shared.web.Pagination.of(
                        list,
                        org.springframework.web.util.UriComponentsBuilder.fromPath("/risk/actions")
                                .queryParamIfPresent(
                                        "overdue", java.util.Optional.ofNullable(overdue ? "true" : null))));
        model.addAttribute("overdueOnly", overdue);
        model.addAttribute("writer", writer());
        model.addAttribute("sections", ToolkitSection.values());
        model.addAttribute("statuses", ActionStatus.values());
        var current = assessments.current();
        model.addAttribute("risks", current.map(a -> register.risks(a.id())).orElse(List.of()));
        model.addAttribute("owners", owners());
        return "risk/actions";
    }

    /** The colleagues an action can be given to: delivery officers and Prevent leads. */
    private java.util.Map<UUID, String> owners() {
        var owners = new java.util.LinkedHashMap<UUID, String>();
        users.withRole(Role.DELIVERY_OFFICER).forEach(c -> owners.put(c.id(), c.displayName()));
        users.withRole(Role.PREVENT_LEAD).forEach(c -> owners.put(c.id(), c.displayName()));
        return owners;
    }

    /** An action as the form gives it; a colleague chosen as owner is named by their display name, not what is typed. */
    private RiskRegister.ActionInput actionInput(
            @Nullable String riskId,
            @Nullable String toolkitSection,
            @Nullable String title,
            @Nullable String ownerUserId,
            @Nullable String ownerName,
            @Nullable String dueOn) {
        var owner = FormValues.uuid(ownerUserId);
        var name = ownerName;
        if (owner != null) {
            var known = users.names(List.of(owner)).get(owner);
            name = known == null ? name : known;
        }
        return new RiskRegister.ActionInput(
                FormValues.uuid(riskId),
                FormValues.choice(ToolkitSection.class, toolkitSection),
                title,
                owner,
                name,
                FormValues.date(dueOn));
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

    @PostMapping("/risk/actions")
    String addAction(
            @RequestParam(required = false) @Nullable String riskId,
            @RequestParam(required = false) @Nullable String toolkitSection,
            @RequestParam(required = false) @Nullable String title,
            @RequestParam(required = false) @Nullable String ownerUserId,
            @RequestParam(required = false) @Nullable String ownerName,
            @RequestParam(required = false) @Nullable String dueOn,
            RedirectAttributes redirect) {
        try {
            register.addAction(actionInput(riskId, toolkitSection, title, ownerUserId, ownerName, dueOn));
            redirect.addFlashAttribute("success", "risk.action.added");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", e.problems().get(0).code());
        }
        return "redirect:/risk/actions";
    }

    @GetMapping("/risk/actions/{id}")
    String action(@PathVariable UUID id, Model model) {
        model.addAttribute("a", register.action(id));
        model.addAttribute("changes", register.actionHistory(id));
        model.addAttribute("writer", writer());
        model.addAttribute("sections", ToolkitSection.values());
        model.addAttribute("statuses", ActionStatus.values());
        model.addAttribute(
                "risks", assessments.current().map(a -> register.risks(a.id())).orElse(List.of()));
        model.addAttribute("owners", owners());
        return "risk/action";
    }

    @PostMapping("/risk/actions/{id}")
    String updateAction(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "0") int version,
            @RequestParam(required = false) @Nullable String riskId,
            @RequestParam(required = false) @Nullable String toolkitSection,
            @RequestParam(required = false) @Nullable String title,
            @RequestParam(required = false) @Nullable String ownerUserId,
            @RequestParam(required = false) @Nullable String ownerName,
            @RequestParam(required = false) @Nullable String dueOn,
            RedirectAttributes redirect) {
        FormOutcome.flash(redirect, "risk.action.changed", () -> {
            register.updateAction(
                    id, version, actionInput(riskId, toolkitSection, title, ownerUserId, ownerName, dueOn));
        });
        return "redirect:/risk/actions/" + id;
    }

    @PostMapping("/risk/actions/{id}/notes")
    String note(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String note,
            RedirectAttributes redirect) {
        try {
            register.note(id, FormValues.choice(ActionStatus.class, status), note);
            redirect.addFlashAttribute("success", "risk.action.noted");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", e.problems().get(0).code());
        }
        return "redirect:/risk/actions";
    }

    @GetMapping("/risk/toolkit")
    String toolkit(Model model) {
        model.addAttribute("ratings", assessments.toolkit());
        model.addAttribute("rags", Rag.values());
        model.addAttribute("writer", writer());
        return "risk/toolkit";
    }

    @PostMapping("/risk/toolkit")
    String rate(
            @RequestParam(required = false) @Nullable String section,
            @RequestParam(required = false) @Nullable String rag,
            @RequestParam(required = false) @Nullable String evidence,
            @RequestParam(required = false) @Nullable String actions,
            RedirectAttributes redirect) {
        try {
            assessments.rate(
                    FormValues.choice(ToolkitSection.class, section),
                    FormValues.choice(Rag.class, rag),
                    evidence,
                    actions);
            redirect.addFlashAttribute("success", "risk.toolkit.rated");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", e.problems().get(0).code());
        }
        return "redirect:/risk/toolkit";
    }

    @GetMapping("/consultation/{token}")
    String openLink(@PathVariable String token, Model model, jakarta.servlet.http.HttpServletResponse response) {
        try {
            model.addAttribute("opened", consultations.open(token));
            model.addAttribute("token", token);
            return "risk/answer";
        } catch (Consultations.RefusedException e) {
            return refused(e, model, response);
        }
    }

    @PostMapping("/consultation/{token}")
    String answer(
            @PathVariable String token,
            @RequestParam Map<String, String> form,
            Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        var answers = new HashMap<UUID, String>();
        form.forEach((name, value) -> {
            if (name.startsWith("answer-")) {
                var id = FormValues.uuid(name.substring("answer-".length()));
                if (id != null) {
                    answers.put(id, value);
                }
            }
        });
        try {
            consultations.answer(token, answers);
            return "risk/answered";
        } catch (Consultations.RefusedException e) {
            return refused(e, model, response);
        } catch (InvalidInputException e) {
            model.addAttribute("opened", consultations.open(token));
            model.addAttribute("token", token);
            model.addAttribute("error", e.problems().get(0).code());
            model.addAttribute("given", form);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "risk/answer";
        }
    }

    private static String refused(
            Consultations.RefusedException e, Model model, jakarta.servlet.http.HttpServletResponse response) {
        model.addAttribute("refusal", e.refusal().name());
        response.setStatus(
                e.refusal() == Consultations.Refusal.UNKNOWN ? HttpStatus.NOT_FOUND.value() : HttpStatus.GONE.value());
        return "risk/refused";
    }

    private boolean writer() {
        return actors.require().hasAny(Role.DELIVERY_OFFICER, Role.PREVENT_LEAD);
    }

    /** Today in London, for templates that need it. */
    LocalDate today() {
        return LocalDate.now(clock.withZone(LONDON));
    }
}
