package org.preventduty.channel;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.channel.ChannelRules.ConsentStatus;
import org.preventduty.channel.ChannelRules.Decision;
import org.preventduty.channel.ChannelRules.DecisionRule;
import org.preventduty.channel.ChannelRules.GivenBy;
import org.preventduty.shared.Paged;
import org.preventduty.shared.web.ApiController;
import org.preventduty.shared.web.ExpectedVersion;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** Channel cases and panel meetings through the API. */
@ApiController("/api/v1")
class ChannelApi {

    private final ChannelWork work;
    private final CaseQueries queries;
    private final CaseChronology chronology;

    ChannelApi(ChannelWork work, CaseQueries queries, CaseChronology chronology) {
        this.work = work;
        this.queries = queries;
        this.chronology = chronology;
    }

    record CaseBody(
            UUID id,
            String reference,
            CaseStatus status,
            UUID personId,
            List<UUID> referralIds,
            @Nullable UUID previousCaseId,
            LocalDate openedOn,
            @Nullable LocalDate exitedOn,
            @Nullable LocalDate closedOn,
            int version) {}

    record Created(UUID id) {}

    record StatusBody(UUID id, CaseStatus status) {}

    @GetMapping("/channel-cases/{id}")
    CaseBody read(@PathVariable UUID id) {
        var view = queries.view(id);
        return new CaseBody(
                view.id(),
                view.reference(),
                view.status(),
                view.subject().id(),
                view.referralIds(),
                view.previousCaseId(),
                view.openedOn(),
                view.exitedOn(),
                view.closedOn(),
                view.version());
    }

    record CaseItem(UUID id, String reference, CaseStatus status, LocalDate openedOn) {}

    @GetMapping("/channel-cases")
    Paged<CaseItem> list(
            @RequestParam(required = false) @Nullable CaseStatus status,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return queries.list(status, q, page, size)
                .map(row -> new CaseItem(row.id(), row.reference(), row.status(), row.openedOn()));
    }

    record AttendeePart(
            @NotBlank @Size(max = 100) String name,
            @NotBlank @Size(max = 200) String organisation,
            @NotNull PanelRole panelRole,
            @Nullable Boolean present) {}

    record MeetingRequest(
            @NotNull LocalDate heldOn,
            @Nullable LocalTime startsAt,
            @Nullable @Size(max = 300) String location,
            @Nullable @Size(max = 100) String chairName,
            @NotNull @Size(max = 50) List<@Valid @NotNull AttendeePart> attendees,
            @NotNull @Size(max = 100) List<@NotNull UUID> caseIds) {}

    @PostMapping("/panel-meetings")
    ResponseEntity<Created> createMeeting(@Valid @RequestBody MeetingRequest request) {
        var id = work.createMeeting(new ChannelWork.NewMeeting(
                request.heldOn(),
                request.startsAt(),
                request.location(),
                request.chairName(),
                request.attendees().stream()
                        .map(a ->
                                new ChannelWork.Attendee(a.name(), a.organisation(), a.panelRole(), a.present(), null))
                        .toList(),
                request.caseIds()));
        return ResponseEntity.created(URI.create("/api/v1/panel-meetings/" + id))
                .body(new Created(id));
    }

    @PostMapping("/panel-meetings/{id}/publish")
    Map<String, Object> publish(@PathVariable UUID id) {
        work.publish(id);
        return Map.of("id", id, "published", true);
    }

    record DecisionRequest(
            @NotNull UUID meetingId,
            @NotNull LocalDate decidedOn,
            @NotNull Decision decision,
            @NotNull DecisionRule decisionRule,
            @NotBlank @Size(max = 10000) String reasons,
            @Nullable Boolean consideredHealthOrSocialCareReferral,
            @Nullable @Size(max = 5000) String healthOrSocialCareOutcome,
            @Nullable Integer version) {}

    @PostMapping("/channel-cases/{id}/panel-decision")
    StatusBody decide(
            @PathVariable UUID id,
            @Valid @RequestBody DecisionRequest request,
            @RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch) {
        var status = work.decide(
                id,
                new ChannelWork.NewDecision(
                        request.meetingId(),
                        request.decidedOn(),
                        request.decision(),
                        request.decisionRule(),
                        request.reasons(),
                        request.consideredHealthOrSocialCareReferral(),
                        request.healthOrSocialCareOutcome()),
                ExpectedVersion.of(ifMatch, request.version()));
        return new StatusBody(id, status);
    }

    record ConsentRequest(
            @NotNull ConsentStatus status,
            @NotNull GivenBy givenBy,
            @Nullable @Size(max = 100) String guardianName,
            @NotNull LocalDate recordedOn) {}

