package org.preventduty.channel;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.identity.Role;
import org.preventduty.identity.TenantManagement;
import org.preventduty.identity.UserDirectory;
import org.preventduty.referrals.ReferralDirectory;
import org.preventduty.shared.DemoDataSeeder;
import org.preventduty.shared.TenantId;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo Channel cases for the referrals the demo councils accepted: the newest still gathering information or awaiting
 * panel, then cases adopted with consent and support (some with interventions that stalled), not adopted, consent
 * refused, exited with reviews due, and closed; and a panel meeting every month but August (eleven a year, as in
 * Barnet's report) with attendance, plus next month's meeting with its agenda published to the demo panel member.
 */
@Component
@Order(30)
class ChannelDemoData implements DemoDataSeeder {

    private static final List<String> COUNCILS = List.of("barnet", "birmingham", "westminster", "wolverhampton");

    private static final String[][] MEMBERS = {
        {"Detective Sergeant Rowan Hale", "Counter Terrorism Policing", "POLICE_CT"},
        {"Priya Lennox", "Children's social care", "CHILDRENS_SOCIAL_CARE"},
        {"Owen Marsh", "Integrated care board", "HEALTH"},
        {"Grace Whitfield", "Education safeguarding", "EDUCATION"},
        {"Tomasz Reid", "Probation service", "PROBATION"}
    };

    private static final InterventionType[] TYPES = {
        InterventionType.IDEOLOGICAL_MENTORING,
        InterventionType.EDUCATION_OR_TRAINING,
        InterventionType.DIVERSIONARY_ACTIVITY,
        InterventionType.MENTAL_HEALTH,
        InterventionType.CAREERS,
        InterventionType.FAMILY_SUPPORT
    };

    private final TenantManagement tenants;
    private final UserDirectory users;
    private final ReferralDirectory referrals;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ChannelDemoData(
            TenantManagement tenants,
            UserDirectory users,
            ReferralDirectory referrals,
            JdbcClient jdbc,
            TransactionTemplate transactions,
            Clock clock) {
        this.tenants = tenants;
        this.users = users;
        this.referrals = referrals;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void seed() {
        var today = LocalDate.ofInstant(clock.instant(), CaseAccess.LONDON);
        for (var code : COUNCILS) {
            tenants.findByCode(code)
                    .ifPresent(tenant -> transactions.executeWithoutResult(status -> seed(tenant.id(), code, today)));
        }
    }

    private record Meeting(UUID id, LocalDate heldOn) {}

    /** Writes the cases and meetings of one council from its accepted referrals, unless it has cases already. */
    void seed(TenantId tenant, String code, LocalDate today) {
        var existing = jdbc.sql("select count(*) from channel_case where tenant_id = ?")
                .param(tenant.value())
                .query(Long.class)
                .single();
        var accepted = referrals.acceptedForChannel(tenant);
        var chairs = users.withRole(tenant, Role.CHANNEL_CHAIR);
        if (existing > 0 || accepted.isEmpty() || chairs.isEmpty()) {
            return;
        }
        var random = new Random(code.hashCode());
        var chair = chairs.get(0);
        var meetings = meetings(tenant, chair, accepted.get(0).receivedOn(), today, random);
        var counters = new HashMap<Integer, Integer>();
        for (var i = 0; i < accepted.size(); i++) {
            var referral = accepted.get(i);
            var openedOn = LocalDate.ofInstant(referral.decidedAt(), CaseAccess.LONDON);
            var year = openedOn.getYear();
            var number = counters.merge(year, 1, Integer::sum);
            var c = new Demo(
                    referral.channelCaseId(),
                    tenant.value(),
                    referral.referralId(),
                    referral.personId(),
                    referral.decidedBy(),
                    chair.id(),
                    "CH-%d-%05d".formatted(year, number),
                    openedOn);
            var age = ChronoUnit.DAYS.between(openedOn, today);
            var fromNewest = accepted.size() - 1 - i;
            var discussion = firstMeetingAfter(meetings, openedOn.plusDays(14), today);
            if (fromNewest < 2 || (age < 35 && fromNewest >= 4) || discussion == null) {
                c.open();
            } else if (fromNewest < 4 || age < 70) {
                // Awaiting the next meeting, whose agenda is published below.
                c.open();
                c.status(CaseStatus.AWAITING_PANEL, today.minusDays(3), "On the agenda of the next panel meeting");
                c.save();
            } else {
                story(c, tenant, i, age, discussion, meetings, today, random);
            }
        }
        counters.forEach((year, last) -> jdbc.sql(
                        "insert into channel_case_counter (tenant_id, counter_year, last_number) values (?, ?, ?)")
                .params(tenant.value(), year, last)
                .update());
        upcoming(tenant, chair, today);
        standingMembers(tenant, chair);
    }

    private void standingMembers(TenantId tenant, UserDirectory.Colleague chair) {
        var rows = new ArrayList<Object[]>();
        rows.add(new Object[] {chair.displayName(), "The council", "CHAIR", true, chair.id()});
        for (var member : MEMBERS) {
            rows.add(new Object[] {member[0], member[1], member[2], false, null});
        }
        for (var member : users.withRole(tenant, Role.PANEL_MEMBER)) {
            rows.add(new Object[] {member.displayName(), "Panel member", "OTHER", false, member.id()});
        }
        for (var row : rows) {
            jdbc.sql("insert into panel_member (id, tenant_id, name, organisation, panel_role, single_point_of_contact,"
                            + " deputy_name, channel_awareness_trained, user_id, active, version)"
                            + " values (?, ?, ?, ?, ?, ?, ?, true, ?, true, 0)")
                    .params(UUID.randomUUID(), tenant.value(), row[0], row[1], row[2], row[3], null, row[4])
                    .update();
        }
    }

    /** What happened to a case accepted long enough ago to have been to panel. */
    private void story(
            Demo c,
            TenantId tenant,
            int i,
            long age,
            Meeting discussion,
            List<Meeting> meetings,
            LocalDate today,
            Random random) {
        c.open();
        c.onAgenda(discussion, "The panel heard the referrer's account and the information gathered from partners.");
        var decided = discussion.heldOn();
        var kind = i % 6;
        if ((age >= 760 && i % 4 == 0) || (age < 400 && kind == 4)) {
            c.decide(discussion, false, decided);
            referrals.discussedAtPanel(tenant, List.of(c.referralId), decided);
            if (age >= 400) {
                c.status(CaseStatus.CLOSED, decided.plusDays(7), "Signposted to early help");
                c.closedOn = decided.plusDays(7);
            }
            c.save();
            return;
        }
        c.decide(discussion, true, decided);
        referrals.discussedAtPanel(tenant, List.of(c.referralId), decided);
        referrals.adopted(tenant, List.of(c.referralId), decided);
        var subject = referrals.subject(tenant, c.personId).orElseThrow();
        var consentOn = decided.plusDays(10);
        c.plan(decided.plusDays(1), consentOn);
        if (age < 400 && kind == 3) {
            c.save();
            return;
        }
        var child = ChannelRules.under18(
                subject.dateOfBirth(), subject.approximateAge(), subject.ageRecordedOn(), consentOn);
        if (age < 400 && kind == 5) {
            c.consent("REFUSED", child, consentOn);
            c.status(CaseStatus.CONSENT_REFUSED, consentOn, "Consent refused");
            c.reassessmentDueOn = consentOn.plusDays(90);
            c.save();
            return;
        }
        c.consent("GIVEN", child, consentOn);
        c.status(CaseStatus.CONSENT_GIVEN, consentOn, "Consent given");
        var start = consentOn.plusDays(7);
        var exited = age >= 400 ? start.plusDays(240) : null;
        var stalled = exited == null && i % 3 == 0;
        var sessionsUntil =
                exited != null ? exited : stalled ? today.minusDays(45) : today.minusDays(random.nextInt(10));
        c.intervention(TYPES[i % TYPES.length], start, 14, sessionsUntil, exited, i % 2 == 0);
        if (i % 4 == 1) {
            c.intervention(TYPES[(i + 2) % TYPES.length], start.plusDays(14), 28, sessionsUntil, exited, false);
        }
        c.status(CaseStatus.SUPPORT_ACTIVE, start, "Support began");
        var review = lastMeetingBefore(meetings, exited == null ? today : exited);
        if (review != null && review.heldOn().isAfter(discussion.heldOn())) {
            c.onAgenda(review, "Support reviewed: engaging well with the plan.");
        }
        if (exited != null) {
            c.exitedOn = exited;
            c.closingSummary = "Vulnerabilities significantly lessened; the person no longer needs Channel support.";
            c.status(CaseStatus.EXITED, exited, c.closingSummary);
            var closed = true;
            for (var months : ChannelRules.POST_EXIT_REVIEW_MONTHS) {
                var due = exited.plusMonths(months);
                var done = due.isBefore(today.minusDays(14)) ? due.plusDays(3) : null;
                closed &= done != null;
                jdbc.sql("insert into post_exit_review (case_id, months, tenant_id, due_on, completed_on, outcome,"
                                + " completed_by) values (?, ?, ?, ?, ?, ?, ?)")
                        .params(
                                c.id,
                                months,
                                c.tenantId,
                                due,
                                done,
                                done == null ? null : "No further concerns reported by partners.",
                                done == null ? null : c.chairId)
                        .update();
            }
            if (closed) {
                var on = exited.plusMonths(12).plusDays(3);
                c.status(CaseStatus.CLOSED, on, "Last review after exit done");
                c.closedOn = on;
            }
        }
        c.save();
    }

    private List<Meeting> meetings(
            TenantId tenant, UserDirectory.Colleague chair, LocalDate from, LocalDate today, Random random) {
        var meetings = new ArrayList<Meeting>();
        for (var month = YearMonth.from(from); !month.atDay(1).isAfter(today); month = month.plusMonths(1)) {
            if (month.getMonth() == Month.AUGUST) {
                continue;
            }
            var heldOn = month.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.TUESDAY));
            if (!heldOn.isBefore(today)) {
                continue;
            }
            var id = UUID.randomUUID();
            insertMeeting(
                    tenant,
                    chair,
                    id,
                    heldOn,
                    heldOn.minusDays(7).atTime(9, 0).atZone(CaseAccess.LONDON).toInstant());
            var position = 0;
            attendee(tenant, id, position++, chair.displayName(), "The council", "CHAIR", true, chair.id());
            for (var member : MEMBERS) {
                var present = "POLICE_CT".equals(member[2]) || random.nextInt(100) < 86;
                attendee(tenant, id, position++, member[0], member[1], member[2], present, null);
            }
            meetings.add(new Meeting(id, heldOn));
        }
        return meetings;
    }

    /** Next month's meeting, its agenda published to the demo panel members: the cases awaiting panel. */
    private void upcoming(TenantId tenant, UserDirectory.Colleague chair, LocalDate today) {
        var next = YearMonth.from(today).plusMonths(today.getMonth() == Month.JULY ? 2 : 1);
        var heldOn = next.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.TUESDAY));
        var id = UUID.randomUUID();
        insertMeeting(tenant, chair, id, heldOn, clock.instant());
        var position = 0;
        attendee(tenant, id, position++, chair.displayName(), "The council", "CHAIR", null, chair.id());
        for (var member : MEMBERS) {
            attendee(tenant, id, position++, member[0], member[1], member[2], null, null);
        }
        for (var member : users.withRole(tenant, Role.PANEL_MEMBER)) {
            attendee(tenant, id, position++, member.displayName(), "Panel member", "OTHER", null, member.id());
        }
        var cases = jdbc.sql("select id from channel_case where tenant_id = ? and status = 'AWAITING_PANEL'"
                        + " order by opened_on")
                .param(tenant.value())
                .query(UUID.class)
                .list();
        var item = 0;
        for (var caseId : cases) {
            jdbc.sql("insert into panel_agenda_item (meeting_id, case_id, tenant_id, position) values (?, ?, ?, ?)")
                    .params(id, caseId, tenant.value(), item++)
                    .update();
        }
    }

    private void insertMeeting(
            TenantId tenant, UserDirectory.Colleague chair, UUID id, LocalDate heldOn, Instant published) {
        jdbc.sql("insert into panel_meeting (id, tenant_id, held_on, starts_at, location, chair_name, published_at,"
                        + " created_by, created_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
                .params(
                        id,
                        tenant.value(),
                        heldOn,
                        LocalTime.of(10, 0),
                        "Committee room 2, Town Hall",
                        chair.displayName(),
                        Timestamp.from(published),
                        chair.id(),
                        Timestamp.from(published))
                .update();
    }

    private void attendee(
            TenantId tenant,
            UUID meeting,
            int position,
            String name,
            String organisation,
            String role,
            @Nullable Boolean present,
            @Nullable UUID userId) {
        jdbc.sql("insert into panel_meeting_attendee (meeting_id, position, tenant_id, name, organisation, panel_role,"
                        + " present, user_id) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(meeting, position, tenant.value(), name, organisation, role, present, userId)
                .update();
    }

    private static @Nullable Meeting firstMeetingAfter(List<Meeting> meetings, LocalDate day, LocalDate today) {
        return meetings.stream()
                .filter(m -> !m.heldOn().isBefore(day) && m.heldOn().isBefore(today))
                .findFirst()
                .orElse(null);
    }

    private static @Nullable Meeting lastMeetingBefore(List<Meeting> meetings, LocalDate day) {
        Meeting last = null;
        for (var meeting : meetings) {
            if (meeting.heldOn().isBefore(day)) {
                last = meeting;
            }
        }
        return last;
    }

    /** A demo case being written: its row, timeline, agenda items, decision, consent and interventions. */
    private final class Demo {

        final UUID id;
        final UUID tenantId;
        final UUID referralId;
        final UUID personId;
        final UUID openedBy;
        final UUID chairId;
        final String reference;
        final LocalDate openedOn;
        CaseStatus status = CaseStatus.INFORMATION_GATHERING;

        @Nullable
        LocalDate reassessmentDueOn;

        @Nullable
        LocalDate exitedOn;

        @Nullable
        String closingSummary;

        @Nullable
        LocalDate closedOn;

        @Nullable
        LocalDate consentRequestOn;

        int agendaItems;

        Demo(
                UUID id,
                UUID tenantId,
                UUID referralId,
                UUID personId,
                UUID openedBy,
                UUID chairId,
                String reference,
                LocalDate openedOn) {
            this.id = id;
            this.tenantId = tenantId;
            this.referralId = referralId;
            this.personId = personId;
            this.openedBy = openedBy;
            this.chairId = chairId;
            this.reference = reference;
            this.openedOn = openedOn;
        }

        void open() {
            jdbc.sql("insert into channel_case (id, tenant_id, reference, person_id, status, opened_on, opened_at,"
                            + " opened_by, version) values (?, ?, ?, ?, ?, ?, ?, ?, 0)")
                    .params(id, tenantId, reference, personId, status.name(), openedOn, at(openedOn), openedBy)
                    .update();
            jdbc.sql("insert into channel_case_referral (case_id, referral_id, tenant_id) values (?, ?, ?)")
                    .params(id, referralId, tenantId)
                    .update();
            event(openedOn, openedBy, "OPENED", null, CaseStatus.INFORMATION_GATHERING, null);
        }

        void onAgenda(Meeting meeting, @Nullable String minutes) {
            jdbc.sql("insert into panel_agenda_item (meeting_id, case_id, tenant_id, position, minutes)"
                            + " values (?, ?, ?, (select count(*) from panel_agenda_item where meeting_id = ?), ?)")
                    .params(meeting.id(), id, tenantId, meeting.id(), minutes)
                    .update();
            if (status == CaseStatus.INFORMATION_GATHERING) {
                status(CaseStatus.AWAITING_PANEL, meeting.heldOn().minusDays(7), "On the agenda of a panel meeting");
            }
            agendaItems++;
        }

        void decide(Meeting meeting, boolean adopted, LocalDate on) {
            jdbc.sql(
                            "insert into panel_decision (id, case_id, meeting_id, tenant_id, decided_on, decision, decision_rule,"
                                    + " reasons, considered_referral_elsewhere, referral_elsewhere_outcome, recorded_by,"
                                    + " recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            UUID.randomUUID(),
                            id,
                            meeting.id(),
                            tenantId,
                            on,
                            adopted ? "ADOPTED" : "NOT_ADOPTED",
                            agendaItems % 5 == 0 ? "MAJORITY" : "UNANIMOUS",
                            adopted
                                    ? "Vulnerable to radicalisation and likely to benefit from Channel support."
                                    : "The concerns are of safeguarding rather than radicalisation.",
                            adopted ? null : Boolean.TRUE,
                            adopted ? null : "Referred to early help, who accepted the family.",
                            chairId,
                            at(on))
                    .update();
            status(adopted ? CaseStatus.ADOPTED : CaseStatus.NOT_ADOPTED, on, "Panel decision");
        }

        void plan(LocalDate on, LocalDate consentOn) {
            consentRequestOn = consentOn;
            status(CaseStatus.CONSENT_REQUESTED, on, "In person, with the lead professional");
        }

        void consent(String answer, boolean child, LocalDate on) {
            jdbc.sql("insert into consent_record (id, case_id, tenant_id, status, given_by, guardian_name, recorded_on,"
                            + " recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            UUID.randomUUID(),
                            id,
                            tenantId,
                            answer,
                            child ? "PARENT_OR_GUARDIAN" : "PERSON",
                            child ? "A parent (demo)" : null,
                            on,
                            chairId,
                            at(on))
                    .update();
        }

        void intervention(
                InterventionType type,
                LocalDate start,
                int every,
                LocalDate sessionsUntil,
                @Nullable LocalDate ended,
                boolean approved) {
            var intervention = UUID.randomUUID();
            jdbc.sql("insert into intervention (id, case_id, tenant_id, intervention_type, provider,"
                            + " home_office_approved, start_on, frequency_days, status, ended_on, created_by, created_at,"
                            + " version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
                    .params(
                            intervention,
                            id,
                            tenantId,
                            type.name(),
                            approved ? "Approved intervention provider (demo)" : "Council youth service (demo)",
                            approved,
                            start,
                            every,
                            ended == null ? "ACTIVE" : "ENDED",
                            ended,
                            chairId,
                            at(start))
                    .update();
            for (var day = start; !day.isAfter(sessionsUntil); day = day.plusDays(every)) {
                jdbc.sql("insert into intervention_session (id, intervention_id, tenant_id, delivered_on, note,"
                                + " recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?)")
                        .params(UUID.randomUUID(), intervention, tenantId, day, null, chairId, at(day))
                        .update();
            }
            event(start, chairId, "INTERVENTION_ADDED", null, null, type.name());
        }

        void status(CaseStatus next, LocalDate on, @Nullable String why) {
            event(on, chairId, "STATUS", status, next, why);
            status = next;
        }

        void save() {
            jdbc.sql("update channel_case set status = ?, support_plan = ?, consent_request_how = ?,"
                            + " consent_request_by = ?, consent_request_on = ?, reassessment_due_on = ?, exited_on = ?,"
                            + " closing_summary = ?, closed_on = ?, version = version + 1 where id = ?")
                    .params(
                            status.name(),
                            consentRequestOn == null ? null : "Mentoring and diversionary activity, reviewed at panel.",
                            consentRequestOn == null ? null : "In person, with the lead professional",
                            consentRequestOn == null ? null : "The Channel coordinator",
                            consentRequestOn,
                            reassessmentDueOn,
                            exitedOn,
                            closingSummary,
                            closedOn,
                            id)
                    .update();
        }

        private void event(
                LocalDate on,
                UUID actor,
                String kind,
                @Nullable CaseStatus from,
                @Nullable CaseStatus to,
                @Nullable String detail) {
            jdbc.sql("insert into channel_case_event (id, case_id, tenant_id, happened_at, actor_id, kind, from_status,"
                            + " to_status, detail) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            UUID.randomUUID(),
                            id,
                            tenantId,
                            at(on),
                            actor,
                            kind,
                            from == null ? null : from.name(),
                            to == null ? null : to.name(),
                            detail)
                    .update();
        }

        private Timestamp at(LocalDate day) {
            return Timestamp.from(day.atTime(10, 0).atZone(CaseAccess.LONDON).toInstant());
        }
    }
}
