package org.preventduty.partners;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.identity.CurrentActor;
import org.preventduty.identity.Role;
import org.preventduty.shared.InvalidInputException;
import org.preventduty.shared.RuleViolationException;
import org.preventduty.shared.web.CsvDownload;
import org.preventduty.shared.web.FormOutcome;
import org.preventduty.shared.web.FormValues;
import org.preventduty.shared.web.Pagination;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The partner pages: the register of organisations with their contacts and engagement, and commissioned projects. */
@Controller
class PartnersController {

    private final PartnerRecords records;
    private final Projects projects;
    private final Assurance assurance;
    private final java.util.List<org.preventduty.shared.OrganisationFacts> facts;
    private final CurrentActor actors;
    private final java.time.Clock clock;

    PartnersController(
            PartnerRecords records,
            Projects projects,
            Assurance assurance,
            java.util.List<org.preventduty.shared.OrganisationFacts> facts,
            CurrentActor actors,
            java.time.Clock clock) {
        this.facts = facts;
        this.records = records;
        this.projects = projects;
        this.assurance = assurance;
        this.actors = actors;
        this.clock = clock;
    }

    @GetMapping("/partners")
    String list(
            @RequestParam(required = false) @Nullable String type,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        var chosen = FormValues.choice(OrganisationType.class, type);
        var list = records.list(chosen, page);
        model.addAttribute("organisations", list);
        model.addAttribute("type", chosen);
        model.addAttribute("types", OrganisationType.values());
        model.addAttribute(
                "pagination",
                Pagination.of(
                        list,
                        UriComponentsBuilder.fromPath("/partners")
                                .queryParamIfPresent("type", java.util.Optional.ofNullable(chosen))));
        model.addAttribute("writer", writer());
        return "partners/list";
    }

    @GetMapping("/partners.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) @Nullable String type) {
        var chosen = FormValues.choice(OrganisationType.class, type);
        var rows = new java.util.ArrayList<List<?>>();
        for (var page = 0; ; page++) {
            var list = records.list(chosen, page);
            list.items()
                    .forEach(o -> rows.add(
                            java.util.Arrays.asList(o.name(), o.type(), o.sector(), o.spocName(), o.lastEngagedOn())));
            if (page + 1 >= list.totalPages()) {
                break;
            }
        }
        return CsvDownload.of(
                "partners.csv", List.of("name", "type", "sector", "single_point_of_contact", "last_engaged_on"), rows);
    }

    @GetMapping("/partners/venues.csv")
    ResponseEntity<byte[]> venuesCsv() {
        return CsvDownload.of(
                "venue-hire-checks.csv",
                List.of(
                        "venue",
                        "booked_by",
                        "on_behalf_of",
                        "event",
                        "event_on",
                        "speakers",
                        "checks_done",
                        "outcome",
                        "decided_by",
                        "decided_on"),
                assurance.venueChecks().stream()
                        .map(c -> java.util.Arrays.asList(
                                c.venue(),
                                c.bookedBy(),
                                c.onBehalfOf(),
                                c.event(),
                                c.eventOn(),
                                c.speakers(),
                                c.checksDone(),
                                c.outcome(),
                                c.decidedBy(),
                                c.decidedOn()))
                        .toList());
    }

    @GetMapping("/partners/contracts.csv")
    ResponseEntity<byte[]> contractsCsv() {
        return CsvDownload.of(
                "contracts.csv",
                List.of("service", "provider", "starts_on", "ends_on", "prevent_clause"),
                assurance.contracts().stream()
                        .map(c -> java.util.Arrays.<Object>asList(
                                c.service(), c.provider(), c.startsOn(), c.endsOn(), c.preventClause()))
                        .toList());
    }

    @GetMapping("/partners/grants.csv")
    ResponseEntity<byte[]> grantsCsv() {
        return CsvDownload.of(
                "grants.csv",
                List.of("source", "amount_pounds", "starts_on", "ends_on", "pays_for"),
                assurance.grants().stream()
                        .map(g -> java.util.Arrays.<Object>asList(
                                g.source(), g.amountPounds().toPlainString(), g.startsOn(), g.endsOn(), g.paysFor()))
                        .toList());
    }

