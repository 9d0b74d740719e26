package org.preventduty.partners;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.shared.web.FormErrors;
import org.preventduty.shared.web.FormValues;
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

/** Commissioned Prevent projects with their outputs by quarter, and the question pages that record them. */
@Controller
class ProjectsController {

    private final Projects projects;
    private final PartnersPages pages;

    ProjectsController(Projects projects, PartnersPages pages) {
        this.projects = projects;
        this.pages = pages;
    }

    @GetMapping("/partners/projects")
    String projects(@RequestParam(defaultValue = "0") int page, Model model) {
        var list = projects.list(page);
        model.addAttribute("projects", list.items());
        model.addAttribute("pagination", Pagination.of(list, UriComponentsBuilder.fromPath("/partners/projects")));
        model.addAttribute("writer", pages.writer());
        return "partners/projects";
    }

    @GetMapping("/partners/projects/new")
    String newProject(Model model) {
        model.addAttribute("form", new ProjectForm());
        return projectQuestion(null, model);
    }

    @PostMapping("/partners/projects")
    String createProject(
            @ModelAttribute("form") ProjectForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        var input = input(form, result);
        var id = FormErrors.made(result, () -> projects.create(input));
        if (id.isPresent()) {
            redirect.addFlashAttribute("success", "partners.project.added");
            return "redirect:/partners/projects/" + id.get();
        }
        return projectQuestion(null, model);
    }

    @GetMapping("/partners/projects/{id}")
    String project(@PathVariable UUID id, Model model) {
        model.addAttribute("p", projects.get(id));
        model.addAttribute("writer", pages.writer());
        model.addAttribute("changes", projects.history(id));
        return "partners/project";
    }

    @GetMapping("/partners/projects/{id}/details")
    String detailsPage(@PathVariable UUID id, Model model) {
        var project = projects.get(id);
        var form = new ProjectForm();
        form.setTitle(project.title());
        form.setProvider(project.provider());
        form.setFundingSource(project.fundingSource());
        form.setAmount(
                project.amountPence() == null
                        ? null
                        : java.math.BigDecimal.valueOf(project.amountPence(), 2).toPlainString());
        form.startsOn(project.startsOn());
        form.endsOn(project.endsOn());
        form.setAims(project.aims());
        form.setTargetGroup(project.targetGroup());
        form.setVersion(project.version());
        model.addAttribute("form", form);
        return projectQuestion(project, model);
    }

    @PostMapping("/partners/projects/{id}/details")
    String updateProject(
            @PathVariable UUID id,
            @ModelAttribute("form") ProjectForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var input = input(form, result);
        if (FormErrors.attempt(
                result, () -> projects.update(id, form.getVersion() == null ? 0 : form.getVersion(), input))) {
            redirect.addFlashAttribute("success", "partners.project.changed");
            return "redirect:/partners/projects/" + id;
        }
        return projectQuestion(projects.get(id), model);
    }

    private static Projects.Input input(ProjectForm form, BindingResult result) {
        var starts = PartnersPages.day(result, "startsOn", form.startsOn());
        var ends = PartnersPages.day(result, "endsOn", form.endsOn());
        return new Projects.Input(
                FormValues.text(form.getTitle()),
                FormValues.text(form.getProvider()),
                FormValues.text(form.getFundingSource()),
                PartnersPages.pounds(form.getAmount()),
                starts,
                ends,
                FormValues.text(form.getAims()),
                FormValues.text(form.getTargetGroup()));
    }

    private String projectQuestion(Projects.@Nullable Project project, Model model) {
        model.addAttribute("adding", project == null);
        return project == null
                ? pages.question(
                        model, "partners.project.add", null, "/partners/projects", "/partners/projects", "project")
                : pages.question(
                        model,
                        "partners.project.change",
                        project.title(),
                        "/partners/projects/" + project.id(),
                        "/partners/projects/" + project.id() + "/details",
                        "project");
    }

    @GetMapping("/partners/projects/{id}/outputs/new")
    String newOutput(@PathVariable UUID id, Model model) {
        model.addAttribute("form", new OutputForm());
        return outputQuestion(projects.get(id), model);
    }

    @PostMapping("/partners/projects/{id}/outputs")
    String output(
            @PathVariable UUID id,
            @ModelAttribute("form") OutputForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var quarter = PartnersPages.day(result, "quarterStart", form.quarterStart());
        if (FormErrors.attempt(
                result,
                () -> projects.recordOutput(
                        id,
                        new Projects.Output(
                                quarter,
                                count(form.getSeries()),
                                count(form.getSessions()),
                                count(form.getParticipants()),
                                count(form.getAgeUnder16()),
                                count(form.getAge16To24()),
                                count(form.getAge25AndOver()),
                                count(form.getAgeUnknown()),
                                count(form.getFemale()),
                                count(form.getMale()),
                                count(form.getSexUnknown()),
                                FormValues.text(form.getFeedback()))))) {
            redirect.addFlashAttribute("success", "partners.output.recorded.done");
            return "redirect:/partners/projects/" + id;
        }
        return outputQuestion(projects.get(id), model);
    }

    /** A count left empty is none. */
    private static int count(@Nullable Integer value) {
        return value == null ? 0 : value;
    }

    private String outputQuestion(Projects.Project project, Model model) {
        return pages.question(
                model,
                "partners.output.add",
                project.title(),
                "/partners/projects/" + project.id(),
                "/partners/projects/" + project.id() + "/outputs",
                "output");
    }
}
