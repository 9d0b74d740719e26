package org.preventduty.partners;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
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

/**
 * The register of partner organisations, each with its contacts, engagement, assurance and due diligence, the question
 * pages that change them, and the register's downloads.
 */
@Controller
class PartnersController {

    private final PartnerRecords records;
    private final Projects projects;
    private final Assurance assurance;
    private final java.util.List<org.preventduty.shared.OrganisationFacts> facts;
    private final PartnersPages pages;

    PartnersController(
            PartnerRecords records,
            Projects projects,
            Assurance assurance,
            java.util.List<org.preventduty.shared.OrganisationFacts> facts,
            PartnersPages pages) {
        this.facts = facts;
        this.records = records;
        this.projects = projects;
        this.assurance = assurance;
        this.pages = pages;
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
        model.addAttribute("writer", pages.writer());
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

    @GetMapping("/partners/new")
    String newOrganisation(Model model) {
        model.addAttribute("form", new OrganisationForm());
        return organisationQuestion(null, model);
    }

    @PostMapping("/partners")
    String create(
            @ModelAttribute("form") OrganisationForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var id = FormErrors.made(
                result,
                () -> records.create(
                        FormValues.text(form.getName()),
                        form.getType(),
                        FormValues.text(form.getSector()),
                        FormValues.text(form.getSpocName()),
                        FormValues.text(form.getSpocEmail()),
                        FormValues.text(form.getSpocPhone())));
        if (id.isPresent()) {
            redirect.addFlashAttribute("success", "partners.organisation.added");
            return "redirect:/partners/" + id.get();
        }
        return organisationQuestion(null, model);
    }

    private String organisationQuestion(PartnerRecords.@Nullable Organisation organisation, Model model) {
        model.addAttribute("types", OrganisationType.values());
        model.addAttribute("adding", organisation == null);
        return organisation == null
                ? pages.question(model, "partners.add", null, "/partners", "/partners", "organisation")
                : pages.question(
                        model,
                        "partners.organisation.change",
                        organisation.name(),
                        "/partners/" + organisation.id(),
                        "/partners/" + organisation.id() + "/details",
                        "organisation");
    }

    @GetMapping("/partners/{id}")
    String organisation(@PathVariable UUID id, Model model) {
        var organisation = records.get(id);
        model.addAttribute("o", organisation);
        model.addAttribute("facts", records.facts(facts, organisation.name(), pages.today()));
        model.addAttribute("assessments", assurance.assessments(id));
        model.addAttribute("checks", assurance.checks(id));
        model.addAttribute("today", pages.today());
        model.addAttribute("writer", pages.writer());
        model.addAttribute("changes", records.history(id));
        return "partners/organisation";
    }

    @GetMapping("/partners/{id}/details")
    String detailsPage(@PathVariable UUID id, Model model) {
        var organisation = records.get(id);
        var form = new OrganisationForm();
        form.setName(organisation.name());
        form.setType(organisation.type());
        form.setSector(organisation.sector());
        form.setSpocName(organisation.spocName());
        form.setSpocEmail(organisation.spocEmail());
        form.setSpocPhone(organisation.spocPhone());
        form.setVersion(organisation.version());
        model.addAttribute("form", form);
        return organisationQuestion(organisation, model);
    }

    @PostMapping("/partners/{id}/details")
    String update(
            @PathVariable UUID id,
            @ModelAttribute("form") OrganisationForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (FormErrors.attempt(
                result,
                () -> records.update(
                        id,
                        form.getVersion() == null ? 0 : form.getVersion(),
                        FormValues.text(form.getName()),
                        form.getType(),
                        FormValues.text(form.getSector()),
                        FormValues.text(form.getSpocName()),
                        FormValues.text(form.getSpocEmail()),
                        FormValues.text(form.getSpocPhone())))) {
            redirect.addFlashAttribute("success", "partners.organisation.changed");
            return "redirect:/partners/" + id;
        }
        return organisationQuestion(records.get(id), model);
    }

    @GetMapping("/partners/{id}/contacts/new")
    String newContact(@PathVariable UUID id, Model model) {
        model.addAttribute("form", new ContactForm());
        return contactQuestion(records.get(id), model);
    }

    @PostMapping("/partners/{id}/contacts")
    String contact(
            @PathVariable UUID id,
            @ModelAttribute("form") ContactForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (FormErrors.attempt(
                result,
                () -> records.addContact(
                        id,
                        FormValues.text(form.getContactName()),
                        FormValues.text(form.getRole()),
                        FormValues.text(form.getEmail()),
                        FormValues.text(form.getPhone())))) {
            redirect.addFlashAttribute("success", "partners.contact.added");
            return "redirect:/partners/" + id;
        }
        return contactQuestion(records.get(id), model);
    }

    private String contactQuestion(PartnerRecords.Organisation organisation, Model model) {
        return pages.question(
                model,
                "partners.contact.add",
                organisation.name(),
                "/partners/" + organisation.id(),
                "/partners/" + organisation.id() + "/contacts",
                "contact");
    }

    @PostMapping("/partners/{id}/contacts/{contact}/remove")
    String removeContact(@PathVariable UUID id, @PathVariable UUID contact, RedirectAttributes redirect) {
        records.removeContact(id, contact);
        redirect.addFlashAttribute("success", "partners.contact.removed");
        return "redirect:/partners/" + id;
    }

    @GetMapping("/partners/{id}/engagements/new")
    String newEngagement(@PathVariable UUID id, Model model) {
        var form = new EngagementForm();
        form.happenedOn(pages.today());
        model.addAttribute("form", form);
        return engagementQuestion(records.get(id), model);
    }

    @PostMapping("/partners/{id}/engagements")
    String engagement(
            @PathVariable UUID id,
            @ModelAttribute("form") EngagementForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var on = PartnersPages.day(result, "happenedOn", form.happenedOn());
        if (FormErrors.attempt(
                result,
                () -> records.logEngagement(
                        id,
                        on,
                        form.getKind(),
                        FormValues.text(form.getLedBy()),
                        FormValues.text(form.getSummary())))) {
            redirect.addFlashAttribute("success", "partners.engagement.logged");
            return "redirect:/partners/" + id;
        }
        return engagementQuestion(records.get(id), model);
    }

    private String engagementQuestion(PartnerRecords.Organisation organisation, Model model) {
        model.addAttribute("kinds", PartnerRecords.EngagementKind.values());
        return pages.question(
                model,
                "partners.engagement.log",
                organisation.name(),
                "/partners/" + organisation.id(),
                "/partners/" + organisation.id() + "/engagements",
                "engagement");
    }

    @GetMapping("/partners/{id}/assurance/new")
    String newAssurance(@PathVariable UUID id, Model model) {
        model.addAttribute("form", new AssuranceForm());
        return assuranceQuestion(records.get(id), model);
    }

    @PostMapping("/partners/{id}/assurance")
    String addAssurance(
            @PathVariable UUID id,
            @ModelAttribute("form") AssuranceForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var on = PartnersPages.day(result, "assessedOn", form.assessedOn());
        if (FormErrors.attempt(
                result,
                () -> assurance.addAssessment(
                        id,
                        form.getKind(),
                        FormValues.text(form.getTitle()),
                        on,
                        FormValues.text(form.getResult()),
                        FormValues.text(form.getFollowUp())))) {
            redirect.addFlashAttribute("success", "partners.assurance.added");
            return "redirect:/partners/" + id;
        }
        return assuranceQuestion(records.get(id), model);
    }

    private String assuranceQuestion(PartnerRecords.Organisation organisation, Model model) {
        model.addAttribute("assuranceKinds", Assurance.AssuranceKind.values());
        return pages.question(
                model,
                "partners.assurance.add",
                organisation.name(),
                "/partners/" + organisation.id(),
                "/partners/" + organisation.id() + "/assurance",
                "assurance");
    }

    @GetMapping("/partners/{id}/checks/new")
    String newCheck(@PathVariable UUID id, Model model) {
        var form = new CheckForm();
        form.checkedOn(pages.today());
        model.addAttribute("form", form);
        return checkQuestion(records.get(id), model);
    }

    @PostMapping("/partners/{id}/checks")
    String addCheck(
            @PathVariable UUID id,
            @ModelAttribute("form") CheckForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var checked = PartnersPages.day(result, "checkedOn", form.checkedOn());
        var next = PartnersPages.day(result, "nextCheckOn", form.nextCheckOn());
        if (FormErrors.attempt(
                result,
                () -> assurance.addCheck(
                        id,
                        form.getPurpose(),
                        FormValues.text(form.getChecksDone()),
                        FormValues.text(form.getSources()),
                        form.getOutcome(),
                        FormValues.text(form.getReviewer()),
                        checked,
                        next))) {
            redirect.addFlashAttribute("success", "partners.check.added");
            return "redirect:/partners/" + id;
        }
        return checkQuestion(records.get(id), model);
    }

    private String checkQuestion(PartnerRecords.Organisation organisation, Model model) {
        model.addAttribute("purposes", Assurance.CheckPurpose.values());
        model.addAttribute("outcomes", Assurance.CheckOutcome.values());
        return pages.question(
                model,
                "partners.check.add",
                organisation.name(),
                "/partners/" + organisation.id(),
                "/partners/" + organisation.id() + "/checks",
                "check");
    }
}