    @GetMapping("/partners/projects.csv")
    ResponseEntity<byte[]> projectsCsv() {
        var rows = new java.util.ArrayList<List<?>>();
        for (var p : projects.list()) {
            for (var o : p.outputs()) {
                rows.add(List.of(
                        p.title(),
                        p.provider(),
                        p.fundingSource(),
                        o.quarterStart(),
                        o.seriesDelivered(),
                        o.sessionsDelivered(),
                        o.participants(),
                        o.ageUnder16(),
                        o.age16To24(),
                        o.age25AndOver(),
                        o.ageUnknown(),
                        o.female(),
                        o.male(),
                        o.sexUnknown()));
            }
        }
        return CsvDownload.of(
                "project-outputs.csv",
                List.of(
                        "project",
                        "provider",
                        "funding_source",
                        "quarter_start",
                        "series",
                        "sessions",
                        "participants",
                        "under_16",
                        "aged_16_to_24",
                        "aged_25_and_over",
                        "age_unknown",
                        "female",
                        "male",
                        "sex_unknown"),
                rows);
    }

    @PostMapping("/partners")
    String create(
            @RequestParam(required = false) @Nullable String name,
            @RequestParam(required = false) @Nullable String type,
            @RequestParam(required = false) @Nullable String sector,
            @RequestParam(required = false) @Nullable String spocName,
            @RequestParam(required = false) @Nullable String spocEmail,
            @RequestParam(required = false) @Nullable String spocPhone,
            RedirectAttributes redirect) {
        try {
            var id = records.create(
                    name, FormValues.choice(OrganisationType.class, type), sector, spocName, spocEmail, spocPhone);
            redirect.addFlashAttribute("success", "partners.organisation.added");
            return "redirect:/partners/" + id;
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", e.problems().get(0).code());
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("problem", e.code());
        }
        return "redirect:/partners";
    }

