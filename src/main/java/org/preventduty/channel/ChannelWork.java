package org.preventduty.channel;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.audit.AuditRecord;
import org.preventduty.audit.AuditTrail;
import org.preventduty.channel.ChannelRules.ConsentStatus;
import org.preventduty.channel.ChannelRules.Decision;
import org.preventduty.channel.ChannelRules.DecisionRule;
import org.preventduty.channel.ChannelRules.GivenBy;
import org.preventduty.identity.Actor;
import org.preventduty.identity.CurrentActor;
import org.preventduty.identity.Role;
import org.preventduty.referrals.ReferralAccepted;
import org.preventduty.referrals.ReferralDirectory;
import org.preventduty.shared.InvalidInputException;
import org.preventduty.shared.InvalidInputException.Problem;
import org.preventduty.shared.NotFoundException;
import org.preventduty.shared.RuleViolationException;
import org.preventduty.tasks.Notice;
import org.preventduty.tasks.Notifications;
import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything that changes a Channel case: opening it when a referral is accepted, panel meetings and their agendas,
 * attendance and minutes, decisions, the support plan and consent, interventions and their sessions, requests for
 * information, assessments, exit and the reviews after it. Each change is checked against the rules of
 * {@link ChannelRules}, recorded on the case's timeline and in the audit trail.
 */
@Service
public class ChannelWork {

    private static final String COORDINATORS = "hasAnyRole('PREVENT_LEAD', 'CHANNEL_CHAIR')";

    private final ChannelCases cases;
    private final CaseAccess access;
    private final JdbcClient jdbc;
    private final ReferralDirectory referrals;
    private final AuditTrail audit;
    private final CurrentActor actors;
    private final ChannelSettings settings;
    private final Clock clock;
    private final Notifications notifications;
    private final org.preventduty.identity.UserDirectory users;

    ChannelWork(
            ChannelCases cases,
            CaseAccess access,
            JdbcClient jdbc,
            ReferralDirectory referrals,
            AuditTrail audit,
            CurrentActor actors,
            ChannelSettings settings,
            Clock clock,
            Notifications notifications,
            org.preventduty.identity.UserDirectory users) {
        this.notifications = notifications;
        this.users = users;
        this.cases = cases;
        this.access = access;
        this.jdbc = jdbc;
        this.referrals = referrals;
        this.audit = audit;
        this.actors = actors;
        this.settings = settings;
        this.clock = clock;
    }

    /** One attendee of a meeting. */
    record Attendee(
            String name,
            String organisation,
            PanelRole panelRole,
            @Nullable Boolean present,
            @Nullable UUID userId) {}

    /** A new meeting. */
    record NewMeeting(
            LocalDate heldOn,
            @Nullable LocalTime startsAt,
            @Nullable String location,
            @Nullable String chairName,
            List<Attendee> attendees,
            List<UUID> caseIds) {}

    /** A panel's decision on a case. */
    record NewDecision(
            UUID meetingId,
            LocalDate decidedOn,
            Decision decision,
            DecisionRule rule,
            String reasons,
            @Nullable Boolean consideredReferralElsewhere,
            @Nullable String referralElsewhereOutcome) {}

    /** A consent answer. */
    record NewConsent(
            ConsentStatus status, GivenBy givenBy, @Nullable String guardianName, LocalDate recordedOn) {}

    /** A new intervention. */
    record NewIntervention(
            InterventionType type, String provider, boolean homeOfficeApproved, LocalDate startOn, int frequencyDays) {}

    /**
     * Opens the Channel case of a referral accepted for Channel, in the transaction of the decision, so that an accepted
     * referral never lacks its case. A person with an earlier case gets a new one that points back to it.
     */
    @EventListener
    @Transactional
    public void open(ReferralAccepted accepted) {
        var now = clock.instant();
        var openedOn = accepted.decidedOn();
        var previous = jdbc
                .sql("select id from channel_case where tenant_id = ? and person_id = ?" + " order by opened_at desc")
                .params(accepted.tenantId(), accepted.personId())
                .query(UUID.class)
                .list()
                .stream()
                .findFirst()
                .orElse(null);
        var opened = ChannelCase.open(
                accepted.channelCaseId(),
                accepted.tenantId(),
                nextReference(accepted.tenantId(), openedOn.getYear()),
                accepted.personId(),
                previous,
                openedOn,
                now,
                accepted.decidedBy());
        cases.save(opened);
        jdbc.sql("insert into channel_case_referral (case_id, referral_id, tenant_id) values (?, ?, ?)")
                .params(opened.id(), accepted.referralId(), accepted.tenantId())
                .update();
        event(opened, accepted.decidedBy(), "OPENED", null, CaseStatus.INFORMATION_GATHERING, null);
        audit.record(AuditRecord.of("CHANNEL_CASE_OPENED", "CHANNEL_CASE", opened.id())
                .about(accepted.personId())
                .withDetail(opened.reference()));
        if (previous != null) {
            event(opened, accepted.decidedBy(), "LINKED_TO_EARLIER_CASE", null, null, previous.toString());
        }
    }

