package org.preventduty.referrals;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.referrals.TriageForms.DecisionForm;
import org.preventduty.referrals.TriageForms.PersonSearchForm;
import org.preventduty.referrals.TriageForms.SupportEndForm;
import org.preventduty.referrals.TriageForms.SupportRequestForm;
import org.preventduty.referrals.TriageForms.SupportResponseForm;
import org.preventduty.shared.InvalidInputException;
import org.preventduty.shared.RuleViolationException;
import org.preventduty.shared.web.ConfirmForm;
import org.preventduty.shared.web.DayFilter;
import org.preventduty.shared.web.FormErrors;
import org.preventduty.shared.web.Pagination;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The Prevent lead's pages: the triage queue, a referral with its matches, history and decision, people, and Requests
 * for Support; and a case worker's list of the referrals they are assigned to.
 */
@Controller
class TriageController {

    private final ReferralTriage triage;
    private final CodeLists codes;
    private final ReferralSettings settings;
    private final ReferralAccess access;

    TriageController(ReferralTriage triage, CodeLists codes, ReferralSettings settings, ReferralAccess access) {
        this.triage = triage;
        this.codes = codes;
        this.settings = settings;
        this.access = access;
    }

    @InitBinder("decision")
    void decisionFields(WebDataBinder binder) {
        binder.setAllowedFields(
                "outcome",
                "appropriate",
                "reason",
                "signpostedTo",
                "feedback",
                "decidedOnDay",
                "decidedOnMonth",
                "decidedOnYear",
                "version");
    }

    @InitBinder("supportRequest")
    void supportRequestFields(WebDataBinder binder) {
        binder.setAllowedFields(
                "partnerOrganisationId",
                "partnerName",
                "leadWorkerName",
                "leadWorkerRole",
                "request",
                "requestedOnDay",
                "requestedOnMonth",
                "requestedOnYear");
    }

    @InitBinder({"response", "ending"})
    void supportAnswerFields(WebDataBinder binder) {
        binder.setAllowedFields("accepted", "reason", "onDay", "onMonth", "onYear", "version");
    }

    @InitBinder("search")
    void searchFields(WebDataBinder binder) {
        binder.setAllowedFields("givenName", "familyName", "dateOfBirthDay", "dateOfBirthMonth", "dateOfBirthYear");
    }