    @PostMapping("/channel-cases/{id}/consent")
    StatusBody consent(@PathVariable UUID id, @Valid @RequestBody ConsentRequest request) {
        var status = work.recordConsent(
                id,
                new ChannelWork.NewConsent(
                        request.status(), request.givenBy(), request.guardianName(), request.recordedOn()));
        return new StatusBody(id, status);
    }

    record InterventionRequest(
            @NotNull InterventionType type,
            @NotBlank @Size(max = 200) String provider,
            @NotNull Boolean homeOfficeApprovedProvider,
            @NotNull LocalDate startOn,
            @NotNull @Min(1) @Max(365) Integer frequencyDays) {}

    @PostMapping("/channel-cases/{id}/interventions")
    ResponseEntity<Created> intervention(@PathVariable UUID id, @Valid @RequestBody InterventionRequest request) {
        var created = work.addIntervention(
                id,
                new ChannelWork.NewIntervention(
                        request.type(),
                        request.provider(),
                        request.homeOfficeApprovedProvider(),
                        request.startOn(),
                        request.frequencyDays()));
        return ResponseEntity.created(URI.create("/api/v1/channel-cases/" + id + "/interventions/" + created))
                .body(new Created(created));
    }

    record SessionRequest(
            @NotNull LocalDate deliveredOn,
            @Nullable @Size(max = 5000) String note) {}

    @PostMapping("/channel-cases/{id}/interventions/{interventionId}/sessions")
    Map<String, Object> session(
            @PathVariable UUID id, @PathVariable UUID interventionId, @Valid @RequestBody SessionRequest request) {
        work.logSession(id, interventionId, request.deliveredOn(), request.note());
        return Map.of("interventionId", interventionId, "deliveredOn", request.deliveredOn());
    }

    record ExitRequest(
            @NotNull LocalDate exitedOn,
            @NotBlank @Size(max = 10000) String closingSummary,
            @Nullable Integer version) {}

    record Exited(UUID id, CaseStatus status, List<LocalDate> reviewsDueOn) {}

    @PostMapping("/channel-cases/{id}/exit")
    Exited exit(
            @PathVariable UUID id,
            @Valid @RequestBody ExitRequest request,
            @RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch) {
        var days = work.exit(
                id, request.exitedOn(), request.closingSummary(), ExpectedVersion.of(ifMatch, request.version()));
        return new Exited(id, CaseStatus.EXITED, days);
    }

    record NoteRequest(
            @NotNull LocalDate occurredOn,
            CaseNote.@Nullable Category category,
            @NotBlank @Size(max = CaseNote.MAX_TEXT) String text) {

        CaseChronology.NewNote toNote() {
            return new CaseChronology.NewNote(occurredOn, category == null ? CaseNote.Category.OTHER : category, text);
        }
    }

    @PostMapping("/channel-cases/{id}/notes")
    ResponseEntity<Created> note(@PathVariable UUID id, @Valid @RequestBody NoteRequest request) {
        var created = chronology.addNote(id, request.toNote());
        return ResponseEntity.created(URI.create("/api/v1/channel-cases/" + id + "/notes/" + created))
                .body(new Created(created));
    }

    record CorrectionRequest(
            @NotNull LocalDate occurredOn,
            CaseNote.@Nullable Category category,
            @NotBlank @Size(max = CaseNote.MAX_TEXT) String text,
            @NotBlank @Size(max = CaseNote.MAX_REASON) String reason,
            @Nullable Integer version) {}

    @PostMapping("/channel-cases/{id}/notes/{noteId}/corrections")
    Map<String, Object> correct(
            @PathVariable UUID id,
            @PathVariable UUID noteId,
            @Valid @RequestBody CorrectionRequest request,
            @RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch) {
        chronology.correct(
                id,
                noteId,
                new CaseChronology.NewNote(
                        request.occurredOn(),
                        request.category() == null ? CaseNote.Category.OTHER : request.category(),
                        request.text()),
                request.reason(),
                ExpectedVersion.of(ifMatch, request.version()));
        return Map.of("id", noteId, "corrected", true);
    }

    record ChronologyItem(
            LocalDate occurredOn,
            CaseChronology.Kind kind,
            String summary,
            @Nullable String by,
            @Nullable UUID noteId,
            boolean corrected) {}

    record Chronology(List<ChronologyItem> items) {}

    @GetMapping("/channel-cases/{id}/chronology")
    Chronology chronology(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Set<CaseChronology.Kind> kind,
            @RequestParam(required = false) @Nullable LocalDate from,
            @RequestParam(required = false) @Nullable LocalDate to) {
        return new Chronology(chronology.chronology(id, kind == null ? Set.of() : kind, from, to).stream()
                .map(item -> new ChronologyItem(
                        item.occurredOn(), item.kind(), item.summary(), item.by(), item.noteId(), item.corrected()))
                .toList());
    }
}
