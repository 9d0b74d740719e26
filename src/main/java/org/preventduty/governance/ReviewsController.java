package org.preventduty.governance;

import static java.util.Objects.requireNonNull;

import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.shared.web.ConfirmForm;
import org.preventduty.shared.web.CsvDownload;
import org.preventduty.shared.web.FormErrors;
import org.preventduty.shared.web.FormValues;
import org.preventduty.shared.web.Pagination;
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
import org.springframework.web.util.UriComponentsBuilder;

/** Scrutiny reviews and their recommendations: the lists, each review's page, and the question pages that change them. */
@Controller
class ReviewsController {

    private final Reviews reviews;
    private final GovernancePages pages;

    ReviewsController(Reviews reviews, GovernancePages pages) {
        this.reviews = reviews;
        this.pages = pages;
    }

    @GetMapping("/governance/reviews")
    String list(
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
                                .queryParamIfPresent("state", Optional.ofNullable(signedOff == null ? null : state))));
        model.addAttribute("writer", pages.writer());
        return "governance/reviews";
    }

    @GetMapping("/governance/reviews.csv")
    ResponseEntity<byte[]> listCsv() {
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

    @GetMapping("/governance/reviews/new")
    String newReview(Model model) {
        model.addAttribute("form", new ReviewForm());
        return reviewQuestion(model);
    }

    @PostMapping("/governance/reviews")
    String addReview(
            @Valid @ModelAttribute("form") ReviewForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var on = FormErrors.day(result, "concludedOn", form.concludedOn(), "governance.review.concludedOn");
        var id = FormErrors.made(result, () -> reviews.create(FormValues.text(form.getTitle()), requireNonNull(on)));
        if (id.isPresent()) {
            redirect.addFlashAttribute("success", "governance.review.added");
            return "redirect:/governance/reviews/" + id.get();
        }
        return reviewQuestion(model);
    }

    private String reviewQuestion(Model model) {
        return pages.question(
                model, "governance.review.add", null, null, "/governance/reviews", "/governance/reviews", "review");
    }

    @GetMapping("/governance/reviews/{id}")
    String review(@PathVariable UUID id, Model model) {
        model.addAttribute("signOffForm", new ConfirmForm());
        return reviewPage(id, model);
    }

    private String reviewPage(UUID id, Model model) {
        model.addAttribute("review", reviews.review(id));
        model.addAttribute("changes", reviews.changes(id));
        model.addAttribute("writer", pages.writer());
        return "governance/review";
    }

    @PostMapping("/governance/reviews/{id}/sign-off")
    String signOff(
            @PathVariable UUID id,
            @ModelAttribute("signOffForm") ConfirmForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (FormErrors.attempt(result, () -> reviews.signOff(id))) {
            redirect.addFlashAttribute("success", "governance.review.signedOffDone");
            return "redirect:/governance/reviews/" + id;
        }
        return reviewPage(id, model);
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

    @GetMapping("/governance/reviews/{id}/recommendations/new")
    String newRecommendation(@PathVariable UUID id, Model model) {
        var review = reviews.review(id);
        if (!review.mayChange()) {
            return "redirect:/governance/reviews/" + id;
        }
        var form = new RecommendationForm();
        form.setNumber(review.recommendations().stream()
                        .mapToInt(Reviews.Recommendation::number)
                        .max()
                        .orElse(0)
                + 1);
        model.addAttribute("form", form);
        return recommendationQuestion(review, model);
    }

    @PostMapping("/governance/reviews/{id}/recommendations")
    String addRecommendation(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") RecommendationForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (FormErrors.attempt(result, () -> reviews.addRecommendation(id, form.toInput()))) {
            redirect.addFlashAttribute("success", "governance.recommendation.added");
            return "redirect:/governance/reviews/" + id;
        }
        return recommendationQuestion(reviews.review(id), model);
    }

    private String recommendationQuestion(Reviews.Review review, Model model) {
        return pages.question(
                model,
                "governance.recommendation.add",
                null,
                review.title(),
                "/governance/reviews/" + review.id(),
                "/governance/reviews/" + review.id() + "/recommendations",
                "recommendation");
    }

    @GetMapping("/governance/recommendations/{id}/progress")
    String progressPage(@PathVariable UUID id, Model model) {
        var review = reviews.review(reviews.reviewOf(id));
        if (!review.mayChange()) {
            return "redirect:/governance/reviews/" + review.id();
        }
        var form = new ProgressForm();
        form.setStatus(review.recommendation(id).status());
        model.addAttribute("form", form);
        return progressQuestion(review, id, model);
    }

    @PostMapping("/governance/recommendations/{id}/progress")
    String progress(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") ProgressForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var review = reviews.reviewOf(id);
        if (FormErrors.attempt(
                result, () -> reviews.recordProgress(id, FormValues.text(form.getProgress()), form.getStatus()))) {
            redirect.addFlashAttribute("success", "governance.recommendation.progressed");
            return "redirect:/governance/reviews/" + review;
        }
        return progressQuestion(reviews.review(review), id, model);
    }

    private String progressQuestion(Reviews.Review review, UUID recommendationId, Model model) {
        var recommendation = review.recommendation(recommendationId);
        model.addAttribute("recommendation", recommendation);
        return pages.question(
                model,
                "governance.recommendation.record",
                recommendation.number(),
                review.title(),
                "/governance/reviews/" + review.id(),
                "/governance/recommendations/" + recommendationId + "/progress",
                "progress");
    }

    @GetMapping("/governance/recommendations/{id}/change")
    String changePage(@PathVariable UUID id, Model model) {
        var review = reviews.review(reviews.reviewOf(id));
        if (!review.mayChange()) {
            return "redirect:/governance/reviews/" + review.id();
        }
        var recommendation = review.recommendation(id);
        var form = new ThemeAndLeadForm();
        form.setTheme(recommendation.theme());
        form.setLead(recommendation.lead());
        form.setVersion(recommendation.version());
        model.addAttribute("form", form);
        return changeQuestion(review, id, model);
    }

    @PostMapping("/governance/recommendations/{id}")
    String change(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") ThemeAndLeadForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var review = reviews.reviewOf(id);
        if (FormErrors.attempt(
                result,
                () -> reviews.changeThemeOrLead(
                        id,
                        BoardsController.version(form.getVersion()),
                        FormValues.text(form.getTheme()),
                        FormValues.text(form.getLead())))) {
            redirect.addFlashAttribute("success", "governance.recommendation.changed");
            return "redirect:/governance/reviews/" + review;
        }
        return changeQuestion(reviews.review(review), id, model);
    }

    private String changeQuestion(Reviews.Review review, UUID recommendationId, Model model) {
        var recommendation = review.recommendation(recommendationId);
        model.addAttribute("recommendation", recommendation);
        return pages.question(
                model,
                "governance.recommendation.changeThemeOrLead",
                recommendation.number(),
                review.title(),
                "/governance/reviews/" + review.id(),
                "/governance/recommendations/" + recommendationId,
                "themeAndLead");
    }
}
