package org.preventduty.partners;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.audit.AuditRecord;
import org.preventduty.audit.AuditTrail;
import org.preventduty.audit.ChangeHistory;
import org.preventduty.identity.CurrentActor;
import org.preventduty.shared.InvalidInputException;
import org.preventduty.shared.InvalidInputException.Problem;
import org.preventduty.shared.NotFoundException;
import org.preventduty.shared.RuleViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assurance about partners and the council's own dealings: institutions' safeguarding self-assessments and awards,
 * due diligence on organisations the council funds or works with, checks on bookings of council venues, contracts
 * with or without the Prevent duty clause, and the grants that fund Prevent.
 */
@Service
class Assurance {

    enum AssuranceKind {
        SELF_ASSESSMENT,
        AWARD
    }

    enum CheckPurpose {
        FUNDING,
        PARTNERSHIP
    }

    enum CheckOutcome {
        CLEAR,
        CONCERNS,
        DECLINED
    }

    enum VenueOutcome {
        ALLOWED,
        ALLOWED_WITH_CONDITIONS,
        REFUSED
    }

    record Assessment(
            AssuranceKind kind,
            String title,
            LocalDate assessedOn,
            @Nullable String result,
            @Nullable String followUp) {}

    record Check(
            UUID id,
            UUID organisationId,
            CheckPurpose purpose,
            String checksDone,
            @Nullable String sources,
            CheckOutcome outcome,
            String reviewer,
            LocalDate checkedOn,
            @Nullable LocalDate nextCheckOn,
            int version) {

        /** The fields as the change history keeps them. */
        Map<String, @Nullable String> fields() {
            var fields = new LinkedHashMap<String, @Nullable String>();
            fields.put("partners.check.purpose", purpose.name());
            fields.put("partners.check.doneLabel", checksDone);
            fields.put("partners.check.sourcesLabel", sources);
            fields.put("partners.check.outcome", outcome.name());
            fields.put("partners.check.reviewerLabel", reviewer);
            fields.put("partners.check.day", checkedOn.toString());
            fields.put("partners.check.nextLabel", nextCheckOn == null ? null : nextCheckOn.toString());
            return fields;
        }

        public boolean due(LocalDate today) {
            return nextCheckOn != null && !nextCheckOn.isAfter(today);
        }
    }

    record VenueCheck(
            String venue,
            String bookedBy,
            @Nullable String onBehalfOf,
            String event,
            LocalDate eventOn,
            @Nullable String speakers,
            String checksDone,
            VenueOutcome outcome,
            String decidedBy,
            LocalDate decidedOn,
            @Nullable UUID id,
            int version) {

        /** The fields as the change history keeps them. */
        Map<String, @Nullable String> fields() {
            var fields = new LinkedHashMap<String, @Nullable String>();
            fields.put("partners.venue.venueLabel", venue);
            fields.put("partners.venue.bookedByLabel", bookedBy);
            fields.put("partners.venue.onBehalfOfLabel", onBehalfOf);
            fields.put("partners.venue.eventLabel", event);
            fields.put("partners.venue.eventOnLabel", eventOn.toString());
            fields.put("partners.venue.speakersLabel", speakers);
            fields.put("partners.venue.checksDoneLabel", checksDone);
            fields.put("partners.venue.outcome", outcome.name());
            fields.put("partners.venue.decidedByLabel", decidedBy);
            fields.put("partners.venue.decidedOnLabel", decidedOn.toString());
            return fields;
        }
    }

    record Contract(
            UUID id,
            String service,
            String provider,
            LocalDate startsOn,
            @Nullable LocalDate endsOn,
            boolean preventClause,
            int version) {

        /** The fields as the change history keeps them. */
        Map<String, @Nullable String> fields() {
            var fields = new LinkedHashMap<String, @Nullable String>();
            fields.put("partners.contract.serviceLabel", service);
            fields.put("partners.contract.providerLabel", provider);
            fields.put("partners.project.startsOn", startsOn.toString());
            fields.put("partners.project.endsOn", endsOn == null ? null : endsOn.toString());
            fields.put("partners.contract.clause", String.valueOf(preventClause));
            return fields;
        }
    }

