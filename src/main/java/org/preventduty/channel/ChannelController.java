package org.preventduty.channel;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.channel.ChannelRules.ConsentStatus;
import org.preventduty.channel.ChannelRules.Decision;
import org.preventduty.channel.ChannelRules.DecisionRule;
import org.preventduty.channel.ChannelRules.GivenBy;
import org.preventduty.identity.CurrentActor;
import org.preventduty.identity.Role;
import org.preventduty.identity.UserDirectory;
import org.preventduty.shared.InvalidInputException;
import org.preventduty.shared.NotFoundException;
import org.preventduty.shared.RuleViolationException;
import org.preventduty.shared.web.FormOutcome;
import org.preventduty.shared.web.Pagination;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The Channel pages: the list of cases, a case with its forms for the Prevent lead and chair, and panel meetings. Every
 * change posts a small form and comes back to the page with what was done or what was wrong.
 */
@Controller
class ChannelController {

    private final ChannelWork work;
    private final CaseQueries queries;
    private final UserDirectory users;
    private final ChannelSettings settings;
    private final PanelDocuments documents;
    private final ChannelTasks tasks;
    private final PanelMembers members;
    private final CurrentActor actors;
    private final Clock clock;

    ChannelController(
            ChannelWork work,
            CaseQueries queries,
            UserDirectory users,
            ChannelSettings settings,
            PanelDocuments documents,
            ChannelTasks tasks,
            PanelMembers members,
            CurrentActor actors,
            Clock clock) {
        this.members = members;
        this.tasks = tasks;
        this.actors = actors;
        this.work = work;
        this.queries = queries;
        this.users = users;
        this.settings = settings;
        this.documents = documents;
        this.clock = clock;
    }

    @GetMapping("/channel/cases")
    String cases(
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        var chosen = parse(CaseStatus.class, status);
        var cases = queries.list(chosen, Math.max(page, 0), settings.pageSize());
        model.addAttribute("cases", cases);
        model.addAttribute("status", chosen);
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute(
                "pagination",
                Pagination.of(
                        cases,
                        UriComponentsBuilder.fromPath("/channel/cases")
                                .queryParamIfPresent("status", java.util.Optional.ofNullable(chosen))));
        return "channel/cases";
    }

    @GetMapping("/channel/cases/{id}")
    String caseView(@PathVariable UUID id, Model model) {
        var view = queries.view(id);
        model.addAttribute("c", view);
        model.addAttribute("decisions", Decision.values());
        model.addAttribute("rules", DecisionRule.values());
        model.addAttribute("consentStatuses", ConsentStatus.values());
        model.addAttribute("givenBy", GivenBy.values());
        model.addAttribute("interventionTypes", InterventionType.values());
        model.addAttribute("today", queries.today());
        model.addAttribute("caseTasks", view.mayChange() ? tasks.tasks(actors.require(), id) : List.of());
        model.addAttribute("lead", actors.require().has(org.preventduty.identity.Role.PREVENT_LEAD));
        return "channel/case";
    }

    @PostMapping("/channel/cases/{id}/decision")
    String decide(
            @PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
        return change(id, redirect, "channel.decided", () -> {
            var considered = form.getFirst("considered");
            work.decide(
                    id,
                    new ChannelWork.NewDecision(
                            required(uuid(form.getFirst("meetingId"))),
                            required(date(form.getFirst("decidedOn"))),
                            required(parse(Decision.class, form.getFirst("decision"))),
                            required(parse(DecisionRule.class, form.getFirst("rule"))),
                            required(text(form.getFirst("reasons"))),
                            considered == null ? null : "yes".equals(considered),
                            text(form.getFirst("consideredOutcome"))),
                    integer(form.getFirst("version")));
        });
    }

    @PostMapping("/channel/cases/{id}/support-plan")
    String plan(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
        return change(
                id,
                redirect,
                "channel.planned",
                () -> work.planSupport(
                        id,
                        required(text(form.getFirst("support"))),
                        required(text(form.getFirst("consentHow"))),
                        required(text(form.getFirst("consentBy"))),
                        required(date(form.getFirst("consentOn")))));
    }

