package org.preventduty.privacy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.shared.NotFoundException;
import org.preventduty.shared.web.ApiController;
import org.preventduty.shared.web.ExpectedVersion;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;

/** The retention schedule, dry runs of it and legal holds, as {@code API.md} "Privacy" fixes them. */
@ApiController("/api/v1")
class PrivacyApi {

    private final RetentionRules rules;
    private final RetentionRuns runs;
    private final LegalHolds holds;
    private final SubjectAccess subjectAccess;

    PrivacyApi(RetentionRules rules, RetentionRuns runs, LegalHolds holds, SubjectAccess subjectAccess) {
        this.rules = rules;
        this.runs = runs;
        this.holds = holds;
        this.subjectAccess = subjectAccess;
    }

    record Rules(List<RetentionRules.Rule> items) {}

    record RuleRequest(
            @Nullable Integer keepYears, @Nullable Integer version) {}

    record RunRequest(@Nullable Boolean dryRun, @Nullable LocalDate asOf) {}

    record HoldRequest(@Nullable String reason) {}

    /** @param held whether a hold stands on the person now. */
    record HoldAnswer(UUID personId, boolean held, @Nullable UUID holdId) {}

    @GetMapping("/privacy/retention-rules")
    Rules rules() {
        return new Rules(rules.list());
    }

    @PutMapping("/privacy/retention-rules/{recordType}")
    RetentionRules.Rule change(
            @PathVariable String recordType,
            @RequestBody RuleRequest request,
            @RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch) {
        var type = Arrays.stream(RecordType.values())
                .filter(t -> t.name().equals(recordType))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Retention rule"));
        return rules.change(type, request.keepYears(), ExpectedVersion.required(ifMatch, request.version()));
    }

    @PostMapping("/privacy/retention-runs")
    RetentionRuns.Run run(@RequestBody RunRequest request) {
        return runs.run(request.dryRun() == null || request.dryRun(), request.asOf());
    }

    @PostMapping("/people/{id}/legal-hold")
    HoldAnswer hold(@PathVariable UUID id, @RequestBody HoldRequest request) {
        var hold = holds.place(id, request.reason());
        return new HoldAnswer(id, true, hold);
    }

    @DeleteMapping("/people/{id}/legal-hold")
    HoldAnswer lift(@PathVariable UUID id) {
        holds.lift(id);
        return new HoldAnswer(id, false, null);
    }

    @GetMapping("/people/{id}/subject-access-export")
    org.springframework.http.ResponseEntity<byte[]> export(
            @PathVariable UUID id,
            @org.springframework.web.bind.annotation.RequestParam(required = false) @Nullable List<String> withhold) {
        var chosen = java.util.EnumSet.noneOf(Withholding.class);
        for (var value : withhold == null ? List.<String>of() : withhold) {
            chosen.add(Arrays.stream(Withholding.values())
                    .filter(w -> w.name().equals(value))
                    .findFirst()
                    .orElseThrow(() -> new org.preventduty.shared.InvalidInputException(
                            List.of(new org.preventduty.shared.InvalidInputException.Problem(
                                    "withhold",
                                    "sar.withhold.unknown",
                                    "must be one of " + Arrays.toString(Withholding.values()))))));
        }
        var made = subjectAccess.export(id, chosen, org.springframework.context.i18n.LocaleContextHolder.getLocale());
        return org.springframework.http.ResponseEntity.ok()
                .header(org.springframework.http.HttpHeaders.CONTENT_TYPE, "application/zip")
                .header(
                        org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        org.springframework.http.ContentDisposition.attachment()
                                .filename(made.fileName())
                                .build()
                                .toString())
                .body(made.content());
    }

    /** Breaking glass is for people signed in with a second factor: an API key never may. */
    @PostMapping("/channel-cases/{id}/break-glass")
    void breakGlass(@PathVariable UUID id) {
        throw new org.springframework.security.access.AccessDeniedException("API keys cannot break glass");
    }
}