    record Grant(
            UUID id,
            String source,
            long amountPence,
            LocalDate startsOn,
            @Nullable LocalDate endsOn,
            String paysFor,
            int version) {

        public java.math.BigDecimal amountPounds() {
            return java.math.BigDecimal.valueOf(amountPence, 2);
        }

        /** The fields as the change history keeps them. */
        Map<String, @Nullable String> fields() {
            var fields = new LinkedHashMap<String, @Nullable String>();
            fields.put("partners.grant.sourceLabel", source);
            fields.put("partners.project.amount", "£" + amountPounds().toPlainString());
            fields.put("partners.project.startsOn", startsOn.toString());
            fields.put("partners.project.endsOn", endsOn == null ? null : endsOn.toString());
            fields.put("partners.grant.paysForLabel", paysFor);
            return fields;
        }
    }

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final JdbcClient jdbc;
    private final CurrentActor actors;
    private final AuditTrail audit;
    private final Clock clock;
    private final ChangeHistory history;

    static final ChangeHistory.Kind CHECK =
            new ChangeHistory.Kind("PARTNER_CHECK", "PARTNER_DUE_DILIGENCE_CHANGED", "partners.check.stale");
    static final ChangeHistory.Kind CONTRACT =
            new ChangeHistory.Kind("PARTNER_CONTRACT", "CONTRACT_CHANGED", "partners.contract.stale");
    static final ChangeHistory.Kind VENUE =
            new ChangeHistory.Kind("PARTNER_VENUE_CHECK", "VENUE_CHECK_CHANGED", "partners.venue.stale");
    static final ChangeHistory.Kind GRANT =
            new ChangeHistory.Kind("PARTNER_GRANT", "GRANT_CHANGED", "partners.grant.stale");