    @PostMapping("/channel/cases/{id}/consent")
    String consent(
            @PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
        return change(
                id,
                redirect,
                "channel.consentRecorded",
                () -> work.recordConsent(
                        id,
                        new ChannelWork.NewConsent(
                                required(parse(ConsentStatus.class, form.getFirst("status"))),
                                required(parse(GivenBy.class, form.getFirst("givenBy"))),
                                text(form.getFirst("guardianName")),
                                required(date(form.getFirst("recordedOn"))))));
    }

    @PostMapping("/channel/cases/{id}/interventions")
    String intervention(
            @PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
        return change(
                id,
                redirect,
                "channel.interventionAdded",
                () -> work.addIntervention(
                        id,
                        new ChannelWork.NewIntervention(
                                required(parse(InterventionType.class, form.getFirst("type"))),
                                required(text(form.getFirst("provider"))),
                                "yes".equals(form.getFirst("approved")),
                                required(date(form.getFirst("startOn"))),
                                required(integer(form.getFirst("frequencyDays"))))));
    }

    @PostMapping("/channel/cases/{id}/interventions/{interventionId}/sessions")
    String session(
            @PathVariable UUID id,
            @PathVariable UUID interventionId,
            @RequestParam MultiValueMap<String, String> form,
            RedirectAttributes redirect) {
        return change(
                id,
                redirect,
                "channel.sessionLogged",
                () -> work.logSession(
                        id, interventionId, required(date(form.getFirst("deliveredOn"))), text(form.getFirst("note"))));
    }

    @PostMapping("/channel/cases/{id}/interventions/{interventionId}/end")
    String endIntervention(
            @PathVariable UUID id,
            @PathVariable UUID interventionId,
            @RequestParam MultiValueMap<String, String> form,
            RedirectAttributes redirect) {
        return change(
                id,
                redirect,
                "channel.interventionEnded",
                () -> work.endIntervention(id, interventionId, required(date(form.getFirst("endedOn")))));
    }

    @PostMapping("/channel/cases/{id}/exit")
    String exit(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
        return change(
                id,
                redirect,
                "channel.exited",
                () -> work.exit(
                        id,
                        required(date(form.getFirst("exitedOn"))),
                        required(text(form.getFirst("summary"))),
                        integer(form.getFirst("version"))));
    }

    @PostMapping("/channel/cases/{id}/reviews/{months}")
    String review(
            @PathVariable UUID id,
            @PathVariable int months,
            @RequestParam MultiValueMap<String, String> form,
            RedirectAttributes redirect) {
        return change(
                id,
                redirect,
                "channel.reviewed",
                () -> work.completeReview(
                        id, months, required(date(form.getFirst("on"))), required(text(form.getFirst("outcome")))));
    }

    @PostMapping("/channel/cases/{id}/close")
    String close(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
        return change(id, redirect, "channel.closed", () -> work.close(id, required(text(form.getFirst("reason")))));
    }

    @PostMapping("/channel/cases/{id}/information-requests")
    String informationRequest(
            @PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
        return change(
                id,
                redirect,
                "channel.informationRequested",
                () -> work.requestInformation(
                        id,
                        required(text(form.getFirst("agency"))),
                        text(form.getFirst("askedOf")),
                        required(date(form.getFirst("askedOn"))),
                        required(text(form.getFirst("what")))));
    }

    @PostMapping("/channel/cases/{id}/information-requests/{requestId}/response")
    String informationResponse(
            @PathVariable UUID id,
            @PathVariable UUID requestId,
            @RequestParam MultiValueMap<String, String> form,
            RedirectAttributes redirect) {
        return change(
                id,
                redirect,
                "channel.informationReceived",
                () -> work.recordResponse(
                        id,
                        requestId,
                        required(date(form.getFirst("respondedOn"))),
                        required(text(form.getFirst("response")))));
    }

    @GetMapping("/channel/cases/{id}/assessments/new")
    String newAssessment(@PathVariable UUID id, Model model) {
        var view = queries.view(id);
        if (!view.mayChange()) {
            throw new NotFoundException("Channel case");
        }
        return assessmentForm(view, new org.springframework.util.LinkedMultiValueMap<>(), false, model);
    }

