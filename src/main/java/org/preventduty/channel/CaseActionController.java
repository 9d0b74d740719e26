package org.preventduty.channel;

import static java.util.Objects.requireNonNull;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.preventduty.channel.ChannelRules.ConsentStatus;
import org.preventduty.channel.ChannelRules.Decision;
import org.preventduty.channel.ChannelRules.DecisionRule;
import org.preventduty.channel.ChannelRules.GivenBy;
import org.preventduty.shared.NotFoundException;
import org.preventduty.shared.web.FormErrors;
import org.preventduty.shared.web.FormValues;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Each thing recorded on a Channel case has its own page: a question page with its form, the error summary and each
 * problem beside its field; once saved, back to the case with what was done. A page the case does not offer now (a
 * decision on a case not on an agenda, an exit before support) leads back to the case.
 */
@Controller
class CaseActionController {

    /**
     * The actions whose page asks more than one question, and so shows the answers to check before recording them: the
     * decision, the support plan, consent, an intervention and the exit.
     */
    private static final Map<String, String> CHECKED = Map.of(
            "decision", "channel.decision.save",
            "supportPlan", "channel.plan.save",
            "consent", "channel.consent.save",
            "intervention", "channel.intervention.save",
            "exit", "channel.exit.save");

    /** The parameters that steer the check of answers, not answers themselves. */
    private static final Set<String> STEPS = Set.of("confirmed", "change", "_csrf");

    private final ChannelWork work;
    private final CaseQueries queries;
    private final HttpServletRequest request;

    CaseActionController(ChannelWork work, CaseQueries queries, HttpServletRequest request) {
        this.work = work;
        this.queries = queries;
        this.request = request;
    }

    @GetMapping("/channel/cases/{id}/decision")
    String decisionPage(@PathVariable UUID id, Model model) {
        var form = new DecisionForm();
        var c = queries.view(id);
        form.setVersion(c.version());
        var held = c.heldDiscussions();
        if (!held.isEmpty()) {
            var latest = held.get(held.size() - 1);
            form.setMeetingId(latest.meetingId());
            form.decidedOn(latest.heldOn());
        }
        return show(c, CaseQueries.CaseView::mayDecide, "decision", form, model);
    }

    @PostMapping("/channel/cases/{id}/decision")
    String decide(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") DecisionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("day", FormErrors.day(result, "decidedOn", form.decidedOn(), "channel.decision.decidedOn"));
        if (form.getDecision() == Decision.NOT_ADOPTED && FormValues.text(form.getConsidered()) == null) {
            result.rejectValue("considered", "decision.consideredReferralElsewhere.blank");
        }
        return save(id, "decision", result, model, redirect, "channel.decided", () -> {
            work.decide(id, form.toCommand(), form.getVersion());
        });
    }

    @GetMapping("/channel/cases/{id}/support-plan")
    String planPage(@PathVariable UUID id, Model model) {
        return show(
                queries.view(id), CaseQueries.CaseView::mayPlanSupport, "supportPlan", new SupportPlanForm(), model);
    }

    @PostMapping("/channel/cases/{id}/support-plan")
    String plan(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") SupportPlanForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var by = FormErrors.day(result, "consentOn", form.consentOn(), "channel.plan.consentOn");
        model.addAttribute("day", by);
        return save(
                id,
                "supportPlan",
                result,
                model,
                redirect,
                "channel.planned",
                () -> work.planSupport(
                        id,
                        text(form.getSupport()),
                        text(form.getConsentHow()),
                        text(form.getConsentBy()),
                        requireNonNull(by)));
    }

    @GetMapping("/channel/cases/{id}/consent")
    String consentPage(@PathVariable UUID id, Model model) {
        var form = new ConsentForm();
        form.recordedOn(queries.today());
        return show(queries.view(id), CaseQueries.CaseView::mayRecordConsent, "consent", form, model);
    }

