package org.preventduty.risk;

import static java.util.Objects.requireNonNull;

import jakarta.validation.Valid;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.risk.RiskAssessments.Status;
import org.preventduty.risk.RiskRules.Category;
import org.preventduty.shared.web.FormErrors;
import org.preventduty.shared.web.FormValues;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The risk assessment: its versions, each with its stage, register and heat map, and the question pages that start a
 * version, move it on, record a significant change, and add or change a risk.
 */
@Controller
class RiskController {

    private final RiskAssessments assessments;
    private final RiskRegister register;
    private final RiskPages pages;

    RiskController(RiskAssessments assessments, RiskRegister register, RiskPages pages) {
        this.assessments = assessments;
        this.register = register;
        this.pages = pages;
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
        return overviewPage(shown, model);
    }

    private String overviewPage(RiskAssessments.@Nullable Assessment shown, Model model) {
        model.addAttribute("versions", assessments.versions());
        model.addAttribute("assessment", shown);
        model.addAttribute("writer", pages.writer());
        model.addAttribute("likelihoods", pages.likelihoodLabels());
        model.addAttribute("impacts", pages.impactLabels());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new StageForm());
        }
        if (shown != null) {
            var risks = register.risks(shown.id());
            model.addAttribute("risks", risks);
            model.addAttribute("heat", RiskRegister.heatMap(risks));
        }
        return "risk/overview";
    }

    @GetMapping("/risk/assessments/new")
    String newVersion(Model model) {
        model.addAttribute("form", new VersionForm());
        return versionQuestion(model);
    }

    @PostMapping("/risk/assessments")
    String start(
            @Valid @ModelAttribute("form") VersionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (FormErrors.attempt(result, () -> assessments.startVersion(FormValues.text(form.getTitle())))) {
            redirect.addFlashAttribute("success", "risk.assessment.started");
            return "redirect:/risk";
        }
        return versionQuestion(model);
    }

    private String versionQuestion(Model model) {
        return pages.question(model, "risk.start", null, "/risk", "/risk/assessments", "version");
    }

    /** The page that records who reviewed or approved the assessment and when; other stages lead back to it. */
    @GetMapping("/risk/assessments/{id}/stage")
    String stagePage(@PathVariable UUID id, Model model) {
        var assessment = assessments.get(id);
        var next = assessment.nextRecordedStage();
        if (next == null) {
            return "redirect:/risk?version=" + id;
        }
        var form = new StageForm();
        form.setTo(next.name());
        form.on(pages.today());
        model.addAttribute("form", form);
        return stageQuestion(assessment, next, model);
    }

    @PostMapping("/risk/assessments/{id}/stage")
    String stage(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") StageForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var to = Status.CONSULTATION.name().equals(form.getTo())
                ? Status.CONSULTATION
                : Status.APPROVED.name().equals(form.getTo()) ? Status.APPROVED : Status.REVIEWED;
        if (to == Status.CONSULTATION) {
            if (FormErrors.attempt(result, () -> assessments.toConsultation(id))) {
                return moved(id, redirect);
            }
            return overviewPage(assessments.get(id), model);
        }
        var who = FormValues.text(form.getWho());
        if (who == null) {
            result.rejectValue("who", "risk.assessment.who");
        }
        var on = FormErrors.day(result, "on", form.on(), "risk.stage.on");
        if (FormErrors.attempt(result, () -> {
            if (to == Status.APPROVED) {
                assessments.approved(id, who, requireNonNull(on));
            } else {
                assessments.reviewed(id, who, requireNonNull(on));
            }
        })) {
            return moved(id, redirect);
        }
        return stageQuestion(assessments.get(id), to, model);
    }

    private static String moved(UUID id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("success", "risk.assessment.moved");
        return "redirect:/risk?version=" + id;
    }

    private String stageQuestion(RiskAssessments.Assessment assessment, Status to, Model model) {
        model.addAttribute("who", to == Status.APPROVED ? "risk.approvedBy" : "risk.reviewedBy");
        return pages.question(
                model,
                to == Status.APPROVED ? "risk.recordApproval" : "risk.recordReview",
                assessment.title(),
                "/risk?version=" + assessment.id(),
                "/risk/assessments/" + assessment.id() + "/stage",
                "stage");
    }

    @GetMapping("/risk/assessments/{id}/significant-change")
    String changePage(@PathVariable UUID id, Model model) {
        var assessment = assessments.get(id);
        if (!assessment.mayRecordChange()) {
            return "redirect:/risk?version=" + id;
        }
        var form = new SignificantChangeForm();
        form.on(pages.today());
        model.addAttribute("form", form);
        return changeQuestion(assessment, model);
    }

    @PostMapping("/risk/assessments/{id}/significant-change")
    String change(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") SignificantChangeForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var on = FormErrors.day(result, "on", form.on(), "risk.change.on");
        if (FormErrors.attempt(
                result, () -> assessments.significantChange(id, requireNonNull(on), FormValues.text(form.getNote())))) {
            redirect.addFlashAttribute("success", "risk.assessment.changed");
            return "redirect:/risk?version=" + id;
        }
        return changeQuestion(assessments.get(id), model);
    }

    private String changeQuestion(RiskAssessments.Assessment assessment, Model model) {
        return pages.question(
                model,
                "risk.change.record",
                assessment.title(),
                "/risk?version=" + assessment.id(),
                "/risk/assessments/" + assessment.id() + "/significant-change",
                "significantChange");
    }

    @GetMapping("/risk/assessments/{id}/risks/new")
    String newRisk(@PathVariable UUID id, Model model) {
        model.addAttribute("form", new RiskForm());
        return riskQuestion(assessments.get(id), model);
    }

    @PostMapping("/risk/assessments/{id}/risks")
    String addRisk(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") RiskForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (FormErrors.attempt(
                result,
                () -> register.addRisk(
                        id,
                        FormValues.text(form.getTitle()),
                        FormValues.text(form.getDescription()),
                        form.getCategory(),
                        form.getLikelihood(),
                        form.getImpact(),
                        form.getResidualLikelihood(),
                        form.getResidualImpact(),
                        FormValues.text(form.getOwner())))) {
            redirect.addFlashAttribute("success", "risk.risk.added");
            return "redirect:/risk?version=" + id;
        }
        return riskQuestion(assessments.get(id), model);
    }

    private String riskQuestion(RiskAssessments.Assessment assessment, Model model) {
        scales(model);
        return pages.question(
                model,
                "risk.risk.add",
                assessment.title(),
                "/risk?version=" + assessment.id(),
                "/risk/assessments/" + assessment.id() + "/risks",
                "risk");
    }

    @GetMapping("/risk/risks/{id}")
    String risk(@PathVariable UUID id, Model model) {
        model.addAttribute("r", register.risk(id));
        model.addAttribute("changes", register.history(id));
        model.addAttribute("writer", pages.writer());
        model.addAttribute("likelihoods", pages.likelihoodLabels());
        model.addAttribute("impacts", pages.impactLabels());
        return "risk/risk";
    }

    @GetMapping("/risk/risks/{id}/change")
    String changeRiskPage(@PathVariable UUID id, Model model) {
        var risk = register.risk(id);
        var form = new RiskForm();
        form.setTitle(risk.title());
        form.setDescription(risk.description());
        form.setCategory(risk.category());
        form.setLikelihood(risk.likelihood());
        form.setImpact(risk.impact());
        form.setResidualLikelihood(risk.residualLikelihood());
        form.setResidualImpact(risk.residualImpact());
        form.setOwner(risk.owner());
        form.setVersion(risk.version());
        model.addAttribute("form", form);
        return changeRiskQuestion(risk, model);
    }

    @PostMapping("/risk/risks/{id}")
    String updateRisk(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") RiskForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (FormErrors.attempt(
                result,
                () -> register.updateRisk(
                        id,
                        form.getVersion() == null ? 0 : form.getVersion(),
                        FormValues.text(form.getTitle()),
                        FormValues.text(form.getDescription()),
                        form.getCategory(),
                        form.getLikelihood(),
                        form.getImpact(),
                        form.getResidualLikelihood(),
                        form.getResidualImpact(),
                        FormValues.text(form.getOwner())))) {
            redirect.addFlashAttribute("success", "risk.risk.changed");
            return "redirect:/risk/risks/" + id;
        }
        return changeRiskQuestion(register.risk(id), model);
    }

    private String changeRiskQuestion(RiskRegister.Risk risk, Model model) {
        scales(model);
        return pages.question(
                model,
                "risk.risk.change",
                risk.title(),
                "/risk/risks/" + risk.id(),
                "/risk/risks/" + risk.id(),
                "risk");
    }

    private void scales(Model model) {
        model.addAttribute("categories", Category.values());
        model.addAttribute("likelihoods", pages.likelihoods());
        model.addAttribute("impacts", pages.impacts());
    }
}