    @PostMapping("/channel/cases/{id}/assessments")
    String assess(
            @PathVariable UUID id,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            RedirectAttributes redirect) {
        var framework = queries.currentFramework();
        var ratings = new java.util.LinkedHashMap<String, Rating>();
        var evidence = new java.util.LinkedHashMap<String, String>();
        for (var factor : framework.factors()) {
            var rating = parse(Rating.class, form.getFirst("rating-" + factor.code()));
            if (rating != null) {
                ratings.put(factor.code(), rating);
            }
            var said = text(form.getFirst("evidence-" + factor.code()));
            if (said != null) {
                evidence.put(factor.code(), said);
            }
        }
        var summaries = new java.util.LinkedHashMap<String, String>();
        for (var dimension : framework.dimensions()) {
            var summary = text(form.getFirst("summary-" + dimension));
            if (summary != null) {
                summaries.put(dimension, summary);
            }
        }
        var on = date(form.getFirst("assessedOn"));
        var by = text(form.getFirst("assessedBy"));
        if (on == null || by == null || ratings.size() != framework.factors().size() || on.isAfter(queries.today())) {
            return assessmentForm(queries.view(id), form, true, model);
        }
        work.assess(id, on, by, ratings, evidence, summaries);
        redirect.addFlashAttribute("success", "channel.assessed");
        return "redirect:/channel/cases/" + id + "#assessments";
    }

    private String assessmentForm(
            CaseQueries.CaseView view, MultiValueMap<String, String> form, boolean invalid, Model model) {
        model.addAttribute("c", view);
        model.addAttribute("framework", queries.currentFramework());
        model.addAttribute("ratings", Rating.values());
        model.addAttribute("form", form.toSingleValueMap());
        model.addAttribute("invalid", invalid);
        model.addAttribute("today", queries.today());
        return "channel/assessment";
    }

    @GetMapping("/channel/panel-members")
    String panelMembers(Model model) {
        model.addAttribute("members", members.list(false));
        model.addAttribute("roles", PanelRole.values());
        model.addAttribute("panelUsers", users.withRole(Role.PANEL_MEMBER));
        return "channel/panel-members";
    }

    @PostMapping("/channel/panel-members")
    String addPanelMember(@RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
        try {
            members.add(
                    required(text(form.getFirst("name"))),
                    required(text(form.getFirst("organisation"))),
                    required(parse(PanelRole.class, form.getFirst("panelRole"))),
                    "yes".equals(form.getFirst("spoc")),
                    text(form.getFirst("deputyName")),
                    "yes".equals(form.getFirst("trained")),
                    uuid(form.getFirst("userId")));
            redirect.addFlashAttribute("success", "channel.memberAdded");
        } catch (MissingAnswer | InvalidInputException e) {
            redirect.addFlashAttribute("problem", "channel.form.incomplete");
        }
        return "redirect:/channel/panel-members";
    }

    @PostMapping("/channel/panel-members/{memberId}/active")
    String memberActive(
            @PathVariable UUID memberId,
            @RequestParam(defaultValue = "no") String active,
            RedirectAttributes redirect) {
        members.setActive(memberId, "yes".equals(active));
        redirect.addFlashAttribute("success", "channel.memberChanged");
        return "redirect:/channel/panel-members";
    }

    @GetMapping("/channel/attendance")
    String attendance(
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            Model model) {
        var today = queries.today();
        var start = date(from);
        var end = date(to);
        if (start == null) {
            start = today.minusYears(1).plusDays(1);
        }
        if (end == null || end.isBefore(start)) {
            end = today;
        }
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("attendance", members.attendance(start, end));
        return "channel/attendance";
    }

    @GetMapping("/channel/meetings")
    String meetings(@RequestParam(defaultValue = "0") int page, Model model) {
        var meetings = queries.meetings(Math.max(page, 0), settings.pageSize());
        model.addAttribute("meetings", meetings);
        model.addAttribute("pagination", Pagination.of(meetings, UriComponentsBuilder.fromPath("/channel/meetings")));
        return "channel/meetings";
    }

