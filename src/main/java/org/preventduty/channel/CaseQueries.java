package org.preventduty.channel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.audit.AuditRecord;
import org.preventduty.audit.AuditTrail;
import org.preventduty.identity.CurrentActor;
import org.preventduty.identity.Role;
import org.preventduty.identity.UserDirectory;
import org.preventduty.referrals.ReferralDirectory;
import org.preventduty.shared.NotFoundException;
import org.preventduty.shared.Paged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the Channel pages and the API show: cases, their records and timeline, and panel meetings. */
@Service
class CaseQueries {

    private final CaseAccess access;
    private final JdbcClient jdbc;
    private final ReferralDirectory referrals;
    private final AuditTrail audit;
    private final CurrentActor actors;
    private final ChannelSettings settings;
    private final UserDirectory users;
    private final CaseRestrictions restrictions;

    CaseQueries(
            CaseAccess access,
            JdbcClient jdbc,
            ReferralDirectory referrals,
            AuditTrail audit,
            CurrentActor actors,
            ChannelSettings settings,
            UserDirectory users,
            CaseRestrictions restrictions) {
        this.restrictions = restrictions;
        this.access = access;
        this.jdbc = jdbc;
        this.referrals = referrals;
        this.audit = audit;
        this.actors = actors;
        this.settings = settings;
        this.users = users;
    }

    record TimelineEntry(
            Instant at,
            String kind,
            @Nullable String from,
            @Nullable String to,
            @Nullable String detail,
            String by) {}

    record DecisionView(
            UUID meetingId,
            LocalDate decidedOn,
            String decision,
            String rule,
            String reasons,
            @Nullable Boolean consideredReferralElsewhere,
            @Nullable String referralElsewhereOutcome) {}

    record ConsentView(
            String status, String givenBy, @Nullable String guardianName, LocalDate recordedOn) {}

    record InterventionView(
            UUID id,
            String type,
            String provider,
            boolean homeOfficeApproved,
            LocalDate startOn,
            int frequencyDays,
            String status,
            @Nullable LocalDate endedOn,
            List<LocalDate> sessions,
            @Nullable LocalDate stalledAfter,
            boolean stalled) {

        public boolean active() {
            return "ACTIVE".equals(status);
        }
    }

    record ReviewView(
            int months,
            LocalDate dueOn,
            @Nullable LocalDate completedOn,
            @Nullable String outcome) {

        public boolean due() {
            return completedOn == null;
        }
    }

    record InformationRequestView(
            UUID id,
            String agency,
            @Nullable String askedOf,
            LocalDate askedOn,
            String what,
            LocalDate dueOn,
            @Nullable String response,
            @Nullable LocalDate respondedOn,
            boolean overdue) {

        public boolean answered() {
            return respondedOn != null;
        }
    }

    /** A meeting that had the case on its agenda; {@code held} when its day has come. */
    record Discussion(
            UUID meetingId, LocalDate heldOn, @Nullable String minutes, boolean held) {}

    record AssessmentView(
            UUID id,
            String framework,
            String version,
            LocalDate assessedOn,
            String assessedBy,
            Map<String, String> ratings,
            Map<String, String> summaries) {}

    /** Assessments side by side: each factor's rating in each assessment, oldest first. */
    record Comparison(Frameworks.Framework framework, List<AssessmentView> assessments) {}

