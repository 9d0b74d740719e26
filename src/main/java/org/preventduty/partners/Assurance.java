package org.preventduty.partners;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.audit.AuditRecord;
import org.preventduty.audit.AuditTrail;
import org.preventduty.identity.CurrentActor;
import org.preventduty.shared.InvalidInputException;
import org.preventduty.shared.InvalidInputException.Problem;
import org.preventduty.shared.NotFoundException;
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
            CheckPurpose purpose,
            String checksDone,
            @Nullable String sources,
            CheckOutcome outcome,
            String reviewer,
            LocalDate checkedOn,
            @Nullable LocalDate nextCheckOn) {

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
            LocalDate decidedOn) {}

    record Contract(
            String service,
            String provider,
            LocalDate startsOn,
            @Nullable LocalDate endsOn,
            boolean preventClause) {}

    record Grant(
            String source,
            long amountPence,
            LocalDate startsOn,
            @Nullable LocalDate endsOn,
            String paysFor) {

        public java.math.BigDecimal amountPounds() {
            return java.math.BigDecimal.valueOf(amountPence, 2);
        }
    }

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final JdbcClient jdbc;
    private final CurrentActor actors;
    private final AuditTrail audit;
    private final Clock clock;

    Assurance(JdbcClient jdbc, CurrentActor actors, AuditTrail audit, Clock clock) {
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
        jdbc.sql("insert into partner_check (id, tenant_id, organisation_id, purpose, checks_done, sources, outcome,"
                        + " reviewer, checked_on, next_check_on, recorded_by, recorded_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        UUID.randomUUID(),
                        tenant,
                        organisation,
                        purpose.name(),
                        done,
                        where,
                        outcome.name(),
                        who,
                        checkedOn,
                        nextCheckOn,
                        by(),
                        now())
                .update();
        audit.record(AuditRecord.of("PARTNER_DUE_DILIGENCE", "PARTNER_ORGANISATION", organisation)
                .withDetail(outcome.name()));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(PartnerRecords.READ)
    List<Check> checks(UUID organisation) {
        return jdbc.sql("select purpose, checks_done, sources, outcome, reviewer, checked_on, next_check_on from"
                        + " partner_check where tenant_id = ? and organisation_id = ? order by checked_on desc")
                .params(actors.requireTenant().value(), organisation)
                .query((rs, n) -> new Check(
                        CheckPurpose.valueOf(rs.getString(1)),
                        rs.getString(2),
                        rs.getString(3),
                        CheckOutcome.valueOf(rs.getString(4)),
                        rs.getString(5),
                        rs.getObject(6, LocalDate.class),
                        rs.getObject(7, LocalDate.class)))
                .list();
    }

    @Transactional
    @PreAuthorize(PartnerRecords.WRITE)
    void addVenueCheck(VenueCheck input) {
        var actor = actors.require();
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
        var id = UUID.randomUUID();
        jdbc.sql("insert into partner_venue_check (id, tenant_id, venue, booked_by, on_behalf_of, event, event_on,"
                        + " speakers, checks_done, outcome, decided_by, decided_on, recorded_by, recorded_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        actor.requireTenant().value(),
                        venue,
                        booker,
                        behalf,
                        event,
                        input.eventOn(),
                        speakers,
                        checks,
                        input.outcome().name(),
                        decider,
                        input.decidedOn(),
                        actor.id(),
                        now())
                .update();
        audit.record(AuditRecord.of("VENUE_CHECK_RECORDED", "PARTNER_VENUE_CHECK", id)
                .withDetail(input.outcome().name()));
    }

    /** Every venue hire check, the latest event first: for the download. */
    @Transactional(readOnly = true)
    @PreAuthorize(PartnerRecords.READ)
    List<VenueCheck> venueChecks() {
        return venueChecks(actors.requireTenant().value(), "");
    }

    /** The venue hire checks, the latest event first, a page (from 0) at a time. */
    @Transactional(readOnly = true)
    @PreAuthorize(PartnerRecords.READ)
    org.preventduty.shared.Paged<VenueCheck> venueChecks(int page) {
        var tenant = actors.requireTenant().value();
        var at = Math.max(0, page);
        var size = PartnerRecords.PAGE_SIZE;
        var total = jdbc.sql("select count(*) from partner_venue_check where tenant_id = ?")
                .param(tenant)
                .query(Long.class)
                .single();
        return new org.preventduty.shared.Paged<>(
                venueChecks(tenant, " limit " + size + " offset " + org.preventduty.shared.Paged.offset(at, size)),
                at,
                size,
                total);
    }

    private List<VenueCheck> venueChecks(UUID tenant, String limit) {
        return jdbc.sql("select venue, booked_by, on_behalf_of, event, event_on, speakers, checks_done, outcome,"
                        + " decided_by, decided_on from partner_venue_check where tenant_id = ?"
                        + " order by event_on desc, venue, id" + limit)
                .param(tenant)
                .query((rs, n) -> new VenueCheck(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getObject(5, LocalDate.class),
                        rs.getString(6),
                        rs.getString(7),
                        VenueOutcome.valueOf(rs.getString(8)),
                        rs.getString(9),
                        rs.getObject(10, LocalDate.class)))
                .list();
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
        var problems = new ArrayList<Problem>();
        var what = PartnerRecords.text(service, 300, "service", "partners.contract.service", true, problems);
        var who = PartnerRecords.text(provider, 200, "provider", "partners.contract.provider", true, problems);
        period(startsOn, endsOn, problems);
        fail(problems);
        jdbc.sql("insert into partner_contract (id, tenant_id, service, provider, starts_on, ends_on, prevent_clause,"
                        + " recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        UUID.randomUUID(),
                        actor.requireTenant().value(),
                        what,
                        who,
                        startsOn,
                        endsOn,
                        preventClause,
                        actor.id(),
                        now())
                .update();
        audit.record(AuditRecord.of("CONTRACT_RECORDED", "PARTNER_CONTRACT", what));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(PartnerRecords.READ)
    List<Contract> contracts() {
        return jdbc.sql("select service, provider, starts_on, ends_on, prevent_clause from partner_contract where"
                        + " tenant_id = ? order by prevent_clause, starts_on desc")
                .param(actors.requireTenant().value())
                .query((rs, n) -> new Contract(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class),
                        rs.getBoolean(5)))
                .list();
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
        var problems = new ArrayList<Problem>();
        var from = PartnerRecords.text(source, 200, "source", "partners.grant.source", true, problems);
        if (amountPounds == null || amountPounds.signum() < 0 || amountPounds.scale() > 2) {
            problems.add(new Problem("amount", "partners.project.amount.invalid", "pounds and pence"));
        }
        period(startsOn, endsOn, problems);
        var what = PartnerRecords.text(paysFor, 1000, "paysFor", "partners.grant.paysFor", true, problems);
        fail(problems);
        jdbc.sql("insert into partner_grant (id, tenant_id, source, amount_pence, starts_on, ends_on, pays_for,"
                        + " recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        UUID.randomUUID(),
                        actor.requireTenant().value(),
                        from,
                        amountPounds.movePointRight(2).longValueExact(),
                        startsOn,
                        endsOn,
                        what,
                        actor.id(),
                        now())
                .update();
        audit.record(AuditRecord.of("GRANT_RECORDED", "PARTNER_GRANT", from));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(PartnerRecords.READ)
    List<Grant> grants() {
        return jdbc.sql("select source, amount_pence, starts_on, ends_on, pays_for from partner_grant where"
                        + " tenant_id = ? order by starts_on desc")
                .param(actors.requireTenant().value())
                .query((rs, n) -> new Grant(
                        rs.getString(1),
                        rs.getLong(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class),
                        rs.getString(5)))
                .list();
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
