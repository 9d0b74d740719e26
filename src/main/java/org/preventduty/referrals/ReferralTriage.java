package org.preventduty.referrals;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.audit.AuditOutcome;
import org.preventduty.audit.AuditRecord;
import org.preventduty.audit.AuditTrail;
import org.preventduty.identity.CurrentActor;
import org.preventduty.identity.Role;
import org.preventduty.identity.UserDirectory;
import org.preventduty.partners.PartnerDirectory;
import org.preventduty.referrals.ReferralAccess.Level;
import org.preventduty.referrals.ReferralViews.Assignee;
import org.preventduty.referrals.ReferralViews.Attachment;
import org.preventduty.referrals.ReferralViews.Decision;
import org.preventduty.referrals.ReferralViews.Full;
import org.preventduty.referrals.ReferralViews.HistoryEntry;
import org.preventduty.referrals.ReferralViews.Match;
import org.preventduty.referrals.ReferralViews.PersonReferral;
import org.preventduty.referrals.ReferralViews.QueueItem;
import org.preventduty.shared.InvalidInputException;
import org.preventduty.shared.InvalidInputException.Problem;
import org.preventduty.shared.NotFoundException;
import org.preventduty.shared.Paged;
import org.preventduty.shared.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What Prevent leads and case workers do with submitted referrals: the triage queue, the referral's page, the
 * screening decision, linking a referral to a person already known, assigning case workers, Requests for Support,
 * attachments and the person's page with their repeat referrals.
 */
@Service
public class ReferralTriage {

    private final Referrals referrals;
    private final People people;
    private final SupportRequests supportRequests;
    private final ReferralRecords records;
    private final PersonMatching matching;
    private final Attachments attachments;
    private final ReferralAccess access;
    private final CodeLists codes;
    private final CurrentActor actors;
    private final UserDirectory directory;
    private final PartnerDirectory partners;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final StatisticRows statistics;

