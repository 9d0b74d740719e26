package org.preventduty.partners;

import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.shared.Paged;
import org.preventduty.shared.web.FormErrors;
import org.preventduty.shared.web.FormValues;
import org.preventduty.shared.web.Pagination;
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
 * The council's own assurance: venue hire checks, commissioned services with the Prevent clause, grants, and the
 * correction of a partner's due diligence, each with its question pages.
 */
@Controller
class AssuranceController {

    private final Assurance assurance;
    private final PartnerRecords records;
    private final PartnersPages pages;

    AssuranceController(Assurance assurance, PartnerRecords records, PartnersPages pages) {
        this.assurance = assurance;
        this.records = records;
        this.pages = pages;
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
                                .queryParamIfPresent("decision", Optional.ofNullable(chosen))));
        model.addAttribute("outcomes", Assurance.VenueOutcome.values());
        model.addAttribute("writer", pages.writer());
        return "partners/venues";
    }

    @GetMapping("/partners/venues/new")
    String newVenueCheck(Model model) {
        var form = new VenueCheckForm();
        form.decidedOn(pages.today());
        model.addAttribute("form", form);
        return venueQuestion(null, model);
    }

    @PostMapping("/partners/venues")
    String addVenueCheck(
            @ModelAttribute("form") VenueCheckForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var check = venueCheck(form, result);
        if (FormErrors.attempt(result, () -> assurance.addVenueCheck(check))) {
            redirect.addFlashAttribute("success", "partners.venue.added");
            return "redirect:/partners/venues";
        }
        return venueQuestion(null, model);
    }

    @GetMapping("/partners/venues/{id}")
    String venueCheck(@PathVariable UUID id, Model model) {
        model.addAttribute("c", assurance.venueCheck(id));
        model.addAttribute("changes", assurance.venueHistory(id));
        model.addAttribute("writer", pages.writer());
        return "partners/venue";
    }

    @GetMapping("/partners/venues/{id}/change")
    String changeVenueCheckPage(@PathVariable UUID id, Model model) {
        var check = assurance.venueCheck(id);
        var form = new VenueCheckForm();
        form.setVenue(check.venue());
        form.setBookedBy(check.bookedBy());
        form.setOnBehalfOf(check.onBehalfOf());
        form.setEvent(check.event());
        form.eventOn(check.eventOn());
        form.setSpeakers(check.speakers());
        form.setChecksDone(check.checksDone());
        form.setOutcome(check.outcome());
        form.setDecidedBy(check.decidedBy());
        form.decidedOn(check.decidedOn());
        form.setVersion(check.version());
        model.addAttribute("form", form);
        return venueQuestion(id, model);
    }

    @PostMapping("/partners/venues/{id}")
    String updateVenueCheck(
            @PathVariable UUID id,
            @ModelAttribute("form") VenueCheckForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var check = venueCheck(form, result);
        if (FormErrors.attempt(result, () -> assurance.updateVenueCheck(id, version(form.getVersion()), check))) {
            redirect.addFlashAttribute("success", "partners.venue.changed");
            return "redirect:/partners/venues/" + id;
        }
        return venueQuestion(id, model);
    }

    /** The check as the form gives it; the module names each answer and day that is missing. */
    private static Assurance.VenueCheck venueCheck(VenueCheckForm form, BindingResult result) {
        var eventOn = PartnersPages.day(result, "eventOn", form.eventOn());
        var decidedOn = PartnersPages.day(result, "decidedOn", form.decidedOn());
        return new Assurance.VenueCheck(
                text(form.getVenue()),
                text(form.getBookedBy()),
                FormValues.text(form.getOnBehalfOf()),
                text(form.getEvent()),
                eventOn,
                FormValues.text(form.getSpeakers()),
                text(form.getChecksDone()),
                form.getOutcome(),
                text(form.getDecidedBy()),
                decidedOn,
                null,
                0);
    }

    private static String text(@Nullable String value) {
        var text = FormValues.text(value);
        return text == null ? "" : text;
    }

    private String venueQuestion(@Nullable UUID id, Model model) {
        model.addAttribute("outcomes", Assurance.VenueOutcome.values());
        model.addAttribute("adding", id == null);
        return id == null
                ? pages.question(
                        model, "partners.venue.add", null, "/partners/venues", "/partners/venues", "venueCheck")
                : pages.question(
                        model,
                        "partners.venue.change",
                        null,
                        "/partners/venues/" + id,
                        "/partners/venues/" + id,
                        "venueCheck");
    }

    @GetMapping("/partners/funding")
    String funding(
            @RequestParam(defaultValue = "0") int contractsPage,
            @RequestParam(defaultValue = "0") int grantsPage,
            Model model) {
        var contracts = Paged.slice(assurance.contracts(), contractsPage, PartnerRecords.PAGE_SIZE);
        var grants = Paged.slice(assurance.grants(), grantsPage, PartnerRecords.PAGE_SIZE);
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
        model.addAttribute("writer", pages.writer());
        return "partners/funding";
    }

    @GetMapping("/partners/contracts/new")
    String newContract(Model model) {
        model.addAttribute("form", new ContractForm());
        return contractQuestion(null, model);
    }

    @PostMapping("/partners/contracts")
    String addContract(
            @ModelAttribute("form") ContractForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        var starts = PartnersPages.day(result, "startsOn", form.startsOn());
        var ends = PartnersPages.day(result, "endsOn", form.endsOn());
        if (FormErrors.attempt(
                result,
                () -> assurance.addContract(
                        FormValues.text(form.getService()),
                        FormValues.text(form.getProvider()),
                        starts,
                        ends,
                        Boolean.TRUE.equals(form.getPreventClause())))) {
            redirect.addFlashAttribute("success", "partners.contract.added");
            return "redirect:/partners/funding";
        }
        return contractQuestion(null, model);
    }

    @GetMapping("/partners/contracts/{id}")
    String contract(@PathVariable UUID id, Model model) {
        model.addAttribute("c", assurance.contract(id));
        model.addAttribute("changes", assurance.contractHistory(id));
        model.addAttribute("writer", pages.writer());
        return "partners/contract";
    }

    @GetMapping("/partners/contracts/{id}/change")
    String changeContractPage(@PathVariable UUID id, Model model) {
        var contract = assurance.contract(id);
        var form = new ContractForm();
        form.setService(contract.service());
        form.setProvider(contract.provider());
        form.startsOn(contract.startsOn());
        form.endsOn(contract.endsOn());
        form.setPreventClause(contract.preventClause());
        form.setVersion(contract.version());
        model.addAttribute("form", form);
        return contractQuestion(contract, model);
    }

    @PostMapping("/partners/contracts/{id}")
    String updateContract(
            @PathVariable UUID id,
            @ModelAttribute("form") ContractForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var starts = PartnersPages.day(result, "startsOn", form.startsOn());
        var ends = PartnersPages.day(result, "endsOn", form.endsOn());
        if (FormErrors.attempt(
                result,
                () -> assurance.updateContract(
                        id,
                        version(form.getVersion()),
                        FormValues.text(form.getService()),
                        FormValues.text(form.getProvider()),
                        starts,
                        ends,
                        Boolean.TRUE.equals(form.getPreventClause())))) {
            redirect.addFlashAttribute("success", "partners.contract.changed");
            return "redirect:/partners/contracts/" + id;
        }
        return contractQuestion(assurance.contract(id), model);
    }

    private String contractQuestion(Assurance.@Nullable Contract contract, Model model) {
        model.addAttribute("adding", contract == null);
        return contract == null
                ? pages.question(
                        model, "partners.contract.add", null, "/partners/funding", "/partners/contracts", "contract")
                : pages.question(
                        model,
                        "partners.contract.change",
                        contract.service(),
                        "/partners/contracts/" + contract.id(),
                        "/partners/contracts/" + contract.id(),
                        "contract");
    }

    @GetMapping("/partners/grants/new")
    String newGrant(Model model) {
        model.addAttribute("form", new GrantForm());
        return grantQuestion(null, model);
    }

    @PostMapping("/partners/grants")
    String addGrant(
            @ModelAttribute("form") GrantForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        var starts = PartnersPages.day(result, "startsOn", form.startsOn());
        var ends = PartnersPages.day(result, "endsOn", form.endsOn());
        if (FormErrors.attempt(
                result,
                () -> assurance.addGrant(
                        FormValues.text(form.getSource()),
                        PartnersPages.pounds(form.getAmount()),
                        starts,
                        ends,
                        FormValues.text(form.getPaysFor())))) {
            redirect.addFlashAttribute("success", "partners.grant.added");
            return "redirect:/partners/funding";
        }
        return grantQuestion(null, model);
    }

    @GetMapping("/partners/grants/{id}")
    String grant(@PathVariable UUID id, Model model) {
        model.addAttribute("g", assurance.grant(id));
        model.addAttribute("changes", assurance.grantHistory(id));
        model.addAttribute("writer", pages.writer());
        return "partners/grant";
    }

    @GetMapping("/partners/grants/{id}/change")
    String changeGrantPage(@PathVariable UUID id, Model model) {
        var grant = assurance.grant(id);
        var form = new GrantForm();
        form.setSource(grant.source());
        form.setAmount(grant.amountPounds().toPlainString());
        form.startsOn(grant.startsOn());
        form.endsOn(grant.endsOn());
        form.setPaysFor(grant.paysFor());
        form.setVersion(grant.version());
        model.addAttribute("form", form);
        return grantQuestion(grant, model);
    }

    @PostMapping("/partners/grants/{id}")
    String updateGrant(
            @PathVariable UUID id,
            @ModelAttribute("form") GrantForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var starts = PartnersPages.day(result, "startsOn", form.startsOn());
        var ends = PartnersPages.day(result, "endsOn", form.endsOn());
        if (FormErrors.attempt(
                result,
                () -> assurance.updateGrant(
                        id,
                        version(form.getVersion()),
                        FormValues.text(form.getSource()),
                        PartnersPages.pounds(form.getAmount()),
                        starts,
                        ends,
                        FormValues.text(form.getPaysFor())))) {
            redirect.addFlashAttribute("success", "partners.grant.changed");
            return "redirect:/partners/grants/" + id;
        }
        return grantQuestion(assurance.grant(id), model);
    }

    private String grantQuestion(Assurance.@Nullable Grant grant, Model model) {
        model.addAttribute("adding", grant == null);
        return grant == null
                ? pages.question(model, "partners.grant.add", null, "/partners/funding", "/partners/grants", "grant")
                : pages.question(
                        model,
                        "partners.grant.change",
                        grant.source(),
                        "/partners/grants/" + grant.id(),
                        "/partners/grants/" + grant.id(),
                        "grant");
    }

    @GetMapping("/partners/checks/{id}")
    String check(@PathVariable UUID id, Model model) {
        var check = assurance.check(id);
        model.addAttribute("c", check);
        model.addAttribute("organisation", records.get(check.organisationId()));
        model.addAttribute("changes", assurance.checkHistory(id));
        model.addAttribute("today", pages.today());
        model.addAttribute("writer", pages.writer());
        return "partners/check";
    }

    @GetMapping("/partners/checks/{id}/change")
    String changeCheckPage(@PathVariable UUID id, Model model) {
        var check = assurance.check(id);
        var form = new CheckForm();
        form.setPurpose(check.purpose());
        form.setChecksDone(check.checksDone());
        form.setSources(check.sources());
        form.setOutcome(check.outcome());
        form.setReviewer(check.reviewer());
        form.checkedOn(check.checkedOn());
        form.nextCheckOn(check.nextCheckOn());
        form.setVersion(check.version());
        model.addAttribute("form", form);
        return checkQuestion(check, model);
    }

    @PostMapping("/partners/checks/{id}")
    String updateCheck(
            @PathVariable UUID id,
            @ModelAttribute("form") CheckForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var checked = PartnersPages.day(result, "checkedOn", form.checkedOn());
        var next = PartnersPages.day(result, "nextCheckOn", form.nextCheckOn());
        if (FormErrors.attempt(
                result,
                () -> assurance.updateCheck(
                        id,
                        version(form.getVersion()),
                        form.getPurpose(),
                        FormValues.text(form.getChecksDone()),
                        FormValues.text(form.getSources()),
                        form.getOutcome(),
                        FormValues.text(form.getReviewer()),
                        checked,
                        next))) {
            redirect.addFlashAttribute("success", "partners.check.changed");
            return "redirect:/partners/checks/" + id;
        }
        return checkQuestion(assurance.check(id), model);
    }

    private String checkQuestion(Assurance.Check check, Model model) {
        model.addAttribute("purposes", Assurance.CheckPurpose.values());
        model.addAttribute("outcomes", Assurance.CheckOutcome.values());
        return pages.question(
                model,
                "partners.check.change",
                records.get(check.organisationId()).name(),
                "/partners/checks/" + check.id(),
                "/partners/checks/" + check.id(),
                "check");
    }

    private static int version(@Nullable Integer version) {
        return version == null ? 0 : version;
    }
}
