package org.preventduty.risk;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.risk.RiskRules.ActionStatus;
import org.preventduty.risk.RiskRules.Category;
import org.preventduty.risk.RiskRules.Rag;
import org.preventduty.shared.Paged;
import org.preventduty.shared.web.ApiController;
import org.preventduty.shared.web.ExpectedVersion;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The risk assessment through the API: its versions, the register of each with scores, ratings and review days (a
 * risk changed with the version read), and the action plan with progress notes.
 */
@ApiController("/api/v1/risk")
class RiskApi {

    private final RiskAssessments assessments;
    private final RiskRegister register;

    RiskApi(RiskAssessments assessments, RiskRegister register) {
        this.assessments = assessments;
        this.register = register;
    }

    record Items<T>(List<T> items) {}

    @GetMapping("/assessments")
    Items<RiskAssessments.Assessment> assessments() {
        return new Items<>(assessments.versions());
    }

    record RiskView(
            UUID id,
            UUID assessmentId,
            String title,
            @Nullable String description,
            Category category,
            int likelihood,
            int impact,
            int score,
            Rag rag,
            @Nullable Integer residualLikelihood,
            @Nullable Integer residualImpact,
            @Nullable Integer residualScore,
            @Nullable Rag residualRag,
            @Nullable String owner,
            LocalDate ratedOn,
            LocalDate reviewOn,
            int version) {

        static RiskView of(RiskRegister.Risk r) {
            return new RiskView(
                    r.id(),
                    r.assessmentId(),
                    r.title(),
                    r.description(),
                    r.category(),
                    r.likelihood(),
                    r.impact(),
                    r.score(),
                    r.rag(),
                    r.residualLikelihood(),
                    r.residualImpact(),
                    r.residualScore(),
                    r.residualRag(),
                    r.owner(),
                    r.ratedOn(),
                    r.reviewOn(),
                    r.version());
        }
    }

    /** The register of a version of the assessment, the highest score first. */
    @GetMapping("/assessments/{id}/risks")
    Items<RiskView> risks(@PathVariable UUID id) {
        assessments.versions().stream()
                .filter(a -> a.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new org.preventduty.shared.NotFoundException("Risk assessment"));
        return new Items<>(register.risks(id).stream().map(RiskView::of).toList());
    }

    @GetMapping("/risks/{id}")
    RiskView risk(@PathVariable UUID id) {
        return RiskView.of(register.risk(id));
    }

    record RiskRequest(
            @Nullable String title,
            @Nullable String description,
            @Nullable Category category,
            @Nullable Integer likelihood,
            @Nullable Integer impact,
            @Nullable Integer residualLikelihood,
            @Nullable Integer residualImpact,
            @Nullable String owner,
            @Nullable Integer version) {}

    /** Changes or rerates a risk; the body gives every field as it is to be and the version it was read at. */
    @PutMapping("/risks/{id}")
    RiskView changeRisk(
            @PathVariable UUID id,
            @RequestBody RiskRequest request,
            @RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch) {
        register.updateRisk(
                id,
                ExpectedVersion.required(ifMatch, request.version()),
                request.title(),
                request.description(),
                request.category(),
                request.likelihood(),
                request.impact(),
                request.residualLikelihood(),
                request.residualImpact(),
                request.owner());
        return risk(id);
    }

    /** The action plan, soonest due first, or only its overdue actions. */
    @GetMapping("/actions")
    Paged<RiskRegister.Action> actions(
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        Paged.check(page, size);
        return Paged.slice(register.actions(overdue), page, size);
    }

    record NoteRequest(
            @Nullable ActionStatus status, @Nullable String note) {}

    @PostMapping("/actions/{id}/notes")
    ResponseEntity<Void> note(@PathVariable UUID id, @RequestBody NoteRequest request) {
        register.note(id, request.status(), request.note());
        return ResponseEntity.status(201).build();
    }
}