    record CaseView(
            UUID id,
            String reference,
            CaseStatus status,
            int version,
            LocalDate openedOn,
            @Nullable UUID previousCaseId,
            ReferralDirectory.Subject subject,
            List<ReferralDirectory.Brief> referrals,
            List<Discussion> discussions,
            List<DecisionView> decisions,
            List<ConsentView> consents,
            @Nullable String supportPlan,
            @Nullable String consentRequestHow,
            @Nullable String consentRequestBy,
            @Nullable LocalDate consentRequestOn,
            @Nullable LocalDate reassessmentDueOn,
            List<InterventionView> interventions,
            List<InformationRequestView> informationRequests,
            Comparison assessments,
            @Nullable LocalDate exitedOn,
            @Nullable String closingSummary,
            @Nullable LocalDate closedOn,
            List<ReviewView> reviews,
            List<TimelineEntry> timeline,
            boolean mayChange,
            boolean restricted,
            boolean mayWriteNotes,
            @Nullable UUID caseOfficerId,
            @Nullable String caseOfficerName) {

        List<UUID> referralIds() {
            return referrals.stream().map(ReferralDirectory.Brief::id).toList();
        }

        /** Whether a panel's decision may be recorded: the case awaits one and a meeting it was on has been held. */
        public boolean mayDecide() {
            return mayChange && status.awaitsDecision() && !heldDiscussions().isEmpty();
        }

        /** The meetings that had the case on their agenda and have been held, oldest first. */
        public List<Discussion> heldDiscussions() {
            return discussions.stream().filter(Discussion::held).toList();
        }

        public boolean mayPlanSupport() {
            return mayChange && status.takesSupportPlan();
        }

        public boolean mayRecordConsent() {
            return mayChange && status.adopted();
        }

        public boolean mayAddIntervention() {
            return mayChange && status.takesSupport();
        }

        public boolean mayExit() {
            return mayChange && status.mayExit();
        }

        public boolean mayClose() {
            return mayChange && status.mayClose();
        }

        /** Whether the support plan and consent have anything to show or offer. */
        public boolean showsSupportPlan() {
            return supportPlan != null
                    || consentRequestHow != null
                    || !consents.isEmpty()
                    || mayPlanSupport()
                    || mayRecordConsent();
        }

        /** Whether interventions have anything to show: once adopted, or when some were recorded. */
        public boolean showsInterventions() {
            return !interventions.isEmpty() || status.adopted();
        }

        /** What to say when no intervention was recorded, as things stand; null when nothing need be said. */
        public @Nullable String noInterventionsMessage() {
            if (!interventions.isEmpty()) {
                return null;
            }
            if (status.takesSupport()) {
                return "channel.interventions.noneYet";
            }
            return status.adopted() ? "channel.interventions.none" : null;
        }

        /** Whether the exit and the reviews after it have anything to show or offer. */
        public boolean showsExit() {
            return exitedOn != null || !reviews.isEmpty() || mayExit();
        }

        public boolean mayAskForInformation() {
            return mayChange && status.asksForInformation();
        }

        public boolean mayAssess() {
            return mayChange && status.open();
        }

        /** The intervention of this case with the id, or {@literal null}. */
        public @Nullable InterventionView intervention(UUID interventionId) {
            return interventions.stream()
                    .filter(i -> i.id().equals(interventionId))
                    .findFirst()
                    .orElse(null);
        }

        /** The review after exit due so many months after it, or {@literal null}. */
        public @Nullable ReviewView review(int months) {
            return reviews.stream()
                    .filter(r -> r.months() == months)
                    .findFirst()
                    .orElse(null);
        }

        /** The request for information of this case with the id, or {@literal null}. */
        public @Nullable InformationRequestView informationRequest(UUID requestId) {
            return informationRequests.stream()
                    .filter(q -> q.id().equals(requestId))
                    .findFirst()
                    .orElse(null);
        }
    }

    /** @param name the person's name, or {@literal null} when the case is restricted and the reader not named. */
    record CaseRow(UUID id, String reference, @Nullable String name, CaseStatus status, LocalDate openedOn) {}

