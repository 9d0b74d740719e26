package org.preventduty.governance;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.governance.GovernanceRules.Frequency;
import org.preventduty.governance.GovernanceRules.Response;
import org.preventduty.governance.GovernanceRules.Status;
import org.preventduty.identity.CurrentActor;
import org.preventduty.identity.Role;
import org.preventduty.identity.TenantManagement;
import org.preventduty.shared.InvalidInputException;
import org.preventduty.shared.Paged;
import org.preventduty.shared.RuleViolationException;
import org.preventduty.shared.web.CsvDownload;
import org.preventduty.shared.web.FormOutcome;
import org.preventduty.shared.web.FormValues;
import org.preventduty.shared.web.Pagination;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The governance pages: the board schedule and each board's updates, scrutiny reviews, and quarterly returns. */
@Controller
class GovernanceController {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final Boards boards;
    private final Reviews reviews;
    private final MonitoringReturns returns;
    private final Communications communications;
    private final CurrentActor actors;
    private final TenantManagement tenants;
    private final Clock clock;

    GovernanceController(
            Boards boards,
            Reviews reviews,
            MonitoringReturns returns,
            Communications communications,
            CurrentActor actors,
            TenantManagement tenants,
            Clock clock) {
        this.boards = boards;
        this.reviews = reviews;
        this.returns = returns;
        this.communications = communications;
        this.actors = actors;
        this.tenants = tenants;
        this.clock = clock;
    }

    /** How many returns or activities a page lists. */
    static final int PAGE_SIZE = 25;

    @GetMapping("/governance")
    String schedule(@RequestParam(required = false) @Nullable String asOf, Model model) {
        var day = FormValues.date(asOf, today());
        var schedule = boards.schedule(day);
        model.addAttribute("asOf", day);
        model.addAttribute("boards", schedule);
        model.addAttribute(
                "overdue", schedule.stream().filter(Boards.Board::overdue).count());
        model.addAttribute("frequencies", Frequency.values());
        model.addAttribute("writer", writer());
        return "governance/schedule";
    }

    @GetMapping("/governance/boards.csv")
    ResponseEntity<byte[]> scheduleCsv(@RequestParam(required = false) @Nullable String asOf) {
        var day = FormValues.date(asOf, today());
        var rows = boards.schedule(day).stream()
                .map(b -> List.<Object>of(
                        b.name(),
                        b.areaOfFocus() == null ? "" : b.areaOfFocus(),
                        b.frequency().name(),
                        b.lastUpdateOn(),
                        b.nextUpdateDue(),
                        b.overdue()))
                .toList();
        return CsvDownload.of(
                "boards-" + day + ".csv",
                List.of("name", "area_of_focus", "frequency", "last_update_on", "next_update_due", "overdue"),
                rows);
    }

    @PostMapping("/governance/boards")
    String addBoard(
            @RequestParam(required = false) @Nullable String name,
            @RequestParam(required = false) @Nullable String areaOfFocus,
            @RequestParam(required = false) @Nullable String frequency,
            @RequestParam(required = false) @Nullable String lastUpdateOn,
            RedirectAttributes redirect) {
        try {
            boards.create(
                    name, areaOfFocus, FormValues.choice(Frequency.class, frequency), FormValues.date(lastUpdateOn));
            redirect.addFlashAttribute("success", "governance.board.added");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", e.problems().get(0).code());
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("problem", e.code());
        }
        return "redirect:/governance";
    }

    @GetMapping("/governance/boards/{id}")
    String board(@PathVariable UUID id, Model model) {
        model.addAttribute("log", boards.log(id, today()));
        model.addAttribute("changes", boards.history(id));
        model.addAttribute("frequencies", Frequency.values());
        model.addAttribute("writer", writer());
        return "governance/board";
    }