    @GetMapping("/channel/meetings/new")
    String newMeeting(Model model) {
        model.addAttribute(
                "waiting",
                queries.list(CaseStatus.INFORMATION_GATHERING, 0, 100).items());
        model.addAttribute(
                "awaiting", queries.list(CaseStatus.AWAITING_PANEL, 0, 100).items());
        model.addAttribute(
                "active", queries.list(CaseStatus.SUPPORT_ACTIVE, 0, 100).items());
        model.addAttribute("panelMembers", users.withRole(Role.PANEL_MEMBER));
        model.addAttribute("standing", members.list(true));
        model.addAttribute("roles", PanelRole.values());
        return "channel/meeting-new";
    }

    @PostMapping("/channel/meetings")
    String createMeeting(@RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
        try {
            var attendees = new ArrayList<ChannelWork.Attendee>();
            var names = form.getOrDefault("attendeeName", List.of());
            var organisations = form.getOrDefault("attendeeOrganisation", List.of());
            var roles = form.getOrDefault("attendeeRole", List.of());
            for (var i = 0; i < names.size(); i++) {
                var name = text(names.get(i));
                if (name == null) {
                    continue;
                }
                attendees.add(new ChannelWork.Attendee(
                        name,
                        i < organisations.size() && text(organisations.get(i)) != null ? organisations.get(i) : "-",
                        required(parse(PanelRole.class, i < roles.size() ? roles.get(i) : null)),
                        null,
                        null));
            }
            var standing = new HashMap<UUID, PanelMembers.Member>();
            members.list(true).forEach(m -> standing.put(m.id(), m));
            for (var chosen : form.getOrDefault("standingMember", List.of())) {
                var member = standing.get(uuid(chosen));
                if (member != null) {
                    attendees.add(new ChannelWork.Attendee(
                            member.name(), member.organisation(), member.panelRole(), null, member.userId()));
                }
            }
            var memberNames = new HashMap<UUID, String>();
            users.withRole(Role.PANEL_MEMBER).forEach(m -> memberNames.put(m.id(), m.displayName()));
            for (var member : form.getOrDefault("panelMember", List.of())) {
                var id = uuid(member);
                if (id != null && memberNames.containsKey(id)) {
                    attendees.add(
                            new ChannelWork.Attendee(memberNames.get(id), "Panel member", PanelRole.OTHER, null, id));
                }
            }
            var caseIds = form.getOrDefault("caseId", List.of()).stream()
                    .map(ChannelController::uuid)
                    .filter(java.util.Objects::nonNull)
                    .toList();
            var id = work.createMeeting(new ChannelWork.NewMeeting(
                    required(date(form.getFirst("heldOn"))),
                    time(form.getFirst("startsAt")),
                    text(form.getFirst("location")),
                    text(form.getFirst("chairName")),
                    attendees,
                    caseIds));
            redirect.addFlashAttribute("success", "channel.meetingCreated");
            return "redirect:/channel/meetings/" + id;
        } catch (MissingAnswer | InvalidInputException e) {
            redirect.addFlashAttribute("problem", "channel.form.incomplete");
            return "redirect:/channel/meetings/new";
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("problem", e.code());
            return "redirect:/channel/meetings/new";
        }
    }

    @GetMapping("/channel/meetings/{id}")
    String meeting(@PathVariable UUID id, Model model) {
        var meeting = queries.meeting(id);
        model.addAttribute("m", meeting);
        model.addAttribute("actions", queries.actions(id));
        return "channel/meeting";
    }

