package org.preventduty.referrals;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.UUID;
import org.preventduty.identity.UserDirectory;
import org.preventduty.shared.InvalidInputException;
import org.preventduty.shared.NotFoundException;
import org.preventduty.shared.RuleViolationException;
import org.preventduty.shared.web.ConfirmForm;
import org.preventduty.shared.web.Pagination;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The referral form: one question per page, the draft saved after every page, then the answers to check, the
 * confirmation with the reference, and the referrer's list of their referrals.
 */
@Controller
class ReferralFormController {

    private final ReferralIntake intake;
    private final CodeLists codes;
    private final UserDirectory directory;
    private final ReferralAccess access;
    private final ReferralSettings settings;
    private final MessageSource messages;

    ReferralFormController(
            ReferralIntake intake,
            CodeLists codes,
            UserDirectory directory,
            ReferralAccess access,
            ReferralSettings settings,
            MessageSource messages) {
        this.messages = messages;
        this.intake = intake;
        this.codes = codes;
        this.directory = directory;
        this.access = access;
        this.settings = settings;
    }

    @InitBinder("form")
    void allowedFields(WebDataBinder binder, HttpServletRequest request) {
        var uri = request.getRequestURI();
        var slug = uri.substring(uri.lastIndexOf('/') + 1);
        binder.setAllowedFields(FormStep.of(slug).map(FormStep::fields).orElse(new String[] {"version"}));
    }

    @GetMapping("/referrals/new")
    String start() {
        return "referrals/start";
    }

    @PostMapping("/referrals")
    String startDraft() {
        return "redirect:/referrals/" + intake.startDraft() + "/form/" + FormStep.IMMEDIATE_DANGER.slug();
    }

    @GetMapping("/referrals/{id}/form/{slug}")
    String page(@PathVariable UUID id, @PathVariable String slug, Model model) {
        var step = FormStep.of(slug).orElseThrow(() -> new NotFoundException("Page"));
        var draft = intake.draft(id);
        var form = ReferralForm.of(draft.answers(), draft.version());
        if (step == FormStep.YOUR_DETAILS && form.getReferrerName() == null) {
            directory.me().ifPresent(me -> {
                form.setReferrerName(me.displayName());
                form.setReferrerOrganisation(me.organisation());
            });
        }
        if (step == FormStep.YOUR_CONTACT_DETAILS && form.getReferrerEmail() == null) {
            directory.me().ifPresent(me -> form.setReferrerEmail(me.email()));
        }
        model.addAttribute("form", form);
        return render(step, draft, model);
    }

    @GetMapping("/referrals/{id}/form/emergency")
    String emergency(@PathVariable UUID id, Model model) {
        intake.draft(id);
        model.addAttribute("id", id);
        return "referrals/form/emergency";
    }

    @PostMapping("/referrals/{id}/form/{slug}")
    String save(
            @PathVariable UUID id,
            @PathVariable String slug,
            @RequestParam(required = false) String action,
            @RequestParam(name = "return", required = false) String returnTo,
            @ModelAttribute("form") ReferralForm form,
            BindingResult result,
            Model model) {
        var step = FormStep.of(slug).orElseThrow(() -> new NotFoundException("Page"));
        var draft = intake.draft(id);
        var saved = ReferralForm.of(draft.answers(), draft.version());
        // Only this page's fields come from the request; the others are the saved answers.
        merge(step, form, saved);
        model.addAttribute("form", saved);
        var errors = new org.springframework.validation.BeanPropertyBindingResult(saved, "form");
        errors.addAllErrors(result);
        var staying = false;
        if (step == FormStep.HOUSEHOLD || step == FormStep.AGENCIES) {
            staying = listAction(step, action, saved, errors) != null;
        }
        if (!staying) {
            FormChecks.check(step, saved, errors, access.today(), codes);
        }
        if (errors.hasErrors()) {
            return rerender(step, draft, errors, model, id, saved);
        }
        try {
            intake.saveDraft(id, saved.answers(), form.getVersion(), step.slug());
        } catch (OptimisticLockingFailureException e) {
            // Show the answers as they are saved now, with what happened at the top of the page.
            var view = page(id, slug, model);
            var fresh =
                    new org.springframework.validation.BeanPropertyBindingResult(model.getAttribute("form"), "form");
            fresh.reject("form.changedElsewhere");
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", fresh);
            return view;
        } catch (InvalidInputException e) {
            e.problems().forEach(problem -> errors.reject(problem.code()));
            return rerender(step, draft, errors, model, id, saved);
        }
        if (staying) {
            return "redirect:/referrals/" + id + "/form/" + step.slug()
                    + ("check".equals(returnTo) ? "?return=check" : "");
        }
        if ("check".equals(returnTo)) {
            return "redirect:/referrals/" + id + "/form/" + FormStep.CHECK_ANSWERS.slug();
        }
        if (step == FormStep.IMMEDIATE_DANGER && "yes".equals(saved.getImmediateRisk())) {
            return "redirect:/referrals/" + id + "/form/emergency";
        }
        return "redirect:/referrals/" + id + "/form/" + step.next().slug();
    }