    ReferralTriage(
            Referrals referrals,
            People people,
            SupportRequests supportRequests,
            ReferralRecords records,
            PersonMatching matching,
            Attachments attachments,
            ReferralAccess access,
            CodeLists codes,
            CurrentActor actors,
            UserDirectory directory,
            PartnerDirectory partners,
            AuditTrail audit,
            ApplicationEventPublisher events,
            JdbcClient jdbc,
            Clock clock,
            StatisticRows statistics) {
        this.statistics = statistics;
        this.referrals = referrals;
        this.people = people;
        this.supportRequests = supportRequests;
        this.records = records;
        this.matching = matching;
        this.attachments = attachments;
        this.access = access;
        this.codes = codes;
        this.actors = actors;
        this.directory = directory;
        this.partners = partners;
        this.audit = audit;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The result of a decision.
     *
     * @param id the referral.
     * @param status its new status.
     * @param version its new version.
     * @param channelCaseId the Channel case it opens, when accepted.
     */
    public record Decided(
            UUID id,
            ReferralStatus status,
            int version,
            @Nullable UUID channelCaseId) {}

    /**
     * A file to download.
     *
     * @param fileName its cleaned name.
     * @param mediaType its type.
     * @param content its bytes.
     */
    public record Download(String fileName, String mediaType, byte[] content) {}

    /**
     * A new Request for Support.
     *
     * @param partnerOrganisationId the partner, when it is one of the council's partner organisations.
     * @param partnerName the partner's name, when it is not.
     * @param leadWorkerName the worker already allocated, who stays the lead worker.
     * @param leadWorkerRole their role.
     * @param request what is asked of the partner.
     * @param requestedOn when it was asked.
     */
    public record NewSupportRequest(
            @Nullable UUID partnerOrganisationId,
            @Nullable String partnerName,
            String leadWorkerName,
            String leadWorkerRole,
            String request,
            LocalDate requestedOn) {}

    /** The triage queue of the tenant. */
    @Transactional
    @PreAuthorize("hasRole('PREVENT_LEAD')")
    public Paged<QueueItem> queue(QueueQuery query, int page, int size) {
        return queue(query, page, size, null);
    }

    /**
     * The triage queue of the tenant, from the referral after {@code after} when it is given (keyset paging: a deep
     * page is found by where the page before it ended, not by counting every row before it); {@code page} is then the
     * number of the page it is. A referral not in the queue as asked is ignored, and the page counted instead.
     */
    @Transactional
    @PreAuthorize("hasRole('PREVENT_LEAD')")
    public Paged<QueueItem> queue(QueueQuery query, int page, int size, @Nullable UUID after) {
        Paged.check(page, size);
        var tenant = actors.requireTenant().value();
        var where = new StringBuilder(" from referral r where r.tenant_id = :tenant and r.status in (:statuses)");
        var params = new HashMap<String, Object>();
        params.put("tenant", tenant);
        var statuses = query.statuses().isEmpty()
                ? EnumSet.of(ReferralStatus.SUBMITTED, ReferralStatus.IN_SCREENING)
                : EnumSet.copyOf(query.statuses());
        statuses.remove(ReferralStatus.DRAFT);
        statuses.remove(ReferralStatus.DISCARDED);
        if (statuses.isEmpty()) {
            return new Paged<>(List.of(), page, size, 0);
        }
        params.put("statuses", statuses.stream().map(Enum::name).toList());
        if (query.sector() != null) {
            where.append(" and r.referrer_sector = :sector");
            params.put("sector", query.sector());
        }
        if (query.typeOfConcern() != null) {
            var pairs = codes.all(CodeLists.TYPE_OF_CONCERN).stream()
                    .filter(code -> code.mapsTo().equals(query.typeOfConcern()))
                    .map(code -> code.version() + ":" + code.code())
                    .toList();
            where.append(" and concat(r.concern_type_of_concern_version, ':', r.concern_type_of_concern) in (:pairs)");
            params.put("pairs", pairs.isEmpty() ? List.of("-") : pairs);
        }
        if (query.receivedFrom() != null) {
            where.append(" and r.received_on >= :from");
            params.put("from", query.receivedFrom());
        }
        if (query.receivedTo() != null) {
            where.append(" and r.received_on <= :to");
            params.put("to", query.receivedTo());
        }
        long total = jdbc.sql("select count(*)" + where)
                .params(params)
                .query(Long.class)
                .single();
        var pageParams = new HashMap<>(params);
        pageParams.put("size", size);
        pageParams.put("offset", Paged.offset(page, size));
        // Immediate danger first only matters when referrals awaiting a decision are listed; without it the order is
        // the sort's alone, which the indexes serve.
        var dangerFirst = statuses.contains(ReferralStatus.SUBMITTED) || statuses.contains(ReferralStatus.IN_SCREENING);
        var order = (dangerFirst ? QueueQuery.IMMEDIATE_DANGER_FIRST + ", " : "") + "r."
                + query.sort().orderBy().replace(", ", ", r.");
        if (after != null) {
            var keyset = keyset(query.sort(), dangerFirst, where.toString(), params, after);
            if (keyset != null) {
                where.append(" and ").append(keyset);
                pageParams.putAll(params);
                pageParams.put("offset", 0);
            }
        }
        // The matches are counted for the page's referrals only, not for every row sorted.
        var items = jdbc.sql("select p.*, (select count(*) from referral_match m where m.tenant_id = :tenant"
                        + " and m.referral_id = p.id) from (select r.id, r.reference, r.status, r.subject_given_name,"
                        + " r.subject_family_name, r.subject_date_of_birth, r.subject_approximate_age, r.received_on,"
                        + " r.due_on, r.referrer_sector, r.concern_type_of_concern, r.concern_type_of_concern_version,"
                        + " r.immediate_risk, r.imported_at"
                        + where + " order by " + order + " limit :size offset :offset) p order by "
                        + order.replace("r.", "p."))
                .params(pageParams)
                .query((rows, n) -> {
                    var status = ReferralStatus.valueOf(rows.getString(3));
                    var dob = rows.getObject(6, LocalDate.class);
                    var received = rows.getObject(8, LocalDate.class);
                    var dueOn = rows.getObject(9, LocalDate.class);
                    Integer age = dob != null && received != null
                            ? Integer.valueOf(Period.between(dob, received).getYears())
                            : (Integer) rows.getObject(7);
                    return new QueueItem(
                            rows.getObject(1, UUID.class),
                            rows.getString(2),
                            status,
                            initials(rows.getString(4), rows.getString(5)),
                            age,
                            received,
                            dueOn,
                            access.due(status, dueOn),
                            rows.getString(10),
                            rows.getString(11),
                            rows.getString(12),
                            Boolean.TRUE.equals(rows.getObject(13)),
                            rows.getInt(15),
                            rows.getTimestamp(14) != null);
                })
                .list();
        audit.record(new AuditRecord(
                "REFERRALS_LISTED",
                AuditOutcome.SUCCESS,
                "REFERRAL",
                null,
                null,
                listed(items.stream().map(QueueItem::id).toList())));
        return new Paged<>(items, page, size, total);
    }

    /**
     * The condition that keeps the rows after a referral in the queue's order, or {@literal null} when the referral is
     * not in the queue as asked (or lacks a value it is ordered by); adds the referral's values to the parameters.
     */
    private @Nullable String keyset(
            QueueQuery.Sort sort, boolean dangerFirst, String where, Map<String, Object> params, UUID after) {
        var columns = sort.columns();
        var found = jdbc.sql("select " + QueueQuery.IMMEDIATE_DANGER_FIRST + ", "
                        + String.join(", ", columns.stream().map(c -> "r." + c).toList()) + where
                        + " and r.id = :after")
                .params(params)
                .param("after", after)
                .query((rows, n) -> {
                    var values = new ArrayList<@Nullable Object>();
                    for (int i = 1; i <= columns.size() + 1; i++) {
                        values.add(rows.getObject(i));
                    }
                    return values;
                })
                .optional();
        if (found.isEmpty() || found.get().contains(null)) {
            return null;
        }
        var values = found.get();
        var names = new ArrayList<String>();
        for (int i = 0; i < columns.size(); i++) {
            params.put("after" + i, values.get(i + 1));
            names.add(":after" + i);
        }
        var tuple = "(" + String.join(", ", columns.stream().map(c -> "r." + c).toList()) + ") "
                + (sort.descending() ? "<" : ">") + " (" + String.join(", ", names) + ")";
        if (!dangerFirst) {
            return tuple;
        }
        params.put("afterDanger", ((Number) values.get(0)).intValue());
        return "(" + QueueQuery.IMMEDIATE_DANGER_FIRST + " > :afterDanger or (" + QueueQuery.IMMEDIATE_DANGER_FIRST
                + " = :afterDanger and " + tuple + "))";
    }

    /** The referrals the signed-in case worker is assigned to, newest first. */
    @Transactional
    @PreAuthorize("hasRole('CASE_WORKER')")
    public Paged<QueueItem> assignedToMe(int page, int size) {
        Paged.check(page, size);
        var actor = actors.require();
        var tenant = actor.requireTenant().value();
        var ids = jdbc.sql("select r.id from referral r join referral_assignment a on a.referral_id = r.id"
                        + " and a.tenant_id = r.tenant_id where r.tenant_id = ? and a.user_id = ?"
                        + " order by r.received_on desc limit ? offset ?")
                .params(tenant, actor.id(), size, Paged.offset(page, size))
                .query(UUID.class)
                .list();
        long total = jdbc.sql("select count(*) from referral_assignment where tenant_id = ? and user_id = ?")
                .params(tenant, actor.id())
                .query(Long.class)
                .single();
        var found = new HashMap<UUID, Referral>();
        referrals.findAllById(ids).forEach(r -> found.put(r.id(), r));
        var items = ids.stream()
                .map(found::get)
                .map(r -> {
                    var a = r.answers();
                    Integer age = a.dateOfBirth() != null && r.receivedOn() != null
                            ? Integer.valueOf(Period.between(a.dateOfBirth(), r.receivedOn())
                                    .getYears())
                            : a.approximateAge();
                    return new QueueItem(
                            r.id(),
                            r.reference(),
                            r.status(),
                            initials(a.givenName(), a.familyName()),
                            age,
                            r.receivedOn(),
                            r.dueOn(),
                            access.due(r.status(), r.dueOn()),
                            a.referrerSector(),
                            a.typeOfConcern(),
                            r.typeOfConcernVersion(),
                            Boolean.TRUE.equals(a.immediateRisk()),
                            0,
                            r.imported());
                })
                .toList();
        audit.record(new AuditRecord("REFERRALS_LISTED", AuditOutcome.SUCCESS, "REFERRAL", null, null, listed(ids)));
        return new Paged<>(items, page, size, total);
    }

    /**
     * A referral's page, for those who may see all of it.
     *
     * @throws NotFoundException when it does not exist or the actor may not see all of it.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('PREVENT_LEAD', 'CASE_WORKER')")
    public Full view(UUID id) {
        var actor = actors.require();
        var granted = access.load(id, actor);
        if (granted.level() == Level.OWN) {
            throw new NotFoundException("Referral");
        }
        var referral = granted.referral();
        audit.record(AuditRecord.of("REFERRAL_VIEWED", "REFERRAL", id).about(referral.personId()));
        return full(referral, granted.level());
    }

    /** Whether the current actor works the council's referrals as its Prevent lead (screening, assigning). */
    public boolean isLead() {
        return actors.require().has(org.preventduty.identity.Role.PREVENT_LEAD);
    }

    /** Starts the screening of a submitted referral. */
    @Transactional
    @PreAuthorize("hasRole('PREVENT_LEAD')")
    public int startScreening(UUID id) {
        var actor = actors.require();
        var referral = lead(id);
        referral.startScreening(actor.id(), clock.instant());
        var saved = referrals.save(referral);
        records.history(saved.tenantId(), id, actor.id(), "SCREENING_STARTED", null);
        audit.record(
                AuditRecord.of("REFERRAL_SCREENING_STARTED", "REFERRAL", id).about(saved.personId()));
        return saved.version();
    }

    /**
     * Records the screening decision.
     *
     * @param expectedVersion the version the lead saw, or {@literal null} not to check.
     * @throws InvalidInputException when the decision lacks a reason or a service to signpost to.
     * @throws RuleViolationException when the referral has already been decided.
     * @throws OptimisticLockingFailureException when the referral changed since the lead saw it.
     */
    @Transactional
    @PreAuthorize("hasRole('PREVENT_LEAD')")
    public Decided decide(UUID id, ScreeningDecision decision, @Nullable Integer expectedVersion) {
        var actor = actors.require();
        var referral = lead(id);
        if (expectedVersion != null && referral.version() != expectedVersion) {
            throw new OptimisticLockingFailureException("The referral was changed by someone else");
        }
        var problems = new ArrayList<Problem>();
        if (decision.appropriate() == null) {
            problems.add(new Problem("appropriate", "decision.appropriate.blank", "is required"));
        }
        if (decision.reason() == null || decision.reason().isBlank()) {
            problems.add(new Problem("reason", "decision.reason.blank", "is required"));
        }
        if (decision.outcome() == ScreeningOutcome.SIGNPOSTED && decision.signpostedTo() == null) {
            problems.add(new Problem("signpostedTo", "decision.signpostedTo.blank", "is required when SIGNPOSTED"));
        }
        if (decision.signpostedTo() != null && !codes.isCurrent(CodeLists.SIGNPOST, decision.signpostedTo())) {
            problems.add(new Problem("signpostedTo", "referral.code.unknown", "is not a code of the SIGNPOST list"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var today = access.today();
        var decidedOn = decision.decidedOn() == null ? today : decision.decidedOn();
        var caseId = referral.decide(
                decision.outcome(),
                decision.appropriate(),
                decision.reason(),
                decision.signpostedTo(),
                decision.feedback(),
                decidedOn,
                actor.id(),
                clock.instant(),
                today);
        var saved = referrals.save(referral);
        records.history(
                saved.tenantId(), id, actor.id(), "DECIDED", decision.outcome().name());
        statistics.decided(id, Boolean.TRUE.equals(decision.appropriate()));
        audit.record(AuditRecord.of("REFERRAL_DECIDED", "REFERRAL", id)
                .about(saved.personId())
                .withDetail(decision.outcome().name()));
        events.publishEvent(new ReferralDecided(id, saved.tenantId(), decision.outcome()));
        if (caseId != null) {
            events.publishEvent(
                    new ReferralAccepted(id, saved.tenantId(), saved.personId(), caseId, actor.id(), decidedOn));
        }
        return new Decided(id, saved.status(), saved.version(), caseId);
    }

    /** Links a referral to a person already known; the person made from the referral is kept and can come back. */
    @Transactional
    @PreAuthorize("hasRole('PREVENT_LEAD')")
    public void linkToPerson(UUID id, UUID personId) {
        var actor = actors.require();
        var referral = lead(id);
        var target = root(people.findByIdAndTenantId(personId, referral.tenantId())
                .orElseThrow(() -> new NotFoundException("Person")));
        var own = people.findByIdAndTenantId(referral.ownPersonId(), referral.tenantId())
                .orElseThrow();
        if (target.id().equals(own.id())) {
            throw RuleViolationException.rule("person.self", "The referral is already about this person.");
        }
        if (referral.linkedToOther()) {
            records.undoLink(referral.tenantId(), id, actor.id());
        }
        own.mergeInto(target.id());
        people.save(own);
        referral.linkTo(target.id());
        referrals.save(referral);
        records.link(referral.tenantId(), id, target.id(), actor.id());
        records.history(
                referral.tenantId(),
                id,
                actor.id(),
                "LINKED_TO_PERSON",
                target.id().toString());
        audit.record(AuditRecord.of("REFERRAL_LINKED", "REFERRAL", id).about(target.id()));
    }

    /** Undoes the link of a referral to a person known before; it is about the person made from it again. */
    @Transactional
    @PreAuthorize("hasRole('PREVENT_LEAD')")
    public void undoLink(UUID id) {
        var actor = actors.require();
        var referral = lead(id);
        if (!referral.linkedToOther()) {
            throw RuleViolationException.rule("referral.notLinked", "The referral is not linked to another person.");
        }
        var formerTarget = referral.personId();
        var own = people.findByIdAndTenantId(referral.ownPersonId(), referral.tenantId())
                .orElseThrow();
        own.unmerge();
        people.save(own);
        referral.unlink();
        referrals.save(referral);
        records.undoLink(referral.tenantId(), id, actor.id());
        records.history(referral.tenantId(), id, actor.id(), "LINK_UNDONE", String.valueOf(formerTarget));
        audit.record(AuditRecord.of("REFERRAL_LINK_UNDONE", "REFERRAL", id).about(own.id()));
    }

    /** Confirms that a referral is about someone not known before. */
    @Transactional
    @PreAuthorize("hasRole('PREVENT_LEAD')")
    public void confirmNewPerson(UUID id) {
        var actor = actors.require();
        var referral = lead(id);
        if (referral.linkedToOther()) {
            throw RuleViolationException.rule("referral.linked", "Undo the link to the other person first.");
        }
        var own = people.findByIdAndTenantId(referral.ownPersonId(), referral.tenantId())
                .orElseThrow();
        own.confirm();
        people.save(own);
        records.history(referral.tenantId(), id, actor.id(), "PERSON_CONFIRMED", null);
        audit.record(AuditRecord.of("PERSON_CONFIRMED", "PERSON", own.id()).about(own.id()));
    }

    /** A person's page: every name and every referral about them, with their outcomes. */
    @Transactional
    @PreAuthorize("hasRole('PREVENT_LEAD')")
    public ReferralViews.Person person(UUID personId) {
        var tenant = actors.requireTenant().value();
        var person =
                root(people.findByIdAndTenantId(personId, tenant).orElseThrow(() -> new NotFoundException("Person")));
        var ids = mergedInto(tenant, person.id());
        var names = new ArrayList<String>();
        jdbc.sql("select n.given_name, n.family_name from person_name n join person p on p.id = n.person_id"
                        + " where p.tenant_id = :tenant and p.id in (:ids) order by p.created_at, n.position")
                .param("tenant", tenant)
                .param("ids", ids)
                .query((rows, n) -> fullName(rows.getString(1), rows.getString(2)))
                .list()
                .forEach(name -> {
                    if (!name.isBlank() && !names.contains(name)) {
                        names.add(name);
                    }
                });
        var list = jdbc.sql("select id, reference, received_on, status, referrer_sector, decision_reason from referral"
                        + " where tenant_id = :tenant and person_id in (:ids) and status not in ('DRAFT', 'DISCARDED')"
                        + " order by received_on desc, reference desc")
                .param("tenant", tenant)
                .param("ids", ids)
                .query((rows, n) -> new PersonReferral(
                        rows.getObject(1, UUID.class),
                        rows.getString(2),
                        rows.getObject(3, LocalDate.class),
                        ReferralStatus.valueOf(rows.getString(4)),
                        rows.getString(5),
                        rows.getString(6)))
                .list();
        var withoutPanel = (int) list.stream()
                .filter(r -> r.status().isDecided() && r.status() != ReferralStatus.ACCEPTED_FOR_CHANNEL)
                .count();
        audit.record(AuditRecord.of("PERSON_VIEWED", "PERSON", person.id()).about(person.id()));
        return new ReferralViews.Person(
                person.id(),
                person.status(),
                names,
                person.dateOfBirth(),
                person.approximateAge(),
                person.sex(),
                person.postcode(),
                list,
                withoutPanel);
    }

    /** Assigns a case worker of the tenant to a referral. */
    @Transactional
    @PreAuthorize("hasRole('PREVENT_LEAD')")
    public void assign(UUID id, UUID userId) {
        var actor = actors.require();
        var referral = lead(id);
        if (!directory.hasRole(userId, Role.CASE_WORKER)) {
            throw RuleViolationException.rule("assignment.notCaseWorker", "Choose a case worker of the council.");
        }
        if (records.assign(referral.tenantId(), id, userId, actor.id())) {
            records.history(referral.tenantId(), id, actor.id(), "ASSIGNED", userId.toString());
            audit.record(AuditRecord.of("REFERRAL_ASSIGNED", "REFERRAL", id).withDetail(userId.toString()));
        }
    }

    /** Removes a case worker from a referral. */
    @Transactional
    @PreAuthorize("hasRole('PREVENT_LEAD')")
    public void unassign(UUID id, UUID userId) {
        var actor = actors.require();
        var referral = lead(id);
        if (records.unassign(referral.tenantId(), id, userId)) {
            records.history(referral.tenantId(), id, actor.id(), "UNASSIGNED", userId.toString());
            audit.record(AuditRecord.of("REFERRAL_UNASSIGNED", "REFERRAL", id).withDetail(userId.toString()));
        }
    }

    /**
     * Records a Request for Support after a referral decided without Channel.
     *
     * @throws InvalidInputException when a part is missing.
     * @throws RuleViolationException when the referral was not closed or signposted.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('PREVENT_LEAD', 'CASE_WORKER')")
    public SupportRequestView requestSupport(UUID id, NewSupportRequest request) {
        var actor = actors.require();
        var granted = access.load(id, actor);
        if (granted.level() != Level.LEAD && granted.level() != Level.ASSIGNED) {
            throw new NotFoundException("Referral");
        }
        // The worker allocated to the child or family raises it and stays the lead worker; the Prevent lead agrees it.
        var proposed = granted.level() == Level.ASSIGNED;
        var referral = granted.referral();
        if (referral.status() != ReferralStatus.SIGNPOSTED
                && referral.status() != ReferralStatus.CLOSED_NO_FURTHER_ACTION) {
            throw RuleViolationException.rule(
                    "supportRequest.notDecided",
                    "A Request for Support follows a referral that was signposted or closed.");
        }
        var problems = new ArrayList<Problem>();
        String partnerName = request.partnerName();
        if (request.partnerOrganisationId() != null) {
            var organisation = partners.find(request.partnerOrganisationId());
            if (organisation.isEmpty()) {
                problems.add(
                        new Problem("partnerOrganisationId", "supportRequest.partner.unknown", "is not a partner"));
            } else {
                partnerName = organisation.get().name();
            }
        }
        if (partnerName == null || partnerName.isBlank()) {
            problems.add(new Problem("partnerName", "supportRequest.partner.blank", "is required"));
        }
        if (request.leadWorkerName() == null || request.leadWorkerName().isBlank()) {
            problems.add(new Problem("leadWorkerName", "supportRequest.leadWorkerName.blank", "is required"));
        }
        if (request.leadWorkerRole() == null || request.leadWorkerRole().isBlank()) {
            problems.add(new Problem("leadWorkerRole", "supportRequest.leadWorkerRole.blank", "is required"));
        }
        if (request.request() == null || request.request().isBlank()) {
            problems.add(new Problem("request", "supportRequest.request.blank", "is required"));
        }
        if (request.requestedOn() == null) {
            problems.add(new Problem("requestedOn", "supportRequest.requestedOn.blank", "is required"));
        } else if (request.requestedOn().isAfter(access.today())) {
            problems.add(new Problem("requestedOn", "supportRequest.requestedOn.future", "must not be in the future"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var saved = supportRequests.save(new SupportRequest(
                referral.tenantId(),
                id,
                request.partnerOrganisationId(),
                partnerName,
                request.leadWorkerName(),
                request.leadWorkerRole(),
                request.request(),
                request.requestedOn(),
                actor.id(),
                clock.instant(),
                proposed));
        records.history(
                referral.tenantId(), id, actor.id(), proposed ? "SUPPORT_PROPOSED" : "SUPPORT_REQUESTED", partnerName);
        audit.record(AuditRecord.of("SUPPORT_REQUESTED", "REFERRAL", id).about(referral.personId()));
        return saved.view();
    }

    /**
     * The Prevent lead agrees a Request for Support the allocated worker raised (it is then asked of the partner), or
     * does not.
     *
     * @throws RuleViolationException when it is not waiting for agreement, or the day is before the request or in the
     *     future; (409) when it changed since it was read.
     */
    @Transactional
    @PreAuthorize("hasRole('PREVENT_LEAD')")
    public SupportRequestView agreeSupportRequest(UUID requestId, boolean agreed, int version) {
        var actor = actors.require();
        var tenant = actor.requireTenant().value();
        var request = supportRequests
                .findByIdAndTenantId(requestId, tenant)
                .orElseThrow(() -> new NotFoundException("Request for Support"));
        if (request.version() != version) {
            throw RuleViolationException.conflict(
                    "supportRequest.stale", "The request was changed by someone else since you read it.");
        }
        var referral = lead(request.referralId());
        request.agree(agreed, access.today(), actor.id());
        var saved = supportRequests.save(request);
        records.history(tenant, referral.id(), actor.id(), agreed ? "SUPPORT_AGREED" : "SUPPORT_NOT_AGREED", null);
        audit.record(AuditRecord.of(agreed ? "SUPPORT_AGREED" : "SUPPORT_NOT_AGREED", "REFERRAL", referral.id())
                .about(referral.personId()));
        return saved.view();
    }

    /** Records whether the partner accepted or declined a Request for Support. */
    @Transactional
    @PreAuthorize("hasRole('PREVENT_LEAD')")
    public SupportRequestView respondToSupportRequest(UUID requestId, boolean accepted, LocalDate on, int version) {
        var actor = actors.require();
        var request = supportRequest(requestId, version);
        if (on.isAfter(access.today())) {
            throw new InvalidInputException(
                    List.of(new Problem("on", "supportRequest.date.future", "must not be in the future")));
        }
        request.respond(accepted, on);
        var saved = supportRequests.save(request);
        records.history(
                actors.requireTenant().value(),
                saved.referralId(),
                actor.id(),
                accepted ? "SUPPORT_ACCEPTED" : "SUPPORT_DECLINED",
                null);
        audit.record(AuditRecord.of("SUPPORT_RESPONDED", "REFERRAL", saved.referralId())
                .withDetail(accepted ? "ACCEPTED" : "DECLINED"));
        return saved.view();
    }

    /** Records the end of accepted support. */
    @Transactional
    @PreAuthorize("hasRole('PREVENT_LEAD')")
    public SupportRequestView endSupport(UUID requestId, LocalDate on, String reason, int version) {
        var actor = actors.require();
        var request = supportRequest(requestId, version);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException(
                    List.of(new Problem("reason", "supportRequest.endReason.blank", "is required")));
        }
        if (on.isAfter(access.today())) {
            throw new InvalidInputException(
                    List.of(new Problem("on", "supportRequest.date.future", "must not be in the future")));
        }
        request.end(on, reason);
        var saved = supportRequests.save(request);
        records.history(actors.requireTenant().value(), saved.referralId(), actor.id(), "SUPPORT_ENDED", null);
        audit.record(AuditRecord.of("SUPPORT_ENDED", "REFERRAL", saved.referralId()));
        return saved.view();
    }

    /**
     * A file attached to a referral, for those who may see the referral's content (or its author while a draft).
     *
     * @throws NotFoundException when there is no such file or the actor may not see it.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('PREVENT_LEAD', 'CASE_WORKER', 'REFERRER')")
    public Download download(UUID referralId, UUID attachmentId) {
        var actor = actors.require();
        var granted = access.load(referralId, actor);
        if (granted.level() == Level.OWN && granted.referral().status() != ReferralStatus.DRAFT) {
            throw new NotFoundException("Attachment");
        }
        var referral = granted.referral();
        var stored = attachments.list(referral.tenantId(), referralId).stream()
                .filter(a -> a.id().equals(attachmentId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Attachment"));
        var content = attachments
                .content(referral.tenantId(), referralId, attachmentId)
                .orElseThrow(() -> new NotFoundException("Attachment"));
        audit.record(AuditRecord.of("ATTACHMENT_DOWNLOADED", "REFERRAL", referralId)
                .about(referral.personId())
                .withDetail(attachmentId.toString()));
        return new Download(stored.fileName(), stored.mediaType(), content);
    }

    /** The case workers of the tenant, to assign. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PREVENT_LEAD')")
    public List<UserDirectory.Colleague> caseWorkers() {
        return directory.withRole(Role.CASE_WORKER);
    }

    /** The referral of the council with this reference, whatever its case, if there is one. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PREVENT_LEAD')")
    public java.util.Optional<UUID> withReference(String reference) {
        return jdbc.sql("select id from referral where tenant_id = ? and reference = ?")
                .params(actors.requireTenant().value(), reference.strip().toUpperCase(java.util.Locale.ROOT))
                .query(UUID.class)
                .optional();
    }

    /** The partner organisations of the tenant, to ask for support: for the Prevent lead and the allocated worker. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('PREVENT_LEAD', 'CASE_WORKER')")
    public List<PartnerDirectory.Organisation> partnersToAsk() {
        return partners.organisations();
    }

    /** The partner organisations of the tenant, to ask for support. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PREVENT_LEAD')")
    public List<PartnerDirectory.Organisation> partners() {
        return partners.organisations();
    }

    /** People who may be the one described, found as matching finds them for a new referral. */
    @Transactional
    @PreAuthorize("hasRole('PREVENT_LEAD')")
    public List<Match> search(String given, String family, @Nullable LocalDate dateOfBirth) {
        var tenant = actors.requireTenant().value();
        var names = new ArrayList<String[]>();
        names.add(new String[] {given, family});
        var today = access.today();
        var description = new PersonMatcher.Description(
                names,
                dateOfBirth,
                dateOfBirth == null ? null : Period.between(dateOfBirth, today).getYears(),
                null,
                null);
        var found = matching.find(tenant, null, description, today, PersonMatcher.SEARCH_THRESHOLD);
        var result = found.stream()
                .map(match -> summary(tenant, match.personId(), match.score(), match.reasons(), null))
                .toList();
        audit.record(new AuditRecord(
                "PEOPLE_SEARCHED",
                AuditOutcome.SUCCESS,
                "PERSON",
                null,
                null,
                listed(result.stream().map(Match::personId).toList())));
        return result;
    }

    private Full full(Referral referral, Level level) {
        var tenant = referral.tenantId();
        var history = records.history(tenant, referral.id());
        var assigned = records.assigned(tenant, referral.id());
        var ids = new HashSet<UUID>();
        ids.add(referral.createdBy());
        history.forEach(h -> ids.add(h.actorId()));
        ids.addAll(assigned);
        if (referral.decidedBy() != null) {
            ids.add(referral.decidedBy());
        }
        if (referral.screeningStartedBy() != null) {
            ids.add(referral.screeningStartedBy());
        }
        Map<UUID, String> names = directory.names(ids);
        // The equality answers are never shown for one person: they are counted only in the equality figures.
        Decision decision = referral.outcome() == null
                ? null
                : new Decision(
                        referral.outcome(),
                        referral.appropriate(),
                        referral.decisionReason(),
                        referral.signpostedTo(),
                        referral.feedback(),
                        referral.decidedBy(),
                        names.get(referral.decidedBy()),
                        referral.decidedAt(),
                        referral.decidedOn());
        var matches = matching.stored(tenant, referral.id()).stream()
                .map(m -> summary(tenant, m.personId(), m.score(), m.reasons(), referral.personId()))
                .toList();
        return new Full(
                referral.id(),
                referral.reference(),
                referral.status(),
                referral.version(),
                referral.createdBy(),
                names.get(referral.createdBy()),
                referral.submittedAt(),
                referral.receivedOn(),
                referral.dueOn(),
                access.due(referral.status(), referral.dueOn()),
                referral.personId(),
                referral.ownPersonId(),
                referral.answers(),
                referral.typeOfConcernVersion(),
                decision,
                referral.screeningStartedBy() == null ? null : names.get(referral.screeningStartedBy()),
                referral.channelCaseId(),
                attachments.list(tenant, referral.id()).stream()
                        .map(a -> new Attachment(a.id(), a.fileName(), a.mediaType(), a.size(), a.uploadedAt()))
                        .toList(),
                matches,
                history.stream()
                        .map(h -> new HistoryEntry(h.at(), names.get(h.actorId()), h.kind(), h.detail()))
                        .toList(),
                assigned.stream()
                        .map(user -> new Assignee(user, names.get(user)))
                        .toList(),
                supportRequests.findByReferral(tenant, referral.id()).stream()
                        .map(SupportRequest::view)
                        .toList(),
                referral.ownPersonId() == null
                        ? null
                        : people.findByIdAndTenantId(referral.ownPersonId(), tenant)
                                .map(Person::status)
                                .orElse(null),
                referral.imported());
    }

    private Match summary(UUID tenant, UUID personId, double score, List<String> reasons, @Nullable UUID linkedTo) {
        var person = people.findByIdAndTenantId(personId, tenant).orElseThrow();
        var name = person.names().isEmpty()
                ? ""
                : fullName(
                        person.names().get(0).givenName(), person.names().get(0).familyName());
        var count = jdbc.sql("select count(*) from referral where tenant_id = ? and person_id = ?")
                .params(tenant, personId)
                .query(Integer.class)
                .single();
        return new Match(personId, score, reasons, name, person.dateOfBirth(), count, personId.equals(linkedTo));
    }

    private Referral lead(UUID id) {
        var actor = actors.require();
        var granted = access.load(id, actor);
        if (granted.level() != Level.LEAD) {
            throw new NotFoundException("Referral");
        }
        return granted.referral();
    }

    private Person root(Person person) {
        var current = person;
        for (int hops = 0; current.mergedInto() != null && hops < 10; hops++) {
            current = people.findByIdAndTenantId(current.mergedInto(), person.tenantId())
                    .orElseThrow();
        }
        return current;
    }

    /** The person and everyone linked into them, however many links away. */
    private List<UUID> mergedInto(UUID tenant, UUID root) {
        var all = new ArrayList<UUID>();
        all.add(root);
        var frontier = List.of(root);
        for (int hops = 0; !frontier.isEmpty() && hops < 10; hops++) {
            frontier = jdbc.sql("select id from person where tenant_id = :tenant and merged_into in (:ids)")
                    .param("tenant", tenant)
                    .param("ids", frontier)
                    .query(UUID.class)
                    .list();
            all.addAll(frontier);
        }
        return all;
    }

    /**
     * A Request for Support, to record the partner's answer or its end.
     *
     * @throws NotFoundException when there is none such in the tenant.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PREVENT_LEAD')")
    public SupportRequestView supportRequest(UUID requestId) {
        return supportRequests
                .findByIdAndTenantId(requestId, actors.requireTenant().value())
                .orElseThrow(() -> new NotFoundException("Request for Support"))
                .view();
    }

    private SupportRequest supportRequest(UUID requestId, int version) {
        var request = supportRequests
                .findByIdAndTenantId(requestId, actors.requireTenant().value())
                .orElseThrow(() -> new NotFoundException("Request for Support"));
        if (request.version() != version) {
            throw new OptimisticLockingFailureException("The request was changed by someone else");
        }
        return request;
    }

    static String initials(@Nullable String given, @Nullable String family) {
        var result = new StringBuilder();
        for (var part : new String[] {given, family}) {
            if (part != null && !part.isBlank()) {
                result.append(Character.toUpperCase(part.strip().charAt(0)));
            }
        }
        return result.isEmpty() ? "?" : result.toString();
    }

    static String fullName(@Nullable String given, @Nullable String family) {
        return ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
    }

    private static String listed(List<UUID> ids) {
        var detail = new StringBuilder("count=").append(ids.size());
        for (var id : ids) {
            if (detail.length() + 37 > 300) {
                break;
            }
            detail.append(' ').append(id);
        }
        return detail.toString();
    }
}
