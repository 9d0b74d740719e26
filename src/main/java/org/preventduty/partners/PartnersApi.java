package org.preventduty.partners;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
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
 * Partners through the API: the register of organisations (listed by type, read, added and changed with the version
 * read) and commissioned projects with their quarterly outputs.
 */
@ApiController("/api/v1/partners")
class PartnersApi {

    private final PartnerRecords records;
    private final Projects projects;

    PartnersApi(PartnerRecords records, Projects projects) {
        this.records = records;
        this.projects = projects;
    }

    record Created(UUID id) {}

    record OrganisationItem(
            UUID id,
            String name,
            OrganisationType type,
            @Nullable String sector,
            @Nullable String spocName,
            @Nullable LocalDate lastEngagedOn) {}

    @GetMapping("/organisations")
    Paged<OrganisationItem> organisations(
            @RequestParam(required = false) @Nullable OrganisationType type,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return records.list(type, page, size)
                .map(o ->
                        new OrganisationItem(o.id(), o.name(), o.type(), o.sector(), o.spocName(), o.lastEngagedOn()));
    }

    record OrganisationRequest(
            @Nullable String name,
            @Nullable OrganisationType type,
            @Nullable String sector,
            @Nullable String spocName,
            @Nullable String spocEmail,
            @Nullable String spocPhone,
            @Nullable Integer version) {}

    @PostMapping("/organisations")
    ResponseEntity<Created> addOrganisation(@RequestBody OrganisationRequest request) {
        var id = records.create(
                request.name(),
                request.type(),
                request.sector(),
                request.spocName(),
                request.spocEmail(),
                request.spocPhone());
        return ResponseEntity.created(URI.create("/api/v1/partners/organisations/" + id))
                .body(new Created(id));
    }

    record OrganisationView(
            UUID id,
            String name,
            OrganisationType type,
            @Nullable String sector,
            @Nullable String spocName,
            @Nullable String spocEmail,
            @Nullable String spocPhone,
            List<PartnerRecords.Contact> contacts,
            List<PartnerRecords.Engagement> engagements,
            int version) {}

    @GetMapping("/organisations/{id}")
    OrganisationView organisation(@PathVariable UUID id) {
        var o = records.get(id);
        return new OrganisationView(
                o.id(),
                o.name(),
                o.type(),
                o.sector(),
                o.spocName(),
                o.spocEmail(),
                o.spocPhone(),
                o.contacts(),
                o.engagements(),
                o.version());
    }

    /** Changes an organisation; the body gives every field as it is to be and the version it was read at. */
    @PutMapping("/organisations/{id}")
    OrganisationView changeOrganisation(
            @PathVariable UUID id,
            @RequestBody OrganisationRequest request,
            @RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch) {
        records.update(
                id,
                ExpectedVersion.required(ifMatch, request.version()),
                request.name(),
                request.type(),
                request.sector(),
                request.spocName(),
                request.spocEmail(),
                request.spocPhone());
        return organisation(id);
    }

    record ProjectView(
            UUID id,
            String title,
            String provider,
            String fundingSource,
            @Nullable BigDecimal amountPounds,
            LocalDate startsOn,
            @Nullable LocalDate endsOn,
            @Nullable String aims,
            @Nullable String targetGroup,
            List<Projects.Output> outputs,
            long totalSeries,
            long totalSessions,
            long totalParticipants,
            int version) {

        static ProjectView of(Projects.Project p) {
            return new ProjectView(
                    p.id(),
                    p.title(),
                    p.provider(),
                    p.fundingSource(),
                    p.amountPounds(),
                    p.startsOn(),
                    p.endsOn(),
                    p.aims(),
                    p.targetGroup(),
                    p.outputs(),
                    p.totalSeries(),
                    p.totalSessions(),
                    p.totalParticipants(),
                    p.version());
        }
    }

    @GetMapping("/projects")
    Paged<ProjectView> projects(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return projects.list(page, size).map(ProjectView::of);
    }

    @GetMapping("/projects/{id}")
    ProjectView project(@PathVariable UUID id) {
        return ProjectView.of(projects.get(id));
    }

    record ProjectRequest(
            @Nullable String title,
            @Nullable String provider,
            @Nullable String fundingSource,
            @Nullable BigDecimal amountPounds,
            @Nullable LocalDate startsOn,
            @Nullable LocalDate endsOn,
            @Nullable String aims,
            @Nullable String targetGroup,
            @Nullable Integer version) {

        Projects.Input input() {
            return new Projects.Input(
                    title, provider, fundingSource, amountPounds, startsOn, endsOn, aims, targetGroup);
        }
    }

    @PostMapping("/projects")
    ResponseEntity<Created> addProject(@RequestBody ProjectRequest request) {
        var id = projects.create(request.input());
        return ResponseEntity.created(URI.create("/api/v1/partners/projects/" + id))
                .body(new Created(id));
    }

    @PutMapping("/projects/{id}")
    ProjectView changeProject(
            @PathVariable UUID id,
            @RequestBody ProjectRequest request,
            @RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch) {
        projects.update(id, ExpectedVersion.required(ifMatch, request.version()), request.input());
        return project(id);
    }

    /** A quarter's output; counts left out are 0. */
    record OutputRequest(
            @Nullable LocalDate quarterStart,
            @Nullable Integer seriesDelivered,
            @Nullable Integer sessionsDelivered,
            @Nullable Integer participants,
            @Nullable Integer ageUnder16,
            @Nullable Integer age16To24,
            @Nullable Integer age25AndOver,
            @Nullable Integer ageUnknown,
            @Nullable Integer female,
            @Nullable Integer male,
            @Nullable Integer sexUnknown,
            @Nullable String feedback) {

        Projects.Output output() {
            return new Projects.Output(
                    quarterStart,
                    count(seriesDelivered),
                    count(sessionsDelivered),
                    count(participants),
                    count(ageUnder16),
                    count(age16To24),
                    count(age25AndOver),
                    count(ageUnknown),
                    count(female),
                    count(male),
                    count(sexUnknown),
                    feedback);
        }

        private static int count(@Nullable Integer value) {
            return value == null ? 0 : value;
        }
    }

    /** A quarter's output: the age bands and the sexes each add up to the participants. */
    @PostMapping("/projects/{id}/outputs")
    ResponseEntity<Void> addOutput(@PathVariable UUID id, @RequestBody OutputRequest request) {
        projects.recordOutput(id, request.output());
        return ResponseEntity.created(URI.create("/api/v1/partners/projects/" + id))
                .build();
    }
}
