package org.preventduty.governance;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.governance.GovernanceRules.Frequency;
import org.preventduty.governance.GovernanceRules.Response;
import org.preventduty.governance.GovernanceRules.Status;
import org.preventduty.shared.web.ApiController;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/** Governance through the API: boards and their schedule, scrutiny reviews and their recommendations. */
@ApiController("/api/v1/governance")
class GovernanceApi {

    private final Boards boards;
    private final Reviews reviews;
    private final java.time.Clock clock;

    GovernanceApi(Boards boards, Reviews reviews, java.time.Clock clock) {
        this.boards = boards;
        this.reviews = reviews;
        this.clock = clock;
    }

    record Created(UUID id) {}

    record BoardRequest(
            @Nullable String name,
            @Nullable String areaOfFocus,
            @Nullable Frequency frequency,
            @Nullable LocalDate lastUpdateOn) {}

    @PostMapping("/boards")
    ResponseEntity<Created> board(@RequestBody BoardRequest request) {
        var id = boards.create(request.name(), request.areaOfFocus(), request.frequency(), request.lastUpdateOn());
        return ResponseEntity.created(URI.create("/api/v1/governance/boards/" + id))
                .body(new Created(id));
    }

    record BoardItem(
            UUID id,
            String name,
            @Nullable String areaOfFocus,
            Frequency frequency,
            LocalDate lastUpdateOn,
            LocalDate nextUpdateDue,
            boolean overdue) {}

    record Items<T>(List<T> items) {}

    @GetMapping("/boards")
    Items<BoardItem> boards(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf) {
        var day = asOf == null ? LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/London"))) : asOf;
        return new Items<>(boards.schedule(day).stream()
                .map(b -> new BoardItem(
                        b.id(),
                        b.name(),
                        b.areaOfFocus(),
                        b.frequency(),
                        b.lastUpdateOn(),
                        b.nextUpdateDue(),
                        b.overdue()))
                .toList());
    }

    record UpdateRequest(
            @Nullable LocalDate givenOn,
            @Nullable String paper,
            @Nullable String outcome) {}

    @PostMapping("/boards/{id}/updates")
    ResponseEntity<Void> update(@PathVariable UUID id, @RequestBody UpdateRequest request) {
        boards.recordUpdate(id, request.givenOn(), request.paper(), request.outcome());
        return ResponseEntity.noContent().build();
    }

    record ReviewRequest(@Nullable String title, @Nullable LocalDate concludedOn) {}

    @PostMapping("/reviews")
    ResponseEntity<Created> review(@RequestBody ReviewRequest request) {
        var id = reviews.create(request.title(), request.concludedOn());
        return ResponseEntity.created(URI.create("/api/v1/governance/reviews/" + id))
                .body(new Created(id));
    }

    @GetMapping("/reviews/{id}")
    Reviews.Review reviewOf(@PathVariable UUID id) {
        return reviews.review(id);
    }

    record RecommendationRequest(
            @Nullable Integer number,
            @Nullable String theme,
            @Nullable String text,
            @Nullable Response response,
            @Nullable String responseReason,
            @Nullable String lead,
            @Nullable String progress,
            @Nullable Status status) {}

    @PostMapping("/reviews/{id}/recommendations")
    ResponseEntity<Created> recommendation(@PathVariable UUID id, @RequestBody RecommendationRequest request) {
        var created = reviews.addRecommendation(
                id,
                new Reviews.Input(
                        request.number(),
                        request.theme(),
                        request.text(),
                        request.response(),
                        request.responseReason(),
                        request.lead(),
                        request.progress(),
                        request.status()));
        return ResponseEntity.created(URI.create("/api/v1/governance/recommendations/" + created))
                .body(new Created(created));
    }

    record ProgressRequest(
            @Nullable String progress, @Nullable Status status) {}

    @PostMapping("/recommendations/{id}/progress")
    ResponseEntity<Void> progress(@PathVariable UUID id, @RequestBody ProgressRequest request) {
        reviews.recordProgress(id, request.progress(), request.status());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/reviews/{id}/summary")
    Reviews.Summary summary(@PathVariable UUID id) {
        return reviews.summary(id);
    }

    @PostMapping("/reviews/{id}/sign-off")
    ResponseEntity<Void> signOff(@PathVariable UUID id) {
        reviews.signOff(id);
        return ResponseEntity.noContent().build();
    }
}
