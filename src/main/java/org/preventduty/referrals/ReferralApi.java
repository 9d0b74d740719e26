package org.preventduty.referrals;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.identity.CurrentActor;
import org.preventduty.identity.Role;
import org.preventduty.shared.NotFoundException;
import org.preventduty.shared.Paged;
import org.preventduty.shared.web.ApiController;
import org.preventduty.shared.web.ExpectedVersion;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** Referrals through the API: made by partners' systems, read, screened, listed and searched. */
@ApiController("/api/v1")
class ReferralApi {

    private final ReferralIntake intake;
    private final ReferralImports imports;
    private final ReferralTriage triage;
    private final CodeLists codes;
    private final CurrentActor actors;

    ReferralApi(
            ReferralIntake intake,
            ReferralTriage triage,
            CodeLists codes,
            CurrentActor actors,
            ReferralImports imports) {
        this.imports = imports;
        this.intake = intake;
        this.triage = triage;
        this.codes = codes;
        this.actors = actors;
    }

    record ReferrerPart(
            @NotBlank @Size(max = 100) String name,
            @Nullable @Size(max = 100) String role,
            @NotBlank @Size(max = 200) String organisation,
            @NotBlank @Size(max = 40) String sector,
            @Nullable @Email @Size(max = 254) String email,
            @Nullable @Size(max = 40) String phone) {}

    record HouseholdPart(
            @NotBlank @Size(max = 100) String name,
            @Nullable @Size(max = 100) String relationship,
            @Nullable LocalDate dateOfBirth) {}

    record AgencyPart(
            @NotBlank @Size(max = 200) String name,
            @Nullable @Size(max = 300) String contact) {}

    record SubjectPart(
            @Nullable @Size(max = 100) String givenName,
            @Nullable @Size(max = 100) String familyName,
            @Nullable List<@Size(max = 200) String> aliases,
            @Nullable LocalDate dateOfBirth,
            @Nullable @Min(0) @Max(120) Integer approximateAge,
            @NotNull Sex sex,
            @Nullable @Size(max = 500) String address,
            @Nullable @Size(max = 10) String postcode,
            @Nullable @Size(max = 300) String educationOrEmployment,
            @Nullable @Size(max = 300) String languages,
            @Nullable Boolean interpreterNeeded,
            @Nullable @Size(max = 20) List<@Valid HouseholdPart> household,
            @Nullable @Size(max = 20) List<@Valid AgencyPart> agencies) {}

    record ConcernPart(
            @NotBlank @Size(max = 60) String typeOfConcern,
            @NotBlank @Size(max = 10000) String summary,
            @NotNull Boolean immediateRisk,
            @Nullable @Size(max = 500) String whenSeen,
            @Nullable @Size(max = 500) String whereSeen,
            @Nullable @Size(max = 500) String seenBy,
            @Nullable Set<String> indicators,
            @Nullable @Size(max = 500) String otherIndicator,
            @Nullable @Size(max = 5000) String onlineActivity,
            @Nullable Set<String> vulnerabilities,
            @Nullable @Size(max = 5000) String actionsTaken,
            @Nullable Awareness personAware,
            @Nullable Awareness parentsAware) {}

    record EqualityPart(
            @Nullable String ethnicity, @Nullable String religion) {}

    record ReferralRequest(
            @NotNull LocalDate receivedOn,
            @NotNull @Valid ReferrerPart referrer,
            @NotNull @Valid SubjectPart subject,
            @NotNull @Valid ConcernPart concern,
            @Nullable @Valid EqualityPart equality) {

        Answers answers() {
            var s = subject;
            var c = concern;
            return new Answers(
                    c.immediateRisk(),
                    s.givenName(),
                    s.familyName(),
                    s.aliases() == null ? null : String.join("\n", s.aliases()),
                    s.dateOfBirth(),
                    s.approximateAge(),
                    s.sex(),
                    s.address(),
                    s.postcode(),
                    s.educationOrEmployment(),
                    s.languages(),
                    s.interpreterNeeded(),
                    s.household() == null
                            ? List.of()
                            : s.household().stream()
                                    .map(h -> new Answers.HouseholdMember(h.name(), h.relationship(), h.dateOfBirth()))
                                    .toList(),
                    s.agencies() == null
                            ? List.of()
                            : s.agencies().stream()
                                    .map(a -> new Answers.Agency(a.name(), a.contact()))
                                    .toList(),
                    c.summary(),
                    c.whenSeen(),
                    c.whereSeen(),
                    c.seenBy(),
                    CodeSet.of(c.indicators()),
                    c.otherIndicator(),
                    c.onlineActivity(),
                    c.typeOfConcern(),
                    false,
                    CodeSet.of(c.vulnerabilities()),
                    c.actionsTaken(),
                    c.personAware(),
                    c.parentsAware(),
                    referrer.name(),
                    referrer.role(),
                    referrer.organisation(),
                    referrer.sector(),
                    referrer.email(),
                    referrer.phone(),
                    equality == null ? null : equality.ethnicity(),
                    equality == null ? null : equality.religion());
        }
    }

    record MatchPart(UUID personId, double score, List<String> reasons) {}