    @PostMapping("/channel/cases/{id}/consent")
    String consent(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") ConsentForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute(
                "day", FormErrors.day(result, "recordedOn", form.recordedOn(), "channel.consent.recordedOn"));
        return save(
                id,
                "consent",
                result,
                model,
                redirect,
                "channel.consentRecorded",
                () -> work.recordConsent(id, form.toCommand()));
    }

    @GetMapping("/channel/cases/{id}/interventions/new")
    String interventionPage(@PathVariable UUID id, Model model) {
        var form = new InterventionForm();
        form.startOn(queries.today());
        return show(queries.view(id), CaseQueries.CaseView::mayAddIntervention, "intervention", form, model);
    }

    @PostMapping("/channel/cases/{id}/interventions")
    String intervention(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") InterventionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("day", FormErrors.day(result, "startOn", form.startOn(), "channel.intervention.startOn"));
        return save(
                id,
                "intervention",
                result,
                model,
                redirect,
                "channel.interventionAdded",
                () -> work.addIntervention(id, form.toCommand()));
    }

    @GetMapping("/channel/cases/{id}/interventions/{interventionId}/sessions/new")
    String sessionPage(@PathVariable UUID id, @PathVariable UUID interventionId, Model model) {
        var form = new SessionForm();
        form.deliveredOn(queries.today());
        return showIntervention(id, interventionId, "session", form, model);
    }

    @PostMapping("/channel/cases/{id}/interventions/{interventionId}/sessions")
    String session(
            @PathVariable UUID id,
            @PathVariable UUID interventionId,
            @Valid @ModelAttribute("form") SessionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var on = FormErrors.day(result, "deliveredOn", form.deliveredOn(), "channel.session.deliveredOn");
        return save(
                id,
                "session",
                result,
                model,
                redirect,
                "channel.sessionLogged",
                () -> work.logSession(id, interventionId, requireNonNull(on), FormValues.text(form.getNote())),
                c -> found(c.intervention(interventionId), "Intervention"));
    }

    @GetMapping("/channel/cases/{id}/interventions/{interventionId}/end")
    String endPage(@PathVariable UUID id, @PathVariable UUID interventionId, Model model) {
        var form = new EndInterventionForm();
        form.endedOn(queries.today());
        return showIntervention(id, interventionId, "endIntervention", form, model);
    }

    @PostMapping("/channel/cases/{id}/interventions/{interventionId}/end")
    String endIntervention(
            @PathVariable UUID id,
            @PathVariable UUID interventionId,
            @Valid @ModelAttribute("form") EndInterventionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var on = FormErrors.day(result, "endedOn", form.endedOn(), "channel.intervention.endedOn");
        return save(
                id,
                "endIntervention",
                result,
                model,
                redirect,
                "channel.interventionEnded",
                () -> work.endIntervention(id, interventionId, requireNonNull(on)),
                c -> found(c.intervention(interventionId), "Intervention"));
    }

    @GetMapping("/channel/cases/{id}/officer")
    String officerPage(@PathVariable UUID id, Model model) {
        var c = queries.view(id);
        var form = new OfficerForm();
        form.setOfficerId(c.caseOfficerId());
        form.setVersion(c.version());
        return show(c, CaseQueries.CaseView::mayChange, "officer", form, model);
    }

    @PostMapping("/channel/cases/{id}/officer")
    String officer(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") OfficerForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return save(
                id,
                "officer",
                result,
                model,
                redirect,
                "channel.officerChanged",
                () -> work.assignOfficer(id, requireNonNull(form.getOfficerId()), form.getVersion()));
    }

    @GetMapping("/channel/cases/{id}/exit")
    String exitPage(@PathVariable UUID id, Model model) {
        var c = queries.view(id);
        var form = new ExitForm();
        form.exitedOn(queries.today());
        form.setVersion(c.version());
        return show(c, CaseQueries.CaseView::mayExit, "exit", form, model);
    }

    @PostMapping("/channel/cases/{id}/exit")
    String exit(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") ExitForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var on = FormErrors.day(result, "exitedOn", form.exitedOn(), "channel.exit.exitedOn");
        model.addAttribute("day", on);
        return save(
                id,
                "exit",
                result,
                model,
                redirect,
                "channel.exited",
                () -> work.exit(id, requireNonNull(on), text(form.getSummary()), form.getVersion()));
    }

    @GetMapping("/channel/cases/{id}/reviews/{months}")
    String reviewPage(@PathVariable UUID id, @PathVariable int months, Model model) {
        var c = queries.view(id);
        var review = c.review(months);
        if (review == null) {
            throw new NotFoundException("Review");
        }
        var form = new ReviewForm();
        form.completedOn(queries.today());
        model.addAttribute("item", review);
        return show(c, view -> view.mayChange() && review.due(), "review", form, model);
    }

    @PostMapping("/channel/cases/{id}/reviews/{months}")
    String review(
            @PathVariable UUID id,
            @PathVariable int months,
            @Valid @ModelAttribute("form") ReviewForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var on = FormErrors.day(result, "completedOn", form.completedOn(), "channel.review.completedOn");
        return save(
                id,
                "review",
                result,
                model,
                redirect,
                "channel.reviewed",
                () -> work.completeReview(id, months, requireNonNull(on), text(form.getOutcome())),
                c -> found(c.review(months), "Review"));
    }

    @GetMapping("/channel/cases/{id}/close")
    String closePage(@PathVariable UUID id, Model model) {
        return show(queries.view(id), CaseQueries.CaseView::mayClose, "close", new CloseForm(), model);
    }

    @PostMapping("/channel/cases/{id}/close")
    String close(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") CloseForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return save(
                id, "close", result, model, redirect, "channel.closed", () -> work.close(id, text(form.getReason())));
    }

    @GetMapping("/channel/cases/{id}/information-requests/new")
    String informationRequestPage(@PathVariable UUID id, Model model) {
        var form = new InformationRequestForm();
        form.askedOn(queries.today());
        return show(queries.view(id), CaseQueries.CaseView::mayAskForInformation, "informationRequest", form, model);
    }

    @PostMapping("/channel/cases/{id}/information-requests")
    String informationRequest(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") InformationRequestForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var on = FormErrors.day(result, "askedOn", form.askedOn(), "channel.information.askedOn");
        return save(
                id,
                "informationRequest",
                result,
                model,
                redirect,
                "channel.informationRequested",
                () -> work.requestInformation(
                        id,
                        text(form.getAgency()),
                        FormValues.text(form.getAskedOf()),
                        requireNonNull(on),
                        text(form.getWhat())));
    }

    @GetMapping("/channel/cases/{id}/information-requests/{requestId}/response")
    String informationResponsePage(@PathVariable UUID id, @PathVariable UUID requestId, Model model) {
        var c = queries.view(id);
        var request = c.informationRequest(requestId);
        if (request == null) {
            throw new NotFoundException("Request for information");
        }
        var form = new InformationResponseForm();
        form.respondedOn(queries.today());
        model.addAttribute("item", request);
        return show(c, view -> view.mayChange() && !request.answered(), "informationResponse", form, model);
    }

    @PostMapping("/channel/cases/{id}/information-requests/{requestId}/response")
    String informationResponse(
            @PathVariable UUID id,
            @PathVariable UUID requestId,
            @Valid @ModelAttribute("form") InformationResponseForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var on = FormErrors.day(result, "respondedOn", form.respondedOn(), "channel.information.respondedOn");
        return save(
                id,
                "informationResponse",
                result,
                model,
                redirect,
                "channel.informationReceived",
                () -> work.recordResponse(id, requestId, requireNonNull(on), text(form.getResponse())),
                c -> found(c.informationRequest(requestId), "Request for information"));
    }

    private String showIntervention(UUID id, UUID interventionId, String action, Object form, Model model) {
        var c = queries.view(id);
        var intervention = c.intervention(interventionId);
        if (intervention == null) {
            throw new NotFoundException("Intervention");
        }
        model.addAttribute("item", intervention);
        return show(c, view -> view.mayChange() && intervention.active(), action, form, model);
    }

    private String show(
            CaseQueries.CaseView c, Predicate<CaseQueries.CaseView> offered, String action, Object form, Model model) {
        if (!offered.test(c)) {
            return "redirect:" + sectionPath(c.id(), action);
        }
        model.addAttribute("form", form);
        return page(c, action, model);
    }

    private String save(
            UUID id,
            String action,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            String success,
            Runnable change) {
        return save(id, action, result, model, redirect, success, change, null);
    }

    /**
     * Makes the change the form asks for, or shows its page again with the problems; {@code item} finds the record of
     * the case the page is about (an intervention, a review, a request), only when the page is shown again.
     */
    private String save(
            UUID id,
            String action,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            String success,
            Runnable change,
            @Nullable Function<CaseQueries.CaseView, Object> item) {
        if (CHECKED.containsKey(action) && !result.hasErrors() && !"yes".equals(request.getParameter("confirmed"))) {
            var c = queries.view(id);
            if (item != null) {
                model.addAttribute("item", item.apply(c));
            }
            var question = page(c, action, model);
            if (request.getParameter("change") != null) {
                return question;
            }
            model.addAttribute("answers", answers());
            model.addAttribute("postTo", request.getRequestURI());
            model.addAttribute("saveButton", CHECKED.get(action));
            return "channel/case-check";
        }
        if (FormErrors.attempt(result, change)) {
            redirect.addFlashAttribute("success", success);
            return "redirect:" + sectionPath(id, action);
        }
        var c = queries.view(id);
        if (item != null) {
            model.addAttribute("item", item.apply(c));
        }
        return page(c, action, model);
    }

    private String page(CaseQueries.CaseView c, String action, Model model) {
        model.addAttribute("c", c);
        model.addAttribute("action", action);
        model.addAttribute("back", sectionPath(c.id(), action));
        model.addAttribute("today", queries.today());
        switch (action) {
            case "decision" -> {
                var format = DateTimeFormatter.ofPattern("d MMMM yyyy", LocaleContextHolder.getLocale());
                var meetings = new LinkedHashMap<UUID, String>();
                c.heldDiscussions().forEach(d -> meetings.put(d.meetingId(), format.format(d.heldOn())));
                model.addAttribute("meetings", meetings);
                model.addAttribute("decisions", Decision.values());
                model.addAttribute("rules", DecisionRule.values());
            }
            case "consent" -> {
                model.addAttribute("consentStatuses", ConsentStatus.values());
                model.addAttribute("givenBy", GivenBy.values());
            }
            case "intervention" -> model.addAttribute("interventionTypes", InterventionType.values());
            case "officer" -> {
                var officers = new LinkedHashMap<UUID, String>();
                work.possibleOfficers().forEach(colleague -> officers.put(colleague.id(), colleague.displayName()));
                model.addAttribute("officers", officers.keySet());
                model.addAttribute("officerNames", officers);
            }
            default -> {}
        }
        return "channel/case-action";
    }

    /** The page of the case where an action's record is shown, to which its page leads back. */
    static String sectionPath(UUID id, String action) {
        var section = switch (action) {
            case "decision", "assessment" -> "/panel";
            case "supportPlan", "consent", "intervention", "session", "endIntervention", "exit", "review" -> "/support";
            default -> "";
        };
        return "/channel/cases/" + id + section;
    }

    /** The answers of the form being checked, each value of each field, to send again once confirmed. */
    private List<Answer> answers() {
        var answers = new ArrayList<Answer>();
        request.getParameterMap().forEach((name, values) -> {
            if (!STEPS.contains(name)) {
                for (var value : values) {
                    answers.add(new Answer(name, value));
                }
            }
        });
        return answers;
    }

    /** One value of a field of a form whose answers are being checked. */
    record Answer(String name, String value) {}

    private static <T> T found(@Nullable T item, String what) {
        if (item == null) {
            throw new NotFoundException(what);
        }
        return item;
    }

    /** A text the form's validation has already found not blank. */
    private static String text(@Nullable String value) {
        return requireNonNull(value).strip();
    }
}