    @GetMapping("/triage")
    String queue(
            @RequestParam(required = false) Set<String> status,
            @RequestParam(required = false) String sector,
            @RequestParam(required = false) String typeOfConcern,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) String after,
            @ModelAttribute("filter") DayFilter filter,
            BindingResult result,
            Model model) {
        var statuses = EnumSet.noneOf(ReferralStatus.class);
        if (status != null) {
            status.forEach(s -> parse(ReferralStatus.class, s).ifPresent(statuses::add));
        }
        var chosenSort = parse(QueueQuery.Sort.class, sort).orElse(QueueQuery.Sort.DUE);
        var chosenSector = codes.isCurrent(CodeLists.SECTOR, sector) ? sector : null;
        var chosenType = codes.isCurrent(CodeLists.TYPE_OF_CONCERN, typeOfConcern) ? typeOfConcern : null;
        var fromDay = filter.readOptional(result, "from", from);
        var toDay = filter.readOptional(result, "to", to);
        if (fromDay != null && toDay != null && fromDay.isAfter(toDay)) {
            result.rejectValue("to", "triage.filter.date.order");
        }
        var query = new QueueQuery(statuses, chosenSector, chosenType, fromDay, toDay, chosenSort);
        var paged = triage.queue(query, Math.max(page, 0), settings.pageSize(), uuid(after));
        model.addAttribute("referrals", paged);
        // Every page number is counted from the start; "Next" says where this page ended, so that a deep page is found
        // from there.
        var pagination = Pagination.of(
                paged, ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("after"));
        if (pagination.next() != null && !paged.items().isEmpty()) {
            pagination = pagination.withNext(pagination.next() + "&after="
                    + paged.items().get(paged.items().size() - 1).id());
        }
        model.addAttribute("pagination", pagination);
        model.addAttribute("statuses", statuses);
        model.addAttribute("sector", chosenSector);
        model.addAttribute("typeOfConcern", chosenType);
        model.addAttribute("sort", chosenSort);
        model.addAttribute(
                "allStatuses", EnumSet.complementOf(EnumSet.of(ReferralStatus.DRAFT, ReferralStatus.DISCARDED)));
        model.addAttribute("sorts", QueueQuery.Sort.values());
        model.addAttribute("codes", codes);
        model.addAttribute(
                "filtered",
                !statuses.isEmpty() || chosenSector != null || chosenType != null || fromDay != null || toDay != null);
        return "triage/queue";
    }

    @GetMapping("/triage/find")
    String find(@ModelAttribute("find") ReferenceForm form, BindingResult result) {
        var reference = form.getReference() == null ? "" : form.getReference().strip();
        if (reference.isEmpty()) {
            result.rejectValue("reference", "triage.find.blank");
        } else if (reference.length() > 20) {
            result.rejectValue("reference", "triage.find.tooLong");
        } else {
            var found = triage.withReference(reference);
            if (found.isPresent()) {
                return "redirect:/referrals/" + found.get();
            }
            result.rejectValue("reference", "triage.find.none");
        }
        return "triage/find";
    }

    /** A referral's id from a query, {@literal null} when there is none or it is not one. */
    private static @Nullable UUID uuid(@Nullable String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @GetMapping("/referrals/assigned")
    String assigned(@RequestParam(defaultValue = "0") int page, Model model) {
        var paged = triage.assignedToMe(Math.max(page, 0), settings.pageSize());
        model.addAttribute("referrals", paged);
        model.addAttribute("pagination", Pagination.of(paged, ServletUriComponentsBuilder.fromCurrentRequest()));
        model.addAttribute("codes", codes);
        return "triage/assigned";
    }

    @GetMapping("/referrals/{id}")
    String referral(@PathVariable UUID id, Model model) {
        return referralPage(id, model);
    }

    /** The referral's page, with the error summary of an action on it that was refused, if any. */
    private String referralPage(UUID id, Model model) {
        if (!model.containsAttribute("actionForm")) {
            model.addAttribute("actionForm", new ConfirmForm());
        }
        if (!model.containsAttribute("assignForm")) {
            model.addAttribute("assignForm", new AssignForm());
        }
        var referral = triage.view(id);
        model.addAttribute("referral", referral);
        model.addAttribute("codes", codes);
        var lead = triage.isLead();
        model.addAttribute("lead", lead);
        if (lead) {
            var caseWorkers = triage.caseWorkers();
            model.addAttribute("caseWorkers", caseWorkers);
            var labels = new java.util.LinkedHashMap<UUID, String>();
            caseWorkers.forEach(c -> labels.put(c.id(), c.displayName()));
            model.addAttribute("caseWorkerLabels", labels);
        }
        return "triage/referral";
    }

    @PostMapping("/referrals/{id}/screening")
    String startScreening(
            @PathVariable UUID id,
            @ModelAttribute("actionForm") ConfirmForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return act(id, result, model, redirect, "triage.screeningStarted", () -> triage.startScreening(id));
    }

    @GetMapping("/referrals/{id}/decision")
    String decisionPage(@PathVariable UUID id, Model model) {
        var referral = triage.view(id);
        if (referral.decision() != null || !referral.status().awaitsDecision()) {
            return "redirect:/referrals/" + id;
        }
        var form = new DecisionForm();
        form.setVersion(referral.version());
        var today = access.today();
        form.setDecidedOnDay(String.valueOf(today.getDayOfMonth()));
        form.setDecidedOnMonth(String.valueOf(today.getMonthValue()));
        form.setDecidedOnYear(String.valueOf(today.getYear()));
        model.addAttribute("decision", form);
        return decisionView(referral, model);
    }

    @PostMapping("/referrals/{id}/decision")
    String decide(
            @PathVariable UUID id,
            @ModelAttribute("decision") DecisionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var outcome = parse(ScreeningOutcome.class, form.getOutcome()).orElse(null);
        if (outcome == null) {
            result.rejectValue("outcome", "decision.outcome.blank");
        }
        var appropriate = "yes".equals(form.getAppropriate())
                ? Boolean.TRUE
                : "no".equals(form.getAppropriate()) ? Boolean.FALSE : null;
        var signpost = outcome == ScreeningOutcome.SIGNPOSTED ? ReferralForm.blank(form.getSignpostedTo()) : null;
        var dayGiven =
                ReferralForm.dateState(form.getDecidedOnDay(), form.getDecidedOnMonth(), form.getDecidedOnYear());
        if (dayGiven != ReferralForm.DateState.VALID) {
            result.rejectValue("decidedOn", "decision.decidedOn.invalid");
        }
        if (outcome != null && dayGiven == ReferralForm.DateState.VALID) {
            FormErrors.attempt(
                    result,
                    () -> triage.decide(
                            id,
                            new ScreeningDecision(
                                    outcome,
                                    appropriate,
                                    ReferralForm.blank(form.getReason()),
                                    signpost,
                                    ReferralForm.blank(form.getFeedback()),
                                    ReferralForm.date(
                                            form.getDecidedOnDay(), form.getDecidedOnMonth(), form.getDecidedOnYear())),
                            form.getVersion()));
        } else {
            // Report the other gaps with the missing outcome, as the service would.
            if (appropriate == null) {
                result.rejectValue("appropriate", "decision.appropriate.blank");
            }
            if (ReferralForm.blank(form.getReason()) == null) {
                result.rejectValue("reason", "decision.reason.blank");
            }
        }
        if (result.hasErrors()) {
            return decisionView(triage.view(id), model);
        }
        redirect.addFlashAttribute("success", "triage.decided");
        return "redirect:/referrals/" + id;
    }

    private String decisionView(ReferralViews.Full referral, Model model) {
        model.addAttribute("referral", referral);
        model.addAttribute("outcomes", ScreeningOutcome.values());
        model.addAttribute("codes", codes);
        return "triage/decision";
    }

    @PostMapping("/referrals/{id}/link")
    String link(
            @PathVariable UUID id,
            @RequestParam UUID personId,
            @ModelAttribute("actionForm") ConfirmForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return act(id, result, model, redirect, "triage.linked", () -> triage.linkToPerson(id, personId));
    }

    @PostMapping("/referrals/{id}/undo-link")
    String undoLink(
            @PathVariable UUID id,
            @ModelAttribute("actionForm") ConfirmForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return act(id, result, model, redirect, "triage.linkUndone", () -> triage.undoLink(id));
    }

    @PostMapping("/referrals/{id}/confirm-person")
    String confirmPerson(
            @PathVariable UUID id,
            @ModelAttribute("actionForm") ConfirmForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return act(id, result, model, redirect, "triage.personConfirmed", () -> triage.confirmNewPerson(id));
    }

    @PostMapping("/referrals/{id}/support-requests/{requestId}/agreement")
    String agreeSupport(
            @PathVariable UUID id,
            @PathVariable UUID requestId,
            @RequestParam(defaultValue = "false") boolean agreed,
            @RequestParam(defaultValue = "-1") int version,
            @ModelAttribute("actionForm") ConfirmForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return act(
                id,
                result,
                model,
                redirect,
                agreed ? "triage.supportAgreed" : "triage.supportNotAgreed",
                () -> triage.agreeSupportRequest(requestId, agreed, version));
    }

    @PostMapping("/referrals/{id}/assign")
    String assign(
            @PathVariable UUID id,
            @ModelAttribute("assignForm") AssignForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var userId = form.getUserId();
        if (userId == null && !result.hasFieldErrors("userId")) {
            result.rejectValue("userId", "triage.assign.blank");
        }
        return act(id, result, model, redirect, "triage.assigned", () -> triage.assign(id, requireNonNull(userId)));
    }

    @PostMapping("/referrals/{id}/unassign")
    String unassign(
            @PathVariable UUID id,
            @RequestParam UUID userId,
            @ModelAttribute("actionForm") ConfirmForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return act(id, result, model, redirect, "triage.unassigned", () -> triage.unassign(id, userId));
    }

    @GetMapping("/referrals/{id}/support-requests/new")
    String supportRequestPage(@PathVariable UUID id, Model model) {
        var form = new SupportRequestForm();
        var today = access.today();
        form.setRequestedOnDay(String.valueOf(today.getDayOfMonth()));
        form.setRequestedOnMonth(String.valueOf(today.getMonthValue()));
        form.setRequestedOnYear(String.valueOf(today.getYear()));
        model.addAttribute("supportRequest", form);
        return supportRequestView(triage.view(id), model);
    }

    @PostMapping("/referrals/{id}/support-requests/new")
    String requestSupport(
            @PathVariable UUID id,
            @ModelAttribute("supportRequest") SupportRequestForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID partner = null;
        var chosen = ReferralForm.blank(form.getPartnerOrganisationId());
        if (chosen != null && !chosen.equals("other")) {
            try {
                partner = UUID.fromString(chosen);
            } catch (IllegalArgumentException e) {
                result.rejectValue("partnerOrganisationId", "supportRequest.partner.unknown");
            }
        }
        var state =
                ReferralForm.dateState(form.getRequestedOnDay(), form.getRequestedOnMonth(), form.getRequestedOnYear());
        if (state == ReferralForm.DateState.INCOMPLETE || state == ReferralForm.DateState.INVALID) {
            result.rejectValue("requestedOn", "supportRequest.requestedOn.invalid");
        }
        if (!result.hasFieldErrors("partnerOrganisationId")) {
            // The service checks the rest, so every gap shows at once; a day already refused is not reported twice.
            try {
                triage.requestSupport(
                        id,
                        new ReferralTriage.NewSupportRequest(
                                partner,
                                partner == null ? ReferralForm.blank(form.getPartnerName()) : null,
                                ReferralForm.blank(form.getLeadWorkerName()),
                                ReferralForm.blank(form.getLeadWorkerRole()),
                                ReferralForm.blank(form.getRequest()),
                                ReferralForm.date(
                                        form.getRequestedOnDay(),
                                        form.getRequestedOnMonth(),
                                        form.getRequestedOnYear())));
            } catch (InvalidInputException e) {
                e.problems().stream()
                        .filter(problem -> !result.hasFieldErrors(problem.field()))
                        .forEach(problem -> result.rejectValue(
                                problem.field().equals("partnerName") && chosen == null
                                        ? "partnerOrganisationId"
                                        : problem.field(),
                                problem.code()));
            } catch (RuleViolationException e) {
                FormErrors.refuse(result, e);
            }
        }
        if (result.hasErrors()) {
            return supportRequestView(triage.view(id), model);
        }
        redirect.addFlashAttribute("success", triage.isLead() ? "triage.supportRequested" : "triage.supportProposed");
        return "redirect:/referrals/" + id + "#support";
    }

    private String supportRequestView(ReferralViews.Full referral, Model model) {
        model.addAttribute("referral", referral);
        var choices = new java.util.LinkedHashMap<String, String>();
        triage.partnersToAsk().forEach(partner -> choices.put(partner.id().toString(), partner.name()));
        model.addAttribute("partnerChoices", choices);
        return "triage/support-request";
    }

    @GetMapping("/support-requests/{id}/response")
    String responsePage(@PathVariable UUID id, Model model) {
        var request = triage.supportRequest(id);
        if (request.status() != SupportRequestStatus.REQUESTED) {
            return "redirect:/referrals/" + request.referralId() + "#support";
        }
        var form = new SupportResponseForm();
        form.setVersion(request.version());
        form.setOn(access.today());
        model.addAttribute("response", form);
        model.addAttribute("request", request);
        return "triage/support-response";
    }

    @PostMapping("/support-requests/{id}/response")
    String respond(
            @PathVariable UUID id,
            @ModelAttribute("response") SupportResponseForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var request = triage.supportRequest(id);
        if (!"yes".equals(form.getAccepted()) && !"no".equals(form.getAccepted())) {
            result.rejectValue("accepted", "supportRequest.accepted.blank");
        }
        checkDay(form, result);
        FormErrors.attempt(
                result,
                () -> triage.respondToSupportRequest(
                        id, "yes".equals(form.getAccepted()), form.on(), form.getVersion()));
        if (result.hasErrors()) {
            model.addAttribute("request", request);
            return "triage/support-response";
        }
        redirect.addFlashAttribute("success", "triage.supportResponded");
        return "redirect:/referrals/" + request.referralId() + "#support";
    }

    @GetMapping("/support-requests/{id}/end")
    String endPage(@PathVariable UUID id, Model model) {
        var request = triage.supportRequest(id);
        if (request.status() != SupportRequestStatus.ACCEPTED) {
            return "redirect:/referrals/" + request.referralId() + "#support";
        }
        var form = new SupportEndForm();
        form.setVersion(request.version());
        form.setOn(access.today());
        model.addAttribute("ending", form);
        model.addAttribute("request", request);
        return "triage/support-end";
    }

    @PostMapping("/support-requests/{id}/end")
    String end(
            @PathVariable UUID id,
            @ModelAttribute("ending") SupportEndForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var request = triage.supportRequest(id);
        if (ReferralForm.blank(form.getReason()) == null) {
            result.rejectValue("reason", "supportRequest.endReason.blank");
        }
        checkDay(form, result);
        FormErrors.attempt(
                result,
                () -> triage.endSupport(id, form.on(), ReferralForm.blank(form.getReason()), form.getVersion()));
        if (result.hasErrors()) {
            model.addAttribute("request", request);
            return "triage/support-end";
        }
        redirect.addFlashAttribute("success", "triage.supportEnded");
        return "redirect:/referrals/" + request.referralId() + "#support";
    }

    private static void checkDay(TriageForms.DayForm form, BindingResult result) {
        switch (form.onState()) {
            case EMPTY -> result.rejectValue("on", "supportRequest.date.blank");
            case INCOMPLETE, INVALID -> result.rejectValue("on", "supportRequest.date.invalid");
            default -> {}
        }
    }

    @GetMapping("/people/{id}")
    String person(@PathVariable UUID id, Model model) {
        model.addAttribute("person", triage.person(id));
        model.addAttribute("codes", codes);
        return "triage/person";
    }

    @GetMapping("/people/search")
    String searchPage(Model model) {
        model.addAttribute("search", new PersonSearchForm());
        return "triage/people-search";
    }

    // A POST keeps names and dates of birth out of addresses, logs and browser history.
    @PostMapping("/people/search")
    String search(@ModelAttribute("search") PersonSearchForm form, BindingResult result, Model model) {
        var given = ReferralForm.blank(form.getGivenName());
        var family = ReferralForm.blank(form.getFamilyName());
        if (given == null && family == null) {
            result.rejectValue("givenName", "people.search.name.blank");
        }
        if (given != null && given.length() > 100 || family != null && family.length() > 100) {
            result.rejectValue("givenName", "people.search.name.tooLong");
        }
        var state =
                ReferralForm.dateState(form.getDateOfBirthDay(), form.getDateOfBirthMonth(), form.getDateOfBirthYear());
        if (state == ReferralForm.DateState.INCOMPLETE || state == ReferralForm.DateState.INVALID) {
            result.rejectValue("dateOfBirth", "form.dateOfBirth.invalid");
        }
        if (!result.hasErrors()) {
            model.addAttribute(
                    "results",
                    triage.search(
                            given,
                            family,
                            ReferralForm.date(
                                    form.getDateOfBirthDay(), form.getDateOfBirthMonth(), form.getDateOfBirthYear())));
        }
        return "triage/people-search";
    }

    @GetMapping("/referrals/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID attachmentId) {
        var file = triage.download(id, attachmentId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(file.content());
    }

    /** Takes an action on the referral from a button on its page; a refusal shows in that page's error summary. */
    private String act(
            UUID id, BindingResult result, Model model, RedirectAttributes redirect, String success, Runnable action) {
        if (FormErrors.attempt(result, action)) {
            redirect.addFlashAttribute("success", success);
            return "redirect:/referrals/" + id;
        }
        return referralPage(id, model);
    }

    private static <E extends Enum<E>> java.util.Optional<E> parse(Class<E> type, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(Enum.valueOf(type, value.strip()));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}
