package org.preventduty.training;

import static java.util.Objects.requireNonNull;

import jakarta.validation.Valid;
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
import org.preventduty.shared.web.ConfirmForm;
import org.preventduty.shared.web.DayFilter;
import org.preventduty.shared.web.FormErrors;
import org.preventduty.shared.web.FormValues;
import org.preventduty.shared.web.Pagination;
import org.preventduty.shared.web.QuestionPage;
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

    @GetMapping("/training/courses/new")
    String newCourse(Model model) {
        var form = new CourseForm();
        form.setValidityMonths(36);
        form.setLowestTierSatisfied(1);
        model.addAttribute("form", form);
        return courseQuestion(model);
    }

    @PostMapping("/training/courses")
    String addCourse(
            @Valid @ModelAttribute("form") CourseForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (FormErrors.attempt(
                result,
                () -> records.createCourse(
                        requireNonNull(form.getCode()).strip(),
                        requireNonNull(form.getTitle()).strip(),
                        requireNonNull(form.getTier()),
                        requireNonNull(form.getValidityMonths()),
                        requireNonNull(form.getDelivery()).name(),
                        requireNonNull(form.getLowestTierSatisfied())))) {
            redirect.addFlashAttribute("success", "training.course.added");
            return "redirect:/training/courses";
        }
        return courseQuestion(model);
    }

    private static String courseQuestion(Model model) {
        model.addAttribute("tiers", List.of(1, 2, 3));
        model.addAttribute("deliveries", TrainingApi.Delivery.values());
        return new QuestionPage(
                        "training.course.add",
                        null,
                        null,
                        "/training/courses",
                        "/training/courses",
                        "training/forms :: course")
                .show(model);
    }

    @GetMapping("/training/sessions")
    String sessions(
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(defaultValue = "0") int page,
            @ModelAttribute("filter") DayFilter filter,
            BindingResult result,
            Model model) {
        var today = today();
        var day = filter.read(result, "from", from, today.withDayOfMonth(1));
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
        var form = new SessionForm();
        form.setMonths(1);
        model.addAttribute("form", form);
        return sessionQuestion(model);
    }

    @PostMapping("/training/sessions")
    String plan(
            @ModelAttribute("form") SessionForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        var on = FormErrors.optionalDay(result, "on", form.on(), "date");
        var startsAt = time(form.getStartsAt(), result);
        var id = FormErrors.made(
                result,
                () -> sessions.plan(new TrainingSessions.Plan(
                        form.getCourseCode() == null ? "" : form.getCourseCode(),
                        on,
                        startsAt,
                        FormValues.text(form.getVenue()),
                        FormValues.text(form.getOnlineLink()),
                        form.getTrainerId(),
                        null,
                        form.getCapacity(),
                        FormValues.text(form.getDepartment()),
                        FormValues.text(form.getOrganisation()),
                        form.getMonths() == null ? 1 : form.getMonths())));
        if (id.isPresent()) {
            redirect.addFlashAttribute("success", "training.session.planned");
            return "redirect:/training/sessions/" + id.get();
        }
        return sessionQuestion(model);
    }

    private String sessionQuestion(Model model) {
        var courses = courseList();
        model.addAttribute("courses", courses);
        model.addAttribute("courseLabels", TrainingLabels.courses(courses));
        model.addAttribute("trainerLabels", TrainingLabels.trainers(trainers.list()));
        return "training/session-new";
    }

    @GetMapping("/training/sessions/{id}")
    String session(@PathVariable UUID id, Model model) {
        var session = sessions.session(id);
        var attendance = new AttendanceForm();
        session.invitations().stream()
                .filter(i -> Boolean.TRUE.equals(i.attended()))
                .forEach(i -> attendance.getAttended().add(i.staffRow()));
        model.addAttribute("attendanceForm", attendance);
        return sessionPage(id, model);
    }

    private String sessionPage(UUID id, Model model) {
        var session = sessions.session(id);
        model.addAttribute("trainingSession", session);
        model.addAttribute("today", today());
        if (!model.containsAttribute("stepForm")) {
            model.addAttribute("stepForm", new ConfirmForm());
        }
        if ("PLANNED".equals(session.summary().status())) {
            model.addAttribute("candidates", sessions.candidates(id));
        }
        return "training/session";
    }

    @PostMapping("/training/sessions/{id}/invitations")
    String invite(
            @PathVariable UUID id,
            @ModelAttribute("stepForm") ConfirmForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var invited = FormErrors.made(result, () -> sessions.invite(id));
        if (invited.isPresent()) {
            redirect.addFlashAttribute("success", "training.session.invitedDone");
            redirect.addFlashAttribute("successName", invited.get());
            return "redirect:/training/sessions/" + id;
        }
        model.addAttribute("attendanceForm", new AttendanceForm());
        return sessionPage(id, model);
    }

    @PostMapping("/training/sessions/{id}/attendance")
    String attendance(
            @PathVariable UUID id,
            @ModelAttribute("attendanceForm") AttendanceForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var came = FormErrors.made(result, () -> sessions.recordAttendance(id, form.getAttended()));
        if (came.isPresent()) {
            redirect.addFlashAttribute("success", "training.session.attendance");
            redirect.addFlashAttribute("successName", came.get());
            return "redirect:/training/sessions/" + id;
        }
        return sessionPage(id, model);
    }

    @PostMapping("/training/sessions/{id}/cancel")
    String cancel(
            @PathVariable UUID id,
            @ModelAttribute("stepForm") ConfirmForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (FormErrors.attempt(result, () -> sessions.cancel(id))) {
            redirect.addFlashAttribute("success", "training.session.cancelled");
            return "redirect:/training/sessions/" + id;
        }
        model.addAttribute("attendanceForm", new AttendanceForm());
        return sessionPage(id, model);
    }

    @GetMapping("/training/trainers")
    String trainers(Model model) {
        model.addAttribute("trainers", trainers.list());
        model.addAttribute("today", today());
        return "training/trainers";
    }

    @GetMapping("/training/trainers/new")
    String newTrainer(Model model) {
        model.addAttribute("form", new TrainerForm());
        return trainerQuestion(model);
    }

    @PostMapping("/training/trainers")
    String addTrainer(
            @ModelAttribute("form") TrainerForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        var accredited = FormErrors.optionalDay(result, "accreditedOn", form.accreditedOn(), "date");
        var expires = FormErrors.optionalDay(result, "expiresOn", form.expiresOn(), "date");
        if (FormErrors.attempt(
                result,
                () -> trainers.add(
                        FormValues.text(form.getName()),
                        FormValues.text(form.getEmail()),
                        FormValues.text(form.getOrganisation()),
                        accredited,
                        expires))) {
            redirect.addFlashAttribute("success", "training.trainer.added");
            return "redirect:/training/trainers";
        }
        return trainerQuestion(model);
    }

    private static String trainerQuestion(Model model) {
        return new QuestionPage(
                        "training.trainer.add",
                        null,
                        null,
                        "/training/trainers",
                        "/training/trainers",
                        "training/forms :: trainer")
                .show(model);
    }

    @GetMapping("/training/institutions")
    String institutions(
            @RequestParam(required = false) @Nullable String asOf,
            @ModelAttribute("filter") DayFilter filter,
            BindingResult result,
            Model model) {
        var day = filter.read(result, "asOf", asOf, today());
        model.addAttribute("asOf", day);
        model.addAttribute("report", trainers.institutions(day));
        return "training/institutions";
    }

    @GetMapping("/training/reminders")
    String reminders(Model model) {
        model.addAttribute("form", new ConfirmForm());
        return remindersPage(model);
    }

    private String remindersPage(Model model) {
        model.addAttribute("enabled", reminders.enabled());
        model.addAttribute("sent", reminders.sent(100));
        return "training/reminders";
    }

    @PostMapping("/training/reminders")
    String sendReminders(
            @ModelAttribute("form") ConfirmForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        if (!reminders.enabled()) {
            result.reject("training.reminders.off");
            return remindersPage(model);
        }
        var sent = reminders.sendNow();
        redirect.addFlashAttribute("success", "training.reminders.done");
        redirect.addFlashAttribute("successName", sent.sent() + " / " + sent.withoutEmail() + " / " + sent.failed());
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

    /** A time as typed, such as 09:30, or {@literal null} after naming the field when it is not one. */
    private static @Nullable LocalTime time(@Nullable String value, BindingResult result) {
        try {
            return value == null || value.isBlank() ? null : LocalTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            result.rejectValue("startsAt", "training.session.error.time");
            return null;
        }
    }
}
