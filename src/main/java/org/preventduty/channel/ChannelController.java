package org.preventduty.channel;

import static java.util.Objects.requireNonNull;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.identity.CurrentActor;
import org.preventduty.identity.Role;
import org.preventduty.identity.UserDirectory;
import org.preventduty.shared.NotFoundException;
import org.preventduty.shared.web.DayFilter;
import org.preventduty.shared.web.FormErrors;
import org.preventduty.shared.web.FormValues;
import org.preventduty.shared.web.Pagination;
import org.preventduty.tasks.Task;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
    private final MessageSource messages;

    ChannelController(
            ChannelWork work,
            CaseQueries queries,
            UserDirectory users,
            ChannelSettings settings,
            PanelDocuments documents,
            ChannelTasks tasks,
            PanelMembers members,
            CurrentActor actors,
            Clock clock,
            MessageSource messages) {
        this.messages = messages;
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
            @ModelAttribute("search") CaseSearchForm search,
            BindingResult result,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        var size = settings.pageSize();
        var status = result.hasFieldErrors("status") ? null : search.getStatus();
        var cases = FormErrors.made(result, () -> queries.list(status, search.getQ(), Math.max(page, 0), size))
                .orElseGet(() -> new org.preventduty.shared.Paged<>(List.of(), 0, size, 0));
        model.addAttribute("cases", cases);
        model.addAttribute("searched", search.getQ() != null && !search.getQ().isBlank());
        model.addAttribute("searchFailed", result.hasErrors());
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute(
                "pagination",
                Pagination.of(
                        cases,
                        UriComponentsBuilder.fromPath("/channel/cases")
                                .queryParamIfPresent("q", java.util.Optional.ofNullable(search.getQ()))
                                .queryParamIfPresent("status", java.util.Optional.ofNullable(status))));
        return "channel/cases";
    }

    @GetMapping("/channel/cases/{id}")
    String caseView(@PathVariable UUID id, Model model) {
        section(id, model);
        model.addAttribute("lead", actors.require().has(org.preventduty.identity.Role.PREVENT_LEAD));
        return "channel/case";
    }

    /** The case's panel discussions, decisions and assessments. */
    @GetMapping("/channel/cases/{id}/panel")
    String casePanel(@PathVariable UUID id, Model model) {
        section(id, model);
        return "channel/case-panel";
    }

    /** The case's support plan, consent, interventions, exit and reviews. */
    @GetMapping("/channel/cases/{id}/support")
    String caseSupport(@PathVariable UUID id, Model model) {
        section(id, model);
        return "channel/case-support";
    }

    /** The work due on the case, soonest first. */
    @GetMapping("/channel/cases/{id}/tasks")
    String caseTasks(@PathVariable UUID id, Model model) {
        section(id, model);
        return "channel/case-tasks";
    }

    private void section(UUID id, Model model) {
        var view = queries.view(id);
        model.addAttribute("c", view);
        model.addAttribute("today", queries.today());
        model.addAttribute("caseTasks", tasks.onCase(actors.require(), view));
    }

    @GetMapping("/channel/cases/{id}/assessments/new")
    String newAssessment(@PathVariable UUID id, Model model) {
        var view = queries.view(id);
        if (!view.mayAssess()) {
            return "redirect:" + CaseActionController.sectionPath(id, "assessment");
        }
        var form = new AssessmentForm();
        form.assessedOn(queries.today());
        model.addAttribute("assessment", form);
        return assessmentForm(view, model);
    }

    @PostMapping("/channel/cases/{id}/assessments")
    String assess(
            @PathVariable UUID id,
            @Valid @ModelAttribute("assessment") AssessmentForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var on = FormErrors.day(result, "assessedOn", form.assessedOn(), "channel.assessment.assessedOn");
        var framework = queries.currentFramework();
        var ratings = new java.util.LinkedHashMap<String, Rating>();
        var evidence = new java.util.LinkedHashMap<String, String>();
        for (var factor : framework.factors()) {
            var rating = form.getRatings().get(factor.code());
            if (rating == null) {
                result.rejectValue(
                        "ratings[" + factor.code() + "]",
                        "channel.assessment.rating.blank",
                        new Object[] {factor.label()},
                        null);
            } else {
                ratings.put(factor.code(), rating);
            }
            putText(result, "evidence", factor.code(), form.getEvidence(), evidence);
        }
        var summaries = new java.util.LinkedHashMap<String, String>();
        for (var dimension : framework.dimensions()) {
            putText(result, "summaries", dimension, form.getSummaries(), summaries);
        }
        if (FormErrors.attempt(
                result,
                () -> work.assess(
                        id, requireNonNull(on), form.getAssessedBy().strip(), ratings, evidence, summaries))) {
            redirect.addFlashAttribute("success", "channel.assessed");
            return "redirect:" + CaseActionController.sectionPath(id, "assessment") + "#assessments";
        }
        return assessmentForm(queries.view(id), model);
    }

    /** Keeps a text of an assessment that is not blank, and refuses one longer than the record holds. */
    private static void putText(
            BindingResult result,
            String field,
            String key,
            java.util.Map<String, String> typed,
            java.util.Map<String, String> kept) {
        var text = FormValues.text(typed.get(key));
        if (text == null) {
            return;
        }
        if (text.length() > 5000) {
            result.rejectValue(field + "[" + key + "]", "channel.assessment.text.tooLong");
        } else {
            kept.put(key, text);
        }
    }

    private String assessmentForm(CaseQueries.CaseView view, Model model) {
        model.addAttribute("c", view);
        model.addAttribute("framework", queries.currentFramework());
        model.addAttribute("ratings", Rating.values());
        return "channel/assessment";
    }

    @GetMapping("/channel/panel-members")
    String panelMembers(Model model) {
        model.addAttribute("member", new PanelMemberForm());
        return panelMembersPage(model);
    }

    private String panelMembersPage(Model model) {
        var panelUsers = new java.util.LinkedHashMap<UUID, String>();
        users.withRole(Role.PANEL_MEMBER).forEach(u -> panelUsers.put(u.id(), u.displayName()));
        model.addAttribute("members", members.list(false));
        model.addAttribute("roles", PanelRole.values());
        model.addAttribute("panelUsers", panelUsers);
        model.addAttribute("marks", List.of("spoc", "trained"));
        return "channel/panel-members";
    }

    @PostMapping("/channel/panel-members")
    String addPanelMember(
            @Valid @ModelAttribute("member") PanelMemberForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (FormErrors.attempt(
                result,
                () -> members.add(
                        form.getName().strip(),
                        form.getOrganisation().strip(),
                        requireNonNull(form.getPanelRole()),
                        form.getMarks().contains("spoc"),
                        FormValues.text(form.getDeputyName()),
                        form.getMarks().contains("trained"),
                        form.getUserId()))) {
            redirect.addFlashAttribute("success", "channel.memberAdded");
            return "redirect:/channel/panel-members";
        }
        return panelMembersPage(model);
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
            @ModelAttribute("filter") DayFilter filter,
            BindingResult result,
            Model model) {
        var today = queries.today();
        var start = filter.read(result, "from", from, today.minusYears(1).plusDays(1));
        var end = filter.read(result, "to", to, today);
        if (end.isBefore(start)) {
            end = today;
            filter.show("to", end);
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
        var form = new MeetingForm();
        for (var i = 0; i < MeetingForm.ATTENDEE_ROWS; i++) {
            var row = new AttendeeForm();
            row.setPanelRole(i == 0 ? PanelRole.CHAIR : i == 1 ? PanelRole.POLICE_CT : PanelRole.OTHER);
            form.getAttendees().add(row);
        }
        members.list(true).forEach(member -> form.getStandingMembers().add(member.id()));
        // The agenda starts with every case waiting for a panel and every case due back at panel within a month: the
        // review of its support, or its reassessment after consent was refused or withdrawn.
        queries.list(CaseStatus.AWAITING_PANEL, 0, 100)
                .items()
                .forEach(c -> form.getCaseIds().add(c.id()));
        reviewsDue().keySet().forEach(form.getCaseIds()::add);
        model.addAttribute("meeting", form);
        return meetingForm(model);
    }

    @PostMapping("/channel/meetings")
    String createMeeting(
            @Valid @ModelAttribute("meeting") MeetingForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var heldOn = FormErrors.day(result, "heldOn", form.heldOn(), "channel.meeting.heldOn");
        var attendees = new ArrayList<>(form.typedAttendees(result));
        attendees.addAll(members.invitations(form.getStandingMembers(), form.getPanelMembers()));
        var repeat = form.getRepeat() == null ? 0 : form.getRepeat();
        if (repeat > 0 && form.getEvery() == null) {
            result.rejectValue("every", "channel.meeting.every.blank");
        }
        var created = FormErrors.made(
                result,
                () -> work.createSeries(
                        new ChannelWork.NewMeeting(
                                requireNonNull(heldOn),
                                form.startingTime(),
                                FormValues.text(form.getLocation()),
                                FormValues.text(form.getChairName()),
                                attendees,
                                form.getCaseIds()),
                        repeat,
                        form.getEvery() == null ? MeetingSeries.Interval.MONTHLY : form.getEvery()));
        if (created.isPresent()) {
            redirect.addFlashAttribute("success", repeat > 0 ? "channel.seriesCreated" : "channel.meetingCreated");
            redirect.addFlashAttribute("successName", String.valueOf(repeat + 1));
            return "redirect:/channel/meetings/" + created.get().get(0);
        }
        return meetingForm(model);
    }

    private String meetingForm(Model model) {
        var cases = new java.util.LinkedHashMap<UUID, String>();
        var due = reviewsDue();
        for (var status : List.of(
                CaseStatus.INFORMATION_GATHERING,
                CaseStatus.AWAITING_PANEL,
                CaseStatus.SUPPORT_ACTIVE,
                CaseStatus.CONSENT_REFUSED,
                CaseStatus.CONSENT_WITHDRAWN)) {
            queries.list(status, 0, 100).items().forEach(c -> {
                var review = due.get(c.id());
                cases.put(
                        c.id(),
                        review == null
                                ? caseLabel(c)
                                : caseLabel(c) + ", "
                                        + messages.getMessage(
                                                "channel.meeting.reviewDue",
                                                new Object[] {
                                                    messages.getMessage(
                                                            review.title(), null, LocaleContextHolder.getLocale()),
                                                    DateTimeFormatter.ofPattern(
                                                                    "d MMMM yyyy", LocaleContextHolder.getLocale())
                                                            .format(review.dueOn())
                                                },
                                                LocaleContextHolder.getLocale()));
            });
        }
        var standing = new java.util.LinkedHashMap<UUID, String>();
        members.list(true)
                .forEach(m -> standing.put(
                        m.id(),
                        m.name() + ", " + m.organisation() + " ("
                                + messages.getMessage(
                                        "panelRole." + m.panelRole(), null, LocaleContextHolder.getLocale())
                                + ")"));
        var panelMembers = new java.util.LinkedHashMap<UUID, String>();
        users.withRole(Role.PANEL_MEMBER).forEach(m -> panelMembers.put(m.id(), m.displayName()));
        model.addAttribute("cases", cases);
        model.addAttribute("standing", standing);
        model.addAttribute("panelMembers", panelMembers);
        model.addAttribute("roles", PanelRole.values());
        model.addAttribute("intervals", MeetingSeries.Interval.values());
        return "channel/meeting-new";
    }

    /** The cases due back at a panel within a month, each with the task that says so. */
    private Map<UUID, Task> reviewsDue() {
        return tasks.dueAtPanel(actors.require(), queries.today().plusMonths(1));
    }

    private String caseLabel(CaseQueries.CaseRow c) {
        return c.reference() + " " + (c.name() == null ? "" : c.name()) + " ("
                + messages.getMessage("caseStatus." + c.status(), null, LocaleContextHolder.getLocale()) + ")";
    }

    @GetMapping("/channel/meetings/{id}")
    String meeting(@PathVariable UUID id, Model model) {
        var action = new ActionForm();
        action.dueOn(queries.today().plusDays(14));
        model.addAttribute("actionForm", action);
        return meetingPage(id, model);
    }

    private String meetingPage(UUID id, Model model) {
        var meeting = queries.meeting(id);
        if (!model.containsAttribute("actionForm")) {
            model.addAttribute("actionForm", new ActionForm());
        }
        if (!model.containsAttribute("attendanceForm")) {
            var attendance = new AttendanceForm();
            meeting.attendees().stream()
                    .filter(a -> Boolean.TRUE.equals(a.present()))
                    .forEach(a -> attendance.getPresent().add(a.position()));
            model.addAttribute("attendanceForm", attendance);
        }
        var attendees = new java.util.LinkedHashMap<Integer, String>();
        meeting.attendees()
                .forEach(a -> attendees.put(
                        a.position(),
                        a.name() + ", " + a.organisation() + " ("
                                + messages.getMessage(
                                        "panelRole." + a.panelRole(), null, LocaleContextHolder.getLocale())
                                + ")"));
        model.addAttribute("attendeeLabels", attendees);
        if (!model.containsAttribute("minutesForm")) {
            model.addAttribute("minutesForm", new MinutesForm());
        }
        var cases = new java.util.LinkedHashMap<UUID, String>();
        meeting.agenda().forEach(item -> cases.put(item.caseId(), item.reference()));
        model.addAttribute("m", meeting);
        model.addAttribute("agendaCases", cases);
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
            @PathVariable UUID id,
            @Valid @ModelAttribute("actionForm") ActionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var due = FormErrors.day(result, "dueOn", form.dueOn(), "channel.action.dueOn");
        if (FormErrors.attempt(
                result,
                () -> work.addAction(
                        id,
                        form.getCaseId(),
                        form.getDescription().strip(),
                        form.getOwner().strip(),
                        requireNonNull(due)))) {
            redirect.addFlashAttribute("success", "channel.actionAdded");
            return "redirect:/channel/meetings/" + id + "#actions";
        }
        return meetingPage(id, model);
    }

    @PostMapping("/channel/meetings/{id}/publish")
    String publish(@PathVariable UUID id, RedirectAttributes redirect) {
        work.publish(id);
        redirect.addFlashAttribute("success", "channel.published");
        return "redirect:/channel/meetings/" + id;
    }

    @PostMapping("/channel/meetings/{id}/attendance")
    String attendance(
            @PathVariable UUID id,
            @ModelAttribute("attendanceForm") AttendanceForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (FormErrors.attempt(result, () -> work.recordAttendance(id, new HashSet<>(form.getPresent())))) {
            redirect.addFlashAttribute("success", "channel.attendanceRecorded");
            return "redirect:/channel/meetings/" + id;
        }
        return meetingPage(id, model);
    }

    @PostMapping("/channel/meetings/{id}/minutes")
    String minutes(
            @PathVariable UUID id,
            @Valid @ModelAttribute("minutesForm") MinutesForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (FormErrors.attempt(
                result,
                () -> work.recordMinutes(
                        id, requireNonNull(form.getCaseId()), form.getMinutes().strip()))) {
            redirect.addFlashAttribute("success", "channel.minutesRecorded");
            return "redirect:/channel/meetings/" + id;
        }
        model.addAttribute("minutesFailed", form.getCaseId());
        return meetingPage(id, model);
    }
}