    Assurance(JdbcClient jdbc, CurrentActor actors, AuditTrail audit, Clock clock, ChangeHistory history) {
        this.history = history;
        this.jdbc = jdbc;
        this.actors = actors;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize(PartnerRecords.WRITE)
    void addAssessment(
            UUID organisation,
            @Nullable AssuranceKind kind,
            @Nullable String title,
            @Nullable LocalDate on,
            @Nullable String result,
            @Nullable String followUp) {
        var tenant = requireOrganisation(organisation);
        var problems = new ArrayList<Problem>();
        if (kind == null) {
            problems.add(new Problem("kind", "partners.assurance.kind.invalid", "choose"));
        }
        var name = PartnerRecords.text(title, 300, "title", "partners.assurance.title", true, problems);
        day(on, "assessedOn", "partners.assurance.day.invalid", problems);
        var said = PartnerRecords.text(result, 500, "result", "partners.assurance.result", false, problems);
        var next = PartnerRecords.text(followUp, 2000, "followUp", "partners.assurance.followUp", false, problems);
        fail(problems);
        jdbc.sql("insert into partner_assurance (id, tenant_id, organisation_id, kind, title, assessed_on, result,"
                        + " follow_up, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), tenant, organisation, kind.name(), name, on, said, next, by(), now())
                .update();
        audit.record(AuditRecord.of("PARTNER_ASSURANCE_RECORDED", "PARTNER_ORGANISATION", organisation));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(PartnerRecords.READ)
    List<Assessment> assessments(UUID organisation) {
        return jdbc.sql("select kind, title, assessed_on, result, follow_up from partner_assurance where tenant_id = ?"
                        + " and organisation_id = ? order by assessed_on desc")
                .params(actors.requireTenant().value(), organisation)
                .query((rs, n) -> new Assessment(
                        AssuranceKind.valueOf(rs.getString(1)),
                        rs.getString(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getString(4),
                        rs.getString(5)))
                .list();
    }

    @Transactional
    @PreAuthorize(PartnerRecords.WRITE)
    void addCheck(
            UUID organisation,
            @Nullable CheckPurpose purpose,
            @Nullable String checksDone,
            @Nullable String sources,
            @Nullable CheckOutcome outcome,
            @Nullable String reviewer,
            @Nullable LocalDate checkedOn,
            @Nullable LocalDate nextCheckOn) {
        var tenant = requireOrganisation(organisation);
        var check = checked(
                UUID.randomUUID(),
                organisation,
                purpose,
                checksDone,
                sources,
                outcome,
                reviewer,
                checkedOn,
                nextCheckOn,
                0);
        jdbc.sql("insert into partner_check (id, tenant_id, organisation_id, purpose, checks_done, sources, outcome,"
                        + " reviewer, checked_on, next_check_on, recorded_by, recorded_at, version)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
                .params(
                        check.id(),
                        tenant,
                        organisation,
                        check.purpose().name(),
                        check.checksDone(),
                        check.sources(),
                        check.outcome().name(),
                        check.reviewer(),
                        check.checkedOn(),
                        check.nextCheckOn(),
                        by(),
                        now())
                .update();
        history.record(CHECK, check.id(), Map.of(), check.fields());
        audit.record(AuditRecord.of("PARTNER_DUE_DILIGENCE", "PARTNER_ORGANISATION", organisation)
                .withDetail(check.outcome().name()));
    }

    /**
     * Corrects a due-diligence check, keeping what it was in its history.
     *
     * @param version the version the change was made from; when someone has changed it since, nothing changes.
     * @throws InvalidInputException naming each field that is not valid.
     * @throws RuleViolationException (409) when the check has changed since.
     */
    @Transactional
    @PreAuthorize(PartnerRecords.WRITE)
    void updateCheck(
            UUID id,
            int version,
            @Nullable CheckPurpose purpose,
            @Nullable String checksDone,
            @Nullable String sources,
            @Nullable CheckOutcome outcome,
            @Nullable String reviewer,
            @Nullable LocalDate checkedOn,
            @Nullable LocalDate nextCheckOn) {
        var before = check(id);
        var after = checked(
                id,
                before.organisationId(),
                purpose,
                checksDone,
                sources,
                outcome,
                reviewer,
                checkedOn,
                nextCheckOn,
                version);
        history.change(
                CHECK,
                id,
                before.fields(),
                after.fields(),
                () -> jdbc.sql("update partner_check set purpose = ?, checks_done = ?, sources = ?, outcome = ?,"
                                + " reviewer = ?, checked_on = ?, next_check_on = ?, version = version + 1"
                                + " where tenant_id = ? and id = ? and version = ?")
                        .params(
                                after.purpose().name(),
                                after.checksDone(),
                                after.sources(),
                                after.outcome().name(),
                                after.reviewer(),
                                after.checkedOn(),
                                after.nextCheckOn(),
                                actors.requireTenant().value(),
                                id,
                                version)
                        .update());
    }

    /** A due-diligence check of the current council. */
    @Transactional(readOnly = true)
    @PreAuthorize(PartnerRecords.READ)
    Check check(UUID id) {
        return jdbc.sql(CHECK_COLUMNS + " where tenant_id = ? and id = ?")
                .params(actors.requireTenant().value(), id)
                .query(Assurance::check)
                .optional()
                .orElseThrow(() -> new NotFoundException("Check"));
    }

    /** The changes made to a due-diligence check, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(PartnerRecords.READ)
    List<ChangeHistory.Change> checkHistory(UUID id) {
        check(id);
        return history.of(CHECK, id);
    }

    private Check checked(
            UUID id,
            UUID organisation,
            @Nullable CheckPurpose purpose,
            @Nullable String checksDone,
            @Nullable String sources,
            @Nullable CheckOutcome outcome,
            @Nullable String reviewer,
            @Nullable LocalDate checkedOn,
            @Nullable LocalDate nextCheckOn,
            int version) {
        var problems = new ArrayList<Problem>();
        if (purpose == null) {
            problems.add(new Problem("purpose", "partners.check.purpose.invalid", "choose"));
        }
        var done = PartnerRecords.text(checksDone, 2000, "checksDone", "partners.check.done", true, problems);
        var where = PartnerRecords.text(sources, 2000, "sources", "partners.check.sources", false, problems);
        if (outcome == null) {
            problems.add(new Problem("outcome", "partners.check.outcome.invalid", "choose"));
        }
        var who = PartnerRecords.text(reviewer, 200, "reviewer", "partners.check.reviewer", true, problems);
        day(checkedOn, "checkedOn", "partners.check.day.invalid", problems);
        if (checkedOn != null && nextCheckOn != null && !nextCheckOn.isAfter(checkedOn)) {
            problems.add(new Problem("nextCheckOn", "partners.check.next.invalid", "after the check"));
        }
        fail(problems);
        if (purpose == null || done == null || outcome == null || who == null || checkedOn == null) {
            throw new InvalidInputException(problems);
        }
        return new Check(id, organisation, purpose, done, where, outcome, who, checkedOn, nextCheckOn, version);
    }

    private static final String CHECK_COLUMNS = "select id, organisation_id, purpose, checks_done, sources, outcome,"
            + " reviewer, checked_on, next_check_on, version from partner_check";

    private static Check check(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Check(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                CheckPurpose.valueOf(rs.getString(3)),
                rs.getString(4),
                rs.getString(5),
                CheckOutcome.valueOf(rs.getString(6)),
                rs.getString(7),
                rs.getObject(8, LocalDate.class),
                rs.getObject(9, LocalDate.class),
                rs.getInt(10));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(PartnerRecords.READ)
    List<Check> checks(UUID organisation) {
        return jdbc.sql(CHECK_COLUMNS + " where tenant_id = ? and organisation_id = ? order by checked_on desc, id")
                .params(actors.requireTenant().value(), organisation)
                .query(Assurance::check)
                .list();
    }

    @Transactional
    @PreAuthorize(PartnerRecords.WRITE)
    void addVenueCheck(VenueCheck input) {
        var actor = actors.require();
        var check = checkedVenue(UUID.randomUUID(), input, 0);
        jdbc.sql("insert into partner_venue_check (id, tenant_id, venue, booked_by, on_behalf_of, event, event_on,"
                        + " speakers, checks_done, outcome, decided_by, decided_on, recorded_by, recorded_at, version)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
                .params(
                        check.id(),
                        actor.requireTenant().value(),
                        check.venue(),
                        check.bookedBy(),
                        check.onBehalfOf(),
                        check.event(),
                        check.eventOn(),
                        check.speakers(),
                        check.checksDone(),
                        check.outcome().name(),
                        check.decidedBy(),
                        check.decidedOn(),
                        actor.id(),
                        now())
                .update();
        history.record(VENUE, Objects.requireNonNull(check.id()), Map.of(), check.fields());
        audit.record(AuditRecord.of("VENUE_CHECK_RECORDED", "PARTNER_VENUE_CHECK", check.id())
                .withDetail(check.outcome().name()));
    }

    /**
     * Corrects a venue hire check (a changed speaker, a decision revisited), keeping what it was in its history.
     *
     * @param version the version the change was made from; when someone has changed it since, nothing changes.
     * @throws InvalidInputException naming each field that is not valid.
     * @throws RuleViolationException (409) when the check has changed since.
     */
    @Transactional
    @PreAuthorize(PartnerRecords.WRITE)
    void updateVenueCheck(UUID id, int version, VenueCheck input) {
        var before = venueCheck(id);
        var after = checkedVenue(id, input, version);
        history.change(
                VENUE,
                id,
                before.fields(),
                after.fields(),
                () -> jdbc.sql("update partner_venue_check set venue = ?, booked_by = ?, on_behalf_of = ?, event = ?,"
                                + " event_on = ?, speakers = ?, checks_done = ?, outcome = ?, decided_by = ?, decided_on = ?,"
                                + " version = version + 1 where tenant_id = ? and id = ? and version = ?")
                        .params(
                                after.venue(),
                                after.bookedBy(),
                                after.onBehalfOf(),
                                after.event(),
                                after.eventOn(),
                                after.speakers(),
                                after.checksDone(),
                                after.outcome().name(),
                                after.decidedBy(),
                                after.decidedOn(),
                                actors.requireTenant().value(),
                                id,
                                version)
                        .update());
    }

    /** A venue hire check of the current council. */
    @Transactional(readOnly = true)
    @PreAuthorize(PartnerRecords.READ)
    VenueCheck venueCheck(UUID id) {
        return jdbc.sql(VENUE_COLUMNS + " where tenant_id = ? and id = ?")
                .params(actors.requireTenant().value(), id)
                .query(Assurance::venueCheck)
                .optional()
                .orElseThrow(() -> new NotFoundException("Venue check"));
    }

    /** The changes made to a venue hire check, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(PartnerRecords.READ)
    List<ChangeHistory.Change> venueHistory(UUID id) {
        venueCheck(id);
        return history.of(VENUE, id);
    }

    private VenueCheck checkedVenue(UUID id, VenueCheck input, int version) {
        var problems = new ArrayList<Problem>();
        var venue = PartnerRecords.text(input.venue(), 200, "venue", "partners.venue.venue", true, problems);
        var booker = PartnerRecords.text(input.bookedBy(), 200, "bookedBy", "partners.venue.bookedBy", true, problems);
        var behalf = PartnerRecords.text(
                input.onBehalfOf(), 200, "onBehalfOf", "partners.venue.onBehalfOf", false, problems);
        var event = PartnerRecords.text(input.event(), 500, "event", "partners.venue.event", true, problems);
        if (input.eventOn() == null) {
            problems.add(new Problem("eventOn", "partners.venue.eventOn.invalid", "enter the day"));
        }
        var speakers =
                PartnerRecords.text(input.speakers(), 1000, "speakers", "partners.venue.speakers", false, problems);
        var checks =
                PartnerRecords.text(input.checksDone(), 2000, "checksDone", "partners.venue.checks", true, problems);
        if (input.outcome() == null) {
            problems.add(new Problem("outcome", "partners.venue.outcome.invalid", "choose"));
        }
        var decider =
                PartnerRecords.text(input.decidedBy(), 200, "decidedBy", "partners.venue.decidedBy", true, problems);
        day(input.decidedOn(), "decidedOn", "partners.venue.decidedOn.invalid", problems);
        fail(problems);
        if (venue == null || booker == null || event == null || checks == null || decider == null) {
            throw new InvalidInputException(problems);
        }
        return new VenueCheck(
                venue,
                booker,
                behalf,
                event,
                input.eventOn(),
                speakers,
                checks,
                input.outcome(),
                decider,
                input.decidedOn(),
                id,
                version);
    }

    private static final String VENUE_COLUMNS = "select venue, booked_by, on_behalf_of, event, event_on, speakers,"
            + " checks_done, outcome, decided_by, decided_on, id, version from partner_venue_check";

    private static VenueCheck venueCheck(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new VenueCheck(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getObject(5, LocalDate.class),
                rs.getString(6),
                rs.getString(7),
                VenueOutcome.valueOf(rs.getString(8)),
                rs.getString(9),
                rs.getObject(10, LocalDate.class),
                rs.getObject(11, UUID.class),
                rs.getInt(12));
    }

    /** Every venue hire check, the latest event first: for the download. */
    @Transactional(readOnly = true)
    @PreAuthorize(PartnerRecords.READ)
    List<VenueCheck> venueChecks() {
        return jdbc.sql(VENUE_COLUMNS + " where tenant_id = ? order by event_on desc, venue, id")
                .param(actors.requireTenant().value())
                .query(Assurance::venueCheck)
                .list();
    }

    /** The venue hire checks with a decision, or all, the latest event first, a page (from 0) at a time. */
    @Transactional(readOnly = true)
    @PreAuthorize(PartnerRecords.READ)
    org.preventduty.shared.Paged<VenueCheck> venueChecks(@Nullable VenueOutcome decision, int page) {
        var at = Math.max(0, page);
        var size = PartnerRecords.PAGE_SIZE;
        var params = new ArrayList<Object>(List.of(actors.requireTenant().value()));
        var where = " where tenant_id = ?";
        if (decision != null) {
            where += " and outcome = ?";
            params.add(decision.name());
        }
        var total = jdbc.sql("select count(*) from partner_venue_check" + where)
                .params(params)
                .query(Long.class)
                .single();
        var items = jdbc.sql(VENUE_COLUMNS + where + " order by event_on desc, venue, id limit " + size + " offset "
                        + org.preventduty.shared.Paged.offset(at, size))
                .params(params)
                .query(Assurance::venueCheck)
                .list();
        return new org.preventduty.shared.Paged<>(items, at, size, total);
    }

    @Transactional
    @PreAuthorize(PartnerRecords.WRITE)
    void addContract(
            @Nullable String service,
            @Nullable String provider,
            @Nullable LocalDate startsOn,
            @Nullable LocalDate endsOn,
            boolean preventClause) {
        var actor = actors.require();
        var contract = contract(UUID.randomUUID(), service, provider, startsOn, endsOn, preventClause, 0);
        jdbc.sql("insert into partner_contract (id, tenant_id, service, provider, starts_on, ends_on, prevent_clause,"
                        + " recorded_by, recorded_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
                .params(
                        contract.id(),
                        actor.requireTenant().value(),
                        contract.service(),
                        contract.provider(),
                        contract.startsOn(),
                        contract.endsOn(),
                        contract.preventClause(),
                        actor.id(),
                        now())
                .update();
        history.record(CONTRACT, contract.id(), Map.of(), contract.fields());
        audit.record(AuditRecord.of("CONTRACT_RECORDED", "PARTNER_CONTRACT", contract.id()));
    }

    /**
     * Changes a contract (a variation adding the Prevent duty clause, a new end), keeping what it was in its history.
     *
     * @param version the version the change was made from; when someone has changed it since, nothing changes.
     * @throws InvalidInputException naming each field that is not valid.
     * @throws RuleViolationException (409) when the contract has changed since.
     */
    @Transactional
    @PreAuthorize(PartnerRecords.WRITE)
    void updateContract(
            UUID id,
            int version,
            @Nullable String service,
            @Nullable String provider,
            @Nullable LocalDate startsOn,
            @Nullable LocalDate endsOn,
            boolean preventClause) {
        var before = contract(id);
        var after = contract(id, service, provider, startsOn, endsOn, preventClause, version);
        history.change(
                CONTRACT,
                id,
                before.fields(),
                after.fields(),
                () -> jdbc.sql(
                                "update partner_contract set service = ?, provider = ?, starts_on = ?, ends_on = ?,"
                                        + " prevent_clause = ?, version = version + 1 where tenant_id = ? and id = ? and version = ?")
                        .params(
                                after.service(),
                                after.provider(),
                                after.startsOn(),
                                after.endsOn(),
                                after.preventClause(),
                                actors.requireTenant().value(),
                                id,
                                version)
                        .update());
    }

    /** A contract of the current council. */
    @Transactional(readOnly = true)
    @PreAuthorize(PartnerRecords.READ)
    Contract contract(UUID id) {
        return jdbc.sql(CONTRACT_COLUMNS + " where tenant_id = ? and id = ?")
                .params(actors.requireTenant().value(), id)
                .query(Assurance::contract)
                .optional()
                .orElseThrow(() -> new NotFoundException("Contract"));
    }

    /** The changes made to a contract, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(PartnerRecords.READ)
    List<ChangeHistory.Change> contractHistory(UUID id) {
        contract(id);
        return history.of(CONTRACT, id);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(PartnerRecords.READ)
    List<Contract> contracts() {
        return jdbc.sql(CONTRACT_COLUMNS + " where tenant_id = ? order by prevent_clause, starts_on desc, id")
                .param(actors.requireTenant().value())
                .query(Assurance::contract)
                .list();
    }

    private static final String CONTRACT_COLUMNS =
            "select id, service, provider, starts_on, ends_on, prevent_clause, version from partner_contract";

    private static Contract contract(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Contract(
                rs.getObject(1, UUID.class),
                rs.getString(2),
                rs.getString(3),
                rs.getObject(4, LocalDate.class),
                rs.getObject(5, LocalDate.class),
                rs.getBoolean(6),
                rs.getInt(7));
    }

    private Contract contract(
            UUID id,
            @Nullable String service,
            @Nullable String provider,
            @Nullable LocalDate startsOn,
            @Nullable LocalDate endsOn,
            boolean preventClause,
            int version) {
        var problems = new ArrayList<Problem>();
        var what = PartnerRecords.text(service, 300, "service", "partners.contract.service", true, problems);
        var who = PartnerRecords.text(provider, 200, "provider", "partners.contract.provider", true, problems);
        period(startsOn, endsOn, problems);
        fail(problems);
        if (what == null || who == null || startsOn == null) {
            throw new InvalidInputException(problems);
        }
        return new Contract(id, what, who, startsOn, endsOn, preventClause, version);
    }

    @Transactional
    @PreAuthorize(PartnerRecords.WRITE)
    void addGrant(
            @Nullable String source,
            java.math.@Nullable BigDecimal amountPounds,
            @Nullable LocalDate startsOn,
            @Nullable LocalDate endsOn,
            @Nullable String paysFor) {
        var actor = actors.require();
        var grant = grant(UUID.randomUUID(), source, amountPounds, startsOn, endsOn, paysFor, 0);
        jdbc.sql("insert into partner_grant (id, tenant_id, source, amount_pence, starts_on, ends_on, pays_for,"
                        + " recorded_by, recorded_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
                .params(
                        grant.id(),
                        actor.requireTenant().value(),
                        grant.source(),
                        grant.amountPence(),
                        grant.startsOn(),
                        grant.endsOn(),
                        grant.paysFor(),
                        actor.id(),
                        now())
                .update();
        history.record(GRANT, grant.id(), Map.of(), grant.fields());
        audit.record(AuditRecord.of("GRANT_RECORDED", "PARTNER_GRANT", grant.id()));
    }

    /**
     * Changes a grant (a revised amount, a later end), keeping what it was in its history.
     *
     * @param version the version the change was made from; when someone has changed it since, nothing changes.
     * @throws InvalidInputException naming each field that is not valid.
     * @throws RuleViolationException (409) when the grant has changed since.
     */
    @Transactional
    @PreAuthorize(PartnerRecords.WRITE)
    void updateGrant(
            UUID id,
            int version,
            @Nullable String source,
            java.math.@Nullable BigDecimal amountPounds,
            @Nullable LocalDate startsOn,
            @Nullable LocalDate endsOn,
            @Nullable String paysFor) {
        var before = grant(id);
        var after = grant(id, source, amountPounds, startsOn, endsOn, paysFor, version);
        history.change(
                GRANT,
                id,
                before.fields(),
                after.fields(),
                () -> jdbc.sql("update partner_grant set source = ?, amount_pence = ?, starts_on = ?, ends_on = ?,"
                                + " pays_for = ?, version = version + 1 where tenant_id = ? and id = ? and version = ?")
                        .params(
                                after.source(),
                                after.amountPence(),
                                after.startsOn(),
                                after.endsOn(),
                                after.paysFor(),
                                actors.requireTenant().value(),
                                id,
                                version)
                        .update());
    }

    /** A grant of the current council. */
    @Transactional(readOnly = true)
    @PreAuthorize(PartnerRecords.READ)
    Grant grant(UUID id) {
        return jdbc.sql(GRANT_COLUMNS + " where tenant_id = ? and id = ?")
                .params(actors.requireTenant().value(), id)
                .query(Assurance::grant)
                .optional()
                .orElseThrow(() -> new NotFoundException("Grant"));
    }

    /** The changes made to a grant, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(PartnerRecords.READ)
    List<ChangeHistory.Change> grantHistory(UUID id) {
        grant(id);
        return history.of(GRANT, id);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(PartnerRecords.READ)
    List<Grant> grants() {
        return jdbc.sql(GRANT_COLUMNS + " where tenant_id = ? order by starts_on desc, id")
                .param(actors.requireTenant().value())
                .query(Assurance::grant)
                .list();
    }

    private static final String GRANT_COLUMNS =
            "select id, source, amount_pence, starts_on, ends_on, pays_for, version from partner_grant";

    private static Grant grant(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Grant(
                rs.getObject(1, UUID.class),
                rs.getString(2),
                rs.getLong(3),
                rs.getObject(4, LocalDate.class),
                rs.getObject(5, LocalDate.class),
                rs.getString(6),
                rs.getInt(7));
    }

    private Grant grant(
            UUID id,
            @Nullable String source,
            java.math.@Nullable BigDecimal amountPounds,
            @Nullable LocalDate startsOn,
            @Nullable LocalDate endsOn,
            @Nullable String paysFor,
            int version) {
        var problems = new ArrayList<Problem>();
        var from = PartnerRecords.text(source, 200, "source", "partners.grant.source", true, problems);
        if (amountPounds == null || amountPounds.signum() < 0 || amountPounds.scale() > 2) {
            problems.add(new Problem("amount", "partners.project.amount.invalid", "pounds and pence"));
        }
        period(startsOn, endsOn, problems);
        var what = PartnerRecords.text(paysFor, 1000, "paysFor", "partners.grant.paysFor", true, problems);
        fail(problems);
        if (from == null || amountPounds == null || startsOn == null || what == null) {
            throw new InvalidInputException(problems);
        }
        return new Grant(id, from, amountPounds.movePointRight(2).longValueExact(), startsOn, endsOn, what, version);
    }

    private void period(@Nullable LocalDate startsOn, @Nullable LocalDate endsOn, List<Problem> problems) {
        if (startsOn == null) {
            problems.add(new Problem("startsOn", "partners.project.starts.invalid", "enter the start"));
        } else if (endsOn != null && endsOn.isBefore(startsOn)) {
            problems.add(new Problem("endsOn", "partners.project.ends.invalid", "after the start"));
        }
    }

    private void day(@Nullable LocalDate on, String field, String code, List<Problem> problems) {
        if (on == null || on.isAfter(LocalDate.now(clock.withZone(LONDON)))) {
            problems.add(new Problem(field, code, "enter a day not in the future"));
        }
    }

    private static void fail(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private UUID requireOrganisation(UUID organisation) {
        var tenant = actors.requireTenant().value();
        var known = jdbc.sql("select count(*) from partner_organisation where tenant_id = ? and id = ?")
                        .params(tenant, organisation)
                        .query(Integer.class)
                        .single()
                > 0;
        if (!known) {
            throw new NotFoundException("Organisation");
        }
        return tenant;
    }

    private UUID by() {
        return actors.require().id();
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}