    @PostMapping("/governance/boards/{id}")
    String updateBoard(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "0") int version,
            @RequestParam(required = false) @Nullable String name,
            @RequestParam(required = false) @Nullable String areaOfFocus,
            @RequestParam(required = false) @Nullable String frequency,
            RedirectAttributes redirect) {
        FormOutcome.flash(redirect, "governance.board.changed", () -> {
            boards.update(id, version, name, areaOfFocus, FormValues.choice(Frequency.class, frequency));
        });
        return "redirect:/governance/boards/" + id;
    }

    @PostMapping("/governance/boards/{id}/updates")
    String recordUpdate(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String givenOn,
            @RequestParam(required = false) @Nullable String paper,
            @RequestParam(required = false) @Nullable String outcome,
            RedirectAttributes redirect) {
        try {
            boards.recordUpdate(id, FormValues.date(givenOn), paper, outcome);
            redirect.addFlashAttribute("success", "governance.update.recorded");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", e.problems().get(0).code());
        }
        return "redirect:/governance/boards/" + id;
    }

    @GetMapping("/governance/reviews")
    String reviews(
            @RequestParam(required = false) @Nullable String state,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        var signedOff = "SIGNED_OFF".equals(state) ? Boolean.TRUE : "OPEN".equals(state) ? Boolean.FALSE : null;
        var list = reviews.list(signedOff, page);
        model.addAttribute("reviews", list.items());
        model.addAttribute("state", signedOff == null ? "" : state);
        model.addAttribute(
                "pagination",
                Pagination.of(
                        list,
                        UriComponentsBuilder.fromPath("/governance/reviews")
                                .queryParamIfPresent(
                                        "state", java.util.Optional.ofNullable(signedOff == null ? null : state))));
        model.addAttribute("writer", writer());
        return "governance/reviews";
    }

    @GetMapping("/governance/reviews.csv")
    ResponseEntity<byte[]> reviewsCsv() {
        var rows = reviews.list().stream()
                .map(r -> List.<Object>of(
                        r.title(),
                        r.concludedOn(),
                        r.summary().total(),
                        r.summary().accepted(),
                        r.summary().partiallyAccepted(),
                        r.summary().rejected(),
                        r.summary().completed(),
                        r.summary().open(),
                        r.signedOffOn() == null ? "" : r.signedOffOn()))
                .toList();
        return CsvDownload.of(
                "reviews.csv",
                List.of(
                        "review",
                        "concluded_on",
                        "recommendations",
                        "accepted",
                        "partially_accepted",
                        "rejected",
                        "completed",
                        "open",
                        "signed_off_on"),
                rows);
    }

    @PostMapping("/governance/reviews")
    String addReview(
            @RequestParam(required = false) @Nullable String title,
            @RequestParam(required = false) @Nullable String concludedOn,
            RedirectAttributes redirect) {
        try {
            var id = reviews.create(title, FormValues.date(concludedOn));
            redirect.addFlashAttribute("success", "governance.review.added");
            return "redirect:/governance/reviews/" + id;
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", e.problems().get(0).code());
            return "redirect:/governance/reviews";
        }
    }

    @GetMapping("/governance/reviews/{id}")
    String review(@PathVariable UUID id, Model model) {
        model.addAttribute("review", reviews.review(id));
        model.addAttribute("changes", reviews.changes(id));
        model.addAttribute("responses", Response.values());
        model.addAttribute("statuses", Status.values());
        model.addAttribute("writer", writer());
        return "governance/review";
    }

    @GetMapping("/governance/reviews/{id}/recommendations.csv")
    ResponseEntity<byte[]> recommendationsCsv(@PathVariable UUID id) {
        var review = reviews.review(id);
        var rows = review.recommendations().stream()
                .map(r -> Arrays.<Object>asList(
                        r.number(),
                        r.theme(),
                        r.text(),
                        r.response().name(),
                        r.responseReason(),
                        r.lead(),
                        r.progress(),
                        r.status().name()))
                .toList();
        return CsvDownload.of(
                "recommendations.csv",
                List.of("number", "theme", "text", "response", "response_reason", "lead", "progress", "status"),
                rows);
    }

    @PostMapping("/governance/reviews/{id}/recommendations")
    String addRecommendation(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String number,
            @RequestParam(required = false) @Nullable String theme,
            @RequestParam(required = false) @Nullable String text,
            @RequestParam(required = false) @Nullable String response,
            @RequestParam(required = false) @Nullable String responseReason,
            @RequestParam(required = false) @Nullable String lead,
            RedirectAttributes redirect) {
        try {
            reviews.addRecommendation(
                    id,
                    new Reviews.Input(
                            FormValues.integer(number),
                            theme,
                            text,
                            FormValues.choice(Response.class, response),
                            responseReason,
                            lead,
                            null,
                            Status.OPEN));
            redirect.addFlashAttribute("success", "governance.recommendation.added");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", e.problems().get(0).code());
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("problem", e.code());
        }
        return "redirect:/governance/reviews/" + id;
    }

    @PostMapping("/governance/recommendations/{id}/progress")
    String progress(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String progress,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam UUID review,
            RedirectAttributes redirect) {
        try {
            reviews.recordProgress(id, progress, FormValues.choice(Status.class, status));
            redirect.addFlashAttribute("success", "governance.recommendation.progressed");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", e.problems().get(0).code());
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("problem", e.code());
        }
        return "redirect:/governance/reviews/" + review;
    }

    @PostMapping("/governance/recommendations/{id}")
    String changeThemeOrLead(
            @PathVariable UUID id,
            @RequestParam UUID review,
            @RequestParam(defaultValue = "0") int version,
            @RequestParam(required = false) @Nullable String theme,
            @RequestParam(required = false) @Nullable String lead,
            RedirectAttributes redirect) {
        FormOutcome.flash(
                redirect,
                "governance.recommendation.changed",
                () -> reviews.changeThemeOrLead(id, version, theme, lead));
        return "redirect:/governance/reviews/" + review;
    }

    @PostMapping("/governance/reviews/{id}/sign-off")
    String signOff(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            reviews.signOff(id);
            redirect.addFlashAttribute("success", "governance.review.signedOffDone");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("problem", e.code());
        }
        return "redirect:/governance/reviews/" + id;
    }

    @GetMapping("/governance/returns")
    String returns(@RequestParam(defaultValue = "0") int page, Model model) {
        var list = Paged.slice(returns.list(), page, PAGE_SIZE);
        model.addAttribute("returns", list.items());
        model.addAttribute("pagination", Pagination.of(list, UriComponentsBuilder.fromPath("/governance/returns")));
        var last = today().withDayOfMonth(1).minusMonths((today().getMonthValue() - 1) % 3 + 3);
        model.addAttribute("lastQuarter", last);
        model.addAttribute("writer", writer());
        return "governance/returns";
    }

    @PostMapping("/governance/returns")
    String prepare(@RequestParam(required = false) @Nullable String quarterStart, RedirectAttributes redirect) {
        try {
            var id = returns.prepare(FormValues.date(quarterStart));
            redirect.addFlashAttribute("success", "governance.return.prepared");
            return "redirect:/governance/returns/" + id;
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", e.problems().get(0).code());
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("problem", e.code());
        }
        return "redirect:/governance/returns";
    }

    @GetMapping("/governance/returns/{id}")
    String monitoringReturn(@PathVariable UUID id, Model model) {
        model.addAttribute("ret", returns.get(id));
        model.addAttribute("writer", writer());
        return "governance/return";
    }

    @PostMapping("/governance/returns/{id}/review")
    String reviewed(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            returns.review(id);
            redirect.addFlashAttribute("success", "governance.return.reviewedDone");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("problem", e.code());
        }
        return "redirect:/governance/returns/" + id;
    }

    @PostMapping("/governance/returns/{id}/submit")
    String submitted(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            returns.submit(id);
            redirect.addFlashAttribute("success", "governance.return.submittedDone");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("problem", e.code());
        }
        return "redirect:/governance/returns/" + id;
    }

    @GetMapping("/governance/returns/{id}.csv")
    ResponseEntity<byte[]> returnCsv(@PathVariable UUID id) {
        return download(returns.csv(id), "monitoring-return.csv", new MediaType("text", "csv", StandardCharsets.UTF_8));
    }

    @GetMapping("/governance/returns/{id}.docx")
    ResponseEntity<byte[]> returnDocx(@PathVariable UUID id) {
        var council = tenants.get(actors.requireTenant()).name();
        return download(returns.docx(id, council), "monitoring-return.docx", DOCX);
    }

    @GetMapping("/governance/communications")
    String communications(@RequestParam(defaultValue = "0") int page, Model model) {
        var list = Paged.slice(communications.plan(), page, PAGE_SIZE);
        model.addAttribute("activities", list.items());
        model.addAttribute(
                "pagination", Pagination.of(list, UriComponentsBuilder.fromPath("/governance/communications")));
        model.addAttribute("today", today());
        model.addAttribute("writer", writer());
        return "governance/communications";
    }

    @GetMapping("/governance/communications.csv")
    ResponseEntity<byte[]> communicationsCsv() {
        return CsvDownload.of(
                "communications-plan.csv",
                List.of("activity", "audience", "channel", "planned_on", "done_on"),
                communications.plan().stream()
                        .map(a -> java.util.Arrays.<Object>asList(
                                a.title(), a.audience(), a.channel(), a.plannedOn(), a.doneOn()))
                        .toList());
    }

    @PostMapping("/governance/communications")
    String planActivity(
            @RequestParam(required = false) @Nullable String title,
            @RequestParam(required = false) @Nullable String audience,
            @RequestParam(required = false) @Nullable String channel,
            @RequestParam(required = false) @Nullable String plannedOn,
            RedirectAttributes redirect) {
        try {
            communications.plan(title, audience, channel, FormValues.date(plannedOn));
            redirect.addFlashAttribute("success", "governance.activity.planned");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", e.problems().get(0).code());
        }
        return "redirect:/governance/communications";
    }

    @GetMapping("/governance/communications/{id}")
    String activity(@PathVariable UUID id, Model model) {
        model.addAttribute("a", communications.activity(id));
        model.addAttribute("changes", communications.history(id));
        model.addAttribute("today", today());
        model.addAttribute("writer", writer());
        return "governance/activity";
    }

    @PostMapping("/governance/communications/{id}")
    String updateActivity(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "0") int version,
            @RequestParam(required = false) @Nullable String title,
            @RequestParam(required = false) @Nullable String audience,
            @RequestParam(required = false) @Nullable String channel,
            @RequestParam(required = false) @Nullable String plannedOn,
            @RequestParam(required = false) @Nullable String doneOn,
            RedirectAttributes redirect) {
        FormOutcome.flash(
                redirect,
                "governance.activity.changed",
                () -> communications.update(
                        id, version, title, audience, channel, FormValues.date(plannedOn), FormValues.date(doneOn)));
        return "redirect:/governance/communications/" + id;
    }

    @PostMapping("/governance/communications/{id}/done")
    String activityDone(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String doneOn,
            RedirectAttributes redirect) {
        try {
            communications.done(id, FormValues.date(doneOn));
            redirect.addFlashAttribute("success", "governance.activity.marked");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", e.problems().get(0).code());
        }
        return "redirect:/governance/communications";
    }

    private boolean writer() {
        return actors.require().hasAny(Role.DELIVERY_OFFICER, Role.PREVENT_LEAD);
    }

    private static ResponseEntity<byte[]> download(byte[] body, String name, MediaType type) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .cacheControl(CacheControl.noStore())
                .body(body);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(LONDON));
    }
}