    @GetMapping("/partners/{id}")
    String organisation(@PathVariable UUID id, Model model) {
        var organisation = records.get(id);
        model.addAttribute("o", organisation);
        model.addAttribute(
                "facts",
                records.facts(
                        facts,
                        organisation.name(),
                        LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/London")))));
        model.addAttribute("kinds", PartnerRecords.EngagementKind.values());
        model.addAttribute("assessments", assurance.assessments(id));
        model.addAttribute("checks", assurance.checks(id));
        model.addAttribute("assuranceKinds", Assurance.AssuranceKind.values());
        model.addAttribute("purposes", Assurance.CheckPurpose.values());
        model.addAttribute("outcomes", Assurance.CheckOutcome.values());
        model.addAttribute("today", LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/London"))));
        model.addAttribute("writer", writer());
        model.addAttribute("types", OrganisationType.values());
        model.addAttribute("changes", records.history(id));
        return "partners/organisation";
    }

    @PostMapping("/partners/{id}/details")
    String update(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "0") int version,
            @RequestParam(required = false) @Nullable String name,
            @RequestParam(required = false) @Nullable String type,
            @RequestParam(required = false) @Nullable String sector,
            @RequestParam(required = false) @Nullable String spocName,
            @RequestParam(required = false) @Nullable String spocEmail,
            @RequestParam(required = false) @Nullable String spocPhone,
            RedirectAttributes redirect) {
        FormOutcome.flash(redirect, "partners.organisation.changed", () -> {
            records.update(
                    id,
                    version,
                    name,
                    FormValues.choice(OrganisationType.class, type),
                    sector,
                    spocName,
                    spocEmail,
                    spocPhone);
        });
        return "redirect:/partners/" + id;
    }

    @PostMapping("/partners/{id}/assurance")
    String addAssurance(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String title,
            @RequestParam(required = false) @Nullable String assessedOn,
            @RequestParam(required = false) @Nullable String result,
            @RequestParam(required = false) @Nullable String followUp,
            RedirectAttributes redirect) {
        try {
            assurance.addAssessment(
                    id,
                    FormValues.choice(Assurance.AssuranceKind.class, kind),
                    title,
                    FormValues.date(assessedOn),
                    result,
                    followUp);
            redirect.addFlashAttribute("success", "partners.assurance.added");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", e.problems().get(0).code());
        }
        return "redirect:/partners/" + id;
    }

    @PostMapping("/partners/{id}/checks")
    String addCheck(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String purpose,
            @RequestParam(required = false) @Nullable String checksDone,
            @RequestParam(required = false) @Nullable String sources,
            @RequestParam(required = false) @Nullable String outcome,
            @RequestParam(required = false) @Nullable String reviewer,
            @RequestParam(required = false) @Nullable String checkedOn,
            @RequestParam(required = false) @Nullable String nextCheckOn,
            RedirectAttributes redirect) {
        try {
            assurance.addCheck(
                    id,
                    FormValues.choice(Assurance.CheckPurpose.class, purpose),
                    checksDone,
                    sources,
                    FormValues.choice(Assurance.CheckOutcome.class, outcome),
                    reviewer,
                    FormValues.date(checkedOn),
                    FormValues.date(nextCheckOn));
            redirect.addFlashAttribute("success", "partners.check.added");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", e.problems().get(0).code());
        }
        return "redirect:/partners/" + id;
    }

    @GetMapping("/partners/venues")
    String venues(
            @RequestParam(required = false) @Nullable String decision,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        var chosen = FormValues.choice(Assurance.VenueOutcome.class, decision);
        var list = assurance.venueChecks(chosen, page);
        model.addAttribute("checks", list.items());
        model.addAttribute("decision", chosen);
        model.addAttribute(
                "pagination",
                Pagination.of(
                        list,
                        UriComponentsBuilder.fromPath("/partners/venues")
                                .queryParamIfPresent("decision", java.util.Optional.ofNullable(chosen))));
        model.addAttribute("outcomes", Assurance.VenueOutcome.values());
        model.addAttribute("writer", writer());
        return "partners/venues";
    }

    /** A venue hire check as its form gives it, to be checked by the service. */
    record VenueForm(
            @Nullable String venue,
            @Nullable String bookedBy,
            @Nullable String onBehalfOf,
            @Nullable String event,
            @Nullable String eventOn,
            @Nullable String speakers,
            @Nullable String checksDone,
            @Nullable String outcome,
            @Nullable String decidedBy,
            @Nullable String decidedOn) {

        Assurance.VenueCheck check() {
            return new Assurance.VenueCheck(
                    venue == null ? "" : venue,
                    bookedBy == null ? "" : bookedBy,
                    onBehalfOf,
                    event == null ? "" : event,
                    FormValues.date(eventOn),
                    speakers,
                    checksDone == null ? "" : checksDone,
                    FormValues.choice(Assurance.VenueOutcome.class, outcome),
                    decidedBy == null ? "" : decidedBy,
                    FormValues.date(decidedOn),
                    null,
                    0);
        }
    }

    @PostMapping("/partners/venues")
    String addVenueCheck(VenueForm form, RedirectAttributes redirect) {
        FormOutcome.flash(redirect, "partners.venue.added", () -> assurance.addVenueCheck(form.check()));
        return "redirect:/partners/venues";
    }

    @GetMapping("/partners/venues/{id}")
    String venueCheck(@PathVariable UUID id, Model model) {
        model.addAttribute("c", assurance.venueCheck(id));
        model.addAttribute("changes", assurance.venueHistory(id));
        model.addAttribute("outcomes", Assurance.VenueOutcome.values());
        model.addAttribute("writer", writer());
        return "partners/venue";
    }

    @PostMapping("/partners/venues/{id}")
    String updateVenueCheck(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "0") int version,
            VenueForm form,
            RedirectAttributes redirect) {
        FormOutcome.flash(
                redirect, "partners.venue.changed", () -> assurance.updateVenueCheck(id, version, form.check()));
        return "redirect:/partners/venues/" + id;
    }

    @GetMapping("/partners/funding")
    String funding(
            @RequestParam(defaultValue = "0") int contractsPage,
            @RequestParam(defaultValue = "0") int grantsPage,
            Model model) {
        var contracts =
                org.preventduty.shared.Paged.slice(assurance.contracts(), contractsPage, PartnerRecords.PAGE_SIZE);
        var grants = org.preventduty.shared.Paged.slice(assurance.grants(), grantsPage, PartnerRecords.PAGE_SIZE);
        model.addAttribute("contracts", contracts.items());
        model.addAttribute("grants", grants.items());
        model.addAttribute(
                "contractPages",
                Pagination.of(
                        contracts,
                        UriComponentsBuilder.fromPath("/partners/funding").queryParam("grantsPage", grants.page()),
                        "contractsPage"));
        model.addAttribute(
                "grantPages",
                Pagination.of(
                        grants,
                        UriComponentsBuilder.fromPath("/partners/funding")
                                .queryParam("contractsPage", contracts.page()),
                        "grantsPage"));
        model.addAttribute("writer", writer());
        return "partners/funding";
    }

    @PostMapping("/partners/contracts")
    String addContract(
            @RequestParam(required = false) @Nullable String service,
            @RequestParam(required = false) @Nullable String provider,
            @RequestParam(required = false) @Nullable String startsOn,
            @RequestParam(required = false) @Nullable String endsOn,
            @RequestParam(defaultValue = "false") boolean preventClause,
            RedirectAttributes redirect) {
        try {
            assurance.addContract(service, provider, FormValues.date(startsOn), FormValues.date(endsOn), preventClause);
            redirect.addFlashAttribute("success", "partners.contract.added");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", e.problems().get(0).code());
        }
        return "redirect:/partners/funding";
    }

    @GetMapping("/partners/checks/{id}")
    String check(@PathVariable UUID id, Model model) {
        var check = assurance.check(id);
        model.addAttribute("c", check);
        model.addAttribute("organisation", records.get(check.organisationId()));
        model.addAttribute("changes", assurance.checkHistory(id));
        model.addAttribute("purposes", Assurance.CheckPurpose.values());
        model.addAttribute("outcomes", Assurance.CheckOutcome.values());
        model.addAttribute("today", LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/London"))));
        model.addAttribute("writer", writer());
        return "partners/check";
    }

    @PostMapping("/partners/checks/{id}")
    String updateCheck(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "0") int version,
            @RequestParam(required = false) @Nullable String purpose,
            @RequestParam(required = false) @Nullable String checksDone,
            @RequestParam(required = false) @Nullable String sources,
            @RequestParam(required = false) @Nullable String outcome,
            @RequestParam(required = false) @Nullable String reviewer,
            @RequestParam(required = false) @Nullable String checkedOn,
            @RequestParam(required = false) @Nullable String nextCheckOn,
            RedirectAttributes redirect) {
        FormOutcome.flash(redirect, "partners.check.changed", () -> {
            assurance.updateCheck(
                    id,
                    version,
                    FormValues.choice(Assurance.CheckPurpose.class, purpose),
                    checksDone,
                    sources,
                    FormValues.choice(Assurance.CheckOutcome.class, outcome),
                    reviewer,
                    FormValues.date(checkedOn),
                    FormValues.date(nextCheckOn));
        });
        return "redirect:/partners/checks/" + id;
    }

    @GetMapping("/partners/contracts/{id}")
    String contract(@PathVariable UUID id, Model model) {
        model.addAttribute("c", assurance.contract(id));
        model.addAttribute("changes", assurance.contractHistory(id));
        model.addAttribute("writer", writer());
        return "partners/contract";
    }

    @PostMapping("/partners/contracts/{id}")
    String updateContract(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "0") int version,
            @RequestParam(required = false) @Nullable String service,
            @RequestParam(required = false) @Nullable String provider,
            @RequestParam(required = false) @Nullable String startsOn,
            @RequestParam(required = false) @Nullable String endsOn,
            @RequestParam(defaultValue = "false") boolean preventClause,
            RedirectAttributes redirect) {
        FormOutcome.flash(redirect, "partners.contract.changed", () -> {
            assurance.updateContract(
                    id, version, service, provider, FormValues.date(startsOn), FormValues.date(endsOn), preventClause);
        });
        return "redirect:/partners/contracts/" + id;
    }