    /**
     * Plans a series of meetings at once: the first with its agenda, then {@code repeats} more an interval apart, each
     * with the same time, place, chair and invitees and an agenda to build.
     *
     * @throws InvalidInputException naming {@code repeat} when more than a year of meetings is asked for, or as a
     *     single meeting is refused.
     */
    @Transactional
    @PreAuthorize(COORDINATORS)
    public List<UUID> createSeries(NewMeeting first, int repeats, MeetingSeries.Interval every) {
        if (repeats < 0 || repeats > MeetingSeries.MAX_REPEATS) {
            throw new InvalidInputException(List.of(new Problem(
                    "repeat", "channel.meeting.repeat.range", "must be between 0 and " + MeetingSeries.MAX_REPEATS)));
        }
        var ids = new ArrayList<UUID>();
        for (var day : MeetingSeries.days(first.heldOn(), repeats, every)) {
            ids.add(createMeeting(new NewMeeting(
                    day,
                    first.startsAt(),
                    first.location(),
                    first.chairName(),
                    first.attendees(),
                    ids.isEmpty() ? first.caseIds() : List.of())));
        }
        return ids;
    }

    /**
     * Plans a panel meeting with its attendees and agenda; cases gathering information become awaiting panel. An
     * attendee who uses the service is listed once.
     */
    @Transactional
    @PreAuthorize(COORDINATORS)
    public UUID createMeeting(NewMeeting meeting) {
        var actor = actors.require();
        var tenant = actor.requireTenant().value();
        var agenda = new ArrayList<ChannelCase>();
        var problems = new ArrayList<Problem>();
        for (var caseId : new LinkedHashSet<>(meeting.caseIds())) {
            var found = cases.findByIdAndTenantId(caseId, tenant).orElse(null);
            if (found == null) {
                problems.add(new Problem("caseIds", "meeting.case.unknown", "names a case that does not exist"));
            } else if (!found.status().open() || found.status() == CaseStatus.EXITED) {
                problems.add(new Problem("caseIds", "meeting.case.closed", "names a case that has left Channel"));
            } else {
                agenda.add(found);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var id = UUID.randomUUID();
        jdbc.sql("insert into panel_meeting (id, tenant_id, held_on, starts_at, location, chair_name, created_by,"
                        + " created_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, 0)")
                .params(
                        id,
                        tenant,
                        meeting.heldOn(),
                        meeting.startsAt(),
                        meeting.location(),
                        meeting.chairName(),
                        actor.id(),
                        java.sql.Timestamp.from(clock.instant()))
                .update();
        var position = 0;
        var users = new java.util.HashSet<UUID>();
        for (var attendee : meeting.attendees()) {
            if (attendee.userId() != null && !users.add(attendee.userId())) {
                // A person who uses the service attends once, however they were invited (a standing member and a
                // panel member both): once on the page, in the documents and in the attendance.
                continue;
            }
            jdbc.sql("insert into panel_meeting_attendee (meeting_id, position, tenant_id, name, organisation,"
                            + " panel_role, present, user_id) values (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            id,
                            position++,
                            tenant,
                            attendee.name().strip(),
                            attendee.organisation().strip(),
                            attendee.panelRole().name(),
                            attendee.present(),
                            attendee.userId())
                    .update();
        }
        for (var channelCase : agenda) {
            addToAgenda(id, channelCase, actor);
        }
        audit.record(AuditRecord.of("PANEL_MEETING_CREATED", "PANEL_MEETING", id)
                .withDetail(meeting.heldOn() + ", " + agenda.size() + " cases"));
        return id;
    }

    /** Adds a case to a meeting's agenda. */
    @Transactional
    @PreAuthorize(COORDINATORS)
    public void addToAgenda(UUID meetingId, UUID caseId) {
        var actor = actors.require();
        meeting(meetingId, actor);
        var channelCase = access.coordinate(caseId, actor);
        if (!channelCase.status().open() || channelCase.status() == CaseStatus.EXITED) {
            throw RuleViolationException.rule("meeting.case.closed", "A case that has left Channel is not discussed.");
        }
        addToAgenda(meetingId, channelCase, actor);
    }

    private void addToAgenda(UUID meetingId, ChannelCase channelCase, Actor actor) {
        var already = jdbc.sql(
                                "select count(*) from panel_agenda_item where tenant_id = ? and meeting_id = ? and case_id = ?")
                        .params(channelCase.tenantId(), meetingId, channelCase.id())
                        .query(Integer.class)
                        .single()
                > 0;
        if (already) {
            return;
        }
        var position = jdbc.sql("select count(*) from panel_agenda_item where tenant_id = ? and meeting_id = ?")
                .params(channelCase.tenantId(), meetingId)
                .query(Integer.class)
                .single();
        jdbc.sql("insert into panel_agenda_item (meeting_id, case_id, tenant_id, position) values (?, ?, ?, ?)")
                .params(meetingId, channelCase.id(), channelCase.tenantId(), position)
                .update();
        if (channelCase.status() == CaseStatus.INFORMATION_GATHERING) {
            move(channelCase, CaseStatus.AWAITING_PANEL, actor, "On the agenda of a panel meeting");
        }
        event(channelCase, actor.id(), "ON_AGENDA", null, null, meetingId.toString());
    }

    /**
     * Publishes a meeting's agenda: from now until some days after the meeting, the invited panel members see the
     * cases on it.
     */
    @Transactional
    @PreAuthorize(COORDINATORS)
    public void publish(UUID meetingId) {
        var actor = actors.require();
        meeting(meetingId, actor);
        jdbc.sql("update panel_meeting set published_at = ?, version = version + 1 where tenant_id = ? and id = ?"
                        + " and published_at is null")
                .params(
                        java.sql.Timestamp.from(clock.instant()),
                        actor.requireTenant().value(),
                        meetingId)
                .update();
        audit.record(AuditRecord.of("PANEL_AGENDA_PUBLISHED", "PANEL_MEETING", meetingId));
        // The invitees who are users are told, once; the notice names no one on the agenda.
        var invitees = jdbc.sql("select user_id from panel_meeting_attendee where tenant_id = ? and meeting_id = ?"
                        + " and user_id is not null")
                .params(actor.requireTenant().value(), meetingId)
                .query(UUID.class)
                .list();
        notifications.toUsers(
                actor.requireTenant(), invitees, Notice.AGENDA_PUBLISHED, "/channel/cases", "agenda:" + meetingId);
    }

    /** Records who was present at a meeting, by attendee position. */
    @Transactional
    @PreAuthorize(COORDINATORS)
    public void recordAttendance(UUID meetingId, Set<Integer> presentPositions) {
        var actor = actors.require();
        CaseDates.meetingHeld(meeting(meetingId, actor), access.today());
        var tenant = actor.requireTenant().value();
        jdbc.sql("update panel_meeting_attendee set present = false where tenant_id = ? and meeting_id = ?")
                .params(tenant, meetingId)
                .update();
        for (var position : presentPositions) {
            jdbc.sql("update panel_meeting_attendee set present = true where tenant_id = ? and meeting_id = ?"
                            + " and position = ?")
                    .params(tenant, meetingId, position)
                    .update();
        }
        audit.record(AuditRecord.of("PANEL_ATTENDANCE_RECORDED", "PANEL_MEETING", meetingId)
                .withDetail(presentPositions.size() + " present"));
    }

    /** Records the minutes of a case's discussion; a case awaiting panel becomes discussed. */
    @Transactional
    @PreAuthorize(COORDINATORS)
    public void recordMinutes(UUID meetingId, UUID caseId, String minutes) {
        var actor = actors.require();
        var heldOn = meeting(meetingId, actor);
        CaseDates.meetingHeld(heldOn, access.today());
        var channelCase = access.coordinate(caseId, actor);
        var updated = jdbc.sql("update panel_agenda_item set minutes = ? where tenant_id = ? and meeting_id = ?"
                        + " and case_id = ?")
                .params(minutes, channelCase.tenantId(), meetingId, caseId)
                .update();
        if (updated == 0) {
            throw RuleViolationException.rule("decision.notOnAgenda", "The case is not on the meeting's agenda.");
        }
        if (channelCase.status() == CaseStatus.AWAITING_PANEL) {
            move(channelCase, CaseStatus.DISCUSSED, actor, "Discussed at panel");
        }
        referrals.discussedAtPanel(
                CaseAccess.tenant(channelCase), access.referralIds(channelCase.tenantId(), caseId), heldOn);
        audit.record(
                AuditRecord.of("PANEL_MINUTES_RECORDED", "CHANNEL_CASE", caseId).about(channelCase.personId()));
    }

    /** Adds an action agreed at a meeting. */
    @Transactional
    @PreAuthorize(COORDINATORS)
    public UUID addAction(UUID meetingId, @Nullable UUID caseId, String description, String owner, LocalDate dueOn) {
        var actor = actors.require();
        meeting(meetingId, actor);
        if (caseId != null) {
            access.coordinate(caseId, actor);
        }
        var id = UUID.randomUUID();
        jdbc.sql("insert into panel_action (id, meeting_id, case_id, tenant_id, description, owner_name, due_on)"
                        + " values (?, ?, ?, ?, ?, ?, ?)")
                .params(id, meetingId, caseId, actor.requireTenant().value(), description, owner, dueOn)
                .update();
        audit.record(AuditRecord.of("PANEL_ACTION_ADDED", "PANEL_MEETING", meetingId));
        return id;
    }

    /**
     * Records the panel's decision. The case must be on the meeting's agenda and a police counter-terrorism
     * representative present at it (s37(3)); a case not adopted records whether referral to health or social care was
     * considered (s36(6)).
     */
    @Transactional
    @PreAuthorize(COORDINATORS)
    public CaseStatus decide(UUID caseId, NewDecision decision, @Nullable Integer expectedVersion) {
        var actor = actors.require();
        var channelCase = access.coordinate(caseId, actor);
        checkVersion(channelCase, expectedVersion);
        var tenant = channelCase.tenantId();
        var heldOn = meeting(decision.meetingId(), actor);
        var onAgenda = jdbc.sql("select count(*) from panel_agenda_item where tenant_id = ? and meeting_id = ?"
                                + " and case_id = ?")
                        .params(tenant, decision.meetingId(), caseId)
                        .query(Integer.class)
                        .single()
                > 0;
        var policePresent =
                jdbc.sql("select count(*) from panel_meeting_attendee where tenant_id = ? and meeting_id = ?"
                                        + " and panel_role = 'POLICE_CT' and present = true")
                                .params(tenant, decision.meetingId())
                                .query(Integer.class)
                                .single()
                        > 0;
        var problems = ChannelRules.decisionProblems(
                onAgenda, policePresent, decision.decision(), decision.consideredReferralElsewhere());
        if (problems.contains("decision.consideredReferralElsewhere.blank")) {
            throw new InvalidInputException(List.of(new Problem(
                    "consideredHealthOrSocialCareReferral",
                    "decision.consideredReferralElsewhere.blank",
                    "is required when NOT_ADOPTED")));
        }
        if (!problems.isEmpty()) {
            throw RuleViolationException.rule(
                    problems.get(0),
                    problems.contains("decision.notOnAgenda")
                            ? "The case is not on the agenda of that meeting."
                            : "No police counter-terrorism representative is recorded as present at that meeting.");
        }
        if (!channelCase.status().awaitsDecision()) {
            throw RuleViolationException.rule(
                    "decision.notAwaiting", "A case that is " + channelCase.status() + " awaits no decision.");
        }
        CaseDates.meetingHeld(heldOn, access.today());
        CaseDates.onMeetingDay(decision.decidedOn(), heldOn);
        CaseDates.withinCase("decidedOn", decision.decidedOn(), channelCase.openedOn(), access.today());
        var next = decision.decision() == Decision.ADOPTED ? CaseStatus.ADOPTED : CaseStatus.NOT_ADOPTED;
        move(channelCase, next, actor, decision.reasons());
        jdbc.sql("insert into panel_decision (id, case_id, meeting_id, tenant_id, decided_on, decision, decision_rule,"
                        + " reasons, considered_referral_elsewhere, referral_elsewhere_outcome, recorded_by,"
                        + " recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        UUID.randomUUID(),
                        caseId,
                        decision.meetingId(),
                        tenant,
                        decision.decidedOn(),
                        decision.decision().name(),
                        decision.rule().name(),
                        decision.reasons(),
                        decision.decision() == Decision.NOT_ADOPTED ? decision.consideredReferralElsewhere() : null,
                        decision.decision() == Decision.NOT_ADOPTED ? decision.referralElsewhereOutcome() : null,
                        actor.id(),
                        java.sql.Timestamp.from(clock.instant()))
                .update();
        var referralIds = access.referralIds(tenant, caseId);
        referrals.discussedAtPanel(CaseAccess.tenant(channelCase), referralIds, decision.decidedOn());
        if (next == CaseStatus.ADOPTED) {
            referrals.adopted(CaseAccess.tenant(channelCase), referralIds, decision.decidedOn());
        }
        audit.record(AuditRecord.of("PANEL_DECISION_RECORDED", "CHANNEL_CASE", caseId)
                .about(channelCase.personId())
                .withDetail(decision.decision() + " " + decision.rule()));
        return next;
    }

    /** Writes the support plan with how, when and by whom consent is to be asked for (s36(5)), and asks for it. */
    @Transactional
    @PreAuthorize(COORDINATORS)
    public void planSupport(UUID caseId, String support, String consentHow, String consentBy, LocalDate consentOn) {
        var actor = actors.require();
        var channelCase = access.coordinate(caseId, actor);
        channelCase.plan(support, consentHow, consentBy, consentOn);
        if (channelCase.status() == CaseStatus.ADOPTED) {
            var from = channelCase.moveTo(CaseStatus.CONSENT_REQUESTED);
            event(channelCase, actor.id(), "STATUS", from, CaseStatus.CONSENT_REQUESTED, consentHow);
        } else {
            event(channelCase, actor.id(), "SUPPORT_PLAN", null, null, null);
        }
        cases.save(channelCase);
        audit.record(
                AuditRecord.of("SUPPORT_PLAN_RECORDED", "CHANNEL_CASE", caseId).about(channelCase.personId()));
    }

    /** Who may be a case officer: the council's active Prevent leads, Channel chairs and case workers. */
    @Transactional(readOnly = true)
    @PreAuthorize(COORDINATORS)
    public java.util.List<org.preventduty.identity.UserDirectory.Colleague> possibleOfficers() {
        var officers = new java.util.TreeMap<UUID, org.preventduty.identity.UserDirectory.Colleague>();
        for (var role : java.util.List.of(Role.PREVENT_LEAD, Role.CHANNEL_CHAIR, Role.CASE_WORKER)) {
            users.withRole(role).forEach(colleague -> officers.put(colleague.id(), colleague));
        }
        return officers.values().stream()
                .sorted(java.util.Comparator.comparing(
                        org.preventduty.identity.UserDirectory.Colleague::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /**
     * Names the case officer, a user of the council who may work cases; the change is kept in the case's events.
     *
     * @throws RuleViolationException (422) naming {@code officerId} when the user is not one who may work cases; (409)
     *     when the case changed since it was read.
     */
    @Transactional
    @PreAuthorize(COORDINATORS)
    public void assignOfficer(UUID caseId, UUID officerId, @Nullable Integer version) {
        var actor = actors.require();
        var channelCase = access.coordinate(caseId, actor);
        if (version != null && version != channelCase.version()) {
            throw RuleViolationException.conflict(
                    "case.stale", "The case was changed by someone else since you read it.");
        }
        var officer = possibleOfficers().stream()
                .filter(colleague -> colleague.id().equals(officerId))
                .findFirst()
                .orElseThrow(() -> RuleViolationException.rule(
                                "case.officer.unknown", "Choose a user of the council who works cases.")
                        .on("officerId"));
        if (channelCase.officer(officerId)) {
            event(channelCase, actor.id(), "OFFICER", null, null, officer.id().toString());
            cases.save(channelCase);
            audit.record(AuditRecord.of("CASE_OFFICER_CHANGED", "CHANNEL_CASE", caseId)
                    .about(channelCase.personId())
                    .withDetail("officer " + officerId));
        }
    }

    /**
     * Records consent given, refused or withdrawn. Only an adopted case takes consent; for a person under 18 on that
     * day only a named parent or guardian answers. Refusal or withdrawal sets a reassessment (s36(4)(e)) and
     * withdrawal ends the interventions.
     */
    @Transactional
    public CaseStatus recordConsent(UUID caseId, NewConsent consent) {
        var actor = actors.require();
        if (!actor.hasAny(Role.PREVENT_LEAD, Role.CHANNEL_CHAIR)) {
            throw new NotFoundException("Channel case");
        }
        var channelCase = access.coordinate(caseId, actor);
        if (!channelCase.status().adopted()) {
            throw RuleViolationException.rule("consent.notAdopted", "Only an adopted case takes consent.");
        }
        CaseDates.withinCase("recordedOn", consent.recordedOn(), channelCase.openedOn(), access.today());
        CaseDates.notBefore(
                "recordedOn",
                consent.recordedOn(),
                dayOf(
                        "select max(decided_on) from panel_decision where tenant_id = ? and case_id = ?"
                                + " and decision = 'ADOPTED'",
                        channelCase),
                "consent.beforeAdoption",
                "the panel adopted the case");
        var subject = referrals
                .subject(CaseAccess.tenant(channelCase), channelCase.personId())
                .orElseThrow();
        var problem = ChannelRules.consentProblem(
                subject.dateOfBirth(),
                subject.approximateAge(),
                subject.ageRecordedOn(),
                consent.recordedOn(),
                consent.givenBy(),
                consent.guardianName());
        if (problem != null) {
            throw RuleViolationException.rule(
                    problem,
                    problem.equals("consent.childNeedsGuardian")
                            ? "The person is under 18 on that day: only a named parent or guardian can answer."
                            : "The name of the parent or guardian is needed.");
        }
        var next = switch (consent.status()) {
            case GIVEN -> CaseStatus.CONSENT_GIVEN;
            case REFUSED -> CaseStatus.CONSENT_REFUSED;
            case WITHDRAWN -> CaseStatus.CONSENT_WITHDRAWN;
        };
        move(channelCase, next, actor, consent.status() + " by " + consent.givenBy());
        if (next == CaseStatus.CONSENT_GIVEN) {
            channelCase.reassessBy(null);
        } else {
            channelCase.reassessBy(ChannelRules.reassessmentDay(consent.recordedOn(), settings.reassessmentDays()));
            endInterventions(channelCase, consent.recordedOn());
        }
        cases.save(channelCase);
        jdbc.sql("insert into consent_record (id, case_id, tenant_id, status, given_by, guardian_name, recorded_on,"
                        + " recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        UUID.randomUUID(),
                        caseId,
                        channelCase.tenantId(),
                        consent.status().name(),
                        consent.givenBy().name(),
                        consent.givenBy() == GivenBy.PARENT_OR_GUARDIAN ? consent.guardianName() : null,
                        consent.recordedOn(),
                        actor.id(),
                        java.sql.Timestamp.from(clock.instant()))
                .update();
        audit.record(AuditRecord.of("CONSENT_RECORDED", "CHANNEL_CASE", caseId)
                .about(channelCase.personId())
                .withDetail(consent.status().name()));
        return next;
    }

    /** Adds an intervention; only with consent given. The first makes the case support active. */
    @Transactional
    @PreAuthorize(COORDINATORS)
    public UUID addIntervention(UUID caseId, NewIntervention intervention) {
        var actor = actors.require();
        var channelCase = access.coordinate(caseId, actor);
        if (!ChannelRules.supportAllowed(channelCase.status())) {
            throw RuleViolationException.rule(
                    "intervention.noConsent", "Support can only be recorded once consent has been given.");
        }
        if (intervention.frequencyDays() < 1 || intervention.frequencyDays() > 365) {
            throw new InvalidInputException(List.of(
                    new Problem("frequencyDays", "intervention.frequencyDays.range", "must be between 1 and 365")));
        }
        CaseDates.withinCase("startOn", intervention.startOn(), channelCase.openedOn(), access.today());
        CaseDates.notBefore(
                "startOn",
                intervention.startOn(),
                dayOf(
                        "select max(recorded_on) from consent_record where tenant_id = ? and case_id = ?"
                                + " and status = 'GIVEN'",
                        channelCase),
                "intervention.beforeConsent",
                "consent was given");
        var id = UUID.randomUUID();
        jdbc.sql("insert into intervention (id, case_id, tenant_id, intervention_type, provider, home_office_approved,"
                        + " start_on, frequency_days, status, created_by, created_at, version)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?, 0)")
                .params(
                        id,
                        caseId,
                        channelCase.tenantId(),
                        intervention.type().name(),
                        intervention.provider().strip(),
                        intervention.homeOfficeApproved(),
                        intervention.startOn(),
                        intervention.frequencyDays(),
                        actor.id(),
                        java.sql.Timestamp.from(clock.instant()))
                .update();
        if (channelCase.status() == CaseStatus.CONSENT_GIVEN) {
            move(
                    channelCase,
                    CaseStatus.SUPPORT_ACTIVE,
                    actor,
                    intervention.type().name());
        } else {
            event(
                    channelCase,
                    actor.id(),
                    "INTERVENTION_ADDED",
                    null,
                    null,
                    intervention.type().name());
        }
        audit.record(AuditRecord.of("INTERVENTION_ADDED", "CHANNEL_CASE", caseId)
                .about(channelCase.personId())
                .withDetail(intervention.type().name()));
        return id;
    }

    /** Logs a session delivered under an intervention. */
    @Transactional
    @PreAuthorize(COORDINATORS)
    public void logSession(UUID caseId, UUID interventionId, LocalDate deliveredOn, @Nullable String note) {
        var actor = actors.require();
        var channelCase = access.coordinate(caseId, actor);
        var intervention = jdbc.sql(
                        "select status, start_on from intervention where tenant_id = ? and case_id = ? and id = ?")
                .params(channelCase.tenantId(), caseId, interventionId)
                .query((rows, n) -> new Object[] {rows.getString(1), rows.getObject(2, LocalDate.class)})
                .optional()
                .orElseThrow(() -> new NotFoundException("Intervention"));
        if (!"ACTIVE".equals(intervention[0])) {
            throw RuleViolationException.rule("intervention.ended", "The intervention has ended.");
        }
        CaseDates.withinCase("deliveredOn", deliveredOn, channelCase.openedOn(), access.today());
        CaseDates.notBefore(
                "deliveredOn",
                deliveredOn,
                (LocalDate) intervention[1],
                "session.beforeStart",
                "the intervention started");
        jdbc.sql("insert into intervention_session (id, intervention_id, tenant_id, delivered_on, note, recorded_by,"
                        + " recorded_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        UUID.randomUUID(),
                        interventionId,
                        channelCase.tenantId(),
                        deliveredOn,
                        note,
                        actor.id(),
                        java.sql.Timestamp.from(clock.instant()))
                .update();
        audit.record(AuditRecord.of("INTERVENTION_SESSION_LOGGED", "CHANNEL_CASE", caseId)
                .about(channelCase.personId()));
    }

    /** Ends an intervention that has run its course or stopped; its sessions stay on the record. */
    @Transactional
    @PreAuthorize(COORDINATORS)
    public void endIntervention(UUID caseId, UUID interventionId, LocalDate endedOn) {
        var actor = actors.require();
        var channelCase = access.coordinate(caseId, actor);
        CaseDates.withinCase("endedOn", endedOn, channelCase.openedOn(), access.today());
        CaseDates.notBefore(
                "endedOn",
                endedOn,
                jdbc.sql("select start_on from intervention where tenant_id = ? and case_id = ? and id = ?")
                        .params(channelCase.tenantId(), caseId, interventionId)
                        .query(LocalDate.class)
                        .optional()
                        .orElseThrow(() -> new NotFoundException("Intervention")),
                "intervention.endBeforeStart",
                "the intervention started");
        var updated = jdbc.sql("update intervention set status = 'ENDED', ended_on = ?, version = version + 1"
                        + " where tenant_id = ? and case_id = ? and id = ? and status = 'ACTIVE'")
                .params(endedOn, channelCase.tenantId(), caseId, interventionId)
                .update();
        if (updated == 0) {
            throw RuleViolationException.rule("intervention.ended", "The intervention has ended.");
        }
        event(channelCase, actor.id(), "INTERVENTION_ENDED", null, null, null);
        audit.record(
                AuditRecord.of("INTERVENTION_ENDED", "CHANNEL_CASE", caseId).about(channelCase.personId()));
    }

    /** Exits a case with its closing report; the reviews 6 and 12 months later become due. */
    @Transactional
    @PreAuthorize(COORDINATORS)
    public List<LocalDate> exit(UUID caseId, LocalDate exitedOn, String closingSummary, @Nullable Integer version) {
        var actor = actors.require();
        var channelCase = access.coordinate(caseId, actor);
        checkVersion(channelCase, version);
        if (channelCase.status() != CaseStatus.SUPPORT_ACTIVE) {
            throw RuleViolationException.rule("exit.notActive", "Only a case with support active can exit.");
        }
        CaseDates.withinCase("exitedOn", exitedOn, channelCase.openedOn(), access.today());
        CaseDates.notBefore(
                "exitedOn",
                exitedOn,
                dayOf("select min(start_on) from intervention where tenant_id = ? and case_id = ?", channelCase),
                "exit.beforeSupport",
                "the first intervention started");
        var from = channelCase.status();
        channelCase.exit(exitedOn, closingSummary);
        cases.save(channelCase);
        event(channelCase, actor.id(), "STATUS", from, CaseStatus.EXITED, closingSummary);
        endInterventions(channelCase, exitedOn);
        var days = ChannelRules.postExitReviewDays(exitedOn);
        for (var i = 0; i < days.size(); i++) {
            jdbc.sql("insert into post_exit_review (case_id, months, tenant_id, due_on) values (?, ?, ?, ?)")
                    .params(caseId, ChannelRules.POST_EXIT_REVIEW_MONTHS.get(i), channelCase.tenantId(), days.get(i))
                    .update();
        }
        audit.record(
                AuditRecord.of("CHANNEL_CASE_EXITED", "CHANNEL_CASE", caseId).about(channelCase.personId()));
        return days;
    }

    /** Records a review after exit; when the last is done the case closes. */
    @Transactional
    @PreAuthorize(COORDINATORS)
    public CaseStatus completeReview(UUID caseId, int months, LocalDate on, String outcome) {
        var actor = actors.require();
        var channelCase = access.coordinate(caseId, actor);
        CaseDates.withinCase("completedOn", on, channelCase.openedOn(), access.today());
        CaseDates.notBefore("completedOn", on, channelCase.exitedOn(), "review.beforeExit", "the case exited");
        var updated = jdbc.sql("update post_exit_review set completed_on = ?, outcome = ?, completed_by = ?"
                        + " where tenant_id = ? and case_id = ? and months = ? and completed_on is null")
                .params(on, outcome, actor.id(), channelCase.tenantId(), caseId, months)
                .update();
        if (updated == 0) {
            throw RuleViolationException.rule("review.notDue", "That review is not due.");
        }
        event(channelCase, actor.id(), "POST_EXIT_REVIEW", null, null, months + " months: " + outcome);
        var open = jdbc.sql(
                        "select count(*) from post_exit_review where tenant_id = ? and case_id = ? and completed_on is null")
                .params(channelCase.tenantId(), caseId)
                .query(Integer.class)
                .single();
        if (open == 0) {
            var from = channelCase.status();
            channelCase.close(on);
            cases.save(channelCase);
            event(channelCase, actor.id(), "STATUS", from, CaseStatus.CLOSED, "Last review after exit done");
        }
        audit.record(AuditRecord.of("POST_EXIT_REVIEW_RECORDED", "CHANNEL_CASE", caseId)
                .about(channelCase.personId())
                .withDetail(months + " months"));
        return channelCase.status();
    }

    /** Closes a case that will not go on: not adopted, consent refused or withdrawn, or withdrawn before panel. */
    @Transactional
    @PreAuthorize(COORDINATORS)
    public void close(UUID caseId, String reason) {
        var actor = actors.require();
        var channelCase = access.coordinate(caseId, actor);
        var from = channelCase.status();
        if (from == CaseStatus.EXITED) {
            throw RuleViolationException.rule("close.reviewsDue", "An exited case closes after its last review.");
        }
        channelCase.close(access.today());
        cases.save(channelCase);
        event(channelCase, actor.id(), "STATUS", from, CaseStatus.CLOSED, reason);
        audit.record(
                AuditRecord.of("CHANNEL_CASE_CLOSED", "CHANNEL_CASE", caseId).about(channelCase.personId()));
    }

    /** Records a request for information sent to a partner agency. */
    @Transactional
    @PreAuthorize(COORDINATORS)
    public UUID requestInformation(
            UUID caseId, String agency, @Nullable String askedOf, LocalDate askedOn, String what) {
        var actor = actors.require();
        var channelCase = access.coordinate(caseId, actor);
        CaseDates.withinCase("askedOn", askedOn, channelCase.openedOn(), access.today());
        var id = UUID.randomUUID();
        jdbc.sql("insert into information_request (id, case_id, tenant_id, agency, asked_of, asked_on, what_asked,"
                        + " due_on, created_by, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
                .params(
                        id,
                        caseId,
                        channelCase.tenantId(),
                        agency,
                        askedOf,
                        askedOn,
                        what,
                        askedOn.plusDays(settings.informationRequestDays()),
                        actor.id())
                .update();
        event(channelCase, actor.id(), "INFORMATION_REQUESTED", null, null, agency);
        audit.record(
                AuditRecord.of("INFORMATION_REQUESTED", "CHANNEL_CASE", caseId).about(channelCase.personId()));
        return id;
    }

    /** Records a partner agency's response to a request for information. */
    @Transactional
    @PreAuthorize(COORDINATORS)
    public void recordResponse(UUID caseId, UUID requestId, LocalDate respondedOn, String response) {
        var actor = actors.require();
        var channelCase = access.coordinate(caseId, actor);
        CaseDates.withinCase("respondedOn", respondedOn, channelCase.openedOn(), access.today());
        CaseDates.notBefore(
                "respondedOn",
                respondedOn,
                jdbc.sql("select asked_on from information_request where tenant_id = ? and case_id = ? and id = ?")
                        .params(channelCase.tenantId(), caseId, requestId)
                        .query(LocalDate.class)
                        .optional()
                        .orElseThrow(() -> new NotFoundException("Request for information")),
                "information.respondedBeforeAsked",
                "the request was sent");
        var updated = jdbc.sql("update information_request set response = ?, responded_on = ?, version = version + 1"
                        + " where tenant_id = ? and case_id = ? and id = ? and responded_on is null")
                .params(response, respondedOn, channelCase.tenantId(), caseId, requestId)
                .update();
        if (updated == 0) {
            throw RuleViolationException.rule("information.answered", "That request has already been answered.");
        }
        event(channelCase, actor.id(), "INFORMATION_RECEIVED", null, null, null);
        audit.record(
                AuditRecord.of("INFORMATION_RECEIVED", "CHANNEL_CASE", caseId).about(channelCase.personId()));
    }

    /**
     * Records an assessment under the current version of a framework: each factor rated with its evidence, and a
     * summary per dimension.
     */
    @Transactional
    @PreAuthorize(COORDINATORS)
    public UUID assess(
            UUID caseId,
            LocalDate assessedOn,
            String assessedBy,
            Map<String, Rating> ratings,
            Map<String, String> evidence,
            Map<String, String> summaries) {
        var actor = actors.require();
        var channelCase = access.coordinate(caseId, actor);
        CaseDates.withinCase("assessedOn", assessedOn, channelCase.openedOn(), access.today());
        var framework = Frameworks.current(jdbc);
        var unknown = ratings.keySet().stream()
                .filter(code ->
                        framework.factors().stream().noneMatch(f -> f.code().equals(code)))
                .toList();
        if (!unknown.isEmpty() || ratings.size() != framework.factors().size()) {
            throw new InvalidInputException(
                    List.of(new Problem("ratings", "assessment.ratings.incomplete", "must rate every factor once")));
        }
        var id = UUID.randomUUID();
        jdbc.sql("insert into assessment (id, case_id, tenant_id, framework_code, framework_version, assessed_on,"
                        + " assessed_by, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        caseId,
                        channelCase.tenantId(),
                        framework.code(),
                        framework.version(),
                        assessedOn,
                        assessedBy,
                        actor.id(),
                        java.sql.Timestamp.from(clock.instant()))
                .update();
        ratings.forEach((code, rating) -> jdbc.sql("insert into assessment_rating (assessment_id, factor_code,"
                        + " tenant_id, rating, evidence) values (?, ?, ?, ?, ?)")
                .params(id, code, channelCase.tenantId(), rating.name(), evidence.get(code))
                .update());
        summaries.forEach((dimension, summary) -> jdbc.sql("insert into assessment_summary (assessment_id, dimension,"
                        + " tenant_id, summary) values (?, ?, ?, ?)")
                .params(id, dimension, channelCase.tenantId(), summary)
                .update());
        event(channelCase, actor.id(), "ASSESSED", null, null, framework.code() + " " + framework.version());
        audit.record(
                AuditRecord.of("ASSESSMENT_RECORDED", "CHANNEL_CASE", caseId).about(channelCase.personId()));
        return id;
    }

    /** The one day a query of the case's records answers (a min or a max), or null when it has none. */
    private @Nullable LocalDate dayOf(String sql, ChannelCase channelCase) {
        return jdbc.sql(sql)
                .params(channelCase.tenantId(), channelCase.id())
                .query(LocalDate.class)
                .optional()
                .orElse(null);
    }

    private void endInterventions(ChannelCase channelCase, LocalDate on) {
        jdbc.sql("update intervention set status = 'ENDED', ended_on = ?, version = version + 1 where tenant_id = ?"
                        + " and case_id = ? and status = 'ACTIVE'")
                .params(on, channelCase.tenantId(), channelCase.id())
                .update();
    }

    private LocalDate meeting(UUID meetingId, Actor actor) {
        return jdbc.sql("select held_on from panel_meeting where tenant_id = ? and id = ?")
                .params(actor.requireTenant().value(), meetingId)
                .query(LocalDate.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("Panel meeting"));
    }

    private void move(ChannelCase channelCase, CaseStatus next, Actor actor, @Nullable String why) {
        var from = channelCase.moveTo(next);
        cases.save(channelCase);
        event(channelCase, actor.id(), "STATUS", from, next, why);
    }

    private void event(
            ChannelCase channelCase,
            UUID actorId,
            String kind,
            @Nullable CaseStatus from,
            @Nullable CaseStatus to,
            @Nullable String detail) {
        jdbc.sql("insert into channel_case_event (id, case_id, tenant_id, happened_at, actor_id, kind, from_status,"
                        + " to_status, detail) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        UUID.randomUUID(),
                        channelCase.id(),
                        channelCase.tenantId(),
                        java.sql.Timestamp.from(clock.instant()),
                        actorId,
                        kind,
                        from == null ? null : from.name(),
                        to == null ? null : to.name(),
                        detail == null ? null : detail.length() > 2000 ? detail.substring(0, 2000) : detail)
                .update();
    }

    private static void checkVersion(ChannelCase channelCase, @Nullable Integer expected) {
        if (expected != null && expected != channelCase.version()) {
            throw new OptimisticLockingFailureException("The case was changed by someone else.");
        }
    }

    private String nextReference(UUID tenantId, int year) {
        var updated = jdbc.sql("update channel_case_counter set last_number = last_number + 1 where tenant_id = ?"
                        + " and counter_year = ?")
                .params(tenantId, year)
                .update();
        if (updated == 0) {
            jdbc.sql("insert into channel_case_counter (tenant_id, counter_year, last_number) values (?, ?, 1)")
                    .params(tenantId, year)
                    .update();
        }
        var number = jdbc.sql("select last_number from channel_case_counter where tenant_id = ? and counter_year = ?")
                .params(tenantId, year)
                .query(Integer.class)
                .single();
        return "CH-%d-%05d".formatted(year, number);
    }
}