    record Created(
            UUID id, String reference, ReferralStatus status, LocalDate dueOn, List<MatchPart> possibleMatches) {}

    record DecisionRequest(
            @NotNull ScreeningOutcome outcome,
            @NotNull Boolean appropriate,
            @NotBlank @Size(max = 5000) String reason,
            @Nullable String signpostedTo,
            @Nullable @Size(max = 5000) String feedbackToReferrer,
            @Nullable LocalDate decidedOn,
            @Nullable Integer version) {}

    record SearchRequest(
            @Nullable @Size(max = 100) String givenName,
            @Nullable @Size(max = 100) String familyName,
            @Nullable LocalDate dateOfBirth) {}

    record ImportBody(
            boolean dryRun, int created, int unchanged, int matched, List<ReferralImports.Rejected> rejected) {

        static ImportBody of(ReferralImports.Result result) {
            return new ImportBody(
                    result.dryRun(), result.created(), result.unchanged(), result.matched(), result.rejected());
        }
    }

    @PostMapping(value = "/referrals/imports", consumes = "text/csv")
    ImportBody importCsv(java.io.Reader csv, @RequestParam(defaultValue = "false") boolean dryRun) {
        return ImportBody.of(imports.importReferrals(csv, dryRun));
    }

    @PostMapping(value = "/referrals/imports", consumes = org.preventduty.shared.Spreadsheets.XLSX)
    ImportBody importWorkbook(@RequestBody byte[] workbook, @RequestParam(defaultValue = "false") boolean dryRun) {
        return ImportBody.of(imports.importReferrals(
                new java.io.StringReader(org.preventduty.shared.Spreadsheets.toCsv(workbook)), dryRun));
    }

    @PostMapping("/referrals")
    ResponseEntity<Created> create(@Valid @RequestBody ReferralRequest request) {
        var submitted = intake.create(request.answers(), request.receivedOn());
        return ResponseEntity.created(URI.create("/api/v1/referrals/" + submitted.id()))
                .body(new Created(
                        submitted.id(),
                        submitted.reference(),
                        submitted.status(),
                        submitted.dueOn(),
                        submitted.possibleMatches().stream()
                                .map(m -> new MatchPart(m.personId(), m.score(), m.reasons()))
                                .toList()));
    }

    @GetMapping("/referrals/{id}")
    Object read(@PathVariable UUID id) {
        var actor = actors.require();
        if (actor.hasAny(Role.PREVENT_LEAD, Role.CASE_WORKER)) {
            try {
                return triage.view(id);
            } catch (NotFoundException e) {
                if (!actor.hasAny(Role.REFERRER, Role.PREVENT_LEAD)) {
                    throw e;
                }
            }
        }
        return intake.mineOne(id);
    }

    @PostMapping("/referrals/{id}/screening-decision")
    ReferralTriage.Decided decide(
            @PathVariable UUID id,
            @Valid @RequestBody DecisionRequest request,
            @RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch) {
        var version = ExpectedVersion.of(ifMatch, request.version());
        return triage.decide(
                id,
                new ScreeningDecision(
                        request.outcome(),
                        request.appropriate(),
                        request.reason(),
                        request.signpostedTo(),
                        request.feedbackToReferrer(),
                        request.decidedOn()),
                version);
    }

    @GetMapping("/referrals")
    Paged<ReferralViews.QueueItem> list(
            @RequestParam(required = false) @Nullable Set<ReferralStatus> status,
            @RequestParam(required = false) @Nullable String sector,
            @RequestParam(required = false) @Nullable String typeOfConcern,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(defaultValue = "DUE") QueueQuery.Sort sort,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            @RequestParam(required = false) @Nullable UUID after) {
        return triage.queue(
                new QueueQuery(status == null ? Set.of() : status, sector, typeOfConcern, from, to, sort),
                page,
                size,
                after);
    }

    @GetMapping("/referrals/mine")
    Paged<ReferralViews.ForReferrer> mine(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return intake.mine(page, size);
    }

    @GetMapping("/referrals/assigned")
    Paged<ReferralViews.QueueItem> assigned(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return triage.assignedToMe(page, size);
    }

    @PostMapping("/people/search")
    List<ReferralViews.Match> search(@Valid @RequestBody SearchRequest request) {
        if ((request.givenName() == null || request.givenName().isBlank())
                && (request.familyName() == null || request.familyName().isBlank())) {
            throw new IllegalArgumentException("Give a given name or a family name");
        }
        return triage.search(request.givenName(), request.familyName(), request.dateOfBirth());
    }

    @GetMapping("/people/{id}")
    ReferralViews.Person person(@PathVariable UUID id) {
        return triage.person(id);
    }

    @GetMapping("/code-lists/{list}")
    List<CodeLists.Code> codeList(@PathVariable String list) {
        if (!List.of(
                        CodeLists.SECTOR,
                        CodeLists.TYPE_OF_CONCERN,
                        CodeLists.SIGNPOST,
                        CodeLists.INDICATOR,
                        CodeLists.VULNERABILITY,
                        CodeLists.ETHNICITY,
                        CodeLists.RELIGION)
                .contains(list)) {
            throw new NotFoundException("Code list");
        }
        return codes.all(list);
    }
}