    /** A grant as its form gives it. */
    record GrantForm(
            @Nullable String source,
            @Nullable String amount,
            @Nullable String startsOn,
            @Nullable String endsOn,
            @Nullable String paysFor) {}

    @PostMapping("/partners/grants")
    String addGrant(GrantForm form, RedirectAttributes redirect) {
        FormOutcome.flash(
                redirect,
                "partners.grant.added",
                () -> assurance.addGrant(
                        form.source(),
                        pounds(form.amount()),
                        FormValues.date(form.startsOn()),
                        FormValues.date(form.endsOn()),
                        form.paysFor()));
        return "redirect:/partners/funding";
    }

    @GetMapping("/partners/grants/{id}")
    String grant(@PathVariable UUID id, Model model) {
        model.addAttribute("g", assurance.grant(id));
        model.addAttribute("changes", assurance.grantHistory(id));
        model.addAttribute("writer", writer());
        return "partners/grant";
    }

    @PostMapping("/partners/grants/{id}")
    String updateGrant(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "0") int version,
            GrantForm form,
            RedirectAttributes redirect) {
        FormOutcome.flash(
                redirect,
                "partners.grant.changed",
                () -> assurance.updateGrant(
                        id,
                        version,
                        form.source(),
                        pounds(form.amount()),
                        FormValues.date(form.startsOn()),
                        FormValues.date(form.endsOn()),
                        form.paysFor()));
        return "redirect:/partners/grants/" + id;
    }

    /** An amount as entered: empty is none; anything not money is -1, which the rules refuse. */
    private static @Nullable BigDecimal pounds(@Nullable String amount) {
        if (amount == null || amount.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(amount.strip().replace(",", "").replace("£", ""));
        } catch (NumberFormatException e) {
            return BigDecimal.valueOf(-1);
        }
    }

    @PostMapping("/partners/{id}/contacts")
    String contact(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String contactName,
            @RequestParam(required = false) @Nullable String role,
            @RequestParam(required = false) @Nullable String email,
            @RequestParam(required = false) @Nullable String phone,
            RedirectAttributes redirect) {
        try {
            records.addContact(id, contactName, role, email, phone);
            redirect.addFlashAttribute("success", "partners.contact.added");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", e.problems().get(0).code());
        }
        return "redirect:/partners/" + id;
    }

    @PostMapping("/partners/{id}/contacts/{contact}/remove")
    String removeContact(@PathVariable UUID id, @PathVariable UUID contact, RedirectAttributes redirect) {
        records.removeContact(id, contact);
        redirect.addFlashAttribute("success", "partners.contact.removed");
        return "redirect:/partners/" + id;
    }

    @PostMapping("/partners/{id}/engagements")
    String engagement(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String happenedOn,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String ledBy,
            @RequestParam(required = false) @Nullable String summary,
            RedirectAttributes redirect) {
        try {
            records.logEngagement(
                    id,
                    FormValues.date(happenedOn),
                    FormValues.choice(PartnerRecords.EngagementKind.class, kind),
                    ledBy,
                    summary);
            redirect.addFlashAttribute("success", "partners.engagement.logged");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", e.problems().get(0).code());
        }
        return "redirect:/partners/" + id;
    }

    @GetMapping("/partners/projects")
    String projects(@RequestParam(defaultValue = "0") int page, Model model) {
        var list = projects.list(page);
        model.addAttribute("projects", list.items());
        model.addAttribute("pagination", Pagination.of(list, UriComponentsBuilder.fromPath("/partners/projects")));
        model.addAttribute("writer", writer());
        return "partners/projects";
    }

    @PostMapping("/partners/projects")
    String createProject(
            @RequestParam(required = false) @Nullable String title,
            @RequestParam(required = false) @Nullable String provider,
            @RequestParam(required = false) @Nullable String fundingSource,
            @RequestParam(required = false) @Nullable String amount,
            @RequestParam(required = false) @Nullable String startsOn,
            @RequestParam(required = false) @Nullable String endsOn,
            @RequestParam(required = false) @Nullable String aims,
            @RequestParam(required = false) @Nullable String targetGroup,
            RedirectAttributes redirect) {
        try {
            var id = projects.create(new Projects.Input(
                    title,
                    provider,
                    fundingSource,
                    pounds(amount),
                    FormValues.date(startsOn),
                    FormValues.date(endsOn),
                    aims,
                    targetGroup));
            redirect.addFlashAttribute("success", "partners.project.added");
            return "redirect:/partners/projects/" + id;
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", e.problems().get(0).code());
        }
        return "redirect:/partners/projects";
    }

    @GetMapping("/partners/projects/{id}")
    String project(@PathVariable UUID id, Model model) {
        model.addAttribute("p", projects.get(id));
        model.addAttribute("writer", writer());
        model.addAttribute("changes", projects.history(id));
        return "partners/project";
    }

    @PostMapping("/partners/projects/{id}/details")
    String updateProject(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "0") int version,
            @RequestParam(required = false) @Nullable String title,
            @RequestParam(required = false) @Nullable String provider,
            @RequestParam(required = false) @Nullable String fundingSource,
            @RequestParam(required = false) @Nullable String amount,
            @RequestParam(required = false) @Nullable String startsOn,
            @RequestParam(required = false) @Nullable String endsOn,
            @RequestParam(required = false) @Nullable String aims,
            @RequestParam(required = false) @Nullable String targetGroup,
            RedirectAttributes redirect) {
        FormOutcome.flash(redirect, "partners.project.changed", () -> {
            projects.update(
                    id,
                    version,
                    new Projects.Input(
                            title,
                            provider,
                            fundingSource,
                            pounds(amount),
                            FormValues.date(startsOn),
                            FormValues.date(endsOn),
                            aims,
                            targetGroup));
        });
        return "redirect:/partners/projects/" + id;
    }

    @PostMapping("/partners/projects/{id}/outputs")
    String output(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String quarterStart,
            @RequestParam(defaultValue = "0") String series,
            @RequestParam(defaultValue = "0") String sessions,
            @RequestParam(defaultValue = "0") String participants,
            @RequestParam(defaultValue = "0") String ageUnder16,
            @RequestParam(defaultValue = "0") String age16To24,
            @RequestParam(defaultValue = "0") String age25AndOver,
            @RequestParam(defaultValue = "0") String ageUnknown,
            @RequestParam(defaultValue = "0") String female,
            @RequestParam(defaultValue = "0") String male,
            @RequestParam(defaultValue = "0") String sexUnknown,
            @RequestParam(required = false) @Nullable String feedback,
            RedirectAttributes redirect) {
        try {
            projects.recordOutput(
                    id,
                    new Projects.Output(
                            FormValues.date(quarterStart),
                            count(series),
                            count(sessions),
                            count(participants),
                            count(ageUnder16),
                            count(age16To24),
                            count(age25AndOver),
                            count(ageUnknown),
                            count(female),
                            count(male),
                            count(sexUnknown),
                            feedback));
            redirect.addFlashAttribute("success", "partners.output.recorded.done");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", e.problems().get(0).code());
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("problem", e.code());
        }
        return "redirect:/partners/projects/" + id;
    }

    private boolean writer() {
        return actors.require().hasAny(Role.DELIVERY_OFFICER, Role.PREVENT_LEAD);
    }

    /** A count as entered: empty is 0, anything not a whole number is -1, which the rules refuse. */
    private static int count(String value) {
        try {
            return value.isBlank() ? 0 : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