    /** A case with everything recorded about it; the read is audited, with the meeting for a panel member. */
    @Transactional
    CaseView view(UUID id) {
        var actor = actors.require();
        var granted = access.load(id, actor);
        var channelCase = granted.channelCase();
        var tenant = CaseAccess.tenant(channelCase);
        var record = AuditRecord.of("CHANNEL_CASE_VIEWED", "CHANNEL_CASE", id).about(channelCase.personId());
        if (granted.level() == CaseAccess.Level.PANEL) {
            record = record.withDetail("panel member access through meeting " + granted.throughMeeting());
        }
        if (granted.level() == CaseAccess.Level.BREAK_GLASS) {
            record = record.withDetail("break-glass");
        }
        audit.record(record);
        var today = access.today();
        var t = channelCase.tenantId();
        var subject =
                referrals.subject(tenant, channelCase.personId()).orElseThrow(() -> new NotFoundException("Person"));
        var discussions = jdbc.sql("select m.id, m.held_on, i.minutes from panel_agenda_item i join panel_meeting m"
                        + " on m.id = i.meeting_id and m.tenant_id = i.tenant_id where i.tenant_id = ? and i.case_id = ?"
                        + " order by m.held_on")
                .params(t, id)
                .query((rs, n) -> new Discussion(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, LocalDate.class),
                        rs.getString(3),
                        !rs.getObject(2, LocalDate.class).isAfter(today)))
                .list();
        var decisions = jdbc.sql("select meeting_id, decided_on, decision, decision_rule, reasons,"
                        + " considered_referral_elsewhere, referral_elsewhere_outcome from panel_decision"
                        + " where tenant_id = ? and case_id = ? order by decided_on, recorded_at")
                .params(t, id)
                .query((rs, n) -> new DecisionView(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, LocalDate.class),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        (Boolean) rs.getObject(6),
                        rs.getString(7)))
                .list();
        var consents = jdbc.sql("select status, given_by, guardian_name, recorded_on from consent_record"
                        + " where tenant_id = ? and case_id = ? order by recorded_on, recorded_at")
                .params(t, id)
                .query((rs, n) -> new ConsentView(
                        rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class)))
                .list();
        var reviews = jdbc.sql("select months, due_on, completed_on, outcome from post_exit_review"
                        + " where tenant_id = ? and case_id = ? order by months")
                .params(t, id)
                .query((rs, n) -> new ReviewView(
                        rs.getInt(1),
                        rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class),
                        rs.getString(4)))
                .list();
        var timeline = jdbc.sql("select happened_at, kind, from_status, to_status, detail, actor_id"
                        + " from channel_case_event where tenant_id = ? and case_id = ? order by happened_at, kind")
                .params(t, id)
                .query((rs, n) -> new Object[] {
                    rs.getTimestamp(1).toInstant(),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getObject(6, UUID.class)
                })
                .list();
        var people = new java.util.HashSet<UUID>();
        timeline.forEach(row -> people.add((UUID) row[5]));
        if (channelCase.caseOfficerId() != null) {
            people.add(channelCase.caseOfficerId());
        }
        var names = users.names(people);
        return new CaseView(
                id,
                channelCase.reference(),
                channelCase.status(),
                channelCase.version(),
                channelCase.openedOn(),
                channelCase.previousCaseId(),
                subject,
                referrals.briefs(tenant, access.referralIds(t, id)),
                discussions,
                decisions,
                consents,
                channelCase.supportPlan(),
                channelCase.consentRequestHow(),
                channelCase.consentRequestBy(),
                channelCase.consentRequestOn(),
                channelCase.reassessmentDueOn(),
                interventions(t, id, today),
                informationRequests(t, id, today),
                comparison(t, id),
                channelCase.exitedOn(),
                channelCase.closingSummary(),
                channelCase.closedOn(),
                reviews,
                timeline.stream()
                        .map(row -> new TimelineEntry(
                                (Instant) row[0],
                                (String) row[1],
                                (String) row[2],
                                (String) row[3],
                                (String) row[4],
                                names.getOrDefault((UUID) row[5], "")))
                        .toList(),
                granted.level() == CaseAccess.Level.COORDINATOR,
                restrictions.restricted(t, id),
                granted.level() == CaseAccess.Level.COORDINATOR || granted.level() == CaseAccess.Level.ASSIGNED,
                channelCase.caseOfficerId(),
                channelCase.caseOfficerId() == null ? null : names.get(channelCase.caseOfficerId()));
    }

    private List<InterventionView> interventions(UUID tenant, UUID caseId, LocalDate today) {
        var sessions = new LinkedHashMap<UUID, List<LocalDate>>();
        jdbc.sql("select s.intervention_id, s.delivered_on from intervention_session s join intervention i"
                        + " on i.id = s.intervention_id and i.tenant_id = s.tenant_id where i.tenant_id = ?"
                        + " and i.case_id = ? order by s.delivered_on")
                .params(tenant, caseId)
                .query((rs, n) -> {
                    sessions.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(rs.getObject(2, LocalDate.class));
                    return null;
                })
                .list();
        return jdbc.sql(
                        "select id, intervention_type, provider, home_office_approved, start_on, frequency_days, status,"
                                + " ended_on from intervention where tenant_id = ? and case_id = ? order by start_on, created_at")
                .params(tenant, caseId)
                .query((rs, n) -> {
                    var id = rs.getObject(1, UUID.class);
                    var delivered = sessions.getOrDefault(id, List.of());
                    var start = rs.getObject(5, LocalDate.class);
                    var active = "ACTIVE".equals(rs.getString(7));
                    var stalledAfter = active
                            ? ChannelRules.stalledAfter(
                                    start,
                                    delivered.isEmpty() ? null : delivered.get(delivered.size() - 1),
                                    rs.getInt(6),
                                    settings.stalledMarginDays())
                            : null;
                    return new InterventionView(
                            id,
                            rs.getString(2),
                            rs.getString(3),
                            rs.getBoolean(4),
                            start,
                            rs.getInt(6),
                            rs.getString(7),
                            rs.getObject(8, LocalDate.class),
                            delivered,
                            stalledAfter,
                            stalledAfter != null && today.isAfter(stalledAfter));
                })
                .list();
    }

    private List<InformationRequestView> informationRequests(UUID tenant, UUID caseId, LocalDate today) {
        return jdbc.sql("select id, agency, asked_of, asked_on, what_asked, due_on, response, responded_on"
                        + " from information_request where tenant_id = ? and case_id = ? order by asked_on")
                .params(tenant, caseId)
                .query((rs, n) -> {
                    var due = rs.getObject(6, LocalDate.class);
                    var respondedOn = rs.getObject(8, LocalDate.class);
                    return new InformationRequestView(
                            rs.getObject(1, UUID.class),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getObject(4, LocalDate.class),
                            rs.getString(5),
                            due,
                            rs.getString(7),
                            respondedOn,
                            respondedOn == null && today.isAfter(due));
                })
                .list();
    }

    private Comparison comparison(UUID tenant, UUID caseId) {
        var heads = jdbc.sql("select id, framework_code, framework_version, assessed_on, assessed_by from assessment"
                        + " where tenant_id = ? and case_id = ? order by assessed_on, recorded_at")
                .params(tenant, caseId)
                .query((rs, n) -> new Object[] {
                    rs.getObject(1, UUID.class),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getObject(4, LocalDate.class),
                    rs.getString(5)
                })
                .list();
        var assessments = new ArrayList<AssessmentView>();
        for (var head : heads) {
            var id = (UUID) head[0];
            var ratings = new LinkedHashMap<String, String>();
            jdbc.sql("select factor_code, rating from assessment_rating where tenant_id = ? and assessment_id = ?")
                    .params(tenant, id)
                    .query((rs, n) -> ratings.put(rs.getString(1), rs.getString(2)))
                    .list();
            var summaries = new LinkedHashMap<String, String>();
            jdbc.sql("select dimension, summary from assessment_summary where tenant_id = ? and assessment_id = ?")
                    .params(tenant, id)
                    .query((rs, n) -> summaries.put(rs.getString(1), rs.getString(2) == null ? "" : rs.getString(2)))
                    .list();
            assessments.add(new AssessmentView(
                    id, (String) head[1], (String) head[2], (LocalDate) head[3], (String) head[4], ratings, summaries));
        }
        var framework = assessments.isEmpty()
                ? Frameworks.current(jdbc)
                : Frameworks.of(
                        jdbc,
                        assessments.get(assessments.size() - 1).framework(),
                        assessments.get(assessments.size() - 1).version());
        return new Comparison(framework, assessments);
    }

    /** The framework new assessments use. */
    @Transactional(readOnly = true)
    Frameworks.Framework currentFramework() {
        return Frameworks.current(jdbc);
    }

    LocalDate today() {
        return access.today();
    }

    /** The cases the current user may see, newest first, optionally of one status. */
    @Transactional(readOnly = true)
    Paged<CaseRow> list(@Nullable CaseStatus status, int page, int size) {
        return list(status, null, page, size);
    }

    /**
     * The cases the current user may see, newest first, optionally of one status and found by a search: the person's
     * name (each word in any of their names), their date of birth, or the reference of the case or of one of its
     * referrals.
     *
     * @throws org.preventduty.shared.InvalidInputException naming {@code q} when the search is shorter than two
     *     characters or longer than 100.
     */
    @Transactional(readOnly = true)
    Paged<CaseRow> list(@Nullable CaseStatus status, @Nullable String q, int page, int size) {
        Paged.check(page, size);
        var actor = actors.require();
        var tenant = actor.requireTenant();
        var where = new StringBuilder("c.tenant_id = :tenant");
        var params = new LinkedHashMap<String, Object>();
        params.put("tenant", tenant.value());
        if (status != null) {
            where.append(" and c.status = :status");
            params.put("status", status.name());
        }
        var search = CaseSearch.of(q);
        if (search != null) {
            var found = found(tenant, search);
            if (found.isEmpty()) {
                return new Paged<>(List.of(), page, size, 0);
            }
            where.append(" and c.id in (:found)");
            params.put("found", found);
        }
        if (!actor.hasAny(Role.PREVENT_LEAD, Role.CHANNEL_CHAIR)) {
            var visible = new ArrayList<UUID>();
            if (actor.has(Role.PANEL_MEMBER)) {
                visible.addAll(access.panelCases(actor));
            }
            if (actor.has(Role.CASE_WORKER)) {
                var assigned = referrals.assignedTo(tenant, actor.id());
                if (!assigned.isEmpty()) {
                    visible.addAll(jdbc.sql("select case_id from channel_case_referral where tenant_id = :tenant"
                                    + " and referral_id in (:ids)")
                            .param("tenant", tenant.value())
                            .param("ids", assigned)
                            .query(UUID.class)
                            .list());
                }
            }
            if (visible.isEmpty()) {
                return new Paged<>(List.of(), page, size, 0);
            }
            where.append(" and c.id in (:visible)");
            params.put("visible", visible);
        }
        var total = jdbc.sql("select count(*) from channel_case c where " + where)
                .params(params)
                .query(Long.class)
                .single();
        var rows = jdbc.sql("select c.id, c.reference, c.person_id, c.status, c.opened_on from channel_case c where "
                        + where + " order by c.opened_on desc, c.reference desc limit :limit offset :offset")
                .params(params)
                .param("limit", size)
                .param("offset", Paged.offset(page, size))
                .query((rs, n) -> new Object[] {
                    rs.getObject(1, UUID.class),
                    rs.getString(2),
                    rs.getObject(3, UUID.class),
                    CaseStatus.valueOf(rs.getString(4)),
                    rs.getObject(5, LocalDate.class)
                })
                .list();
        // A restricted case shows its reference only, to anyone but the Prevent leads and the people named.
        var restricted = actor.has(Role.PREVENT_LEAD)
                ? Set.<UUID>of()
                : restrictions.restrictedAmong(
                        tenant.value(), rows.stream().map(row -> (UUID) row[0]).toList());
        var items = rows.stream()
                .map(row -> new CaseRow(
                        (UUID) row[0],
                        (String) row[1],
                        restricted.contains((UUID) row[0])
                                        && !restrictions.named(tenant.value(), (UUID) row[0], actor.id())
                                ? null
                                : referrals
                                        .subject(tenant, (UUID) row[2])
                                        .map(ReferralDirectory.Subject::name)
                                        .orElse(""),
                        (CaseStatus) row[3],
                        (LocalDate) row[4]))
                .toList();
        return new Paged<>(items, page, size, total);
    }

    /** The cases of the council the search finds, before what the user may see is applied. */
    private List<UUID> found(org.preventduty.shared.TenantId tenant, CaseSearch search) {
        var t = tenant.value();
        var cases = new java.util.LinkedHashSet<UUID>();
        var people = new ArrayList<UUID>();
        if (search.day() != null) {
            people.addAll(referrals.peopleBornOn(tenant, search.day()));
        } else {
            cases.addAll(jdbc.sql("select id from channel_case where tenant_id = ? and reference = ?")
                    .params(t, search.reference())
                    .query(UUID.class)
                    .list());
            var referralIds = referrals.referralsWithReference(tenant, search.reference());
            if (!referralIds.isEmpty()) {
                cases.addAll(jdbc.sql("select case_id from channel_case_referral where tenant_id = :tenant"
                                + " and referral_id in (:ids)")
                        .param("tenant", t)
                        .param("ids", referralIds)
                        .query(UUID.class)
                        .list());
            }
            people.addAll(referrals.peopleNamed(tenant, search.words()));
        }
        // People in batches, so that a common name does not make one statement of thousands of parameters.
        for (var from = 0; from < people.size(); from += 1_000) {
            cases.addAll(jdbc.sql("select id from channel_case where tenant_id = :tenant and person_id in (:people)")
                    .param("tenant", t)
                    .param("people", people.subList(from, Math.min(people.size(), from + 1_000)))
                    .query(UUID.class)
                    .list());
        }
        return List.copyOf(cases);
    }

    record AttendeeView(
            int position,
            String name,
            String organisation,
            String panelRole,
            @Nullable Boolean present) {}

    record AgendaItem(
            UUID caseId,
            String reference,
            String name,
            CaseStatus status,
            @Nullable String minutes) {}

    record MeetingView(
            UUID id,
            LocalDate heldOn,
            @Nullable LocalTime startsAt,
            @Nullable String location,
            @Nullable String chairName,
            @Nullable Instant publishedAt,
            List<AttendeeView> attendees,
            List<AgendaItem> agenda,
            boolean policePresent) {}

    record MeetingRow(
            UUID id,
            LocalDate heldOn,
            @Nullable String chairName,
            int cases,
            int present,
            int invited,
            @Nullable LocalTime startsAt,
            @Nullable String location) {}

    /** A meeting with its attendees and agenda. */
    @Transactional
    @PreAuthorize("hasAnyRole('PREVENT_LEAD', 'CHANNEL_CHAIR')")
    MeetingView meeting(UUID id) {
        var tenant = actors.requireTenant();
        var head = jdbc.sql("select held_on, starts_at, location, chair_name, published_at from panel_meeting"
                        + " where tenant_id = ? and id = ?")
                .params(tenant.value(), id)
                .query((rs, n) -> new Object[] {
                    rs.getObject(1, LocalDate.class),
                    rs.getObject(2, LocalTime.class),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant()
                })
                .optional()
                .orElseThrow(() -> new NotFoundException("Panel meeting"));
        var attendees = jdbc.sql("select position, name, organisation, panel_role, present from panel_meeting_attendee"
                        + " where tenant_id = ? and meeting_id = ? order by position")
                .params(tenant.value(), id)
                .query((rs, n) -> new AttendeeView(
                        rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4), (Boolean) rs.getObject(5)))
                .list();
        var agenda = jdbc.sql("select c.id, c.reference, c.person_id, c.status, i.minutes from panel_agenda_item i"
                        + " join channel_case c on c.id = i.case_id and c.tenant_id = i.tenant_id"
                        + " where i.tenant_id = ? and i.meeting_id = ? order by i.position")
                .params(tenant.value(), id)
                .query((rs, n) -> new AgendaItem(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        referrals
                                .subject(tenant, rs.getObject(3, UUID.class))
                                .map(ReferralDirectory.Subject::name)
                                .orElse(""),
                        CaseStatus.valueOf(rs.getString(4)),
                        rs.getString(5)))
                .list();
        audit.record(AuditRecord.of("PANEL_MEETING_VIEWED", "PANEL_MEETING", id));
        return new MeetingView(
                id,
                (LocalDate) head[0],
                (LocalTime) head[1],
                (String) head[2],
                (String) head[3],
                (Instant) head[4],
                attendees,
                agenda,
                attendees.stream()
                        .anyMatch(a -> "POLICE_CT".equals(a.panelRole()) && Boolean.TRUE.equals(a.present())));
    }

    record ActionView(
            UUID id,
            @Nullable UUID caseId,
            String description,
            String owner,
            LocalDate dueOn,
            @Nullable LocalDate doneOn) {}

    record PackCase(
            AgendaItem item,
            ReferralDirectory.Subject subject,
            List<ReferralDirectory.Brief> referrals,
            List<DecisionView> decisions) {}

    /** What the agenda pack and the minutes of a meeting are made from. */
    record Pack(MeetingView meeting, List<PackCase> cases, List<ActionView> actions) {}

    /** The meeting's agenda pack or minutes, recording in the audit trail that they were generated. */
    @Transactional
    @PreAuthorize("hasAnyRole('PREVENT_LEAD', 'CHANNEL_CHAIR')")
    Pack pack(UUID meetingId, String document) {
        var meeting = meeting(meetingId);
        var tenant = actors.requireTenant();
        var cases = new ArrayList<PackCase>();
        for (var item : meeting.agenda()) {
            var personId = jdbc.sql("select person_id from channel_case where tenant_id = ? and id = ?")
                    .params(tenant.value(), item.caseId())
                    .query(UUID.class)
                    .single();
            var decisions = jdbc.sql("select meeting_id, decided_on, decision, decision_rule, reasons,"
                            + " considered_referral_elsewhere, referral_elsewhere_outcome from panel_decision"
                            + " where tenant_id = ? and case_id = ? order by decided_on, recorded_at")
                    .params(tenant.value(), item.caseId())
                    .query((rs, n) -> new DecisionView(
                            rs.getObject(1, UUID.class),
                            rs.getObject(2, LocalDate.class),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            (Boolean) rs.getObject(6),
                            rs.getString(7)))
                    .list();
            cases.add(new PackCase(
                    item,
                    referrals.subject(tenant, personId).orElseThrow(),
                    referrals.briefs(tenant, access.referralIds(tenant.value(), item.caseId())),
                    decisions));
            audit.record(AuditRecord.of("CHANNEL_CASE_IN_DOCUMENT", "CHANNEL_CASE", item.caseId())
                    .about(personId)
                    .withDetail(document + " of meeting " + meetingId));
        }
        audit.record(AuditRecord.of("PANEL_DOCUMENT_GENERATED", "PANEL_MEETING", meetingId)
                .withDetail(document));
        return new Pack(meeting, cases, actions(tenant.value(), meetingId));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('PREVENT_LEAD', 'CHANNEL_CHAIR')")
    List<ActionView> actions(UUID meetingId) {
        return actions(actors.requireTenant().value(), meetingId);
    }

    List<ActionView> actions(UUID tenant, UUID meetingId) {
        return jdbc.sql("select id, case_id, description, owner_name, due_on, done_on from panel_action"
                        + " where tenant_id = ? and meeting_id = ? order by due_on, description")
                .params(tenant, meetingId)
                .query((rs, n) -> new ActionView(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getObject(5, LocalDate.class),
                        rs.getObject(6, LocalDate.class)))
                .list();
    }

    /** The meetings of the tenant, newest first, with attendance figures. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('PREVENT_LEAD', 'CHANNEL_CHAIR')")
    Paged<MeetingRow> meetings(int page, int size) {
        Paged.check(page, size);
        var tenant = actors.requireTenant().value();
        var total = jdbc.sql("select count(*) from panel_meeting where tenant_id = ?")
                .param(tenant)
                .query(Long.class)
                .single();
        var rows = jdbc.sql("select m.id, m.held_on, m.chair_name,"
                        + " (select count(*) from panel_agenda_item i where i.tenant_id = m.tenant_id"
                        + " and i.meeting_id = m.id),"
                        + " (select count(*) from panel_meeting_attendee a where a.tenant_id = m.tenant_id"
                        + " and a.meeting_id = m.id and a.present = true),"
                        + " (select count(*) from panel_meeting_attendee a where a.tenant_id = m.tenant_id"
                        + " and a.meeting_id = m.id)"
                        + ", m.starts_at, m.location"
                        + " from panel_meeting m where m.tenant_id = ? order by m.held_on desc limit ? offset ?")
                .params(tenant, size, Paged.offset(page, size))
                .query((rs, n) -> new MeetingRow(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, LocalDate.class),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getInt(5),
                        rs.getInt(6),
                        rs.getObject(7, LocalTime.class),
                        rs.getString(8)))
                .list();
        return new Paged<>(rows, page, size, total);
    }
}