    @GetMapping("/channel/meetings/{id}/{document}.{format}")
    ResponseEntity<byte[]> document(@PathVariable UUID id, @PathVariable String document, @PathVariable String format) {
        var kind = "agenda".equals(document)
                ? PanelDocuments.Kind.AGENDA
                : "minutes".equals(document) ? PanelDocuments.Kind.MINUTES : null;
        if (kind == null || !("pdf".equals(format) || "docx".equals(format))) {
            throw new NotFoundException("Document");
        }
        var pack = queries.pack(id, document + "." + format);
        var pdf = "pdf".equals(format);
        var body = pdf ? documents.pdf(kind, pack) : documents.docx(kind, pack);
        return ResponseEntity.ok()
                .contentType(
                        pdf
                                ? MediaType.APPLICATION_PDF
                                : MediaType.parseMediaType(
                                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("channel-panel-" + document + "-"
                                        + pack.meeting().heldOn() + "." + format)
                                .build()
                                .toString())
                .cacheControl(CacheControl.noStore())
                .body(body);
    }

    @GetMapping("/channel/meetings/{id}/meeting.ics")
    ResponseEntity<String> calendar(@PathVariable UUID id, HttpServletRequest request) {
        var meeting = queries.meeting(id);
        var page = ServletUriComponentsBuilder.fromContextPath(request)
                .path("/channel/meetings/{id}")
                .buildAndExpand(id)
                .toUriString();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/calendar; charset=UTF-8"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("channel-panel-" + meeting.heldOn() + ".ics")
                                .build()
                                .toString())
                .cacheControl(CacheControl.noStore())
                .body(MeetingCalendar.of(meeting, clock.instant(), page, 2));
    }

    @PostMapping("/channel/meetings/{id}/actions")
    String action(
            @PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
        try {
            work.addAction(
                    id,
                    uuid(form.getFirst("caseId")),
                    required(text(form.getFirst("description"))),
                    required(text(form.getFirst("owner"))),
                    required(date(form.getFirst("dueOn"))));
            redirect.addFlashAttribute("success", "channel.actionAdded");
        } catch (MissingAnswer e) {
            redirect.addFlashAttribute("problem", "channel.form.incomplete");
        }
        return "redirect:/channel/meetings/" + id;
    }

    @PostMapping("/channel/meetings/{id}/publish")
    String publish(@PathVariable UUID id, RedirectAttributes redirect) {
        work.publish(id);
        redirect.addFlashAttribute("success", "channel.published");
        return "redirect:/channel/meetings/" + id;
    }

    @PostMapping("/channel/meetings/{id}/attendance")
    String attendance(
            @PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
        var present = new HashSet<Integer>();
        form.getOrDefault("present", List.of()).forEach(value -> {
            var position = integer(value);
            if (position != null) {
                present.add(position);
            }
        });
        FormOutcome.flash(redirect, "channel.attendanceRecorded", () -> work.recordAttendance(id, present));
        return "redirect:/channel/meetings/" + id;
    }

    @PostMapping("/channel/meetings/{id}/minutes")
    String minutes(
            @PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
        try {
            work.recordMinutes(id, required(uuid(form.getFirst("caseId"))), required(text(form.getFirst("minutes"))));
            redirect.addFlashAttribute("success", "channel.minutesRecorded");
        } catch (MissingAnswer e) {
            redirect.addFlashAttribute("problem", "channel.form.incomplete");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("problem", e.code());
        }
        return "redirect:/channel/meetings/" + id;
    }

    private String change(UUID id, RedirectAttributes redirect, String success, Runnable work) {
        try {
            work.run();
            redirect.addFlashAttribute("success", success);
        } catch (MissingAnswer e) {
            redirect.addFlashAttribute("problem", "channel.form.incomplete");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", e.problems().get(0).code());
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("problem", e.code());
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("problem", "channel.changedElsewhere");
        }
        return "redirect:/channel/cases/" + id;
    }

    /** A form left a needed answer empty or unreadable. */
    private static final class MissingAnswer extends RuntimeException {
        MissingAnswer() {
            super(null, null, false, false);
        }
    }

    private static <T> T required(@Nullable T value) {
        if (value == null) {
            throw new MissingAnswer();
        }
        return value;
    }

    private static @Nullable String text(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static @Nullable LocalDate date(@Nullable String value) {
        try {
            return text(value) == null ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static @Nullable LocalTime time(@Nullable String value) {
        try {
            return text(value) == null ? null : LocalTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static @Nullable Integer integer(@Nullable String value) {
        try {
            return text(value) == null ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static @Nullable UUID uuid(@Nullable String value) {
        try {
            return text(value) == null ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
        if (text(value) == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