    /** Adds or removes a member of the household or an agency; returns where to go, or null to save and go on. */
    private String listAction(FormStep step, String action, ReferralForm form, BindingResult errors) {
        if (action == null || action.equals("continue")) {
            return null;
        }
        if (action.equals("add")) {
            if (step == FormStep.HOUSEHOLD) {
                FormChecks.checkMember(form, errors, access.today());
                if (form.getHousehold().size() >= 20) {
                    errors.reject("form.household.tooMany");
                }
                if (!errors.hasErrors()) {
                    var members = new ArrayList<>(form.getHousehold());
                    members.add(new Answers.HouseholdMember(
                            form.getMemberName().strip(),
                            ReferralForm.blank(form.getMemberRelationship()),
                            ReferralForm.date(
                                    form.getMemberDateOfBirthDay(),
                                    form.getMemberDateOfBirthMonth(),
                                    form.getMemberDateOfBirthYear())));
                    form.setHouseholdMembers(members);
                }
            } else {
                FormChecks.checkAgency(form, errors);
                if (form.getAgencies().size() >= 20) {
                    errors.reject("form.agencies.tooMany");
                }
                if (!errors.hasErrors()) {
                    var agencies = new ArrayList<>(form.getAgencies());
                    agencies.add(new Answers.Agency(
                            form.getAgencyName().strip(), ReferralForm.blank(form.getAgencyContact())));
                    form.setAgencyList(agencies);
                }
            }
        } else if (action.startsWith("remove-")) {
            int index;
            try {
                index = Integer.parseInt(action.substring("remove-".length()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Unknown action");
            }
            if (step == FormStep.HOUSEHOLD
                    && index >= 0
                    && index < form.getHousehold().size()) {
                var members = new ArrayList<>(form.getHousehold());
                members.remove(index);
                form.setHouseholdMembers(members);
            } else if (step == FormStep.AGENCIES
                    && index >= 0
                    && index < form.getAgencies().size()) {
                var agencies = new ArrayList<>(form.getAgencies());
                agencies.remove(index);
                form.setAgencyList(agencies);
            }
        } else {
            throw new IllegalArgumentException("Unknown action");
        }
        return "stay";
    }

    private String rerender(
            FormStep step, ReferralIntake.Draft draft, BindingResult errors, Model model, UUID id, ReferralForm form) {
        model.addAttribute("org.springframework.validation.BindingResult.form", errors);
        return render(step, draft, model);
    }

    @PostMapping("/referrals/{id}/attachments")
    String upload(
            @PathVariable UUID id,
            @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect)
            throws IOException {
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("uploadProblem", "attachment.empty");
        } else {
            try {
                intake.attach(id, file.getOriginalFilename(), file.getBytes());
                redirect.addFlashAttribute("success", "attachment.added");
            } catch (RuleViolationException e) {
                redirect.addFlashAttribute("uploadProblem", e.code());
            }
        }
        return "redirect:/referrals/" + id + "/form/" + FormStep.ATTACHMENTS.slug();
    }

    @PostMapping("/referrals/{id}/attachments/{attachmentId}/remove")
    String removeAttachment(@PathVariable UUID id, @PathVariable UUID attachmentId, RedirectAttributes redirect) {
        intake.removeAttachment(id, attachmentId);
        redirect.addFlashAttribute("success", "attachment.removed");
        return "redirect:/referrals/" + id + "/form/" + FormStep.ATTACHMENTS.slug();
    }

    @PostMapping("/referrals/{id}/submit")
    String submit(
            @PathVariable UUID id,
            @RequestParam int version,
            @ModelAttribute("sending") ConfirmForm sending,
            BindingResult result,
            Model model) {
        try {
            intake.submit(id, version);
        } catch (OptimisticLockingFailureException e) {
            result.reject("form.changedElsewhere");
        } catch (RuleViolationException | InvalidInputException e) {
            result.reject("form.incomplete");
        }
        if (result.hasErrors()) {
            return page(id, FormStep.CHECK_ANSWERS.slug(), model);
        }
        return "redirect:/referrals/" + id + "/confirmation";
    }

    @PostMapping("/referrals/{id}/discard")
    String discard(@PathVariable UUID id, RedirectAttributes redirect) {
        intake.discard(id);
        redirect.addFlashAttribute("success", "referrals.discarded");
        return "redirect:/referrals";
    }

    @GetMapping("/referrals/{id}/confirmation")
    String confirmation(@PathVariable UUID id, Model model) {
        var referral = intake.mineOne(id);
        if (referral.reference() == null) {
            return "redirect:/referrals/" + id + "/form/" + FormStep.CHECK_ANSWERS.slug();
        }
        model.addAttribute("referral", referral);
        return "referrals/confirmation";
    }

    @GetMapping("/referrals")
    String mine(@RequestParam(defaultValue = "0") int page, Model model) {
        var paged = intake.mine(Math.max(page, 0), settings.pageSize());
        model.addAttribute("referrals", paged);
        model.addAttribute("pagination", Pagination.of(paged, ServletUriComponentsBuilder.fromCurrentRequest()));
        return "referrals/mine";
    }

    @GetMapping("/referrals/{id}/status")
    String status(@PathVariable UUID id, Model model) {
        model.addAttribute("referral", intake.mineOne(id));
        model.addAttribute("codes", codes);
        return "referrals/status";
    }

    private String render(FormStep step, ReferralIntake.Draft draft, Model model) {
        model.addAttribute("id", draft.id());
        model.addAttribute("slug", step.slug());
        model.addAttribute("stepName", step.name());
        model.addAttribute("stepNumber", step.number());
        model.addAttribute("steps", FormStep.values().length);
        model.addAttribute(
                "back",
                step == FormStep.IMMEDIATE_DANGER
                        ? "/referrals"
                        : "/referrals/" + draft.id() + "/form/"
                                + step.previous().slug());
        model.addAttribute("draft", draft);
        model.addAttribute("codes", codes);
        model.addAttribute("maxSizeMb", settings.attachmentMaxSize().toMegabytes());
        if (step == FormStep.TYPE_OF_CONCERN) {
            var choices = codes.labels(CodeLists.TYPE_OF_CONCERN);
            choices.put(
                    Referral.NOT_SURE,
                    messages.getMessage("form.type-of-concern.notSure", null, LocaleContextHolder.getLocale()));
            model.addAttribute("concernChoices", choices);
        }
        return step == FormStep.CHECK_ANSWERS
                ? "referrals/form/check-answers"
                : step == FormStep.ATTACHMENTS ? "referrals/form/attachments" : "referrals/form/page";
    }

    private static void merge(FormStep step, ReferralForm posted, ReferralForm target) {
        var from = new org.springframework.beans.BeanWrapperImpl(posted);
        var to = new org.springframework.beans.BeanWrapperImpl(target);
        for (var field : step.fields()) {
            to.setPropertyValue(field, from.getPropertyValue(field));
        }
    }
}
