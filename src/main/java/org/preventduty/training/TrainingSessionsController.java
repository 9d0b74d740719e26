package org.preventduty.training;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.identity.CurrentActor;
import org.preventduty.shared.InvalidInputException;
import org.preventduty.shared.RuleViolationException;
import org.preventduty.shared.web.Pagination;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The pages that run training: courses, planned sessions and series with their invitations and attendance,
 * accredited trainers, institutions, and reminders.
 */
@Controller
class TrainingSessionsController {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Set<String> STATUSES = Set.of("PLANNED", "DELIVERED", "CANCELLED");

    private final TrainingSessions sessions;
    private final Completions completions;
    private final Trainers trainers;
    private final TrainingReminders reminders;
    private final TrainingRecords records;
    private final CurrentActor actors;
    private final Clock clock;

    TrainingSessionsController(
            TrainingSessions sessions,
            Completions completions,
            Trainers trainers,
            TrainingReminders reminders,
            TrainingRecords records,
            CurrentActor actors,
            Clock clock) {
        this.sessions = sessions;
        this.completions = completions;
        this.trainers = trainers;
        this.reminders = reminders;
        this.records = records;
        this.actors = actors;
        this.clock = clock;
    }

    @GetMapping("/training/courses")
    String courses(Model model) {
        model.addAttribute("courses", courseList());
        return "training/courses";
    }

    @PostMapping("/training/courses")
    String addCourse(
            @RequestParam(defaultValue = "") String code,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String tier,
            @RequestParam(defaultValue = "") String validityMonths,
            @RequestParam(defaultValue = "FACE_TO_FACE") String delivery,
            @RequestParam(defaultValue = "1") String lowestTierSatisfied,
            RedirectAttributes redirect) {
        try {
            var months = Integer.parseInt(validityMonths.strip());
            if (!code.strip().matches("[A-Za-z0-9_-]{1,40}")
                    || title.isBlank()
                    || title.strip().length() > 200
                    || months < 1
                    || months > 120) {
                throw new NumberFormatException();
            }
            var how = TrainingApi.Delivery.valueOf(delivery);
            records.createCourse(
                    code.strip(),
                    title.strip(),
                    Integer.parseInt(tier.strip()),
                    months,
                    how.name(),
                    Integer.parseInt(lowestTierSatisfied.strip()));
            redirect.addFlashAttribute("success", "training.course.added");
        } catch (IllegalArgumentException | InvalidInputException e) {
            redirect.addFlashAttribute("problem", "training.course.invalid");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("problem", "training.course.taken");
        }
        return "redirect:/training/courses";
    }

    @GetMapping("/training/sessions")
    String sessions(
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        var today = today();
        var day = date(from, today.withDayOfMonth(1));
        var chosen = status != null && STATUSES.contains(status) ? status : null;
        var list = sessions.list(day, chosen, page);
        model.addAttribute("sessions", list);
        model.addAttribute("from", day);
        model.addAttribute("status", chosen);
        model.addAttribute("statuses", List.of("PLANNED", "DELIVERED", "CANCELLED"));
        model.addAttribute(
                "pagination",
                Pagination.of(
                        list,
                        UriComponentsBuilder.fromPath("/training/sessions")
                                .queryParam("from", day)
                                .queryParamIfPresent("status", java.util.Optional.ofNullable(chosen))));
        return "training/sessions";
    }

    @GetMapping("/training/sessions/new")
    String newSession(Model model) {
        model.addAttribute("courses", courseList());
        model.addAttribute("trainers", trainers.list());
        return "training/session-new";
    }

    @PostMapping("/training/sessions")
    String plan(
            @RequestParam(defaultValue = "") String courseCode,
            @RequestParam(required = false) @Nullable String on,
            @RequestParam(required = false) @Nullable String startsAt,
            @RequestParam(required = false) @Nullable String venue,
            @RequestParam(required = false) @Nullable String onlineLink,
            @RequestParam(required = false) @Nullable String trainerId,
            @RequestParam(required = false) @Nullable String capacity,
            @RequestParam(required = false) @Nullable String department,
            @RequestParam(required = false) @Nullable String organisation,
            @RequestParam(defaultValue = "1") String months,
            Model model,
            RedirectAttributes redirect) {
        try {
            var id = sessions.plan(new TrainingSessions.Plan(
                    courseCode,
                    parse(on),
                    time(startsAt),
                    venue,
                    onlineLink,
                    trainerId == null || trainerId.isBlank() ? null : UUID.fromString(trainerId),
                    null,
                    number(capacity, "capacity"),
                    department,
                    organisation,
                    months.isBlank() ? 1 : number(months, "months")));
            redirect.addFlashAttribute("success", "training.session.planned");
            return "redirect:/training/sessions/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.problems());
        } catch (IllegalArgumentException e) {
            model.addAttribute(
                    "errors",
                    List.of(new InvalidInputException.Problem(
                            "trainerId", "training.session.error.trainer", "choose")));
        }
        model.addAttribute("courses", courseList());
        model.addAttribute("trainers", trainers.list());
        model.addAttribute("form", new Form(courseCode, on, startsAt, venue, onlineLink, capacity, department, months));
        return "training/session-new";
    }

    /** What was entered on the session form, shown again with its errors. */
    record Form(
            String courseCode,
            @Nullable String on,
            @Nullable String startsAt,
            @Nullable String venue,
            @Nullable String onlineLink,
            @Nullable String capacity,
            @Nullable String department,
            String months) {}

    @GetMapping("/training/sessions/{id}")
    String session(@PathVariable UUID id, Model model) {
        var session = sessions.session(id);
        model.addAttribute("trainingSession", session);
        model.addAttribute("today", today());
        if ("PLANNED".equals(session.summary().status())) {
            model.addAttribute("candidates", sessions.candidates(id));
        }
        return "training/session";
    }

    @PostMapping("/training/sessions/{id}/invitations")
    String invite(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            var invited = sessions.invite(id);
            redirect.addFlashAttribute("success", "training.session.invitedDone");
            redirect.addFlashAttribute("successName", invited);
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("problem", e.code());
        }
        return "redirect:/training/sessions/" + id;
    }

    @PostMapping("/training/sessions/{id}/attendance")
    String attendance(
            @PathVariable UUID id,
            @RequestParam(name = "attended", required = false) @Nullable List<UUID> attended,
            RedirectAttributes redirect) {
        try {
            var came = sessions.recordAttendance(id, attended == null ? List.of() : attended);
            redirect.addFlashAttribute("success", "training.session.attendance");
            redirect.addFlashAttribute("successName", came);
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("problem", e.code());
        }
        return "redirect:/training/sessions/" + id;
    }

    @PostMapping("/training/sessions/{id}/cancel")
    String cancel(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            sessions.cancel(id);
            redirect.addFlashAttribute("success", "training.session.cancelled");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("problem", e.code());
        }
        return "redirect:/training/sessions/" + id;
    }

    @GetMapping("/training/trainers")
    String trainers(Model model) {
        model.addAttribute("trainers", trainers.list());
        model.addAttribute("today", today());
        return "training/trainers";
    }

    @PostMapping("/training/trainers")
    String addTrainer(
            @RequestParam(required = false) @Nullable String name,
            @RequestParam(required = false) @Nullable String email,
            @RequestParam(required = false) @Nullable String organisation,
            @RequestParam(required = false) @Nullable String accreditedOn,
            @RequestParam(required = false) @Nullable String expiresOn,
            RedirectAttributes redirect) {
        try {
            trainers.add(name, email, organisation, parse(accreditedOn), parse(expiresOn));
            redirect.addFlashAttribute("success", "training.trainer.added");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", e.problems().get(0).code());
        }
        return "redirect:/training/trainers";
    }

    @GetMapping("/training/institutions")
    String institutions(@RequestParam(required = false) @Nullable String asOf, Model model) {
        var day = date(asOf, today());
        model.addAttribute("asOf", day);
        model.addAttribute("report", trainers.institutions(day));
        return "training/institutions";
    }

    @GetMapping("/training/reminders")
    String reminders(Model model) {
        model.addAttribute("enabled", reminders.enabled());
        model.addAttribute("sent", reminders.sent(100));
        return "training/reminders";
    }

    @PostMapping("/training/reminders")
    String sendReminders(RedirectAttributes redirect) {
        if (!reminders.enabled()) {
            redirect.addFlashAttribute("problem", "training.reminders.off");
            return "redirect:/training/reminders";
        }
        var result = reminders.sendNow();
        redirect.addFlashAttribute("success", "training.reminders.done");
        redirect.addFlashAttribute(
                "successName", result.sent() + " / " + result.withoutEmail() + " / " + result.failed());
        return "redirect:/training/reminders";
    }

    private List<TrainingRecords.Course> courseList() {
        return completions.courses(actors.requireTenant().value()).values().stream()
                .sorted(Comparator.comparing(TrainingRecords.Course::tier).thenComparing(TrainingRecords.Course::code))
                .toList();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), LONDON);
    }

    private static @Nullable Integer number(@Nullable String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(List.of(new InvalidInputException.Problem(
                    field, "training.session.error." + field, "enter a whole number")));
        }
    }

    private static @Nullable LocalTime time(@Nullable String value) {
        try {
            return value == null || value.isBlank() ? null : LocalTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(List.of(new InvalidInputException.Problem(
                    "startsAt", "training.session.error.time", "enter a time like 09:30")));
        }
    }

    private static @Nullable LocalDate parse(@Nullable String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static LocalDate date(@Nullable String value, LocalDate otherwise) {
        var parsed = parse(value);
        return parsed == null ? otherwise : parsed;
    }
}
